/** The one error type the image reader throws: a single clear line, no stack for the user. */
export type ImageErrorCode =
  | 'not-found'
  | 'not-an-image'
  | 'artifact'
  | 'unsupported'
  | 'missing-blob'
  | 'truncated'
  | 'corrupt'
  | 'invalid-json'
  | 'no-match'
  | 'too-large'
  | 'io';

export class ImageError extends Error {
  readonly code: ImageErrorCode;
  constructor(code: ImageErrorCode, message: string) {
    super(oneLine(message));
    this.name = 'ImageError';
    this.code = code;
  }
}

export function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

export function isImageError(e: unknown): e is ImageError {
  return e instanceof ImageError;
}

/** Short form of a digest for messages: sha256:0123456789ab */
export function shortDigest(d: string | undefined): string {
  if (!d) return '(no digest)';
  const m = /^([a-z0-9]+):([0-9a-f]+)$/i.exec(d);
  return m ? `${m[1]}:${m[2].slice(0, 12)}` : d.slice(0, 40);
}

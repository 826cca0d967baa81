/** Reads one input and decides what it is: a Dockerfile (text) or an image (archive or OCI layout). */
import { existsSync, openSync, readSync, closeSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { formatLimit, LIMITS } from '../core/limits.js';
import { hasInstruction } from '../dockerfile/keywords.js';
import { statInput } from '../core/stat-memo.js';

export class InputProblem extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

export type LoadedInput =
  | { kind: 'dockerfile'; name: string; text: string; /** Where it was read (absent for stdin). */ path?: string }
  | { kind: 'image'; name: string; path: string; layout: 'archive' | 'oci-dir' }
  | { kind: 'image-stdin'; name: string; /** The archive's bytes, or a stream of them (never held in memory). */ data: Buffer | Readable };

const MAX_DOCKERFILE = LIMITS.maxDockerfileBytes;
const tooLarge = (size: string) => `is ${size}, larger than ${formatLimit(MAX_DOCKERFILE)} (the limit for a Dockerfile), and not an image archive; not linted`;

/** Sniffs the first bytes: gzip, zstd or a tar header means an image archive. */
export function looksLikeArchive(head: Buffer): boolean {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return true;
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return true;
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return true;
  return false;
}

/** A buffer read from stdin (or given in memory): an image archive or a Dockerfile's text. */
export function sniffBuffer(data: Buffer, name: string): LoadedInput {
  if (looksLikeArchive(data.subarray(0, 512))) return { kind: 'image-stdin', name, data };
  if (data.length > MAX_DOCKERFILE) throw new InputProblem(name, tooLarge(`${data.length} bytes`));
  return { kind: 'dockerfile', name, text: decodeDockerfile(name, data) };
}

/**
 * Standard input as a stream: its first bytes decide. An image archive goes on as a stream (the image reader
 * spools it to a temporary file; a 700 MB image is never held in memory); a Dockerfile's text is read up to
 * LIMITS.maxDockerfileBytes, and past it the input is refused without reading the rest.
 */
export async function sniffStream(src: AsyncIterable<Uint8Array>, name: string): Promise<LoadedInput> {
  const it = src[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let n = 0;
  let done = false;
  while (n < 512) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = Buffer.from(r.value);
    chunks.push(b);
    n += b.length;
  }
  const head = Buffer.concat(chunks);
  if (looksLikeArchive(head.subarray(0, 512))) {
    const rest = async function* () {
      yield head;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.from(r.value);
    };
    return { kind: 'image-stdin', name, data: Readable.from(rest(), { objectMode: false }) };
  }
  while (!done) {
    const r = await it.next();
    if (r.done) break;
    const b = Buffer.from(r.value);
    n += b.length;
    if (n > MAX_DOCKERFILE) {
      await it.return?.();
      throw new InputProblem(name, tooLarge(`more than ${formatLimit(MAX_DOCKERFILE)}`));
    }
    chunks.push(b);
  }
  return { kind: 'dockerfile', name, text: decodeDockerfile(name, Buffer.concat(chunks)) };
}

/**
 * A text file named by a flag (`--dockerfile`), read with the Dockerfile limit: a device (/dev/zero), a FIFO or
 * a huge file is refused with one line instead of being read whole.
 */
export function readDockerfileText(input: string, path: string): string {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new InputProblem(input, `cannot read the --dockerfile (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!st.isFile()) throw new InputProblem(input, 'the --dockerfile is not a regular file; not read');
  if (st.size > MAX_DOCKERFILE) throw new InputProblem(input, `the --dockerfile ${tooLarge(`${st.size} bytes`).replace(', and not an image archive', '')}`);
  return decodeDockerfile(input, readFileSync(path));
}

/**
 * Reads one input named on the command line: `input` is shown as given, read relative to `cwd`.
 * Throws InputProblem naming the input.
 */
export function readInput(input: string, cwd: string = process.cwd(), as?: 'image'): LoadedInput {
  const path = resolve(cwd, input);
  let st;
  try {
    st = statInput(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputProblem(input, code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  }
  if (st.isDirectory()) {
    if (existsSync(join(path, 'oci-layout')) || existsSync(join(path, 'index.json'))) return { kind: 'image', name: input, path, layout: 'oci-dir' };
    const hint = existsSync(join(path, 'Dockerfile')) ? `; did you mean ${join(input, 'Dockerfile')}?` : '';
    throw new InputProblem(input, `is a directory, not a Dockerfile or an OCI image layout${hint}`);
  }
  if (!st.isFile()) throw new InputProblem(input, 'is not a regular file');
  // Named as an image (the Action's `images` input): the image reader judges it.
  if (as === 'image') return { kind: 'image', name: input, path, layout: 'archive' };
  const unreadable = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return new InputProblem(input, code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  };
  if (st.size <= MAX_DOCKERFILE) {
    // Small enough to be a Dockerfile: read once, the first bytes telling an archive apart.
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch (e) {
      throw unreadable(e);
    }
    if (looksLikeArchive(data.subarray(0, 512))) return { kind: 'image', name: input, path, layout: 'archive' };
    return { kind: 'dockerfile', name: input, path, text: decodeDockerfile(input, data) };
  }
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, head, 0, 512, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw unreadable(e);
  }
  if (looksLikeArchive(head.subarray(0, n))) return { kind: 'image', name: input, path, layout: 'archive' };
  throw new InputProblem(input, tooLarge(`${st.size} bytes`));
}

function decodeDockerfile(name: string, data: Buffer): string {
  if (data.length === 0) throw new InputProblem(name, 'is empty (0 bytes): neither a Dockerfile nor an image archive');
  if (data.toString('utf8').trim() === '') throw new InputProblem(name, 'is empty (only blank space); a Dockerfile needs at least a FROM instruction');
  if (data.includes(0)) throw new InputProblem(name, 'is binary data (it contains NUL bytes), not a Dockerfile or a known image format');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const at = firstInvalidUtf8(data);
    throw new InputProblem(name, `is not valid UTF-8 (first bad byte at offset ${at}); save the Dockerfile as UTF-8`);
  }
  text = text.replace(/^\uFEFF/, '');
  // A text with no instruction at all (requirements.txt, a README named on the command line) is not linted line by line.
  if (!hasInstruction(text)) throw new InputProblem(name, 'does not look like a Dockerfile: none of its lines starts with an instruction (FROM, RUN, COPY ...)');
  return text;
}

function firstInvalidUtf8(data: Buffer): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = data.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(data.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/**
 * tar-stream's header codec (https://github.com/mafintosh/tar-stream/blob/v3.2.2/headers.js): the module its
 * extract stream decodes every header block with. The package's `exports` do not list the file, so the builds
 * (scripts/build.mjs) and vitest (vitest.config.ts) alias this specifier to it; the lock file pins the version.
 */
declare module 'tar-stream/headers' {
  export interface DecodedHeader {
    name: string;
    mode: number | null;
    uid: number | null;
    gid: number | null;
    size: number | null;
    mtime: Date | null;
    type: string | null;
    linkname: string | null;
    uname: string;
    gname: string;
    devmajor: number | null;
    devminor: number | null;
    pax: null;
  }
  /** One header block: null for a block of zeros; throws on a bad checksum (and, unless allowed, an unknown format). */
  export function decode(buf: Buffer, filenameEncoding: BufferEncoding, allowUnknownFormat: boolean): DecodedHeader | null;
  /** PAX extended header records (`<length> <key>=<value>\n`). */
  export function decodePax(buf: Buffer): Record<string, string>;
  /** A GNU long name or long link name. */
  export function decodeLongPath(buf: Buffer, encoding: BufferEncoding): string;
}

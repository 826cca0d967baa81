/**
 * A synchronous tar reader for a layer stream: headers are decoded as tar-stream 3 decodes them (its headers.js
 * and extract.js, https://github.com/mafintosh/tar-stream: the same fields, checksum, base-256 numbers, GNU long
 * names, PAX records and error messages, so a bad layer reads as it did), and each member's data goes to the
 * reader its header opened, as slices of the chunks written, in the same call. Nothing is buffered but one header
 * block and one long header (at most 4 MiB). tar-stream's Extract (a writable stream, a readable stream and a
 * callback per member) cost more on the main thread than the rest of a layer read of many small files.
 */
export type TarType =
  | 'file' | 'link' | 'symlink' | 'character-device' | 'block-device' | 'directory' | 'fifo' | 'contiguous-file'
  | 'pax-header' | 'pax-global-header' | 'gnu-long-link-path' | 'gnu-long-path';

export interface TarHeader {
  name: string;
  type: TarType | null;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkname: string | null;
}

/** Where a member's data goes: its slices in order, then its end. */
export interface MemberReader {
  data(chunk: Buffer): void;
  end(): void;
}

const INVALID = 'Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?';
/** The largest long-name or PAX header read (tar-stream's MAX_HEADER_SIZE). */
const MAX_LONG_HEADER = 4 * 1024 * 1024;
const TYPES: Record<number, TarType> = {
  0: 'file', 1: 'link', 2: 'symlink', 3: 'character-device', 4: 'block-device', 5: 'directory', 6: 'fifo', 7: 'contiguous-file',
  72: 'pax-header', 55: 'pax-global-header', 27: 'gnu-long-link-path', 28: 'gnu-long-path', 30: 'gnu-long-path',
};

function str(b: Buffer, off: number, len: number): string {
  let end = off;
  while (end < off + len && b[end] !== 0) end++;
  return b.toString('utf8', off, end);
}

/** A numeric field: base-256 when its first byte has the top bit (0x80 positive, 0xff negative), else octal text. */
function num(b: Buffer, off: number, len: number): number | null {
  if (b[off] & 0x80) {
    if (b[off] !== 0x80 && b[off] !== 0xff) return null;
    const positive = b[off] === 0x80;
    let sum = 0;
    for (let i = off + 1; i < off + len; i++) sum = sum * 256 + (positive ? b[i] : 0xff - b[i]);
    return positive ? sum : -sum;
  }
  let i = off;
  const stop = off + len;
  while (i < stop && b[i] === 32) i++;
  let end = i;
  while (end < stop && b[end] !== 32) end++;
  while (i < end && b[i] === 0) i++;
  return end === i ? 0 : parseInt(b.toString('latin1', i, end), 8);
}

function sameBytes(b: Buffer, off: number, bytes: number[]): boolean {
  return bytes.every((x, i) => b[off + i] === x);
}
const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72, 0x00];

/** One header block: null for a block of zeros (skipped), an Error for a bad checksum. */
export function decodeHeader(b: Buffer): TarHeader | null {
  let sum = 8 * 32;
  for (let i = 0; i < 148; i++) sum += b[i];
  for (let i = 156; i < 512; i++) sum += b[i];
  if (sum === 8 * 32) return null;
  if (sum !== num(b, 148, 8)) throw new Error(INVALID);
  const flag = b[156] === 0 ? 0 : b[156] - 48;
  let name = str(b, 0, 100);
  // ustar: a prefix before the name; GNU and other formats (v7) are read as they are (tar-stream's allowUnknownFormat)
  if (b[345] && sameBytes(b, 257, USTAR)) name = `${str(b, 345, 155)}/${name}`;
  // (tar-stream turns a type-0 name ending in / into a folder after it has taken the type: it stays a file)
  return {
    name,
    type: TYPES[flag] ?? null,
    mode: num(b, 100, 8) ?? 0,
    uid: num(b, 108, 8) ?? 0,
    gid: num(b, 116, 8) ?? 0,
    size: num(b, 124, 12) as number,
    linkname: b[157] === 0 ? null : str(b, 157, 100),
  };
}

/** PAX extended header records (`<length> <key>=<value>\n`), read as tar-stream reads them. */
export function decodePax(buf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  while (buf.length) {
    let i = 0;
    while (i < buf.length && buf[i] !== 32) i++;
    const len = parseInt(buf.toString('utf8', 0, i), 10);
    if (!len) return out;
    const rec = buf.toString('utf8', i + 1, len - 1);
    const eq = rec.indexOf('=');
    if (eq === -1) return out;
    out[rec.slice(0, eq)] = rec.slice(eq + 1);
    buf = buf.subarray(len);
  }
  return out;
}

const padding = (size: number) => (size & 511 ? 512 - (size & 511) : 0);

export class TarWalker {
  private readonly head = Buffer.alloc(512);
  private have = 0;
  /** Data bytes of the current member (or long header) still to come, then the padding after it. */
  private missing = 0;
  private pad = 0;
  private padNext = 0;
  private reader: MemberReader | undefined;
  private long: { type: TarType; buf: Buffer; got: number } | undefined;
  private gnuPath = '';
  private gnuLink = '';
  private pax: Record<string, string> | undefined;
  private paxGlobal: Record<string, string> | undefined;

  /** `open` is called with each member's header and returns the reader of its data, or undefined to skip it. */
  constructor(private readonly open: (h: TarHeader) => MemberReader | undefined) {}

  write(chunk: Buffer): void {
    const n = chunk.length;
    let o = 0;
    while (o < n) {
      if (this.missing > 0) {
        const k = Math.min(this.missing, n - o);
        if (this.long) {
          chunk.copy(this.long.buf, this.long.got, o, o + k);
          this.long.got += k;
        } else this.reader?.data(k === n ? chunk : chunk.subarray(o, o + k));
        this.missing -= k;
        o += k;
        if (this.missing === 0) this.endMember();
      } else if (this.pad > 0) {
        const k = Math.min(this.pad, n - o);
        this.pad -= k;
        o += k;
      } else if (this.have === 0 && n - o >= 512) {
        this.header(chunk.subarray(o, o + 512));
        o += 512;
      } else {
        const k = Math.min(512 - this.have, n - o);
        chunk.copy(this.head, this.have, o, o + k);
        this.have += k;
        o += k;
        if (this.have === 512) {
          this.have = 0;
          this.header(this.head);
        }
      }
    }
  }

  /** The stream ended: inside a member, its padding or a header block is an error, as in tar-stream. */
  end(): void {
    if (this.missing > 0 || this.pad > 0 || this.have > 0) throw new Error('Unexpected end of data');
  }

  private endMember(): void {
    this.pad = this.padNext;
    const long = this.long;
    if (!long) {
      const r = this.reader;
      this.reader = undefined;
      r?.end();
      return;
    }
    this.long = undefined;
    this.readLong(long.type, long.buf);
  }

  private readLong(type: TarType, buf: Buffer): void {
    if (type === 'gnu-long-path') this.gnuPath = str(buf, 0, buf.length);
    else if (type === 'gnu-long-link-path') this.gnuLink = str(buf, 0, buf.length);
    else if (type === 'pax-global-header') this.paxGlobal = decodePax(buf);
    else this.pax = { ...this.paxGlobal, ...decodePax(buf) };
  }

  private header(block: Buffer): void {
    const h = decodeHeader(block);
    if (!h) return;
    if (h.type === 'gnu-long-path' || h.type === 'gnu-long-link-path' || h.type === 'pax-header' || h.type === 'pax-global-header') {
      if (h.size > MAX_LONG_HEADER) throw new Error('Header exceeds max size');
      if (!(h.size > 0)) return this.readLong(h.type, Buffer.alloc(0));
      this.long = { type: h.type, buf: Buffer.alloc(h.size), got: 0 };
      this.missing = h.size;
      this.padNext = padding(h.size);
      return;
    }
    if (this.gnuPath) h.name = this.gnuPath;
    if (this.gnuLink) h.linkname = this.gnuLink;
    this.gnuPath = this.gnuLink = '';
    if (this.pax) {
      if (this.pax.path) h.name = this.pax.path;
      if (this.pax.linkpath) h.linkname = this.pax.linkpath;
      if (this.pax.size) h.size = parseInt(this.pax.size, 10);
      this.pax = undefined;
    }
    if (!(typeof h.size === 'number' && h.size >= 0)) throw new Error('Invalid header');
    const reader = this.open(h);
    if (h.size === 0) {
      reader?.end();
      return;
    }
    this.reader = reader;
    this.missing = h.size;
    this.padNext = padding(h.size);
  }
}

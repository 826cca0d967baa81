/**
 * A synchronous tar reader for a layer stream. Each header block is decoded by tar-stream's own header codec
 * (tar-stream 3, https://github.com/mafintosh/tar-stream: headers.js, the module its extract stream uses: fields,
 * checksum, base-256 numbers, ustar prefixes, GNU long names and PAX records), and long names and PAX records apply
 * as its extract.js applies them, with its error messages, so a bad layer reads as it did. What differs is the
 * framing: each member's data goes to the reader its header opened, as slices of the chunks written, in the same
 * call, instead of tar-stream's Extract (a writable stream, a readable stream and a callback per member), which cost
 * more on the main thread than the rest of a layer read of many small files. Nothing is buffered but one header
 * block and one long header (at most 4 MiB). test/image/tar-walk.test.ts checks it reads what tar-stream's extract
 * reads, in any chunking.
 */
import * as headers from 'tar-stream/headers';

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

/** The largest long-name or PAX header read (tar-stream's MAX_HEADER_SIZE). */
const MAX_LONG_HEADER = 4 * 1024 * 1024;

/** One header block as tar-stream's extract reads it (allowUnknownFormat: GNU and v7 headers too); null for zeros. */
function decodeHeader(b: Buffer): TarHeader | null {
  const h = headers.decode(b, 'utf-8', true);
  if (!h) return null;
  return { name: h.name, type: h.type as TarType | null, mode: h.mode ?? 0, uid: h.uid ?? 0, gid: h.gid ?? 0, size: h.size as number, linkname: h.linkname };
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
    if (type === 'gnu-long-path') this.gnuPath = headers.decodeLongPath(buf, 'utf-8');
    else if (type === 'gnu-long-link-path') this.gnuLink = headers.decodeLongPath(buf, 'utf-8');
    else if (type === 'pax-global-header') this.paxGlobal = headers.decodePax(buf);
    else this.pax = { ...this.paxGlobal, ...headers.decodePax(buf) };
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

/**
 * Blob stores: a uniform view of "named files" inside an image container, read without extracting.
 * - TarStore: a regular tar file indexed by headers only (fs reads at offsets; data is seeked over).
 * - DirStore: an OCI layout (or unpacked docker-save) directory.
 * Names are normalised (no leading "./" or "/", no ".." escaping the root).
 */
import { createReadStream, promises as fsp } from 'node:fs';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { ImageError } from './errors.js';

export interface StoreEntry {
  name: string;
  /** Byte offset of the data in the container file (tar) */
  offset: number;
  size: number;
  /** true when the data runs past the end of the file */
  truncated: boolean;
}

export interface BlobStore {
  readonly kind: 'tar' | 'dir';
  /** the container file ends before the tar end-of-archive marker or inside an entry */
  readonly truncated?: boolean;
  /** false when the file runs out before the tar's end-of-archive marker (two zero blocks); undefined for a directory */
  readonly ended?: boolean;
  /** Resolve a name (following tar symlinks/hardlinks) to an entry, or undefined. */
  get(name: string): Promise<StoreEntry | undefined>;
  /** Top-level names (for format detection and messages) */
  names(): string[];
  readAll(e: StoreEntry, cap: number, what: string): Promise<Buffer>;
  readAt(e: StoreEntry, pos: number, len: number): Promise<Buffer>;
  /** The entry's bytes from `start` (default 0) to its end. */
  stream(e: StoreEntry, highWaterMark?: number, start?: number): Readable;
  close(): Promise<void>;
}

/** Normalise an archive member name: strip ./ and leading /, collapse .., never escape the root. */
export function normName(name: string): string {
  const n = path.posix.normalize('/' + name.replace(/\\/g, '/'));
  return n === '/' ? '' : n.replace(/^\/+/, '').replace(/\/+$/, '');
}

interface TarMember {
  name: string;
  type: string; // '0' file, '1' hardlink, '2' symlink, '5' dir, other
  offset: number;
  size: number;
  linkname: string;
  truncated: boolean;
}

function parseOctal(buf: Buffer, off: number, len: number): number {
  if (buf[off] & 0x80) {
    // base-256 (GNU) big-endian, positive only
    let v = 0;
    for (let i = off + 1; i < off + len; i++) v = v * 256 + buf[i];
    return v + (buf[off] & 0x7f) * Math.pow(256, len - 1);
  }
  let s = buf.toString('latin1', off, off + len).replace(/\0.*$/s, '').trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) return NaN;
  return parseInt(s, 8);
}

function cstr(buf: Buffer, off: number, len: number): string {
  const end = buf.indexOf(0, off);
  return buf.toString('utf8', off, end === -1 || end > off + len ? off + len : end);
}

function checksumOk(h: Buffer): boolean {
  const stored = parseOctal(h, 148, 8);
  let sum = 8 * 32;
  for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += h[i];
  return sum === stored;
}

function parsePax(buf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < buf.length) {
    const sp = buf.indexOf(0x20, i);
    if (sp === -1) break;
    const len = parseInt(buf.toString('utf8', i, sp), 10);
    if (!(len > 0) || i + len > buf.length) break;
    const rec = buf.toString('utf8', sp + 1, i + len - 1);
    const eq = rec.indexOf('=');
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    i += len;
  }
  return out;
}

const MAX_LONG_HEADER = 1024 * 1024;
const MAX_OUTER_ENTRIES = 1_000_000;

/** Index a tar file by reading its headers only. Throws ImageError when it is not a tar at all. */
export async function indexTar(file: string, displayName: string): Promise<Map<string, TarMember> & { truncated?: boolean; ended?: boolean }> {
  const fh = await fsp.open(file, 'r');
  const members: Map<string, TarMember> & { truncated?: boolean; ended?: boolean } = new Map<string, TarMember>();
  try {
    const { size: fileSize } = await fh.stat();
    const hdr = Buffer.alloc(512);
    let pos = 0;
    let longName: string | undefined;
    let longLink: string | undefined;
    let pax: Record<string, string> | undefined;
    let count = 0;
    let zeroBlocks = 0;
    let junk = false;
    while (pos + 512 <= fileSize) {
      const { bytesRead } = await fh.read(hdr, 0, 512, pos);
      if (bytesRead < 512) break;
      if (hdr.every((b) => b === 0)) {
        zeroBlocks++;
        pos += 512;
        if (zeroBlocks >= 2) break;
        continue;
      }
      zeroBlocks = 0;
      if (!checksumOk(hdr)) {
        if (count === 0) throw new ImageError('not-an-image', `${displayName} is not a container image (not a tar archive, gzip-compressed tar or OCI layout directory)`);
        // junk after valid entries: stop indexing here (the archive did not run out)
        junk = true;
        break;
      }
      if (++count > MAX_OUTER_ENTRIES) throw new ImageError('too-large', `${displayName} has more than ${MAX_OUTER_ENTRIES} archive entries`);
      const size = parseOctal(hdr, 124, 12);
      if (!Number.isFinite(size) || size < 0) throw new ImageError('corrupt', `${displayName} has a tar header with an invalid size at byte ${pos}`);
      const type = String.fromCharCode(hdr[156] || 0x30);
      let name = cstr(hdr, 0, 100);
      const linkname = cstr(hdr, 157, 100);
      const magic = hdr.toString('latin1', 257, 263);
      if (magic === 'ustar\0' || magic === 'ustar ') {
        const prefix = magic === 'ustar\0' ? cstr(hdr, 345, 155) : '';
        if (prefix) name = prefix + '/' + name;
      }
      const dataOff = pos + 512;
      if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
        if (size > MAX_LONG_HEADER || dataOff + size > fileSize) throw new ImageError('corrupt', `${displayName} has an oversized or truncated tar extended header at byte ${pos}`);
        const buf = Buffer.alloc(size);
        await fh.read(buf, 0, size, dataOff);
        if (type === 'L') longName = cstr(buf, 0, size);
        else if (type === 'K') longLink = cstr(buf, 0, size);
        else if (type === 'x') pax = parsePax(buf);
        pos = dataOff + Math.ceil(size / 512) * 512;
        continue;
      }
      let realSize = size;
      if (pax) {
        if (pax.path) name = pax.path;
        if (pax.linkpath) longLink = longLink ?? pax.linkpath;
        if (pax.size && /^\d+$/.test(pax.size)) realSize = Number(pax.size);
      }
      if (longName !== undefined) name = longName;
      const m: TarMember = {
        name: normName(name),
        type,
        offset: dataOff,
        size: realSize,
        linkname: longLink ?? linkname,
        truncated: dataOff + realSize > fileSize,
      };
      longName = longLink = pax = undefined;
      if (m.name !== '') members.set(m.name, m);
      pos = dataOff + Math.ceil(realSize / 512) * 512;
    }
    if (count === 0) throw new ImageError('not-an-image', `${displayName} is not a container image (empty or not a tar archive)`);
    members.ended = zeroBlocks >= 2 || junk;
    if (pos > fileSize || (zeroBlocks < 2 && pos + 512 > fileSize && pos !== fileSize)) members.truncated = true;
    for (const m of members.values()) if (m.truncated) members.truncated = true;
    return members;
  } finally {
    await fh.close();
  }
}

export class TarStore implements BlobStore {
  readonly kind = 'tar' as const;
  readonly truncated: boolean;
  readonly ended: boolean;
  private constructor(private file: string, private members: Map<string, TarMember> & { truncated?: boolean; ended?: boolean }, private display: string) {
    this.truncated = !!members.truncated;
    this.ended = !!members.ended;
  }

  static async open(file: string, display: string): Promise<TarStore> {
    return new TarStore(file, await indexTar(file, display), display);
  }

  names(): string[] {
    return [...this.members.keys()];
  }

  async get(name: string): Promise<StoreEntry | undefined> {
    let n = normName(name);
    for (let hop = 0; hop < 16; hop++) {
      const m = this.members.get(n);
      if (!m) return undefined;
      if (m.type === '2') {
        n = normName(path.posix.join(path.posix.dirname('/' + n), m.linkname));
        continue;
      }
      if (m.type === '1') {
        n = normName(m.linkname);
        continue;
      }
      if (m.type !== '0' && m.type !== '7' && m.type !== '\0') return undefined;
      return { name: m.name, offset: m.offset, size: m.size, truncated: m.truncated };
    }
    return undefined;
  }

  async readAll(e: StoreEntry, cap: number, what: string): Promise<Buffer> {
    if (e.size > cap) throw new ImageError('too-large', `${what} in ${this.display} is ${e.size} bytes (limit ${cap})`);
    if (e.truncated) throw new ImageError('truncated', `${this.display} is truncated: ${what} (${e.name}) is cut off`);
    return this.readAt(e, 0, e.size);
  }

  async readAt(e: StoreEntry, pos: number, len: number): Promise<Buffer> {
    const fh = await fsp.open(this.file, 'r');
    try {
      const n = Math.max(0, Math.min(len, e.size - pos));
      const buf = Buffer.alloc(n);
      const { bytesRead } = await fh.read(buf, 0, n, e.offset + pos);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }

  stream(e: StoreEntry, highWaterMark = 1024 * 1024, start = 0): Readable {
    if (e.size <= start) return createReadStream(this.file, { start: 1, end: 0 });
    return createReadStream(this.file, { start: e.offset + start, end: e.offset + e.size - 1, highWaterMark });
  }

  async close(): Promise<void> {}
}

export class DirStore implements BlobStore {
  readonly kind = 'dir' as const;
  constructor(private root: string, private display: string, private top: string[]) {}

  private realRoot: string | undefined;

  static async open(root: string, display: string): Promise<DirStore> {
    const store = new DirStore(root, display, await fsp.readdir(root));
    store.realRoot = await fsp.realpath(root);
    return store;
  }

  names(): string[] {
    return this.top;
  }

  private abs(name: string): string {
    return path.join(this.root, ...normName(name).split('/'));
  }

  async get(name: string): Promise<StoreEntry | undefined> {
    const n = normName(name);
    if (!n) return undefined;
    let real: string;
    try {
      real = await fsp.realpath(this.abs(n));
    } catch {
      return undefined;
    }
    // A blob that is a link out of the layout (to /etc/passwd, to a secret) is refused, not read.
    const root = this.realRoot ?? this.root;
    if (real !== root && !real.startsWith(`${root}${path.sep}`)) throw new ImageError('corrupt', `${this.display}: ${n} is a symbolic link to a file outside the layout; not read`);
    try {
      const st = await fsp.stat(real);
      if (!st.isFile()) return undefined;
      return { name: n, offset: 0, size: st.size, truncated: false };
    } catch {
      return undefined;
    }
  }

  async readAll(e: StoreEntry, cap: number, what: string): Promise<Buffer> {
    if (e.size > cap) throw new ImageError('too-large', `${what} in ${this.display} is ${e.size} bytes (limit ${cap})`);
    return this.readAt(e, 0, e.size);
  }

  async readAt(e: StoreEntry, pos: number, len: number): Promise<Buffer> {
    const fh = await fsp.open(this.abs(e.name), 'r');
    try {
      const buf = Buffer.alloc(Math.max(0, Math.min(len, e.size - pos)));
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }

  stream(e: StoreEntry, highWaterMark = 1024 * 1024, start = 0): Readable {
    return createReadStream(this.abs(e.name), { highWaterMark, start });
  }

  async close(): Promise<void> {}
}

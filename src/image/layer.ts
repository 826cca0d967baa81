import { createHash, type Hash } from 'node:crypto';
/** Stream one layer blob once: sniff, decompress, parse tar headers, keep only matched bodies (capped). */
import type { Readable, Transform } from 'node:stream';
import { formatLimit, LIMITS } from '../core/limits.js';
import { decompressor, GZIP_TRAILER_BYTES, gzipHeaderLength, RatioError, rawInflater, sniffCompression, type Compression } from './compression.js';
import type { BodyMatcher } from './needs.js';
import type { BodyRecord, ContentHit, EntryMeta, FileType } from './types.js';
import { shortDigest, ImageError } from './errors.js';
import { TarWalker, type MemberReader, type TarHeader } from './tar-walk.js';
import type { BlobStore, StoreEntry } from './store.js';
import path from 'node:path';

export interface LayerRecord extends EntryMeta {
  whiteout?: 'file' | 'opaque';
  body?: BodyRecord;
  /** What the content scanner found in this file (never the values). */
  hits?: ContentHit[];
}

/** A content scanner for one file, fed each data chunk as it streams by. */
export interface FileScanner {
  /** False once the file is known not to be worth more data (binary). */
  write(chunk: Buffer): boolean;
  end(): ContentHit[];
}

/** Opens a scanner for a regular file of a scanned layer, or undefined to let it pass unread. */
export type OpenScanner = (path: string, size: number) => FileScanner | undefined;

export interface LayerScan {
  compression: Compression;
  estargz: boolean;
  records: LayerRecord[];
  uncompressedSize: number;
  entryCount: number;
  fileBytes: number;
}

export interface ScanLimits {
  maxLayerBytes: number;
  maxRatio: number;
  ratioMinBytes: number;
  maxEntries: number;
  bodyBudget: { left: number };
}

/** Absolute, normalised path inside the image; '..' never climbs above '/'. */
export function imagePath(name: string): string {
  const n = path.posix.normalize('/' + name.replace(/\\/g, '/'));
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

function mapType(t: string | null | undefined): FileType {
  switch (t) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'dir';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

const STARGZ_NAMES = new Set(['/stargz.index.json', '/.prefetch.landmark', '/.no.prefetch.landmark']);

/**
 * The longest member path (and symlink or hardlink target) read: PATH_MAX, 4096 bytes with its NUL on Linux
 * (include/uapi/linux/limits.h); open(2) and symlink(2) fail with ENAMETOOLONG past it, so a longer member
 * can be no file Lambda runs. Checked before the path is normalised, so a hostile name costs one length test.
 */
export const PATH_MAX_BYTES = LIMITS.maxPathBytes;

function tooLong(s: string | null | undefined): number {
  if (!s || s.length <= PATH_MAX_BYTES / 4) return 0;
  const n = s.length > PATH_MAX_BYTES ? s.length : Buffer.byteLength(s);
  return n > PATH_MAX_BYTES ? n : 0;
}

/** The record of one tar header (undefined for the root entry and the stargz landmarks). */
function recordOf(header: TarHeader, p: string, state: { estargz: boolean }): LayerRecord | undefined {
  const type = mapType(header.type);
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (p === '/') return undefined; // root directory entry ('/' or './'): nothing to record
  if (base.startsWith('.wh.')) {
    if (base === '.wh..wh..opq') return { path: path.posix.dirname(p), type: 'dir', mode: 0, uid: 0, gid: 0, size: 0, whiteout: 'opaque' };
    if (!base.startsWith('.wh..wh.')) return { path: path.posix.join(path.posix.dirname(p), base.slice(4)), type: 'other', mode: 0, uid: 0, gid: 0, size: 0, whiteout: 'file' };
    return undefined;
  }
  if (STARGZ_NAMES.has(p) && (p === '/stargz.index.json' || state.estargz)) {
    state.estargz = true;
    return undefined;
  }
  const rec: LayerRecord = { path: p, type, mode: (header.mode ?? 0) & 0o7777, uid: header.uid ?? 0, gid: header.gid ?? 0, size: type === 'file' ? header.size ?? 0 : 0 };
  if (type === 'symlink') rec.linkname = header.linkname ?? '';
  else if (type === 'hardlink') rec.linkname = imagePath(header.linkname ?? '');
  return rec;
}

/** Collects the records of one layer's tar entries, the kept bodies and the scanners' findings. */
class EntryCollector {
  readonly records: LayerRecord[] = [];
  readonly state = { estargz: false };
  fileBytes = 0;
  /** Body bytes taken from the shared budget (given back when the read is made again). */
  kept = 0;
  failure: Error | undefined;

  constructor(
    private readonly layerIndex: number,
    private readonly what: string,
    private readonly matcher: BodyMatcher | null,
    private readonly limits: ScanLimits,
    private readonly openScanner: OpenScanner | null,
  ) {}

  fail(e: Error): void {
    if (!this.failure) this.failure = e;
  }

  /** One tar entry: its record, then the reader its data is kept or scanned by, or undefined to let it through unread. */
  entry(header: TarHeader): MemberReader | undefined {
    const long = tooLong(header.name) || tooLong(header.linkname);
    if (long) {
      this.fail(new ImageError('too-large', `${this.what} has a member whose ${tooLong(header.name) ? 'path' : 'link target'} is ${long} bytes long, more than PATH_MAX (limit: ${PATH_MAX_BYTES} bytes, the longest path Linux opens); not read`));
      return undefined;
    }
    if (this.records.length >= this.limits.maxEntries) this.fail(new ImageError('too-large', `${this.what} has more than ${this.limits.maxEntries} entries`));
    const p = imagePath(header.name);
    const rec = recordOf(header, p, this.state);
    if (rec) this.records.push(rec);
    const file = rec && rec.type === 'file' && !rec.whiteout ? rec : undefined;
    if (file) this.fileBytes += file.size;
    const cap = file && this.matcher ? this.matcher(p) : 0;
    const scanner = file && file.size > 0 && this.openScanner ? this.openScanner(p, file.size) : undefined;
    const budget = this.limits.bodyBudget;
    let keep = 0;
    if (cap > 0 && file!.size > 0 && budget.left > 0) {
      keep = Math.min(cap, file!.size, budget.left);
      budget.left -= keep;
      this.kept += keep;
    } else if (cap > 0 && file!.size === 0) {
      file!.body = { path: p, layer: this.layerIndex, data: Buffer.alloc(0), truncated: false, status: 'final' };
    }
    return keep > 0 || scanner ? this.reader(file!, keep, scanner) : undefined;
  }

  /** The reader of a file's data: into its kept body (the first `keep` bytes) and its scanner. */
  private reader(rec: LayerRecord, keep: number, scanner: FileScanner | undefined): MemberReader {
    const buf = keep > 0 ? Buffer.allocUnsafe(keep) : undefined;
    let got = 0;
    return {
      data: (chunk: Buffer) => {
        if (buf && got < keep) {
          const n = Math.min(keep - got, chunk.length);
          chunk.copy(buf, got, 0, n);
          got += n;
        }
        if (scanner && !scanner.write(chunk)) {
          scanner.end();
          scanner = undefined;
        }
      },
      end: () => {
        if (buf) rec.body = { path: rec.path, layer: this.layerIndex, data: buf.subarray(0, got), truncated: rec.size > got, status: 'final' };
        if (scanner) {
          const hits = scanner.end();
          if (hits.length > 0) rec.hits = hits;
        }
      },
    };
  }
}

/** What pumping a blob through the decompressor and the tar parser measured. */
interface Pumped {
  uncompressed: number;
  read: number;
  digest: string | undefined;
}

/** How the blob is fed to the decompressor. */
interface Feed {
  src: Readable;
  dec: Transform | null;
  /** sha256 of every byte of the blob, when its digest is checked */
  verify: Hash | undefined;
  /** The raw-deflate path: the gzip member header read apart (hashed first) and the blob's size. */
  member?: { header: Buffer; size: number };
}

/** The blob is not one gzip member and its trailer (several members, or bytes after it): it is read again through gunzip. */
class NotOneMember extends Error {}

/**
 * Streams the blob once: its bytes are hashed (when a digest is expected) and counted, inflated, checked
 * against the size and ratio guards chunk by chunk (a bomb is stopped early, not after the whole blob's worth
 * of ratio has been inflated), and read by the tar walker in the same call (the next chunk is taken after it).
 */
async function pump(feed: Feed, walker: TarWalker, collector: EntryCollector, limits: ScanLimits, what: string, out: Pumped): Promise<void> {
  const { src, dec, verify, member } = feed;
  // The raw inflater ends with the deflate data, before the source has given its last bytes (the trailer):
  // the digest is taken once the source has ended.
  const srcEnd = new Promise<void>((resolve, reject) => {
    src.once('end', () => resolve());
    src.once('error', (e: Error) => reject(e));
  });
  srcEnd.catch(() => undefined);
  if (member) {
    verify?.update(member.header);
    out.read += member.header.length;
  }
  const skipped = member?.header.length ?? 0;
  let input: AsyncIterable<Buffer> = src;
  if (dec) {
    src.on('error', (e) => dec.destroy(e));
    src.pipe(dec);
    input = dec;
  }
  // Added after pipe(): each chunk reaches the inflater first, and is hashed while the threadpool inflates it.
  src.on('data', (c: Buffer) => {
    out.read += c.length;
    verify?.update(c);
  });
  for await (const chunk of input) {
    out.uncompressed += chunk.length;
    if (out.uncompressed > limits.maxLayerBytes) {
      throw new ImageError('too-large', `${what} inflates past ${limits.maxLayerBytes} bytes (decompression bomb guard)`);
    }
    // Against the compressed bytes the inflater has taken (zlib's bytesWritten), not those read ahead of it.
    const taken = skipped + ((dec as { bytesWritten?: number } | null)?.bytesWritten ?? out.read);
    if (dec && out.uncompressed > limits.ratioMinBytes && out.uncompressed > limits.maxRatio * Math.max(1, taken)) {
      throw new ImageError('too-large', `${what} inflates more than ${limits.maxRatio} times its compressed size (limit: ${limits.maxRatio}x past ${formatLimit(limits.ratioMinBytes)}; ${taken} -> over ${out.uncompressed} bytes): decompression bomb guard`);
    }
    if (collector.failure) throw collector.failure;
    walker.write(chunk);
    if (collector.failure) throw collector.failure;
  }
  if (member && member.size - skipped - (dec as unknown as { bytesWritten: number }).bytesWritten !== GZIP_TRAILER_BYTES) throw new NotOneMember();
  if (dec) {
    // The inflater can end before the source does (the raw inflater before the gzip trailer, gunzip before bytes
    // after its last member), and the loop's end closed it: the source, unpiped, flows into the hash to its end.
    src.unpipe(dec);
    src.resume();
  }
  walker.end();
  if (collector.failure) throw collector.failure;
  await srcEnd;
  // Every byte of the blob went through the hash (the source was read to its end).
  if (verify) out.digest = `sha256:${verify.digest('hex')}`;
}

/** The most bytes of a gzip member header read apart for the raw-deflate path (a longer one goes through gunzip). */
const HEAD_BYTES = 4096;

export async function scanLayer(
  store: BlobStore,
  entry: StoreEntry,
  layerIndex: number,
  what: string,
  matcher: BodyMatcher | null,
  limits: ScanLimits,
  openScanner: OpenScanner | null = null,
  /** The digest the blob must have (sha256 of its bytes as stored), checked in the same pass. */
  expectDigest?: string,
): Promise<LayerScan> {
  if (entry.truncated) throw new ImageError('truncated', `${what} is truncated: the archive ends inside its blob`);
  const head = await store.readAt(entry, 0, HEAD_BYTES);
  const compression = sniffCompression(head);
  if (entry.size === 0) return { compression, estargz: false, records: [], uncompressedSize: 0, entryCount: 0, fileBytes: 0 };
  const digest = expectDigest && /^sha256:[0-9a-f]{64}$/.test(expectDigest) ? expectDigest : undefined;
  // A gzip blob whose sha256 is checked skips gunzip's CRC-32 of the inflated bytes: its header is read here
  // and its deflate data goes to a raw inflater. Anything but one member and its trailer is read again below.
  const headerLength = compression === 'gzip' && digest ? gzipHeaderLength(head) : 0;
  if (headerLength > 0) {
    const collector = new EntryCollector(layerIndex, what, matcher, limits, openScanner);
    try {
      return await readLayer(store, entry, what, limits, collector, compression, digest, head.subarray(0, headerLength));
    } catch (e) {
      if (!(e instanceof NotOneMember)) throw e;
      limits.bodyBudget.left += collector.kept;
    }
  }
  return readLayer(store, entry, what, limits, new EntryCollector(layerIndex, what, matcher, limits, openScanner), compression, digest);
}

/** One read of the blob: through gunzip (or zstd, or none), or through the raw inflater after `header`. */
async function readLayer(store: BlobStore, entry: StoreEntry, what: string, limits: ScanLimits, collector: EntryCollector, compression: Compression, digest: string | undefined, header?: Buffer): Promise<LayerScan> {
  const src = store.stream(entry, undefined, header?.length ?? 0);
  const dec = header ? rawInflater() : decompressor(compression, { maxRatio: limits.maxRatio, ratioMinBytes: limits.ratioMinBytes });
  // The tar is read in the same call as each inflated chunk is taken: no buffer between the inflater and it.
  const walker = new TarWalker((h) => collector.entry(h));
  const pumped: Pumped = { uncompressed: 0, read: 0, digest: undefined };
  const feed: Feed = { src, dec, verify: digest ? createHash('sha256') : undefined, member: header ? { header, size: entry.size } : undefined };
  try {
    await pump(feed, walker, collector, limits, what, pumped);
  } catch (e) {
    src.destroy();
    dec?.destroy();
    if (e instanceof NotOneMember) throw e;
    const err = layerError(e, what, compression);
    if (err.code === 'truncated' && err.message.includes('tar stream') && pumped.uncompressed < 512 && collector.records.length === 0) {
      throw new ImageError('corrupt', `${what} is not a tar archive (${pumped.uncompressed} bytes${compression === 'none' ? '' : ` after ${compression}`})`);
    }
    throw err;
  }
  if (pumped.digest && pumped.read === entry.size && pumped.digest !== digest) {
    throw new ImageError('corrupt', `${what} does not match its digest (${shortDigest(digest)} expected, ${shortDigest(pumped.digest)} found): the blob was altered or is corrupt`);
  }
  const { records, fileBytes, state } = collector;
  return { compression, estargz: state.estargz, records, uncompressedSize: pumped.uncompressed, entryCount: records.length, fileBytes };
}

function layerError(e: unknown, what: string, c: Compression): ImageError {
  if (e instanceof ImageError) return e;
  if (e instanceof RatioError) return new ImageError('too-large', `${what} ${e.message}`);
  const err = e as NodeJS.ErrnoException;
  const msg = err?.message ?? String(e);
  if (err?.code && String(err.code).startsWith('Z_')) {
    if (/unexpected end/i.test(msg)) return new ImageError('truncated', `${what} is truncated: gzip data ends early`);
    return new ImageError('corrupt', `${what} is corrupt: gzip data is invalid (${msg})`);
  }
  if (/zstd/.test(msg)) return new ImageError('corrupt', `${what} is corrupt: ${msg}`);
  if (/Unexpected end of data/i.test(msg)) return new ImageError('truncated', `${what} is truncated: the tar stream ends inside an entry`);
  if (/Invalid tar header|Invalid header|Header exceeds/i.test(msg)) {
    return new ImageError('corrupt', `${what} is not a valid tar stream${c === 'none' ? '' : ` after ${c} decompression`} (${msg.replace(/\. Maybe.*$/, '')})`);
  }
  return new ImageError('io', `${what} could not be read: ${msg}`);
}

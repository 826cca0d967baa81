import { createHash } from 'node:crypto';
/** Stream one layer blob once: sniff, decompress, parse tar headers, keep only matched bodies (capped). */
import tar from 'tar-stream';
import type { Readable } from 'node:stream';
import { formatLimit } from '../core/limits.js';
import { decompressor, RatioError, sniffCompression, type Compression } from './compression.js';
import type { BodyMatcher } from './needs.js';
import type { BodyRecord, ContentHit, EntryMeta, FileType } from './types.js';
import { shortDigest, ImageError } from './errors.js';
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
  const head = await store.readAt(entry, 0, 4);
  const compression = sniffCompression(head);
  const records: LayerRecord[] = [];
  let uncompressed = 0;
  let fileBytes = 0;
  let estargz = false;
  if (entry.size === 0) return { compression, estargz, records, uncompressedSize: 0, entryCount: 0, fileBytes: 0 };

  const src = store.stream(entry);
  const dec = decompressor(compression, { maxRatio: limits.maxRatio, ratioMinBytes: limits.ratioMinBytes });
  // A 1 MiB write buffer (streamx's default is 16 KiB): a 512 KiB inflate chunk is taken without a drain wait
  // for each one, so the loop below awaits 'drain' only when the tar parser really falls behind.
  const extract = tar.extract({ allowUnknownFormat: true, highWaterMark: 1024 * 1024 } as Parameters<typeof tar.extract>[0]);
  let failure: Error | undefined;
  const fail = (e: Error) => {
    if (!failure) failure = e;
  };

  extract.on('entry', (header, stream, next) => {
    // A truncated or lying archive errors the entry stream too; the extract stream reports it once.
    stream.on('error', (e: Error) => fail(e));
    const type = mapType(header.type);
    const p = imagePath(header.name);
    const size = type === 'file' ? header.size ?? 0 : 0;
    if (records.length >= limits.maxEntries) {
      fail(new ImageError('too-large', `${what} has more than ${limits.maxEntries} entries`));
    }
    let rec: LayerRecord | undefined;
    const base = p.slice(p.lastIndexOf('/') + 1);
    if (p === '/') {
      // root directory entry ('/' or './'): nothing to record
    } else if (base.startsWith('.wh.')) {
      if (base === '.wh..wh..opq') rec = { path: path.posix.dirname(p), type: 'dir', mode: 0, uid: 0, gid: 0, size: 0, whiteout: 'opaque' };
      else if (!base.startsWith('.wh..wh.')) rec = { path: path.posix.join(path.posix.dirname(p), base.slice(4)), type: 'other', mode: 0, uid: 0, gid: 0, size: 0, whiteout: 'file' };
    } else if (STARGZ_NAMES.has(p) && (p === '/stargz.index.json' || estargz)) {
      estargz = true;
    } else {
      rec = {
        path: p,
        type,
        mode: (header.mode ?? 0) & 0o7777,
        uid: header.uid ?? 0,
        gid: header.gid ?? 0,
        size,
      };
      if (type === 'symlink') rec.linkname = header.linkname ?? '';
      else if (type === 'hardlink') rec.linkname = imagePath(header.linkname ?? '');
      if (type === 'file') fileBytes += size;
    }
    if (rec) records.push(rec);
    const cap = rec && type === 'file' && !rec.whiteout && matcher ? matcher(p) : 0;
    let scanner = rec && type === 'file' && !rec.whiteout && size > 0 && openScanner ? openScanner(p, size) : undefined;
    let keep = 0;
    let buf: Buffer | undefined;
    if (cap > 0 && size > 0 && limits.bodyBudget.left > 0) {
      keep = Math.min(cap, size, limits.bodyBudget.left);
      limits.bodyBudget.left -= keep;
      buf = Buffer.allocUnsafe(keep);
    } else if (cap > 0 && size === 0) {
      rec!.body = { path: p, layer: layerIndex, data: Buffer.alloc(0), truncated: false, status: 'final' };
    }
    if (buf || scanner) {
      let got = 0;
      stream.on('data', (c: unknown) => {
        const chunk = c as Buffer;
        if (buf && got < keep) {
          const n = Math.min(keep - got, chunk.length);
          chunk.copy(buf, got, 0, n);
          got += n;
        }
        if (scanner && !scanner.write(chunk)) {
          scanner.end();
          scanner = undefined;
        }
      });
      stream.on('end', () => {
        if (buf) rec!.body = { path: p, layer: layerIndex, data: buf.subarray(0, got), truncated: size > got, status: 'final' };
        if (scanner) {
          const hits = scanner.end();
          if (hits.length > 0) rec!.hits = hits;
        }
        next();
      });
    } else {
      stream.on('end', () => next());
      stream.resume();
    }
  });

  const done = new Promise<void>((resolve, reject) => {
    extract.on('finish', () => resolve());
    extract.on('close', () => resolve());
    extract.on('error', (e: Error) => reject(e));
  });
  done.catch(() => undefined);

  // Compressed bytes read so far: the ratio guard compares against them, chunk by chunk (a bomb is stopped
  // early, not after the whole blob's worth of ratio has been inflated).
  let read = 0;
  const verify = expectDigest && /^sha256:[0-9a-f]{64}$/.test(expectDigest) ? createHash('sha256') : undefined;
  src.on('data', (c: Buffer) => {
    read += c.length;
    verify?.update(c);
  });
  try {
    let input: AsyncIterable<Buffer>;
    if (dec) {
      src.on('error', (e) => dec.destroy(e));
      src.pipe(dec);
      input = dec;
    } else input = src;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      uncompressed += chunk.length;
      if (uncompressed > limits.maxLayerBytes) {
        throw new ImageError('too-large', `${what} inflates past ${limits.maxLayerBytes} bytes (decompression bomb guard)`);
      }
      if (dec && uncompressed > limits.ratioMinBytes && uncompressed > limits.maxRatio * Math.max(1, read)) {
        throw new ImageError('too-large', `${what} inflates more than ${limits.maxRatio} times its compressed size (limit: ${limits.maxRatio}x past ${formatLimit(limits.ratioMinBytes)}; ${read} -> over ${uncompressed} bytes): decompression bomb guard`);
      }
      if (failure) throw failure;
      if (!extract.write(chunk)) {
        await Promise.race([new Promise<void>((r) => extract.once('drain', () => r())), done]);
      }
      if (failure) throw failure;
    }
    (extract as unknown as { end(): void }).end();
    await done;
    if (failure) throw failure;
  } catch (e) {
    src.destroy();
    dec?.destroy();
    extract.destroy();
    const err = layerError(e, what, compression);
    if (err.code === 'truncated' && err.message.includes('tar stream') && uncompressed < 512 && records.length === 0) {
      throw new ImageError('corrupt', `${what} is not a tar archive (${uncompressed} bytes${compression === 'none' ? '' : ` after ${compression}`})`);
    }
    throw err;
  }
  if (verify) {
    // Every byte of the blob went through the hash (the read loop drains the source past the tar's end marker).
    const found = `sha256:${verify.digest('hex')}`;
    if (read === entry.size && found !== expectDigest) {
      throw new ImageError('corrupt', `${what} does not match its digest (${shortDigest(expectDigest)} expected, ${shortDigest(found)} found): the blob was altered or is corrupt`);
    }
  }
  return { compression, estargz, records, uncompressedSize: uncompressed, entryCount: records.length, fileBytes };
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

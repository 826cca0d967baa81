/** Compression sniffing by magic bytes and decompressor streams (gzip via zlib on the threadpool, zstd via fzstd). */
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { Decompress as ZstdDecompress } from 'fzstd';
import { LIMITS } from '../core/limits.js';

export type Compression = 'gzip' | 'zstd' | 'none';

/** Bytes buffered before and after the gzip inflater (both sides). */
export const INFLATE_BUFFER = 2 * 1024 * 1024;

export function sniffCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

/**
 * zstd through fzstd, fed one block at a time: the frames are walked here (frame header, 3-byte block headers,
 * checksum, skippable frames: RFC 8878 §3.1), so that
 * - every frame's window (the memory the decoder allocates) is checked before fzstd sees the frame, the
 *   second and later frames too (LIMITS.maxZstdWindow);
 * - output is produced one block (at most 128 KiB) at a time, with backpressure: when the reader is full the
 *   walk pauses until it reads again, so a 100 KB layer of RLE blocks cannot push gigabytes at once;
 * - the inflate ratio is checked per block against the compressed bytes consumed so far.
 */
class ZstdTransform extends Transform {
  private d: ZstdDecompress;
  private queue: Buffer[] = [];
  private queued = 0;
  /** What the walk expects next, and the bytes it needs for it. */
  private state: 'magic' | 'header' | 'block' | 'body' | 'checksum' | 'skip' = 'magic';
  private need = 4;
  private checksum = false;
  private lastBlock = false;
  private unit: Buffer[] = [];
  private consumed = 0;
  private produced = 0;
  private paused: (() => void) | undefined;
  private failed: Error | undefined;

  constructor(private readonly limits: { maxWindow: number; maxRatio: number; ratioMinBytes: number }) {
    super({ readableHighWaterMark: 256 * 1024 });
    this.d = new ZstdDecompress((chunk: Uint8Array) => {
      if (!chunk.byteLength) return;
      this.produced += chunk.byteLength;
      this.push(Buffer.from(chunk)); // copy: fzstd may reuse its block buffer
    });
  }

  private takeBytes(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const head = this.queue[0];
      const k = Math.min(n - got, head.length);
      head.copy(out, got, 0, k);
      got += k;
      if (k === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(k);
    }
    this.queued -= n;
    this.consumed += n;
    return out;
  }

  private peekBytes(n: number): Buffer {
    return this.queue.length === 1 && this.queue[0].length >= n ? this.queue[0].subarray(0, n) : Buffer.concat(this.queue).subarray(0, n);
  }

  /** Walks complete units; returns false when paused for backpressure. */
  private walk(): boolean {
    while (this.queued >= this.need) {
      if (this.state === 'magic') {
        const m = this.peekBytes(4).readUInt32LE(0);
        if ((m & 0xfffffff0) === 0x184d2a50) {
          if (this.queued < 8) return true;
          const size = this.peekBytes(8).readUInt32LE(4);
          this.takeBytes(8);
          this.state = 'skip';
          this.need = size;
          continue;
        }
        if (m !== 0xfd2fb528) throw new Error('not a zstd frame');
        if (this.queued < 6) return true;
        const fhd = this.peekBytes(5)[4];
        const single = (fhd >> 5) & 1;
        this.checksum = ((fhd >> 2) & 1) === 1;
        const fcsBytes = [single ? 1 : 0, 2, 4, 8][fhd >> 6];
        this.need = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + fcsBytes;
        this.state = 'header';
        continue;
      }
      if (this.state === 'header') {
        const header = this.takeBytes(this.need);
        const w = zstdWindow(header);
        if (w > this.limits.maxWindow) throw new Error(`a frame asks for a ${w} byte window, more than the ${this.limits.maxWindow} byte limit`);
        this.unit.push(header);
        this.state = 'block';
        this.need = 3;
        continue;
      }
      if (this.state === 'block') {
        const h = this.takeBytes(3);
        const v = h[0] | (h[1] << 8) | (h[2] << 16);
        const type = (v >> 1) & 3;
        if (type === 3) throw new Error('reserved block type');
        this.lastBlock = (v & 1) === 1;
        this.unit.push(h);
        this.state = 'body';
        this.need = type === 1 ? 1 : v >>> 3;
        continue;
      }
      if (this.state === 'body') {
        this.unit.push(this.takeBytes(this.need));
        this.d.push(new Uint8Array(Buffer.concat(this.unit)));
        this.unit = [];
        this.checkRatio();
        if (this.lastBlock) {
          this.state = this.checksum ? 'checksum' : 'magic';
          this.need = this.checksum ? 4 : 4;
        } else {
          this.state = 'block';
          this.need = 3;
        }
        if (this.readableLength >= this.readableHighWaterMark) return false;
        continue;
      }
      if (this.state === 'checksum') {
        this.d.push(new Uint8Array(this.takeBytes(4)));
        this.state = 'magic';
        this.need = 4;
        continue;
      }
      // skippable frame body: consumed, never decoded
      this.takeBytes(this.need);
      this.state = 'magic';
      this.need = 4;
    }
    return true;
  }

  private checkRatio(): void {
    const { maxRatio, ratioMinBytes } = this.limits;
    if (this.produced > ratioMinBytes && this.produced > maxRatio * Math.max(1, this.consumed)) {
      throw new RatioError(`inflates more than ${maxRatio} times its compressed size (limit: ${maxRatio}x past ${ratioMinBytes} bytes)`);
    }
  }

  private run(cb: TransformCallback): void {
    try {
      if (this.walk()) cb();
      else this.paused = () => this.run(cb);
    } catch (e) {
      this.failed = zstdError(e);
      cb(this.failed);
    }
  }

  override _read(size: number): void {
    const r = this.paused;
    if (r) {
      this.paused = undefined;
      r();
    } else super._read(size);
  }

  _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.queue.push(chunk);
    this.queued += chunk.length;
    this.run(cb);
  }

  _flush(cb: TransformCallback): void {
    try {
      if (this.queued > 0 || this.state !== 'magic') throw new Error('unexpected end of data');
      this.d.push(new Uint8Array(0), true);
      cb();
    } catch (e) {
      cb(zstdError(e));
    }
  }
}

/** The inflate-ratio guard fired (reported as too large, not as corrupt data). */
export class RatioError extends Error {}

/** Memory the decoder would allocate for the first frame (window or single-segment content size). */
export function zstdWindow(b: Buffer): number {
  if (b.readUInt32LE(0) !== 0xfd2fb528) return 0;
  const fhd = b[4];
  const single = (fhd >> 5) & 1;
  const fcsFlag = fhd >> 6;
  const didFlag = fhd & 3;
  let pos = 5;
  let window = 0;
  if (!single) {
    const wd = b[pos++];
    const exp = (wd >> 3) + 10;
    const base = Math.pow(2, exp);
    window = base + (base / 8) * (wd & 7);
  }
  pos += [0, 1, 2, 4][didFlag];
  if (single) {
    const n = [1, 2, 4, 8][fcsFlag];
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + (b[pos + i] ?? 0);
    if (n === 2) v += 256;
    window = v;
  }
  return window;
}

function zstdError(e: unknown): Error {
  if (e instanceof RatioError) return e;
  const msg = e instanceof RangeError ? 'out of memory' : e instanceof Error ? e.message : String(e);
  return new Error(`zstd data is invalid (${msg})`);
}

/**
 * The length of the gzip member header (RFC 1952 §2.3) at the start of `b`: 10 fixed bytes, then the optional
 * FEXTRA, FNAME, FCOMMENT and FHCRC fields its flags announce. 0 when `b` does not hold one whole header of a
 * deflate member (another method, reserved flag bits set, or a header longer than `b`): the caller then reads
 * the blob through zlib's own gunzip, which reports what is wrong with it.
 */
export function gzipHeaderLength(b: Buffer): number {
  if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8 || (b[3] & 0xe0) !== 0) return 0;
  const flags = b[3];
  let pos = 10;
  if (flags & 4) {
    if (pos + 2 > b.length) return 0;
    pos += 2 + b.readUInt16LE(pos);
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const nul = pos < b.length ? b.indexOf(0, pos) : -1;
    if (nul === -1) return 0;
    pos = nul + 1;
  }
  if (flags & 2) pos += 2;
  return pos <= b.length ? pos : 0;
}

/** The bytes after a gzip member's deflate data: its CRC-32 and ISIZE (RFC 1952 §2.2). */
export const GZIP_TRAILER_BYTES = 8;

/**
 * A raw deflate inflater (RFC 1951) for the body of a gzip member whose header was read apart, with the
 * gunzip's buffer sizes. It does not compute the CRC-32 of the inflated bytes, which takes about a tenth of
 * gunzip's time: for use only when the blob's sha256 is checked in the same pass (a stronger check of the same
 * bytes), and when the member is the blob's only one (the caller checks the bytes left after it).
 */
export function rawInflater(): Transform {
  return zlib.createInflateRaw({ chunkSize: 512 * 1024, readableHighWaterMark: INFLATE_BUFFER, writableHighWaterMark: INFLATE_BUFFER } as zlib.ZlibOptions);
}

/** A Transform that decompresses, or null for uncompressed data. */
export function decompressor(c: Compression, limits: { maxWindow?: number; maxRatio?: number; ratioMinBytes?: number } = {}): Transform | null {
  // Buffers of a few chunks on both sides: the file is read ahead while the threadpool inflates, and the
  // inflater runs ahead of the tar parser instead of waiting for each 512 KiB chunk to be taken.
  if (c === 'gzip') return zlib.createGunzip({ chunkSize: 512 * 1024, readableHighWaterMark: INFLATE_BUFFER, writableHighWaterMark: INFLATE_BUFFER } as zlib.ZlibOptions);
  if (c === 'zstd') return new ZstdTransform({ maxWindow: limits.maxWindow ?? LIMITS.maxZstdWindow, maxRatio: limits.maxRatio ?? LIMITS.maxRatio, ratioMinBytes: limits.ratioMinBytes ?? LIMITS.ratioMinBytes });
  return null;
}

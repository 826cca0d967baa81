/** Compression sniffing by magic bytes and decompressor streams (gzip via zlib on the threadpool, zstd via fzstd). */
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { Decompress as ZstdDecompress } from 'fzstd';

export type Compression = 'gzip' | 'zstd' | 'none';

export function sniffCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

class ZstdTransform extends Transform {
  private d: ZstdDecompress;
  private err: Error | undefined;
  constructor() {
    super({ readableHighWaterMark: 256 * 1024 });
    this.d = new ZstdDecompress((chunk: Uint8Array) => {
      if (chunk.byteLength) this.push(Buffer.from(chunk)); // copy: fzstd may reuse its block buffer
    });
  }
  private checked = false;
  _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      if (!this.checked && chunk.length >= 14) {
        this.checked = true;
        const w = zstdWindow(chunk);
        if (w > ZSTD_MAX_WINDOW) throw new Error(`frame window of ${w} bytes is larger than the ${ZSTD_MAX_WINDOW} byte limit`);
      }
      this.d.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      cb();
    } catch (e) {
      cb(zstdError(e));
    }
  }
  _flush(cb: TransformCallback): void {
    try {
      this.d.push(new Uint8Array(0), true);
      cb();
    } catch (e) {
      cb(zstdError(e));
    }
  }
}

const ZSTD_MAX_WINDOW = 512 * 1024 * 1024;

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
  const msg = e instanceof RangeError ? 'out of memory' : e instanceof Error ? e.message : String(e);
  return new Error(`zstd data is invalid (${msg})`);
}

/** A Transform that decompresses, or null for uncompressed data. */
export function decompressor(c: Compression): Transform | null {
  if (c === 'gzip') return zlib.createGunzip({ chunkSize: 512 * 1024 });
  if (c === 'zstd') return new ZstdTransform();
  return null;
}

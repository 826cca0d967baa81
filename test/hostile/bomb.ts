/**
 * A gzip layer of any inflated size and ratio, made in milliseconds: one tar header, then the same deflate
 * segment repeated. Each segment ends in a full flush (RFC 1951 blocks never reach back across it, zlib's
 * Z_FULL_FLUSH resets the window), so the concatenation is one valid deflate stream; the gzip trailer's CRC-32
 * of the repeated data is computed with zlib's crc32_combine (GF(2) matrices), not over gigabytes.
 */
import { crc32, deflateRawSync, constants } from 'node:zlib';

const SEGMENT = 1024 * 1024;

function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i];
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, mat: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]);
}

/** CRC-32 of A followed by B, from crc(A), crc(B) and B's length (zlib's crc32_combine). */
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return crc1 >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row >>> 0;
  gf2Square(even, odd);
  gf2Square(odd, even);
  for (;;) {
    gf2Square(even, odd);
    if (len2 % 2 === 1) crc1 = gf2Times(even, crc1);
    len2 = Math.floor(len2 / 2);
    if (len2 === 0) break;
    gf2Square(odd, even);
    if (len2 % 2 === 1) crc1 = gf2Times(odd, crc1);
    len2 = Math.floor(len2 / 2);
    if (len2 === 0) break;
  }
  return (crc1 ^ crc2) >>> 0;
}

/** CRC-32 of `count` copies of a block, by doubling. */
function crc32Repeat(blockCrc: number, blockLen: number, count: number): number {
  let crc = 0;
  let baseCrc = blockCrc;
  let baseLen = blockLen;
  for (let k = count; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) crc = crc32Combine(crc, baseCrc, baseLen);
    baseCrc = crc32Combine(baseCrc, baseCrc, baseLen);
    baseLen *= 2;
  }
  return crc;
}

/** A ustar header of one member of `size` bytes: a regular file, or the type flag given ('x': a pax extended header). */
export function tarHeader(name: string, size: number, type = '0'): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'latin1');
  h.write('0000644\0', 100, 'latin1');
  h.write('0000000\0', 108, 'latin1');
  h.write('0000000\0', 116, 'latin1');
  h.write(size.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
  h.write('00000000000\0', 136, 'latin1');
  h.write(type, 156, 'latin1');
  h.write('ustar\x0000', 257, 'latin1');
  h.fill(' ', 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

/**
 * A gzip tar layer holding one file of about `bytes` (rounded to MiB) that inflates at about `ratio` times its
 * compressed size (up to deflate's ceiling, about 1030x): each MiB segment is zeros with a few pseudo-random
 * bytes, as many as the ratio asks for.
 */
export function gzipBomb(bytes: number, ratio: number): Buffer {
  const count = Math.max(1, Math.round(bytes / SEGMENT));
  const full = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const blockOf = (noise: number) => {
    const b = Buffer.alloc(SEGMENT);
    for (let i = 0, x = 12345; i < noise; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      b[(i * 7919) % SEGMENT] = x >>> 24;
    }
    return b;
  };
  const ratioOf = (noise: number) => SEGMENT / deflateRawSync(blockOf(noise), full).length;
  // The fewest noise bytes that bring one segment's ratio down to `ratio` (more noise, lower ratio).
  let lo = 0;
  let hi = 1;
  while (ratioOf(hi) > ratio && hi < SEGMENT / 4) hi *= 2;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ratioOf(mid) > ratio) lo = mid;
    else hi = mid;
  }
  const block = blockOf(ratioOf(lo) <= ratio ? lo : hi);
  const seg = deflateRawSync(block, full);
  const header = tarHeader('data.bin', count * SEGMENT);
  const end = Buffer.alloc(1024);
  const head = deflateRawSync(header, full);
  const tail = deflateRawSync(end); // the final block
  const crc = crc32Combine(crc32Combine(crc32(header), crc32Repeat(crc32(block), SEGMENT, count), count * SEGMENT), crc32(end), end.length);
  const total = header.length + count * SEGMENT + end.length;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(total % 2 ** 32, 4);
  const gzHead = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3]);
  return Buffer.concat([gzHead, head, ...Array.from({ length: count }, () => seg), tail, trailer]);
}

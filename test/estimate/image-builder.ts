/**
 * Streams OCI image layouts to disk for the estimate tests: big files are real bytes in the layer (a short
 * head, e.g. the ELF magic, then one repeated byte), so a 3 GB image is a few MB of gzip (level 1) on disk.
 * Nothing is held in memory: each layer's tar is generated entry by entry into gzip and hashed on the way
 * (blob digest of the gzip, diff_id of the tar). Layers shared by several images (an AWS base) are written
 * once and hard-linked into each layout.
 */
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, linkSync, mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export interface FakeFile {
  /** Absolute path in the image. */
  path: string;
  /** Bytes of the file: `body` (when given) then `fill` bytes up to `size`. */
  size?: number;
  body?: string | Buffer;
  mode?: number;
  /** The repeated byte (default 0x00). */
  fill?: number;
}

export interface FakeLayer {
  /** History created_by. */
  createdBy: string;
  files: FakeFile[];
}

export type HistoryItem = FakeLayer | { createdBy: string; empty: true };

export interface FakeImage {
  history: HistoryItem[];
  config: Record<string, unknown>;
}

export interface WrittenLayer {
  file: string;
  digest: string;
  size: number;
  diffId: string;
  uncompressed: number;
}

const BLOCK = 512;
const FILL_CHUNK = 1 << 20;
const fills = new Map<number, Buffer>();
const fillOf = (b: number) => {
  let f = fills.get(b);
  if (!f) fills.set(b, (f = Buffer.alloc(FILL_CHUNK, b)));
  return f;
};

function octal(buf: Buffer, off: number, len: number, n: number): void {
  buf.write(n.toString(8).padStart(len - 1, '0') + '\0', off, len, 'latin1');
}

/** One ustar header (name split into prefix/name when longer than 100 bytes). */
function header(name: string, type: '0' | '5', size: number, mode: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  let prefix = '';
  let n = name;
  if (Buffer.byteLength(n) > 100) {
    let i = n.indexOf('/');
    while (i >= 0 && Buffer.byteLength(n.slice(i + 1)) > 100) i = n.indexOf('/', i + 1);
    if (i < 0 || i > 155) throw new Error(`name too long for ustar: ${name}`);
    prefix = n.slice(0, i);
    n = n.slice(i + 1);
  }
  h.write(n, 0, 100, 'utf8');
  octal(h, 100, 8, mode);
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, size);
  octal(h, 136, 12, 0);
  h.fill(0x20, 148, 156);
  h.write(type, 156, 1, 'latin1');
  h.write('ustar\u000000', 257, 8, 'latin1');
  h.write('root', 265, 32, 'latin1');
  h.write('root', 297, 32, 'latin1');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return h;
}

async function writeLayer(blobs: string, files: FakeFile[]): Promise<WrittenLayer> {
  const tmp = join(blobs, `.tmp-${randomBytes(6).toString('hex')}`);
  const gz = zlib.createGzip({ level: 1, chunkSize: 1 << 20 });
  const cHash = createHash('sha256');
  let cSize = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _e, cb) {
      cHash.update(chunk);
      cSize += chunk.length;
      cb(null, chunk);
    },
  });
  const done = pipeline(gz, tap, createWriteStream(tmp));
  const uHash = createHash('sha256');
  let uSize = 0;
  const put = async (b: Buffer) => {
    uHash.update(b);
    uSize += b.length;
    if (!gz.write(b)) await once(gz, 'drain');
  };
  const dirs = new Set<string>();
  const addDirs = async (p: string) => {
    const parent = posix.dirname(p);
    if (parent === '/' || dirs.has(parent)) return;
    await addDirs(parent);
    dirs.add(parent);
    await put(header(`${parent.slice(1)}/`, '5', 0, 0o755));
  };
  for (const f of files) {
    await addDirs(f.path);
    const body = typeof f.body === 'string' ? Buffer.from(f.body) : f.body ?? Buffer.alloc(0);
    const size = Math.max(f.size ?? 0, body.length);
    await put(header(f.path.slice(1), '0', size, f.mode ?? 0o644));
    if (body.length) await put(body);
    let left = size - body.length;
    const fill = fillOf(f.fill ?? 0);
    while (left > 0) {
      const n = Math.min(left, FILL_CHUNK);
      await put(n === FILL_CHUNK ? fill : fill.subarray(0, n));
      left -= n;
    }
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad) await put(Buffer.alloc(pad));
  }
  await put(Buffer.alloc(BLOCK * 2));
  gz.end();
  await done;
  const hex = cHash.digest('hex');
  const file = join(blobs, hex);
  renameSync(tmp, file);
  return { file, digest: `sha256:${hex}`, size: cSize, diffId: `sha256:${uHash.digest('hex')}`, uncompressed: uSize };
}

function writeBlob(blobs: string, data: Buffer): { digest: string; size: number } {
  const hex = createHash('sha256').update(data).digest('hex');
  writeFileSync(join(blobs, hex), data);
  return { digest: `sha256:${hex}`, size: data.length };
}

/**
 * Writes `image` as an OCI layout in `dir`. `cache` (shared between calls) keeps layers already written, keyed
 * by the FakeLayer object, so a base used by several images is deflated once.
 */
export async function writeOciImage(dir: string, image: FakeImage, cache: Map<FakeLayer, WrittenLayer>): Promise<{ uncompressed: number; compressed: number }> {
  const blobs = join(dir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const layers: WrittenLayer[] = [];
  for (const h of image.history) {
    if ('empty' in h) continue;
    let w = cache.get(h);
    if (!w) {
      w = await writeLayer(blobs, h.files);
      cache.set(h, w);
    } else {
      const target = join(blobs, w.digest.slice(7));
      if (!existsSync(target)) linkSync(w.file, target);
    }
    layers.push(w);
  }
  const created = '2024-11-20T00:00:00Z';
  const config = Buffer.from(
    JSON.stringify({
      created,
      architecture: 'amd64',
      os: 'linux',
      config: image.config,
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history: image.history.map((h) => ({ created, created_by: h.createdBy, ...('empty' in h ? { empty_layer: true } : {}) })),
    }),
  );
  const cfg = writeBlob(blobs, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...cfg },
      layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: l.digest, size: l.size })),
    }),
  );
  const man = writeBlob(blobs, manifest);
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...man, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }] }),
  );
  return { uncompressed: layers.reduce((n, l) => n + l.uncompressed, 0), compressed: layers.reduce((n, l) => n + l.size, 0) };
}

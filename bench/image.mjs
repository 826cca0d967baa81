#!/usr/bin/env node
/**
 * Image reader benchmark. Builds OCI layouts in a temp dir (tar-stream + zlib, streamed to disk, never in memory):
 * a 1-layer and a 4-layer image of BENCH_GB (default 1) GiB uncompressed with a realistic mix of file sizes,
 * then measures in separate child processes (so peak RSS is per run):
 *   read: readImage() over the layout (layers inflated concurrently on the libuv threadpool; each blob's sha256 is
 *         checked as it streams, so a gzip blob is inflated as raw deflate after its header, without gunzip's CRC-32)
 *   raw:  Node's zlib gunzip of the same layer blobs, one stream after the other, nothing else done: the baseline
 *   rawd: the same as raw deflate after each blob's gzip header (no CRC-32), printed for reference only
 *   scan: readImage() with content scanning on (LL202's secret scanner over every text file of every layer),
 *         on the same secret-free image, and on a twin image that also holds a thousand planted tokens
 *         (1,000 small source files, one token each, eight kinds, spread over the layers)
 * Usage: node bench/image.mjs            (BENCH_GB=4 node bench/image.mjs for the 4 GiB case; BENCH_SCAN=0 skips the scan runs;
 *        BENCH_REPEAT=5 rounds, default 3; BENCH_DIR=/some/dir keeps the generated images there for the next run)
 */
import { build } from 'esbuild';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';

const here = path.dirname(fileURLToPath(import.meta.url));
const GB = Number(process.env.BENCH_GB ?? 1);
const TOTAL = Math.round(GB * 1024 ** 3);

async function bundle(dir) {
  const out = path.join(dir, 'image-reader.mjs');
  const src = path.join(here, '../src');
  await build({
    stdin: {
      contents: `export { readImage } from '${src}/image/index.ts';\nexport { gzipHeaderLength } from '${src}/image/compression.ts';\nexport { ContentScanner, contentScanPolicy } from '${src}/knowledge/secret-scan.ts';\nexport { awsBaseLayerCount } from '${src}/knowledge/base-images.ts';\nexport { threadpoolSize } from '${src}/core/threadpool.ts';\n`,
      resolveDir: src, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning',
    // as scripts/build.mjs: tar-stream's header codec, which its exports do not list
    alias: { 'tar-stream/headers': path.join(here, '../node_modules/tar-stream/headers.js') },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}

/** Deterministic-ish content: mixes random (incompressible) and text-like (compressible) blocks, ~2.5x gzip ratio. */
const RAND = randomBytes(4 * 1024 * 1024);
const TEXT = Buffer.from('import os, sys, json\nfrom typing import Any\n\ndef handler(event, context):\n    return {"ok": True}\n'.repeat(50000));
function content(size, seed) {
  const b = Buffer.allocUnsafe(size);
  let o = 0, k = seed;
  while (o < size) {
    const n = Math.min(size - o, 4096);
    const src = (k & 3) === 0 ? RAND : TEXT;
    const start = (k * 7919) % (src.length - 4096);
    src.copy(b, o, start, start + n);
    o += n; k++;
  }
  return b;
}

/** Fake tokens of eight kinds, built at run time (never valid credentials): the planted image's secrets. */
function plantedToken(i) {
  const r = (n, k) => {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    let x = Math.imul(i + 1, 2654435761) + k, o = '';
    for (let j = 0; j < n; j++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; o += A[(x >>> 16) % A.length]; }
    return o;
  };
  const kinds = [
    () => `AWS_ACCESS_KEY_ID = "AKIA${r(16, 1).toUpperCase()}"`,
    () => `GITHUB_TOKEN = "ghp_${r(36, 2)}"`,
    () => `STRIPE_KEY = "sk_live_${r(24, 3)}"`,
    () => `NPM = "npm_${r(36, 4)}"`,
    () => `SLACK = "xoxb-${r(12, 5)}-${r(24, 6)}"`,
    () => `GOOGLE = "AIza${r(35, 7)}"`,
    () => `DB_URL = "postgres://app:${r(16, 8)}@db.prod.internal:5432/app"`,
    () => `KEY = "-----BEGIN RSA ${'PRIVATE'} KEY-----\\n${r(64, 9)}\\n-----END RSA PRIVATE KEY-----"`,
  ];
  return `import os\n\n${kinds[i % kinds.length]()}\n\ndef handler(event, context):\n    return {"ok": True}\n`;
}

/** Write one gzip layer of `bytes` uncompressed tar data (with `plant` token files spread through it); returns {file, digest, size, diffId}. */
async function writeLayer(dir, bytes, seed, plant = 0) {
  const tmp = path.join(dir, `layer-${seed}.tmp`);
  const pack = tar.pack();
  const h = createHash('sha256');
  const diff = createHash('sha256');
  const gz = zlib.createGzip({ level: 6 });
  const out = createWriteStream(tmp);
  const written = pipeline(pack, async function* (src) { for await (const c of src) { diff.update(c); yield c; } }, gz,
    async function* (src) { for await (const c of src) { h.update(c); yield c; } }, out);
  let left = bytes, i = 0, planted = 0;
  const put = (name, body) => new Promise((res, rej) => pack.entry({ name, size: body.length, mode: 0o644 }, body, (e) => (e ? rej(e) : res())));
  // the mix averages about 320 KiB per file: spread the planted files evenly over the first 80 % of the layer
  const every = plant > 0 ? Math.max(1, Math.floor((bytes / (320 * 1024)) * 0.8 / plant)) : 0;
  while (left > 0) {
    if (plant > planted && i % every === 0) {
      const body = Buffer.from(plantedToken(seed * 100000 + planted));
      await put(`var/task/app${seed}/m${planted}.py`, body);
      left -= body.length + 512;
      planted++;
    }
    // mix: mostly small files, some medium, a few large (like site-packages + .so + model files)
    const r = (i * 2654435761) % 1000;
    const size = Math.min(left, r < 800 ? 512 + (r * 37) % 16384 : r < 990 ? 64 * 1024 + (r * 9973) % (1024 * 1024) : 8 * 1024 * 1024 + (r * 7) % (24 * 1024 * 1024));
    await put(`opt/pkg${seed}/d${i % 97}/f${i}.${r < 800 ? 'py' : r < 990 ? 'so' : 'bin'}`, content(size, i + seed * 1000003));
    left -= size + 512;
    i++;
  }
  pack.finalize();
  await written;
  const digest = 'sha256:' + h.digest('hex');
  const final = path.join(dir, 'blobs/sha256', digest.slice(7));
  await fsp.rename(tmp, final);
  return { digest, size: (await fsp.stat(final)).size, diffId: 'sha256:' + diff.digest('hex'), files: i + planted, planted };
}

async function writeLayout(dir, nLayers, plant = 0) {
  await fsp.mkdir(path.join(dir, 'blobs/sha256'), { recursive: true });
  const layers = [];
  for (let i = 0; i < nLayers; i++) layers.push(await writeLayer(dir, Math.floor(TOTAL / nLayers), i, Math.round(plant / nLayers)));
  const put = async (obj) => {
    const b = Buffer.from(JSON.stringify(obj));
    const d = 'sha256:' + createHash('sha256').update(b).digest('hex');
    await fsp.writeFile(path.join(dir, 'blobs/sha256', d.slice(7)), b);
    return { digest: d, size: b.length };
  };
  const cfg = await put({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) }, history: layers.map((_, i) => ({ created_by: `RUN layer ${i}` })) });
  const man = await put({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...cfg }, layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: l.digest, size: l.size })) });
  await fsp.writeFile(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await fsp.writeFile(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...man }] }));
  return layers;
}

// ---- child modes ----
if (process.argv[2] === '--child') {
  const [, , , mode, dir, reader, conc] = process.argv;
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  let found = 0;
  if (mode === 'raw' || mode === 'rawd') {
    const layers = JSON.parse(await fsp.readFile(path.join(dir, 'layers.json'), 'utf8'));
    const { gzipHeaderLength } = mode === 'rawd' ? await import(reader) : {};
    for (const l of layers) {
      const file = path.join(dir, 'blobs/sha256', l.digest.slice(7));
      // The same buffer sizes as the reader (src/image/compression.ts, store.ts), so the ratio compares work, not buffers.
      const g = mode === 'raw' ? zlib.createGunzip({ chunkSize: 512 * 1024 }) : zlib.createInflateRaw({ chunkSize: 512 * 1024 });
      let start = 0;
      if (mode === 'rawd') {
        const fh = await fsp.open(file, 'r');
        const { buffer } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
        await fh.close();
        start = gzipHeaderLength(buffer);
      }
      createReadStream(file, { highWaterMark: 1024 * 1024, start }).pipe(g);
      for await (const c of g) bytes += c.length;
    }
  } else {
    const { readImage, ContentScanner, contentScanPolicy, awsBaseLayerCount } = await import(reader);
    // scan: the options lintImage gives the reader when LL202 is on (src/engine/image-runner.ts contentScan)
    const contentScan = mode === 'scan' ? { skipLayers: awsBaseLayerCount, open: (p, size) => (contentScanPolicy(p, size) === 'scan' ? new ContentScanner(size) : undefined) } : undefined;
    const m = await readImage(dir, { concurrency: Number(conc), contentScan });
    bytes = m.totals.uncompressed;
    found = m.secrets.length;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ bytes, s, rssMB: ru.maxRSS / 1024, cpu: (ru.userCPUTime + ru.systemCPUTime) / 1e6, found }));
  process.exit(0);
}

let childEnv = process.env;
function run(mode, dir, reader, conc = 4) {
  // BENCH_PROF=/some/dir writes a V8 CPU profile of each child run there (node --cpu-prof).
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF, '--cpu-prof-name', `${mode}-${path.basename(dir)}-${Date.now()}.cpuprofile`] : [];
  // Every child has the threadpool size the CLI gives itself (src/core/threadpool.ts), the baseline's too.
  const out = execFileSync(process.execPath, [...prof, fileURLToPath(import.meta.url), '--child', mode, dir, reader, String(conc)], { encoding: 'utf8', maxBuffer: 1e6, env: childEnv });
  return JSON.parse(out);
}

const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'lli-bench-'));
// BENCH_DIR keeps the generated layouts there and reuses them on the next run (building 1 GiB takes ~15 s a layout).
const keep = process.env.BENCH_DIR;
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function layout(name, n, plant = 0) {
  const dir = path.join(keep ?? work, `${name}-${GB}g`);
  try {
    return { dir, layers: JSON.parse(await fsp.readFile(path.join(dir, 'layers.json'), 'utf8')), built: 'reused' };
  } catch {
    const t = Date.now();
    await fsp.rm(dir, { recursive: true, force: true });
    const layers = await writeLayout(dir, n, plant);
    await fsp.writeFile(path.join(dir, 'layers.json'), JSON.stringify(layers));
    return { dir, layers, built: `built in ${((Date.now() - t) / 1000).toFixed(1)} s` };
  }
}

try {
  const reader = await bundle(work);
  const size = (await import(reader)).threadpoolSize();
  childEnv = size === undefined ? process.env : { ...process.env, UV_THREADPOOL_SIZE: String(size) };
  console.log(`image reader bench: ${GB} GiB uncompressed, ${os.cpus().length} cores, libuv threadpool ${childEnv.UV_THREADPOOL_SIZE ?? 4} threads (as the CLI sets it), node ${process.version}, ${REPEAT} alternated rounds (medians; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  const SCAN = process.env.BENCH_SCAN !== '0';
  const PLANT = 1000;
  const mbs = (r) => r.bytes / 1e6 / r.s;
  const pad = (x) => x.padEnd(46);
  for (const n of [1, 4]) {
    const { dir, layers, built } = await layout(`img${n}`, n);
    const comp = layers.reduce((a, l) => a + l.size, 0);
    console.log(`\n${n}-layer image: ${layers.reduce((a, l) => a + l.files, 0)} files, ${(comp / 1e6).toFixed(0)} MB compressed (${built})`);
    const conc = n === 1 ? 1 : Number(process.env.BENCH_CONCURRENCY ?? 4);
    const target = `target >= ${n === 1 ? '0.8' : '1.5'}x`;
    // Rounds alternate the modes, so a burst of load from other processes hits them alike; each ratio is taken
    // within its round, and the medians are printed.
    // The planted twin is measured in the same rounds, against its own raw inflate (its blobs differ).
    const p = SCAN ? await layout(`img${n}p`, n, PLANT) : undefined;
    const modes = SCAN ? ['raw', 'rawd', 'read', 'scan', 'praw', 'pscan'] : ['raw', 'rawd', 'read'];
    const runs = Object.fromEntries(modes.map((m) => [m, []]));
    for (let k = 0; k < REPEAT; k++) for (const m of modes) runs[m].push(m === 'praw' ? run('raw', p.dir, reader) : m === 'pscan' ? run('scan', p.dir, reader, conc) : run(m, dir, reader, conc));
    const baseOf = (m) => (m === 'pscan' ? runs.praw : runs.raw);
    const ratio = (m) => median(runs[m].map((r, k) => mbs(r) / mbs(baseOf(m)[k])));
    const show = (name, m, extra = '') => {
      const rs = runs[m];
      // CPU time (all threads) beside wall time: on a loaded machine the wall ratio of a parallel read says little,
      // its CPU time against the baseline's still shows how much work it does.
      const line = `  ${pad(name)} ${median(rs.map(mbs)).toFixed(0).padStart(5)} MB/s, ${median(rs.map((r) => r.s)).toFixed(2)} s, cpu ${median(rs.map((r) => r.cpu)).toFixed(2)} s, peak RSS ${Math.max(...rs.map((r) => r.rssMB)).toFixed(0)} MB`;
      const rounds = rs.map((r, k) => (mbs(r) / mbs(baseOf(m)[k])).toFixed(2)).join(' ');
      const against = m === 'pscan' ? 'its own raw inflate' : 'raw';
      console.log(m === 'raw' || m === 'praw' ? line : m === 'rawd' ? `${line}, ${ratio(m).toFixed(2)}x raw (reference; rounds ${rounds})` : `${line}, ${ratio(m).toFixed(2)}x ${against} (${target}; rounds ${rounds})${extra}`);
    };
    show('raw zlib inflate (single stream)', 'raw');
    show('raw deflate, no CRC-32 (single stream)', 'rawd');
    show('readImage', 'read');
    if (SCAN) {
      show('readImage + secret scan (secret-free)', 'scan', `, ${runs.scan[0].found} found, 0 expected`);
      const planted = p.layers.reduce((a, l) => a + l.planted, 0);
      show(`raw zlib inflate of the planted twin`, 'praw');
      show(`readImage + secret scan (${planted} planted)`, 'pscan', `, ${runs.pscan[0].found} found, ${planted} expected`);
    }
  }
} finally {
  await fsp.rm(work, { recursive: true, force: true });
}

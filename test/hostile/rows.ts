/**
 * Hostile input, as an attacker would write it: every row ends in a right answer (exit 0 or 1) or one clear
 * line naming the input and the problem (exit 2), within the limits: no stack trace, no exit code but 0, 1,
 * 2, under 20 s and 512 MB for inputs under 100 MB, and the other input of the run (a clean Dockerfile next
 * to it) still linted. Each case is generated here; none is committed as a blob. Rows marked slow build
 * hundreds of MB of test data and run in the slow tier (slow.test.ts).
 *
 * The fast tier (table.test.ts) runs the other rows through the CLI in-process (src/cli/main.ts `run`, the code
 * the bundle holds), checking all but the peak memory, which only a process of its own shows; rows marked
 * `process` (limits that guard memory, and standard input through a real pipe) run as the built CLI there too.
 * The slow tier runs every row as the built CLI, so every row's memory is measured in CI.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dockerArchive, LAMBDA_CONFIG, layer, MT, ociLayout, desc, sha256, simpleArchive } from './gen.js';
import { cliInProcess } from '../helpers/cli.js';
import { measureCli, stackLines, type Measured } from './run.js';


let dir: string;
let clean: string;
export function setup(): void {
  beforeAll(setupDir);
}
function setupDir(): void {
  dir = mkdtempSync(join(tmpdir(), 'lli-hostile-'));
  clean = join(dir, 'clean.Dockerfile');
  writeFileSync(clean, 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n');
  writeFileSync(join(dir, 'app.py'), 'def handler(e, c):\n    return 1\n');
}

export interface Row {
  name: string;
  /** In the slow tier (test/hostile/slow.test.ts): big generated data or seconds of work. */
  slow?: boolean;
  /** A fast row the fast tier runs as the built CLI (not in-process): its point is the process's peak memory or a real pipe. */
  process?: boolean;
  /** Not fixed yet: the reason (the row is listed, skipped, and named in the report). */
  pending?: string;
  /** Writes the case; returns the CLI arguments for it (and stdin). */
  make: (d: string) => Promise<{ args: string[]; input?: Buffer | string }>;
  /** 'ok': linted (exit 0 or 1); a RegExp: exit 2 with this one line about the input. */
  expect: 'ok' | RegExp;
  /** Skip the "other input still linted" check (the case is stdin, which is one input). */
  alone?: boolean;
}

const w = (d: string, name: string, body: string | Buffer) => {
  const p = join(d, name);
  writeFileSync(p, body);
  return p;
};
const df = (body: string) => `FROM public.ecr.aws/lambda/python:3.12\n${body}\nCMD ["app.handler"]\n`;

/** A gzip stream of `bytes` zeros, made in chunks (never the whole inflated size in memory). */
async function gzipZeros(bytes: number): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gz.on('end', r));
  // A tar header first, so the stream is a tar archive holding one big file.
  const header = await layer({ 'zeros.bin': Buffer.alloc(0) });
  const hdr = Buffer.from(header.subarray(0, 512));
  hdr.write(bytes.toString(8).padStart(11, '0'), 124, 'latin1');
  let sum = 0;
  hdr.fill(' ', 148, 156);
  for (const b of hdr) sum += b;
  hdr.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  gz.write(hdr);
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!gz.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => gz.once('drain', r));
  }
  gz.end();
  await done;
  return Buffer.concat(out);
}

/** A zstd frame of RLE blocks (4 bytes per 128 KiB of zeros) with the given window log. */
export function zstdFrame(bytes: number, windowLog: number, last = true): Buffer {
  const block = 128 * 1024;
  const n = Math.ceil(bytes / block);
  const head = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (windowLog - 10) << 3]);
  const blocks = Buffer.alloc(n * 4);
  for (let i = 0; i < n; i++) {
    const size = i === n - 1 ? bytes - block * (n - 1) : block;
    const h = (size << 3) | (1 << 1) | (i === n - 1 && last ? 1 : i === n - 1 ? 1 : 0);
    blocks.writeUIntLE(h, i * 4, 3);
    blocks[i * 4 + 3] = 0;
  }
  return Buffer.concat([head, blocks]);
}

/** An OCI layout of one image whose layers are the given blobs (the same blob may be listed many times). */
function ociImage(d: string, layers: { blob: Buffer; mediaType: string }[], config: Record<string, unknown> = LAMBDA_CONFIG, cfgExtra: Record<string, unknown> = {}) {
  const cfg = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config, rootfs: { type: 'layers', diff_ids: layers.map(() => sha256('x')) }, ...cfgExtra }));
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MT.manifest, config: desc(MT.config, cfg), layers: layers.map((l) => desc(l.mediaType, l.blob)) }));
  const uniq = [...new Map(layers.map((l) => [sha256(l.blob), l.blob])).values()];
  ociLayout(d, { schemaVersion: 2, manifests: [desc(MT.manifest, manifest, { platform: { os: 'linux', architecture: 'amd64' } })] }, [cfg, manifest, ...uniq]);
  return d;
}

const sub = (d: string, name: string) => {
  const p = join(d, name);
  mkdirSync(p, { recursive: true });
  return p;
};

export const ROWS: Row[] = [
  // ---- Dockerfiles
  { name: 'a 50 MB Dockerfile on stdin', slow: true, alone: true, make: async () => ({ args: ['-'], input: `FROM scratch\n${'RUN echo hello world\n'.repeat(2_500_000)}` }), expect: /<stdin>: is more than 4 MiB, larger than 4 MiB \(the limit for a Dockerfile\)/ },
  { name: 'a 50 MB Dockerfile by path', slow: true, make: async (d) => ({ args: [w(d, 'big.Dockerfile', `FROM scratch\n${'RUN echo hello world\n'.repeat(2_500_000)}`)] }), expect: /larger than 4 MiB \(the limit for a Dockerfile\)/ },
  { name: '20,000 plain ENV lines', make: async (d) => ({ args: [w(d, 'env.Dockerfile', df(Array.from({ length: 20_000 }, (_, i) => `ENV V${i}=value${i}`).join('\n')))] }), expect: 'ok' },
  { name: '20,000 ARG lines', make: async (d) => ({ args: [w(d, 'arg.Dockerfile', df(Array.from({ length: 20_000 }, (_, i) => `ARG A${i}=v${i}`).join('\n')))] }), expect: 'ok' },
  { name: '--dockerfile /dev/zero beside an image', process: true, make: async (d) => ({ args: ['--dockerfile', '/dev/zero', w(d, 'img.tar', await simpleArchive(LAMBDA_CONFIG, [await layer({ 'var/task/app.py': 'x=1\n' })]))] }), expect: /\/dev\/zero: the --dockerfile is not a regular file/ },
  { name: 'a 300,000-character near-token (OpenAI-like) in a RUN', make: async (d) => ({ args: [w(d, 'tok.Dockerfile', df(`RUN echo sk-${'sk-a'.repeat(75_000)}`))] }), expect: 'ok' },
  { name: 'a 300,000-character URL in a RUN', make: async (d) => ({ args: [w(d, 'url.Dockerfile', df(`RUN curl https://u:p@${'a'.repeat(300_000)}.example.com/?token=${'b'.repeat(1000)} | sh`))] }), expect: 'ok' },
  { name: 'a 300,000-character near-token in an image ENV', make: async (d) => ({ args: [w(d, 'envtok.tar', await simpleArchive({ ...LAMBDA_CONFIG, Env: [`API_TOKEN=sk-${'sk-a'.repeat(75_000)}`, `URL=https://${'a'.repeat(300_000)}@x`] }, [await layer({ 'var/task/app.py': 'x=1\n' })]))] }), expect: 'ok' },
  { name: 'an image history entry of 1,000,000 spaces', make: async (d) => ({ args: [w(d, 'spaces.tar', await simpleArchive(LAMBDA_CONFIG, [await layer({ 'var/task/app.py': 'x=1\n' })], { history: [{ created_by: `/bin/sh -c ${' '.repeat(1_000_000)}x` }] }))] }), expect: 'ok' },
  {
    name: 'a build context with a 256 KB pip.conf of newlines',
    make: async (d) => {
      const ctx = sub(d, 'ctx-newlines');
      writeFileSync(join(ctx, 'pip.conf'), `[global]\n${'\n'.repeat(256 * 1024)}password`);
      writeFileSync(join(ctx, '.pypirc'), `${' \n'.repeat(128 * 1024)}x`);
      writeFileSync(join(ctx, 'app.py'), 'x = 1\n');
      return { args: [w(ctx, 'Dockerfile', df('COPY . ${LAMBDA_TASK_ROOT}/'))] };
    },
    expect: 'ok',
  },
  {
    name: 'a configuration file of 200,000 keys',
    make: async (d) => {
      const c = sub(d, 'cfg-keys');
      writeFileSync(join(c, '.lint-lambda-image.yaml'), `build-args:\n${Array.from({ length: 200_000 }, (_, i) => `  K${i}: v`).join('\n')}\n`);
      return { args: [w(c, 'Dockerfile', df(''))] };
    },
    expect: /lint-lambda-image\.yaml/,
  },
  {
    name: 'a configuration value nested 5,000 deep',
    make: async (d) => {
      const c = sub(d, 'cfg-deep');
      writeFileSync(join(c, '.lint-lambda-image.yaml'), `build-args: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
      return { args: [w(c, 'Dockerfile', df(''))] };
    },
    expect: /lint-lambda-image\.yaml/,
  },
  // ---- nesting
  { name: '$(( nested 2,000 deep',  make: async (d) => ({ args: [w(d, 'arith.Dockerfile', df(`RUN echo ${'$(('.repeat(2000)}1${'))'.repeat(2000)}`))] }), expect: /ok|nested too deeply|not linted/ as unknown as RegExp },
  { name: '10,000 nested ${a:-${…}}',  make: async (d) => ({ args: [w(d, 'param.Dockerfile', df(`ENV X=${'${a:-'.repeat(10_000)}z${'}'.repeat(10_000)}\nRUN echo ${'${a:-'.repeat(10_000)}z${'}'.repeat(10_000)}`))] }), expect: 'ok' },
  { name: '10,000 stages', slow: true, make: async (d) => ({ args: [w(d, 'stages.Dockerfile', `${Array.from({ length: 10_000 }, (_, i) => `FROM ${i ? `s${i - 1}` : 'public.ecr.aws/lambda/python:3.12'} AS s${i}`).join('\n')}\nCMD ["app.handler"]\n`)] }), expect: 'ok' },
  { name: '5,000 stages, each FROM the one before with its own ENV (quadratic inheritance)', slow: true, make: async (d) => ({ args: [w(d, 'envchain.Dockerfile', `${Array.from({ length: 5_000 }, (_, i) => `FROM ${i ? `s${i - 1}` : 'public.ecr.aws/lambda/python:3.12'} AS s${i}\nENV V${i}=x`).join('\n')}\nCMD ["app.handler"]\n`)] }), expect: /inherit more than 250,000 variables.*maxInheritedVariables/ },
  { name: 'sh -c with 150,000 commands', slow: true, make: async (d) => ({ args: [w(d, 'shc.Dockerfile', df(`RUN sh -c 'true${'; true'.repeat(150_000)}'`))] }), expect: 'ok' },
  { name: 'an image path of 20,000 components', make: async (d) => ({ args: [w(d, 'deep.tar', await simpleArchive(LAMBDA_CONFIG, [await layer({ 'var/task/app.py': 'x=1\n', [`${'a/'.repeat(20_000)}f`]: 'x' })]))] }), expect: /path is 40001 bytes long, more than PATH_MAX \(limit: 4096 bytes/ },
  {
    name: 'a symlink target of 1,000,000 components',
    make: async (d) => {
      const { packTar } = await import('../image-kit.js');
      const l = await packTar([
        { name: 'var/task/app.py', type: 'file', mode: 0o644, uid: 0, gid: 0, body: Buffer.from('x=1\n') },
        { name: 'var/task/link', type: 'symlink', linkname: '../'.repeat(1_000_000), mode: 0o777, uid: 0, gid: 0 },
      ]);
      return { args: [w(d, 'symlink.tar', await simpleArchive(LAMBDA_CONFIG, [l]))] };
    },
    expect: /ok|too long|not read/ as unknown as RegExp,
  },
  // ---- globs
  { name: 'COPY app[.py ./', make: async (d) => ({ args: [w(d, 'glob1.Dockerfile', df('COPY app[.py ${LAMBDA_TASK_ROOT}/'))] }), expect: 'ok' },
  { name: 'COPY x[z-a].py ./', make: async (d) => ({ args: [w(d, 'glob2.Dockerfile', df('COPY x[z-a].py ${LAMBDA_TASK_ROOT}/'))] }), expect: 'ok' },
  {
    name: '.dockerignore with a[b',
    make: async (d) => {
      const c = sub(d, 'ignore');
      writeFileSync(join(c, '.dockerignore'), 'a[b\n');
      writeFileSync(join(c, 'app.py'), 'x=1\n');
      return { args: [w(c, 'Dockerfile', df('COPY . ${LAMBDA_TASK_ROOT}/'))] };
    },
    expect: 'ok',
  },
  // ---- archives and layouts
  { name: 'a docker-save manifest of 1,000,000 layers', process: true, make: async (d) => ({ args: [w(d, 'layers.tar', await dockerArchive({ manifest: [{ Config: 'config.json', Layers: Array.from({ length: 1_000_000 }, (_, i) => `${i}/layer.tar`) }], config: { os: 'linux', architecture: 'amd64', config: {} } }))] }), expect: /layers|limit/ },
  {
    name: 'an OCI index of 3,000 manifests of 10,000 layers each',
    make: async (d) => {
      const o = sub(d, 'index');
      const cfg = Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', config: {} }));
      const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MT.manifest, config: desc(MT.config, cfg), layers: Array.from({ length: 10_000 }, (_, i) => desc(MT.tar, `l${i}`)) }));
      const m = desc(MT.manifest, manifest);
      ociLayout(o, { schemaVersion: 2, manifests: Array.from({ length: 3000 }, (_, i) => ({ ...m, platform: { os: 'linux', architecture: `arch${i}` } })) }, [cfg, manifest]);
      return { args: [o] };
    },
    expect: /manifests|layers|limit/,
  },
  {
    name: 'mistyped manifest fields (Layers: [1], Config: 5)',
    make: async (d) => ({ args: [w(d, 'mistyped1.tar', await dockerArchive({ manifest: [{ Config: 5, RepoTags: [7], Layers: [1] }], config: {} }))] }),
    expect: /manifest|Config|Layers/,
  },
  {
    name: 'mistyped config fields (Entrypoint: 5, history: [null], Env: [3], Labels: 4)',
    make: async (d) => ({ args: [w(d, 'mistyped2.tar', await simpleArchive({ Entrypoint: 5, Cmd: 'x', Env: [3, null], Labels: 4, WorkingDir: 9, User: {} }, [await layer({ 'var/task/app.py': 'x=1\n' })], { history: [null, 5, { created_by: 7 }], rootfs: { diff_ids: [1] }, os: 3 }))] }),
    expect: /ok|config|not a/ as unknown as RegExp,
  },
  {
    name: 'a layer whose digest does not match its content',
    make: async (d) => {
      const o = sub(d, 'digest');
      const good = await layer({ 'var/task/app.py': 'x=1\n' });
      ociImage(o, [{ blob: good, mediaType: MT.tar }]);
      writeFileSync(join(o, 'blobs', 'sha256', sha256(good).slice(7)), await layer({ 'var/task/app.py': 'evil=1\n' }));
      return { args: [o] };
    },
    expect: /digest/,
  },
  {
    name: 'an OCI blob symlinked outside the layout',
    make: async (d) => {
      const o = sub(d, 'oci-symlink');
      const l = await layer({ 'var/task/app.py': 'x=1\n' });
      ociImage(o, [{ blob: l, mediaType: MT.tar }]);
      const p = join(o, 'blobs', 'sha256', sha256(l).slice(7));
      const { rmSync } = await import('node:fs');
      rmSync(p);
      symlinkSync('/etc/passwd', p);
      return { args: [o] };
    },
    expect: /outside the layout|symbolic link/,
  },
  {
    name: 'a zstd layer whose frame asks for a 512 MiB window',
    process: true,
    make: async (d) => ({ args: [ociImage(sub(d, 'zstd-window'), [{ blob: Buffer.concat([zstdFrame(1024, 29)]), mediaType: MT.zstd }])] }),
    expect: /window/,
  },
  {
    name: "a zstd layer whose second frame asks for a 512 MiB window",
    make: async (d) => ({ args: [ociImage(sub(d, 'zstd-window2'), [{ blob: Buffer.concat([zstdFrame(1024, 20), zstdFrame(1024, 29)]), mediaType: MT.zstd }])] }),
    expect: /window|not a tar|corrupt/,
  },
  {
    name: 'a 100 KB zstd layer holding 3 GiB of zeros',
    slow: true,
    make: async (d) => ({ args: [ociImage(sub(d, 'zstd-bomb'), [{ blob: zstdFrame(3 * 1024 ** 3, 23), mediaType: MT.zstd }])] }),
    expect: /inflates|limit|not a tar/,
  },
  { name: 'a gzip layer at ~1000x holding 10 GiB', slow: true, make: async (d) => ({ args: [ociImage(sub(d, 'gz-bomb'), [{ blob: await gzipZeros(10 * 1024 ** 3), mediaType: MT.gzip }])] }), expect: /inflates|limit/ },
  {
    name: '20 layers that all point at the same 1 GiB gzip blob',
    slow: true,
    make: async (d) => {
      const blob = await gzipZeros(1024 ** 3);
      return { args: [ociImage(sub(d, 'same-blob'), Array.from({ length: 20 }, () => ({ blob, mediaType: MT.gzip })))] };
    },
    expect: /inflates|limit|ok/ as unknown as RegExp,
  },
  { name: 'an outer .gz of 10 GiB of zeros', slow: true, make: async (d) => ({ args: [w(d, 'outer.tar.gz', await gzipZeros(10 * 1024 ** 3))] }), expect: /inflates|limit/ },
  { name: 'a gzip-wrapped docker archive on stdin that is truncated', alone: true, process: true, make: async () => ({ args: ['-'], input: gzipSync(await simpleArchive(LAMBDA_CONFIG, [await layer({ 'a': 'b' })])).subarray(0, 200) }), expect: /truncated|ends early/ },
  // ---- image reader limits (lane image): PATH_MAX, the 200x ratio guard, a blob shared by many layers
  { name: 'an image member name of 1 MiB', make: async (d) => ({ args: [w(d, 'longname.tar', await simpleArchive(LAMBDA_CONFIG, [await layer({ 'var/task/app.py': 'x=1\n', [`var/task/${'n'.repeat(1024 * 1024)}`]: 'x' })]))] }), expect: /path is 1048585 bytes long, more than PATH_MAX/ },
  {
    name: 'a gzip layer at 900x (12 MB -> 10 GiB)',
    process: true,
    make: async (d) => {
      const { gzipBomb } = await import('./bomb.js');
      return { args: [ociImage(sub(d, 'gz-900x'), [{ blob: gzipBomb(10 * 1024 ** 3, 900), mediaType: MT.gzip }])] };
    },
    expect: /inflates more than 200 times its compressed size \(limit: 200x past 256 MiB/,
  },
  {
    name: '20 layers that list the same 240 MiB gzip blob (read once)',
    make: async (d) => {
      const { gzipBomb } = await import('./bomb.js');
      const blob = gzipBomb(240 * 1024 ** 2, 150);
      return { args: [ociImage(sub(d, 'same-blob-small'), Array.from({ length: 20 }, () => ({ blob, mediaType: MT.gzip })))] };
    },
    expect: 'ok',
  },
  {
    // Was quadratic twice: LL104 rescanned the shipped lineage per COPY (the WORKDIR before it, a later RUN copying into
    // /var/task), and the size estimate copied each stage's list of what it cannot size down the chain (~850 MB).
    name: '10,000 stages, each FROM the one before and copying from it (COPY --from chain)',
    slow: true,
    make: async (d) => {
      writeFileSync(join(d, 'app.py'), 'def handler(e, c):\n    return 1\n');
      const stages = Array.from({ length: 10_000 }, (_, i) => (i ? `FROM s${i - 1} AS s${i}\nCOPY --from=s${i - 1} /app /app` : 'FROM public.ecr.aws/lambda/python:3.12 AS s0\nCOPY app.py /var/task/'));
      return { args: [w(d, 'copychain.Dockerfile', `${stages.join('\n')}\nCMD ["app.handler"]\n`)] };
    },
    expect: 'ok',
  },
];

/** One run of a row: an in-process run has no peak memory of its own. */
type RowRun = Omit<Measured, 'rssMB'> & { rssMB?: number };

/** A row's expectation, checked on one run (its peak memory when the run was a process of its own). */
function check(row: Row, r: RowRun, file: string | undefined): void {
  const stderr = r.stderr;
  expect(stackLines(stderr), 'no stack trace').toEqual([]);
  expect([0, 1, 2], `exit code (stderr: ${stderr.slice(0, 300)})`).toContain(r.status);
  expect(r.ms, 'time').toBeLessThan(20_000);
  if (r.rssMB !== undefined) expect(r.rssMB, 'peak memory (MB)').toBeLessThan(512);
  const errLines = stderr.split('\n').filter(Boolean);
  const source = row.expect instanceof RegExp ? row.expect.source : '';
  const okAllowed = row.expect === 'ok' || source.startsWith('ok|');
  if (row.expect === 'ok') expect(errLines, 'no error line').toEqual([]);
  if (r.status === 2 || !okAllowed) {
    expect(r.status, `exit 2 expected; stderr: ${stderr.slice(0, 300)}`).toBe(2);
    expect(errLines.length, stderr.slice(0, 500)).toBe(1);
    if (row.expect instanceof RegExp && !okAllowed) expect(errLines[0]).toMatch(row.expect);
    if (file) expect(errLines[0]).toContain(file);
    expect(errLines[0]).not.toMatch(/internal error/);
  }
}

/** The CLI in-process on one row, timed; no peak memory (the test process's own is no measure of one run). */
async function inProcess(args: string[], input: Buffer | string | undefined): Promise<RowRun> {
  const t0 = performance.now();
  const r = await cliInProcess(args, { input });
  return { ...r, signal: null, ms: Math.round(performance.now() - t0) };
}

/**
 * Runs rows: `fast` (table.test.ts) the fast rows, in-process but for those marked `process`; `slow`
 * (slow.test.ts) the slow rows; `fast-as-process` (slow.test.ts) the fast rows the fast tier ran in-process, as
 * the built CLI, for their peak memory.
 */
export function hostileTable(tier: 'fast' | 'slow' | 'fast-as-process'): void {
  const rows = ROWS.filter((r) => (tier === 'slow' ? r.slow : !r.slow && (tier === 'fast' || !r.process)));
  const how = (row: Row) => (tier === 'fast' && !row.process ? 'in-process' : 'built CLI');
  describe(`hostile input (${tier} rows): a right answer or one clear line, within the limits`, () => {
    for (const row of rows) {
      it.skipIf(Boolean(row.pending))(`${row.name} (${how(row)})${row.pending ? ` (pending: ${row.pending})` : ''}`, async () => {
        const d = mkdtempSync(join(dir, 'case-'));
        const { args, input } = await row.make(d);
        const inputs = row.alone ? args : [...args, clean];
        const cliArgs = ['-f', 'json', ...inputs];
        const r = how(row) === 'in-process' ? await inProcess(cliArgs, input) : measureCli(cliArgs, { input, timeoutMs: 60_000 });
        // The figures of each hostile input (time, memory), for CI logs (CI=true) or on request; a plain `npm test` stays quiet.
        if (process.env.CI || process.env.LLI_HOSTILE_LOG) console.info(`[hostile] ${row.name} (${how(row)}): exit ${r.status}, ${r.ms} ms${r.rssMB === undefined ? '' : `, ${r.rssMB} MB`} ${r.stderr.split('\n')[0].slice(0, 250)}`);
        check(row, r, args.at(-1) === '-' ? '<stdin>' : undefined);
        if (!row.alone) {
          // The clean Dockerfile beside it was linted all the same.
          const report = JSON.parse(r.stdout);
          expect(report.targets.map((t: { file: string }) => t.file)).toContain(clean);
        }
      }, 180_000);
    }
  });
}

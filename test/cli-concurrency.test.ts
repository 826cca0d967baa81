/**
 * --concurrency: worker threads lint a share of many Dockerfiles (src/linter/parallel.ts), and the report is the
 * one a single thread makes: the same targets in the same order, findings, estimates, per-target thresholds
 * (exit codes), and the same input errors in the same order. Runs the built CLI (the workers run its bundle) and
 * the built ES module worker entry; the sources (vitest) lint on one thread.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, lines, ROOT } from './helpers/cli.js';
import { Linter } from '../src/linter/index.js';
import { lintTogether } from '../src/linter/parallel.js';
import { ContextCache } from '../src/dockerfile/context.js';
import type { Report, TargetReport } from '../src/report/types.js';

const DIGEST = '@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc';
const APP_PY = 'def handler(event, context):\n    return {"ok": True}\n';
const KINDS = [
  // Clean.
  `FROM public.ecr.aws/lambda/python:3.12${DIGEST}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
  // A warning (no digest).
  'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
  // An error (latest) and a cache left behind.
  'FROM public.ecr.aws/lambda/python:latest\nRUN pip install requests\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
  // Not a Lambda image; a script that needs the shell grammar.
  "FROM node:20-slim\nRUN if [ -f x ]; then echo $(( 1 + 2 )); fi\nCMD ['node', 'server.js']\n",
  // A handler module that is not copied.
  'FROM public.ecr.aws/lambda/nodejs:20\nCOPY index.js ./\nCMD ["main.handler"]\n',
];

let tmp = '';
let inputs: string[] = [];

function write(rel: string, body: string | Buffer): string {
  const path = join(tmp, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
  return rel;
}

beforeAll(() => {
  assertBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'lli-concurrency-'));
  // Leaves out what is under skip/ (the CLI drops excluded inputs before linting).
  write('.lint-lambda-image.yaml', "exclude: ['skip/**']\n");
  for (let i = 0; i < 44; i++) {
    const dir = `svc${String(i).padStart(2, '0')}`;
    write(`${dir}/app.py`, APP_PY);
    inputs.push(write(`${dir}/Dockerfile`, KINDS[i % KINDS.length]));
  }
  // A folder whose configuration is not valid: that input's one error line.
  write('svc05/.lint-lambda-image.yaml', 'failure-threshold: sometimes\n');
  // A folder whose threshold is warning: its warning fails the run on its own.
  write('svc11/.lint-lambda-image.yaml', 'failure-threshold: warning\n');
  // Unreadable inputs: binary data, a folder, a missing file; and one excluded.
  inputs.splice(7, 0, write('bin/Dockerfile', Buffer.from([0x46, 0x52, 0x00, 0x4d])));
  inputs.splice(20, 0, 'svc03');
  inputs.splice(30, 0, 'missing/Dockerfile');
  inputs.splice(12, 0, write('skip/Dockerfile', KINDS[2]));
  const locked = write('locked/Dockerfile', KINDS[1]);
  chmodSync(join(tmp, locked), 0o000);
  inputs.splice(25, 0, locked);
  // A deploy configuration among them: linted on the main thread, in its place.
  inputs.splice(35, 0, join(ROOT, 'fixtures', 'deploy', 'sam', 'template.yaml'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const run = (args: string[]) => cli(['--no-color', '--now', '2026-11-27', ...args, ...inputs], { cwd: tmp });

describe('--concurrency', () => {
  it('makes the same report with 2 threads as with one: JSON, stylish, errors and exit code', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(40);
    for (const format of ['json', 'stylish']) {
      const off = run(['-f', format, '--concurrency', 'off']);
      const two = run(['-f', format, '--concurrency', '2']);
      const auto = run(['-f', format]);
      expect(off.status).toBe(2);
      expect(off.stderr).toMatch(/svc05\/\.lint-lambda-image\.yaml/);
      expect(off.stderr).toMatch(/missing\/Dockerfile: no such file/);
      expect(off.stderr).not.toMatch(/skip\/Dockerfile|\n\s+at /);
      for (const other of [two, auto]) {
        expect(other.status).toBe(off.status);
        expect(other.stderr).toBe(off.stderr);
        expect(other.stdout).toBe(off.stdout);
      }
      if (format === 'json') expect(JSON.parse(two.stdout).targets.length).toBeGreaterThan(40);
    }
  });

  it('keeps each target its threshold (exit code 1 from a folder whose threshold is warning)', () => {
    // Clean files and files with a warning only (KINDS 0 and 1), but for svc05 (a bad configuration) and svc11.
    const files = Array.from({ length: 44 }, (_, i) => i)
      .filter((i) => i % KINDS.length < 2 && i !== 5 && i !== 11)
      .map((i) => `svc${String(i).padStart(2, '0')}/Dockerfile`);
    const args = ['--no-color', '-f', 'json', '--now', '2026-11-27'];
    expect(cli([...args, '--concurrency', '2', ...files], { cwd: tmp }).status).toBe(0);
    for (const c of ['off', '2']) expect(cli([...args, '--concurrency', c, ...files, 'svc11/Dockerfile'], { cwd: tmp }).status).toBe(1);
  });

  it('--concurrency takes a number of threads, auto or off: anything else is one usage line, exit 2', () => {
    for (const bad of ['0', 'x', '-1', '1.5', '']) {
      const r = cli(['--concurrency', bad, 'Dockerfile'], { cwd: tmp });
      expect(r.status, bad).toBe(2);
      expect(lines(r.stderr), bad).toHaveLength(1);
      expect(r.stderr).toMatch(/--concurrency/);
      expect(r.stdout).toBe('');
    }
  });

  it('the Linter refuses a concurrency that is not a number of threads, auto or off', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, 'some']) expect(() => new Linter({ concurrency: bad as never })).toThrow(/concurrency/);
    for (const good of [1, 4, 'auto', 'off'] as const) expect(() => new Linter({ concurrency: good })).not.toThrow();
  });

  it('lints on one thread from the sources (no built worker entry beside them): the same report', async () => {
    const linter = new Linter({ cwd: tmp, concurrency: 4, now: new Date('2026-11-27') });
    const off = new Linter({ cwd: tmp, concurrency: 'off', now: new Date('2026-11-27') });
    expect(await linter.lintFiles(inputs)).toEqual(await off.lintFiles(inputs));
  });
});

/** Runs a built worker entry on some inputs as the main thread would, and collects what it sends. */
function runWorker(file: string, argv: string[], paths: string[]): Promise<{ parts: { k: number; targets: unknown[]; errors: unknown[]; handBack?: boolean }[]; done: unknown }> {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(file, { argv, workerData: { key: 'lint-lambda-image/lint-worker', linterOptions: { cwd: tmp, concurrency: 'off', now: new Date('2026-11-27') }, paths, state: state.buffer, slot: 1 }, env: {} });
  const parts: { k: number; targets: unknown[]; errors: unknown[] }[] = [];
  return new Promise((resolve, reject) => {
    worker.on('message', (m) => {
      if (!m.done) return parts.push(m);
      void worker.terminate();
      resolve({ parts, done: m });
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve({ parts, done: undefined }));
  });
}

describe('the built worker entries', () => {
  const paths = () => ['svc00/Dockerfile', 'svc02/Dockerfile', 'missing/Dockerfile', join(ROOT, 'fixtures', 'deploy', 'sam', 'template.yaml')];
  for (const [name, file, argv] of [
    ['the CommonJS CLI (bin/ with its code cache)', join(ROOT, 'bin', 'lint-lambda-image.js'), ['--lint-lambda-image-worker-thread']],
    ['the ES module build (dist/chunks/lint-worker.js)', join(ROOT, 'dist', 'chunks', 'lint-worker.js'), []],
  ] as const) {
    it(`${name} lints every input it takes and hands back what is not a Dockerfile file`, async () => {
      const { parts, done } = await runWorker(file, [...argv], paths());
      expect(done).toEqual({ done: true });
      expect(parts.map((p) => p.k)).toEqual([0, 1, 2, 3]);
      expect(parts[0].targets).toHaveLength(1);
      expect(parts[1].targets).toMatchObject([{ target: { file: 'svc02/Dockerfile', kind: 'dockerfile' }, threshold: 'error' }]);
      expect(parts[2]).toMatchObject({ targets: [], errors: [{ entry: { file: 'missing/Dockerfile', message: 'no such file or directory' } }] });
      expect(parts[3]).toMatchObject({ handBack: true });
    });
  }
});

describe('lintTogether (the main thread with built workers)', () => {
  const NOW = new Date('2026-11-27');
  const ESM_WORKER = { file: join(ROOT, 'dist', 'chunks', 'lint-worker.js'), argv: [] };

  /**
   * lintFiles' report put together from lintTogether's parts; this thread waits 40 ms per input (a loaded machine lints slowly), so workers take
   * most. With `awaitWorker`, it first waits for a worker's first part (on a loaded machine a thread takes a second or
   * more to start, and this thread would have taken every input by then).
   */
  async function together(entry: { file: string; argv: string[] }, workers = 1, awaitWorker = false) {
    const linter = new Linter({ cwd: tmp, concurrency: 'off', now: NOW });
    const contexts = new ContextCache();
    const thresholds = new Map<TargetReport, string>();
    const here = async (i: number) => {
      for (const until = Date.now() + 30_000; awaitWorker && thresholds.size === 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 40));
      return (await linter.lintInput(inputs[i], {}, contexts))!;
    };
    const shared = inputs.map((_, i) => i).filter((i) => !inputs[i].endsWith('.yaml'));
    const parts = await lintTogether({ paths: inputs, shared, workers, linterOptions: { cwd: tmp, concurrency: 'off', now: NOW }, lintHere: here, adopt: (t, th) => thresholds.set(t, th), entry });
    expect(parts).toBeDefined();
    const report: Report = { targets: [], errors: [] };
    for (let i = 0; i < inputs.length; i++) {
      const part = parts![i] ?? (await linter.lintInput(inputs[i], {}, contexts))!;
      report.targets.push(...part.targets);
      report.errors.push(...part.errors);
    }
    return { report, fromWorkers: thresholds.size, threshold: (t: TargetReport) => thresholds.get(t) ?? linter.thresholdOf(t) };
  }

  it('puts the parts of this thread and the workers together in the inputs\' order, thresholds kept', async () => {
    const alone = new Linter({ cwd: tmp, concurrency: 'off', now: NOW });
    const expected = await alone.lintFiles(inputs);
    for (const workers of [1, 2]) {
      const { report, fromWorkers, threshold } = await together(ESM_WORKER, workers, true);
      expect(fromWorkers).toBeGreaterThan(10);
      expect(report).toEqual(expected);
      expect(report.targets.map(threshold)).toEqual(expected.targets.map((t) => alone.thresholdOf(t)));
      expect(report.targets.map(threshold)).toContain('warning');
    }
  });

  it('loses no input when a worker fails to start or stops half-way: this thread lints its share', async () => {
    const expected = await new Linter({ cwd: tmp, concurrency: 'off', now: NOW }).lintFiles(inputs);
    const broken = write('broken-worker.mjs', 'throw new Error("cannot start");\n');
    // Takes two inputs, sends nothing and stops.
    const quits = write('quitting-worker.mjs', "import { workerData } from 'node:worker_threads';\nconst s = new Int32Array(workerData.state);\nAtomics.store(s, workerData.slot, 1);\nAtomics.add(s, 0, 2);\nprocess.exit(3);\n");
    for (const file of [broken, quits]) {
      const { report, fromWorkers } = await together({ file: join(tmp, file), argv: [] });
      expect(fromWorkers).toBe(0);
      expect(report).toEqual(expected);
    }
  });
});

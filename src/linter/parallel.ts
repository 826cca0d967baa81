/**
 * Lints the Dockerfiles of one run on this thread and worker threads together (the Linter's `concurrency`).
 * Every thread takes the next input from one shared counter (Atomics), so a slow file holds up no one; each
 * input's part of the report (targets, their thresholds, errors) is kept at its index, and the report is put
 * together in the inputs' order: the same report as one thread makes. A worker runs the same bundle as this
 * thread: the CommonJS CLI through bin/lint-lambda-image.js (its V8 code cache), the ES module build its
 * dist/chunks/lint-worker.js entry. Loaded only for a run that starts workers.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Threshold } from '../core/types.js';
import { attachStack } from '../core/unexpected.js';
import type { Report, TargetReport } from '../report/types.js';
import { WORKER_ARG, WORKER_KEY, type DoneMessage, type PartMessage, type WorkerData } from './worker-protocol.js';

/** Which bundle this code runs in (scripts/build.mjs defines it); undefined: the TypeScript sources. */
declare const LLI_BUNDLE: 'cjs' | 'esm' | undefined;

export interface SharedRun {
  paths: readonly string[];
  /** Indices of the inputs any thread may take (Dockerfile-like files), in order. */
  shared: readonly number[];
  workers: number;
  linterOptions: object;
  contextDir?: string | null;
  /** Lints input i on this thread. */
  lintHere: (i: number) => Promise<Report>;
  /** Keeps the threshold of a target a worker linted. */
  adopt: (target: TargetReport, threshold: Threshold) => void;
  /** The file a worker runs (default: workerEntry(), the bundle's own; tests give the built one). */
  entry?: { file: string; argv: string[] };
}

/**
 * The file a worker thread runs: the bundle's own entry, found next to this code. Undefined in the sources
 * (vitest runs TypeScript: lintFiles lints on one thread there) or in a bundle without workers (the Action).
 */
export function workerEntry(): { file: string; argv: string[] } | undefined {
  const bundle = typeof LLI_BUNDLE === 'undefined' ? undefined : LLI_BUNDLE;
  // The CommonJS bundle is dist/cli.cjs; the ES module build's code of this file is in dist/chunks/.
  const file = bundle === 'cjs' ? fileURLToPath(new URL('../bin/lint-lambda-image.js', import.meta.url)) : bundle === 'esm' ? fileURLToPath(new URL('./lint-worker.js', import.meta.url)) : undefined;
  return file && existsSync(file) ? { file, argv: bundle === 'cjs' ? [WORKER_ARG] : [] } : undefined;
}

/**
 * Each input's part of the report (undefined: not linted, for the caller to lint here), or undefined when no
 * worker could start. Inputs that are not shared are linted here first, in order, while the workers start.
 */
export async function lintTogether(run: SharedRun): Promise<(Report | undefined)[] | undefined> {
  const entry = run.entry ?? workerEntry();
  if (!entry) return undefined;
  // [0]: the next shared index; [1 + w]: worker w's state (0 not started, 1 taking inputs, 2 not wanted).
  const state = new Int32Array(new SharedArrayBuffer(4 * (1 + run.workers)));
  const parts: (Report | undefined)[] = new Array(run.paths.length);
  const workers: { finished: Promise<void>; stop: () => void }[] = [];
  for (let w = 0; w < run.workers; w++) {
    const data: WorkerData = { key: WORKER_KEY, linterOptions: run.linterOptions as Record<string, unknown>, contextDir: run.contextDir, paths: run.shared.map((i) => run.paths[i]), state: state.buffer as SharedArrayBuffer, slot: 1 + w };
    let worker: Worker;
    try {
      worker = new Worker(entry.file, { argv: entry.argv, workerData: data, stdout: true, stderr: true });
    } catch {
      // Options that cannot be sent to a thread (a configuration object holding code): this thread lints alone.
      if (w === 0) return undefined;
      break;
    }
    workers.push(collect(worker, run, parts));
  }
  const sharedSet = new Set(run.shared);
  for (let i = 0; i < run.paths.length; i++) if (!sharedSet.has(i)) parts[i] = await run.lintHere(i);
  for (let k = Atomics.add(state, 0, 1); k < run.shared.length; k = Atomics.add(state, 0, 1)) parts[run.shared[k]] = await run.lintHere(run.shared[k]);
  // A worker still starting is not waited for; one that took an input sends it (its last, at most, is under way).
  workers.forEach(({ stop }, w) => {
    if (Atomics.compareExchange(state, 1 + w, 0, 2) === 0) stop();
  });
  await Promise.all(workers.map((x) => x.finished));
  // The inputs of a worker that failed, and any that is no Dockerfile file, are linted here by the caller.
  return parts;
}

/** Keeps a worker's parts as they come; `finished` when it is done, has failed or is stopped. */
function collect(worker: Worker, run: SharedRun, parts: (Report | undefined)[]): { finished: Promise<void>; stop: () => void } {
  // What a worker prints (a Node warning) is not the report's: it is dropped.
  worker.stdout.resume();
  worker.stderr.resume();
  let end = () => {};
  const finished = new Promise<void>((resolve) => {
    end = () => {
      worker.removeAllListeners();
      worker.on('error', () => {});
      worker.unref();
      void worker.terminate();
      resolve();
    };
    worker.on('message', (m: PartMessage | DoneMessage) => {
      if ('done' in m) return end();
      if (m.handBack) return;
      for (const { target, threshold } of m.targets) run.adopt(target, threshold);
      const errors = m.errors.map(({ entry, stack }) => (stack ? attachStack(entry, Object.assign(new Error(entry.message), { stack })) : entry));
      parts[run.shared[m.k]] = { targets: m.targets.map((t) => t.target), errors };
    });
    worker.once('error', end);
    worker.once('exit', end);
  });
  return { finished, stop: () => end() };
}

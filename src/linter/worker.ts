/**
 * A lint worker thread: takes the next shared input (an Atomics counter the main thread also takes from), lints
 * it with a Linter of the same options, and posts its part of the report. Loaded only in a worker: by the ES
 * module build as its own entry (dist/chunks/lint-worker.js), by the CommonJS CLI through src/cli/main.ts.
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { stackOf } from '../core/unexpected.js';
import { ContextCache } from '../dockerfile/context.js';
import { Linter, type LinterOptions } from './index.js';
import { WORKER_KEY, type DoneMessage, type PartMessage, type WorkerData } from './worker-protocol.js';

let serving = false;

/** Starts serving when this thread is a lint worker (true); false on the main thread or any other worker. */
export function serveWorker(): boolean {
  if (serving) return true;
  const data = workerData as WorkerData | undefined;
  if (isMainThread || !parentPort || data?.key !== WORKER_KEY) return false;
  serving = true;
  const port = parentPort;
  serve(data, port).catch((e: unknown) => {
    port.postMessage({ done: true, failed: String((e as Error)?.message ?? e) } satisfies DoneMessage);
  });
  return true;
}

async function serve(data: WorkerData, port: MessagePort): Promise<void> {
  const linter = new Linter(data.linterOptions as LinterOptions);
  const contexts = new ContextCache();
  const state = new Int32Array(data.state);
  const options = { contextDir: data.contextDir };
  // The main thread may have taken every input while this thread started: then it is not waited for.
  if (Atomics.compareExchange(state, data.slot, 0, 1) !== 0) return;
  for (let k = Atomics.add(state, 0, 1); k < data.paths.length; k = Atomics.add(state, 0, 1)) {
    const part = await linter.lintInput(data.paths[k], options, contexts, true);
    const message: PartMessage = part
      ? { k, targets: part.targets.map((target) => ({ target, threshold: linter.thresholdOf(target) })), errors: part.errors.map((entry) => ({ entry, stack: stackOf(entry) })) }
      : { k, handBack: true, targets: [], errors: [] };
    port.postMessage(message);
  }
  port.postMessage({ done: true } satisfies DoneMessage);
}

serveWorker();

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  WORKER_ARG,
  WORKER_KEY
} from "./chunk-HL6MSSL4.js";
import {
  attachStack
} from "./chunk-UWHL6UHF.js";
import "./chunk-AUYTHOBX.js";
import "./chunk-7KY5IGMZ.js";

// src/linter/parallel.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function workerEntry() {
  const bundle = false ? void 0 : "esm";
  const file = bundle === "cjs" ? fileURLToPath(new URL("../bin/lint-lambda-image.js", import.meta.url)) : bundle === "esm" ? fileURLToPath(new URL("./lint-worker.js", import.meta.url)) : void 0;
  return file && existsSync(file) ? { file, argv: bundle === "cjs" ? [WORKER_ARG] : [] } : void 0;
}
async function lintTogether(run) {
  const entry = run.entry ?? workerEntry();
  if (!entry) return void 0;
  const state = new Int32Array(new SharedArrayBuffer(4 * (1 + run.workers)));
  const parts = new Array(run.paths.length);
  const workers = [];
  for (let w = 0; w < run.workers; w++) {
    const data = { key: WORKER_KEY, linterOptions: run.linterOptions, contextDir: run.contextDir, paths: run.shared.map((i) => run.paths[i]), state: state.buffer, slot: 1 + w };
    let worker;
    try {
      worker = new Worker(entry.file, { argv: entry.argv, workerData: data, stdout: true, stderr: true });
    } catch {
      if (w === 0) return void 0;
      break;
    }
    workers.push(collect(worker, run, parts));
  }
  const sharedSet = new Set(run.shared);
  for (let i = 0; i < run.paths.length; i++) if (!sharedSet.has(i)) parts[i] = await run.lintHere(i);
  for (let k = Atomics.add(state, 0, 1); k < run.shared.length; k = Atomics.add(state, 0, 1)) parts[run.shared[k]] = await run.lintHere(run.shared[k]);
  workers.forEach(({ stop }, w) => {
    if (Atomics.compareExchange(state, 1 + w, 0, 2) === 0) stop();
  });
  await Promise.all(workers.map((x) => x.finished));
  return parts;
}
function collect(worker, run, parts) {
  worker.stdout.resume();
  worker.stderr.resume();
  let end = () => {
  };
  const finished = new Promise((resolve) => {
    end = () => {
      worker.removeAllListeners();
      worker.on("error", () => {
      });
      worker.unref();
      void worker.terminate();
      resolve();
    };
    worker.on("message", (m) => {
      if ("done" in m) return end();
      if (m.handBack) return;
      for (const { target, threshold } of m.targets) run.adopt(target, threshold);
      const errors = m.errors.map(({ entry, stack }) => stack ? attachStack(entry, Object.assign(new Error(entry.message), { stack })) : entry);
      parts[run.shared[m.k]] = { targets: m.targets.map((t) => t.target), errors };
    });
    worker.once("error", end);
    worker.once("exit", end);
  });
  return { finished, stop: () => end() };
}
export {
  lintTogether,
  workerEntry
};

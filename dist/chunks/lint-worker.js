import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  Linter
} from "./chunk-ZUDB2XXC.js";
import "./chunk-D775ZDKU.js";
import {
  ContextCache
} from "./chunk-435VUIJB.js";
import "./chunk-OOC7D3CD.js";
import "./chunk-VXECP6A4.js";
import "./chunk-GE4CN7KY.js";
import "./chunk-WXDG642Z.js";
import {
  WORKER_KEY
} from "./chunk-HL6MSSL4.js";
import {
  stackOf
} from "./chunk-UWHL6UHF.js";
import "./chunk-AUYTHOBX.js";
import "./chunk-7KY5IGMZ.js";

// src/linter/worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
var serving = false;
function serveWorker() {
  if (serving) return true;
  const data = workerData;
  if (isMainThread || !parentPort || data?.key !== WORKER_KEY) return false;
  serving = true;
  const port = parentPort;
  serve(data, port).catch((e) => {
    port.postMessage({ done: true, failed: String(e?.message ?? e) });
  });
  return true;
}
async function serve(data, port) {
  const linter = new Linter(data.linterOptions);
  const contexts = new ContextCache();
  const state = new Int32Array(data.state);
  const options = { contextDir: data.contextDir };
  if (Atomics.compareExchange(state, data.slot, 0, 1) !== 0) return;
  for (let k = Atomics.add(state, 0, 1); k < data.paths.length; k = Atomics.add(state, 0, 1)) {
    const part = await linter.lintInput(data.paths[k], options, contexts, true);
    const message = part ? { k, targets: part.targets.map((target) => ({ target, threshold: linter.thresholdOf(target) })), errors: part.errors.map((entry) => ({ entry, stack: stackOf(entry) })) } : { k, handBack: true, targets: [], errors: [] };
    port.postMessage(message);
  }
  port.postMessage({ done: true });
}
serveWorker();
export {
  serveWorker
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/linter/worker-protocol.ts
var WORKER_ARG = "--lint-lambda-image-worker-thread";
var WORKER_KEY = "lint-lambda-image/lint-worker";

export {
  WORKER_ARG,
  WORKER_KEY
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  LimitError
} from "./chunk-AUYTHOBX.js";

// src/core/unexpected.ts
function unexpectedProblem(e, env) {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err instanceof LimitError) return err.message;
  const message = String(err.message).split("\n")[0];
  if (err instanceof RangeError && /call stack/i.test(message)) return "is nested too deeply to analyse (limit: the JavaScript call stack); not linted";
  if (err instanceof RangeError && /(array length|string length|allocation)/i.test(message)) return `is too large to analyse (${message}); not linted`;
  if (env.LINT_LAMBDA_IMAGE_DEBUG) return `internal error: ${message}`;
  return `internal error: ${message} (set LINT_LAMBDA_IMAGE_DEBUG=1 for details)`;
}
var STACK = /* @__PURE__ */ Symbol.for("lint-lambda-image.stack");
function attachStack(entry, e) {
  const stack = e instanceof Error ? e.stack : void 0;
  if (stack) Object.defineProperty(entry, STACK, { value: stack, enumerable: false });
  return entry;
}
function stackOf(entry) {
  return entry[STACK];
}

export {
  unexpectedProblem,
  attachStack,
  stackOf
};

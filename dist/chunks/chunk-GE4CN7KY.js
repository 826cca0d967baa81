import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/core/stat-memo.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
var memo;
var depth = 0;
async function withStatMemo(fn) {
  if (depth++ === 0) memo = /* @__PURE__ */ new Map();
  try {
    return await fn();
  } finally {
    if (--depth === 0) memo = void 0;
  }
}
function statInput(path) {
  if (!memo) return statSync(path);
  const key = resolve(path);
  let st = memo.get(key);
  if (st === void 0) {
    st = statSync(path);
    memo.set(key, st);
  }
  return st;
}
function statInputIfAny(path) {
  if (!memo) return statSync(path, { throwIfNoEntry: false });
  const key = resolve(path);
  let st = memo.get(key);
  if (st === void 0) {
    st = statSync(path, { throwIfNoEntry: false });
    if (st) memo.set(key, st);
  }
  return st;
}

export {
  withStatMemo,
  statInput,
  statInputIfAny
};

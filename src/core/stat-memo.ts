/**
 * One stat per input for a CLI run. The steps that look at an input ask the file system the same question: is it
 * a folder to search, a deploy configuration, which configuration applies, can it be read. Within a run
 * (withStatMemo, which the CLI opens around its work) a successful answer is kept by absolute path; outside one
 * (the API, an editor's long-lived process) every call asks, so that nothing is ever stale there.
 */
import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';

let memo: Map<string, Stats> | undefined;
let depth = 0;

/** Runs `fn` with the stat memo open (nested runs share it). */
export async function withStatMemo<T>(fn: () => Promise<T>): Promise<T> {
  if (depth++ === 0) memo = new Map();
  try {
    return await fn();
  } finally {
    if (--depth === 0) memo = undefined;
  }
}

/** statSync(path), throwing as it does (a failure is never kept). */
export function statInput(path: string): Stats {
  if (!memo) return statSync(path);
  const key = resolve(path);
  let st = memo.get(key);
  if (st === undefined) {
    st = statSync(path);
    memo.set(key, st);
  }
  return st;
}

/** statSync(path, { throwIfNoEntry: false }): undefined when nothing is there. */
export function statInputIfAny(path: string): Stats | undefined {
  if (!memo) return statSync(path, { throwIfNoEntry: false });
  const key = resolve(path);
  let st = memo.get(key);
  if (st === undefined) {
    st = statSync(path, { throwIfNoEntry: false });
    if (st) memo.set(key, st);
  }
  return st;
}

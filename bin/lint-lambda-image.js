#!/usr/bin/env node
// This file is CommonJS (bin/package.json): an ES module entry costs every run the ES module loader's start-up.
'use strict';
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const v8 = require('node:v8');
const { Script } = require('node:vm');
const { isAscii } = require('node:buffer');

// A short-lived CLI gains nothing from V8's optimising WebAssembly tier, and the process would wait at
// exit for its background compilation of the shell grammar (~0.5 s); the baseline compiler is enough.
v8.setFlagsFromString('--liftoff-only');

/**
 * A cache file is this header, what the run that wrote it linted (JSON: how many inputs, of which kinds) and a
 * newline, then V8's data. V8 keeps the bytecode of the functions compiled by then, and a function a run never
 * called is compiled again from source by every later run: a cache written by a run over one Dockerfile lacks a
 * quarter of what a run over many compiles (the other base images, handlers, stages), and one written by Dockerfile
 * runs lacks the image reader. So a run over inputs of a kind the cache has not seen, or over at least 8 and twice as
 * many inputs as it (up to 64), writes it again: a few writes in a cache's life.
 */
const CACHE_HEADER = 'lint-lambda-image code cache 1 ';

// The CLI is one CommonJS bundle (dist/cli.cjs) compiled with a V8 code cache: compiling the bundle's source was the
// largest part of start-up, and ES modules have no code cache on Node 20. The cache is made by the first run and
// kept per user (XDG_CACHE_HOME or ~/.cache, in a folder only the user can write), per Node version and bundle;
// V8 checks it (its version, flags and the source) and compiles as usual when it does not fit.
// LINT_LAMBDA_IMAGE_CODE_CACHE=0 turns it off. Without the CommonJS bundle, the ES module build runs instead.
const file = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(file)) {
  import('../dist/cli.js');
} else {
  const cacheFile = codeCacheFile(file);
  let cache;
  try {
    if (cacheFile) cache = parseCodeCache(readFileSync(cacheFile));
  } catch {
    cache = undefined;
  }
  const cachedData = cache?.data;
  // The build writes the bundle in ASCII, which reads as a one-byte string with no UTF-8 decoding (that took
  // longer than the rest of the read); any other bundle is decoded as UTF-8.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  if (cacheFile) {
    // After the run, so that the functions a lint compiles are in the cache too.
    process.once('beforeExit', () => {
      // Only a run that linted something has compiled the lint path (see codeCacheHint in src/cli/main.ts).
      const hint = module.exports.codeCacheHint;
      if (hint && !hint.linted) return;
      if (cachedData !== undefined && !script.cachedDataRejected && !coversMore(hint, cache.meta)) return;
      try {
        mkdirSync(join(cacheFile, '..'), { recursive: true, mode: 0o700 });
        // Written aside and renamed: a parallel run (pre-commit runs several) never reads half a file.
        const tmp = `${cacheFile}.${process.pid}`;
        const meta = { inputs: hint?.inputs ?? 0, kinds: hint?.kinds ?? [] };
        writeFileSync(tmp, Buffer.concat([Buffer.from(`${CACHE_HEADER}${JSON.stringify(meta)}\n`), script.createCachedData()]), { mode: 0o600 });
        renameSync(tmp, cacheFile);
        pruneCodeCaches(cacheFile);
      } catch {
        // A cache is an optimisation: a read-only home changes nothing.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, join(file, '..'));
}


/** The header's facts and V8's data of a cache file, or undefined when it is not one (written by an older build). */
function parseCodeCache(bytes) {
  if (bytes.length <= CACHE_HEADER.length || bytes.toString('latin1', 0, CACHE_HEADER.length) !== CACHE_HEADER) return undefined;
  const nl = bytes.indexOf(10, CACHE_HEADER.length);
  if (nl === -1 || nl - CACHE_HEADER.length > 4096) return undefined;
  try {
    const meta = JSON.parse(bytes.toString('utf8', CACHE_HEADER.length, nl));
    if (!Number.isInteger(meta?.inputs) || !Array.isArray(meta?.kinds)) return undefined;
    return { meta, data: bytes.subarray(nl + 1) };
  } catch {
    return undefined;
  }
}

/** Whether this run compiled code the cache's run did not (see CACHE_HEADER). */
function coversMore(hint, meta) {
  if (!hint || !meta) return false;
  if (hint.kinds.some((k) => !meta.kinds.includes(k))) return true;
  return meta.inputs < 64 && hint.inputs >= 8 && hint.inputs >= 2 * meta.inputs;
}

/** The cache file for this bundle and Node, or undefined (turned off, no home, or a folder others can write). */
function codeCacheFile(bundle) {
  if (process.env.LINT_LAMBDA_IMAGE_CODE_CACHE === '0') return undefined;
  try {
    const base = process.env.XDG_CACHE_HOME || join(require('node:os').homedir(), '.cache');
    const dir = join(base, 'lint-lambda-image');
    const st = statSync(dir, { throwIfNoEntry: false });
    // Never read bytecode from a folder another user could have written.
    if (st && (!st.isDirectory() || (typeof process.getuid === 'function' && st.uid !== process.getuid()) || (st.mode & 0o022) !== 0)) return undefined;
    const b = statSync(bundle);
    return join(dir, `cli-${process.version}-${process.arch}-${b.size}-${Math.trunc(b.mtimeMs)}.cache`);
  } catch {
    return undefined;
  }
}

/**
 * Each build and Node version has its own cache file (about 1 MB): when a new one is written, those of other
 * builds that no run has used for a week go, and at most 8 are kept, so that upgrades do not pile up files.
 */
function pruneCodeCaches(current) {
  const dir = join(current, '..');
  const week = 7 * 24 * 3600 * 1000;
  const others = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === current || !/^cli-.*\.cache(\.\d+)?$/.test(name)) continue;
    const st = statSync(path, { throwIfNoEntry: false });
    if (st) others.push({ path, used: Math.max(st.atimeMs, st.mtimeMs), partial: !name.endsWith('.cache') });
  }
  others.sort((a, b) => b.used - a.used);
  const now = Date.now();
  let kept = 0;
  for (const f of others) {
    // A file being written by a parallel run (name.cache.<pid>) goes only when it is a week old.
    const keep = now - f.used <= week && (f.partial || kept++ < 7);
    if (!keep) {
      try {
        unlinkSync(f.path);
      } catch {
        // Another run may have removed it first.
      }
    }
  }
}

#!/usr/bin/env node
// This file is CommonJS (bin/package.json): an ES module entry costs every run the ES module loader's start-up.
'use strict';
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const v8 = require('node:v8');
const { Script } = require('node:vm');
const { isAscii } = require('node:buffer');

/** Inputs from which a run reads the many-inputs code cache (where the two caches cost the same, measured). */
const MANY_INPUTS = 5;
/** Flags that take a value (the next argument when not written `--flag=value`), as src/cli/main.ts declares them. */
const VALUE_FLAGS = new Set(['--format', '-f', '--failure-threshold', '-t', '--ignore', '--build-arg', '--target', '--image', '--platform', '--dockerfile', '--context', '--config', '-c', '--print-config', '--stdin-filename', '--now', '--concurrency']);

// A short-lived CLI gains nothing from V8's optimising WebAssembly tier, and the process would wait at
// exit for its background compilation of the shell grammar (~0.5 s); the baseline compiler is enough.
v8.setFlagsFromString('--liftoff-only');

// The CLI is one CommonJS bundle (dist/cli.cjs) compiled with a V8 code cache: compiling the bundle's source was the
// largest part of start-up, and ES modules have no code cache on Node 20. The cache is made by the first run and
// kept per user (XDG_CACHE_HOME or ~/.cache, in a folder only the user can write), per Node version and bundle;
// V8 checks it (its version, flags and the source) and compiles as usual when it does not fit.
// A run over several inputs has a cache of its own, made by such a run: it also holds the code that one file does
// not reach (other rules' paths, other instructions), which V8 would otherwise compile in every such run, but it is
// larger, and reading it would slow the one-file runs of an editor or a hook (measured on the benchmark's files:
// one file +12 ms with it, 200 files -24 ms; even at 5 files).
// LINT_LAMBDA_IMAGE_CODE_CACHE=0 turns it off. Without the CommonJS bundle, the ES module build runs instead.
const file = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(file)) {
  import('../dist/cli.js');
} else {
  const many = runsMany(process.argv.slice(2));
  const cacheFile = codeCacheFile(file, many);
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The build writes the bundle in ASCII, which reads as a one-byte string with no UTF-8 decoding (that took
  // longer than the rest of the read); any other bundle is decoded as UTF-8.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
    // After the run, so that the functions a lint compiles are in the cache too.
    process.once('beforeExit', () => {
      // Only a run that linted something has compiled the lint path (see codeCacheHint in src/cli/main.ts), and
      // the many-inputs cache is made by a run that linted several.
      const hint = module.exports.codeCacheHint;
      if (hint && hint.linted < (many ? MANY_INPUTS : 1)) return;
      try {
        mkdirSync(join(cacheFile, '..'), { recursive: true, mode: 0o700 });
        // Written aside and renamed: a parallel run (pre-commit runs several) never reads half a file.
        const tmp = `${cacheFile}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
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

/**
 * Whether this run lints several inputs: five named or more, a folder or a glob to search, or a lint worker
 * thread (started for long runs only). Told from the arguments before the bundle loads, so a guess: an
 * unusual command line only costs a few milliseconds.
 */
function runsMany(args) {
  if (args.includes('--lint-lambda-image-worker-thread')) return true;
  const named = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      named.push(...args.slice(i + 1));
      break;
    }
    if (VALUE_FLAGS.has(a)) i++;
    else if (!a.startsWith('-')) named.push(a);
  }
  if (named.length >= MANY_INPUTS) return true;
  return named.some((a) => /[*?[{]/.test(a) || isFolder(a));
}

function isFolder(path) {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/**
 * The cache file for this bundle and Node (and for a run over many inputs, or not), or undefined (turned off, no
 * home, or a folder others can write).
 */
function codeCacheFile(bundle, many) {
  if (process.env.LINT_LAMBDA_IMAGE_CODE_CACHE === '0') return undefined;
  try {
    const base = process.env.XDG_CACHE_HOME || join(require('node:os').homedir(), '.cache');
    const dir = join(base, 'lint-lambda-image');
    const st = statSync(dir, { throwIfNoEntry: false });
    // Never read bytecode from a folder another user could have written.
    if (st && (!st.isDirectory() || (typeof process.getuid === 'function' && st.uid !== process.getuid()) || (st.mode & 0o022) !== 0)) return undefined;
    const b = statSync(bundle);
    return join(dir, `cli-${process.version}-${process.arch}-${b.size}-${Math.trunc(b.mtimeMs)}${many ? '-many' : ''}.cache`);
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

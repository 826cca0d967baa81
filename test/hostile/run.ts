/**
 * Runs the built CLI (bin/ -> dist/) on hostile input, measuring what the limits are about: wall time and peak
 * resident memory (process.resourceUsage().maxRSS, written at exit by a preload, so no external tool is needed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, assertBuilt } from '../helpers/cli.js';

export interface Measured {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory, MB. */
  rssMB: number;
}

/** A preload that records the peak RSS at exit and, with NO_SOCKETS=1, makes every network entry point throw. */
const PRELOAD = `
const fs = require('node:fs');
// VmHWM (peak RSS of this program): ru_maxrss would carry the parent's peak over fork and exec on Linux.
const peakKB = () => { try { const m = /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8')); if (m) return Number(m[1]); } catch {} return process.resourceUsage().maxRSS; };
process.on('exit', () => { try { fs.writeFileSync(process.env.MEASURE_FILE, String(peakKB())); } catch {} });
if (process.env.NO_SOCKETS === '1') {
  const boom = (what) => function () { fs.appendFileSync(process.env.MEASURE_FILE + '.net', what + '\\n'); throw new Error('socket opened: ' + what); };
  const net = require('node:net');
  for (const k of ['connect', 'createConnection', 'createServer']) net[k] = boom('net.' + k);
  net.Socket.prototype.connect = boom('net.Socket.connect');
  const tls = require('node:tls');
  tls.connect = boom('tls.connect');
  const dns = require('node:dns');
  for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[k] = boom('dns.' + k);
  for (const m of ['node:http', 'node:https']) { const h = require(m); h.request = boom(m + '.request'); h.get = boom(m + '.get'); }
  const dgram = require('node:dgram');
  dgram.createSocket = boom('dgram.createSocket');
  if (typeof globalThis.fetch === 'function') globalThis.fetch = boom('fetch');
}
`;

let preloadDir: string | undefined;
function preload(): string {
  preloadDir ??= mkdtempSync(join(tmpdir(), 'lli-measure-'));
  const file = join(preloadDir, 'preload.cjs');
  writeFileSync(file, PRELOAD);
  return file;
}

function env(extra: Record<string, string>, measure: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra, MEASURE_FILE: measure };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'LINT_LAMBDA_IMAGE_DEBUG', 'VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID', 'TERM']) delete e[k];
  e.NODE_OPTIONS = `--require ${preload()}`;
  return e;
}

function rss(measure: string): number {
  try {
    return Math.round(Number(readFileSync(measure, 'utf8')) / 1024);
  } catch {
    return NaN;
  }
}

/** Runs the CLI to its end (time limit: `timeoutMs`, default 60 s). */
export function measureCli(args: string[], o: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Measured {
  assertBuilt();
  const measure = join(preloadDir ?? (preload(), preloadDir!), `m-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: o.cwd, env: env(o.env ?? {}, measure), input: o.input ?? '', encoding: 'utf8', timeout: o.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
  const ms = Math.round(performance.now() - t0);
  const out: Measured = { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, rssMB: rss(measure) };
  rmSync(measure, { force: true });
  return out;
}

/** Network calls the preload caught in the last run with NO_SOCKETS=1 (read before the next run). */
export function socketsOpened(args: string[], o: { input?: string | Buffer; cwd?: string } = {}): { result: Measured; calls: string[] } {
  const measure = join(preloadDir ?? (preload(), preloadDir!), `n-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: o.cwd, env: env({ NO_SOCKETS: '1' }, measure), input: o.input ?? '', encoding: 'utf8', timeout: 60_000 });
  let calls: string[] = [];
  try {
    calls = readFileSync(`${measure}.net`, 'utf8').split('\n').filter(Boolean);
  } catch {
    calls = [];
  }
  return { result: { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Math.round(performance.now() - t0), rssMB: rss(measure) }, calls };
}

/** Starts the CLI with a pipe on stdin (for signals mid-read); resolves when it exits. */
export function startCli(args: string[], o: { env?: Record<string, string> } = {}) {
  assertBuilt();
  const measure = join(preloadDir ?? (preload(), preloadDir!), `s-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const child = spawn(process.execPath, [BIN, ...args], { env: env(o.env ?? {}, measure), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  child.stdout.resume();
  child.stdin.on('error', () => undefined); // EPIPE once the child is gone
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((res) => child.on('exit', (status, signal) => res({ status, signal, stderr })));
  return { child, done };
}

/** The lines a run printed that look like a JavaScript stack trace. */
export function stackLines(s: string): string[] {
  return s.split('\n').filter((l) => /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$|node:internal|FATAL ERROR|Maximum call stack/.test(l));
}

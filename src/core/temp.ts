/**
 * Temporary folders (an image read from standard input or a `.gz` archive is spooled to one): removed with
 * everything in them on every way out: when the read ends, when it fails, at process exit, and on SIGINT,
 * SIGTERM or SIGHUP (the folder is removed, then the signal is raised again so the process ends as it would
 * have). A spooled image may hold the image's secrets: nothing is left behind.
 */
import { mkdtempSync, promises as fsp, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const live = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

function removeAllSync(): void {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      /* best effort at exit */
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAllSync();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeAllSync);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.off('exit', removeAllSync);
  for (const s of SIGNALS) process.off(s, onSignal);
}

/** A new private folder under `parent` (default the system temporary folder), removed by removeTempDir or at exit. */
export async function makeTempDir(prefix = 'lli-', parent?: string): Promise<string> {
  return makeTempDirSync(prefix, parent);
}

/**
 * Synchronous form of makeTempDir. The signal handlers are in place before the folder exists, and the folder is
 * recorded in the same turn that makes it (one mkdtemp call): a signal can never find a folder that is not live
 * (with an asynchronous mkdtemp, a SIGTERM between its completion and its callback left the folder behind).
 */
export function makeTempDirSync(prefix = 'lli-', parent?: string): string {
  install();
  try {
    const dir = mkdtempSync(path.join(parent ?? os.tmpdir(), prefix));
    live.add(dir);
    return dir;
  } finally {
    if (live.size === 0) uninstall();
  }
}

/** Removes a folder made by makeTempDir, with everything in it. Never throws; a failure is retried at exit. */
export async function removeTempDir(dir: string): Promise<void> {
  try {
    await fsp.rm(dir, { recursive: true, force: true, maxRetries: 3 });
    live.delete(dir);
  } catch {
    return;
  }
  if (live.size === 0) uninstall();
}

/** Folders not removed yet (tests). */
export function liveTempDirs(): string[] {
  return [...live];
}

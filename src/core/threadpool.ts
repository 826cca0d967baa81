/**
 * libuv's threadpool runs the image reader's inflation (zlib) and its file reads. It has 4 threads by default
 * (https://docs.libuv.org/en/v1.x/threadpool.html); on a machine with fewer processors the extra threads only
 * contend: every chunk handed to zlib then waits for the pool's lock while the other threads hold it (measured
 * on 2 processors, a 4-layer image: ~120 µs per chunk on the main thread, 0.3 s a GiB, and 9% slower reads than
 * with 2 threads). The pool is created on its first use, so the size must be set before any asynchronous I/O:
 * the CLI and the Action call this first. A size the user set (UV_THREADPOOL_SIZE) is kept.
 */
import { availableParallelism } from 'node:os';

/** The pool size this process should have: the processors when fewer than libuv's 4 (at least 2), else undefined (keep the default). */
export function threadpoolSize(env: NodeJS.ProcessEnv = process.env, processors = availableParallelism()): number | undefined {
  if (env.UV_THREADPOOL_SIZE) return undefined;
  return processors < 4 ? Math.max(2, processors) : undefined;
}

/** Sets UV_THREADPOOL_SIZE for this process (see threadpoolSize); without effect once the pool has started. */
export function sizeThreadpool(env: NodeJS.ProcessEnv = process.env): void {
  const n = threadpoolSize(env);
  if (n !== undefined) env.UV_THREADPOOL_SIZE = String(n);
}

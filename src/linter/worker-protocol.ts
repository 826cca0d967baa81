/**
 * What the main thread and a lint worker thread (src/linter/parallel.ts, src/linter/worker.ts) say to each
 * other. No runtime imports: the CLI reads WORKER_ARG on every start.
 */
import type { Threshold } from '../core/types.js';
import type { InputError, TargetReport } from '../report/types.js';

/**
 * The argument a worker thread of the CommonJS CLI bundle starts with (bin/lint-lambda-image.js runs the bundle
 * from its code cache, and src/cli/main.ts serves as a worker instead of running the CLI).
 */
export const WORKER_ARG = '--lint-lambda-image-worker-thread';

/** Marks the workerData of a lint worker. */
export const WORKER_KEY = 'lint-lambda-image/lint-worker';

export interface WorkerData {
  key: typeof WORKER_KEY;
  /** The Linter's options (cwd resolved, concurrency off; never rules given as code). */
  linterOptions: Record<string, unknown>;
  contextDir?: string | null;
  /** The inputs any thread may take, by their shared index. */
  paths: string[];
  /**
   * Int32s: [0] the next shared index to take (Atomics.add), for the main thread and every worker; [slot] this
   * worker's state: 0 not started, 1 taking inputs (set by the worker), 2 not wanted (set by the main thread,
   * done before the worker started).
   */
  state: SharedArrayBuffer;
  slot: number;
}

/** One input's part of the report, as a worker sends it (structured clone keeps no prototype or symbol key). */
export interface PartMessage {
  /** The shared index. */
  k: number;
  /** The input is not a Dockerfile read from a file: the main thread lints it. */
  handBack?: true;
  targets: { target: TargetReport; threshold: Threshold }[];
  /** Errors, each with the stack of an internal error (printed with LINT_LAMBDA_IMAGE_DEBUG=1). */
  errors: { entry: InputError; stack?: string }[];
}

/** The worker has taken its last input (or failed outside any input: `failed` says why). */
export interface DoneMessage {
  done: true;
  failed?: string;
}

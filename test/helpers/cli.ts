/** Runs the built CLI (dist/, via bin/) as a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'lint-lambda-image.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Extra environment; `undefined` values remove a variable. */
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
}

/** The environment without anything that changes colour or debugging decisions. */
export function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'LINT_LAMBDA_IMAGE_DEBUG', 'VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID', 'NODE_OPTIONS', 'TERM']) delete env[k];
  return env;
}

export function cli(args: string[], options: CliOptions = {}): CliResult {
  const env = baseEnv();
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Fails early, with the command to run, when the bundle has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (or node scripts/build.mjs) before these tests');
}

/** Non-empty lines of a text. */
export function lines(s: string): string[] {
  return s.split('\n').filter((l) => l.trim() !== '');
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;

/**
 * The CLI in-process (src/cli/main.ts `run`, the same code the bundle holds): the same arguments, standard
 * input, environment and working folder as `cli()`, without a Node start-up per call. The fast tier uses it;
 * the built CLI keeps a few end-to-end cases per file (exit code, stderr, no stack trace) and the packed package.
 * `cwd` changes the process's folder for the run (the CLI reads it, as a user's shell sets it) and restores it:
 * the fast tier runs in forked workers (vitest.config.ts), where a test file's cases run one at a time.
 */
export async function cliInProcess(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const { run } = await import('../../src/cli/main.js');
  const env = baseEnv();
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const before = process.cwd();
  process.chdir(options.cwd ?? ROOT);
  try {
    const status = await run(args, {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      readStdin: async () => (typeof input === 'string' ? Buffer.from(input) : input),
      isTTY: false,
      env,
    });
    return { status, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

import { LimitError } from './limits.js';

/**
 * The one line for an input whose analysis failed unexpectedly: a JavaScript stack overflow (input nested
 * deeper than the analysis can follow) or out-of-range allocation names the limit; anything else is an
 * internal error. The stack of the error travels beside the line (`attachStack`), never inside it: reports
 * stay one line per input, and the CLI prints the stack under the line with LINT_LAMBDA_IMAGE_DEBUG=1.
 */
export function unexpectedProblem(e: unknown, env: NodeJS.ProcessEnv): string {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err instanceof LimitError) return err.message;
  const message = String(err.message).split('\n')[0];
  if (err instanceof RangeError && /call stack/i.test(message)) return 'is nested too deeply to analyse (limit: the JavaScript call stack); not linted';
  if (err instanceof RangeError && /(array length|string length|allocation)/i.test(message)) return `is too large to analyse (${message}); not linted`;
  if (env.LINT_LAMBDA_IMAGE_DEBUG) return `internal error: ${message}`;
  return `internal error: ${message} (set LINT_LAMBDA_IMAGE_DEBUG=1 for details)`;
}

const STACK = Symbol.for('lint-lambda-image.stack');

/** Keeps the stack of an unexpected error on its report entry, out of JSON output (a symbol key). */
export function attachStack<T extends object>(entry: T, e: unknown): T {
  const stack = e instanceof Error ? e.stack : undefined;
  if (stack) Object.defineProperty(entry, STACK, { value: stack, enumerable: false });
  return entry;
}

/** The stack kept by `attachStack`, if any. */
export function stackOf(entry: object): string | undefined {
  return (entry as { [STACK]?: string })[STACK];
}

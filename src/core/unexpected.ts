import { LimitError } from './limits.js';

/**
 * The one line for an input whose analysis failed unexpectedly: a JavaScript stack overflow (input nested
 * deeper than the analysis can follow) or out-of-range allocation names the limit; anything else is an
 * internal error (the stack only with LINT_LAMBDA_IMAGE_DEBUG=1).
 */
export function unexpectedProblem(e: unknown, env: NodeJS.ProcessEnv): string {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err instanceof LimitError) return err.message;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'is nested too deeply to analyse (limit: the JavaScript call stack); not linted';
  if (err instanceof RangeError && /(array length|string length|allocation)/i.test(err.message)) return `is too large to analyse (${err.message}); not linted`;
  if (env.LINT_LAMBDA_IMAGE_DEBUG) return `internal error: ${err.message}\n${err.stack ?? ''}`;
  return `internal error: ${err.message} (set LINT_LAMBDA_IMAGE_DEBUG=1 for details)`;
}

/** Pieces that several rules' documentation examples share (not a rule: the rule index takes LLxxx files only). */

/** A build context holding a minimal Python handler, `app.handler`. */
export const PYTHON_HANDLER = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };

/** The smallest correct image on the AWS Python base: the handler copied into the task root and named by CMD. */
export const AWS_PYTHON_GOOD = {
  dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
  context: PYTHON_HANDLER,
};

/**
 * A made-up credential for a documentation example, joined when the rules load: neither the sources nor the
 * bundle hold a token-shaped literal, so the tool's own content scan of an image that ships the bundle (this
 * repository's Dockerfile copies dist/) finds nothing, while the docs still show the whole example. A call, not
 * `prefix + body` written out: the bundler folds a concatenation of two literals back into one string
 * (test/bundle-secrets.test.ts scans the bundle).
 */
export function madeUpToken(prefix: string, body: string): string {
  return `${prefix}${body}`;
}

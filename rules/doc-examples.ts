/** Pieces that several rules' documentation examples share (not a rule: the rule index takes LLxxx files only). */

/** A build context holding a minimal Python handler, `app.handler`. */
export const PYTHON_HANDLER = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };

/** The smallest correct image on the AWS Python base: the handler copied into the task root and named by CMD. */
export const AWS_PYTHON_GOOD = {
  dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
  context: PYTHON_HANDLER,
};

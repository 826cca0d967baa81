/**
 * The signs that a Dockerfile is meant for AWS Lambda, in the words the docs and LL100 use (the analysis that
 * looks for them is src/lambda/evidence.ts). Each is documented by AWS:
 * https://docs.aws.amazon.com/lambda/latest/dg/images-create.html (base images, runtime interface clients),
 * https://github.com/awslabs/aws-lambda-web-adapter, https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html (bootstrap),
 * https://github.com/aws/aws-lambda-runtime-interface-emulator.
 */

/** The kinds of evidence, in the words the docs and the info finding use. */
export const EVIDENCE_KINDS: readonly string[] = [
  'an AWS Lambda base image (public.ecr.aws/lambda/..., amazon/aws-lambda-...), also through a stage alias or a build argument',
  'a base image whose name says lambda (bref and other vendor images built on the AWS ones)',
  'a runtime interface client installed, copied or launched (awslambdaric, aws-lambda-ric, aws_lambda_ric, the Java RIC, Amazon.Lambda.RuntimeSupport)',
  'the Lambda Web Adapter (COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter, AWS_LWA_* settings)',
  'LAMBDA_TASK_ROOT, /var/task or /var/runtime named in an instruction',
  'a handler-shaped CMD (app.handler, index.handler, pkg.Class::method) or a _HANDLER setting',
  'a bootstrap executable (COPY or build to .../bootstrap, ENTRYPOINT bootstrap)',
  'the Runtime Interface Emulator (aws-lambda-rie)',
  'Python running lambda_function.py as a script (or python -m pkg.lambda_function), the module name the Lambda console and AWS\'s Python examples give a function, in an image that exposes no port (a weak sign: on it alone LL101 warns rather than errs)',
  'configuration: `lambda: true` in .lint-lambda-image.yaml or the --lambda flag',
];

const LAMBDA_NAME = /(^|[/_.-])lambda([/_.-]|$)/i;

/** A base image whose repository name says lambda (vendor images built on AWS's, e.g. acme/lambda-python). */
export function lambdaNamedRepository(repository: string): boolean {
  return LAMBDA_NAME.test(repository);
}

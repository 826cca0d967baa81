/**
 * Environment variables Lambda sets itself at run time: a value an image sets with ENV is replaced.
 *
 * Sources:
 * - https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 *   ("Defined runtime environment variables": reserved keys, which cannot be set in function configuration).
 * - aws/aws-lambda-runtime-interface-emulator internal/lambda/rapidcore/env/constants.go (platform and runtime
 *   keys the emulator sets, including AWS_DEFAULT_REGION).
 * - aws/aws-lambda-base-images Dockerfiles: the AWS base images set LAMBDA_TASK_ROOT=/var/task and
 *   LAMBDA_RUNTIME_DIR=/var/runtime, the values Lambda sets too.
 */

export interface ReservedEnv {
  name: string;
  /** What Lambda sets it to, when that value is fixed. */
  lambdaValue?: string;
  /** Holds credentials of the execution role (reported by the secret rule, LL202, not here). */
  credential?: boolean;
  meaning: string;
}

export const RESERVED_ENV_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime';

export const RESERVED_ENV: readonly ReservedEnv[] = [
  { name: '_HANDLER', meaning: 'the handler, taken from CMD or the function configuration' },
  { name: '_X_AMZN_TRACE_ID', meaning: 'the X-Ray trace header of the current invocation' },
  { name: 'AWS_REGION', meaning: "the function's Region" },
  { name: 'AWS_DEFAULT_REGION', meaning: "the function's Region (set by Lambda and the emulator alongside AWS_REGION)" },
  { name: 'AWS_EXECUTION_ENV', meaning: 'the runtime identifier (AWS_Lambda_<runtime>)' },
  { name: 'AWS_LAMBDA_FUNCTION_NAME', meaning: 'the function name' },
  { name: 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', meaning: 'the configured memory' },
  { name: 'AWS_LAMBDA_FUNCTION_VERSION', meaning: 'the function version' },
  { name: 'AWS_LAMBDA_INITIALIZATION_TYPE', meaning: 'on-demand, provisioned-concurrency or snap-start' },
  { name: 'AWS_LAMBDA_LOG_GROUP_NAME', meaning: 'the CloudWatch Logs group' },
  { name: 'AWS_LAMBDA_LOG_STREAM_NAME', meaning: 'the CloudWatch Logs stream' },
  { name: 'AWS_ACCESS_KEY', credential: true, meaning: 'the execution role credentials' },
  { name: 'AWS_ACCESS_KEY_ID', credential: true, meaning: 'the execution role credentials' },
  { name: 'AWS_SECRET_ACCESS_KEY', credential: true, meaning: 'the execution role credentials' },
  { name: 'AWS_SESSION_TOKEN', credential: true, meaning: 'the execution role credentials' },
  { name: 'AWS_LAMBDA_RUNTIME_API', meaning: 'the host:port of the Runtime API; the base image entrypoint starts the local emulator only when it is unset' },
  { name: 'LAMBDA_TASK_ROOT', lambdaValue: '/var/task', meaning: 'the function code directory' },
  { name: 'LAMBDA_RUNTIME_DIR', lambdaValue: '/var/runtime', meaning: 'the runtime directory' },
];

const BY_NAME = new Map(RESERVED_ENV.map((r) => [r.name, r]));

export function reservedEnv(name: string): ReservedEnv | undefined {
  return BY_NAME.get(name);
}

import rule from '../../rules/LL112-reserved-env-in-config.js';
import { ruleTester } from '../kit.js';

const DF = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const APP = 'def handler(event, context):\n    return 1\n';
const BUILD = '    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: .\n';
/** A SAM template: `globals` under Globals.Function, `props` under the image function's Properties. */
const sam = (props: string, globals = '', attributes = '') =>
  `Transform: AWS::Serverless-2016-10-31\n${globals ? `Globals:\n  Function:\n${globals}` : ''}Resources:\n  Api:\n    Type: AWS::Serverless::Function\n${attributes}    Properties:\n      PackageType: Image\n${props}${BUILD}`;
const cfn = (props: string) =>
  `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Api:\n    Type: AWS::Lambda::Function\n    Properties:\n      PackageType: Image\n      Role: arn:aws:iam::123456789012:role/api\n      Code:\n        ImageUri: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api@sha256:${'a'.repeat(64)}\n${props}`;
const ctx = (template: string) => ({ 'app.py': APP, 'template.yaml': template });
const env = (vars: string) => `      Environment:\n        Variables:\n${vars}`;

ruleTester(rule, {
  valid: [
    { name: 'variables of its own names', dockerfile: DF, context: ctx(sam(env('          TABLE: orders\n          TABLE_REGION: eu-west-1\n'))) },
    { name: 'unreserved keys Lambda also sets (PATH, LD_LIBRARY_PATH, TZ, PYTHONPATH) may be set', dockerfile: DF, context: ctx(sam(env('          TZ: Europe/Paris\n          PYTHONPATH: /var/task/lib\n          LD_LIBRARY_PATH: /opt/lib\n'))) },
    { name: 'a reserved key whose value is !Ref AWS::NoValue is left out', dockerfile: DF, context: ctx(sam(env('          AWS_REGION: !Ref AWS::NoValue\n'))) },
    { name: 'the Dockerfile alone: no deploy configuration', dockerfile: DF },
    { name: 'a reserved key whose value is !If (it may resolve to AWS::NoValue): not known', dockerfile: DF, context: ctx(sam(env('          AWS_REGION: !If [IsLocal, eu-west-1, !Ref AWS::NoValue]\n'))) },
    { name: 'IgnoreGlobals leaves the Globals environment out', dockerfile: DF, context: ctx(sam('', '    Environment:\n      Variables:\n        AWS_REGION: eu-west-1\n', '    IgnoreGlobals: [Environment]\n')) },
    { name: 'a key that only contains a reserved name', dockerfile: DF, context: ctx(cfn(env('          MY_AWS_REGION: eu-west-1\n          AWS_REGION_NAME: eu-west-1\n'))) },
  ],
  invalid: [
    {
      name: 'SAM: AWS_REGION on the function',
      dockerfile: DF,
      context: ctx(sam(env('          TABLE: orders\n          AWS_REGION: eu-west-1\n'))),
      errors: [{ messageId: 'reservedKey', line: 10, severity: 'error', message: /The function Api sets the environment variable AWS_REGION, which Lambda reserves: the deploy fails .*Reserved keys used in this request: AWS_REGION/, fix: /Remove AWS_REGION from the environment; .*MY_AWS_REGION/ }],
    },
    {
      name: 'CloudFormation: baked credentials and the default Region, one finding naming them all',
      dockerfile: DF,
      context: ctx(cfn(env('          AWS_ACCESS_KEY_ID: x\n          AWS_SECRET_ACCESS_KEY: y\n          AWS_DEFAULT_REGION: us-east-1\n'))),
      errors: [{ messageId: 'reservedKey', line: 12, message: /sets the environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_DEFAULT_REGION,.*Lambda sets them itself/ }],
    },
    {
      name: 'a reserved key whose !If gives a value on both branches',
      dockerfile: DF,
      context: ctx(sam(env('          AWS_REGION: !If [IsEu, eu-west-1, us-east-1]\n'))),
      errors: [{ messageId: 'reservedKey', line: 9 }],
    },
    {
      name: 'the handler and the Runtime API address',
      dockerfile: DF,
      context: ctx(sam(env('          _HANDLER: app.handler\n          AWS_LAMBDA_RUNTIME_API: 127.0.0.1:9001\n'))),
      errors: [{ messageId: 'reservedKey', line: 9, message: /_HANDLER and AWS_LAMBDA_RUNTIME_API/ }],
    },
    {
      name: 'the task root and the session token',
      dockerfile: DF,
      context: ctx(cfn(env('          LAMBDA_TASK_ROOT: /app\n          AWS_SESSION_TOKEN: t\n'))),
      errors: [{ messageId: 'reservedKey', line: 12, message: /LAMBDA_TASK_ROOT and AWS_SESSION_TOKEN/ }],
    },
    {
      name: 'the function own reserved key and one from Globals: two findings',
      dockerfile: DF,
      context: ctx(sam(env('          AWS_REGION: eu-west-1\n'), '    Environment:\n      Variables:\n        AWS_EXECUTION_ENV: x\n')),
      errors: [{ messageId: 'reservedKey', line: 6, message: /AWS_EXECUTION_ENV \(through Globals\.Function\)/ }, { messageId: 'reservedKey', line: 14, message: /AWS_REGION, which/ }],
    },
    {
      name: 'SAM Globals.Function environment reaches the image function',
      dockerfile: DF,
      context: ctx(sam('', '    Environment:\n      Variables:\n        AWS_LAMBDA_FUNCTION_NAME: api\n')),
      errors: [{ messageId: 'reservedKey', line: 6, message: /\(through Globals\.Function\)/, fix: /from the environment \(in Globals\.Function, which reaches every function\); read the value Lambda sets/ }],
    },
  ],
});

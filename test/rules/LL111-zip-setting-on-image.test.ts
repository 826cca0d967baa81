import rule from '../../rules/LL111-zip-setting-on-image.js';
import { ruleTester } from '../kit.js';

const DF = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const APP = 'def handler(event, context):\n    return 1\n';
const BUILD = '    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: .\n';
/** A SAM template: `globals` under Globals.Function, `props` under the image function's Properties. */
const sam = (props: string, globals = '', zip = '', attributes = '') =>
  `Transform: AWS::Serverless-2016-10-31\n${globals ? `Globals:\n  Function:\n${globals}` : ''}Resources:\n${zip}  Api:\n    Type: AWS::Serverless::Function\n${attributes}    Properties:\n      PackageType: Image\n${props}${BUILD}`;
const cfn = (props: string) =>
  `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Api:\n    Type: AWS::Lambda::Function\n    Properties:\n      PackageType: Image\n      Role: arn:aws:iam::123456789012:role/api\n      Code:\n        ImageUri: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api@sha256:${'a'.repeat(64)}\n${props}`;
const ctx = (template: string) => ({ 'app.py': APP, 'template.yaml': template });
const ZIP_FN = '  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: worker.handler\n      Runtime: python3.12\n      CodeUri: src/\n';

ruleTester(rule, {
  valid: [
    { name: 'an image function with image settings only', dockerfile: DF, context: ctx(sam('      MemorySize: 512\n      ImageConfig:\n        Command: ["app.handler"]\n')) },
    { name: 'a .zip function beside it sets Runtime and Handler (its own, not Globals)', dockerfile: DF, context: ctx(sam('      Timeout: 30\n', '', ZIP_FN)) },
    { name: 'Globals without .zip-only properties', dockerfile: DF, context: ctx(sam('', '    Timeout: 30\n    MemorySize: 1024\n')) },
    { name: 'Runtime from !If (may be AWS::NoValue): unknown', dockerfile: DF, context: ctx(sam('      Runtime: !If [IsZip, python3.12, !Ref "AWS::NoValue"]\n')) },
    { name: 'Runtime: !Ref AWS::NoValue is no value', dockerfile: DF, context: ctx(sam('      Runtime: !Ref AWS::NoValue\n')) },
    { name: 'an empty Layers list and an empty Handler', dockerfile: DF, context: ctx(sam('      Layers: []\n      Handler: ""\n')) },
    { name: 'CloudFormation image function without them', dockerfile: DF, context: ctx(cfn('      MemorySize: 512\n')) },
    { name: 'the Dockerfile alone: no deploy configuration', dockerfile: DF },
    { name: 'IgnoreGlobals lists the .zip-only globals (SAM leaves them out)', dockerfile: DF, context: ctx(sam('', '    Runtime: python3.12\n    Handler: app.handler\n    Timeout: 30\n', ZIP_FN, '    IgnoreGlobals:\n      - Runtime\n      - Handler\n')) },
    { name: "IgnoreGlobals: '*' leaves every global out", dockerfile: DF, context: ctx(sam('', '    Runtime: python3.12\n    Layers: [!Ref Shared]\n', ZIP_FN, "    IgnoreGlobals: '*'\n")) },
  ],
  invalid: [
    {
      name: 'SAM image function with Runtime and Handler',
      dockerfile: DF,
      context: ctx(sam('      Runtime: python3.12\n      Handler: app.handler\n')),
      errors: [{ messageId: 'zipSetting', line: 7, severity: 'error', message: /The image function Api sets Runtime and Handler, which only \.zip functions take: the SAM transform rejects the template \("Runtime, Handler, Layers cannot be present/ }],
    },
    {
      name: 'SAM image function with Layers: the fix says to copy them into the image',
      dockerfile: DF,
      context: ctx(sam('      Layers:\n        - !Ref DepsLayer\n')),
      errors: [{ messageId: 'zipSetting', line: 7, message: /sets Layers,/, fix: /copy what the layers hold into the image/ }],
    },
    {
      name: 'Globals.Function Runtime and Layers reach the image function (a template that mixes .zip and image functions)',
      dockerfile: DF,
      context: ctx(sam('      Timeout: 30\n', '    Runtime: python3.12\n    Layers:\n      - !Ref SharedLayer\n', ZIP_FN)),
      errors: [{ messageId: 'globalSetting', line: 4, message: /Globals\.Function sets Runtime and Layers, which SAM applies to every function, the image function Api included/, fix: /IgnoreGlobals: \[Runtime, Layers\].*or move Runtime and Layers from Globals\.Function to each \.zip function/ }],
    },
    {
      name: 'own Handler and a Globals Runtime: two findings, each where it is written',
      dockerfile: DF,
      context: ctx(sam('      Handler: app.handler\n', '    Runtime: python3.12\n')),
      errors: [
        { messageId: 'globalSetting', line: 4, message: /sets Runtime,/ },
        { messageId: 'zipSetting', line: 10, message: /sets Handler,/ },
      ],
    },
    {
      name: 'all three: one finding that names them all',
      dockerfile: DF,
      context: ctx(sam('      Runtime: python3.12\n      Handler: app.handler\n      Layers: [arn:aws:lambda:eu-west-1:123456789012:layer:deps:3]\n')),
      errors: [{ messageId: 'zipSetting', line: 7, message: /sets Runtime, Handler and Layers,/ }],
    },
    {
      name: 'IgnoreGlobals that leaves Layers in',
      dockerfile: DF,
      context: ctx(sam('', '    Runtime: python3.12\n    Layers: [!Ref Shared]\n', '', '    IgnoreGlobals: [Runtime]\n')),
      errors: [{ messageId: 'globalSetting', line: 5, message: /Globals\.Function sets Layers,/ }],
    },
    {
      name: 'a value from a parameter is still a value',
      dockerfile: DF,
      context: ctx(sam('      Runtime: !Ref PythonRuntime\n')),
      errors: [{ messageId: 'zipSetting', line: 7 }],
    },
    {
      name: 'CloudFormation AWS::Lambda::Function: CreateFunction rejects it',
      dockerfile: DF,
      context: ctx(cfn('      Handler: app.handler\n')),
      errors: [{ messageId: 'zipSetting', line: 10, message: /CreateFunction rejects it \("Please don't provide Handler or Runtime or Layer when the intended function PackageType is Image"\)/ }],
    },
  ],
});

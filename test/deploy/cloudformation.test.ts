import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/projects.js';
import { readTemplate, sniffDeploy, DeployConfigError } from '../../src/deploy/index.js';
import { uriTailUnresolved } from '../../src/deploy/types.js';

const project = tempProjects('lli-cfn-');

const DOCKERFILE = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\nCMD ["app.handler"]\n';

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Timeout: 10
    ImageConfig:
      WorkingDirectory: /var/task
Parameters:
  Repo:
    Type: String
Resources:
  Hello:
    Type: AWS::Serverless::Function
    Properties:
      PackageType: Image
      Architectures: [arm64]
      ImageConfig:
        Command: ["app.other"]
        EntryPoint: !Ref Entry
      Events:
        Api:
          Type: Api
          Properties: { Path: /, Method: get }
    Metadata:
      Dockerfile: Dockerfile.lambda
      DockerContext: ./hello
      DockerTag: python3.12-v1
      DockerBuildArgs:
        VERSION: "1.2"
        TOKEN: !Ref Token
      DockerBuildTarget: final
  Zipped:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
  ByUri:
    Type: AWS::Serverless::Function
    Properties:
      PackageType: Image
      ImageUri: !Sub "\${Repo}:latest"
  Table:
    Type: AWS::DynamoDB::Table
`;

describe('SAM templates', () => {
  it('reads image functions with Metadata, ImageConfig, Architectures and Globals', () => {
    const dir = project('sam', { 'template.yaml': SAM, 'hello/Dockerfile.lambda': DOCKERFILE, 'hello/app.py': '' });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.kind).toBe('sam');
    expect(config.problems).toEqual([]);
    expect(config.functions.map((f) => f.id)).toEqual(['Hello', 'ByUri']);
    const [hello, byUri] = config.functions;
    expect(hello.at.line).toBe(12);
    expect(hello.dockerfile?.value).toBe(join(dir, 'hello', 'Dockerfile.lambda'));
    expect(hello.dockerfile?.at.line).toBe(25);
    expect(hello.context?.value).toBe(join(dir, 'hello'));
    expect(hello.buildArgs).toEqual({ VERSION: '1.2' });
    expect(hello.target).toMatchObject({ value: 'final', at: { line: 31 } });
    expect(hello.architecture).toMatchObject({ value: 'arm64', explicit: true, at: { line: 16 } });
    expect(hello.imageConfig.command).toMatchObject({ value: ['app.other'], at: { line: 18 } });
    expect(hello.imageConfig.entryPoint).toBeUndefined(); // !Ref: unknown
    expect(hello.imageConfig.workingDirectory).toMatchObject({ value: '/var/task', at: { line: 7 } }); // from Globals
    expect(hello.built).toBe(true);
    expect(byUri.built).toBe(false);
    expect(byUri.imageUri).toMatchObject({ value: '${Repo}:latest', at: { line: 42 } });
    expect(byUri.architecture).toMatchObject({ value: 'x86_64', explicit: false, at: { line: 38 } });
  });

  it('merges Globals as SAM does: maps key by key, lists concatenated, the function wins for scalars', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    PackageType: Image
    ImageConfig:
      Command: ["global.handler"]
      WorkingDirectory: /global
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      ImageUri: repo@sha256:${'0'.repeat(64)}
      ImageConfig:
        WorkingDirectory: /own
`;
    const dir = project('globals', { 'template.yaml': text });
    const [fn] = readTemplate(join(dir, 'template.yaml')).functions;
    expect(fn.imageConfig.workingDirectory).toMatchObject({ value: '/own', at: { line: 14 } });
    expect(fn.imageConfig.command).toMatchObject({ value: ['global.handler'], at: { line: 6 } });
  });

  it('a missing Dockerfile or context is a problem of that function, the others still read', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  NoFile:
    Type: AWS::Serverless::Function
    Properties: { PackageType: Image }
    Metadata: { Dockerfile: Dockerfile.missing, DockerContext: . }
  NoDir:
    Type: AWS::Serverless::Function
    Properties: { PackageType: Image }
    Metadata: { DockerContext: ./nowhere }
  Neither:
    Type: AWS::Serverless::Function
    Properties: { PackageType: Image }
  Fine:
    Type: AWS::Serverless::Function
    Properties: { PackageType: Image }
    Metadata: { DockerContext: . }
`;
    const dir = project('missing', { 'template.yaml': text, Dockerfile: DOCKERFILE });
    const config = readTemplate(join(dir, 'template.yaml'));
    // Without their Dockerfile, NoFile and NoDir still get the deploy checks (LL111, LL204).
    expect(config.functions.map((f) => [f.id, f.dockerfile === undefined])).toEqual([['NoFile', true], ['NoDir', true], ['Fine', false]]);
    expect(config.problems.map((p) => `${p.at.line}: ${p.message.replace(dir, '<dir>')}`)).toEqual([
      '6: NoFile: the Dockerfile <dir>/Dockerfile.missing does not exist',
      '10: NoDir: the DockerContext <dir>/nowhere does not exist',
      '11: Neither: an Image function needs ImageUri or Metadata (DockerContext, Dockerfile) to build it',
    ]);
  });

  it('an absolute DockerContext and Dockerfile are taken as they are', () => {
    const dir = project('absolute', { 'elsewhere/Dockerfile.x': DOCKERFILE });
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { PackageType: Image }\n    Metadata:\n      DockerContext: ${join(dir, 'elsewhere')}\n      Dockerfile: ${join(dir, 'elsewhere', 'Dockerfile.x')}\n`;
    writeFileSync(join(dir, 'template.yaml'), text);
    const [fn] = readTemplate(join(dir, 'template.yaml')).functions;
    expect(fn.dockerfile?.value).toBe(join(dir, 'elsewhere', 'Dockerfile.x'));
  });

  it('ImageConfig that is not a list of strings is a problem, not a crash, and the function is not linted as if it had none', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageUri: repo:1\n      ImageConfig:\n        Command: app.handler\n`;
    const dir = project('shape', { 'template.yaml': text });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.problems.map((p) => `${p.at.line}: ${p.message}`)).toEqual(['9: Fn: ImageConfig.Command must be a list of strings']);
    expect(config.functions).toEqual([]);
  });

  it('ImageConfig lists holding an intrinsic entry are not checked, and said: CloudFormation takes them', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nParameters:\n  Handler:\n    Type: String\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageUri: repo:1\n      ImageConfig:\n        Command: [!Ref Handler]\n        EntryPoint:\n          - /lambda-entrypoint.sh\n          - !Sub "\${Handler}"\n`;
    const dir = project('intrinsic-entry', { 'template.yaml': text });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.problems).toEqual([]);
    expect(config.functions.map((f) => f.imageConfig)).toEqual([{ command: undefined, entryPoint: undefined, workingDirectory: undefined, unresolved: ['command', 'entryPoint'] }]);
    expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual([
      "12: Fn: ImageConfig.Command holds !Ref Handler, not resolved here; what Lambda runs was not checked (the handler checks are skipped for this function)",
      "14: Fn: ImageConfig.EntryPoint holds !Sub ${Handler}, not resolved here; what Lambda runs was not checked (the launch checks are skipped for this function)",
    ]);
  });

  it('an image URI whose tag or digest is resolved at deploy time: the image is not checked, and said', () => {
    for (const [uri, unresolved] of [
      ['${Repo}:${Tag}', true],
      ['${var.image}', true],
      ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:${ImageTag}', true],
      ['${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${RepoName}', true],
      ['${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/api:latest', false],
      ['${aws_ecr_repository.api.repository_url}:latest', false],
      ['localhost:5000/api', false],
      [`\${Repo}@sha256:${'a'.repeat(64)}`, false],
      ['repo@${Digest}', true],
    ] as const) expect(uriTailUnresolved(uri), uri).toBe(unresolved);
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Tag:\n    Type: String\n    Default: latest\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      PackageType: Image\n      Code:\n        ImageUri: !Sub "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:\${Tag}"\n`;
    const dir = project('uri-tag', { 'template.yaml': text });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual(['12: Fn: Code.ImageUri is !Sub 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:${Tag}, not resolved here; the image it deploys was not checked']);
  });

  it('YAML aliases and merge keys as the SAM CLI reads them; of a key written twice, the last', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn1:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageConfig:\n        Command: ["missing.handler"]\n      ImageConfig:\n        Command: ["app.handler"]\n    Metadata: &build\n      DockerContext: app\n      Dockerfile: Dockerfile\n  Fn2:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n    Metadata: *build\n  Fn3:\n    Type: AWS::Serverless::Function\n    Properties:\n      <<: {PackageType: Image, MemorySize: 512}\n      Timeout: 30\n    Metadata: *build\n`;
    const dir = project('anchors', { 'template.yaml': text, 'app/Dockerfile': DOCKERFILE });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.problems).toEqual([]);
    expect(config.functions.map((f) => [f.id, f.dockerfile?.value.slice(dir.length + 1), f.imageConfig.command?.value])).toEqual([
      ['Fn1', 'app/Dockerfile', ['app.handler']],
      ['Fn2', 'app/Dockerfile', undefined],
      ['Fn3', 'app/Dockerfile', undefined],
    ]);
  });

  it('an alias bomb (each anchor ten aliases of the one before, 10^9 nodes expanded) is read in linear time', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n');
    const text = `Transform: AWS::Serverless-2016-10-31\nx0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${levels}\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      Tags: *a9\n    Metadata:\n      DockerContext: app\n`;
    const dir = project('alias-bomb', { 'template.yaml': text, 'app/Dockerfile': DOCKERFILE });
    const started = Date.now();
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.functions.map((f) => f.id)).toEqual(['Fn']);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('of a logical id written twice, the last definition is read', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      Runtime: python3.12\n    Metadata:\n      DockerContext: app\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n    Metadata:\n      DockerContext: app\n`;
    const dir = project('dup-ids', { 'template.yaml': text, 'app/Dockerfile': DOCKERFILE });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.functions.map((f) => [f.id, f.at.line, f.zipOnly])).toEqual([['Fn', 10, undefined]]);
  });

  it('IgnoreGlobals leaves out what it names, or every global with *', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Architectures: [arm64]\n    Timeout: 30\nResources:\n  All:\n    Type: AWS::Serverless::Function\n    IgnoreGlobals: '*'\n    Properties:\n      PackageType: Image\n      ImageUri: repo:1\n      Architectures: [x86_64]\n  Some:\n    Type: AWS::Serverless::Function\n    IgnoreGlobals: [Timeout]\n    Properties:\n      PackageType: Image\n      ImageUri: repo:2\n  Named:\n    Type: AWS::Serverless::Function\n    IgnoreGlobals: [Architectures]\n    Properties:\n      PackageType: Image\n      ImageUri: repo:3\n`;
    const dir = project('ignore-globals', { 'template.yaml': text });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.unchecked).toEqual([]);
    expect(config.functions.map((f) => [f.id, f.architecture?.value, f.architecture?.explicit])).toEqual([
      ['All', 'x86_64', true],
      ['Some', 'arm64', true],
      ['Named', 'x86_64', false],
    ]);
  });

  it('Architectures that SAM makes two entries (Globals and the function each give one) is said, not guessed', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Architectures: [arm64]\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageUri: repo:1\n      Architectures: [x86_64]\n`;
    const dir = project('arch2', { 'template.yaml': text });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.functions.map((f) => f.architecture)).toEqual([undefined]);
    expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual(["11: Fn: Architectures is [arm64, x86_64] (SAM appends the function's list to Globals'), and Lambda takes exactly one; the architecture was not checked"]);
  });

  it('what an intrinsic function decides is not checked, and said (never an error): PackageType, DockerContext, ImageUri, nested stacks', () => {
    const text = [
      "Transform: AWS::Serverless-2016-10-31",
      'Parameters:',
      '  DockerPath:',
      '    Type: String',
      "    Default: './app'",
      'Conditions:',
      '  UseImage: !Equals [!Ref AWS::Region, us-east-1]',
      'Resources:',
      '  Ref:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      PackageType: Image',
      '    Metadata:',
      '      DockerContext: !Ref DockerPath',
      '  Maybe:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      PackageType: !If [UseImage, Image, Zip]',
      '  ByUri:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      PackageType: Image',
      '      ImageUri: !Ref EcrImageUri',
      '  Child:',
      '    Type: AWS::Serverless::Application',
      '    Properties:',
      '      Location: ./child.yaml',
      '',
    ].join('\n');
    const dir = project('unchecked', { 'template.yaml': text, 'app/Dockerfile': DOCKERFILE });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.problems).toEqual([]);
    expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual([
      "14: Ref: DockerContext is !Ref DockerPath, not resolved here; the function's Dockerfile was not linted",
      '18: Maybe: PackageType is !If [...], decided at deploy time; whether it deploys an image was not checked',
      '23: ByUri: ImageUri is !Ref EcrImageUri, not resolved here; the image it deploys was not checked',
      '24: Child: a nested stack (AWS::Serverless::Application) from ./child.yaml; its image functions are not read from here: lint ./child.yaml as well',
    ]);
    // The functions whose image is unknown keep their deploy checks.
    expect(config.functions.map((f) => [f.id, f.dockerfile?.value])).toEqual([['Ref', undefined], ['ByUri', undefined]]);
  });
});

describe('CloudFormation templates', () => {
  it('reads AWS::Lambda::Function with Code.ImageUri from JSON, with line numbers', () => {
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            PackageType: 'Image',
            Architectures: ['arm64'],
            Code: { ImageUri: { 'Fn::Join': ['', [{ Ref: 'AWS::AccountId' }, '.dkr.ecr.eu-west-1.amazonaws.com/api:latest']] } },
            ImageConfig: { EntryPoint: ['/lambda-entrypoint.sh'], Command: ['app.handler'], WorkingDirectory: '/var/task' },
          },
        },
        Zip: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'python3.12', Handler: 'a.b', Code: { ZipFile: 'x' } } },
      },
    };
    const dir = project('cfn', { 'stack.json': JSON.stringify(template, null, 2) });
    const config = readTemplate(join(dir, 'stack.json'));
    expect(config.kind).toBe('cloudformation');
    const [fn] = config.functions;
    expect(fn.id).toBe('Fn');
    expect(fn.imageUri?.value).toBe('${...}.dkr.ecr.eu-west-1.amazonaws.com/api:latest');
    expect(fn.imageConfig.entryPoint?.value).toEqual(['/lambda-entrypoint.sh']);
    expect(fn.at.line).toBe(4);
    expect(fn.architecture?.at.line).toBe(8);
  });

  it('parses every short-form intrinsic tag without complaint', () => {
    const tags = ['!Ref X', '!Sub "a"', '!GetAtt A.Arn', '!Join [":", [a, b]]', '!If [C, a, b]', '!Select [0, !GetAZs ""]', '!FindInMap [M, a, b]', '!ImportValue Out', '!Base64 x', '!Split [",", "a,b"]', '!Equals [a, b]', '!Not [!Equals [a, b]]', '!And [!Condition C, !Condition D]', '!Or [!Condition C, !Condition D]', '!Cidr [a, 1, 2]', '!GetAZs ""', '!Transform { Name: X, Parameters: {} }'];
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      PackageType: Image\n      Code:\n        ImageUri: repo:1\n      Tags:\n${tags.map((t, i) => `        - { Key: k${i}, Value: ${t} }`).join('\n')}\n`;
    const dir = project('tags', { 'template.yaml': text });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.functions).toHaveLength(1);
  });
});

describe('bad configuration', () => {
  it('a YAML error is one line with its position', () => {
    const dir = project('yaml-error', { 'template.yaml': 'Resources:\n  Fn:\n    Type: [AWS::Lambda::Function\n' });
    expect(() => readTemplate(join(dir, 'template.yaml'))).toThrowError(DeployConfigError);
    try {
      readTemplate(join(dir, 'template.yaml'));
    } catch (e) {
      expect((e as Error).message).toMatch(/template\.yaml: YAML error, line \d+, column \d+: /);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('resource shapes CloudFormation rejects are problems with their lines; the other functions still read', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  NoType:\n    Properties: {}\n  List: [1, 2]\n  BadProps:\n    Type: AWS::Lambda::Function\n    Properties: [PackageType]\n  Fine:\n    Type: AWS::Lambda::Function\n    Properties:\n      PackageType: Image\n      Code: { ImageUri: "repo:1" }\n  Fn::ForEach::Functions:\n    - Name\n    - [A, B]\n    - {}\n`;
    const dir = project('shapes', { 'template.yaml': text });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.functions.map((f) => f.id)).toEqual(['Fine']);
    expect(config.problems.map((p) => `${p.at.line}: ${p.message}`)).toEqual(['3: NoType: the resource has no Type', '5: List: a resource must be a mapping with a Type', '8: BadProps: Properties must be a mapping']);
    const none = project('no-resources', { 'template.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: nothing\n' });
    expect(readTemplate(join(none, 'template.yaml')).problems.map((p) => p.message)).toEqual(['the template has no Resources section']);
  });

  it('a YAML file that is not a template says so', () => {
    const dir = project('not-template', { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' });
    expect(() => readTemplate(join(dir, 'compose.yaml'))).toThrowError(/is not a CloudFormation or SAM template/);
  });

  it('sniffs inputs by what they are', () => {
    const dir = project('sniff', { 'template.yml': 'x: 1', 'main.tf': '', 'tf/a.tf': '', 'cdk.out/manifest.json': '{"version":"1","artifacts":{}}', Dockerfile: DOCKERFILE, 'empty/x': '' });
    expect(sniffDeploy(join(dir, 'template.yml'))).toBe('template');
    expect(sniffDeploy(join(dir, 'main.tf'))).toBe('terraform');
    expect(sniffDeploy(join(dir, 'tf'))).toBe('terraform');
    expect(sniffDeploy(join(dir, 'cdk.out'))).toBe('cdk');
    expect(sniffDeploy(join(dir, 'cdk.out', 'manifest.json'))).toBe('cdk');
    expect(sniffDeploy(join(dir, 'Dockerfile'))).toBeUndefined();
    expect(sniffDeploy(join(dir, 'empty'))).toBeUndefined();
    expect(sniffDeploy(join(dir, 'nothing.yaml'))).toBeUndefined();
  });
});

describe('function URLs and the Web Adapter invoke mode', () => {
  it('SAM FunctionUrlConfig (BUFFERED by default), AWS::Lambda::Url by !GetAtt, Fn::GetAtt and !Ref, and AWS_LWA_INVOKE_MODE in the environment', () => {
    const fn = (id: string, extra: string) => `  ${id}:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n${extra}    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: .\n`;
    const url = (id: string, target: string, mode: string) => `  ${id}:\n    Type: AWS::Lambda::Url\n    Properties:\n      AuthType: NONE\n      TargetFunctionArn: ${target}\n${mode}`;
    const text = `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n${fn('Streams', '      FunctionUrlConfig:\n        AuthType: NONE\n        InvokeMode: RESPONSE_STREAM\n      Environment:\n        Variables:\n          AWS_LWA_INVOKE_MODE: response_stream\n')}${fn('Default', '      FunctionUrlConfig:\n        AuthType: NONE\n')}${fn('NoUrl', '')}${fn('ByShort', '')}${fn('ByLong', '')}${fn('ByRef', '')}${url('U1', '!GetAtt ByShort.Arn', '      InvokeMode: RESPONSE_STREAM\n')}${url('U2', '\n        Fn::GetAtt: [ByLong, Arn]', '')}${url('U3', '!Ref ByRef', '      InvokeMode: !Ref Mode\n')}`;
    const dir = project('function-urls', { 'template.yaml': text, Dockerfile: DOCKERFILE, 'app.py': '' });
    const config = readTemplate(join(dir, 'template.yaml'));
    expect(config.functions.map((f) => [f.id, f.urlInvokeMode?.value, f.adapterInvokeMode])).toEqual([
      ['Streams', 'RESPONSE_STREAM', 'response_stream'],
      ['Default', 'BUFFERED', undefined],
      ['NoUrl', undefined, undefined],
      ['ByShort', 'RESPONSE_STREAM', undefined],
      ['ByLong', 'BUFFERED', undefined],
      // An InvokeMode decided at deploy time is not known: the check is not made.
      ['ByRef', undefined, undefined],
    ]);
  });
});

describe('a template the CDK synthesized, read on its own', () => {
  it('builds from its aws:asset metadata (path, Dockerfile, build args) as sam build does; a missing asset folder is not checked, and said', () => {
    const template = (withAsset: boolean) => ({
      'template.json': JSON.stringify({ Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { PackageType: 'Image', ImageConfig: { Command: ['main.handler'] }, Code: { ImageUri: { 'Fn::Sub': '${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/cdk-assets:abc' } } }, Metadata: { 'aws:asset:path': 'asset.abc', 'aws:asset:dockerfile-path': 'Dockerfile.lambda', 'aws:asset:docker-build-args': { BASE_RUNTIME: '3.12' }, 'aws:asset:property': 'Code.ImageUri' } } } }, null, 1),
      ...(withAsset ? { 'asset.abc/Dockerfile.lambda': DOCKERFILE, 'asset.abc/app.py': '' } : {}),
    });
    const a = readTemplate(join(project('cdk-synth-asset', template(true)), 'template.json'));
    expect(a.functions.map((f) => [f.id, f.built, f.dockerfile?.value.endsWith('asset.abc/Dockerfile.lambda'), f.buildArgs])).toEqual([['Fn', true, true, { BASE_RUNTIME: '3.12' }]]);
    expect(a.unchecked).toEqual([]);
    const b = readTemplate(join(project('cdk-synth-no-asset', template(false)), 'template.json'));
    expect(b.functions.map((f) => [f.id, f.dockerfile])).toEqual([['Fn', undefined]]);
    expect(b.unchecked.map((u) => u.message)).toEqual(['Fn: the image is built from the CDK asset asset.abc, which is not beside this template; lint the cloud assembly (cdk.out) to have its Dockerfile checked']);
  });
});

/**
 * A deploy configuration's function, linted: the same findings as its Dockerfile linted by hand with the same
 * context, build args, target and overrides; and the CLI on a SAM project (formats carry both places), in-process,
 * with the built CLI for one error line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/projects.js';
import { readTemplate } from '../../src/deploy/index.js';
import { lintFunction } from '../../src/deploy/lint.js';
import { lintDockerfile } from '../../src/linter/lint.js';
import { cli as built, cliInProcess as cli } from '../helpers/cli.js';
import { reportErrors } from '../helpers/report-schema.js';

const project = tempProjects('lli-deploy-lint-');

// A build arg picks the base image, the target is a middle stage, and the template overrides all three settings.
const DOCKERFILE = `ARG RUNTIME=3.11
FROM public.ecr.aws/lambda/python:\${RUNTIME} AS final
COPY app.py \${LAMBDA_TASK_ROOT}/
COPY other.py /srv/other.py
CMD ["app.handler"]

FROM final AS test
RUN pip install pytest
`;
const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      PackageType: Image
      Architectures: [arm64]
      ImageConfig:
        Command: ["other.handler"]
        EntryPoint: ["python", "other.py"]
        WorkingDirectory: /srv
    Metadata:
      DockerContext: ./api
      Dockerfile: Dockerfile
      DockerBuildTarget: final
      DockerBuildArgs:
        RUNTIME: "3.8"
`;

describe('a function is linted as its Dockerfile with the same settings given by hand', () => {
  it('finds what a hand-made equivalent finds', async () => {
    const dir = project('equal', { 'template.yaml': SAM, 'api/Dockerfile': DOCKERFILE, 'api/app.py': 'def handler(e, c):\n    return 1\n', 'api/other.py': 'def handler(e, c):\n    return 2\n' });
    const [fn] = readTemplate(join(dir, 'template.yaml')).functions;
    const { target } = await lintFunction(fn, { now: new Date('2026-11-27') });

    // By hand: the same context, build args and target, and the overrides written into the target stage.
    const byHand = DOCKERFILE.replace('CMD ["app.handler"]\n', 'CMD ["app.handler"]\nENTRYPOINT ["python", "other.py"]\nCMD ["other.handler"]\nWORKDIR /srv\n');
    const handFile = join(dir, 'api', 'Dockerfile.by-hand');
    writeFileSync(handFile, byHand);
    const hand = await lintDockerfile(byHand, { file: handFile, contextDir: join(dir, 'api'), buildArgs: { RUNTIME: '3.8' }, target: 'final', now: new Date('2026-11-27'), config: { lambda: true } });

    const key = (f: { code: string; messageId: string; severity: string }) => `${f.code}/${f.messageId}/${f.severity}`;
    const got = target.findings.map(key).sort();
    expect(got).toEqual(hand.findings.map(key).sort());
    expect(got).toContain('LL106/deprecated/warning'); // python:3.8 from the template's build arg
    expect(got).toContain('LL102/notRuntime/error'); // the template's EntryPoint, judged as ENTRYPOINT
    // The override's findings point at the template line, with the Dockerfile and the function related.
    const ll102 = target.findings.find((f) => f.code === 'LL102')!;
    expect(ll102.location).toMatchObject({ file: join(dir, 'template.yaml'), line: 11 });
    expect(ll102.message).toContain('(ImageConfig.EntryPoint of Api)');
    expect(ll102.function).toBe('Api');
    expect(ll102.related?.map((r) => `${r.file === join(dir, 'template.yaml') ? 'template' : 'dockerfile'}:${r.line} ${r.message}`)).toEqual(['template:4 function Api', 'dockerfile:2 the Dockerfile that builds the image']);
    const ll106 = target.findings.find((f) => f.code === 'LL106')!;
    expect(ll106.location).toMatchObject({ file: join(dir, 'api', 'Dockerfile'), line: 2 });
    expect(ll106.related?.[0]).toMatchObject({ file: join(dir, 'template.yaml'), line: 4 });
    expect(target.estimates).not.toBeNull();
  });

  it('a Command in the template is the CMD: no "no handler" error for a Dockerfile without CMD', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageConfig:\n        Command: ["app.handler"]\n    Metadata:\n      DockerContext: .\n`;
    const dir = project('command', { 'template.yaml': text, Dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n', 'app.py': 'def handler(e, c):\n    return 1\n' });
    const [fn] = readTemplate(join(dir, 'template.yaml')).functions;
    const { target } = await lintFunction(fn);
    expect(target.findings.filter((f) => f.code === 'LL103')).toEqual([]);
    const alone = await lintDockerfile(readFileSync(join(dir, 'Dockerfile'), 'utf8'), { file: join(dir, 'Dockerfile') });
    expect(alone.findings.filter((f) => f.code === 'LL103').map((f) => f.messageId)).toEqual(['missingCmd']);
  });
});

describe('the CLI on deploy configurations', () => {
  const sam = () =>
    project('cli', {
      'template.yaml': SAM.replace('RUNTIME: "3.8"', 'RUNTIME: "3.12"') + '  Missing:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n    Metadata:\n      DockerContext: ./nowhere\n',
      'api/Dockerfile': DOCKERFILE,
      'api/app.py': 'def handler(e, c):\n    return 1\n',
      'api/other.py': 'def handler(e, c):\n    return 2\n',
      'other/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12@sha256:' + '0'.repeat(64) + '\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      'other/app.py': 'def handler(e, c):\n    return 1\n',
    });

  it('lints each function, reports the bad one in one line with exit 2, and still lints the other inputs', async () => {
    const dir = sam();
    const r = await cli(['template.yaml', 'other/Dockerfile', '--no-color'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['lint-lambda-image: template.yaml: line 24: Missing: the DockerContext nowhere does not exist']);
    expect(r.stdout).toContain('template.yaml:4 Api → api/Dockerfile');
    expect(r.stdout).toMatch(/11:\d+ +error +LL102 entrypoint-invalid in template\.yaml/);
    expect(r.stdout).toContain('other/Dockerfile');
  });

  it('JSON names the function and carries both places, valid against the schema', async () => {
    const dir = sam();
    const r = await cli(['template.yaml', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(reportErrors(report)).toEqual([]);
    const [t] = report.targets;
    expect(t).toMatchObject({ kind: 'function', file: 'api/Dockerfile', function: { id: 'Api', kind: 'sam', architecture: 'arm64', target: 'final', buildArgs: ['RUNTIME'], imageConfig: { command: ['other.handler'], workingDirectory: '/srv' } } });
    const f = t.findings.find((x: { code: string }) => x.code === 'LL102');
    expect(f).toMatchObject({ function: 'Api', location: { file: 'template.yaml', line: 11 }, related: [{ file: 'template.yaml', line: 4 }, { file: 'api/Dockerfile', line: 2 }] });
  });

  it('SARIF has relatedLocations; GitHub, GitLab and Checkstyle name the other place', async () => {
    const dir = sam();
    const sarif = JSON.parse((await cli(['template.yaml', '-f', 'sarif'], { cwd: dir })).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'LL102');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'template.yaml' }, region: { startLine: 11 } });
    expect(result.relatedLocations.map((l: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }) => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine} ${l.message.text}`)).toEqual(['template.yaml:4 function Api', 'api/Dockerfile:2 the Dockerfile that builds the image']);
    expect(result.properties.function).toBe('Api');
    const github = (await cli(['template.yaml', '-f', 'github'], { cwd: dir })).stdout;
    expect(github).toMatch(/::error file=template\.yaml,line=11,.*See also: function Api at template\.yaml:4; the Dockerfile that builds the image at api\/Dockerfile:2/);
    const gitlab = JSON.parse((await cli(['template.yaml', '-f', 'gitlab'], { cwd: dir })).stdout);
    expect(gitlab.find((i: { check_name: string }) => i.check_name.startsWith('LL102'))).toMatchObject({ location: { path: 'template.yaml', lines: { begin: 11 } } });
    const checkstyle = (await cli(['template.yaml', '-f', 'checkstyle'], { cwd: dir })).stdout;
    expect(checkstyle).toContain('<file name="template.yaml">');
    expect(checkstyle).toMatch(/See also: function Api at template\.yaml:4/);
  });

  it('a YAML error is one line and exit 2', async () => {
    const dir = project('yaml-error', { 'template.yaml': 'Resources:\n  Fn: [\n' });
    const r = await cli(['template.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^lint-lambda-image: template\.yaml: YAML error, line \d+, column \d+: /);
    expect(built(['template.yaml'], { cwd: dir })).toEqual(r);
  });

  it('reads Terraform with the bundled HCL parser: a folder is one configuration', async () => {
    const dir = project('tf', {
      'infra/main.tf': 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  role          = "arn:aws:iam::123456789012:role/api"\n  package_type  = "Image"\n  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:latest"\n  architectures = ["arm64"]\n}\n',
      'infra/sam.tf': 'resource "null_resource" "sam_metadata_aws_lambda_function_api" {\n  triggers = {\n    resource_name  = "aws_lambda_function.api"\n    resource_type  = "IMAGE_LAMBDA_FUNCTION"\n    docker_context = "${path.module}/../src"\n    docker_file    = "Dockerfile"\n  }\n}\n',
      'src/Dockerfile': 'FROM --platform=linux/amd64 public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      'src/app.py': 'def handler(e, c):\n    return 1\n',
    });
    const r = await cli(['infra', '-f', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(reportErrors(report)).toEqual([]);
    const [t] = report.targets;
    expect(t).toMatchObject({ kind: 'function', file: 'src/Dockerfile', function: { id: 'aws_lambda_function.api', kind: 'terraform', architecture: 'arm64' } });
    const codes = t.findings.map((f: { code: string; location: { file: string; line: number } }) => `${f.code}@${f.location.file}:${f.location.line}`);
    expect(codes).toContain('LL105@src/Dockerfile:1');
    expect(codes).toContain('LL204@infra/main.tf:5');
  });

  it('an HCL error is one line and exit 2', async () => {
    const dir = project('tf-bad', { 'main.tf': 'resource "aws_lambda_function" "x" {\n  package_type = \n}\n' });
    const r = await cli(['main.tf'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lint-lambda-image: main\.tf: line 2, column \d+: Invalid expression/)]);
  });

  it('a function whose Dockerfile is not text is one line, and the other functions still lint', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Bin:\n    Type: AWS::Serverless::Function\n    Properties: { PackageType: Image }\n    Metadata: { DockerContext: ./bin }\n  Ok:\n    Type: AWS::Serverless::Function\n    Properties: { PackageType: Image }\n    Metadata: { DockerContext: ./ok }\n`;
    const dir = project('binary', { 'template.yaml': text, 'bin/Dockerfile': 'FROM x\u0000\n', 'ok/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', 'ok/app.py': 'def handler(e, c):\n    return 1\n' });
    const r = await cli(['template.yaml', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lint-lambda-image: bin\/Dockerfile: is binary data/)]);
    expect(JSON.parse(r.stdout).targets.map((t: { function: { id: string } }) => t.function.id)).toEqual(['Ok']);
  });

  it('a build target that names no stage is one line and exit 2, as docker build would fail', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { PackageType: Image }\n    Metadata:\n      DockerContext: .\n      DockerBuildTarget: prod\n`;
    const dir = project('no-stage', { 'template.yaml': text, Dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS base\nCMD ["app.handler"]\n' });
    const r = await cli(['template.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('lint-lambda-image: template.yaml: line 8: Fn: the build target "prod" names no stage of Dockerfile (stages: base)');
  });
});

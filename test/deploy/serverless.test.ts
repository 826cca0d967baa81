/**
 * Serverless Framework configurations (serverless.yml): which functions are image functions, how each image is
 * found (a provider.ecr.images entry or an ECR URI), the build settings, overrides and architecture, variables,
 * and the configurations that cannot be read. Cases written from the Framework's documentation and the shapes of
 * public serverless.yml files (string and object images, `${self:...}` names, CloudFormation tags in `resources`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/projects.js';
import { cliInProcess as cli } from '../helpers/cli.js';
import { reportErrors } from '../helpers/report-schema.js';
import { sarifSchemaErrors } from '../report/helpers.js';
import { readDeploy, readTemplate, sniffDeploy, DeployConfigError, type DeployConfig } from '../../src/deploy/index.js';
import { isEcrUri, readServerless } from '../../src/deploy/serverless.js';
import { Variables } from '../../src/deploy/serverless-vars.js';
import { parseTemplate } from '../../src/deploy/cfn-yaml.js';
import { lintFunction } from '../../src/deploy/lint.js';
import { discoverDeployConfigs } from '../../src/action/inputs.js';

const project = tempProjects('lli-sls-');

const DOCKERFILE = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const APP = 'def handler(event, context):\n    return {}\n';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api';

function read(name: string, yml: string, files: Record<string, string> = { 'app/Dockerfile': DOCKERFILE, 'app/app.py': APP }): { dir: string; config: DeployConfig } {
  const dir = project(name, { 'serverless.yml': yml, ...files });
  return { dir, config: readServerless(join(dir, 'serverless.yml')) };
}

const ids = (c: DeployConfig) => c.functions.map((f) => f.id);

describe('Serverless Framework: image functions', () => {
  it('reserved environment keys of the function and of provider.environment (the function own key wins)', () => {
    const { config } = read('reserved-env', `service: demo
provider:
  name: aws
  environment:
    AWS_DEFAULT_REGION: us-east-1
    STAGE: dev
functions:
  hello:
    image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello@sha256:${'a'.repeat(64)}
    environment:
      AWS_SECRET_ACCESS_KEY: x
      TABLE: t
  other:
    image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/other@sha256:${'a'.repeat(64)}
    environment:
      AWS_DEFAULT_REGION: eu-west-1
`);
    expect(config.functions.map((f) => [f.id, (f.reservedEnv ?? []).map((r) => `${r.name}:${r.at.line}:${r.from ?? 'own'}`)])).toEqual([
      ['hello', ['AWS_SECRET_ACCESS_KEY:11:own', 'AWS_DEFAULT_REGION:5:provider.environment']],
      ['other', ['AWS_DEFAULT_REGION:16:own']],
    ]);
    // Every variable the function gets, its own and the provider's, for the rules that ask whether one is set at run time.
    expect(config.functions.map((f) => [f.id, f.envNames])).toEqual([
      ['hello', ['AWS_SECRET_ACCESS_KEY', 'TABLE', 'AWS_DEFAULT_REGION', 'STAGE']],
      ['other', ['AWS_DEFAULT_REGION', 'STAGE']],
    ]);
  });

  it('a string image naming a provider.ecr.images entry: its path is the context, Dockerfile inside it', () => {
    const { dir, config } = read('string-name', `service: demo
provider:
  name: aws
  ecr:
    images:
      appimage:
        path: ./app
functions:
  hello:
    image: appimage
`);
    expect(config.kind).toBe('serverless');
    expect(config.problems).toEqual([]);
    const [fn] = config.functions;
    expect(fn).toMatchObject({ id: 'hello', kind: 'serverless', built: true, buildArgs: {}, imageConfig: {} });
    expect(fn.at.line).toBe(9);
    expect(fn.context).toMatchObject({ value: join(dir, 'app'), at: { line: 7 } });
    expect(fn.dockerfile).toMatchObject({ value: join(dir, 'app', 'Dockerfile'), at: { line: 7 } });
    expect(fn.imageUri).toBeUndefined();
    expect(fn.architecture).toEqual({ value: 'x86_64', at: fn.at, explicit: false });
  });

  it('an object image: name with command, entryPoint and workingDirectory as the ImageConfig overrides', () => {
    const { config } = read('object-name', `service: demo
provider:
  name: aws
  ecr:
    images:
      appimage:
        path: app
functions:
  hello:
    image:
      name: appimage
      command:
        - app.other
      entryPoint: ["/lambda-entrypoint.sh"]
      workingDirectory: /var/task
`);
    const [fn] = config.functions;
    expect(fn.imageConfig.command).toMatchObject({ value: ['app.other'], at: { line: 13 } });
    expect(fn.imageConfig.entryPoint).toMatchObject({ value: ['/lambda-entrypoint.sh'], at: { line: 14 } });
    expect(fn.imageConfig.workingDirectory).toMatchObject({ value: '/var/task', at: { line: 15 } });
  });

  it('provider.ecr.images: path, file, buildArgs, platform, buildOptions (--target, --build-arg); function architecture over the provider\'s', () => {
    const { dir, config } = read('build', `service: demo
provider:
  name: aws
  architecture: arm64
  ecr:
    scanOnPush: true
    images:
      api:
        path: ./svc
        file: docker/Dockerfile.lambda
        buildArgs:
          PYTHON: "3.12"
          TOKEN: \${env:TOKEN}
        buildOptions: ["--target", "final", "--build-arg=EXTRA=1"]
        cacheFrom: [my-image:latest]
        platform: linux/amd64
functions:
  one:
    image: api
  two:
    image: api
    architecture: x86_64
`, { 'svc/docker/Dockerfile.lambda': DOCKERFILE });
    expect(config.problems).toEqual([]);
    const [one, two] = config.functions;
    expect(one.context?.value).toBe(join(dir, 'svc'));
    expect(one.dockerfile).toMatchObject({ value: join(dir, 'svc', 'docker', 'Dockerfile.lambda'), at: { line: 10 } });
    expect(one.buildArgs).toEqual({ PYTHON: '3.12', EXTRA: '1' }); // ${env:TOKEN}: unknown, left out
    expect(one.target).toMatchObject({ value: 'final', at: { line: 14 } });
    expect(one.platform).toMatchObject({ value: 'linux/amd64', at: { line: 16 } });
    expect(one.architecture).toMatchObject({ value: 'arm64', explicit: true, at: { line: 4 } });
    expect(two.architecture).toMatchObject({ value: 'x86_64', explicit: true, at: { line: 22 } });
  });

  it.each([
    ['a URI with a digest', `${REPO}@${DIGEST}`, `${REPO}@${DIGEST}`],
    ['a URI with a tag', `${REPO}:v4`, `${REPO}:v4`],
    ['a URI with tag and digest', `${REPO}:v4@${DIGEST}`, `${REPO}:v4@${DIGEST}`],
    ['a URI from unknown variables', '${ssm:repo}:${env:TAG}', '${ssm:repo}:${env:TAG}'],
    ['a URI with an unknown digest', '${env:ACCOUNT}.dkr.ecr.${env:REGION}.amazonaws.com/api@${opt:digest}', '${env:ACCOUNT}.dkr.ecr.${env:REGION}.amazonaws.com/api@${opt:digest}'],
  ])('a string image that is %s: deployed by URI, not built', (_, image, uri) => {
    const { config } = read(`uri-${uri.length}-${image.length}`, `service: demo\nprovider:\n  name: aws\nfunctions:\n  api:\n    image: ${image}\n`, {});
    expect(config.problems).toEqual([]);
    expect(config.functions[0]).toMatchObject({ built: false, imageUri: { value: uri, at: { line: 6 } } });
    expect(config.functions[0].dockerfile).toBeUndefined();
  });

  it('image.uri and a provider.ecr.images entry with uri are deployed by URI', () => {
    const { config } = read('object-uri', `service: demo
provider:
  name: aws
  ecr:
    images:
      pushed:
        uri: ${REPO}:latest
      short: ${REPO}@${DIGEST}
functions:
  a:
    image:
      uri: ${REPO}:v1
  b:
    image: pushed
  c:
    image: short
`, {});
    expect(config.functions.map((f) => [f.id, f.built, f.imageUri?.value, f.imageUri?.at.line])).toEqual([
      ['a', false, `${REPO}:v1`, 12],
      ['b', false, `${REPO}:latest`, 7],
      ['c', false, `${REPO}@${DIGEST}`, 8],
    ]);
  });

  it('image.command / entryPoint / workingDirectory resolved at deploy time: not judged (no "sets no Command" error), and said', async () => {
    const yml = (image: string) => `service: demo
provider:
  name: aws
  ecr:
    images:
      img:
        path: ./app
functions:
  fn:
    image:
      name: img
${image}`;
    const files = { 'app/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n', 'app/app.py': APP, 'config.yml': 'command:\n  - app.handler\n' };
    const a = read('command-file', yml('      command: ${file(./config.yml):command}\n'), files);
    expect(a.config.functions[0].imageConfig.unresolved).toEqual(['command']);
    expect(a.config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual(['12: fn: image.command is ${file(./config.yml):command} resolved at deploy time; what Lambda runs was not checked (the handler and launch checks are skipped for this function)']);
    const r = await cli(['--no-color', '--no-estimates', join(a.dir, 'serverless.yml')]);
    expect(r.stdout).not.toMatch(/LL103/);
    expect(r.status).toBe(0);
    const b = read('command-item-ssm', yml('      command:\n        - ${ssm:/demo/handler}\n      workingDirectory: ${env:WD}\n'), files);
    expect(b.config.functions[0].imageConfig.unresolved).toEqual(['workingDirectory', 'command']);
    // Written out: read, and judged (the handler module is missing).
    const c = read('command-literal', yml('      command:\n        - nothere.handler\n'), files);
    expect(c.config.functions[0].imageConfig.command?.value).toEqual(['nothere.handler']);
    expect(c.config.unchecked).toEqual([]);
  });

  it('url: true (BUFFERED), url.invokeMode, and AWS_LWA_INVOKE_MODE from the function or the provider environment', () => {
    const { config } = read('function-url', `service: demo
provider:
  name: aws
  environment:
    AWS_LWA_INVOKE_MODE: response_stream
  ecr:
    images:
      img:
        path: ./app
functions:
  plain:
    image: img
    url: true
    environment:
      AWS_LWA_INVOKE_MODE: buffered
  streams:
    image: img
    url:
      invokeMode: RESPONSE_STREAM
  none:
    image: img
`);
    expect(config.functions.map((f) => [f.id, f.urlInvokeMode?.value, f.adapterInvokeMode])).toEqual([
      ['plain', 'BUFFERED', 'buffered'],
      ['streams', 'RESPONSE_STREAM', 'response_stream'],
      ['none', undefined, 'response_stream'],
    ]);
  });

  it('what is resolved at deploy time is not checked, and said: an image URI from ssm/env, a path from env; the CLI exits 0 and the JSON report carries it', async () => {
    const yml = `service: demo
provider:
  name: aws
  ecr:
    images:
      built:
        path: \${env:IMAGE_DIR}
functions:
  a:
    image: \${ssm:demo-ecr-uri}:\${env:IMAGE_VERSION}
  b:
    image: built
`;
    const { dir, config } = read('unresolved', yml, {});
    expect(config.problems).toEqual([]);
    expect(config.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual([
      '10: a: the image ${ssm:demo-ecr-uri}:${env:IMAGE_VERSION} holds values resolved at deploy time; what it deploys was not checked',
      '7: b: the image built is built from path ${env:IMAGE_DIR}, resolved at deploy time; its Dockerfile was not linted',
    ]);
    const stylish = await cli(['--no-color', join(dir, 'serverless.yml')]);
    expect(stylish.status).toBe(0);
    expect(stylish.stdout).toMatch(/^ℹ .*serverless\.yml: not checked: line 10: a: the image /m);
    expect(stylish.stdout).toMatch(/No problems \(2 functions linted for deploy settings only; 2 notes on what was not checked\)/);
    const json = await cli(['--format', 'json', join(dir, 'serverless.yml')]);
    const report = JSON.parse(json.stdout);
    expect(report.unchecked.map((u: { message: string }) => u.message.slice(0, 12))).toEqual(['line 10: a: ', 'line 7: b: t']);
    expect(reportErrors(report)).toEqual([]);
    // SARIF: notes of the invocation (never results, never a failed execution), with the line.
    const sarif = JSON.parse((await cli(['--format', 'sarif', join(dir, 'serverless.yml')])).stdout);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const invocation = sarif.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(sarif.runs[0].results).toEqual([]);
    const notes = invocation.toolExecutionNotifications.filter((n: { properties?: { unchecked?: boolean } }) => n.properties?.unchecked);
    expect(notes.map((n: { level: string; message: { text: string }; locations: { physicalLocation: { region?: { startLine: number } } }[] }) => [n.level, n.message.text.replace(/^.*serverless\.yml: /, ''), n.locations[0].physicalLocation.region?.startLine])).toEqual([
      ['note', 'not checked: line 10: a: the image ${ssm:demo-ecr-uri}:${env:IMAGE_VERSION} holds values resolved at deploy time; what it deploys was not checked', 10],
      ['note', 'not checked: line 7: b: the image built is built from path ${env:IMAGE_DIR}, resolved at deploy time; its Dockerfile was not linted', 7],
    ]);
  });

  it('functions given by ${file(...)} (the whole section, or entries of its list) are not checked, and said: never "zip functions"', () => {
    const whole = read('functions-file', 'service: demo\nprovider:\n  name: aws\nfunctions: ${file(./functions.yml)}\n', { 'functions.yml': 'api:\n  image: app\n' }).config;
    expect(whole.functions).toEqual([]);
    expect(whole.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual(['4: functions is ${file(./functions.yml)}, not resolved here; its functions were not checked']);
    const list = read('functions-list', 'service: demo\nprovider:\n  name: aws\nfunctions:\n  - ${file(./a.yml)}\n  - zip:\n      handler: a.b\n', {}).config;
    expect(list.unchecked.map((u) => `${u.at.line}: ${u.message}`)).toEqual(['5: functions holds ${file(./a.yml)}, not resolved here; its functions were not checked']);
    const none = read('functions-empty', 'service: demo\nprovider:\n  name: aws\nfunctions:\n', {}).config;
    expect(none.unchecked).toEqual([]);
  });

  it('a provider.ecr.images entry written as a string is its path; serverless.json is read the same way', () => {
    const { dir, config } = read('string-entry', `service: demo
provider:
  name: aws
  ecr:
    images:
      demo: ./app
functions:
  api:
    image:
      name: \${self:service}
`);
    expect(config.problems).toEqual([]);
    expect(config.functions[0].dockerfile).toMatchObject({ value: join(dir, 'app', 'Dockerfile'), at: { line: 6 } });
    const json = project('json', { 'serverless.json': JSON.stringify({ service: 'j', provider: { name: 'aws', ecr: { images: { app: { path: 'app' } } } }, functions: { api: { image: 'app' } } }), 'app/Dockerfile': DOCKERFILE });
    const fromJson = readServerless(join(json, 'serverless.json'));
    expect(fromJson.functions.map((f) => f.dockerfile?.value)).toEqual([join(json, 'app', 'Dockerfile')]);
  });

  it('zip functions (handler + runtime) are skipped (the CLI says nothing was linted); another provider deploys no Lambda functions', async () => {
    const { dir: zip, config } = read('zip', `service: demo
provider:
  name: aws
  runtime: python3.12
functions:
  zipped:
    handler: handler.hello
  other:
    handler: handler.other
    runtime: nodejs20.x
`);
    expect(config.functions).toEqual([]);
    expect(config.problems).toEqual([]);
    const told = await cli(['serverless.yml'], { cwd: zip });
    expect(told.status).toBe(0);
    expect(told.stdout).toMatch(/Nothing to lint: serverless\.yml declares no container image function/);
    expect((await cli(['-q', 'serverless.yml'], { cwd: zip })).stdout).toBe('');
    const google = read('google', 'service: demo\nprovider:\n  name: google\nfunctions:\n  a:\n    image: x\n').config;
    expect(google.functions).toEqual([]);
    expect(google.problems).toEqual([]);
  });

  it('functions as a list of mappings (entries that are ${file(...)} are not known here)', () => {
    const { config } = read('list', `service: demo
provider:
  name: aws
  ecr: { images: { app: { path: ./app } } }
functions:
  - \${file(./more-functions.yml)}
  - first:
      image: app
  - second:
      image: app
`);
    expect(ids(config)).toEqual(['first', 'second']);
  });
});

describe('Serverless Framework: variables', () => {
  it('${self:...} paths are followed within the file (names, paths, nested paths, fallbacks); other sources stay unknown', () => {
    const { dir, config } = read('self', `service: demo
custom:
  image: app
  folder: app
  dir: \${self:custom.folder}
  stage: \${opt:stage, 'dev'}
  arch: \${env:ARCH}
provider:
  name: aws
  ecr:
    images:
      app:
        path: ./\${self:custom.dir}
        buildArgs:
          STAGE: \${self:custom.stage}
          NAME: \${self:service}-\${self:custom.missing, 'x'}
functions:
  byName:
    image:
      name: \${self:custom.image}
  byService:
    image: \${self:custom.image}
    architecture: \${self:custom.arch}
`);
    expect(config.problems).toEqual([]);
    const [byName, byService] = config.functions;
    expect(byName.dockerfile?.value).toBe(join(dir, 'app', 'Dockerfile'));
    expect(byName.buildArgs).toEqual({ NAME: 'demo-x' }); // STAGE depends on --stage: unknown
    expect(byService.dockerfile?.value).toBe(join(dir, 'app', 'Dockerfile'));
    expect(byService.architecture).toBeUndefined(); // ${env:ARCH}: not known, never judged
  });

  it('an image name or build path that is not known is not judged and not an error', () => {
    const { config } = read('unknown', `service: demo
provider:
  name: aws
  ecr:
    images:
      app:
        path: ./\${opt:stage}
functions:
  a:
    image: \${opt:image}
  b:
    image: app
  c:
    image:
      name: app
      command: ["\${env:HANDLER}"]
`);
    expect(config.problems).toEqual([]);
    expect(config.functions.map((f) => [f.id, f.built, f.dockerfile, f.imageUri])).toEqual([
      ['a', true, undefined, undefined],
      ['b', true, undefined, undefined],
      ['c', true, undefined, undefined],
    ]);
    expect(config.functions[2].imageConfig.command).toBeUndefined();
  });

  it.each([
    ['${self:a}', 'one'],
    ['x-${self:b.c}-y', 'x-two-y'],
    ['${self:b.list.1}', 'second'],
    ['${self:loop}', '${self:loop}'],
    ['${self:nope, "fb"}', 'fb'],
    ['${self:nope, 3}', '3'],
    ['${self:nope, env:X}', '${self:nope, env:X}'],
    ['${self:b.${opt:k}}', '${...}'],
    ['${sls:stage}', '${sls:stage}'],
    ['${aws:accountId}', '${aws:accountId}'],
    ['unterminated ${self:a', 'unterminated ${self:a'],
  ])('resolve(%s) = %s', (input, text) => {
    const t = parseTemplate('serverless.yml', 'a: one\nloop: ${self:loop}\nb:\n  c: two\n  list: [first, second]\n');
    expect(new Variables(t.root).resolve(input).text).toBe(text);
  });

  it('a document that multiplies ${self:} references resolves within bounds, to unknown', () => {
    const ten = (next: string) => `\${self:${next}}`.repeat(10);
    const levels = 'abcdefghijkl'.split('');
    const text = levels.map((l, i) => `${l}: "${i + 1 < levels.length ? ten(levels[i + 1]) : 'x'.repeat(1000)}"`).join('\n');
    const t = parseTemplate('serverless.yml', `${text}\n`);
    const started = Date.now();
    const v = new Variables(t.root).resolve('${self:a}');
    expect(v.known).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    [`${REPO}:v1`, true],
    [`${REPO}`, true],
    [`repo@${DIGEST}`, true],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/api:v1', true],
    ['appimage', false],
    ['public.ecr.aws/lambda/python:3.12', false],
    ['repo@sha256:abc', false],
  ])('isEcrUri(%s) = %s', (s, expected) => {
    expect(isEcrUri(s)).toBe(expected);
  });
});

describe('Serverless Framework: configurations that cannot be read as written', () => {
  it('a missing Dockerfile, build folder or image name is a problem of that function; the others are still read', () => {
    const { dir, config } = read('missing', `service: demo
provider:
  name: aws
  ecr:
    images:
      nofile:
        path: ./app
        file: Dockerfile.missing
      nodir:
        path: ./nowhere
      both:
        path: ./app
        uri: ${REPO}:v1
      app:
        path: ./app
functions:
  a:
    image: nofile
  b:
    image: nodir
  c:
    image: nothere
  d:
    image:
      name: app
      uri: ${REPO}:v1
  e:
    image: both
  fine:
    image: app
`);
    expect(ids(config)).toEqual(['fine']);
    expect(config.problems.map((p) => `${p.at.line}: ${p.message.replace(dir, '<dir>')}`)).toEqual([
      '8: a: the Dockerfile <dir>/app/Dockerfile.missing of the image nofile does not exist',
      '10: b: the image nodir is built from <dir>/nowhere, which does not exist',
      '22: c: the image "nothere" is neither an ECR image URI nor an image of provider.ecr.images',
      '25: d: image sets both name and uri; the Framework takes one of them',
      '12: e: the image both of provider.ecr.images sets both path and uri; the Framework takes one of them',
    ]);
  });

  it('broken YAML, a document that is not a mapping, and serverless.ts are one line each', () => {
    const dir = project('unreadable', { 'serverless.yml': 'service: x\nfunctions:\n  a: [\n', 'list/serverless.yml': '- a\n', 'serverless.ts': 'export default {}\n' });
    const message = (file: string) => {
      try {
        readServerless(join(dir, file));
      } catch (e) {
        expect(e).toBeInstanceOf(DeployConfigError);
        return (e as DeployConfigError).detail;
      }
      return 'read';
    };
    expect(message('serverless.yml')).toMatch(/^YAML error, line \d+, column \d+: /);
    expect(message('list/serverless.yml')).toBe('is not a Serverless Framework configuration: the document is not a mapping');
    expect(message('serverless.ts')).toMatch(/^is a Serverless Framework configuration written as code, which cannot be read without running it; .*serverless print/);
    for (const file of ['serverless.yml', 'list/serverless.yml', 'serverless.ts']) expect(message(file)).not.toContain('\n');
  });
});

describe('Serverless Framework: as an input', () => {
  it.each([
    ['serverless.yml', 'serverless'],
    ['serverless.yaml', 'serverless'],
    ['serverless.json', 'serverless'],
    ['serverless.ts', 'serverless'],
    ['serverless.js', 'serverless'],
    ['template.yaml', 'template'],
    ['handler.ts', undefined],
  ])('sniffDeploy(%s) = %s', (name, kind) => {
    const dir = project('sniff', { [name]: 'service: x\n' });
    expect(sniffDeploy(join(dir, name))).toBe(kind);
  });

  it('a configuration under another name (serverless.prod.yml, serverless print output) is read by its shape', async () => {
    const dir = project('other-name', { 'serverless.prod.yml': `service: demo\nprovider:\n  name: aws\nfunctions:\n  api:\n    image: ${REPO}:v1\n` });
    const file = join(dir, 'serverless.prod.yml');
    expect(sniffDeploy(file)).toBe('template');
    const config = await readDeploy(file, 'template');
    expect(config.kind).toBe('serverless');
    expect(readTemplate(file).functions.map((f) => f.imageUri?.value)).toEqual([`${REPO}:v1`]);
  });

  it('the Action\'s deploy-configs auto finds serverless.yml, .yaml and .json, not the code forms', () => {
    const dir = project('discover', { 'svc/serverless.yml': 'service: a\n', 'other/serverless.yaml': 'service: b\n', 'j/serverless.json': '{}', 'ts/serverless.ts': '', 'node_modules/x/serverless.yml': '' });
    expect(discoverDeployConfigs(dir)).toEqual(['j/serverless.json', 'other/serverless.yaml', 'svc/serverless.yml']);
  });

  it('LL204 judges an image deployed by tag, not one deployed by digest nor one the Framework builds', async () => {
    const { config } = read('ll204', `service: demo
provider:
  name: aws
  ecr: { images: { app: { path: ./app } } }
functions:
  tagged:
    image: ${REPO}:v4
  pinned:
    image: ${REPO}@${DIGEST}
  built:
    image: app
`);
    const codes = await Promise.all(config.functions.map(async (fn) => (await lintFunction(fn, { now: new Date('2026-11-27') })).target.findings.map((f) => `${f.code}:${f.location.line}`)));
    expect(codes[0]).toEqual(['LL204:7']);
    expect(codes[1]).toEqual([]);
    expect(codes[2]).not.toContain('LL204:11');
  });

  it('the CLI: findings on the serverless.yml line, a missing Dockerfile one error line (exit 2), the other functions linted', async () => {
    const dir = project('cli', {
      'serverless.yml': `service: demo
provider:
  name: aws
  architecture: arm64
  ecr:
    images:
      app:
        path: ./app
        platform: linux/amd64
      gone:
        path: ./app
        file: Dockerfile.gone
functions:
  api:
    image:
      name: app
      command: ["worker.handle"]
  broken:
    image: gone
`,
      'app/Dockerfile': DOCKERFILE,
      'app/app.py': APP,
    });
    const r = await cli(['serverless.yml', '-f', 'json', '--now', '2026-11-27'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`lint-lambda-image: serverless.yml: line 12: broken: the Dockerfile app/Dockerfile.gone of the image gone does not exist`]);
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: { function: { id: string; kind: string } }) => `${t.function.kind} ${t.function.id}`)).toEqual(['serverless api']);
    const at = report.targets[0].findings.map((f: { code: string; location: { file: string; line: number } }) => `${f.code}@${f.location.file}:${f.location.line}`);
    expect(at).toEqual(expect.arrayContaining(['LL105@serverless.yml:9', 'LL103@serverless.yml:17']));
    const ll103 = report.targets[0].findings.find((f: { code: string }) => f.code === 'LL103');
    expect(ll103.message).toContain('(image.command of api)');
  });
});

/**
 * The action against a loopback stand-in for the GitHub API (octokit baseUrl). Every request body is validated
 * against GitHub's OpenAPI request schemas for checks/create and checks/update (test/fixtures/github-openapi).
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../src/linter/lint.js';
import { expandGlobs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/main.js';
import { discoverDeployConfigs } from '../../src/action/inputs.js';
import { toAnnotations } from '../../src/action/checks.js';
import { addFormats, cjsDefault, REPO_ROOT } from '../report/helpers.js';
import { buildImage, packTar } from '../image-kit.js';
import { writeOciImage } from '../estimate/image-builder.js';
import { reportErrors } from '../helpers/report-schema.js';
import { formatJson } from '../../src/report/json.js';

const Ajv = cjsDefault(AjvModule);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const schema = (name: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/github-openapi', name), 'utf8'));
const validateCreate = ajv.compile(schema('checks-create.request.json'));
const validateUpdate = ajv.compile(schema('checks-update.request.json'));

interface Recorded { method: string; url: string; body: any; auth?: string }
type Mode = 'ok' | 'forbidden' | 'secondary-rate-limit';

let server: Server;
let baseUrl: string;
let mode: Mode = 'ok';
let requests: Recorded[] = [];
let schemaErrors: string[] = [];
let rateLimited = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((res) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => res(s));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const text = await readBody(req);
    const body = text ? JSON.parse(text) : undefined;
    requests.push({ method: req.method!, url: req.url!, body, auth: req.headers.authorization });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (mode === 'forbidden') return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run' });
    if (mode === 'secondary-rate-limit' && rateLimited === 0) {
      rateLimited++;
      return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '1' });
    }
    if (req.method === 'POST' && req.url === '/repos/octo/lambda/check-runs') {
      if (!validateCreate(body)) schemaErrors.push(`create: ${ajv.errorsText(validateCreate.errors)}`);
      return send(201, { id: 4242, head_sha: body.head_sha, status: body.status });
    }
    if (req.method === 'PATCH' && req.url === '/repos/octo/lambda/check-runs/4242') {
      if (!validateUpdate(body)) schemaErrors.push(`update: ${ajv.errorsText(validateUpdate.errors)}`);
      return send(200, { id: 4242 });
    }
    send(404, { message: `Not Found: ${req.method} ${req.url}` });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  mode = 'ok';
  requests = [];
  schemaErrors = [];
  rateLimited = 0;
});

const HEAD = '1111111111111111111111111111111111111111';
const MERGE = '2222222222222222222222222222222222222222';

/**
 * A workspace with `n` LL201 findings (one per FROM), only LL201 enabled, and a pull_request event. LL201 is an error
 * on a Lambda image's shipped stage only: `raise` makes every one of them an error (the configuration's rules key).
 */
function workspace(n: number, extra: Record<string, string> = {}, raise = false) {
  const dir = mkdtempSync(join(tmpdir(), 'lli-action-'));
  const froms = Array.from({ length: n }, (_, i) => `FROM public.ecr.aws/lambda/python AS s${i}\n`).join('');
  mkdirSync(join(dir, 'svc'), { recursive: true });
  writeFileSync(join(dir, 'svc/Dockerfile'), `${froms}CMD ["app.handler"]\n`);
  const ignore = RULES.filter((r) => r.code !== 'LL201').map((r) => `  - ${r.code}`).join('\n');
  writeFileSync(join(dir, '.lint-lambda-image.yaml'), `ignore:\n${ignore || '  []'}\n${raise ? 'rules:\n  LL201: error\n' : ''}`.replace('ignore:\n  []', 'ignore: []'));
  for (const [k, v] of Object.entries(extra)) writeFileSync(join(dir, k), v);
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD }, base: { sha: '3'.repeat(40) } } }));
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output.txt');
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'octo/lambda', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: MERGE,
    GITHUB_API_URL: baseUrl, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output,
    'INPUT_DOCKERFILES': '**/Dockerfile', 'INPUT_TOKEN': 'test-token', 'INPUT_ANNOTATE': 'check-run', 'INPUT_SARIF-FILE': 'results.sarif',
  };
  return { dir, env, summary, output };
}

async function act(env: NodeJS.ProcessEnv) {
  let log = '';
  const result = await runAction({ env, stdout: (s) => (log += s), toolVersion: '0.1.0', retry: { sleep: async () => {} } });
  return { result, log };
}

describe('GitHub Action', () => {
  it('creates a check run on the PR head SHA and sends 120 annotations in 3 batches', async () => {
    const w = workspace(120, {}, true);
    const { result, log } = await act(w.env);
    expect(schemaErrors).toEqual([]);
    expect(result.report.targets[0].findings).toHaveLength(120);
    expect(result.annotatedWith).toBe('check-run');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /repos/octo/lambda/check-runs', 'PATCH /repos/octo/lambda/check-runs/4242', 'PATCH /repos/octo/lambda/check-runs/4242',
    ]);
    expect(requests[0].auth).toBe('token test-token');
    expect(requests[0].body).toMatchObject({ name: 'lint-lambda-image', head_sha: HEAD, status: 'in_progress' });
    expect(requests.map((r) => r.body.output.annotations.length)).toEqual([50, 50, 20]);
    expect(requests[1].body.status).toBeUndefined();
    expect(requests[2].body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const a = requests[0].body.output.annotations[0];
    expect(a).toMatchObject({ path: 'svc/Dockerfile', start_line: 1, end_line: 1, start_column: 1, annotation_level: 'failure', title: 'LL201 base-image-unpinned' });
    expect(requests.flatMap((r) => r.body.output.annotations).map((x: { start_line: number }) => x.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(result.exitCode).toBe(1);
    expect(log).not.toMatch(/^::error file=/m);
    expect(readFileSync(w.summary, 'utf8')).toMatch(/\| error \| \[LL201\]\(https:[^)]+\) base-image-unpinned \| svc\/Dockerfile \| 1 \|/);
    expect(readFileSync(w.output, 'utf8')).toContain('findings=120\nerrors=120\n');
    const sarif = JSON.parse(readFileSync(join(w.dir, 'results.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(120);
  });

  it('completes in one request when there are at most 50 annotations, with a success conclusion when clean', async () => {
    const w = workspace(0);
    writeFileSync(join(w.dir, 'svc/Dockerfile'), `FROM public.ecr.aws/lambda/python:3.12@sha256:${'0'.repeat(64)}\nCMD ["app.handler"]\n`);
    const { result } = await act(w.env);
    expect(schemaErrors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toMatchObject({ status: 'completed', conclusion: 'success', head_sha: HEAD });
    expect(requests[0].body.output.annotations).toBeUndefined();
    expect(result.exitCode).toBe(0);
  });

  it('falls back to workflow commands on 403 (fork pull requests), and says so once', async () => {
    mode = 'forbidden';
    const w = workspace(3, {}, true);
    const { result, log } = await act(w.env);
    expect(result.annotatedWith).toBe('workflow-commands');
    expect(requests).toHaveLength(1);
    expect(log.match(/cannot create check runs/g)).toHaveLength(1);
    expect(log.match(/^::error file=svc\/Dockerfile,line=\d+,col=1,endLine=\d+,endColumn=\d+,title=LL201 base-image-unpinned::/gm)).toHaveLength(3);
    expect(result.exitCode).toBe(1);
    expect(readFileSync(w.summary, 'utf8')).toContain('**3** errors');
  });

  it('retries on a secondary rate limit', async () => {
    mode = 'secondary-rate-limit';
    const w = workspace(2);
    const { result, log } = await act(w.env);
    expect(schemaErrors).toEqual([]);
    expect(requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(result.annotatedWith).toBe('check-run');
    expect(log).toMatch(/rate limit \(HTTP 403\); retrying/);
  });

  it('uses GITHUB_SHA on push events and honours annotate: none', async () => {
    const w = workspace(1);
    writeFileSync(w.env.GITHUB_EVENT_PATH!, JSON.stringify({ ref: 'refs/heads/main' }));
    await act(w.env);
    expect(requests[0].body.head_sha).toBe(MERGE);
    requests = [];
    const { log } = await act({ ...w.env, INPUT_ANNOTATE: 'none' });
    expect(requests).toHaveLength(0);
    expect(log).not.toMatch(/^::error file=/m);
  });

  it('inputs ignore, build-args, target, format + output-file, no-fail; estimates and plurals in the summary', async () => {
    const w = workspace(1);
    // A second Dockerfile with a build arg, two stages and an app; only LL201 is enabled by the workspace config.
    mkdirSync(join(w.dir, 'api'), { recursive: true });
    writeFileSync(join(w.dir, 'api/Dockerfile'), 'ARG BASE=public.ecr.aws/lambda/python:3.12\nFROM ${BASE} AS app\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n');
    writeFileSync(join(w.dir, 'api/app.py'), 'def handler(e, c):\n    return 1\n');
    const base = { ...w.env, INPUT_ANNOTATE: 'none', INPUT_DOCKERFILES: 'api/Dockerfile' };
    // build-args reach the Dockerfile: a pinned BASE leaves LL201 nothing to report.
    const pinned = await act({ ...base, 'INPUT_BUILD-ARGS': `BASE=public.ecr.aws/lambda/python:3.12@sha256:${'0'.repeat(64)}` });
    expect(pinned.result.report.targets[0].findings).toEqual([]);
    const unpinned = await act(base);
    expect(unpinned.result.report.targets[0].findings.map((f) => f.code)).toEqual(['LL201']);
    // ignore turns it off; target names a stage (an unknown one is an input error, exit 2).
    expect((await act({ ...base, INPUT_IGNORE: 'base-image-unpinned' })).result.report.targets[0].findings).toEqual([]);
    expect((await act({ ...base, INPUT_TARGET: 'app' })).result.report.errors).toEqual([]);
    const badTarget = await act({ ...base, INPUT_TARGET: 'nope' });
    expect(badTarget.result.exitCode).toBe(2);
    expect(badTarget.result.report.errors[0].message).toMatch(/--target "nope" names no stage of this Dockerfile \(stages: app\)/);
    // format + output-file: any format, here checkstyle; no-fail keeps the step green on findings.
    const strict = { ...base, 'INPUT_FAILURE-THRESHOLD': 'warning', INPUT_FORMAT: 'checkstyle', 'INPUT_OUTPUT-FILE': 'lint.xml' };
    expect((await act(strict)).result.exitCode).toBe(1);
    const { result, log } = await act({ ...strict, 'INPUT_NO-FAIL': 'true' });
    expect(result.exitCode).toBe(0);
    expect(log).toMatch(/not failing the step \(no-fail: true\)/);
    expect(readFileSync(join(w.dir, 'lint.xml'), 'utf8')).toMatch(/<checkstyle[\s\S]*source="lint-lambda-image\.LL201/);
    expect(readFileSync(w.output, 'utf8')).toMatch(/output-file=lint\.xml/);
    expect((await act({ ...base, INPUT_FORMAT: 'nope', 'INPUT_OUTPUT-FILE': 'x' })).result.exitCode).toBe(2);
    expect((await act({ ...base, INPUT_FORMAT: 'json' })).result.exitCode).toBe(2);
    // The job summary: singular counts and the Dockerfile's estimates.
    const summary = readFileSync(w.summary, 'utf8');
    expect(summary).toContain('**0** errors, **1** warning, **0** info in 1 input.');
    expect(summary).toMatch(/### Size and cold-start estimates[\s\S]*\*\*api\/Dockerfile\*\*[\s\S]*Size \(estimated\)/);
    expect(log).toMatch(/lint-lambda-image: 0 errors, 1 warning, 0 info in 1 input\./);
  });

  it('the default dockerfiles: every Dockerfile of the workspace, without .gitignored or excluded ones', async () => {
    const w = workspace(1);
    for (const [f, body] of Object.entries({ 'b/api.Dockerfile': 'FROM public.ecr.aws/lambda/python\nCMD ["app.handler"]\n', 'gen/Dockerfile': 'FROM x\n', 'old/Dockerfile': 'FROM x\n', '.gitignore': 'gen/\n' })) {
      mkdirSync(join(w.dir, f, '..'), { recursive: true });
      writeFileSync(join(w.dir, f), body);
    }
    writeFileSync(join(w.dir, '.lint-lambda-image.yaml'), `${readFileSync(join(w.dir, '.lint-lambda-image.yaml'), 'utf8')}exclude: [old/**]\n`);
    const { result } = await act({ ...w.env, INPUT_DOCKERFILES: '', INPUT_ANNOTATE: 'none' });
    expect(result.report.targets.map((t) => t.file.slice(w.dir.length + 1)).sort()).toEqual(['b/api.Dockerfile', 'svc/Dockerfile']);
  });

  it('lints image archives and OCI layouts through the CLI code path (facts, estimates, check run)', async () => {
    const w = workspace(0);
    mkdirSync(join(w.dir, 'build'), { recursive: true });
    const img = await buildImage({
      config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' },
      layers: [{ 'var/task/app.py': 'def handler(e, c):\n    return 1\n' }, { 'var/task/data.bin': Buffer.alloc(4096, 1) }],
    });
    writeFileSync(join(w.dir, 'build/fn.tar'), img);
    const ociDir = join(w.dir, 'build/oci');
    await writeOciImage(ociDir, { config: { architecture: 'amd64', os: 'linux', config: { Cmd: ['app.handler'] } }, history: [{ createdBy: 'COPY app.py /var/task/', files: [{ path: '/var/task/app.py', body: 'def handler(e, c):\n    return 1\n' }] }] }, new Map());
    const env = { ...w.env, INPUT_DOCKERFILES: '', INPUT_IMAGES: `build/*.tar\n${ociDir}` };
    const { result } = await act(env);
    expect(schemaErrors).toEqual([]);
    expect(result.report.errors).toEqual([]);
    expect(result.report.targets.map((t) => [t.kind, t.file])).toEqual([['image', join(w.dir, 'build/fn.tar')], ['image', ociDir]]);
    const [fn, oci] = result.report.targets;
    expect(fn.image).toMatchObject({ format: 'docker-archive', platform: 'linux/amd64', ref: 'test/app:1' });
    expect((fn.image as { layers: unknown[] }).layers).toHaveLength(2);
    expect(fn.estimates?.size.exact).toBe(true);
    expect(oci.image).toMatchObject({ format: 'oci-dir', platform: 'linux/amd64' });
    // The JSON report of what the action saw is valid against the report schema (image facts and estimates included).
    expect(reportErrors(JSON.parse(formatJson(result.report, '0.1.0')))).toEqual([]);
    expect(result.exitCode).toBe(result.report.targets.some((t) => t.findings.some((f) => f.severity === 'error')) ? 1 : 0);
    expect(requests[0].body.head_sha).toBe(HEAD);
    const summary = readFileSync(w.summary, 'utf8');
    expect(summary).toContain('in 2 inputs.');
    expect(summary).toMatch(/\*\*build\/fn\.tar\*\*\n\n\| \| \|/);
    expect(summary).toMatch(/\| Size \(measured\) \|/);
    expect(summary).not.toContain('{"');
    const sarif = JSON.parse(readFileSync(join(w.dir, 'results.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('Dockerfiles get what the CLI gives them: build context, build args from the configuration, estimates', async () => {
    const w = workspace(0, { 'svc/app.py': 'def handler(event, context):\n    return 1\n' });
    writeFileSync(join(w.dir, 'svc/Dockerfile'), 'ARG PY=3.12\nFROM public.ecr.aws/lambda/python:${PY}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n');
    writeFileSync(join(w.dir, '.lint-lambda-image.yaml'), 'build-args:\n  PY: "3.13"\n');
    const { result } = await act({ ...w.env, INPUT_ANNOTATE: 'none' });
    const target = result.report.targets[0];
    expect(target.estimates).not.toBeNull();
    expect(JSON.stringify(target.estimates)).not.toMatch(/no build context/);
    expect(JSON.stringify(target.estimates)).toContain('python:3.13');
    expect(readFileSync(w.summary, 'utf8')).toMatch(/### Size and cold-start estimates/);
  });

  it('a Dockerfile with no sign of Lambda: the summary gives its size estimate without saying cold start', async () => {
    const w = workspace(0);
    writeFileSync(join(w.dir, 'svc/Dockerfile'), 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n');
    const { result } = await act({ ...w.env, INPUT_ANNOTATE: 'none' });
    expect(result.report.targets[0].estimates?.coldStart).toBeNull();
    const summary = readFileSync(w.summary, 'utf8');
    expect(summary).toMatch(/### Size estimates\n\n\*\*svc\/Dockerfile\*\*/);
    expect(summary).not.toMatch(/cold-start|Cold start p50/);
    expect(summary).toMatch(/\| Cold start \| not estimated: the file shows no sign of being a Lambda image/);
  });

  it('an image that cannot be read is one clear error (exit 2); the other inputs are still linted', async () => {
    const w = workspace(1);
    writeFileSync(join(w.dir, 'broken.tar'), Buffer.alloc(3000, 7));
    // A tar archive that holds no image (neither manifest.json nor index.json).
    const bad = join(w.dir, 'not-an-image.tar');
    writeFileSync(bad, await packTar([{ name: 'readme.txt', type: 'file', body: Buffer.from('hello\n'), mode: 0o644, uid: 0, gid: 0 }]));
    const env = { ...w.env, INPUT_IMAGES: `broken.tar, ${bad}, missing.tar`, INPUT_ANNOTATE: 'workflow-commands' };
    const { result, log } = await act(env);
    expect(result.exitCode).toBe(2);
    expect(result.report.targets.map((t) => t.kind)).toEqual(['dockerfile']);
    expect(result.report.targets[0].findings).toHaveLength(1);
    expect(result.report.errors.map((e) => e.file)).toEqual([join(w.dir, 'broken.tar'), bad, join(w.dir, 'missing.tar')]);
    for (const e of result.report.errors) {
      expect(e.message).not.toMatch(/\n|    at |Error:/);
      expect(e.message).not.toContain(e.file);
    }
    expect(result.report.errors[1].message).toMatch(/not a container image/);
    expect(result.report.errors[2].message).toBe('no such file or directory');
    expect(log).toMatch(/^::error file=broken\.tar,title=lint-lambda-image%3A input error::/m);
    expect(readFileSync(w.summary, 'utf8')).toMatch(/Inputs that could not be linted[\s\S]*- broken\.tar: /);
  });

  it('deploy-configs auto: finds the templates, lints each function once, not its Dockerfile a second time alone', async () => {
    const w = workspace(1, { 'template.yaml': 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n    Metadata:\n      DockerContext: ./svc\n' });
    mkdirSync(join(w.dir, 'infra/.terraform/modules'), { recursive: true });
    writeFileSync(join(w.dir, 'infra/main.tf'), 'resource "aws_s3_bucket" "b" {}\n');
    writeFileSync(join(w.dir, 'infra/.terraform/modules/x.tf'), '');
    mkdirSync(join(w.dir, 'chart'));
    writeFileSync(join(w.dir, 'chart/template.yaml'), 'apiVersion: v1\nkind: ConfigMap\n');
    expect(discoverDeployConfigs(w.dir)).toEqual(['infra', 'template.yaml']);
    // The AWS .NET tooling's template name, when it is a template.
    mkdirSync(join(w.dir, 'dotnet'));
    writeFileSync(join(w.dir, 'dotnet/serverless.template'), '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}\n');
    expect(discoverDeployConfigs(w.dir)).toEqual(['dotnet/serverless.template', 'infra', 'template.yaml']);
    rmSync(join(w.dir, 'dotnet'), { recursive: true });
    const { result } = await act({ ...w.env, INPUT_DOCKERFILES: '', 'INPUT_DEPLOY-CONFIGS': 'auto', INPUT_ANNOTATE: 'none' });
    expect(result.report.errors).toEqual([]);
    expect(result.report.targets.map((t) => `${t.kind} ${t.function?.id ?? ''}`)).toEqual(['function Api']);
    expect(result.report.targets[0].findings.map((f) => f.code)).toEqual(['LL201']);
    const [a] = toAnnotations(result.report, w.dir);
    expect(a).toMatchObject({ path: 'svc/Dockerfile', start_line: 1, start_column: 1 });
    expect(a.message).toContain('See also: function Api at template.yaml:3');
  });

  it('deploy-configs: a template naming a build context outside the workspace is refused, not read', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'lli-outside-'));
    writeFileSync(join(outside, 'Dockerfile'), 'FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n');
    const w = workspace(0, { 'template.yaml': `Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n    Metadata:\n      DockerContext: ${outside}\n` });
    const { result } = await act({ ...w.env, INPUT_DOCKERFILES: 'none/Dockerfile', 'INPUT_DEPLOY-CONFIGS': 'template.yaml', INPUT_ANNOTATE: 'none' });
    expect(result.report.targets.filter((t) => t.kind === 'function')).toEqual([]);
    expect(result.report.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/^line 8: Api: .* is outside .*; not read$/));
    expect(result.exitCode).toBe(2);
  });

  it('warns when an image glob matches nothing', async () => {
    const w = workspace(0);
    const { result, log } = await act({ ...w.env, INPUT_DOCKERFILES: '', INPUT_IMAGES: 'out/*.tar', INPUT_ANNOTATE: 'none' });
    expect(result.report.targets).toEqual([]);
    expect(log).toMatch(/::warning title=lint-lambda-image::No image archive matched out\/\*\.tar/);
  });

  it('the schema oracle rejects bad bodies (so a pass means something)', () => {
    const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'error', message: 'm' };
    expect(validateCreate({ name: 'x', head_sha: HEAD, output: { title: 't', summary: 's', annotations: [annotation] } })).toBe(false);
    const ok = { ...annotation, annotation_level: 'failure' };
    expect(validateCreate({ name: 'x', head_sha: HEAD, output: { title: 't', summary: 's', annotations: Array(51).fill(ok) } })).toBe(false);
    expect(validateCreate({ name: 'x', head_sha: HEAD, output: { title: 't', summary: 's', annotations: Array(50).fill(ok) } })).toBe(true);
  });

  it('expands globs: **, {a,b} braces and !negated lines; plain paths pass through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lli-globs-'));
    for (const f of ['Dockerfile', 'a/b/Dockerfile', 'svc/x.Containerfile', 'svc/x.Dockerfile', 'svc/a/x.Dockerfile', 'legacy/Dockerfile', 'node_modules/m/Dockerfile', 'oci/img/index.json', 'build/fn.tar', 'build/old.tar']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    writeFileSync(join(dir, 'oci/img/oci-layout'), '{}');
    expect(expandGlobs(['**/Dockerfile'], dir)).toEqual(['Dockerfile', 'a/b/Dockerfile', 'legacy/Dockerfile']);
    expect(expandGlobs(['**/Dockerfile', '!legacy/**'], dir)).toEqual(['Dockerfile', 'a/b/Dockerfile']);
    expect(expandGlobs(['svc/*.{Dockerfile,Containerfile}'], dir)).toEqual(['svc/x.Containerfile', 'svc/x.Dockerfile']);
    expect(expandGlobs(['svc/*.Dockerfile'], dir)).toEqual(['svc/x.Dockerfile']);
    expect(expandGlobs(['missing/Dockerfile'], dir)).toEqual(['missing/Dockerfile']);
    expect(expandGlobs(['build/*.tar', '!build/old.tar', 'oci/*'], dir, { directories: true })).toEqual(['build/fn.tar', 'oci/img']);
  });

  it('action.yml declares every input the action reads, and nothing it does not', () => {
    const yml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    const declared = [...yml.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    const inputsSection = declared.slice(0, declared.indexOf('findings'));
    const read = [...readFileSync(join(REPO_ROOT, 'src/action/inputs.ts'), 'utf8').matchAll(/getInput\(env, '([a-z-]+)'\)/g)].map((m) => m[1]);
    expect(new Set(read)).toEqual(new Set(inputsSection.filter((n) => n !== 'token' || read.includes('token'))));
    for (const name of ['ignore', 'build-args', 'target', 'format', 'output-file', 'no-fail']) expect(inputsSection).toContain(name);
  });

  it('action.yml declares node24 and dist/action.js', () => {
    const yml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/using: node24/);
    expect(yml).toMatch(/main: dist\/action\.js/);
  });
});

/**
 * The CLI as a user runs it (in-process; the built CLI for one end-to-end case): folder and glob inputs (.gitignore, the configuration's `exclude`, `!negated`
 * patterns), --quiet that says what it hid, --estimates / --no-estimates and the compact line, progress lines on a
 * non-terminal stderr, --stdin-filename for config discovery, --target naming no stage.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli as built, cliInProcess as cli, lines } from './helpers/cli.js';
import { buildImage } from './image-kit.js';
import { AWS_EP, AWS_PYTHON } from './rules/image-fixtures.js';

const PIN = '@sha256:0000000000000000000000000000000000000000000000000000000000000000';
/** One warning (LL201: tag only), nothing else. */
const WARN_ONLY = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const CLEAN = `FROM public.ecr.aws/lambda/python:3.12${PIN}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`;
const APP = 'def handler(e, c):\n    return 1\n';

let tmp: string;
function write(files: Record<string, string | Buffer>): void {
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(tmp, rel)), { recursive: true });
    writeFileSync(join(tmp, rel), body);
  }
}
/** The inputs a stylish report lists (its underlined file lines, without colour). */
const listed = (stdout: string) => lines(stdout).filter((l) => !l.startsWith(' ') && !/^[✔✖⚠]/.test(l));

beforeAll(() => {
  assertBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'lli-inputs-'));
  write({
    'repo/.git/HEAD': 'ref: refs/heads/main\n',
    'repo/.gitignore': 'build/\n*.generated.Dockerfile\n',
    'repo/.lint-lambda-image.yaml': 'exclude: [services/legacy/**, "**/Dockerfile.dev"]\n',
    'repo/services/api/Dockerfile': WARN_ONLY, 'repo/services/api/app.py': APP,
    'repo/services/api/Dockerfile.dev': WARN_ONLY,
    'repo/services/worker/worker.Dockerfile': WARN_ONLY, 'repo/services/worker/app.py': APP,
    'repo/services/worker/Containerfile': WARN_ONLY,
    'repo/services/worker/Dockerfile.dockerignore': 'tests/\n',
    'repo/services/worker/x.generated.Dockerfile': WARN_ONLY,
    'repo/services/legacy/Dockerfile': WARN_ONLY,
    'repo/build/Dockerfile': WARN_ONLY,
    'repo/node_modules/pkg/Dockerfile': WARN_ONLY,
    // terraform init's module cache (whole third-party repositories, example Dockerfiles included).
    'repo/infra/.terraform/modules/lambda/examples/container-image/Dockerfile': WARN_ONLY,
    'repo/infra/.terragrunt-cache/abc/Dockerfile': WARN_ONLY,
    'repo/docs/Dockerfile.md': '# not a Dockerfile\n',
    'repo/services/stream/Dockerfile-aws-slim': WARN_ONLY,
    'repo/services/stream/Dockerfile_local': WARN_ONLY,
    'repo/services/stream/Dockerfile-python3.12': WARN_ONLY,
    'repo/tools/dockerfile.py': 'print(1)\n',
    'repo/tools/Dockerfile.json': '{}\n',
    'repo/services/stream/app.py': APP,
    'repo/scripts/dockerfile_lint.sh': 'hadolint Dockerfile\n',
    'repo/scripts/Dockerfile-vars.json': '{}\n',
    'repo/scripts/Dockerfile-lint.cfg': 'rules: x\n',
    'repo/scripts/Dockerfile_test.bats': '@test "x" {\n}\n',
    'repo/docs/Dockerfile-diagram.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'empty/README.md': 'nothing here\n',
  });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('folder and glob inputs', () => {
  it('a folder: Dockerfile, *.Dockerfile, Dockerfile.*, Dockerfile-*, Dockerfile_*, Containerfile; not scripts, .gitignored, excluded, node_modules, Terraform module caches or docs', async () => {
    const r = await cli(['--no-color', '.'], { cwd: join(tmp, 'repo') });
    expect(r.stderr).toBe('');
    expect(listed(r.stdout).sort()).toEqual(['services/api/Dockerfile', 'services/stream/Dockerfile-aws-slim', 'services/stream/Dockerfile-python3.12', 'services/stream/Dockerfile_local', 'services/worker/Containerfile', 'services/worker/worker.Dockerfile']);
    expect(r.status).toBe(0);
  });

  it("a quoted glob, and '!pattern' to leave matches out", async () => {
    const r = await cli(['--no-color', 'services/**/*Dockerfile', '!services/worker/**'], { cwd: join(tmp, 'repo') });
    expect(listed(r.stdout)).toEqual(['services/api/Dockerfile']);
    const braces = await cli(['--no-color', 'services/{api,worker}/*ockerfile'], { cwd: join(tmp, 'repo') });
    expect(listed(braces.stdout).sort()).toEqual(['services/api/Dockerfile', 'services/worker/worker.Dockerfile']);
  });

  it('the configuration exclude also drops files named explicitly (as pre-commit passes them)', async () => {
    const r = await cli(['--no-color', 'services/legacy/Dockerfile', 'services/api/Dockerfile'], { cwd: join(tmp, 'repo') });
    expect(listed(r.stdout)).toEqual(['services/api/Dockerfile']);
    expect(r.status).toBe(0);
    const only = await cli(['--no-color', 'services/legacy/Dockerfile'], { cwd: join(tmp, 'repo') });
    expect(only.status).toBe(0);
    // Nothing linted at all: one line says why, so that the silence is not read as a clean lint.
    expect(only.stdout).toBe('ℹ Nothing linted: the exclude of the configuration matches services/legacy/Dockerfile.\n');
    expect((await cli(['--no-color', '-q', 'services/legacy/Dockerfile'], { cwd: join(tmp, 'repo') })).stdout).toBe('');
  });

  it('exclude globs are relative to the configuration file, wherever the run starts', async () => {
    const r = await cli(['--no-color', join(tmp, 'repo', 'services')], { cwd: tmp });
    expect(listed(r.stdout).map((f) => f.replace(/\\/g, '/')).sort()).toEqual(['repo/services/api/Dockerfile', 'repo/services/stream/Dockerfile-aws-slim', 'repo/services/stream/Dockerfile-python3.12', 'repo/services/stream/Dockerfile_local', 'repo/services/worker/Containerfile', 'repo/services/worker/worker.Dockerfile']);
  });

  it('a folder or glob that finds nothing is one line naming it, exit 2, the other inputs still linted', async () => {
    const r = await cli(['--no-color', join(tmp, 'empty'), 'nope/**/Dockerfile', join(tmp, 'repo/services/api/Dockerfile')], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(2);
    expect(r.stderr).toMatch(/empty: is a directory with no Dockerfile \(Dockerfile, \*\.Dockerfile, Dockerfile\.\*, Dockerfile-\*, Dockerfile_\*, Containerfile; any letter case\) and no deploy configuration/);
    expect(r.stderr).toMatch(/nope\/\*\*\/Dockerfile: no file matches this pattern/);
    expect(r.stdout).toMatch(/LL201/);
  });

  it('a folder with no Dockerfile lints the deploy configurations under it (Terraform folders, each function once)', async () => {
    const fn = 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  role = "arn:aws:iam::123456789012:role/r"\n  package_type = "Image"\n  image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:latest"\n}\n';
    // The module's folder sorts before the configuration that calls it: the function keeps its module address.
    write({ 'infra/prod/main.tf': 'module "api" {\n  source = "../modules/api"\n}\n', 'infra/modules/api/main.tf': fn, 'infra/README.md': 'docs\n' });
    const r = await cli(['--no-color', 'infra'], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(listed(r.stdout)).toEqual([expect.stringMatching(/^infra\/modules\/api\/main\.tf:1 module\.api\.aws_lambda_function\.api$/)]);
    expect(r.stdout).toMatch(/LL204/);
  });

  it('two root configurations that call one module are two functions; a root .tf does not hide the configurations nested under it', async () => {
    const mod = 'variable "image_uri" {}\nresource "aws_lambda_function" "this" {\n  function_name = "api"\n  role = "arn:aws:iam::123456789012:role/r"\n  package_type = "Image"\n  image_uri = var.image_uri\n}\n';
    const call = (tag: string) => `module "api" {\n  source = "../../modules/fn"\n  image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:${tag}"\n}\n`;
    write({ 'tf2/versions.tf': 'terraform {\n  required_version = ">= 1.5"\n}\n', 'tf2/modules/fn/main.tf': mod, 'tf2/envs/dev/main.tf': call('latest'), 'tf2/envs/prod/main.tf': call('1.0') });
    const j = await cli(['--format', 'json', 'tf2'], { cwd: tmp });
    const report = JSON.parse(j.stdout);
    const fns = report.targets.filter((t: { kind: string }) => t.kind === 'function');
    expect(fns.map((t: { function: { id: string } }) => t.function.id)).toEqual(['module.api.aws_lambda_function.this', 'module.api.aws_lambda_function.this']);
    // Each deploys its own tag: both findings are there, whatever the order of the inputs.
    const messages = fns.flatMap((t: { findings: { code: string; message: string }[] }) => t.findings.filter((f) => f.code === 'LL204').map((f) => f.message));
    expect(messages.some((m: string) => m.includes(':latest'))).toBe(true);
    expect(messages.some((m: string) => m.includes(':1.0'))).toBe(true);
  });

  it('a folder with Dockerfiles and deploy configurations: each function is linted with its settings, its Dockerfile once (as the function)', async () => {
    const template = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      Architectures: [arm64]\n    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: ./fn\n';
    write({
      'sam/template.yaml': template,
      'sam/fn/Dockerfile': `FROM --platform=linux/amd64 public.ecr.aws/lambda/python:3.12${PIN}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
      'sam/fn/app.py': APP,
      'sam/web/Dockerfile': `FROM python:3.12-slim${PIN}\nCOPY app.py .\nCMD ["python", "app.py"]\n`,
      'sam/web/app.py': APP,
      // Named like a deploy configuration, but another tool's file, or a fragment that deploys nothing: passed over, not an input error.
      'sam/charts/template.yaml': 'apiVersion: v2\nname: chart\n',
      'sam/params/template.yml': 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Stage:\n    Type: String\n',
    });
    const r = await cli(['--no-color', '--no-estimates', 'sam'], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(listed(r.stdout)).toEqual(['sam/web/Dockerfile', expect.stringMatching(/^sam\/template\.yaml:4 Fn → sam\/fn\/Dockerfile$/)]);
    // The function's architecture (arm64) against the image's platform: only the template says it.
    expect(r.stdout).toMatch(/LL105/);
    expect(r.status).toBe(1);
  });

  it('serverless.template (the AWS .NET tooling\'s template) is found by a folder search: its ImageConfig.Command judges the Dockerfile', async () => {
    const template = '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Transform": "AWS::Serverless-2016-10-31",\n  "Resources": {\n    "Fn": {\n      "Type": "AWS::Serverless::Function",\n      "Properties": { "PackageType": "Image", "ImageConfig": { "Command": ["app.handler"] } },\n      "Metadata": { "Dockerfile": "Dockerfile", "DockerContext": "./fn" }\n    }\n  }\n}\n';
    write({ 'dotnet/serverless.template': template, 'dotnet/fn/Dockerfile': `FROM --platform=linux/amd64 public.ecr.aws/lambda/python:3.12${PIN}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\n`, 'dotnet/fn/app.py': APP });
    const r = await cli(['-f', 'json', 'dotnet'], { cwd: tmp });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.targets.map((t: { file: string; function?: { id: string } }) => [t.file, t.function?.id])).toEqual([['dotnet/fn/Dockerfile', 'Fn']]);
    // Alone, the Dockerfile has no CMD (LL103 warning); the template's Command sets it.
    expect(report.targets[0].findings).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('a CDK cloud assembly in a folder: read as the deploy configuration; its asset copies are not linted apart; missing asset folders are not checked', async () => {
    const assembly = (withAsset: boolean) => ({
      'cdk/cdk.out/manifest.json': JSON.stringify({ version: '36.0.0', artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' } }, 'S.assets': { type: 'cdk:asset-manifest', properties: { file: 'S.assets.json' } } } }),
      'cdk/cdk.out/S.template.json': JSON.stringify({ Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { PackageType: 'Image', Architectures: ['arm64'], Code: { ImageUri: { 'Fn::Sub': '${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/cdk-assets:abc123' } } }, Metadata: { 'aws:asset:path': 'asset.abc123', 'aws:asset:property': 'Code.ImageUri' } } } }),
      'cdk/cdk.out/S.assets.json': JSON.stringify({ version: '36.0.0', files: {}, dockerImages: { abc123: { source: { directory: 'asset.abc123' }, destinations: { d: { repositoryName: 'cdk-assets', imageTag: 'abc123' } } } } }),
      ...(withAsset ? { 'cdk/cdk.out/asset.abc123/Dockerfile': `FROM --platform=linux/amd64 public.ecr.aws/lambda/python:3.12${PIN}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`, 'cdk/cdk.out/asset.abc123/app.py': APP } : {}),
    });
    write(assembly(true));
    const r = await cli(['--no-color', '--no-estimates', 'cdk'], { cwd: tmp });
    expect(r.stderr).toBe('');
    expect(listed(r.stdout)).toEqual([expect.stringMatching(/^cdk\/cdk\.out\/S\.template\.json:\d+ Fn → cdk\/cdk\.out\/asset\.abc123\/Dockerfile$/)]);
    expect(r.stdout).toMatch(/LL105/);
    // A cloud assembly of another name (cdk synth --output): found by its manifest; its asset folders are copies.
    const hash = 'a'.repeat(64);
    write({
      'cdk2/out/manifest.json': JSON.stringify({ version: '36.0.0', artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' } } } }),
      'cdk2/out/S.template.json': JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }),
      [`cdk2/out/asset.${hash}/Dockerfile`]: WARN_ONLY,
      'cdk2/web/Dockerfile': WARN_ONLY,
      'cdk2/web/app.py': APP,
    });
    const custom = await cli(['--no-color', '--no-estimates', 'cdk2'], { cwd: tmp });
    expect(listed(custom.stdout)).toEqual(['cdk2/web/Dockerfile']);
    expect(custom.stderr).toBe('');
    rmSync(join(tmp, 'cdk/cdk.out/asset.abc123'), { recursive: true });
    const partial = await cli(['--no-color', '--no-estimates', 'cdk'], { cwd: tmp });
    expect(partial.stderr).toBe('');
    expect(partial.status).toBe(0);
    expect(partial.stdout).toMatch(/not checked: line \d+: Fn: the folder cdk\/cdk\.out\/asset\.abc123 of asset abc123 is not in this cloud assembly/);
    expect(partial.stdout).not.toMatch(/LL204/);
  });

  it('a CDK function reports on its source Dockerfile (the asset folder is its copy), once; a Dockerfile shared by SAM functions has its own findings once', async () => {
    const hash = 'b'.repeat(64);
    const df = `FROM public.ecr.aws/lambda/python:3.12${PIN}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\n`;
    write({
      'cdk3/cdk.out/manifest.json': JSON.stringify({ version: '36.0.0', artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' } }, 'S.assets': { type: 'cdk:asset-manifest', properties: { file: 'S.assets.json' } } } }),
      'cdk3/cdk.out/S.template.json': JSON.stringify({ Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { PackageType: 'Image', ImageConfig: { Command: ['app.handler'] }, Code: { ImageUri: { 'Fn::Sub': `\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/cdk-assets:${hash}` } } }, Metadata: { 'aws:asset:path': `asset.${hash}`, 'aws:asset:property': 'Code.ImageUri' } } } }),
      'cdk3/cdk.out/S.assets.json': JSON.stringify({ version: '36.0.0', files: {}, dockerImages: { [hash]: { source: { directory: `asset.${hash}` }, destinations: { d: { repositoryName: 'cdk-assets', imageTag: hash } } } } }),
      [`cdk3/cdk.out/asset.${hash}/Dockerfile`]: df,
      [`cdk3/cdk.out/asset.${hash}/app.py`]: APP,
      'cdk3/src/fn/Dockerfile': df,
      'cdk3/src/fn/app.py': APP,
    });
    const r = await cli(['--no-color', '--no-estimates', '-f', 'json', 'cdk3'], { cwd: tmp });
    const report = JSON.parse(r.stdout);
    // One target, the function, on the source; no "no CMD" from reading the source alone (the function sets the command).
    expect(report.targets.map((t: { file: string; kind: string }) => [t.file, t.kind])).toEqual([['cdk3/src/fn/Dockerfile', 'function']]);
    expect(report.targets[0].findings.map((f: { code: string }) => f.code)).not.toContain('LL103');
    const sam = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\nResources:\n' + ['A', 'B', 'C'].map((x) => `  Fn${x}:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageConfig:\n        Command: ["app.handler"]\n    Metadata:\n      Dockerfile: Dockerfile\n      DockerContext: ./src\n`).join('');
    write({ 'shared/template.yaml': sam, 'shared/src/Dockerfile': WARN_ONLY.replace('CMD ["app.handler"]\n', ''), 'shared/src/app.py': APP });
    const shared = await cli(['--no-color', '--no-estimates', '-f', 'json', 'shared'], { cwd: tmp });
    const targets = JSON.parse(shared.stdout).targets as { findings: { code: string }[] }[];
    expect(targets).toHaveLength(3);
    expect(targets.flatMap((t) => t.findings.map((f) => f.code))).toEqual(['LL201']);
  });

  it('two CDK functions built from copies of one source: both report on the source; a .gitignore folder pattern (cdk.out/) is honoured as cdk.out is', async () => {
    const [h1, h2] = ['c'.repeat(64), 'd'.repeat(64)];
    const df = `FROM public.ecr.aws/lambda/python:3.12${PIN}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\n`;
    const fnRes = (h: string) => ({ Type: 'AWS::Lambda::Function', Properties: { PackageType: 'Image', ImageConfig: { Command: ['app.handler'] }, Code: { ImageUri: { 'Fn::Sub': `\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/cdk-assets:${h}` } } }, Metadata: { 'aws:asset:path': `asset.${h}`, 'aws:asset:property': 'Code.ImageUri' } });
    const files = {
      'cdk.out/manifest.json': JSON.stringify({ version: '36.0.0', artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' } }, 'S.assets': { type: 'cdk:asset-manifest', properties: { file: 'S.assets.json' } } } }),
      'cdk.out/S.template.json': JSON.stringify({ Resources: { FnA: fnRes(h1), FnB: fnRes(h2) } }),
      'cdk.out/S.assets.json': JSON.stringify({ version: '36.0.0', files: {}, dockerImages: Object.fromEntries([h1, h2].map((h) => [h, { source: { directory: `asset.${h}` }, destinations: { d: { repositoryName: 'cdk-assets', imageTag: h } } }])) }),
      [`cdk.out/asset.${h1}/Dockerfile`]: df,
      [`cdk.out/asset.${h1}/app.py`]: APP,
      [`cdk.out/asset.${h2}/Dockerfile`]: df,
      [`cdk.out/asset.${h2}/app.py`]: APP,
      'src/fn/Dockerfile': df,
      'src/fn/app.py': APP,
    };
    write(Object.fromEntries(Object.entries(files).map(([k, v]) => [`cdk4/${k}`, v])));
    const r = await cli(['--no-color', '--no-estimates', '-f', 'json', 'cdk4'], { cwd: tmp });
    expect(JSON.parse(r.stdout).targets.map((t: { file: string; kind: string }) => [t.file, t.kind])).toEqual([['cdk4/src/fn/Dockerfile', 'function'], ['cdk4/src/fn/Dockerfile', 'function']]);
    // git ignores the folder with either spelling: the run then lints the source Dockerfile alone.
    for (const line of ['cdk.out', 'cdk.out/']) {
      write({ 'cdk4/.gitignore': `${line}\n`, 'cdk4/.git/HEAD': 'ref: refs/heads/main\n' });
      const ignored = await cli(['--no-color', '--no-estimates', '-f', 'json', 'cdk4'], { cwd: tmp });
      expect(JSON.parse(ignored.stdout).targets.map((t: { file: string; kind: string }) => [t.file, t.kind]), line).toEqual([['cdk4/src/fn/Dockerfile', 'dockerfile']]);
    }
  });

  it('a broken Terraform module read through its root and as a folder of its own is one error line', async () => {
    write({ 'tfbroken/infra/main.tf': 'module "m" {\n  source = "./mod"\n}\n', 'tfbroken/infra/mod/main.tf': 'resource "x" "y" { a = 1 b = 2 }\n' });
    const r = await cli(['--no-color', 'tfbroken'], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^lint-lambda-image: tfbroken\/infra\/mod\/main\.tf: line 1, column \d+: /)]);
  });

  it('the built CLI: the same lines and exit code, no stack trace', () => {
    const r = built(['--no-color', join(tmp, 'empty'), 'nope/**/Dockerfile', join(tmp, 'repo/services/api/Dockerfile')], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/empty: is a directory with no Dockerfile \(Dockerfile, \*\.Dockerfile, Dockerfile\.\*, Dockerfile-\*, Dockerfile_\*, Containerfile; any letter case\) and no deploy configuration/), expect.stringMatching(/nope\/\*\*\/Dockerfile: no file matches this pattern/)]);
    expect(r.stdout).toMatch(/LL201/);
  });
});

describe('--quiet', () => {
  it('says what it hid and keeps the exit code consistent with what is shown', async () => {
    write({ 'q/Dockerfile': WARN_ONLY, 'q/app.py': APP });
    const f = join(tmp, 'q/Dockerfile');
    const quiet = await cli(['--no-color', '-q', f]);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout.trim()).toBe('✔ No errors (1 input linted; 1 warning hidden by --quiet).');
    // With -t warning the warning fails the run, so quiet shows it.
    const strict = await cli(['--no-color', '-q', '-t', 'warning', f]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/LL201 base-image-unpinned/);
    expect(strict.stdout).not.toMatch(/No problems|No errors/);
  });

  it('machine formats are the same with and without -q (as ESLint)', async () => {
    const f = join(tmp, 'q/Dockerfile');
    for (const format of ['json', 'sarif', 'github', 'checkstyle', 'gitlab']) {
      const a = await cli(['-f', format, '--now', '2026-11-27', f]);
      const b = await cli(['-f', format, '-q', '--now', '2026-11-27', f]);
      expect(b.stdout, format).toBe(a.stdout);
      expect(b.status).toBe(a.status);
    }
  });
});

describe('estimates', () => {
  it('the full block for one input, one line each for several; --estimates and --no-estimates; the config key', async () => {
    write({ 'e/a/Dockerfile': CLEAN, 'e/a/app.py': APP, 'e/b/Dockerfile': CLEAN, 'e/b/app.py': APP });
    const a = join(tmp, 'e/a/Dockerfile');
    const b = join(tmp, 'e/b/Dockerfile');
    const one = await cli(['--no-color', a]);
    expect(one.stdout).toMatch(/Size \(estimated\)/);
    expect(one.stdout).toMatch(/Cold start \(heuristic\)/);
    const two = await cli(['--no-color', a, b]);
    expect(two.stdout).not.toMatch(/Size \(estimated\)/);
    expect(two.stdout.match(/^ {2}Estimate: .* cold start p50 .*\(heuristic\)/gm)).toHaveLength(2);
    expect((await cli(['--no-color', '--estimates', a, b])).stdout.match(/Size \(estimated\)/g)).toHaveLength(2);
    const none = await cli(['--no-color', '--no-estimates', a]);
    expect(none.stdout).not.toMatch(/Size|Estimate|Cold start/);
    expect(none.stdout).toMatch(/No problems/);
    write({ 'e/.lint-lambda-image.yaml': 'estimates: false\n' });
    expect((await cli(['--no-color', a])).stdout).not.toMatch(/Size|Estimate|Cold start/);
    expect((await cli(['--no-color', '--estimates', a])).stdout).toMatch(/Size \(estimated\)/);
    expect((await cli(['--estimates', '--no-estimates', a])).status).toBe(2);
  });
});

describe('progress of image reads', () => {
  it('a plain line with bytes read and layers done on a non-terminal stderr; nothing under -q', async () => {
    const image = await buildImage({
      config: { Entrypoint: AWS_EP, Cmd: ['app.handler'], WorkingDir: '/var/task' },
      layers: [AWS_PYTHON, { 'var/task/app.py': APP, 'var/task/data.bin': Buffer.alloc(3_000_000, 1) }, { 'var/task/more.bin': Buffer.alloc(2_000_000, 2) }],
    });
    write({ 'img/fn.tar': image });
    const tar = join(tmp, 'img/fn.tar');
    const env = { LINT_LAMBDA_IMAGE_PROGRESS_MS: '0' };
    const r = await cli(['--no-color', tar], { env });
    expect(r.stderr).toMatch(/fn\.tar: [\d.]+ (B|KB|MB) read, \d of 3 layers done\n/);
    expect(r.stderr).not.toMatch(/\r|\u001b/);
    expect((await cli(['--no-color', '-q', tar], { env })).stderr).toBe('');
    // The default interval (5 s) prints nothing for a read this short.
    expect((await cli(['--no-color', tar])).stderr).toBe('');
  });
});

describe('a file that is not a Dockerfile', () => {
  it('requirements.txt named by mistake: one input error, not an error per line', async () => {
    write({ 'notdf/requirements.txt': 'requests==2.32.3\nboto3\n' });
    const r = await cli(['--no-color', join(tmp, 'notdf/requirements.txt')]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/requirements\.txt: does not look like a Dockerfile: none of its lines starts with an instruction/)]);
    expect(r.stdout).not.toMatch(/LL001/);
  });
});

describe('--stdin-filename and --target', () => {
  it('--stdin-filename places standard input for configuration discovery', async () => {
    write({ 'stdin/svc/.lint-lambda-image.yaml': 'rules:\n  LL201: off\n' });
    const inSvc = await cli(['--no-color', '--stdin-filename', join(tmp, 'stdin/svc/Dockerfile'), '-'], { input: WARN_ONLY });
    expect(inSvc.stdout).not.toMatch(/LL201/);
    const elsewhere = await cli(['--no-color', '--stdin-filename', join(tmp, 'stdin/Dockerfile'), '-'], { input: WARN_ONLY });
    expect(elsewhere.stdout).toMatch(/LL201/);
    expect(elsewhere.stdout).toMatch(/Size \(estimated\)/);
  });
  it('--stdin-filename finds the estimates key of the configuration too', async () => {
    write({ 'stdin-est/svc/.lint-lambda-image.yaml': 'estimates: false\n' });
    const r = await cli(['--no-color', '--stdin-filename', join(tmp, 'stdin-est/svc/Dockerfile'), '-'], { input: WARN_ONLY });
    expect(r.stdout).toMatch(/LL201/);
    expect(r.stdout).not.toMatch(/Size \(estimated\)/);
  });

  it('--target naming no stage is a usage error: one line, exit 2', async () => {
    write({ 't/Dockerfile': `FROM public.ecr.aws/lambda/python:3.12${PIN} AS build\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`, 't/app.py': APP });
    const r = await cli(['--no-color', '--target', 'nope', join(tmp, 't/Dockerfile')]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/t\/Dockerfile: --target "nope" names no stage of this Dockerfile \(stages: build\)$/)]);
    expect((await cli(['--no-color', '--target', 'build', join(tmp, 't/Dockerfile')])).status).toBe(0);
  });
});

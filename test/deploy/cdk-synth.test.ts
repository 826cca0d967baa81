/**
 * CDK, slow tier: a small app built with aws-cdk-lib (DockerImageFunction from DockerImageCode.fromImageAsset
 * with a Dockerfile, build args, a target and a platform) synthesized by `app.synth()` into a temporary folder
 * (no CDK CLI or Docker needed), then read and linted as `lint-lambda-image cdk.out` would.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App, Stack, Stage } from 'aws-cdk-lib';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { Architecture, DockerImageCode, DockerImageFunction } from 'aws-cdk-lib/aws-lambda';
import { readDeploy, sniffDeploy } from '../../src/deploy/index.js';
import { lintFunction } from '../../src/deploy/lint.js';
import { lintDockerfile } from '../../src/linter/lint.js';

let root = '';
let out = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lli-cdk-synth-'));
  const src = join(root, 'app');
  mkdirSync(src);
  writeFileSync(join(src, 'Dockerfile.lambda'), 'ARG PY=3.12\nFROM public.ecr.aws/lambda/python:${PY} AS final\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n\nFROM final AS test\nRUN pip install pytest\n');
  writeFileSync(join(src, 'app.py'), 'def handler(event, context):\n    return 1\n');
  out = join(root, 'cdk.out');
  const app = new App({ outdir: out });
  const stack = new Stack(app, 'Svc');
  new DockerImageFunction(stack, 'Api', {
    code: DockerImageCode.fromImageAsset(src, { file: 'Dockerfile.lambda', buildArgs: { PY: '3.8' }, target: 'final', platform: Platform.LINUX_ARM64, cmd: ['missing.handler'] }),
    architecture: Architecture.ARM_64,
  });
  new DockerImageFunction(stack, 'Worker', {
    code: DockerImageCode.fromImageAsset(src, { file: 'Dockerfile.lambda', target: 'final', platform: Platform.LINUX_AMD64 }),
    architecture: Architecture.ARM_64,
  });
  const stage = new Stage(app, 'Prod');
  new DockerImageFunction(new Stack(stage, 'Inner'), 'Nested', { code: DockerImageCode.fromImageAsset(src, { file: 'Dockerfile.lambda', target: 'final' }) });
  app.synth();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cdk synth output', () => {
  it('reads every image function with its asset: Dockerfile, build args, target, platform; nested stages too', async () => {
    expect(sniffDeploy(out)).toBe('cdk');
    const config = await readDeploy(out, 'cdk');
    expect(config.problems).toEqual([]);
    const byId = new Map(config.functions.map((f) => [f.id.replace(/[0-9A-F]{8}$/, ''), f]));
    expect([...byId.keys()].sort()).toEqual(['Api', 'Nested', 'Worker']);
    const api = byId.get('Api')!;
    expect(api).toMatchObject({ kind: 'cdk', built: true, buildArgs: { PY: '3.8' }, target: { value: 'final' }, platform: { value: 'linux/arm64' }, architecture: { value: 'arm64', explicit: true }, imageConfig: { command: { value: ['missing.handler'] } } });
    expect(api.dockerfile?.value).toMatch(/cdk\.out\/asset\.[0-9a-f]{64}\/Dockerfile\.lambda$/);
    expect(byId.get('Nested')!.architecture).toMatchObject({ value: 'x86_64', explicit: false });
  });

  it('lints each function as Lambda runs it, and equals its Dockerfile linted by hand', async () => {
    const config = await readDeploy(out, 'cdk');
    const find = (id: string) => config.functions.find((f) => f.id.startsWith(id))!;
    const api = await lintFunction(find('Api'), { now: new Date('2026-11-27') });
    const codes = api.target.findings.map((f) => `${f.code}/${f.messageId}`);
    expect(codes).toContain('LL106/deprecated'); // python:3.8 from the asset's build args
    expect(codes).toContain('LL103/moduleNotCopied'); // the template's Command names a module the image lacks
    const ll103 = api.target.findings.find((f) => f.code === 'LL103')!;
    expect(ll103.location.file).toMatch(/Svc\.template\.json$/);

    const worker = await lintFunction(find('Worker'));
    const arch = worker.target.findings.find((f) => f.code === 'LL105')!;
    expect(arch.message).toContain('runs on arm64, but the build platform linux/amd64 makes the image linux/amd64');
    expect(arch.location.file).toMatch(/Svc\.assets\.json$/);

    // By hand: the same Dockerfile, context, build args and target, the Command written as CMD.
    const fn = find('Api');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(fn.dockerfile!.value, 'utf8').replace('CMD ["app.handler"]', 'CMD ["missing.handler"]');
    const hand = await lintDockerfile(text, { file: fn.dockerfile!.value, contextDir: fn.context!.value, buildArgs: { PY: '3.8' }, target: 'final', now: new Date('2026-11-27'), config: { lambda: true } });
    const key = (f: { code: string; messageId: string }) => `${f.code}/${f.messageId}`;
    expect(codes.filter((c) => !c.startsWith('LL105')).sort()).toEqual(hand.findings.map(key).sort());
  });
});

/**
 * CDK cloud assemblies, fast tier: a minimal cdk.out written by hand in the shape `cdk synth` writes
 * (test/deploy/cdk-synth.test.ts, in the slow tier, uses real aws-cdk-lib output).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeploy, sniffDeploy } from '../../src/deploy/index.js';
import { lintFunction } from '../../src/deploy/lint.js';

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lli-cdk-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HASH = 'a'.repeat(64);

function assembly(name: string, asset: Record<string, unknown>, files: Record<string, string> = { 'Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', 'app.py': '' }): string {
  const dir = join(root, name, 'cdk.out');
  const write = (rel: string, body: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), body);
  };
  write('manifest.json', JSON.stringify({ version: '55.0.0', artifacts: { 'Svc.assets': { type: 'cdk:asset-manifest', properties: { file: 'Svc.assets.json' } }, Svc: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Svc.template.json' } } } }, null, 2));
  write('Svc.assets.json', JSON.stringify({ version: '55.0.0', files: {}, dockerImages: { [HASH]: { source: { directory: `asset.${HASH}`, ...asset }, destinations: { 'current_account-current_region': { repositoryName: 'cdk-hnb659fds-container-assets', imageTag: HASH } } } } }, null, 2));
  const imageUri = { 'Fn::Sub': `\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/cdk-hnb659fds-container-assets:${HASH}` };
  write('Svc.template.json', JSON.stringify({ Resources: { Fn9270CBC0: { Type: 'AWS::Lambda::Function', Properties: { PackageType: 'Image', Architectures: ['arm64'], Code: { ImageUri: imageUri }, ImageConfig: { Command: ['app.handler'] } } } } }, null, 2));
  for (const [rel, body] of Object.entries(files)) write(join(`asset.${HASH}`, rel), body);
  return dir;
}

describe('a hand-written cloud assembly', () => {
  it('ties the function to its docker image asset by the published tag', async () => {
    const dir = assembly('tag', { dockerBuildArgs: { X: '1' }, dockerBuildTarget: 'final', platform: 'linux/amd64' });
    expect(sniffDeploy(dir)).toBe('cdk');
    const config = await readDeploy(dir, 'cdk');
    expect(config.problems).toEqual([]);
    const [fn] = config.functions;
    expect(fn).toMatchObject({ id: 'Fn9270CBC0', kind: 'cdk', built: true, buildArgs: { X: '1' }, target: { value: 'final' }, platform: { value: 'linux/amd64' }, architecture: { value: 'arm64' } });
    expect(fn.dockerfile?.value).toBe(join(dir, `asset.${HASH}`, 'Dockerfile'));
    expect(fn.platform?.at).toMatchObject({ file: join(dir, 'Svc.assets.json'), line: 12 });
    expect(fn.at).toMatchObject({ file: join(dir, 'Svc.template.json'), line: 3 });
    expect((await readDeploy(join(dir, 'manifest.json'), 'cdk')).functions.map((f) => f.id)).toEqual(['Fn9270CBC0']);
  });

  it('an arm64 function built for linux/amd64 is an LL105 error on the asset manifest line', async () => {
    const dir = assembly('mismatch', { platform: 'linux/amd64' });
    const [fn] = (await readDeploy(dir, 'cdk')).functions;
    const { target } = await lintFunction(fn);
    const f = target.findings.find((x) => x.code === 'LL105');
    expect(f).toMatchObject({ messageId: 'functionArchitecture', location: { file: join(dir, 'Svc.assets.json') }, function: 'Fn9270CBC0' });
    expect(f?.message).toContain('the build platform linux/amd64');
  });

  it('a missing asset Dockerfile is a problem, not a crash', async () => {
    const dir = assembly('missing', { dockerFile: 'Dockerfile.lambda' });
    const config = await readDeploy(dir, 'cdk');
    expect(config.functions).toEqual([]);
    expect(config.problems[0].message).toMatch(/Fn9270CBC0: the Dockerfile .*Dockerfile\.lambda of asset aaaaaaaaaaaa does not exist/);
  });
});

/**
 * The build context end to end through the CLI (in-process; the built CLI for the usage error): a Dockerfile linted from a folder that is not its context
 * gets one LL002 finding and no cascade; --context fixes it; a --context that does not exist is a usage error;
 * --no-context lints the text alone, never turning what it cannot see into an error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli as built, cliInProcess as cli } from './helpers/cli.js';

let tmp = '';
function place(files: Record<string, string>): void {
  for (const [rel, body] of Object.entries(files)) {
    const path = join(tmp, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
}
async function lint(args: string[]) {
  const r = await cli(['--format', 'json', '--now', '2026-11-27', ...args]);
  const report = JSON.parse(r.stdout);
  const findings: { code: string; messageId: string; severity: string; message: string }[] = report.targets.flatMap((t: { findings: unknown[] }) => t.findings);
  return { status: r.status, findings, codes: findings.map((f) => `${f.code}/${f.messageId}`), estimates: report.targets[0]?.estimates };
}

describe('build context (CLI)', () => {
  beforeAll(() => {
    assertBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'lli-context-'));
    place({
      'app.py': 'def handler(event, context):\n    return 1\n',
      'requirements.txt': 'requests==2.32.3\n',
      '.dockerignore': '.git\n',
      'docker/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      'docker/broken/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["main.handler"]\n',
    });
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('linted from its own folder while built from the root: one LL002 finding, no LL103 cascade, exit 0', async () => {
    const r = await lint([join(tmp, 'docker/Dockerfile')]);
    expect(r.codes.filter((c) => c.startsWith('LL002'))).toEqual(['LL002/wrongFolder']);
    expect(r.findings.find((f) => f.code === 'LL002')!.message).toMatch(/requirements\.txt, app\.py/);
    expect(r.codes.some((c) => c.startsWith('LL103') || c.startsWith('LL306'))).toBe(false);
    expect(r.status).toBe(0);
  });

  it('--context with the right folder: no LL002, and the context checks judge again', async () => {
    const r = await lint(['--context', tmp, join(tmp, 'docker/Dockerfile')]);
    expect(r.codes.some((c) => c.startsWith('LL002'))).toBe(false);
    const broken = await lint(['--context', tmp, join(tmp, 'docker/broken/Dockerfile')]);
    expect(broken.codes).toContain('LL103/moduleNotCopied');
    expect(broken.status).toBe(1);
  });

  it('--context naming a folder that lacks every source: the sources are missing (the user named the context), not a wrong folder', async () => {
    const r = await lint(['--context', join(tmp, 'docker'), join(tmp, 'docker/Dockerfile')]);
    expect(r.codes.filter((c) => c.startsWith('LL002'))).toEqual(['LL002/sourcesMissing']);
  });

  it('--context naming no folder is a usage error (exit 2, one line)', async () => {
    const missing = await cli(['--context', join(tmp, 'nope'), join(tmp, 'docker/Dockerfile')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/--context .*nope: no such folder/);
    const file = await cli(['--context', join(tmp, 'app.py'), join(tmp, 'docker/Dockerfile')]);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/not a folder/);
    expect((await cli(['--context', tmp, '--no-context', join(tmp, 'docker/Dockerfile')])).status).toBe(2);
    const e2e = built(['--context', join(tmp, 'nope'), join(tmp, 'docker/Dockerfile')]);
    expect(e2e).toEqual(missing);
  });

  it('--no-context: no context finding, nothing unseen is an error, and the estimate names what it could not see', async () => {
    const r = await lint(['--no-context', join(tmp, 'docker/broken/Dockerfile')]);
    expect(r.codes.some((c) => c.startsWith('LL002'))).toBe(false);
    // The handler's module is missing from the files the Dockerfile names: only a warning without the context.
    expect(r.findings.filter((f) => f.code === 'LL103').every((f) => f.severity === 'warning')).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.status).toBe(0);
    expect(JSON.stringify(r.estimates)).toMatch(/no build context/);
  });
});

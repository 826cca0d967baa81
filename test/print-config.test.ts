import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

it('--print-config shows the configuration found upward from a file, merged with flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lli-pc-'));
  mkdirSync(join(dir, 'svc'));
  writeFileSync(join(dir, '.lint-lambda-image.yaml'), 'ignore: [LL110]\nfailure-threshold: warning\n');
  writeFileSync(join(dir, 'svc', 'Dockerfile'), 'FROM python:3.12-slim\n');
  const r = cli(['--print-config', join(dir, 'svc', 'Dockerfile'), '--ignore', 'LL201', '--build-arg', 'PY=3.13']);
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.file).toBe(join(dir, '.lint-lambda-image.yaml'));
  expect(out.config).toEqual({ ignore: ['LL110', 'LL201'], 'failure-threshold': 'warning', 'build-args': { PY: '3.13' } });
});

it('--print-config reports an invalid configuration in one line with exit code 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lli-pc-'));
  writeFileSync(join(dir, '.lint-lambda-image.yaml'), 'ignores: [LL110]\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\n');
  const r = cli(['--print-config', join(dir, 'Dockerfile')]);
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/\.lint-lambda-image\.yaml: unknown key "ignores"; allowed: ignore, rules/);
});

it('--print-config redacts secrets like every output: token formats, and build arguments named as secrets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lli-pc-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\n');
  const token = `ghp_${'Z'.repeat(36)}`;
  const r = cli(['--print-config', join(dir, 'Dockerfile'), '--build-arg', `TOKEN_A=${token}`, '--build-arg', 'DB_PASSWORD=hunter2-hunter2', '--build-arg', 'PY=3.13']);
  expect(r.status).toBe(0);
  expect(r.stdout).not.toContain(token);
  expect(r.stdout).not.toContain('hunter2');
  expect(JSON.parse(r.stdout).config['build-args']).toEqual({ TOKEN_A: 'ghp_…(40 chars)', DB_PASSWORD: '…(15 chars)', PY: '3.13' });
});

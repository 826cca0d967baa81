/**
 * Lambda detection end to end through the CLI (in-process; the built CLI for one case): Dockerfiles of common non-Lambda shapes (each in its
 * own folder with the files it copies) exit 0 with no error and one LL100 note; Lambda ones are still caught;
 * --lambda / --no-lambda and the `lambda:` configuration key force the decision.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli as built, cliInProcess as cli } from './helpers/cli.js';

type Files = Record<string, string>;

const SHAPES: Record<string, Files> = {
  // A file with two build targets: the last one, on a base of its own, is the non-Lambda image; its CMD only looks like a handler.
  'second build target after a Lambda target, with a handler-looking CMD': {
    Dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS lambda-image\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n\nFROM python:3.12-slim AS worker\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["db_store.main"]\n',
    'app.py': 'def handler(event, context):\n    return 1\n',
    'requirements.txt': 'requests==2.32.3\n',
    '.dockerignore': '.git\n',
  },
  'nginx site': {
    Dockerfile: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 80\n',
    'site/index.html': '<h1>hello</h1>\n',
  },
  'Flask on python slim': {
    Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 5000\nCMD ["gunicorn", "-b", "0.0.0.0:5000", "app:app"]\n',
    'requirements.txt': 'flask==3.0.3\ngunicorn==22.0.0\n',
    'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    '.dockerignore': '.git\n__pycache__\n',
  },
  'Node web server': {
    Dockerfile: 'FROM node:20-alpine\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm ci --omit=dev && npm cache clean --force\nCOPY . .\nEXPOSE 3000\nUSER node\nCMD ["node", "server.js"]\n',
    'package.json': '{"name":"site","dependencies":{"express":"4.19.2"}}\n',
    'package-lock.json': '{}\n',
    'server.js': 'require("express")().listen(3000);\n',
    '.dockerignore': 'node_modules\n.git\n',
  },
  'Spring Boot jar': {
    Dockerfile: 'FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY target/app.jar app.jar\nEXPOSE 8080\nENTRYPOINT ["java", "-jar", "/app/app.jar"]\n',
    'target/app.jar': 'PK\n',
  },
  'Go server on distroless': {
    Dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /server ./cmd/server\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /server /server\nUSER nonroot:nonroot\nENTRYPOINT ["/server"]\n',
    'go.mod': 'module example.com/server\n\ngo 1.23\n',
    'go.sum': '',
    'cmd/server/main.go': 'package main\n\nfunc main() {}\n',
    '.dockerignore': '.git\n',
  },
  'multi-stage React build': {
    Dockerfile: 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/build /usr/share/nginx/html\nEXPOSE 80\nCMD ["nginx", "-g", "daemon off;"]\n',
    'package.json': '{"name":"web","scripts":{"build":"react-scripts build"}}\n',
    'package-lock.json': '{}\n',
    'src/index.js': 'export {};\n',
    '.dockerignore': 'node_modules\n.git\nbuild\n',
  },
  // Docker builds the last stage: a Lambda stage that it never copies from is not what is built.
  'test stage after a Lambda stage it does not use': {
    Dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS lambda\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n\nFROM python:3.12-slim AS test\nWORKDIR /src\nCOPY . .\nRUN pip install --no-cache-dir pytest==8.3.3\nCMD ["pytest", "-q"]\n',
    'app.py': 'def handler(event, context):\n    return 1\n',
    '.dockerignore': '.git\n',
  },
};

/** Lambda images with a contract error, and the finding that must stay. */
const LAMBDA: Record<string, { files: Files; finding: string }> = {
  'handler CMD on python slim without a client': {
    files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py .\nCMD ["app.handler"]\n', 'app.py': 'def handler(event, context):\n    return 1\n' },
    finding: 'LL101/noRic',
  },
  'AWS base with a handler that names a missing module': {
    files: { Dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["main.handler"]\n', 'app.py': 'def handler(event, context):\n    return 1\n' },
    finding: 'LL103/',
  },
  'a client installed in a build stage the last stage copies from, never launched': {
    files: { Dockerfile: 'FROM python:3.12-slim AS build\nRUN pip install --no-cache-dir --target /deps awslambdaric==3.0.0\n\nFROM python:3.12-slim\nCOPY --from=build /deps /deps\nCOPY app.py /function/\nWORKDIR /function\nCMD ["python", "app.py"]\n', 'app.py': 'print(1)\n' },
    finding: 'LL102/',
  },
  'AWS nodejs base with a shell-form ENTRYPOINT': {
    files: { Dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.mjs ./\nENTRYPOINT node index.mjs\n', 'index.mjs': 'export const handler = async () => 1;\n' },
    finding: 'LL102',
  },
};

let tmp = '';
function place(dir: string, files: Files): string {
  for (const [rel, body] of Object.entries(files)) {
    const path = join(tmp, dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
  return join(tmp, dir, 'Dockerfile');
}
async function lint(args: string[]) {
  const r = await cli(['--format', 'json', '--now', '2026-11-27', ...args]);
  const findings: { code: string; messageId: string; severity: string }[] = JSON.parse(r.stdout).targets.flatMap((t: { findings: unknown[] }) => t.findings);
  return { status: r.status, findings, codes: findings.map((f) => `${f.code}/${f.messageId}`) };
}

describe('Lambda detection (CLI)', () => {
  beforeAll(() => {
    assertBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'lli-detect-'));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  for (const [name, files] of Object.entries(SHAPES)) {
    it(`${name}: exit 0, no error, one LL100 note, no Lambda-contract finding`, async () => {
      const r = await lint([place(name.replace(/\W+/g, '-'), files)]);
      expect(r.findings.filter((f) => f.severity === 'error'), r.codes.join(' ')).toEqual([]);
      expect(r.status).toBe(0);
      expect(r.codes.filter((c) => c.startsWith('LL100'))).toEqual(['LL100/notLambda']);
      expect(r.codes.filter((c) => /^LL1(0[1-57-8]|10)\//.test(c))).toEqual([]);
    });
  }

  for (const [name, { files, finding }] of Object.entries(LAMBDA)) {
    it(`${name}: still caught, no LL100 note`, async () => {
      const r = await lint([place(name.replace(/\W+/g, '-'), files)]);
      expect(r.codes.some((c) => c.startsWith(finding)), r.codes.join(' ')).toBe(true);
      expect(r.codes.some((c) => c.startsWith('LL100'))).toBe(false);
      expect(r.status).toBe(1);
    });
  }

  it('--lambda judges a file without evidence; --no-lambda silences the note', async () => {
    const file = place('forced', { Dockerfile: 'FROM python:3.12-slim\nCOPY app.py .\nCMD ["python", "app.py"]\n', 'app.py': 'print(1)\n' });
    const forced = await lint(['--lambda', file]);
    expect(forced.codes).toContain('LL101/noRic');
    expect(forced.status).toBe(1);
    const off = await lint(['--no-lambda', file]);
    expect(off.codes.filter((c) => c.startsWith('LL1'))).toEqual([]);
    expect(off.status).toBe(0);
    expect((await cli(['--lambda', '--no-lambda', file])).status).toBe(2);
  });

  it('no Lambda cold-start estimate for a file that is not a Lambda image; the size stays', async () => {
    const nginx = place('estimate-nginx', SHAPES['nginx site']!);
    const json = JSON.parse((await cli(['--format', 'json', nginx])).stdout).targets[0].estimates;
    expect(json.size.high).toBeGreaterThan(0);
    expect(json.coldStart).toBeNull();
    expect(json.coldStartReason).toMatch(/no sign of being a Lambda image/);
    const text = (await cli([nginx])).stdout;
    expect(text).toMatch(/Size \(estimated\)/);
    expect(text).toMatch(/No cold-start estimate: the file shows no sign of being a Lambda image/);
    expect(text).not.toMatch(/Cold start \(heuristic\)|p50/);
    const two = place('estimate-nginx-2', SHAPES['nginx site']!);
    const compact = (await cli([nginx, two])).stdout;
    expect(compact).toMatch(/Estimate: /);
    expect(compact).not.toMatch(/cold start p50/);
    // --lambda judges it as one, cold start included; a Lambda image always has one.
    expect(JSON.parse((await cli(['--format', 'json', '--lambda', nginx])).stdout).targets[0].estimates.coldStart.p50.high).toBeGreaterThan(0);
    const fn = place('estimate-lambda', { Dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', 'app.py': 'def handler(event, context):\n    return 1\n' });
    const lambda = JSON.parse((await cli(['--format', 'json', fn])).stdout).targets[0].estimates;
    expect(lambda.coldStart.p50.high).toBeGreaterThan(0);
    expect(lambda.coldStartReason).toBeUndefined();
    expect((await cli([fn])).stdout).toMatch(/Cold start \(heuristic\): p50/);
  });

  it('the built CLI: a non-Lambda shape exits 0 with its LL100 note; --lambda with --no-lambda is one line, exit 2', () => {
    const file = place('built-nginx', SHAPES['nginx site']!);
    const r = built(['--format', 'json', '--now', '2026-11-27', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).targets[0].findings.map((f: { code: string; messageId: string }) => `${f.code}/${f.messageId}`)).toContain('LL100/notLambda');
    const usage = built(['--lambda', '--no-lambda', file]);
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim().split('\n')).toEqual(['lint-lambda-image: --lambda and --no-lambda cannot be given together']);
  });

  it('the lambda: key of the configuration forces it per folder', async () => {
    // One folder per value: the CLI reads a configuration file once per process (here, per test worker).
    const files = (value: string) => ({ Dockerfile: 'FROM python:3.12-slim\nCOPY app.py .\nCMD ["python", "app.py"]\n', 'app.py': 'print(1)\n', '.lint-lambda-image.yaml': `lambda: ${value}\n` });
    expect((await lint([place('configured-true', files('true'))])).codes).toContain('LL101/noRic');
    expect((await lint([place('configured-false', files('false'))])).codes.filter((c) => c.startsWith('LL1'))).toEqual([]);
    expect((await cli([place('configured-maybe', files('maybe'))])).status).toBe(2);
  });
});

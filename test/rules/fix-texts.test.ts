/**
 * Fix texts must build: the instructions a fix suggests parse with dockerfile-ast, keep --from=stage and the
 * folder structure (LL104), and never name a lock file the build context lacks or put Cargo manifests in ./src/
 * (LL302).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initShell } from '../../src/dockerfile/shell.js';
import { lintDockerfileSync } from '../../src/linter/lint.js';

let root = '';
function fixOf(code: string, dockerfile: string, context?: Record<string, string>): string {
  let contextDir: string | null = null;
  if (context) {
    contextDir = mkdtempSync(join(root, 'ctx-'));
    for (const [rel, body] of Object.entries(context)) {
      mkdirSync(dirname(join(contextDir, rel)), { recursive: true });
      writeFileSync(join(contextDir, rel), body);
    }
  }
  const { findings } = lintDockerfileSync(dockerfile, { contextDir, now: new Date('2026-11-27') });
  const f = findings.find((x) => x.code === code);
  expect(f, findings.map((x) => x.code).join(' ')).toBeDefined();
  return f!.fix ?? '';
}
/** Parses the instruction lines a fix names and returns them (keyword, flags, arguments). */
function parse(lines: string[]) {
  const ast = DockerfileParser.parse(`FROM scratch\n${lines.join('\n')}\n`);
  return ast.getInstructions().slice(1).map((i) => ({
    keyword: i.getKeyword(),
    flags: ((i as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] }).getFlags?.() ?? []).map((f) => `${f.getName()}=${f.getValue()}`),
    args: i.getArguments().map((a) => a.getValue()),
  }));
}

describe('fix texts build', () => {
  beforeAll(async () => {
    await initShell();
    root = mkdtempSync(join(tmpdir(), 'lli-fix-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('LL104 keeps --from=stage and the folder of a COPY from a builder stage', () => {
    const fix = fixOf('LL104', 'FROM public.ecr.aws/lambda/nodejs:22 AS build\nWORKDIR /app\nRUN npm ci\nFROM public.ecr.aws/lambda/nodejs:22\nCOPY --from=build /app/node_modules /app/node_modules\nCOPY index.js ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n');
    const copy = /\((COPY [^)]*)\)/.exec(fix)![1];
    expect(copy).toBe('COPY --from=build /app/node_modules ${LAMBDA_TASK_ROOT}/node_modules');
    const [ins] = parse([copy]);
    expect(ins).toEqual({ keyword: 'COPY', flags: ['from=build'], args: ['/app/node_modules', '${LAMBDA_TASK_ROOT}/node_modules'] });
  });

  it('LL201 pins a COPY --from image in an instruction that keeps its other flags and paths', () => {
    const fix = fixOf('LL201', `FROM public.ecr.aws/lambda/nodejs:22@sha256:${'0'.repeat(64)}\nCOPY --chmod=755 --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCMD ["index.handler"]\n`);
    const copy = /: (COPY .*?) \(/.exec(fix)![1];
    const [ins] = parse([copy.replace('<digest>', 'a'.repeat(64))]);
    expect(ins).toEqual({ keyword: 'COPY', flags: ['chmod=755', `from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1@sha256:${'a'.repeat(64)}`], args: ['/lambda-adapter', '/opt/extensions/lambda-adapter'] });
  });

  it('LL104 keeps the folder below the WORKDIR the COPY was relative to', () => {
    const fix = fixOf('LL104', 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY src/ ./src/\nCMD ["src.app.handler"]\n', { 'src/app.py': 'def handler(e, c):\n    return 1\n' });
    const copy = /\((COPY [^)]*)\)/.exec(fix)![1];
    expect(copy).toBe('COPY src/ ${LAMBDA_TASK_ROOT}/src/');
    expect(parse([copy])[0].args).toEqual(['src/', '${LAMBDA_TASK_ROOT}/src/']);
  });

  it('LL302 names only the lock files the build context has', () => {
    const df = 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN npm install --omit=dev && npm cache clean --force\nCMD ["index.handler"]\n';
    const fix = fixOf('LL302', df, { 'package.json': '{}', 'index.js': 'exports.handler = 1;\n' });
    expect(fix).toMatch(/COPY package\.json \$\{LAMBDA_TASK_ROOT\}\//);
    expect(fix).not.toMatch(/package-lock/);
    const copy = /COPY package\.json [^,]*?(?=, then)/.exec(fix)![0];
    expect(parse([copy])[0].keyword).toBe('COPY');
  });

  it('LL302 repeats a JSON-form COPY destination unquoted, and adds --no-root to a Poetry install run before the code', () => {
    const dotnet = fixOf('LL302', 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY ["src/App", "Repo/src/App/"]\nWORKDIR /src/Repo/src/App\nRUN dotnet publish "App.csproj" -c Release -o /out\nFROM public.ecr.aws/lambda/dotnet:8\nCOPY --from=build /out ${LAMBDA_TASK_ROOT}\nCMD ["App::App.Function::Handler"]\n');
    const copy = /^(COPY \S+ \S+) and RUN/.exec(dotnet)![1];
    expect(copy).toBe('COPY *.csproj Repo/src/App/');
    expect(parse([copy])[0].args).toEqual(['*.csproj', 'Repo/src/App/']);
    const poetry = fixOf('LL302', 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/ ./src/\nCOPY pyproject.toml poetry.lock README.md ./\nRUN pip install --no-cache-dir "poetry>=2" && poetry config virtualenvs.create false && poetry install --only main --no-ansi\nCMD ["handler.handler"]\n');
    expect(poetry).toMatch(/then RUN poetry install --only main --no-ansi --no-root, then/);
  });

  it('LL302 takes the manifests from the folder the code COPY brings, and keeps the subfolder an install names', () => {
    const folder = fixOf('LL302', 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY lambda-function/ ${LAMBDA_TASK_ROOT}/\nRUN npm install --omit=dev\nCMD ["app.handler"]\n', { 'lambda-function/package.json': '{}', 'lambda-function/app.js': 'exports.handler = 1;\n' });
    const copy = /: (COPY .*?), then RUN/.exec(folder)![1];
    expect(copy).toBe('COPY lambda-function/package.json ${LAMBDA_TASK_ROOT}/');
    expect(parse([copy])[0].args).toEqual(['lambda-function/package.json', '${LAMBDA_TASK_ROOT}/']);
    const sub = fixOf('LL302', 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN pip install -r requirements/prod.txt\nCMD ["app.handler"]\n');
    expect(sub).toMatch(/COPY requirements\/prod\.txt \$\{LAMBDA_TASK_ROOT\}\/requirements\/, then RUN pip install -r requirements\/prod\.txt,/);
    const uv = fixOf('LL302', 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN pip install uv && UV_PROJECT_ENVIRONMENT=/var/lang uv sync --frozen\nCMD ["app.handler"]\n');
    expect(uv).toMatch(/uv sync --frozen --no-install-project, then/);
  });

  it('LL302 manifest paths: an absolute -r path, a manifest at the context top, the code folder lock file', () => {
    const abs = fixOf('LL302', 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r ${LAMBDA_TASK_ROOT}/requirements.txt\nCMD ["app.handler"]\n');
    expect(abs).toMatch(/^Copy only the dependency manifests first: COPY requirements\.txt \$\{LAMBDA_TASK_ROOT\}\/, then/);
    const top = fixOf('LL302', 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/ ${LAMBDA_TASK_ROOT}/\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n', { 'requirements.txt': 'boto3\n', 'src/app.py': 'def handler(e, c):\n    return 1\n' });
    expect(top).toMatch(/COPY requirements\.txt \$\{LAMBDA_TASK_ROOT\}\/, then/);
    const lock = fixOf('LL302', 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY lambda-function/ ${LAMBDA_TASK_ROOT}/\nRUN npm ci --omit=dev\nCMD ["app.handler"]\n', { 'lambda-function/package.json': '{}', 'lambda-function/package-lock.json': '{}', 'lambda-function/app.js': 'exports.handler = 1;\n' });
    expect(lock).toMatch(/COPY lambda-function\/package\.json lambda-function\/package-lock\.json \$\{LAMBDA_TASK_ROOT\}\//);
  });

  it('LL302 without a context makes the lock file optional (package-lock.json*)', () => {
    const fix = fixOf('LL302', 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN npm ci --omit=dev && npm cache clean --force\nCMD ["index.handler"]\n');
    expect(fix).toMatch(/COPY package\.json package-lock\.json\* /);
  });

  it('LL302 puts Cargo manifests where the build runs, not in ./src/', () => {
    const fix = fixOf('LL302', 'FROM rust:1.82 AS build\nWORKDIR /build\nCOPY src ./src/\nCOPY Cargo.toml ./\nRUN cargo lambda build --release\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /build/target/lambda/fn/bootstrap /var/runtime/bootstrap\n', { 'Cargo.toml': '[package]\nname = "fn"\n', 'src/main.rs': 'fn main() {}\n' });
    expect(fix).toMatch(/COPY Cargo\.toml \.\//);
    expect(fix).not.toMatch(/Cargo\.lock/);
    expect(fix).not.toMatch(/\.\/src\/ and RUN/);
  });
});

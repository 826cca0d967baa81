/**
 * The one launch classifier (src/lambda/launch.ts) for both evidences: an image's config alone (CONFIG_ONLY) and a
 * Dockerfile's target (the `classify` of the Dockerfile contract, which also sees scripts and what the build
 * places). The runtime clients' launch forms come from knowledge/ric.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { initShell } from '../../src/dockerfile/shell.js';
import { analyzeDockerfile } from '../../src/lambda/dockerfile-contract.js';
import { classifyLaunch, CONFIG_ONLY } from '../../src/lambda/launch.js';

beforeAll(async () => {
  await initShell();
});

describe('classifyLaunch with the config alone', () => {
  const cases: [string[], string, string?, number?][] = [
    [['/lambda-entrypoint.sh', 'app.handler'], 'base', undefined, 1],
    [['/usr/local/bin/python', '-m', 'awslambdaric', 'app.handler'], 'ric', 'python', 3],
    [['python3.12', '-m', 'awslambdaric'], 'ric', 'python', 3],
    [['python', '-m', 'http.server'], 'interpreter'],
    [['/usr/local/bin/npx', 'aws-lambda-ric@3.1.0', 'index.handler'], 'ric', 'nodejs', 2],
    [['npx', '--yes', 'aws-lambda-ric'], 'ric', 'nodejs', 3],
    [['aws-lambda-ric', 'index.handler'], 'ric', 'nodejs', 1],
    [['node', '/function/node_modules/aws-lambda-ric/bin/index.mjs', 'index.handler'], 'ric', 'nodejs', 2],
    [['/usr/local/bin/aws_lambda_ric', 'app.App::Handler.process'], 'ric', 'ruby', 1],
    [['bundle', 'exec', 'aws_lambda_ric', 'app.handler'], 'ric', 'ruby', 3],
    [['bundle', 'exec', 'ruby', 'app.rb'], 'interpreter'],
    [['/usr/bin/java', '-cp', './*', 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda', 'example.App::handleRequest'], 'ric', 'java', 4],
    [['java', '-jar', 'app.jar'], 'interpreter'],
    [['dotnet', 'Amazon.Lambda.RuntimeSupport.dll', 'Fn::Fn.Function::Handler'], 'ric', 'dotnet', 2],
    // A project published as bootstrap.dll counts only where the build is visible (a Dockerfile).
    [['dotnet', 'bootstrap.dll'], 'interpreter'],
    [['tini', '--', 'python', '-m', 'awslambdaric', 'app.handler'], 'ric', 'python', 3],
    [['/usr/local/bin/aws-lambda-rie', '/usr/local/bin/python', '-m', 'awslambdaric'], 'rie'],
    [['/var/runtime/bootstrap'], 'bootstrap'],
    [['/bin/sh', '-c', 'python -m awslambdaric app.handler'], 'interpreter'],
    [['/app/server'], 'unknown'],
    [[], 'empty'],
  ];
  for (const [argv, kind, ric, handlerIndex] of cases) {
    it(`${JSON.stringify(argv)} -> ${kind}${ric ? ` (${ric})` : ''}`, () => {
      const l = classifyLaunch(argv, CONFIG_ONLY);
      expect(l.kind).toBe(kind);
      expect(l.ric).toBe(ric);
      if (handlerIndex !== undefined) expect(l.handlerIndex).toBe(handlerIndex);
    });
  }

  it('gives the emulator what it runs', () => {
    const l = classifyLaunch(['aws-lambda-rie', 'npx', 'aws-lambda-ric', 'index.handler'], CONFIG_ONLY);
    expect(l.inner).toMatchObject({ kind: 'ric', ric: 'nodejs', handlerIndex: 2 });
  });
});

describe('classify of the Dockerfile contract (the same classifier, with what the Dockerfile shows)', () => {
  const contract = (text: string) => analyzeDockerfile(parseDockerfile(text, { file: 'Dockerfile' }), undefined)!;

  it('reads `sh -c` bodies and scripts written by a heredoc', () => {
    const a = contract(
      'FROM python:3.12-slim\nRUN pip install awslambdaric\nCOPY <<EOF /entry.sh\n#!/bin/sh\nexec python -m awslambdaric "$@"\nEOF\nENTRYPOINT ["/entry.sh"]\n',
    );
    expect(a.classify(['/bin/sh', '-c', 'python -m awslambdaric app.handler'])).toMatchObject({ kind: 'ric', ric: 'python' });
    const script = a.classify(['/entry.sh']);
    expect(script).toMatchObject({ kind: 'script', ric: 'python' });
    expect(script.script?.content).toContain('awslambdaric');
  });

  it('knows the binaries its build places, and bootstrap.dll from a visible .NET build', () => {
    const a = contract('FROM golang:1.23 AS build\nRUN go build -o /out/main .\nFROM debian:12-slim\nCOPY --from=build /out/main /app/main\nENTRYPOINT ["/app/main"]\n');
    expect(a.classify(['/app/main'])).toMatchObject({ kind: 'bootstrap', ric: 'go' });
    expect(a.classify(['dotnet', 'bootstrap.dll'])).toMatchObject({ kind: 'ric', ric: 'dotnet', handlerIndex: 2 });
  });

  it('says unknown for a program the Dockerfile does not create', () => {
    expect(contract('FROM debian:12-slim\nENTRYPOINT ["/app/server"]\n').classify(['/app/server']).kind).toBe('unknown');
  });
});

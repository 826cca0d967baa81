import { describe, expect, it } from 'vitest';
import rule from '../../rules/LL106-runtime-deprecated.js';
import { lintCase, ruleTester } from '../kit.js';

const APP = 'COPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';

ruleTester(rule, {
  valid: [
    { name: 'scratch that copies only a folder from a deprecated stage', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:16 AS build\nRUN npm install -g esbuild\nFROM scratch\nCOPY --from=build /var/task /var/task\n', now: '2026-11-27' },
    { name: 'supported python', dockerfile: `FROM public.ecr.aws/lambda/python:3.13\n${APP}`, now: '2026-11-27' },
    {
      name: 'deprecated builder stage copied into a supported target',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.9 AS build\nRUN pip install -t /out requests\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /out \${LAMBDA_TASK_ROOT}/\n${APP}`,
      now: '2026-11-27',
    },
    { name: 'non-AWS base is not a Lambda runtime', dockerfile: 'FROM python:3.9-slim\nRUN pip install awslambdaric\n', now: '2026-11-27' },
    { name: 'ARG-resolved supported tag', dockerfile: `ARG PY=3.12\nFROM public.ecr.aws/lambda/python:\${PY}\n${APP}`, now: '2026-11-27' },
    { name: 'deprecation more than six months away', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nCMD ["index.handler"]\n', now: '2025-06-01' },
    {
      name: '--target picks a supported stage',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:24 AS prod\nCMD ["index.handler"]\nFROM public.ecr.aws/lambda/nodejs:16 AS legacy\nCMD ["index.handler"]\n',
      target: 'prod',
      now: '2026-11-27',
    },
    { name: 'unresolved tag cannot be judged', dockerfile: 'ARG PY\nFROM public.ecr.aws/lambda/python:${PY}\n', now: '2026-11-27' },
    {
      name: 'stage chain with continuation line on a supported base',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023 \\\n  AS base\nRUN <<EOF\ndnf install -y tar\nEOF\nFROM base\nCOPY bootstrap /var/runtime/bootstrap\n',
      now: '2026-11-27',
    },
  ],
  invalid: [
    {
      name: 'an AWS base flattened into scratch keeps its runtime',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:16 AS build\nCOPY index.js /var/task/\nFROM scratch\nCOPY --from=build / /\nENV LAMBDA_TASK_ROOT=/var/task\nWORKDIR /var/task\nENTRYPOINT ["/lambda-entrypoint.sh"]\nCMD ["index.handler"]\n',
      now: '2026-11-27',
      errors: [{ messageId: 'deprecated', line: 1, message: /runs nodejs16\.x,/ }],
    },
    { name: 'retired nodejs12.x', dockerfile: `FROM public.ecr.aws/lambda/nodejs:12\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs nodejs12\.x,/ }] },
    { name: 'retired nodejs10.x', dockerfile: `FROM public.ecr.aws/lambda/nodejs:10\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs nodejs10\.x,/ }] },
    { name: 'retired ruby2.5', dockerfile: `FROM public.ecr.aws/lambda/ruby:2.5\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs ruby2\.5,/ }] },
    { name: 'retired ruby2.7', dockerfile: `FROM public.ecr.aws/lambda/ruby:2.7\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs ruby2\.7,/ }] },
    { name: 'retired dotnetcore2.1', dockerfile: `FROM public.ecr.aws/lambda/dotnet:core2.1\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs dotnetcore2\.1,/ }] },
    { name: 'retired dotnetcore3.1', dockerfile: `FROM public.ecr.aws/lambda/dotnet:core3.1\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs dotnetcore3\.1,/ }] },
    { name: 'retired python2.7', dockerfile: `FROM public.ecr.aws/lambda/python:2.7\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs python2\.7,/ }] },
    { name: 'retired python3.6', dockerfile: `FROM public.ecr.aws/lambda/python:3.6\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs python3\.6,/ }] },
    { name: 'retired java8', dockerfile: `FROM public.ecr.aws/lambda/java:8\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs java8,/ }] },
    { name: 'retired go1.x', dockerfile: `FROM public.ecr.aws/lambda/go:1\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs go1\.x,/ }] },
    { name: 'retired provided', dockerfile: `FROM public.ecr.aws/lambda/provided:alami\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /runs provided,/ }] },
    { name: 'retired dotnet5.0, no block dates', dockerfile: `FROM public.ecr.aws/lambda/dotnet:5.0\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated', message: /dotnet5\.0/ }] },
    { name: 'python3.5, older than the retired python3.6, by inference', dockerfile: `FROM public.ecr.aws/lambda/python:3.5\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'olderThanListed', severity: 'warning', message: /python3\.5.*older than python3\.6/ }] },
    { name: 'nodejs8 by inference through the Docker Hub mirror', dockerfile: `FROM amazon/aws-lambda-nodejs:8\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'olderThanListed', message: /nodejs8\.x.*nodejs10\.x/ }] },
    { name: 'quoted base reference', dockerfile: `FROM "public.ecr.aws/lambda/python:3.8"\n${APP}`, now: '2026-11-27', errors: [{ messageId: 'deprecated' }] },
    {
      name: 'python3.9 updates blocked',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.9\n${APP}`,
      now: '2026-11-27',
      errors: [{ messageId: 'deprecated', line: 1, severity: 'warning', message: /python3\.9, deprecated since 2025-12-15.*Lambda blocks creating \.zip functions on it since 2026-01-15 and updating them since 2026-02-15 \(an image function has no runtime setting, so these blocks do not stop its deploys\)/ }],
    },
    {
      name: 'python3.10 deprecated, blocks not reached',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.10-arm64\n${APP}`,
      now: '2026-11-27',
      errors: [{ messageId: 'deprecated', severity: 'warning', message: /deprecated since 2026-10-31.*Lambda will block creating \.zip functions on it from 2026-11-30 and updating them from 2027-01-15/ }],
    },
    {
      name: 'python3.10 create blocked (build arg)',
      dockerfile: `ARG PY=3.13\nFROM public.ecr.aws/lambda/python:\${PY}\n${APP}`,
      buildArgs: { PY: '3.10' },
      now: '2026-12-05',
      errors: [{ messageId: 'deprecated', line: 2, severity: 'warning', message: /Lambda blocks creating \.zip functions on it since 2026-11-30 and updating them from 2027-01-15/ }],
    },
    {
      name: 'go repository is deprecated whatever the tag',
      dockerfile: 'FROM public.ecr.aws/lambda/go:latest\nCOPY main ${LAMBDA_TASK_ROOT}/\nCMD ["main"]\n',
      now: '2026-11-27',
      errors: [{ messageId: 'deprecated', message: /go1\.x/ }],
    },
    {
      name: 'nodejs22 deprecation within six months',
      dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCMD ["index.handler"]\n',
      now: '2026-11-27',
      errors: [{ messageId: 'deprecationSoon', severity: 'info', message: /on 2027-04-30 \(in 154 days\)/ }],
    },
    {
      name: 'deprecated base reached through FROM stage with heredoc',
      dockerfile: 'FROM public.ecr.aws/lambda/provided:al2 AS base\nRUN <<EOF\nyum install -y tar\nEOF\nFROM base\nCOPY bootstrap /var/runtime/bootstrap\n',
      now: '2026-11-27',
      errors: [{ messageId: 'deprecated', line: 1, message: /provided\.al2.*2026-09-30/ }],
    },
    {
      name: 'dotnet9 deprecated with no block dates (Docker Hub mirror)',
      dockerfile: 'FROM amazon/aws-lambda-dotnet:9\nCMD ["Fn::Fn.Function::Handler"]\n',
      now: '2026-11-27',
      errors: [{ messageId: 'deprecated', message: /No block dates are scheduled\./ }],
    },
    {
      name: 'ARG default resolves to a blocked runtime, continuation line',
      dockerfile: 'ARG NODE=18\nFROM \\\n  public.ecr.aws/lambda/nodejs:${NODE}\nCMD ["index.handler"]\n',
      now: '2026-11-27',
      errors: [{ messageId: 'deprecated', line: 2, message: /nodejs18\.x/ }],
    },
  ],
});

describe('LL106 on container images', () => {
  // Lambda's create/update blocks act on a .zip function's Runtime setting; CreateFunction rejects a Runtime for an
  // image function, so a deprecated base never makes an image's deploy fail: never an error, whatever the date.
  it('is never an error, even years after every block date', () => {
    const bases = ['python:2.7', 'python:3.9', 'nodejs:10', 'nodejs:20', 'java:8', 'go:1', 'provided:alami', 'provided:al2', 'dotnet:6', 'ruby:3.2', 'python:3.5'];
    for (const base of bases) {
      const found = lintCase(rule, { name: base, dockerfile: `FROM public.ecr.aws/lambda/${base}\n${APP}`, now: '2030-01-01' });
      expect(found.length, base).toBe(1);
      expect(found[0].severity, base).toBe('warning');
      expect(found[0].message, base).not.toMatch(/deploying this image fails|can no longer be deployed/);
    }
  });
});

describe('LL106 suggestions', () => {
  const fix = (dockerfile: string, now = '2026-11-27') => lintCase(rule, { name: 'x', dockerfile, now })[0]?.fix ?? '';
  it('suggests the newest supported runtime of the family and the yum -> dnf change', () => {
    const f = fix('FROM public.ecr.aws/lambda/python:3.9\n');
    expect(f).toContain('python3.14');
    expect(f).toContain('FROM public.ecr.aws/lambda/python:3.14');
    expect(f).toMatch(/yum .* dnf/);
  });
  it('keeps the Docker Hub mirror style and says nothing about yum between AL2023 runtimes', () => {
    const f = fix('FROM amazon/aws-lambda-nodejs:22\n');
    expect(f).toContain('FROM amazon/aws-lambda-nodejs:24');
    expect(f).not.toContain('yum');
  });
  it('moves go to provided.al2023', () => {
    expect(fix('FROM public.ecr.aws/lambda/go:1\n')).toContain('FROM public.ecr.aws/lambda/provided:al2023');
  });
  it('java8.al2 moves to the newest java', () => {
    expect(fix('FROM public.ecr.aws/lambda/java:8.al2\n', '2027-07-01')).toContain('java:25');
  });
});

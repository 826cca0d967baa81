import { readFileSync } from 'node:fs';
import { tempProjects } from '../helpers/projects.js';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { openContext } from '../../src/dockerfile/context.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { initShell } from '../../src/dockerfile/shell.js';
import { estimateDockerfile, estimateImage, estimateMarkdown, ESTIMATES_SCHEMA, formatEstimateBlock, reportEstimates, runtimeFamily } from '../../src/estimate/index.js';
import { installs } from '../../src/dockerfile/commands.js';
import { estimateFixture, GB, MB, REFERENCES } from './fixtures.js';

const project = tempProjects('lli-est-');

async function estimateText(text: string) {
  await initShell();
  return estimateDockerfile(parseDockerfile(text), undefined);
}

describe('Dockerfile size estimate', () => {
  it('estimates the last of a chain of 10,000 stages as the first one, without deep recursion', async () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => `FROM ${i ? `s${i - 1}` : 'public.ecr.aws/lambda/python:3.12'} AS s${i}`).join('\n');
    const one = await estimateText('FROM public.ecr.aws/lambda/python:3.12\nRUN pip install boto3\n');
    const many = await estimateText(`${chain}\nRUN pip install boto3\n`);
    expect(many.low).toBe(one.low);
    expect(many.high).toBe(one.high);
    expect(many.low).toBeGreaterThan(0);
  });

  it.each(REFERENCES)('$name: the range contains a plausible true size', async (ref) => {
    const e = await estimateFixture(ref.name);
    expect(e.size.low).toBeLessThanOrEqual(ref.trueSize);
    expect(e.size.high).toBeGreaterThanOrEqual(ref.trueSize);
    expect(e.size.low).toBe(e.size.baseShare.low + e.size.ownBytes.low);
  });

  it('AWS base share vs own bytes', async () => {
    const e = await estimateFixture('python-numpy-pandas');
    expect(e.size.base).toEqual({ image: 'public.ecr.aws/lambda/python:3.12', aws: true });
    expect(e.size.baseShare.low).toBeGreaterThan(400 * MB);
    expect(e.size.ownBytes.high).toBeLessThan(250 * MB);
    expect(e.size.packages).toEqual(expect.arrayContaining(['numpy', 'pandas']));
    const boto = e.size.contributions.find((c) => c.what.startsWith('boto3'));
    expect(boto?.high).toBe(0);
    expect(boto?.what).toMatch(/already in the AWS base image/);
  });

  it('reads COPY sizes from the build context (sparse model weights)', async () => {
    const e = await estimateFixture('python-pytorch');
    const weights = e.size.contributions.find((c) => c.what.startsWith('COPY model/'));
    expect(weights?.low).toBeGreaterThanOrEqual(1.2 * GB);
    expect(e.size.packages).toContain('torch-cpu');
  });

  it.each([
    ['the CPU index', 'RUN pip install torch --index-url https://download.pytorch.org/whl/cpu\n', 'torch-cpu'],
    ['a +cpu local version from torch_stable.html (PyTorch previous-versions page)', 'RUN pip install --no-cache-dir torch==2.2.0+cpu -f https://download.pytorch.org/whl/torch_stable.html\n', 'torch-cpu'],
    ['the PyPI default', 'RUN pip install torch==2.2.0\n', 'torch'],
    // pip's upgrade strategy is only-if-needed: a later install that needs torch keeps the CPU wheel.
    ['the CPU wheel, then a package that needs torch', 'RUN pip install torch --index-url https://download.pytorch.org/whl/cpu\nRUN pip install sentence-transformers\n', 'torch-cpu'],
  ])('torch: %s', async (_name, runs, expected) => {
    const e = await estimateText(`FROM public.ecr.aws/lambda/python:3.12\n${runs}`);
    const torches = e.packages.filter((p: string) => p === 'torch' || p === 'torch-cpu');
    expect(torches).toEqual([expected]);
  });

  it('omits devDependencies with --omit=dev and finds heavy packages in package.json', async () => {
    const e = await estimateFixture('node-deps');
    expect(e.size.packages).toEqual(expect.arrayContaining(['aws-sdk', 'sharp', 'sparticuz-chromium', 'puppeteer-core', 'prisma-client']));
    expect(e.size.packages).not.toContain('typescript');
    expect(e.size.otherPackages).toBe(3); // axios, uuid, zod (lodash and date-fns are in the table)
  });

  it('counts only what the target copies from builder stages', async () => {
    const go = await estimateFixture('go-minimal');
    expect(go.size.base).toEqual({ image: 'alpine:3.20', aws: false });
    expect(go.size.high).toBeLessThan(100 * MB); // the 800 MB golang builder does not count
    expect(go.size.contributions.some((c) => /go build output \/out\/bootstrap/.test(c.what))).toBe(true);
    const dotnet = await estimateFixture('dotnet8-base');
    expect(dotnet.size.contributions.some((c) => /dotnet publish output \/app\/publish/.test(c.what))).toBe(true);
    expect(dotnet.size.contributions.some((c) => /SDK/.test(c.what))).toBe(false);
  });

  it('a requirements file named with a folder (made by a RUN: git clone) is not the context file of the same name elsewhere', async () => {
    await initShell();
    const dir = project('clone', { 'requirements.txt': 'transformers==4.44.0\nmatplotlib==3.9.0\n' });
    const text = 'FROM public.ecr.aws/lambda/python:3.12\nRUN dnf install -y git && dnf clean all\nRUN git clone https://github.com/x/y.git\nRUN pip install --no-cache-dir -r y/requirements.txt\nCMD ["app.handler"]\n';
    const e = estimateDockerfile(parseDockerfile(text), openContext(dir));
    expect(e.packages).not.toContain('transformers');
    expect(e.unknown.join('\n')).toMatch(/packages of y\/requirements\.txt \(line 4: file not found in the build context\)/);
    // The same file name alone is the context's file (the usual COPY requirements.txt, or a bind mount).
    const alone = estimateDockerfile(parseDockerfile(text.replace('y/requirements.txt', 'requirements.txt')), openContext(dir));
    expect(alone.packages).toContain('transformers');
  });

  it('sizes xgboost (its Linux wheel with GPU support) and mlflow with what it pulls, not as small generic packages', async () => {
    const e = await estimateText('FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir mlflow==3.1.4 xgboost==3.0.3\n');
    expect(e.packages).toEqual(expect.arrayContaining(['xgboost', 'mlflow', 'pandas', 'scikit-learn', 'pyarrow', 'matplotlib']));
    expect(e.ownBytes.low).toBeGreaterThan(600 * MB);
  });

  it('names what it cannot size', async () => {
    const e = await estimateText(
      [
        'FROM public.ecr.aws/lambda/python:3.12',
        'RUN dnf install -y gcc-c++ libfoo-devel && curl -sSLo /tmp/x.tgz https://example.com/x.tgz',
        'COPY --from=ghcr.io/org/tools:1 /bin/tool /usr/local/bin/',
        'COPY app.py ./',
        'RUN pip install -r requirements.txt',
        'CMD ["app.handler"]',
      ].join('\n'),
    );
    const unknown = e.unknown.join('\n');
    expect(unknown).toMatch(/OS packages libfoo-devel/);
    expect(unknown).toMatch(/download by curl/);
    expect(unknown).toMatch(/COPY --from=ghcr.io\/org\/tools:1/);
    expect(unknown).toMatch(/COPY app.py .*no build context/);
    expect(unknown).toMatch(/packages of requirements.txt \(line 5: no build context\)/);
    expect(e.contributions.some((c) => c.what.startsWith('gcc toolchain'))).toBe(true);
  });

  it('sizes inline pip installs, PyPI torch as CUDA, and an unknown base', async () => {
    const e = await estimateText('FROM myorg/base:1\nRUN pip install torch requests\nCMD ["python", "app.py"]');
    expect(e.unknown).toContain('base image myorg/base:1');
    expect(e.packages).toContain('torch');
    expect(e.low).toBeGreaterThan(3 * GB);
    expect(e.runtime).toBe('python');
    expect(e.otherPackages).toBe(1);
  });

  it('COPY --from a builder venv carries the packages', async () => {
    const e = await estimateText(
      [
        'FROM python:3.12-slim AS build',
        'RUN python -m venv /opt/venv && /opt/venv/bin/pip install pandas',
        'FROM python:3.12-slim',
        'COPY --from=build /opt/venv /opt/venv',
        'CMD ["python", "-m", "awslambdaric", "app.handler"]',
      ].join('\n'),
    );
    expect(e.packages).toEqual(expect.arrayContaining(['pandas', 'numpy']));
    expect(e.base?.aws).toBe(false);
    expect(e.baseShare.high).toBe(0);
  });
});

describe('built image estimate', () => {
  it.each([
    ['ENTRYPOINT aws_lambda_ric on a base of its own', 'FROM amazonlinux:2023\nRUN dnf install -y ruby && gem install aws_lambda_ric\nCOPY app.rb ./\nENTRYPOINT ["aws_lambda_ric"]\nCMD ["app.App::Handler.process"]\n', 'ruby'],
    ['ENTRYPOINT aws-lambda-ric (the Node.js client on PATH)', 'FROM debian:12-slim\nCOPY index.js ./\nENTRYPOINT ["aws-lambda-ric"]\nCMD ["index.handler"]\n', 'nodejs'],
    ['a gem install and no other sign', 'FROM amazonlinux:2023\nRUN gem install aws_lambda_ric\nCMD ["app.App::Handler.process"]\n', 'ruby'],
  ])('the runtime of the cold-start estimate: %s', async (_name, text, family) => {
    await initShell();
    const model = parseDockerfile(text);
    const managers = new Set(model.instructions.filter((i) => i.keyword === 'RUN').flatMap((i) => installs(model.shell(i)).map((x) => x.manager as string)));
    expect(runtimeFamily(model, { managers })).toBe(family);
  });

  it('is exact and splits AWS base layers from own bytes', () => {
    const e = estimateImage({
      uncompressedBytes: 1.2 * GB,
      compressedBytes: 400 * MB,
      layers: [
        { digest: 'sha256:aaaaaaaaaaaaaaaaaaaaaaaa', size: 580 * MB, createdBy: 'ADD file:... /' },
        { digest: 'sha256:bbbbbbbbbbbbbbbbbbbbbbbb', size: 620 * MB, createdBy: 'RUN pip install numpy pandas' },
      ],
      baseLayerBytes: 580 * MB,
      baseImage: 'public.ecr.aws/lambda/python:3.12',
      runtimeFamily: 'python',
      packages: ['numpy', 'pandas'],
    });
    expect(e.size.exact).toBe(true);
    expect(e.size.low).toBe(e.size.high);
    expect(e.size.ownBytes.low).toBe(620 * MB);
    expect(e.size.contributions[0].base).toBe(true);
    const p50 = (e.coldStart.p50.low + e.coldStart.p50.high) / 2;
    expect(Math.abs(p50 - 600) / 600).toBeLessThan(0.25);
    expect(e.coldStart.drivers.map((d) => d.name).join(' ')).toMatch(/import pandas/);
  });
});

describe('output', () => {
  const chalk = new Chalk({ level: 0 });
  it('stylish block explains the estimate', async () => {
    const e = await estimateFixture('python-numpy-pandas');
    const block = formatEstimateBlock(e, chalk);
    console.log(block);
    expect(block).toMatch(/Size \(estimated\): \d+–\d+ MB/);
    expect(block).toMatch(/Cold start \(heuristic\): p50 \d+–\d+ ms, p99/);
    expect(block).toMatch(/AWS base layers .* are cached by Lambda; your own \d+ MB are fetched and read at init/);
    expect(block).toMatch(/1\. .*\n\s+cut: /);
  });
  it('markdown table', async () => {
    const e = await estimateFixture('go-minimal');
    const md = estimateMarkdown(e, 'go-minimal/Dockerfile');
    console.log(md);
    expect(md).toMatch(/\| Cold start p50 \(heuristic\) \| \d+–\d+ ms \|/);
    expect(md).toMatch(/\| Driver \| ~p50 \| What would cut it \|/);
  });
  it('without a cold start (not a Lambda image): the size and the reason, no cold-start rows', async () => {
    const e = reportEstimates(await estimateFixture('go-minimal'), false, undefined);
    expect(e.coldStart).toBeNull();
    const block = formatEstimateBlock(e, chalk);
    expect(block).toMatch(/Size \(estimated\): /);
    expect(block).toMatch(/No cold-start estimate: the file shows no sign of being a Lambda image/);
    expect(block).not.toMatch(/Cold start \(heuristic\)|cut:|cached by Lambda/);
    const md = estimateMarkdown(e);
    expect(md).toMatch(/\| Cold start \| not estimated: the file shows no sign/);
    expect(md).not.toMatch(/p50|Driver/);
    expect(reportEstimates(await estimateFixture('go-minimal'), false, false).coldStartReason).toBe('not a Lambda image (lambda: false)');
    expect(reportEstimates(await estimateFixture('go-minimal'), true, undefined).coldStart).not.toBeNull();
  });
  it('the estimates validate against the schema fragment', async () => {
    const { Ajv } = await import('ajv');
    const ajv = new Ajv({ strict: true });
    const validate = ajv.compile(ESTIMATES_SCHEMA as object);
    for (const ref of REFERENCES) {
      const e = JSON.parse(JSON.stringify(await estimateFixture(ref.name)));
      expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe('mirrors of the Docker Official Images', () => {
  it.each([
    'public.ecr.aws/docker/library/python:3.12-slim',
    'mirror.gcr.io/library/python:3.12-slim',
    'mirror.gcr.io/python:3.12-slim',
    'docker.io/library/python:3.12-slim',
    'python:3.12-slim',
  ])('%s sizes like python:3.12-slim', async (base) => {
    const e = await estimateText(`FROM ${base}\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py /var/task/\nCMD ["python", "-m", "awslambdaric", "app.handler"]\n`);
    const reference = await estimateText('FROM python:3.12-slim\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py /var/task/\nCMD ["python", "-m", "awslambdaric", "app.handler"]\n');
    const baseItem = e.contributions.find((c) => c.what.startsWith('base image'));
    expect(baseItem?.what, 'the base is recognised').toMatch(/\(python/);
    expect(e.low).toBe(reference.low);
    expect(e.high).toBe(reference.high);
    expect(e.low).toBeGreaterThan(50 * MB);
  });
});

import { describe, expect, it } from 'vitest';
import rule from '../../rules/LL303-image-too-large.js';
import { ruleTester } from '../kit.js';
import { buildImage, imageRuleTester } from '../image-kit.js';
import { lintImage } from '../../src/linter/lint.js';
import { runRules } from '../../src/engine/runner.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';

const PY = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const APP = { 'app.py': 'def handler(e, c):\n    return 1\n' };
const copies = (n: number) => Array.from({ length: n }, (_, i) => `COPY --from=fat / /copy${i}/`).join('\n');

ruleTester(rule, {
  valid: [
    { name: 'small python function', dockerfile: PY, context: { ...APP, 'requirements.txt': 'requests\n' } },
    { name: 'under the budget', dockerfile: PY, context: { ...APP, 'requirements.txt': 'requests\n' }, config: { 'size-budget': '2GB' } },
    { name: 'budget judged on the low end only', dockerfile: PY, context: { ...APP, 'requirements.txt': 'numpy\npandas\n' }, config: { 'size-budget': '800MB' } },
    { name: 'invalid budget string is ignored', dockerfile: PY, context: { ...APP, 'requirements.txt': 'numpy\n' }, config: { 'size-budget': 'big' } },
    {
      name: 'multi-stage build on an AWS base: no cut to suggest',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS build\nRUN pip install --target /deps torch\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /deps ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
    },
    { name: 'go on scratch (heredoc build stage)', dockerfile: 'FROM golang:1.23 AS build\nRUN <<EOF\ngo build -o /bootstrap .\nEOF\nFROM scratch\nCOPY --from=build /bootstrap /bootstrap\nENTRYPOINT ["/bootstrap"]\n' },
    // No sign of Lambda: neither the Lambda size limit nor the cold-start advice judges it (like LL101-LL110).
    { name: 'not a Lambda image: torch on a full Debian python base, no advice', dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "serve.py"]\n', context: { 'requirements.txt': 'torch\ntensorflow\n', 'serve.py': '' } },
    { name: 'not a Lambda image: over 10 GiB is not judged against the Lambda limit', dockerfile: `FROM python:3.12 AS fat\nFROM python:3.12\n${copies(13)}\nCMD ["python", "serve.py"]\n` },
    { name: 'node base with dependencies', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nCOPY package.json ./\nRUN npm install --omit=dev\nCOPY index.js ./\nCMD ["index.handler"]\n', context: { 'package.json': '{"dependencies":{"express":"4"}}', 'index.js': '' } },
  ],
  invalid: [
    {
      name: 'estimate over 10 GiB at the low end',
      dockerfile: `FROM python:3.12 AS fat\nFROM public.ecr.aws/lambda/python:3.12\n${copies(13)}\nCMD ["app.handler"]\n`,
      errors: [{ messageId: 'estimateTooLarge', line: 2, severity: 'error', message: /over Lambda's limit of 10 GiB \(10\.7 GB\).*Biggest: .*python \(full Debian\)/ }],
    },
    {
      name: 'CUDA torch over a 1GB budget, and own bytes dominate cold start',
      dockerfile: PY,
      context: { ...APP, 'requirements.txt': 'torch\n' },
      config: { 'size-budget': '1GB' },
      errors: [
        { messageId: 'estimateOverBudget', line: 1, severity: 'warning', message: /over the size budget of 1GB.*torch.*cold start \(heuristic\) p50/ },
        { messageId: 'ownBytesDominate', line: 1, severity: 'info', message: /heuristic.*reading your own.*multi-stage build/ },
      ],
    },
    {
      name: 'budget from ARG-resolved base tag',
      dockerfile: 'ARG PY=3.12\nFROM python:${PY}\nRUN pip install awslambdaric\nCMD ["python", "-m", "awslambdaric", "app.handler"]\n',
      config: { 'size-budget': '500MiB' },
      errors: [{ messageId: 'estimateOverBudget', line: 2, message: /python:3\.12 \(python \(full Debian\)\)/ }],
    },
    {
      name: 'torch on a full Debian python base: an AWS base and a multi-stage build would cut',
      dockerfile: 'FROM python:3.12\nRUN pip install --no-cache-dir \\\n    torch awslambdaric\nCMD ["python", "-m", "awslambdaric", "app.handler"]\n',
      errors: [{ messageId: 'ownBytesDominate', severity: 'info', message: /an AWS base image instead of python:3\.12 .* or a multi-stage build/ }],
    },
    {
      name: 'tensorflow and torch: info only without a budget',
      dockerfile: PY,
      context: { ...APP, 'requirements.txt': 'tensorflow\ntorch\n' },
      errors: [{ messageId: 'ownBytesDominate' }],
    },
    {
      name: 'no sign of Lambda, but the configuration says lambda: true',
      dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "serve.py"]\n',
      context: { 'requirements.txt': 'torch\ntensorflow\n', 'serve.py': '' },
      config: { lambda: true },
      errors: [{ messageId: 'ownBytesDominate', severity: 'info' }],
    },
    {
      name: 'target stage chosen with --target',
      dockerfile: `FROM python:3.12 AS fat\nFROM public.ecr.aws/lambda/python:3.12 AS big\n${copies(13)}\nFROM public.ecr.aws/lambda/python:3.12 AS small\n`,
      target: 'big',
      errors: [{ messageId: 'estimateTooLarge', line: 2 }],
    },
  ],
});

const big = (kb: number) => Buffer.alloc(kb * 1024, 7);

imageRuleTester(
  rule,
  {
    valid: [
      { name: 'no budget', image: () => buildImage({ layers: [{ 'var/task/a.bin': big(64) }] }) },
      { name: 'under the budget', image: () => buildImage({ layers: [{ 'var/task/a.bin': big(64) }] }), config: { 'size-budget': '1MB' } },
      { name: 'invalid budget', image: () => buildImage({ layers: [{ 'var/task/a.bin': big(64) }] }), config: { 'size-budget': 'lots' } },
      {
        name: 'a Dockerfile whose estimate is huge: the image decides',
        image: () => buildImage({ layers: [{ 'var/task/a.bin': big(8) }] }),
        dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install torch tensorflow\n',
        config: { 'size-budget': '1GB' },
      },
      { name: 'history says pip install torch (no Dockerfile evidence in history mode)', image: () => buildImage({ layers: [{ 'var/task/a': 'x' }], history: ['RUN /bin/sh -c pip install torch # buildkit'] }), config: { 'size-budget': '1GB' } },
      { name: 'budget in GiB', image: () => buildImage({ layers: [{ 'var/task/a.bin': big(512) }] }), config: { 'size-budget': '1GiB' } },
    ],
    invalid: [
      {
        name: 'over a 100KB budget',
        image: () => buildImage({ layers: [{ 'var/task/model.bin': big(300) }] }),
        config: { 'size-budget': '100KB' },
        errors: [{ messageId: 'overBudget', severity: 'warning', message: /over the size budget of 100KB.*largest files: \/var\/task\/model\.bin 307 KB.*cold start \(heuristic\)/ }],
      },
      {
        name: 'the three largest layers and paths are named',
        image: () => buildImage({ layers: [{ 'a/1': big(10) }, { 'a/2': big(400) }, { 'a/3': big(200) }, { 'a/4': big(300) }], history: ['COPY a1 /a/', 'RUN make big', 'RUN make medium', 'RUN make large'] }),
        config: { 'size-budget': '500KiB' },
        errors: [{ messageId: 'overBudget', layer: 1, message: /layer 2 \(RUN make big\) 4\d\d KB, layer 4 \(RUN make large\) 3\d\d KB, layer 3 \(RUN make medium\) 2\d\d KB; largest files: \/a\/2 410 KB, \/a\/4 307 KB, \/a\/3 205 KB/ }],
      },
      {
        name: 'mapped to the Dockerfile line of the largest layer',
        image: () => buildImage({ layers: [{ 'var/task/app.py': 'x' }, { 'var/task/model.bin': big(600) }] }),
        dockerfile: 'FROM scratch\nCOPY app.py /var/task/\nCOPY model.bin /var/task/\n',
        config: { 'size-budget': '0.5MB' },
        errors: [{ messageId: 'overBudget', line: 3 }],
      },
      { name: 'MiB budget', image: () => buildImage({ layers: [{ 'x/big': big(2048 + 100) }] }), config: { 'size-budget': '2MiB' }, errors: [{ messageId: 'overBudget', message: /budget of 2MiB/ }] },
      { name: 'deleted files still count', image: () => buildImage({ layers: [{ 'x/big': big(300) }, { 'x/.wh.big': '' }] }), config: { 'size-budget': '200KB' }, errors: [{ messageId: 'overBudget', message: /layer 1 \(RUN layer 0\) 30\d KB/ }] },
      { name: 'decimal GB-style budget in bytes', image: () => buildImage({ layers: [{ 'x/a': big(20) }] }), config: { 'size-budget': '1000B' }, errors: [{ messageId: 'overBudget' }] },
    ],
  },
  { messages: ['overBudget'] },
);

describe('LL303 over the 10 GiB limit', () => {
  it('reports the exact size, the largest layers and paths (model with real sizes swapped in)', async () => {
    const { image } = await lintImage(await buildImage({ layers: [{ 'opt/model.bin': 'x' }, { 'var/task/app.py': 'x' }] }), { rules: [rule] });
    const GiB = 1024 ** 3;
    const fake = {
      ...image,
      layers: [{ ...image.layers[0], uncompressedSize: 9 * GiB }, { ...image.layers[1], uncompressedSize: 2 * GiB }],
      largest: [{ path: '/opt/model.bin', size: 9 * GiB - 4096, layer: 0 }, { path: '/var/task/app.py', size: 1, layer: 1 }],
      totals: { ...image.totals, uncompressed: 11 * GiB },
    };
    const { findings } = runRules({ df: parseDockerfile('FROM scratch\n'), mode: 'history', file: 'image.tar', getContext: () => undefined, options: { rules: [rule] }, image: fake, imageFile: 'image.tar' });
    expect(findings.map((f) => [f.messageId, f.severity, f.layer])).toEqual([['tooLarge', 'error', 0]]);
    expect(findings[0].message).toMatch(/12 GB \(11,811,160,064 bytes\).*over Lambda's limit of 10 GiB \(10\.7 GB\).*layer 1 \(RUN layer 0\) 9\.7 GB.*\/opt\/model\.bin 9\.7 GB/);
    expect(findings[0].fix).toMatch(/Cut 1\.1 GB/);
  });
});

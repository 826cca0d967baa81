import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/LL107-file-not-readable.js';
import { cliInProcess as cli } from '../helpers/cli.js';
import { ruleTester } from '../kit.js';
import { elf, imageRuleTester } from '../image-kit.js';

const APP = { 'app.py': 'def handler(event, context):\n    return "ok"\n' };
const AWS = { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' };
const awsBase = { 'lambda-entrypoint.sh': { body: '#!/bin/sh\nexec /var/runtime/bootstrap "$@"\n', mode: 0o755 }, 'var/runtime/': {}, 'var/runtime/bootstrap': { body: '#!/bin/sh\n', mode: 0o755 }, 'var/task/': {} };

ruleTester(rule, {
  valid: [
    { name: 'playwright: downloaded for the build into a folder, moved to where the image ENV points', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir playwright==1.49.0 && PLAYWRIGHT_BROWSERS_PATH=/tmp/pw playwright install chromium && mv /tmp/pw /opt/pw\nENV PLAYWRIGHT_BROWSERS_PATH=/opt/pw\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'playwright install with PLAYWRIGHT_BROWSERS_PATH set before it (playwright#18955)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV PLAYWRIGHT_BROWSERS_PATH=/ms-playwright\nRUN pip install --no-cache-dir playwright==1.49.0 && playwright install chromium\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'the variable given to the command itself', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nRUN PLAYWRIGHT_BROWSERS_PATH=/opt/pw npx playwright install chromium\nENV PLAYWRIGHT_BROWSERS_PATH=/opt/pw\nCOPY index.mjs ${LAMBDA_TASK_ROOT}/\nCMD ["index.handler"]\n' },
    { name: 'playwright install-deps installs OS packages only', dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir playwright==1.49.0 awslambdaric && playwright install-deps chromium\nWORKDIR /function\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    { name: 'Playwright\'s own image (an unknown base: it sets the download folder itself)', dockerfile: 'FROM mcr.microsoft.com/playwright/python:v1.49.0-noble\nRUN pip install --no-cache-dir awslambdaric && playwright install chromium\nWORKDIR /function\nCOPY app.py ./\nENTRYPOINT ["/usr/bin/python3", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    { name: 'the final image names the folder the browsers were copied to', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir playwright==1.49.0 && playwright install chromium && cp -r /root/.cache/ms-playwright /ms-playwright\nENV PLAYWRIGHT_BROWSERS_PATH=/ms-playwright\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'COPY --chmod=644 into the task root', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=644 app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: APP },
    { name: 'COPY --chmod=600 outside the read roots', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=600 key.pem /root/key.pem\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'chmod 755 on a bootstrap', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap /var/runtime/bootstrap\nRUN chmod 755 /var/runtime/bootstrap\n' },
    // A bootstrap: executable as copied, or made so by a later RUN.
    { name: 'bootstrap COPY --chmod=755', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=755 bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["function.handler"]\n', context: { bootstrap: '#!/bin/sh\n' } },
    { name: 'a bootstrap whose context mode lacks x, made executable by a later RUN chmod +x', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap ${LAMBDA_RUNTIME_DIR}/\nRUN chmod +x ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["function.handler"]\n', context: { bootstrap: '#!/bin/sh\n' } },
    { name: 'a bootstrap made executable by chmod -R 755 of its folder', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=644 bootstrap /var/runtime/bootstrap\nRUN chmod -R 755 /var/runtime\n', context: { bootstrap: '#!/bin/sh\n' } },
    { name: 'a bootstrap made executable by find -exec chmod 755', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap ${LAMBDA_RUNTIME_DIR}\nRUN find /var/runtime -type f -exec chmod 755 {} +\nCMD ["function.handler"]\n', context: { bootstrap: '#!/bin/sh\n' } },
    { name: 'a bootstrap made executable by chmod a+rx', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=600 bootstrap /var/runtime/bootstrap\nRUN chmod a+rx /var/runtime/bootstrap\n' },
    { name: 'the whole context copied into the task root: its bootstrap file is judged by --chmod only', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY . .\nCMD ["function.handler"]\n', context: { bootstrap: '#!/bin/sh\n', 'function.sh': 'x' } },
    { name: 'a bootstrap from a build stage (its mode is not known here)', dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /out/bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n' },
    { name: 'chmod -R o+rX', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nRUN chmod -R o+rX /var/task\nCMD ["app.handler"]\n' },
    { name: 'chmod 600 in a builder stage only (multi-stage)', dockerfile: 'FROM python:3.12 AS build\nWORKDIR /src\nCOPY . .\nRUN chmod 600 /src/app.py\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build --chmod=644 /src/app.py /var/task/\nCMD ["app.handler"]\n' },
    { name: 'chmod 700 on /tmp work dir in heredoc', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN <<EOF\nmkdir -p /tmp/work\nchmod 700 /tmp/work\nEOF\nCMD ["app.handler"]\n' },
  ],
  invalid: [
    { name: 'playwright: the download folder set after the install: the browser stays in root\'s home', dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nRUN pip install --no-cache-dir playwright==1.49.0 && playwright install chromium\nENV PLAYWRIGHT_BROWSERS_PATH=/home/chromium\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'browserInRootHome', line: 2, message: /looks in \/home\/chromium \(ENV PLAYWRIGHT_BROWSERS_PATH, set after the download\)/, fix: /^Set ENV PLAYWRIGHT_BROWSERS_PATH=\/home\/chromium above this RUN/ }] },
    { name: 'playwright: the folder named for the build step only (RUN VAR=... / ARG)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nARG PLAYWRIGHT_BROWSERS_PATH=/ms-playwright\nRUN pip install --no-cache-dir playwright==1.49.0 && python -m playwright install chromium\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'browserInRootHome', line: 3, message: /into \/ms-playwright \(PLAYWRIGHT_BROWSERS_PATH set for this build step only/, fix: /^Keep the folder for run time: ENV PLAYWRIGHT_BROWSERS_PATH=\/ms-playwright above this RUN\.$/ }] },
    { name: 'playwright install run through uv run', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY pyproject.toml uv.lock ./\nRUN pip install uv==0.5.0 && uv sync --frozen && uv run playwright install chromium\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'browserInRootHome', line: 3 }] },
    // github.com/microsoft/playwright-python/issues/1317: Executable doesn't exist at /home/sbx_user1051/.cache/ms-playwright/...
    { name: 'python -m playwright install into root\'s home', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir playwright==1.49.0\nRUN python -m playwright install chromium\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'browserInRootHome', line: 3, severity: 'warning', message: /\/root\/\.cache\/ms-playwright/, fix: /^Download it to a folder outside the home, kept for run time: ENV PLAYWRIGHT_BROWSERS_PATH=\/ms-playwright above this RUN\.$/ }] },
    { name: 'npx playwright install on a node base with the client', dockerfile: 'FROM node:22-bookworm-slim\nWORKDIR /function\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev && npx -y playwright@1.49.0 install --with-deps chromium\nCOPY index.mjs ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n', context: { 'package.json': '{"dependencies":{"aws-lambda-ric":"3.2.1","playwright":"1.49.0"}}', 'package-lock.json': '{}', 'index.mjs': 'export const handler = async () => 1;\n' }, errors: [{ messageId: 'browserInRootHome', line: 4 }] },
    { name: 'crawl4ai-setup (it runs playwright install; crawl4ai#1206)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir crawl4ai==0.6.3 && crawl4ai-setup\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'browserInRootHome', line: 2 }] },
    { name: 'pyppeteer-install: PYPPETEER_HOME', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN pip install --no-cache-dir pyppeteer==2.0.0 && pyppeteer-install\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'browserInRootHome', line: 2, fix: /ENV PYPPETEER_HOME=\/opt\/pyppeteer/ }] },
    { name: 'COPY --chmod=600 into LAMBDA_TASK_ROOT', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=600 app.py /var/task/\nCMD ["app.handler"]\n', context: APP, errors: [{ messageId: 'copyChmod', line: 2 }] },
    { name: 'COPY --chmod=640 relative into WORKDIR on a custom base', dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY --chmod=640 . .\nRUN pip install --target /function awslambdaric\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', errors: [{ messageId: 'copyChmod', line: 3 }] },
    { name: 'RUN chmod 600 on task files', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nRUN chmod 600 /var/task/app.py\nCMD ["app.handler"]\n', errors: [{ messageId: 'runChmod', line: 3 }] },
    { name: 'RUN chmod -R 700 with continuation, relative path', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nCOPY . .\nRUN npm ci && \\\n    chmod -R 700 ./lib\nCMD ["index.handler"]\n', errors: [{ messageId: 'runChmod', line: 3, message: /\/var\/task\/lib/ }] },
    { name: 'RUN chmod go-rwx on /opt (ARG-resolved)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nARG LAYER=/opt/python\nCOPY deps/ ${LAYER}/\nRUN chmod -R go-rwx ${LAYER}\nCMD ["app.handler"]\n', errors: [{ messageId: 'runChmod', line: 4 }] },
    { name: 'a bootstrap among several sources copied with --chmod=644', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=644 bootstrap function.sh ${LAMBDA_RUNTIME_DIR}/\nCMD ["function.handler"]\n', errors: [{ messageId: 'bootstrapCopiedNotExecutable', line: 2, severity: 'error', message: /\/var\/runtime\/bootstrap with mode 644/ }] },
    { name: 'a folder copied into the runtime folder holds a bootstrap without x', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY rt/ ${LAMBDA_RUNTIME_DIR}/\nCMD ["function.handler"]\n', context: { 'rt/bootstrap': '#!/bin/sh\n', 'rt/function.sh': 'x' }, errors: [{ messageId: 'bootstrapCopiedNotExecutable', line: 2, severity: 'warning', message: /the mode of rt\/bootstrap in the build context/ }] },
    { name: 'a wildcard matches a bootstrap without x', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY rt/* ${LAMBDA_RUNTIME_DIR}\nCMD ["function.handler"]\n', context: { 'rt/bootstrap': '#!/bin/sh\n', 'rt/function.sh': 'x' }, errors: [{ messageId: 'bootstrapCopiedNotExecutable', line: 2, severity: 'warning' }] },
    { name: 'chmod u+x leaves others without execute (744)', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --chmod=644 bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nRUN chmod u+x ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["function.handler"]\n', errors: [{ messageId: 'bootstrapCopiedNotExecutable', line: 2 }] },
    { name: 'a bootstrap copied with --chmod=644', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY --link --chmod=644 bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["function.handler"]\n', context: { bootstrap: '#!/bin/sh\n' }, errors: [{ messageId: 'bootstrapCopiedNotExecutable', line: 2, severity: 'error', message: /bootstrap at \/var\/runtime\/bootstrap with mode 644 \(--chmod=644\)/, fix: /^Make it executable: COPY --link --chmod=755 bootstrap \$\{LAMBDA_RUNTIME_DIR\}\/bootstrap$/ }] },
    { name: 'a bootstrap whose context file is not executable (COPY keeps the mode)', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap function.sh /var/task/\nCOPY bootstrap ${LAMBDA_RUNTIME_DIR}\nCMD ["function.handler"]\n', context: { bootstrap: '#!/bin/sh\n', 'function.sh': 'x' }, errors: [{ messageId: 'bootstrapCopiedNotExecutable', line: 2, severity: 'warning', message: /at \/var\/task\/bootstrap/ }, { messageId: 'bootstrapCopiedNotExecutable', line: 3, severity: 'warning', message: /mode 644 \(the mode of bootstrap in the build context/ }] },
    { name: 'heredoc chmod 750 on bootstrap', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap /var/runtime/bootstrap\nRUN <<EOF\nchmod 750 /var/runtime/bootstrap\nEOF\n', errors: [{ messageId: 'runChmod', line: 3 }] },
    {
      name: 'working directory inherited through FROM <stage> (multi-stage)',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS base\nWORKDIR /app\nFROM base\nCOPY --chmod=600 app.py ./\nRUN chmod 600 x.py\nCMD ["app.handler"]\n',
      context: APP,
      errors: [
        { messageId: 'copyChmod', line: 4, message: /into \/app\// },
        { messageId: 'runChmod', line: 5, message: /\/app\/x\.py/ },
      ],
    },
  ],
});

imageRuleTester(rule, {
  valid: [
    { name: 'AWS base, files 0644, dirs 0755', image: { config: AWS, layers: [awsBase, { 'var/task/app.py': APP['app.py'], 'var/task/lib/': {}, 'var/task/lib/x.py': 'x = 1\n' }] } },
    { name: 'custom base with RIC in /function', image: { config: { Entrypoint: ['/usr/local/bin/python', '-m', 'awslambdaric'], Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [{ 'function/': {}, 'function/app.py': 'def handler(e, c): pass\n', 'function/awslambdaric/__main__.py': '' }] } },
    { name: 'private key outside the read roots', image: { config: AWS, layers: [awsBase, { 'var/task/app.py': 'x', 'root/.ssh/id': { body: 'k', mode: 0o600 } }] } },
    { name: 'a later layer fixes the modes', image: { config: AWS, layers: [awsBase, { 'var/task/app.py': { body: 'x', mode: 0o600 } }, { 'var/task/app.py': { body: 'x', mode: 0o644 } }] } },
    { name: 'executable bootstrap on provided', image: { config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['x'], WorkingDir: '/var/task' }, layers: [{ 'lambda-entrypoint.sh': { body: '#!/bin/sh\n', mode: 0o755 }, 'var/task/': {}, 'var/task/bootstrap': { body: elf(62), mode: 0o755 } }] } },
    { name: 'WorkingDir / is not scanned', image: { config: { Entrypoint: ['/main'], WorkingDir: '/' }, layers: [{ main: { body: elf(62), mode: 0o755 }, 'etc/shadow': { body: 'x', mode: 0o600 } }] } },
  ],
  invalid: [
    { name: 'AWS base, app.py 0600', image: { config: AWS, layers: [awsBase, { 'var/task/app.py': { body: 'x', mode: 0o600, uid: 1000 } }] }, errors: [{ messageId: 'unreadableFiles', layer: 1, message: /\/var\/task\/app\.py \(0600, uid 1000\)/ }] },
    { name: 'custom base, WorkingDir /function with 0700 dir', image: { config: { Entrypoint: ['/usr/local/bin/python', '-m', 'awslambdaric'], Cmd: ['app.handler'], WorkingDir: '/function' }, layers: [{ 'function/': { mode: 0o700 }, 'function/app.py': 'x', 'function/awslambdaric/__main__.py': '' }] }, errors: [{ messageId: 'unreadableFiles', message: /1 directory under \/function is not readable and searchable/ }] },
    { name: 'more than five files: count and "more"', image: { config: AWS, layers: [awsBase, Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((i) => [`opt/python/m${i}.py`, { body: 'x', mode: 0o640 }]))] }, errors: [{ messageId: 'unreadableFiles', message: /^7 files under \/opt are not readable.* and 2 more/ }] },
    { name: 'bootstrap 0744 on provided', image: { config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['x'], WorkingDir: '/var/task' }, layers: [{ 'lambda-entrypoint.sh': { body: '#!/bin/sh\n', mode: 0o755 }, 'var/task/': {} }, { 'var/task/bootstrap': { body: elf(62), mode: 0o744 } }] }, errors: [{ messageId: 'bootstrapNotExecutable', layer: 1 }] },
    { name: 'two layers, reported per layer', image: { config: AWS, layers: [awsBase, { 'var/task/a.py': { body: 'x', mode: 0o600 } }, { 'var/runtime/ext.py': { body: 'x', mode: 0o600 } }] }, errors: [{ messageId: 'unreadableFiles', layer: 1 }, { messageId: 'unreadableFiles', layer: 2 }] },
    { name: 'parent /opt not searchable', image: { config: AWS, layers: [awsBase, { 'opt/': { mode: 0o700 }, 'opt/lib.py': 'x' }] }, errors: [{ messageId: 'unreadableFiles', message: /\/opt \(0700/ }] },
    {
      name: 'with the Dockerfile: image evidence only, mapped to the COPY line',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=600 app.py /var/task/\nCMD ["app.handler"]\n',
      image: { config: AWS, layers: [awsBase, { 'var/task/app.py': { body: 'x', mode: 0o600 } }] },
      errors: [{ messageId: 'unreadableFiles', line: 2 }],
    },
  ],
}, { messages: ['unreadableFiles', 'bootstrapNotExecutable'] });

describe('LL107: the bootstrap keeps the mode of its context file', () => {
  it('an executable context file is not reported; the same file without x is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lli-ll107-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM public.ecr.aws/lambda/provided:al2023\nCOPY bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["function.handler"]\n');
    writeFileSync(join(dir, 'bootstrap'), '#!/bin/sh\n');
    const codes = async () => JSON.parse((await cli(['-f', 'json', '--no-estimates', join(dir, 'Dockerfile')])).stdout).targets[0].findings.map((f: { messageId: string }) => f.messageId);
    chmodSync(join(dir, 'bootstrap'), 0o755);
    expect(await codes()).not.toContain('bootstrapCopiedNotExecutable');
    chmodSync(join(dir, 'bootstrap'), 0o640);
    expect(await codes()).toContain('bootstrapCopiedNotExecutable');
    rmSync(dir, { recursive: true, force: true });
  });
});

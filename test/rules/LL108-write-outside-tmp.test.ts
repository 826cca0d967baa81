import rule from '../../rules/LL108-write-outside-tmp.js';
import { ruleTester } from '../kit.js';
import { fn } from '../deploy/facts.js';

const PY = 'FROM public.ecr.aws/lambda/python:3.13\n';
const APP = 'COPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const NODE_RIC = (env: string, entrypoint = 'ENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]') =>
  `FROM node:22-bookworm AS build\nWORKDIR /function\nRUN npm install aws-lambda-ric\nFROM node:22-bookworm-slim\nWORKDIR /function\nCOPY --from=build /function /function\n${env}${entrypoint}\nCMD ["index.handler"]\n`;

ruleTester(rule, {
  valid: [
    { name: 'MPLCONFIGDIR set by the function configuration (SAM Environment, serverless environment)', dockerfile: `${PY}RUN pip install matplotlib\n${APP}`, deploy: fn({ envNames: ['MPLCONFIGDIR'] }) },
    { name: 'a Next.js standalone server whose cache is linked to /tmp', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=3000\nWORKDIR /app\nCOPY .next/standalone ./\nCOPY .next/static ./.next/static\nRUN ln -s /tmp/cache ./.next/cache\nCMD ["node", "server.js"]\n' },
    { name: 'npx started by the ENTRYPOINT script, with the npm cache in /tmp', dockerfile: 'FROM node:20-slim\nWORKDIR /function\nENV NPM_CONFIG_CACHE=/tmp/.npm\nCOPY package.json ./\nRUN npm install aws-lambda-ric\nCOPY index.js entry.sh ./\nENTRYPOINT ["/function/entry.sh"]\nCMD ["index.handler"]\n', context: { 'package.json': '{"name":"fn"}', 'index.js': 'exports.handler = async () => 1;\n', 'entry.sh': '#!/bin/sh\nexec /usr/local/bin/npx aws-lambda-ric "$@"\n' } },
    { name: 'npx with the npm cache in /tmp (multi-stage)', dockerfile: NODE_RIC('ENV NPM_CONFIG_CACHE=/tmp/.npm\n') },
    { name: 'npx with HOME in /tmp', dockerfile: NODE_RIC('ENV HOME=/tmp\n') },
    {
      name: 'librosa with NUMBA_CACHE_DIR in /tmp (requirements from context)',
      dockerfile: `${PY}COPY requirements.txt \${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nENV NUMBA_CACHE_DIR=/tmp/numba_cache\n${APP}`,
      context: { 'requirements.txt': 'librosa==0.10.2\n' },
    },
    { name: 'baked model with HF_HUB_OFFLINE', dockerfile: `${PY}RUN pip install transformers torch\nENV HF_HOME=/opt/models HF_HUB_OFFLINE=1\n${APP}` },
    { name: 'numba alone does not write without cache=True', dockerfile: `${PY}RUN pip install numba\n${APP}` },
    { name: 'ARG-resolved MPLCONFIGDIR in /tmp', dockerfile: `${PY}ARG CACHE=/tmp\nENV MPLCONFIGDIR=\${CACHE}/matplotlib\nRUN pip install matplotlib\n${APP}` },
    { name: 'librosa only in a stage the target never uses', dockerfile: `FROM python:3.12 AS notebook\nRUN pip install librosa\n${PY}${APP}` },
    {
      name: 'heredoc install of harmless requirements',
      dockerfile: `${PY}COPY requirements.txt .\nRUN <<EOF\npip install -r requirements.txt\nEOF\n${APP}`,
      context: { 'requirements.txt': 'requests==2.32.3\nboto3\n' },
    },
    { name: 'transformers with HOME in /tmp', dockerfile: `${PY}ENV HOME=/tmp\nRUN pip install sentence-transformers\n${APP}` },
  ],
  invalid: [
    // github.com/awslabs/aws-lambda-web-adapter/blob/main/examples/nextjs: RUN ln -s /tmp/cache ./.next/cache
    { name: 'a Next.js standalone server with its cache under the app folder', dockerfile: 'FROM public.ecr.aws/docker/library/node:20-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nENV PORT=3000\nWORKDIR /app\nCOPY .next/standalone ./\nCOPY .next/static ./.next/static\nCMD ["node", "server.js"]\n', errors: [{ messageId: 'nextCache', line: 7, severity: 'warning', fix: /^Link the cache to \/tmp after copying the build: RUN ln -s \/tmp\/cache \/app\/\.next\/cache,/ }] },
    {
      name: 'npx started by the ENTRYPOINT script (the emulator guard AWS documents)',
      dockerfile: 'FROM node:20-slim\nWORKDIR /function\nCOPY package.json ./\nRUN npm install aws-lambda-ric\nCOPY index.js entry.sh ./\nENTRYPOINT ["/function/entry.sh"]\nCMD ["index.handler"]\n',
      context: { 'package.json': '{"name":"fn"}', 'index.js': 'exports.handler = async () => 1;\n', 'entry.sh': '#!/bin/sh\nif [ -z "${AWS_LAMBDA_RUNTIME_API}" ]; then\n  exec /usr/local/bin/aws-lambda-rie /usr/local/bin/npx aws-lambda-ric "$@"\nelse\n  exec /usr/local/bin/npx aws-lambda-ric "$@"\nfi\n' },
      errors: [{ messageId: 'npxCache', line: 6, severity: 'error', message: /^ENTRYPOINT \(through its script \/function\/entry\.sh\) starts the runtime client/ }],
    },
    // The project's own dependencies, from its lock file: a requirements file the RUN exports, `pip install .`, `uv sync`.
    ...[
      ['uv export -o requirements.txt, then an install of it', 'COPY pyproject.toml uv.lock ./\nRUN uv export --frozen --no-dev -o requirements.txt && uv pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"\n'],
      ['pip install . of the project', 'COPY pyproject.toml uv.lock ./\nRUN pip install --no-cache-dir .\n'],
      ['uv sync', 'COPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-dev\n'],
    ].map(([name, run]) => ({
      name: `librosa pinned in uv.lock: ${name}`,
      dockerfile: `${PY}${run}${APP}`,
      context: { 'pyproject.toml': '[project]\nname = "fn"\nversion = "0.1"\ndependencies = ["librosa>=0.10"]\n', 'uv.lock': 'version = 1\nrequires-python = ">=3.12"\n\n[[package]]\nname = "librosa"\nversion = "0.10.2"\nsource = { registry = "https://pypi.org/simple" }\n\n[[package]]\nname = "numba"\nversion = "0.60.0"\nsource = { registry = "https://pypi.org/simple" }\n', 'app.py': '' },
      errors: [{ messageId: 'defaultUnderHome', severity: 'warning' as const, message: /librosa|numba/ }],
    })),
    {
      name: 'npx without an npm cache setting',
      dockerfile: NODE_RIC(''),
      errors: [{ messageId: 'npxCache', line: 7, severity: 'error', message: /~\/\.npm in the home directory/ }],
    },
    {
      name: 'npx on node:14 (npm 6, before the README\'s npm 8.6.0): a warning, not certain',
      dockerfile: 'FROM node:14-buster\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY index.js ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'npxCache', line: 5, severity: 'warning', message: /with npm 8\.6\.0 or later/ }],
    },
    {
      name: 'npx on a base whose npm is not known: a warning',
      dockerfile: 'FROM acme/node-chrome:2\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY index.js ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'npxCache', line: 5, severity: 'warning' }],
    },
    {
      name: 'npx on node:16.18 (npm 8.19): certain',
      dockerfile: 'FROM node:16.18-slim\nWORKDIR /function\nRUN npm install aws-lambda-ric\nCOPY index.js ./\nENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"]\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'npxCache', line: 5, severity: 'error', message: /npx fails \(EROFS\)/ }],
    },
    {
      name: 'npx with the npm cache outside /tmp',
      dockerfile: NODE_RIC('ENV NPM_CONFIG_CACHE=/home/node/.npm\n'),
      errors: [{ messageId: 'npxCache', line: 8, message: /\/home\/node\/\.npm \(NPM_CONFIG_CACHE\)/ }],
    },
    {
      name: 'shell-form npx entrypoint with HOME outside /tmp',
      dockerfile: NODE_RIC('ENV HOME=/home/node\n', 'ENTRYPOINT npx aws-lambda-ric'),
      errors: [{ messageId: 'npxCache', message: /HOME=\/home\/node/ }],
    },
    {
      name: 'librosa with NUMBA_CACHE_DIR outside /tmp',
      dockerfile: `${PY}COPY requirements.txt \${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nENV NUMBA_CACHE_DIR=/var/task/.numba\n${APP}`,
      context: { 'requirements.txt': '# audio\nlibrosa==0.10.2 ; python_version >= "3.9"\nsoundfile\n' },
      errors: [{ messageId: 'cacheOutsideTmp', line: 4, severity: 'error', message: /NUMBA_CACHE_DIR=\/var\/task\/\.numba .*librosa/ }],
    },
    {
      name: 'HF_HOME outside /tmp (continuation line)',
      dockerfile: `${PY}RUN pip install --no-cache-dir \\\n      transformers==4.46.0 \\\n      torch\nENV HF_HOME=/opt/hf\n${APP}`,
      errors: [{ messageId: 'cacheOutsideTmp', line: 5, severity: 'warning', message: /HF_HOME=\/opt\/hf/ }],
    },
    {
      name: 'matplotlib with nothing set',
      dockerfile: `${PY}RUN pip install matplotlib pandas\n${APP}`,
      errors: [{ messageId: 'defaultUnderHome', line: 2, severity: 'warning', message: /~\/\.config\/matplotlib/ }],
    },
    {
      name: 'HOME outside /tmp with librosa from a builder stage',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.13 AS build\nRUN pip install --target /out librosa\n${PY}COPY --from=build /out \${LAMBDA_TASK_ROOT}/\nENV HOME=/home/app\n${APP}`,
      errors: [{ messageId: 'cacheOutsideTmp', line: 5, severity: 'error', message: /HOME=\/home\/app .*numba/ }],
    },
    {
      name: 'heredoc install of sentence-transformers with nothing set',
      dockerfile: `${PY}RUN <<EOF\nset -e\npython -m pip install sentence-transformers\nEOF\n${APP}`,
      errors: [{ messageId: 'defaultUnderHome', line: 2, message: /sentence-transformers.*~\/\.cache\/huggingface/ }],
    },
    {
      name: 'ARG-resolved MPLCONFIGDIR outside /tmp',
      dockerfile: `${PY}ARG CACHE=/var/cache\nENV MPLCONFIGDIR=\${CACHE}/mpl\nRUN pip install matplotlib\n${APP}`,
      errors: [{ messageId: 'cacheOutsideTmp', line: 3, severity: 'warning', message: /MPLCONFIGDIR=\/var\/cache\/mpl/ }],
    },
    {
      name: 'nested requirements file',
      dockerfile: `${PY}COPY . \${LAMBDA_TASK_ROOT}/\nRUN pip install -r requirements.txt\nCMD ["app.handler"]\n`,
      context: { 'requirements.txt': '-r base.txt\n', 'base.txt': 'Librosa>=0.10\n' },
      errors: [{ messageId: 'defaultUnderHome', line: 3, message: /librosa/ }],
    },
  ],
});

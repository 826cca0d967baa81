import rule from '../../rules/LL301-cache-leftover.js';
import { ruleTester } from '../kit.js';

const PY = 'FROM public.ecr.aws/lambda/python:3.12\n';
const PY11 = 'FROM public.ecr.aws/lambda/python:3.11\n';

ruleTester(rule, {
  valid: [
    { name: 'pip --no-cache-dir', dockerfile: `${PY}RUN pip install --no-cache-dir -r requirements.txt\n` },
    { name: 'PIP_NO_CACHE_DIR env, any value (pip reads false as no cache too)', dockerfile: `${PY}ENV PIP_NO_CACHE_DIR=false\nRUN pip install boto3\n` },
    { name: 'PIP_NO_CACHE_DIR from ARG default', dockerfile: `${PY}ARG PIP_NO_CACHE_DIR=1\nRUN python -m pip install boto3\n` },
    { name: 'PIP_NO_CACHE_DIR as assignment prefix', dockerfile: `${PY}RUN PIP_NO_CACHE_DIR=1 pip install boto3\n` },
    { name: 'pip cache mount', dockerfile: `${PY}RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n` },
    { name: 'cache mount on a parent folder', dockerfile: `${PY}RUN --mount=type=cache,target=/root/.cache pip install --target /opt/python requests\n` },
    { name: 'pip cache purge later in the same RUN', dockerfile: `${PY}RUN pip install requests && pip cache purge\n` },
    { name: 'rm -rf of the pip cache via $HOME', dockerfile: `${PY}RUN pip install requests \\\n && rm -rf $HOME/.cache/pip\n` },
    { name: 'builder stage caches are not shipped', dockerfile: `FROM python:3.12 AS build\nRUN pip install --target /out requests\nRUN apt-get update && apt-get install -y gcc\n${PY}COPY --from=build /out \${LAMBDA_TASK_ROOT}\n` },
    { name: 'apt with lists removed (continuation lines)', dockerfile: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n' },
    { name: 'apt-get dist-clean', dockerfile: 'FROM debian:13\nRUN apt-get update && apt-get install -y curl && apt-get dist-clean\n' },
    { name: 'apt cache mounts', dockerfile: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n' },
    { name: 'dnf clean all', dockerfile: `${PY}RUN dnf install -y gcc && dnf clean all\n` },
    { name: 'microdnf clean all', dockerfile: `${PY}RUN microdnf install -y tar gzip && microdnf clean all\n` },
    { name: 'yum clean all on AL2', dockerfile: `${PY11}RUN yum install -y tar && yum clean all && rm -rf /var/cache/yum\n` },
    { name: 'apk --no-cache', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' },
    { name: 'npm cache clean --force', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nCOPY package*.json ./\nRUN npm ci --omit=dev && npm cache clean --force\n' },
    { name: 'npm --cache under /tmp removed', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nRUN npm ci --cache /tmp/npm-cache && rm -rf /tmp/npm-cache\n' },
    { name: 'yarn cache clean', dockerfile: 'FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n' },
    { name: 'pnpm cache mount', dockerfile: 'FROM node:20\nENV PNPM_HOME=/pnpm\nRUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile\n' },
    { name: 'conda clean -afy', dockerfile: 'FROM continuumio/miniconda3:24.1.2-0\nRUN conda install -y numpy && conda clean -afy\n' },
    { name: 'heredoc with clean-up', dockerfile: `${PY}RUN <<EOF\nset -e\ndnf install -y git\ndnf clean all\nEOF\n` },
    { name: 'a target stage that does not inherit the dirty stage', dockerfile: `FROM python:3.12 AS test\nRUN pip install pytest\n${PY}RUN pip install --no-cache-dir boto3\n`, target: undefined },
    { name: 'uv --no-cache', dockerfile: `${PY}RUN pip install --no-cache-dir uv && uv pip install --system --no-cache -r requirements.txt\n` },
    { name: 'pip config set global.no-cache-dir', dockerfile: `${PY}RUN pip config set global.no-cache-dir false\nRUN pip install boto3\n` },
  ],
  invalid: [
    { name: 'pip without --no-cache-dir', dockerfile: `${PY}RUN pip install -r requirements.txt\n`, errors: [{ messageId: 'cacheLeft', line: 2, severity: 'warning', message: /pip cache in \/root\/\.cache\/pip/ }] },
    { name: 'pip --target still uses the cache', dockerfile: `${PY}RUN pip3 install --target "\${LAMBDA_TASK_ROOT}" -r requirements.txt\n`, errors: [{ messageId: 'cacheLeft', message: /pip3 install --target/ }] },
    { name: 'cache removed in a later RUN', dockerfile: `${PY}RUN pip install boto3\nRUN rm -rf /root/.cache/pip\n`, errors: [{ messageId: 'cleanedInLaterLayer', line: 2, message: /line 3/ }] },
    {
      name: 'apt-get clean keeps the lists',
      dockerfile: 'FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y curl \\\n  && apt-get clean\n',
      errors: [{ messageId: 'cacheLeft', line: 2, message: /\/var\/lib\/apt\/lists.*apt-get clean` empties/ }],
    },
    { name: 'dnf without clean all', dockerfile: `${PY}RUN dnf install -y gcc-c++ && dnf clean packages\n`, errors: [{ messageId: 'cacheLeft', message: /dnf cache in \/var\/cache\/dnf/ }] },
    { name: 'microdnf without clean all', dockerfile: `${PY}RUN microdnf install -y tar\n`, errors: [{ messageId: 'cacheLeft', message: /microdnf cache/ }] },
    { name: 'yum on AL2', dockerfile: `${PY11}RUN yum install -y tar\n`, errors: [{ messageId: 'cacheLeft', message: /\/var\/cache\/yum/ }] },
    { name: 'apk add without --no-cache', dockerfile: 'FROM alpine:3.20\nRUN apk add curl\n', errors: [{ messageId: 'cacheLeft', message: /apk cache in \/var\/cache\/apk/ }] },
    { name: 'npm ci without cache clean', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nRUN npm ci --omit=dev\n', errors: [{ messageId: 'cacheLeft', message: /\/root\/\.npm/ }] },
    { name: 'yarn without cache clean', dockerfile: 'FROM node:20\nRUN yarn --frozen-lockfile --production\n', errors: [{ messageId: 'cacheLeft', message: /yarn cache in \/usr\/local\/share\/\.cache\/yarn/ }] },
    { name: 'pnpm without store prune', dockerfile: 'FROM node:20\nRUN pnpm install --prod\n', errors: [{ messageId: 'cacheLeft', message: /pnpm cache in \/root\/\.local\/share\/pnpm\/store/ }] },
    { name: 'conda clean without -a', dockerfile: 'FROM continuumio/miniconda3:24.1.2-0\nRUN conda install -y numpy && conda clean -t\n', errors: [{ messageId: 'cacheLeft', message: /\/opt\/conda\/pkgs/ }] },
    {
      name: 'multi-stage: the target built FROM a dirty stage ships its cache',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.12 AS base\nRUN pip install boto3\nFROM base\nRUN pip install --no-cache-dir requests\n`,
      errors: [{ messageId: 'cacheLeft', line: 2 }],
    },
    { name: 'heredoc', dockerfile: `${PY}RUN <<EOF\nset -e\npip install requests\nEOF\n`, errors: [{ messageId: 'cacheLeft', line: 2 }] },
    { name: 'ARG-resolved cache dir not removed', dockerfile: `${PY}ARG CACHE=/tmp/pipcache\nRUN pip install --cache-dir \${CACHE} boto3 && rm -rf /tmp/other\n`, errors: [{ messageId: 'cacheLeft', message: /\/tmp\/pipcache/ }] },
    { name: 'one finding per offending install', dockerfile: `${PY}RUN pip install boto3 && npm install -g aws-cdk\n`, errors: [{ messageId: 'cacheLeft', message: /pip/ }, { messageId: 'cacheLeft', message: /npm/ }] },
    { name: 'mount on another path does not count', dockerfile: `${PY}RUN --mount=type=cache,target=/root/.npm pip install boto3\n`, errors: [{ messageId: 'cacheLeft' }] },
    { name: 'uv without --no-cache', dockerfile: `${PY}RUN uv pip install --system -r requirements.txt\n`, errors: [{ messageId: 'cacheLeft', message: /uv cache in \/root\/\.cache\/uv/ }] },
    { name: 'clean before the install does not count', dockerfile: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n', errors: [{ messageId: 'cacheLeft' }] },
  ],
});

import rule from '../../rules/LL201-base-image-unpinned.js';
import { ruleTester } from '../kit.js';

const D = '@sha256:' + '0'.repeat(64);

ruleTester(rule, {
  valid: [
    { name: 'RUN --mount=from a stage, or an image pinned by digest', dockerfile: 'FROM ghcr.io/astral-sh/uv:0.8.12@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc AS uv\nFROM public.ecr.aws/lambda/python:3.12@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc\nRUN --mount=from=uv,source=/uv,target=/bin/uv uv --version\nRUN --mount=type=bind,from=ghcr.io/astral-sh/uv:0.8.12@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc,source=/uv,target=/bin/uv uv --version\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'COPY --from an image pinned by digest', dockerfile: `FROM public.ecr.aws/lambda/nodejs:22${D}\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1${D} /lambda-adapter /opt/extensions/lambda-adapter\n` },
    { name: 'COPY --from a bare name that may be a named build context is not judged', dockerfile: `FROM public.ecr.aws/lambda/nodejs:22${D}\nCOPY --from=assets /dist \${LAMBDA_TASK_ROOT}/\n` },
    { name: 'COPY --from a stage index or an ARG is not judged', dockerfile: `ARG ADAPTER\nFROM golang:1.23${D}\nRUN go build -o /main\nFROM public.ecr.aws/lambda/provided:al2023${D}\nCOPY --from=0 /main /var/runtime/bootstrap\nCOPY --from=\${ADAPTER} /lambda-adapter /opt/extensions/lambda-adapter\n` },
    { name: 'COPY --from a trusted registry needs no digest', dockerfile: `FROM public.ecr.aws/lambda/python:3.12${D}\nCOPY --from=123456789012.dkr.ecr.us-east-1.amazonaws.com/tools:1.2 /bin/tool /opt/bin/tool\n`, config: { 'trusted-registries': ['123456789012.dkr.ecr.us-east-1.amazonaws.com'] } },
    { name: 'tag and digest', dockerfile: `FROM public.ecr.aws/lambda/python:3.12${D}\n` },
    { name: 'digest only', dockerfile: `FROM public.ecr.aws/lambda/nodejs${D}\n` },
    { name: 'stage alias is not an image', dockerfile: `FROM golang:1.23${D} AS build\nRUN go build -o /main\nFROM build\n` },
    { name: 'ARG without default as the registry, with a literal tag: not judged', dockerfile: 'ARG REGISTRY\nFROM ${REGISTRY}/lambda/python:3.12\n' },
    { name: 'scratch', dockerfile: `FROM scratch\nCOPY bootstrap /var/runtime/bootstrap\n` },
    { name: 'ARG default resolves to a pinned image', dockerfile: `ARG BASE=public.ecr.aws/lambda/python:3.12${D}\nFROM \${BASE}\n` },
    { name: 'build arg from CLI fills the tag', dockerfile: `ARG PY\nFROM public.ecr.aws/lambda/python:\${PY}${D}\n`, buildArgs: { PY: '3.13' } },
    { name: 'trusted registry needs no digest', dockerfile: 'FROM 123456789012.dkr.ecr.us-east-1.amazonaws.com/base/python:3.12\n', config: { 'trusted-registries': ['123456789012.dkr.ecr.us-east-1.amazonaws.com'] } },
    {
      name: 'multi-stage with continuation lines',
      dockerfile: `FROM public.ecr.aws/lambda/provided:al2023${D} \\\n  AS runtime\nFROM runtime\n`,
    },
  ],
  invalid: [
    { name: 'RUN --mount=from an untagged image (the uv docs pattern): a warning, the tool does not ship', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc\nCOPY pyproject.toml uv.lock ./\nRUN --mount=from=ghcr.io/astral-sh/uv,source=/uv,target=/bin/uv uv export --frozen -o requirements.txt && pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', errors: [{ messageId: 'copyNoTag', line: 3, severity: 'warning', message: /^RUN --mount=from takes files from the image "ghcr\.io\/astral-sh\/uv", which has no tag/, fix: /RUN --mount=from=ghcr\.io\/astral-sh\/uv:<tag>@sha256:<digest>,source=\/uv,target=\/bin\/uv \.\.\./ }] },
    {
      name: 'COPY --from an image by tag only (the Web Adapter): a digest warning whose fix keeps the paths and flags',
      dockerfile: `FROM public.ecr.aws/docker/library/node:20-slim${D}\nCOPY --link --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCMD ["node", "index.js"]\n`,
      errors: [{ messageId: 'copyNoDigest', line: 2, severity: 'warning', fix: /^Add the digest: COPY --link --from=public\.ecr\.aws\/awsguru\/aws-lambda-adapter:0\.9\.1@sha256:<digest> \/lambda-adapter \/opt\/extensions\/lambda-adapter \(/ }],
    },
    {
      name: 'COPY --from an image without a tag into a Lambda image: an error',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.12${D}\nCOPY --from=ghcr.io/example/tools /bin/tool /opt/bin/tool\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
      errors: [{ messageId: 'copyNoTag', line: 2, severity: 'error', fix: /COPY --from=ghcr\.io\/example\/tools:<tag>@sha256:<digest> \/bin\/tool \/opt\/bin\/tool/ }],
    },
    {
      name: 'COPY --from an image by :latest in a builder stage only copied from: a warning',
      dockerfile: `FROM golang:1.23${D} AS build\nCOPY --from=docker.io/library/busybox:latest /bin/busybox /bin/busybox\nRUN go build -o /main\nFROM public.ecr.aws/lambda/provided:al2023${D}\nCOPY --from=build /main /var/runtime/bootstrap\nCMD ["handler"]\n`,
      errors: [{ messageId: 'copyLatest', line: 2, severity: 'warning', fix: /COPY --from=docker\.io\/library\/busybox:<tag>@sha256:<digest> \/bin\/busybox \/bin\/busybox/ }],
    },
    { name: 'ARG without default as the whole image', dockerfile: 'ARG BASE\nFROM ${BASE}\nCOPY app.py ./\n', errors: [{ messageId: 'unresolvedImage', line: 2, severity: 'warning', message: /ARG BASE/ }] },
    { name: 'one digest warning for two FROMs of the same image', dockerfile: 'FROM python:3.12-slim AS deps\nRUN pip install -t /d requests\nFROM python:3.12-slim\nCOPY --from=deps /d /d\n', errors: [{ messageId: 'noDigest', line: 1 }] },
    { name: 'quoted reference is read without its quotes', dockerfile: 'FROM "public.ecr.aws/lambda/python"\n', errors: [{ messageId: 'noTag', message: /"public\.ecr\.aws\/lambda\/python" has no tag/ }] },
    { name: 'no tag', dockerfile: 'FROM public.ecr.aws/lambda/python\n', errors: [{ messageId: 'noTag', line: 1, severity: 'error' }] },
    { name: 'latest, no sign of Lambda: a warning (as hadolint DL3007)', dockerfile: 'FROM python:latest\n', errors: [{ messageId: 'latest', severity: 'warning' }] },
    { name: 'latest on a Lambda image\'s shipped base: an error', dockerfile: 'FROM python:latest\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py .\nENTRYPOINT ["python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n', errors: [{ messageId: 'latest', line: 1, severity: 'error' }] },
    {
      name: 'latest on a build stage of a Lambda image: a warning',
      dockerfile: 'FROM rust:latest AS builder\nRUN cargo build --release\nFROM public.ecr.aws/lambda/provided:al2023@sha256:0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc\nCOPY --from=builder /target/release/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n',
      errors: [{ messageId: 'latest', line: 1, severity: 'warning' }],
    },
    { name: 'latest forced to be judged as Lambda (lambda: true)', dockerfile: 'FROM python:latest\n', config: { lambda: true }, errors: [{ messageId: 'latest', severity: 'error' }] },
    { name: 'latest of a platform (AWS base)', dockerfile: 'FROM amazon/aws-lambda-python:latest-x86_64\n', errors: [{ messageId: 'latest', message: /uses the tag latest-x86_64/ }] },
    { name: 'latest of a variant', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:latest-arm64\n', errors: [{ messageId: 'latest' }] },
    { name: 'a tag that only begins with the letters latest is a version: no digest, not latest', dockerfile: 'FROM example.org/tools:latest2024.01\n', errors: [{ messageId: 'noDigest' }] },
    { name: 'tag without digest', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\n', errors: [{ messageId: 'noDigest', severity: 'warning' }] },
    { name: 'ARG without default as tag', dockerfile: 'ARG PY\nFROM public.ecr.aws/lambda/python:${PY}\n', errors: [{ messageId: 'unresolvedTag', line: 2, severity: 'warning', message: /ARG PY, which has no default: the tag is whatever the build passes, and a build without --build-arg PY=\.\.\. fails \(the tag is then empty: "invalid reference format"\)/ }] },
    { name: 'ARG without default before a suffix (python:${PY}-slim: the tag -slim is no tag)', dockerfile: 'ARG PY\nFROM python:${PY}-slim\nRUN pip install awslambdaric\n', errors: [{ messageId: 'unresolvedTag', line: 2, message: /fails \(the tag is then "-slim": "invalid reference format"\)/ }] },
    { name: 'ARG without default as part of the tag', dockerfile: 'ARG MINOR\nFROM public.ecr.aws/lambda/python:3.$MINOR\n', errors: [{ messageId: 'unresolvedTag', line: 2, message: /without --build-arg MINOR=\.\.\. pulls the tag 3\./ }] },
    { name: 'ARG default resolves to latest', dockerfile: 'ARG TAG=latest\nFROM node:${TAG}\n', errors: [{ messageId: 'latest', line: 2 }] },
    {
      name: 'every stage is checked, aliases skipped',
      dockerfile: `FROM golang AS build\nRUN go build -o /main\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /main /var/runtime/bootstrap\n`,
      errors: [{ messageId: 'noTag', line: 1 }, { messageId: 'noDigest', line: 3 }],
    },
    { name: 'build arg overrides default to latest', dockerfile: `ARG PY=3.12\nFROM python:\${PY}\n`, buildArgs: { PY: 'latest' }, errors: [{ messageId: 'latest' }] },
    { name: 'platform flag does not hide the image', dockerfile: 'FROM --platform=linux/arm64 amazon/aws-lambda-nodejs\n', errors: [{ messageId: 'noTag' }] },
  ],
});

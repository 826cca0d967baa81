import rule from '../../rules/LL305-build-tools-in-final-image.js';
import { ruleTester } from '../kit.js';

const PY = 'FROM public.ecr.aws/lambda/python:3.12\n';
const PY11 = 'FROM public.ecr.aws/lambda/python:3.11\n';

ruleTester(rule, {
  valid: [
    { name: 'a dev container or builder image with no sign of Lambda (LL100) is not judged', dockerfile: 'FROM rust:1.82-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git libssl-dev pkg-config gcc && rm -rf /var/lib/apt/lists/*\nRUN rustup component add rustfmt\n' },
    {
      name: 'multi-stage: compilers only in the builder',
      dockerfile: `FROM public.ecr.aws/lambda/python:3.12 AS build\nRUN dnf install -y gcc gcc-c++ python3-devel\nRUN pip install --no-cache-dir -r requirements.txt --target /out\n${PY}COPY --from=build /out \${LAMBDA_TASK_ROOT}\n`,
    },
    { name: 'removed in the same RUN (continuation lines)', dockerfile: `${PY}RUN dnf install -y gcc python3-devel \\\n && pip install --no-cache-dir psycopg2 \\\n && dnf remove -y gcc python3-devel \\\n && dnf clean all\n` },
    { name: 'apk virtual build deps deleted', dockerfile: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \\\n && pip install --no-cache-dir cffi \\\n && apk del .build-deps\n' },
    { name: 'apt-get purge --auto-remove', dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \\\n && pip install --no-cache-dir psycopg2 \\\n && apt-get purge -y --auto-remove build-essential libpq-dev && rm -rf /var/lib/apt/lists/*\n' },
    { name: 'docker-library apt-mark pattern', dockerfile: "FROM debian:12\nRUN apt-get update && apt-get install -y gcc make && make install \\\n && apt-mark auto '.*' > /dev/null && apt-get purge -y --auto-remove && rm -rf /var/lib/apt/lists/*\n" },
    { name: 'runtime libraries are not build tools', dockerfile: `${PY}RUN dnf install -y libffi openssl-libs git tar && dnf clean all\n` },
    { name: 'heredoc with removal', dockerfile: `${PY11}RUN <<EOF\nyum groupinstall -y "Development Tools"\npip install --no-cache-dir numpy\nyum groupremove -y "Development Tools"\nEOF\n` },
    { name: 'rustup into cache mounts (never in a layer)', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nRUN --mount=type=cache,target=/root/.rustup --mount=type=cache,target=/root/.cargo \\\n    curl -sSf -o rustup-init https://static.rust-lang.org/rustup/dist/x86_64-unknown-linux-gnu/rustup-init && chmod +x rustup-init && ./rustup-init -y && rm rustup-init\nCMD ["handler"]\n' },
    { name: 'rustup in a builder stage', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023 AS build\nRUN curl https://sh.rustup.rs -sSf | sh -s -- -y\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /bootstrap /var/runtime/bootstrap\n' },
    { name: 'a stage not used by the --target is not checked', dockerfile: `${PY}AS app\nRUN pip install --no-cache-dir boto3\nFROM app AS dev\nRUN dnf install -y gcc\n`.replace(`${PY}AS app`, 'FROM public.ecr.aws/lambda/python:3.12 AS app'), target: 'app' },
  ],
  invalid: [
    { name: 'make alone is sized as make, not as a compiler toolchain', dockerfile: `${PY}RUN dnf install -y make && dnf clean all\n`, errors: [{ messageId: 'buildTools', message: /: make \(about 1-3 MB\)\./ }] },
    {
      name: 'gcc and python3-devel left in the image',
      dockerfile: `${PY}RUN dnf install -y gcc python3-devel && dnf clean all \\\n && pip install --no-cache-dir -r requirements.txt\n`,
      errors: [{ messageId: 'buildTools', line: 2, severity: 'warning', message: /gcc, python3-devel \(about \d+-\d+ MB\)/ }],
    },
    { name: 'build-essential on Debian (a Lambda image by configuration)', config: { lambda: true }, dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*\n', errors: [{ messageId: 'buildTools', message: /build-essential/ }] },
    { name: 'removed only by a later RUN: the installing layer still ships them', dockerfile: `${PY}RUN dnf install -y gcc make\nRUN dnf remove -y gcc make\n`, errors: [{ messageId: 'buildTools', message: /does not remove them in the same RUN \(a later RUN cannot shrink this layer\): gcc, make/ }] },
    { name: 'only some packages removed', dockerfile: `${PY}RUN dnf install -y gcc gcc-c++ make && dnf remove -y gcc\n`, errors: [{ messageId: 'buildTools', message: /gcc-c\+\+, make/ }] },
    { name: 'Development Tools group', dockerfile: `${PY11}RUN yum groupinstall -y "Development Tools" && yum clean all\n`, errors: [{ messageId: 'buildTools', message: /Development Tools/, fix: /\(yum groupremove -y "Development Tools"\)/ }] },
    { name: 'apk virtual never deleted (awslambdaric: a Lambda image)', dockerfile: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\nRUN pip install awslambdaric\n', errors: [{ messageId: 'buildTools', message: /gcc, musl-dev/ }] },
    { name: 'rustup in the final stage', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nRUN curl --proto =https --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\n', errors: [{ messageId: 'toolchain', message: /Rust toolchain/ }] },
    {
      name: 'target built FROM a stage with compilers',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS base\nRUN dnf install -y gcc && dnf clean all\nFROM base\nCOPY app.py ./\n',
      errors: [{ messageId: 'buildTools', line: 2 }],
    },
    { name: 'ARG-resolved package list', dockerfile: `${PY}ARG BUILD_DEPS="gcc libffi-devel"\nRUN dnf install -y $BUILD_DEPS cmake\n`, errors: [{ messageId: 'buildTools', message: /cmake, gcc, libffi-devel/ }] },
    { name: 'heredoc install', dockerfile: `${PY}RUN <<EOF\nset -e\ndnf install -y clang\nEOF\n`, errors: [{ messageId: 'buildTools', line: 2, message: /clang/ }] },
    { name: 'Go tarball', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nRUN curl -sSL https://go.dev/dl/go1.23.4.linux-amd64.tar.gz | tar -C /usr/local -xz\n', errors: [{ messageId: 'toolchain', message: /Go toolchain/ }] },
  ],
});

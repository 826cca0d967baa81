import rule from '../../rules/LL109-package-manager-mismatch.js';
import { ruleTester } from '../kit.js';

const PY12 = 'FROM public.ecr.aws/lambda/python:3.12\n';

ruleTester(rule, {
  valid: [
    { name: 'dnf on an AL2023 base', dockerfile: `${PY12}RUN dnf install -y gcc && dnf clean all\n` },
    { name: 'yum on an AL2 base', dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nRUN yum install -y gcc && yum clean all\n' },
    {
      name: 'apt-get in a Debian builder stage',
      dockerfile: `FROM python:3.12-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nRUN pip install -t /out numpy\n${PY12}COPY --from=build /out \${LAMBDA_TASK_ROOT}/\n`,
    },
    { name: 'unknown OS is not judged', dockerfile: 'FROM 123456789012.dkr.ecr.us-east-1.amazonaws.com/base:1\nRUN apt-get install -y curl\n' },
    {
      name: 'script probing for the manager',
      dockerfile: `${PY12}RUN if command -v yum >/dev/null; then yum install -y tar; \\\n    else dnf install -y tar; fi\n`,
    },
    { name: 'stage that never reaches the target', dockerfile: `FROM public.ecr.aws/lambda/python:3.12 AS unused\nRUN yum install -y tar\n${PY12}CMD ["app.handler"]\n` },
    { name: 'yum on amazonlinux:2023 (compatibility name for dnf)', dockerfile: 'FROM amazonlinux:2023\nRUN yum install -y python3\n' },
    { name: 'heredoc with microdnf on provided:al2023', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2023\nRUN <<EOF\nmicrodnf install -y tar\nmicrodnf clean all\nEOF\n' },
    { name: 'unresolved tag leaves the OS unknown', dockerfile: 'ARG PY\nFROM public.ecr.aws/lambda/python:${PY}\nRUN yum install -y tar\n' },
    { name: 'manager installed first', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2\nRUN yum install -y dnf\nRUN dnf install -y tar\n' },
  ],
  invalid: [
    { name: 'yum on AL2023 python', dockerfile: `${PY12}RUN yum install -y gcc && yum clean all\n`, errors: [{ messageId: 'mismatch', line: 2, severity: 'error', message: /yum does not exist on the Amazon Linux 2023 minimal image, the OS of base image public.ecr.aws\/lambda\/python:3.12/ }] },
    { name: 'dnf on provided:al2', dockerfile: 'FROM public.ecr.aws/lambda/provided:al2\nRUN dnf install -y tar\n', errors: [{ messageId: 'mismatch', message: /dnf does not exist on Amazon Linux 2,/ }] },
    { name: 'apt-get on an Amazon Linux base', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nRUN apt-get update && apt-get install -y git\n', errors: [{ messageId: 'mismatch', message: /apt-get/ }] },
    {
      name: 'ARG-resolved tag with continuation lines',
      dockerfile: 'ARG PY=3.13\nFROM public.ecr.aws/lambda/python:${PY}\nRUN yum install -y \\\n      gcc \\\n  && yum clean all\n',
      errors: [{ messageId: 'mismatch', line: 3 }],
    },
    { name: 'heredoc with yum on nodejs:22', dockerfile: 'FROM public.ecr.aws/lambda/nodejs:22\nRUN <<EOF\nset -e\nyum install -y git\nEOF\n', errors: [{ messageId: 'mismatch', line: 2 }] },
    {
      name: 'stage FROM another stage inherits the OS',
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.11 AS base\nRUN yum install -y tar\nFROM base\nRUN microdnf install -y gzip\n',
      errors: [{ messageId: 'mismatch', line: 4, message: /microdnf.*python:3\.11/ }],
    },
    {
      name: 'apk in a Debian builder used by the target',
      dockerfile: `FROM python:3.12-slim AS build\nRUN apk add --no-cache gcc\n${PY12}COPY --from=build /usr/bin/gcc /tmp/gcc\n`,
      errors: [{ messageId: 'mismatch', line: 2, message: /apk does not exist on Debian/ }],
    },
    { name: 'apt-get on alpine', dockerfile: 'FROM node:20-alpine\nRUN apt-get install -y python3\n', errors: [{ messageId: 'mismatch', message: /Alpine/ }] },
    { name: 'exec-form RUN', dockerfile: 'FROM public.ecr.aws/lambda/java:21\nRUN ["yum", "install", "-y", "tar"]\n', errors: [{ messageId: 'mismatch', line: 2 }] },
    { name: 'dnf on amazonlinux:2', dockerfile: 'FROM amazonlinux:2\nRUN dnf install -y python3\n', errors: [{ messageId: 'mismatch' }] },
  ],
});

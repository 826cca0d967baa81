/**
 * Agreement with hadolint on the checks both tools make: the behaviours its spec files (hadolint/hadolint
 * test/Hadolint/Rule/DL*Spec.hs) pin down for DL3009 (apt lists), DL3019 (apk cache), DL3042 (pip cache), DL3060
 * (yarn cache), DL3040 / DL3032 (dnf / yum cache), DL3006 / DL3007 (untagged / latest base), DL3000 (relative
 * WORKDIR), DL3025 (exec form) and remote scripts piped to a shell, written as our own cases. Fragments without
 * FROM are given a pinned AWS base, and Lambda is forced, since hadolint judges any Dockerfile.
 * One deliberate difference in wording, not in verdict: PIP_NO_CACHE_DIR=0/false/no/off. hadolint reads them as
 * "keep the cache"; pip disables its cache for any valid value (pip/_internal/cli/cmdoptions.py,
 * _handle_no_cache_dir), so we report the misleading setting (info) instead of a cache leftover.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initShell } from '../../src/dockerfile/shell.js';
import { lintDockerfileSync } from '../../src/linter/lint.js';

const BASE = `FROM public.ecr.aws/lambda/python:3.12@sha256:${'0'.repeat(64)}\n`;
interface Case {
  check: string;
  caught: boolean;
  dockerfile: string;
  /** Codes (LL301) or code/messageId pairs that count as catching it. */
  ours: string[];
}
const cases: Case[] = [];
const add = (check: string, caught: boolean, text: string, ours: string[]) => cases.push({ check, caught, dockerfile: /^(FROM|ARG) /m.test(text) ? text : BASE + text, ours });
const CACHE = ['LL301'];

add('DL3009', true, 'FROM debian:12\nRUN apt-get update && apt-get install -y python3\n', CACHE);
add('DL3009', false, 'FROM ubuntu:24.04 AS tools\nRUN apt-get update && apt-get install -y python3\nFROM debian:12\nRUN echo done\n', CACHE);
add('DL3009', true, 'FROM ubuntu:24.04 AS tools\nRUN echo start\nFROM debian:12\nRUN apt-get update && apt-get install -y python3\n', CACHE);
add('DL3009', true, 'FROM ubuntu:24.04 AS tools\nRUN apt-get update && apt-get install -y python3\nFROM tools\nRUN echo done\n', CACHE);
add('DL3009', false, 'FROM ubuntu:24.04 AS tools\nRUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*\nFROM tools\nRUN echo done\n', CACHE);
add('DL3009', false, 'FROM debian:12\nRUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*\n', CACHE);
add('DL3009', false, 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y python3\n', CACHE);
add('DL3009', false, 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y python3\n', CACHE);
add('DL3009', true, 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y python3\n', CACHE);
add('DL3019', true, 'FROM alpine:3.20\nRUN apk add flex=2.6.4-r1\n', CACHE);
add('DL3019', false, 'FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1\n', CACHE);
add('DL3019', false, 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add flex\n', CACHE);
add('DL3019', false, 'FROM alpine:3.20\nRUN apk add flex && rm -rf /var/cache/apk/*\n', CACHE);
for (const pip of ['pip', 'pip3', 'pip2']) {
  add('DL3042', true, `RUN ${pip} install requests\n`, CACHE);
  add('DL3042', false, `RUN ${pip} install requests --no-cache-dir\n`, CACHE);
}
add('DL3042', false, 'RUN pipx install black\n', CACHE);
add('DL3042', false, 'RUN pipenv install requests\n', CACHE);
for (const v of ['1', 'on', 'yes', 'true']) {
  add('DL3042', false, `ENV PIP_NO_CACHE_DIR=${v}\nRUN pip install six\n`, CACHE);
  add('DL3042', false, `RUN PIP_NO_CACHE_DIR=${v} pip install six\n`, CACHE);
  add('DL3042', false, `RUN export PIP_NO_CACHE_DIR=${v} && pip install six\n`, CACHE);
}
for (const v of ['0', 'off', 'no', 'false']) {
  add('DL3042', true, `ENV PIP_NO_CACHE_DIR=${v}\nRUN pip install six\n`, CACHE);
  add('DL3042', true, `RUN PIP_NO_CACHE_DIR=${v} pip install six\n`, CACHE);
  add('DL3042', true, `RUN export PIP_NO_CACHE_DIR=${v} && pip install six\n`, CACHE);
}
add('DL3042', false, 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n', CACHE);
add('DL3042', true, 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install six\n', CACHE);
add('DL3060', true, 'FROM node:22\nRUN yarn install left-pad\n', CACHE);
add('DL3060', false, 'FROM node:22\nRUN yarn install left-pad && yarn cache clean\n', CACHE);
add('DL3060', true, 'FROM node:22 AS deps\nRUN yarn install\nFROM deps\nRUN echo done\n', CACHE);
add('DL3060', false, 'FROM node:22 AS deps\nRUN yarn install && yarn cache clean\nFROM deps\nRUN echo done\n', CACHE);
add('DL3060', false, 'FROM node:22 AS deps\nRUN yarn install left-pad\nFROM node:22\nRUN echo done\n', CACHE);
add('DL3040', true, 'FROM fedora:41\nRUN dnf install -y mariadb\n', CACHE);
add('DL3040', true, 'FROM fedora:41\nRUN microdnf install -y mariadb\n', CACHE);
add('DL3040', false, 'FROM fedora:41\nRUN dnf install -y mariadb && dnf clean all\n', CACHE);
add('DL3040', false, 'FROM fedora:41\nRUN microdnf install -y mariadb && microdnf clean all\n', CACHE);
add('DL3040', false, 'FROM fedora:41\nRUN dnf install -y mariadb && rm -rf /var/cache/yum/*\n', CACHE);
add('DL3040', true, 'FROM fedora:41\nRUN dnf clean all && dnf install -y mariadb\n', CACHE);
add('DL3032', true, 'FROM amazonlinux:2\nRUN yum install -y mariadb\n', CACHE);
add('DL3032', false, 'FROM amazonlinux:2\nRUN yum install -y mariadb && yum clean all\n', CACHE);
add('DL3032', false, 'FROM amazonlinux:2\nRUN yum install -y mariadb && rm -rf /var/cache/yum\n', CACHE);
add('DL3032', true, 'FROM amazonlinux:2\nRUN yum clean all && yum install -y mariadb\n', CACHE);
add('DL3007', true, 'FROM debian:latest\n', ['LL201/latest']);
add('DL3007', true, 'FROM debian:latest AS builder\n', ['LL201/latest']);
add('DL3007', false, 'FROM debian:bookworm\n', ['LL201/latest']);
add('DL3007', false, `FROM debian@sha256:${'1'.repeat(64)}\n`, ['LL201']);
add('DL3006', true, 'FROM debian\n', ['LL201/noTag']);
add('DL3006', false, 'FROM debian:12 AS base\nFROM base\n', ['LL201/noTag']);
add('DL3006', false, 'FROM scratch\n', ['LL201']);
add('DL3006', false, 'ARG IMAGE=debian:12\nFROM ${IMAGE}\n', ['LL201/noTag']);
const RELATIVE = ['LL104/relativeWorkdir', 'LL104/relativeWorkdirResolved'];
add('DL3000', true, 'WORKDIR relative/dir\n', RELATIVE);
add('DL3000', true, "WORKDIR 'dir'\n", RELATIVE);
add('DL3000', false, 'WORKDIR /usr/local\n', RELATIVE);
add('DL3000', false, 'WORKDIR $MYDIR\n', RELATIVE);
add('DL3000', false, 'WORKDIR "/home"\n', RELATIVE);
add('DL3025', true, 'ENTRYPOINT /lambda-entrypoint.sh app.handler\n', ['LL102/shellForm']);
add('DL3025', false, 'ENTRYPOINT ["/lambda-entrypoint.sh"]\nCMD ["app.handler"]\n', ['LL102/shellForm']);
add('DL3025', true, 'CMD app.handler\n', ['LL103/shellCmd']);
add('DL3025', false, 'CMD ["app.handler"]\n', ['LL103/shellCmd']);
add('piped script', true, 'RUN curl -fsSL https://example.com/install.sh | sh\n', ['LL203']);
add('piped script', true, 'RUN wget -qO- https://example.com/install.sh | bash\n', ['LL203']);

describe('agreement with hadolint on shared checks', () => {
  beforeAll(async () => {
    await initShell();
  });
  for (const c of cases) {
    it(`${c.check} ${c.caught ? 'catches' : 'passes'}: ${JSON.stringify(c.dockerfile.replace(BASE, ''))}`, () => {
      const { findings } = lintDockerfileSync(c.dockerfile, { contextDir: null, now: new Date('2026-11-27'), config: { lambda: true } });
      const caught = findings.some((f) => c.ours.some((k) => (k.includes('/') ? `${f.code}/${f.messageId}` === k : f.code === k)));
      expect(caught, findings.map((f) => `${f.code}/${f.messageId}`).join(' ')).toBe(c.caught);
    });
  }
});

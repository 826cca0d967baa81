/**
 * Agreement with hadolint on the checks both tools make, measured on hadolint's own spec cases: every `ruleCatches` /
 * `ruleCatchesNot` input of the spec files below (hadolint/hadolint, test/Hadolint/Rule/<code>Spec.hs), restated
 * here as our own short cases (the Dockerfile fragments are facts about the rule, not copied files):
 * - DL3000 (relative WORKDIR) -> LL104; DL3025 (JSON form of CMD / ENTRYPOINT) -> LL102 / LL103;
 * - DL3006 (untagged base), DL3007 (latest) -> LL201;
 * - DL3009 (apt lists), DL3019 (apk cache), DL3032 (yum), DL3040 (dnf / microdnf), DL3042 (pip), DL3060 (yarn) -> LL301;
 * - DL3064 (credentials in ARG / ENV) -> LL202;
 * - DL3014 (apt-get -y), DL3030 (yum -y), DL3038 (dnf -y) -> LL003.
 * Not restated: the `onBuildRuleCatches` variants (an ONBUILD trigger runs in a child image's build, which is judged
 * when that image is linted), and DL3040's "clean before install" input, which is no Dockerfile line (it lacks RUN).
 * hadolint checks we have no rule for (DL3020 ADD, DL3036 zypper, version pinning of packages ...) are not counted.
 * Fragments without FROM are given a base that has the package manager they use; Lambda is forced, since hadolint
 * judges any Dockerfile. A case where we decide otherwise on purpose says why (`differs`); the test checks every
 * verdict, then that agreement (cases without `differs`) is at least 0.9.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initShell } from '../../src/dockerfile/shell.js';
import { lintDockerfileSync } from '../../src/linter/lint.js';

interface Case {
  check: string;
  /** hadolint's verdict in its spec: ruleCatches (true) or ruleCatchesNot (false). */
  hadolint: boolean;
  dockerfile: string;
  /** Codes (LL301) or code/messageId pairs that count as catching it. */
  ours: readonly string[];
  /** Why our verdict is the opposite of hadolint's, on purpose. */
  differs?: string;
}

const LAMBDA_PY = 'FROM public.ecr.aws/lambda/python:3.12\n';
const BASES: Record<string, string> = {
  DL3000: LAMBDA_PY,
  DL3009: 'FROM debian:12\n',
  DL3019: 'FROM alpine:3.20\n',
  DL3032: 'FROM public.ecr.aws/lambda/python:3.11\n',
  DL3040: 'FROM public.ecr.aws/lambda/provided:al2023\n',
  DL3042: LAMBDA_PY,
  DL3060: 'FROM public.ecr.aws/lambda/nodejs:22\n',
  DL3014: 'FROM debian:12\n',
  DL3030: 'FROM amazonlinux:2\n',
  // Not an AL2023 Lambda base: there dnf is microdnf, which never asks (LL003 leaves it alone on purpose).
  DL3038: 'FROM amazonlinux:2023\n',
};
const OURS: Record<string, readonly string[]> = {
  DL3000: ['LL104/relativeWorkdir', 'LL104/relativeWorkdirResolved'],
  DL3006: ['LL201/noTag', 'LL201/unresolvedImage', 'LL201/unresolvedTag'],
  DL3007: ['LL201/latest'],
  DL3025: ['LL102/shellForm', 'LL103/shellCmd'],
  DL3064: ['LL202'],
  DL3014: ['LL003'],
  DL3030: ['LL003'],
  DL3038: ['LL003'],
};
const cases: Case[] = [];
const spec = (check: string, hadolint: boolean, lines: readonly string[], differs?: string) => {
  const text = `${lines.join('\n')}\n`;
  const dockerfile = /^FROM /m.test(text) ? text : (BASES[check] ?? LAMBDA_PY) + text;
  cases.push({ check, hadolint, dockerfile, ours: OURS[check] ?? ['LL301'], differs });
};

// test/Hadolint/Rule/DL3000Spec.hs
spec('DL3000', true, ['WORKDIR relative/dir']);
spec('DL3000', false, ['WORKDIR /usr/local']);
spec('DL3000', false, ['WORKDIR ${work}']);
spec('DL3000', true, ["WORKDIR 'relative/dir'"]);
spec('DL3000', false, ["WORKDIR '/usr/local'"]);
spec('DL3000', true, ['WORKDIR "relative/dir"']);
spec('DL3000', false, ['WORKDIR "/usr/local"']);
spec('DL3000', false, ['WORKDIR "${dir}"']);
const WINDOWS = 'a Lambda image is a Linux image: C:\\ and C:/ are relative paths there (BuildKit WorkdirRelativePath agrees)';
spec('DL3000', false, ["WORKDIR 'C:\\'"], WINDOWS);
spec('DL3000', false, ['WORKDIR "C:\\"'], WINDOWS);
spec('DL3000', false, ['WORKDIR C:/'], WINDOWS);
spec('DL3000', false, ['WORKDIR "C:/"'], WINDOWS);

// test/Hadolint/Rule/DL3006Spec.hs
spec('DL3006', true, ['FROM debian']);
spec('DL3006', true, ['FROM debian AS builder']);
spec('DL3006', false, ['FROM ruby@sha256:f1dbca0f5dbc9']);
spec('DL3006', false, ['FROM ruby:2']);
spec('DL3006', false, ['FROM ${VALUE}'], 'an ARG with no value as the whole image pins nothing: the build pulls whatever is passed, or fails');
spec('DL3006', false, ['FROM golang:1.9.3-alpine3.7 AS build', 'RUN foo', 'FROM build as unit-test', 'RUN bar', 'FROM alpine:3.7', 'RUN baz']);
spec('DL3006', true, ['FROM golang:1.9.3-alpine3.7 AS build', 'RUN foo', 'FROM node as unit-test', 'RUN bar', 'FROM alpine:3.7', 'RUN baz']);
spec('DL3006', false, ['FROM scratch']);

// test/Hadolint/Rule/DL3007Spec.hs
spec('DL3007', true, ['FROM debian:latest']);
spec('DL3007', true, ['FROM debian:latest AS builder']);
spec('DL3007', false, ['FROM debian:jessie']);
spec('DL3007', false, [`FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb`]);
spec('DL3007', false, ['FROM debian:jessie AS builder']);

// test/Hadolint/Rule/DL3009Spec.hs
spec('DL3009', true, ['FROM scratch', 'RUN apt-get update && apt-get install python']);
spec('DL3009', false, ['FROM ubuntu as foo', 'RUN apt-get update && apt-get install python', 'FROM scratch', 'RUN echo hey!']);
spec('DL3009', true, ['FROM ubuntu as foo', 'RUN hey!', 'FROM scratch', 'RUN apt-get update && apt-get install python']);
spec('DL3009', true, ['FROM ubuntu as foo', 'RUN apt-get update && apt-get install python', 'FROM foo', 'RUN hey!']);
spec('DL3009', false, ['FROM ubuntu as foo', 'RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*', 'FROM foo', 'RUN hey!']);
spec('DL3009', false, ['FROM ubuntu as foo', 'RUN apt-get update && apt-get install python', 'FROM scratch', 'RUN hey!']);
spec('DL3009', false, ['FROM scratch', 'RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*']);
spec('DL3009', false, ['RUN --mount=type=cache,target=/var/lib/apt/lists \\', '    apt-get update && apt-get install python']);
spec('DL3009', false, ['RUN --mount=type=cache,target=/var/lib/apt \\', '    --mount=type=cache,target=/var/cache/apt \\', '    rm -f /etc/apt/apt.conf.d/docker-clean && \\', '    apt-get update && apt-get install python']);
spec('DL3009', false, ['RUN rm -f /etc/apt/apt.conf.d/docker-clean', 'RUN --mount=type=cache,target=/var/cache/apt \\', '    --mount=type=cache,target=/var/lib/apt \\', '    apt-get update && apt-get install foo']);
spec('DL3009', true, ['RUN --mount=type=cache,target=/var/cache/apt \\', '    rm -f /etc/apt/apt.conf.d/docker-clean && \\', '    apt-get update && apt-get install python']);
spec('DL3009', true, ['RUN rm -f /etc/apt/apt.conf.d/docker-clean', 'RUN --mount=type=cache,target=/var/lib/apt \\', '    apt-get update && apt-get install python']);

// test/Hadolint/Rule/DL3019Spec.hs
spec('DL3019', true, ['RUN apk add flex=2.6.4-r1']);
spec('DL3019', false, ['RUN apk add --no-cache flex=2.6.4-r1']);
spec('DL3019', false, ['RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0']);
spec('DL3019', false, ['RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0']);
spec('DL3019', true, ['RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0']);

// test/Hadolint/Rule/DL3025Spec.hs
spec('DL3025', true, ['FROM node as foo', 'ENTRYPOINT something']);
spec('DL3025', false, ['FROM scratch as build', 'ENTRYPOINT ["foo", "bar"]']);
spec('DL3025', true, ['FROM node as foo', 'CMD something'], 'with no ENTRYPOINT on a base of its own, a shell-form CMD is the launcher and starts (sh -c runs it); JSON form is required of ENTRYPOINT (LL102) and of CMD on an AWS base (LL103)');
spec('DL3025', false, ['FROM scratch as build', 'CMD ["foo", "bar"]', 'CMD [ "foo", "bar" ]']);

// test/Hadolint/Rule/DL3032Spec.hs
spec('DL3032', true, ['RUN yum install -y mariadb-10.4']);
spec('DL3032', false, ['RUN yum install -y mariadb-10.4 && yum clean all']);
spec('DL3032', false, ['RUN bash -c `# not even a yum command`']);

// test/Hadolint/Rule/DL3040Spec.hs
spec('DL3040', true, ['RUN dnf install -y mariadb-10.4']);
spec('DL3040', true, ['RUN microdnf install -y mariadb-10.4']);
spec('DL3040', false, ['RUN dnf install -y mariadb-10.4 && dnf clean all']);
spec('DL3040', false, ['RUN microdnf install -y mariadb-10.4 && microdnf clean all']);
spec('DL3040', false, ['RUN notdnf install mariadb']);
spec('DL3040', false, ['RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*']);
spec('DL3040', false, ['RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*']);

// test/Hadolint/Rule/DL3042Spec.hs
for (const pip of ['pip2', 'pip3', 'pip']) spec('DL3042', true, [`RUN ${pip} install MySQL_python`]);
spec('DL3042', false, ['RUN pip2 install MySQL_python --no-cache-dir']);
spec('DL3042', false, ['RUN pip3 install --no-cache-dir MySQL_python']);
spec('DL3042', false, ['RUN pip install MySQL_python --no-cache-dir']);
spec('DL3042', false, ['RUN pipx install software']);
spec('DL3042', false, ['RUN pipenv install library']);
// Falsy values: hadolint reads them as "keep the cache"; pip disables its cache for any valid value
// (pip/_internal/cli/cmdoptions.py, _handle_no_cache_dir), so LL301 reports the misleading setting (info) instead.
for (const [values, caught] of [[['1', 'on', 'yes', 'true'], false], [['0', 'off', 'no', 'false'], true]] as const) {
  for (const v of values) {
    spec('DL3042', caught, [`ENV PIP_NO_CACHE_DIR=${v}`, 'RUN pip install MySQL_python']);
    spec('DL3042', caught, [`RUN PIP_NO_CACHE_DIR=${v} pip install MySQL_python`]);
    spec('DL3042', caught, [`RUN export PIP_NO_CACHE_DIR=${v} && pip install MySQL_python`]);
  }
}
spec('DL3042', false, ['FROM debian:buster as base', 'ENV PIP_NO_CACHE_DIR=1', 'FROM base', 'RUN pip install six']);
spec('DL3042', true, ['FROM debian:buster as base', 'ENV PIP_NO_CACHE_DIR=1', 'FROM debian:buster', 'RUN pip install six']);

// test/Hadolint/Rule/DL3060Spec.hs
spec('DL3060', false, ['RUN foo']);
spec('DL3060', true, ['RUN yarn install foo']);
spec('DL3060', false, ['RUN yarn install bar && yarn cache clean']);
spec('DL3060', true, ['FROM node:lts-alpine as foo', 'RUN hey!', 'FROM scratch', 'RUN yarn install']);
spec('DL3060', true, ['FROM node:lts-alpine as foo', 'RUN yarn install', 'FROM foo', 'RUN hey!']);
spec('DL3060', false, ['FROM node:lts-alpine as foo', 'RUN yarn install && yarn cache clean', 'FROM foo', 'RUN hey!']);
spec('DL3060', false, ['FROM node:lts-alpine as foo', 'RUN yarn install foo', 'FROM scratch', 'RUN hey!']);

// test/Hadolint/Rule/DL3064Spec.hs
spec('DL3064', false, ['FROM debian:bullseye', 'RUN foobar']);
spec('DL3064', false, ['ARG foobar', 'FROM debian:bullseye', 'RUN foobar']);
spec('DL3064', false, ['FROM debian:bullseye', 'ENV foobar=barfoo', 'RUN foobar']);
const GLOBAL_ARG = 'an ARG declared before FROM and not declared again in a stage is in no RUN environment and in no history entry: nothing leaks';
spec('DL3064', true, ['ARG AWS_ACCESS_KEY_ID', 'FROM debian:bullseye', 'RUN foobar'], GLOBAL_ARG);
spec('DL3064', true, ['ARG openai_api_key', 'FROM debian:bullseye', 'RUN foobar'], GLOBAL_ARG);
spec('DL3064', true, ['FROM debian:bullseye', 'ENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz', 'RUN foobar']);
spec('DL3064', true, ['FROM debian:bullseye', 'ENV my_password=abcdefghijklmnopqrstuvwxyz', 'RUN foobar']);

// test/Hadolint/Rule/DL3014Spec.hs
spec('DL3014', true, ['RUN apt-get install python']);
spec('DL3014', false, ['RUN apt-get install -yq python']);
spec('DL3014', false, ['RUN apt-get install -qq python']);
spec('DL3014', false, ['RUN apt-get install -y python']);
spec('DL3014', false, ['RUN apt-get -y install python']);
spec('DL3014', false, ['RUN apt-get --yes install python']);
spec('DL3014', false, ['RUN apt-get --assume-yes install python']);

// test/Hadolint/Rule/DL3030Spec.hs
spec('DL3030', true, ['RUN yum install httpd-2.4.24 && yum clean all']);
spec('DL3030', false, ['RUN yum install -y httpd-2.4.24 && yum clean all']);
spec('DL3030', false, ['RUN bash -c `# not even a yum command`']);

// test/Hadolint/Rule/DL3038Spec.hs
spec('DL3038', true, ['RUN dnf install httpd-2.4.24 && dnf clean all']);
spec('DL3038', false, ['RUN dnf install -y httpd-2.4.24 && dnf clean all']);
spec('DL3038', false, ['RUN notdnf install httpd']);

describe('agreement with hadolint on its spec cases for the shared checks', () => {
  beforeAll(async () => {
    await initShell();
  });
  for (const c of cases) {
    const expected = c.differs ? !c.hadolint : c.hadolint;
    it(`${c.check} ${expected ? 'catches' : 'passes'}${c.differs ? ' (differs on purpose)' : ''}: ${JSON.stringify(c.dockerfile)}`, () => {
      const { findings } = lintDockerfileSync(c.dockerfile, { contextDir: null, now: new Date('2026-11-27'), config: { lambda: true } });
      const caught = findings.some((f) => c.ours.some((k) => (k.includes('/') ? `${f.code}/${f.messageId}` === k : f.code === k)));
      expect(caught, findings.map((f) => `${f.code}/${f.messageId}`).join(' ')).toBe(expected);
    });
  }
  const agree = cases.filter((c) => !c.differs).length;
  it(`agrees on ${agree} of ${cases.length} spec cases (${((100 * agree) / cases.length).toFixed(1)}%), at least 90%`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(agree / cases.length).toBeGreaterThanOrEqual(0.9);
  });
});

import rule from '../../rules/LL003-install-prompts.js';
import { ruleTester } from '../kit.js';

const PY11 = 'FROM public.ecr.aws/lambda/python:3.11\n';
const PY12 = 'FROM public.ecr.aws/lambda/python:3.12\n';
const TAIL = 'COPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';

ruleTester(rule, {
  valid: [
    { name: 'options held in a variable may hold -y', dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nENV YUM_ARGS="-y --setopt=tsflags=nodocs"\nRUN yum install $YUM_ARGS gcc\nCMD ["app.handler"]\n' },
    { name: 'assumeyes written after && earlier in the same RUN', dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nRUN yum install -y yum-utils && echo "assumeyes=1" >> /etc/yum.conf\nRUN yum install gcc\nCMD ["app.handler"]\n' },
    { name: 'apt-get --quiet --quiet is quiet level 2', dockerfile: 'FROM debian:12\nRUN apt-get --quiet --quiet install git\n' },
    { name: 'balena base images answer yes themselves', dockerfile: 'FROM balenalib/raspberrypi4-64-debian:bookworm\nRUN apt-get update && apt-get install git python3-pip\n' },
    { name: 'yum install -y on an AL2 base', dockerfile: `${PY11}RUN yum install -y gcc && yum clean all\n${TAIL}` },
    { name: 'the flag after the packages', dockerfile: `${PY11}RUN yum install gcc make -y\n${TAIL}` },
    { name: 'flag before the subcommand, long form', dockerfile: `${PY11}RUN yum --assumeyes install gcc\n${TAIL}` },
    { name: 'a cluster of short flags', dockerfile: `${PY11}RUN yum -qy install gcc\n${TAIL}` },
    { name: '--setopt=assumeyes=1', dockerfile: `${PY11}RUN yum --setopt=assumeyes=1 install gcc\n${TAIL}` },
    { name: 'dnf on an AL2023 Lambda base is microdnf, which never asks', dockerfile: `${PY12}RUN dnf install gcc && dnf clean all\n${TAIL}` },
    { name: 'microdnf never asks', dockerfile: `${PY12}RUN microdnf install gcc\n${TAIL}` },
    { name: 'answers piped in', dockerfile: `${PY11}RUN yes | yum install gcc\n${TAIL}` },
    { name: 'answers from a redirect', dockerfile: `${PY11}RUN yum install gcc < /tmp/answers\n${TAIL}` },
    { name: 'assumeyes written to yum.conf by an earlier RUN', dockerfile: `${PY11}RUN echo assumeyes=1 >> /etc/yum.conf\nRUN yum install gcc\n${TAIL}` },
    { name: 'assumeyes written earlier in the same RUN', dockerfile: `${PY11}RUN echo "assumeyes=1" >> /etc/yum.conf && yum install gcc\n${TAIL}` },
    { name: 'a configuration copied in (content unseen)', dockerfile: 'FROM debian:12\nCOPY 90assumeyes /etc/apt/apt.conf.d/\nRUN apt-get update && apt-get install curl\n' },
    { name: 'apt-get -qq implies -y', dockerfile: 'FROM debian:12\nRUN apt-get update -qq && apt-get install -qq curl\n' },
    { name: 'apt-get -q -q is quiet level 2', dockerfile: 'FROM debian:12\nRUN apt-get -q -q install curl\n' },
    { name: 'apt-get --yes and -o APT::Get::Assume-Yes', dockerfile: 'FROM debian:12\nRUN apt-get install --yes curl && apt-get -o APT::Get::Assume-Yes=true install git\n' },
    { name: 'apt-get update and clean ask nothing', dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get clean\n' },
    { name: 'apt-get on an Amazon Linux base is LL109s (missing command)', dockerfile: `${PY12}RUN apt-get install curl\n${TAIL}` },
    { name: 'yum on an AL2023 Lambda base is LL109s (missing command)', dockerfile: `${PY12}RUN yum install gcc\n${TAIL}` },
    { name: 'a stage the target does not use', dockerfile: `FROM public.ecr.aws/lambda/python:3.11 AS unused\nRUN yum install gcc\n${PY11}${TAIL}` },
    { name: 'yum list and yum clean ask nothing', dockerfile: `${PY11}RUN yum list installed && yum clean all\n${TAIL}` },
    { name: 'dnf group list asks nothing', dockerfile: 'FROM amazonlinux:2023\nRUN dnf group list\n' },
    { name: 'apk never asks', dockerfile: 'FROM alpine:3.20\nRUN apk add curl\n' },
    { name: 'apt-get --simulate', dockerfile: 'FROM debian:12\nRUN apt-get install -s curl\n' },
    { name: 'exec form with -y', dockerfile: `${PY11}RUN ["yum", "install", "-y", "tar"]\n${TAIL}` },
  ],
  invalid: [
    {
      name: 'yum install on an AL2 Lambda base',
      dockerfile: `${PY11}RUN yum install gcc && yum clean all\n${TAIL}`,
      errors: [{ messageId: 'prompts', line: 2, severity: 'error', message: /`yum install` without -y asks to confirm, and a build has no terminal to answer: yum reads no and the RUN fails the build \("Exiting on user command"\)/, fix: /`yum install -y gcc`$/ }],
    },
    {
      name: 'dnf on amazonlinux:2023 (dnf, not microdnf)',
      dockerfile: 'FROM amazonlinux:2023\nRUN dnf install python3.12 \\\n    python3.12-pip\n',
      errors: [{ messageId: 'prompts', severity: 'error', message: /"Operation aborted\."/, fix: /`dnf install -y python3\.12 python3\.12-pip`/ }],
    },
    {
      name: 'yum on amazonlinux:2 inside sh -c',
      dockerfile: "FROM amazonlinux:2\nRUN sh -c 'yum install tar gzip'\n",
      errors: [{ messageId: 'prompts', fix: /`yum install -y tar gzip`/ }],
    },
    {
      name: 'apt-get install: a warning (it asks when dependencies come along)',
      dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends gcc\n',
      errors: [{ messageId: 'mayPrompt', line: 2, severity: 'warning', message: /`apt-get install` without -y asks to confirm whenever it would install more than the packages named/, fix: /`DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gcc`/ }],
    },
    {
      name: 'yum update: a warning (nothing to update asks nothing)',
      dockerfile: `${PY11}RUN yum update && yum install -y gcc\n${TAIL}`,
      errors: [{ messageId: 'mayPrompt', severity: 'warning', message: /`yum update` without -y asks to confirm whenever there is something to do/ }],
    },
    {
      name: 'yum on an unknown base: a warning (its configuration is unseen)',
      dockerfile: 'FROM registry.example.com/base/centos:7\nRUN yum install gcc\n',
      errors: [{ messageId: 'mayPrompt', severity: 'warning', message: /unless the base image configures assumeyes/ }],
    },
    {
      name: 'exec form',
      dockerfile: `${PY11}RUN ["yum", "install", "tar"]\n${TAIL}`,
      errors: [{ messageId: 'prompts', line: 2, fix: /`yum install -y tar`/ }],
    },
    {
      name: 'a builder stage the target copies from',
      dockerfile: `FROM amazonlinux:2 AS build\nRUN yum groupinstall "Development Tools"\nRUN make\n${PY11}COPY --from=build /out \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
      errors: [{ messageId: 'prompts', line: 2, message: /`yum groupinstall`/ }],
    },
    {
      name: 'dnf module enable asks',
      dockerfile: 'FROM amazonlinux:2023\nRUN dnf module enable nodejs:20 && dnf install -y nodejs\n',
      errors: [{ messageId: 'prompts', message: /`dnf module`/ }],
    },
    {
      name: 'a write to the apt configuration that sets no assume-yes answers nothing',
      dockerfile: 'FROM debian:12\nRUN echo hello > /etc/apt/apt.conf.d/90note && apt-get install curl\n',
      errors: [{ messageId: 'mayPrompt' }],
    },
    {
      name: 'stage FROM another stage keeps its OS',
      dockerfile: `${PY11.replace('\n', ' AS base\n')}RUN yum install -y gcc\nFROM base\nRUN yum remove gcc\n${TAIL}`,
      errors: [{ messageId: 'mayPrompt', line: 4, message: /`yum remove`/ }],
    },
    {
      name: 'apt autoremove: asks only when there is something to remove',
      dockerfile: 'FROM ubuntu:22.04\nRUN apt update && apt install --yes curl && apt autoremove\n',
      errors: [{ messageId: 'mayPrompt', severity: 'warning', message: /`apt autoremove` without -y asks to confirm whenever there is something to do/, fix: /`apt autoremove -y`/ }],
    },
  ],
});

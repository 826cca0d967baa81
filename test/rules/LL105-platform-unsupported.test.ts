import { describe, expect, it } from 'vitest';
import rule from '../../rules/LL105-platform-unsupported.js';
import { ruleTester } from '../kit.js';
import { buildImage, imageRuleTester } from '../image-kit.js';
import { lintImage } from '../../src/linter/lint.js';
import { runRules } from '../../src/engine/runner.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { ociArchive } from '../helpers/image-extra.js';
import { fn, loc } from '../deploy/facts.js';

const GO_BUILD = 'FROM golang:1.23 AS build\nRUN GOARCH=amd64 go build -o /out/bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n';

const DOCKERFILE_MESSAGES = ['platformUnsupported', 'platformMismatch', 'functionArchitecture'];
const APP = { 'var/task/app.py': 'def handler(e, c):\n    return 1\n' };

ruleTester(rule, {
  valid: [
    { name: '$BUILDPLATFORM on a builder stage that only hands files over', dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build -o /out/bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n' },
    { name: '$TARGETPLATFORM on the final stage', dockerfile: 'FROM --platform=$TARGETPLATFORM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'Dockerfile alone: GOARCH chosen under a condition on TARGETARCH', dockerfile: 'FROM golang:1.22 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN if [ "$TARGETARCH" = "amd64" ]; then GOARCH=amd64 go build -o bootstrap .; else GOARCH=arm64 go build -o bootstrap .; fi\nFROM public.ecr.aws/lambda/provided:al2023-arm64\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n' },
    { name: 'Dockerfile alone: GOARCH chosen by a test and && on TARGETARCH', dockerfile: 'FROM golang:1.22 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN [ "$TARGETARCH" = "amd64" ] && GOARCH=amd64 go build -o bootstrap . || go build -o bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023-arm64\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n' },
    { name: 'Dockerfile alone: GOARCH under a redirected test and &&', dockerfile: 'FROM golang:1.22 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN [ "$TARGETARCH" = "amd64" ] 2>/dev/null && GOARCH=amd64 go build -o bootstrap . || go build -o bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023-arm64\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n' },
    { name: 'Dockerfile alone: GOARCH chosen by case inside sh -c', dockerfile: 'FROM golang:1.22 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN sh -c \'case "$TARGETARCH" in arm64) GOARCH=arm64 go build -o bootstrap . ;; *) GOARCH=amd64 go build -o bootstrap . ;; esac\'\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n' },
    { name: 'Dockerfile alone: one RUN builds both architectures, the arm64 one ships', dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN GOARCH=amd64 go build -o bootstrap-amd64 . && GOARCH=arm64 go build -o bootstrap-arm64 .\nFROM --platform=linux/arm64 public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /src/bootstrap-arm64 ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n' },
    { name: 'Dockerfile alone: a build tool compiled for the build host and never copied', dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN GOARCH=amd64 go build -o /tmp/gen ./cmd/gen && /tmp/gen > data.json\nFROM --platform=linux/arm64 public.ecr.aws/lambda/python:3.12\nCOPY --from=build /src/data.json ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'Dockerfile alone: a framework-dependent dotnet publish -r linux-x64 runs on the arm64 .NET base (IL)', dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -r linux-x64 --self-contained false -o /out\nFROM public.ecr.aws/lambda/dotnet:8-arm64\nCOPY --from=build /out ${LAMBDA_TASK_ROOT}\nCMD ["Fn::Fn.Function::Handler"]\n' },

    { name: 'Dockerfile alone: GOARCH from TARGETARCH follows the build platform', dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN GOARCH=$TARGETARCH go build -o bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n' },
    { name: 'Dockerfile alone: GOARCH=arm64 in an image fixed to linux/arm64', dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN CGO_ENABLED=0 GOARCH=arm64 go build -o bootstrap .\nFROM --platform=linux/arm64 public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n' },

    { name: 'function arm64, multi-arch base (sam build passes the platform)', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n', deploy: fn({ arch: 'arm64' }) },
    { name: 'function arm64, arm64 base tag', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12-arm64\nCMD ["app.handler"]\n', deploy: fn({ arch: 'arm64' }) },
    { name: 'function default x86_64, FROM --platform=linux/amd64', dockerfile: 'FROM --platform=linux/amd64 public.ecr.aws/lambda/nodejs:20\nCMD ["index.handler"]\n', deploy: fn() },
    { name: 'function arm64, CDK asset platform linux/arm64', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n', deploy: fn({ arch: 'arm64', platform: loc('linux/arm64', 14) }) },
    { name: 'function x86_64, GOARCH=amd64 binary', dockerfile: GO_BUILD, deploy: fn({ arch: 'x86_64' }) },
    { name: 'function arm64, GOARCH from a build arg left open', dockerfile: 'FROM golang:1.23 AS build\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build -o /out/bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\n', deploy: fn({ arch: 'arm64' }) },
    { name: 'no --platform', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'arm64 with the matching arm64 tag', dockerfile: 'FROM --platform=linux/arm64 public.ecr.aws/lambda/python:3.12-arm64\nCMD ["app.handler"]\n' },
    { name: 'amd64 with an untagged-arch AWS base', dockerfile: 'FROM --platform=linux/amd64 public.ecr.aws/lambda/nodejs:20\nCMD ["index.handler"]\n' },
    { name: 'x86_64 alias matches the -x86_64 tag', dockerfile: 'FROM --platform=linux/x86_64 public.ecr.aws/lambda/python:3.12-x86_64\nCMD ["app.handler"]\n' },
    {
      name: 'builder stage for another platform is not the function image',
      dockerfile: 'FROM --platform=linux/arm/v7 golang:1.23 AS build\nRUN go build -o /out/bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["handler"]\n',
    },
    {
      name: 'BUILDPLATFORM builder and TARGETPLATFORM final (unresolved)',
      dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN <<EOF\ngo build -o /out/bootstrap .\nEOF\nFROM --platform=$TARGETPLATFORM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /out/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\n',
    },
    { name: 'a lone architecture is linux/<arch> (containerd platforms.Parse): --platform=arm64', dockerfile: 'FROM --platform=arm64 public.ecr.aws/lambda/python:3.12-arm64\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    { name: 'a lone architecture: --platform=amd64 on the function default x86_64', dockerfile: 'FROM --platform=amd64 public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', deploy: fn() },
    { name: 'ARG-resolved arm64 platform', dockerfile: 'ARG PLAT=linux/arm64/v8\nFROM --platform=${PLAT} public.ecr.aws/lambda/python:3.12-arm64\nCMD ["app.handler"]\n' },
  ],
  invalid: [
    {
      name: '$BUILDPLATFORM on the final stage: the image takes the build machine architecture',
      dockerfile: '# syntax=docker/dockerfile:1\nFROM --platform=$BUILDPLATFORM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'buildPlatformImage', line: 2, severity: 'warning', message: /FROM --platform=\$BUILDPLATFORM makes the function image the architecture of the machine that builds it/ }],
    },
    { name: 'Dockerfile alone: GOARCH=arm64 in an image fixed to linux/amd64', dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN CGO_ENABLED=0 GOARCH=arm64 go build -o bootstrap .\nFROM --platform=linux/amd64 public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n', errors: [{ messageId: 'binaryMismatch', line: 4, severity: 'error', message: /GOARCH=arm64 makes the binary linux\/arm64, but FROM --platform=linux\/amd64 makes the image linux\/amd64/ }] },
    { name: 'Dockerfile alone: GOARCH=arm64 while the build decides the image platform', dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN CGO_ENABLED=0 GOARCH=arm64 go build -o bootstrap .\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /src/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\nCMD ["bootstrap"]\n', errors: [{ messageId: 'binaryPlatformOpen', line: 4, severity: 'info', message: /nothing in the Dockerfile fixes the image's platform: built on an amd64 machine/, fix: /docker build --platform linux\/arm64 \(and deploy the function as arm64\)/ }] },

    { name: 'function arm64, x86_64 base tag', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12-x86_64\nCMD ["app.handler"]\n', deploy: fn({ arch: 'arm64' }), errors: [{ messageId: 'functionArchitecture', line: 1, severity: 'error', message: /Fn runs on arm64, but the base image tag .*linux\/amd64.*fork\/exec \/lambda-entrypoint\.sh: exec format error/ }] },
    { name: 'function default x86_64, FROM --platform=linux/arm64', dockerfile: 'FROM --platform=linux/arm64 public.ecr.aws/lambda/python:3.12-arm64\nCMD ["app.handler"]\n', deploy: fn(), errors: [{ messageId: 'functionArchitecture', line: 1, message: /x86_64 \(Lambda's default/ }] },
    { name: 'function arm64, CDK asset built for linux/amd64', dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n', deploy: fn({ arch: 'arm64', platform: loc('linux/amd64', 14) }), errors: [{ messageId: 'functionArchitecture', line: 14, message: /the build platform linux\/amd64/ }] },
    { name: 'function arm64, GOARCH=amd64 cross-compiled binary', dockerfile: GO_BUILD, deploy: fn({ arch: 'arm64' }), errors: [{ messageId: 'functionArchitecture', line: 2, message: /go build with GOARCH=amd64 makes the binary linux\/amd64.*fork\/exec …\/bootstrap: exec format error/ }] },
    { name: 'function x86_64, cargo lambda build --arm64', dockerfile: 'FROM rust:1.82 AS build\nRUN cargo lambda build --release --arm64\nFROM public.ecr.aws/lambda/provided:al2023\nCOPY --from=build /target/lambda/fn/bootstrap ${LAMBDA_RUNTIME_DIR}/bootstrap\n', deploy: fn({ arch: 'x86_64' }), errors: [{ messageId: 'functionArchitecture', line: 2, message: /cargo lambda build --arm64/ }] },
    { name: 'function arm64, dotnet publish -r linux-x64', dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -c Release -r linux-x64 --self-contained true -o /out\nFROM public.ecr.aws/lambda/dotnet:8-arm64\nCOPY --from=build /out ${LAMBDA_TASK_ROOT}\nCMD ["Fn::Fn.Function::Handler"]\n', deploy: fn({ arch: 'arm64' }), errors: [{ messageId: 'functionArchitecture', line: 2, message: /dotnet publish -r linux-x64/ }] },
    { name: 'arm/v7 final image', dockerfile: 'FROM --platform=linux/arm/v7 public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n', errors: [{ messageId: 'platformUnsupported', line: 1, severity: 'error', message: /arm\/v7 architecture/ }] },
    { name: 'a lone architecture Lambda does not run: --platform=arm is linux/arm', dockerfile: 'FROM --platform=arm public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n', errors: [{ messageId: 'platformUnsupported', line: 1, message: /arm architecture/ }] },
    { name: 'a lone architecture on an arm64 function: --platform=amd64', dockerfile: 'FROM --platform=amd64 public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n', deploy: fn({ arch: 'arm64' }), errors: [{ messageId: 'functionArchitecture', line: 1 }] },
    { name: 'windows image', dockerfile: 'FROM --platform=windows/amd64 mcr.microsoft.com/dotnet/runtime:8.0\nCMD ["app.exe"]\n', config: { lambda: true }, errors: [{ messageId: 'platformUnsupported', message: /OS windows/ }] },
    { name: 'ARG-resolved 386', dockerfile: 'ARG PLAT=linux/386\nFROM --platform=$PLAT python:3.12-slim\nRUN pip install awslambdaric\n', errors: [{ messageId: 'platformUnsupported', line: 2, message: /386/ }] },
    { name: 'build arg overrides the platform', dockerfile: 'ARG PLAT=linux/amd64\nFROM --platform=$PLAT public.ecr.aws/lambda/nodejs:20\n', buildArgs: { PLAT: 'linux/s390x' }, errors: [{ messageId: 'platformUnsupported', message: /s390x/ }] },
    {
      name: 'tag arm64 but platform amd64',
      dockerfile: 'FROM --platform=linux/amd64 public.ecr.aws/lambda/python:3.12-arm64\nCMD ["app.handler"]\n',
      errors: [{ messageId: 'platformMismatch', severity: 'error', message: /linux\/amd64.*3\.12-arm64.*arm64 image/ }],
    },
    {
      name: 'multi-stage: the final stage builds FROM an unsupported parent',
      dockerfile: 'FROM --platform=linux/ppc64le debian:12 AS base\nRUN apt-get update\nFROM base\nCMD ["/app"]\n',
      config: { lambda: true },
      errors: [{ messageId: 'platformUnsupported', line: 1 }],
    },
    {
      name: 'continuation-line FROM with a mismatching x86_64 tag',
      dockerfile: 'FROM --platform=linux/arm64 \\\n    public.ecr.aws/lambda/nodejs:20-x86_64\nCMD ["index.handler"]\n',
      errors: [{ messageId: 'platformMismatch', line: 1, message: /nodejs:20-arm64|x86_64 image/ }],
    },
  ],
});

const gzipIndex = (attestations: number, images = [{ layers: [APP] }] as { architecture?: string; variant?: string; layers: Record<string, string>[] }[]) =>
  () => ociArchive({ images, index: 'oci', attestations });

imageRuleTester(
  rule,
  {
    valid: [
      { name: 'docker-archive linux/amd64', image: () => buildImage({ layers: [APP] }) },
      { name: 'docker-archive linux/arm64/v8', image: () => buildImage({ layers: [APP], architecture: 'arm64', extra: { variant: 'v8' } }) },
      { name: 'OCI archive, gzip layers, no index', image: () => ociArchive({ images: [{ layers: [APP, { 'var/task/b.py': 'x' }] }] }) },
      { name: 'OCI archive, uncompressed layers', image: () => ociArchive({ images: [{ layers: [APP], compression: 'none' }] }) },
      { name: 'image contradicts the Dockerfile platform: the image decides', image: () => buildImage({ layers: [APP] }), dockerfile: 'FROM --platform=linux/arm/v7 public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n' },
      { name: '40 layers: the pushed manifest stays small', image: () => buildImage({ layers: Array.from({ length: 40 }, (_, i) => ({ [`var/task/f${i}`]: 'x' })) }) },
      { name: 'small manifest annotations', image: () => ociArchive({ images: [{ layers: [APP], manifestAnnotations: { 'org.opencontainers.image.source': 'https://example.com/repo' } }] }) },
    ],
    invalid: [
      { name: 'windows config', image: () => buildImage({ layers: [APP], os: 'windows' }), errors: [{ messageId: 'osUnsupported', severity: 'error', message: /windows\/amd64/ }] },
      { name: 'arm/v7 config', image: () => buildImage({ layers: [APP], architecture: 'arm', extra: { variant: 'v7' } }), errors: [{ messageId: 'archUnsupported', message: /linux\/arm\/v7/ }] },
      { name: 's390x config with a Dockerfile', image: () => buildImage({ layers: [APP], architecture: 's390x' }), dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\n', errors: [{ messageId: 'archUnsupported', message: /s390x/ }] },
      {
        name: 'BuildKit single-platform index with provenance and SBOM attestations',
        image: gzipIndex(2),
        errors: [{ messageId: 'attestationIndex', severity: 'error', message: /OCI image index around one linux\/amd64 image plus 2 attestation manifests/ }],
      },
      {
        name: 'multi-platform index',
        image: gzipIndex(0, [{ layers: [APP] }, { architecture: 'arm64', variant: 'v8', layers: [APP] }]),
        errors: [{ messageId: 'multiPlatformIndex', message: /2 platforms \(linux\/amd64, linux\/arm64\/v8\)/ }],
      },
      {
        name: 'Docker manifest list with one platform, no attestations',
        image: () => ociArchive({ images: [{ layers: [APP] }], index: 'docker' }),
        errors: [{ messageId: 'attestationIndex', message: /Docker manifest list around one linux\/amd64 image;/ }],
      },
      { name: 'zstd layers', image: () => ociArchive({ images: [{ layers: [APP, { 'var/task/b.py': 'b' }], compression: 'zstd' }] }), errors: [{ messageId: 'zstdLayers', severity: 'warning', message: /2 of 2 layers/, layer: 0 }] },
      {
        name: 'manifest over 25,400 bytes (annotations)',
        image: () => ociArchive({ images: [{ layers: [APP], manifestAnnotations: { 'com.example.notes': 'n'.repeat(26_000) } }] }),
        errors: [{ messageId: 'manifestLarge', severity: 'info', message: /at least 26,\d{3} bytes \(1 layers, 1 annotation\)/ }],
      },
      {
        name: '200 layers: the manifest docker push writes is over 25,400 bytes',
        image: () => buildImage({ layers: Array.from({ length: 200 }, (_, i) => ({ [`var/task/f${i}`]: 'x' })) }),
        errors: [{ messageId: 'manifestLarge', message: /about \d\d,\d{3} bytes \(200 layers\)/ }],
      },
    ],
  },
  { messages: ['osUnsupported', 'archUnsupported', 'attestationIndex', 'multiPlatformIndex', 'zstdLayers', 'manifestLarge'] },
);

describe('LL105 Docker schema 1', () => {
  it('reports a schema 1 manifest when the model carries one (the reader rejects such archives itself)', async () => {
    const { image } = await lintImage(await buildImage({ layers: [APP] }), { rules: [rule] });
    const df = parseDockerfile('FROM scratch\n');
    const { findings } = runRules({
      df,
      mode: 'history',
      file: 'image.tar',
      getContext: () => undefined,
      options: { rules: [rule] },
      image: { ...image, schemaVersion: 1, manifestMediaType: 'application/vnd.docker.distribution.manifest.v1+prettyjws' },
      imageFile: 'image.tar',
    });
    expect(findings.map((f) => f.messageId)).toEqual(['schema1']);
  });
});

/**
 * Base images a Lambda function can be built on.
 *
 * AWS base images: public.ecr.aws/lambda/<runtime> (gallery.ecr.aws/lambda) and the Docker Hub mirror
 * amazon/aws-lambda-<runtime>; Dockerfiles in aws/aws-lambda-base-images (one branch per runtime).
 * They set WORKDIR /var/task, ENTRYPOINT ["/lambda-entrypoint.sh"], LAMBDA_TASK_ROOT=/var/task and
 * LAMBDA_RUNTIME_DIR=/var/runtime, and ship the runtime interface client in /var/runtime
 * (https://github.com/aws/aws-lambda-base-images, https://gallery.ecr.aws/lambda). Tags: python:3.13, nodejs:22, java:21, java:8.al2, dotnet:8, ruby:3.4,
 * provided:al2023, provided:al2, optionally suffixed -x86_64 / -arm64.
 */
import { runtimeById, type BaseOs, type RuntimeFamily, type RuntimeInfo } from './runtimes.js';

export interface ImageRef {
  /** As written in FROM (after ARG expansion). */
  raw: string;
  registry?: string;
  /** Repository path without registry, e.g. lambda/python or library/python. */
  repository: string;
  tag?: string;
  digest?: string;
}

// The reference grammar of distribution/reference (regexp.go), which docker build applies to FROM and COPY --from:
// an optional registry host (and port), lowercase path components, an optional tag and digest.
const REF_DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REF_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(`^(?:${REF_DOMAIN}/)?${REF_COMPONENT}(?:/${REF_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,})?$`);

/** Whether docker build accepts the text as an image reference (else: "invalid reference format"). */
export function isValidReference(ref: string): boolean {
  return REFERENCE.test(ref);
}

/** Splits an image reference into registry, repository, tag and digest (Docker's rules). */
export function parseImageRef(raw: string): ImageRef {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let repository = rest;
  if ((!registry || registry === 'docker.io' || registry === 'index.docker.io') && !repository.includes('/')) {
    repository = `library/${repository}`;
  }
  if (registry === 'index.docker.io') registry = 'docker.io';
  return { raw, registry, repository, tag, digest };
}

export interface AwsBase {
  kind: 'aws';
  family: RuntimeFamily;
  /** The runtime, when the tag names one. */
  runtime?: RuntimeInfo;
  /** The runtime identifier the tag names, also when the tables do not list it (python3.5). */
  runtimeId?: string;
  os?: BaseOs;
  architecture?: 'x86_64' | 'arm64';
}

export interface LambdaReadyBase {
  kind: 'lambda-ready';
  /** Who makes it, e.g. bref. */
  vendor: string;
  family: RuntimeFamily | 'php';
  os?: BaseOs;
  /** Whether the image's own ENTRYPOINT starts a runtime client. */
  providesRuntimeClient: boolean;
  source: string;
}

export interface OtherBase {
  kind: 'other';
  /** The package manager the image's OS uses, when the image is well known. */
  os?: 'debian' | 'alpine' | 'al2' | 'al2023' | 'ubuntu' | 'distroless' | 'scratch';
}

export type BaseKind = AwsBase | LambdaReadyBase | OtherBase;

const AWS_FAMILIES: readonly RuntimeFamily[] = ['python', 'nodejs', 'java', 'dotnet', 'ruby', 'provided', 'go'];

/** Lambda-ready third-party bases: their images start a runtime client themselves. */
export const LAMBDA_READY: readonly { match: RegExp; vendor: string; family: RuntimeFamily | 'php'; os?: BaseOs; source: string }[] = [
  // bref: PHP runtimes for Lambda, built on provided.al2 (bref v2) and provided.al2023 (bref v3).
  { match: /^bref\/(arm-)?php-\d+(-fpm|-console)?$/, vendor: 'bref', family: 'php', source: 'https://bref.sh/docs/deploy/docker' },
];

function awsFamily(ref: ImageRef): RuntimeFamily | undefined {
  const repo = ref.repository;
  let m = /(?:^|\/)lambda\/([a-z]+)$/.exec(repo);
  if (m && (ref.registry === 'public.ecr.aws' || /\.dkr\.ecr\.[^.]+\.amazonaws\.com(\.cn)?$/.test(ref.registry ?? '') && repo.includes('ecr-public/lambda/'))) {
    return AWS_FAMILIES.includes(m[1] as RuntimeFamily) ? (m[1] as RuntimeFamily) : undefined;
  }
  m = /^amazon\/aws-lambda-([a-z]+)$/.exec(repo);
  if (m && (!ref.registry || ref.registry === 'docker.io')) {
    return AWS_FAMILIES.includes(m[1] as RuntimeFamily) ? (m[1] as RuntimeFamily) : undefined;
  }
  return undefined;
}

/** The runtime identifier an AWS base image tag selects, e.g. (python, "3.12-arm64") -> python3.12. */
export function runtimeFromTag(family: RuntimeFamily, tag: string | undefined): { runtime?: RuntimeInfo; architecture?: 'x86_64' | 'arm64'; id?: string } {
  if (family === 'go') return { runtime: runtimeById('go1.x') };
  if (!tag || tag === 'latest') return {};
  let t = tag;
  let architecture: 'x86_64' | 'arm64' | undefined;
  const arch = /-(x86_64|arm64)$/.exec(t);
  if (arch) {
    architecture = arch[1] as 'x86_64' | 'arm64';
    t = t.slice(0, arch.index);
  }
  let id: string | undefined;
  switch (family) {
    case 'python': {
      const m = /^(\d+\.\d+)/.exec(t);
      if (m) id = `python${m[1]}`;
      break;
    }
    case 'nodejs': {
      const m = /^(\d+)/.exec(t);
      if (m) id = `nodejs${m[1]}.x`;
      break;
    }
    case 'java': {
      if (/^8\.al2(\b|\.|$)/.test(t)) id = 'java8.al2';
      else {
        const m = /^(\d+)/.exec(t);
        if (m) id = `java${m[1]}`;
      }
      break;
    }
    case 'dotnet': {
      // core2.1 / core3.1 and 5.0 were the tags of the retired dotnetcore2.1, dotnetcore3.1 and dotnet5.0.
      const core = /^core(\d+\.\d+)/.exec(t);
      const m = /^(\d+)(\.0)?/.exec(t);
      if (core) id = `dotnetcore${core[1]}`;
      else if (m) id = m[1] === '5' ? 'dotnet5.0' : `dotnet${m[1]}`;
      break;
    }
    case 'ruby': {
      const m = /^(\d+\.\d+)/.exec(t);
      if (m) id = `ruby${m[1]}`;
      break;
    }
    case 'provided': {
      if (/^al2023/.test(t)) id = 'provided.al2023';
      else if (/^al2(\b|\.|$)/.test(t)) id = 'provided.al2';
      else if (/^alami/.test(t)) id = 'provided';
      break;
    }
  }
  return { runtime: id ? runtimeById(id) : undefined, architecture, id };
}

/**
 * The Docker Hub repository a mirror serves under the same name, else the reference's own repository.
 * - Amazon ECR Public carries the Docker Official Images as public.ecr.aws/docker/library/<name>
 *   (https://gallery.ecr.aws/docker/library/python; AWS's own Lambda Web Adapter examples build FROM it:
 *   https://github.com/awslabs/aws-lambda-web-adapter/tree/main/examples).
 * - mirror.gcr.io is Google's pull-through cache of Docker Hub, same paths
 *   (https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images).
 * - registry-1.docker.io and index.docker.io are Docker Hub itself.
 */
export function hubRepository(ref: ImageRef): string {
  const repo = ref.repository;
  if (ref.registry === 'public.ecr.aws' && repo.startsWith('docker/library/')) return repo.slice('docker/'.length);
  if (ref.registry === 'mirror.gcr.io' || ref.registry === 'registry-1.docker.io') return repo.includes('/') ? repo : `library/${repo}`;
  return repo;
}

/** Classifies a base image reference. */
/**
 * An AWS SAM build image (public.ecr.aws/sam/build-<runtime>, Docker Hub amazon/aws-sam-cli-build-image-<runtime>):
 * the runtime's Lambda base with compilers and the AWS and SAM CLIs added, and ENTRYPOINT reset to [] and CMD to
 * /bin/bash (aws/aws-sam-build-images, build-image-src/Dockerfile-*). Gives the runtime id and the Lambda base image
 * that runs functions of that runtime; undefined for any other image.
 */
export function samBuildImage(ref: ImageRef): { runtime: string; lambdaBase: string } | undefined {
  const repo = hubRepository(ref);
  const m = (ref.registry === 'public.ecr.aws' ? /^sam\/build-(.+)$/ : /^amazon\/aws-sam-cli-build-image-(.+)$/).exec(repo);
  if (!m) return undefined;
  const runtime = m[1];
  // The Lambda base image tags (gallery.ecr.aws/lambda): python:3.12, nodejs:20, java:21 and java:8.al2, ruby:3.3,
  // dotnet:8, provided:al2023 / provided:al2; go1.x and provided (Amazon Linux 1) now run as provided:al2023.
  const tag = /^python(\d\.\d+)$/.exec(runtime)?.[1] ?? /^nodejs(\d+)\.x$/.exec(runtime)?.[1] ?? /^java(\d+(?:\.al2)?)$/.exec(runtime)?.[1] ?? /^ruby(\d\.\d+)$/.exec(runtime)?.[1] ?? /^dotnet(?:core)?(\d+(?:\.\d+)?)$/.exec(runtime)?.[1];
  const family = /^[a-z]+/.exec(runtime)?.[0] ?? runtime;
  if (tag) return { runtime, lambdaBase: `public.ecr.aws/lambda/${family === 'dotnetcore' ? 'dotnet' : family}:${tag}` };
  const provided = /^provided\.(al2023|al2)$/.exec(runtime)?.[1];
  return { runtime, lambdaBase: `public.ecr.aws/lambda/provided:${provided ?? 'al2023'}` };
}

export function classifyBase(ref: ImageRef): BaseKind {
  const family = awsFamily(ref);
  if (family) {
    const { runtime, architecture, id } = runtimeFromTag(family, ref.tag);
    return { kind: 'aws', family, runtime, runtimeId: id, os: runtime?.os, architecture };
  }
  const shortRepo = hubRepository(ref).replace(/^library\//, '');
  for (const ready of LAMBDA_READY) {
    if (ready.match.test(shortRepo)) {
      return { kind: 'lambda-ready', vendor: ready.vendor, family: ready.family, os: ready.os, providesRuntimeClient: true, source: ready.source };
    }
  }
  return { kind: 'other', os: guessOs(ref) };
}

function guessOs(ref: ImageRef): OtherBase['os'] {
  const repo = hubRepository(ref).replace(/^library\//, '');
  const tag = ref.tag ?? '';
  if (repo === 'scratch') return 'scratch';
  if (repo === 'alpine' || /(^|-)alpine/.test(tag)) return 'alpine';
  if (repo.startsWith('distroless/') || ref.registry === 'gcr.io' && repo.startsWith('distroless')) return 'distroless';
  if (repo === 'amazonlinux' || repo.endsWith('/amazonlinux')) return tag.startsWith('2023') ? 'al2023' : tag === '' || tag === 'latest' ? 'al2023' : tag.startsWith('2') ? 'al2' : undefined;
  if (repo === 'ubuntu') return 'ubuntu';
  // Playwright's Python image: FROM ubuntu:<codename> with Python and the browsers added, no ENTRYPOINT and no WORKDIR
  // (microsoft/playwright-python utils/docker/Dockerfile.noble, .jammy, .focal); its tags end in the codename.
  if (ref.registry === 'mcr.microsoft.com' && repo === 'playwright/python' && /-(noble|jammy|focal)$/.test(tag)) return 'ubuntu';
  if (repo === 'debian' || ['python', 'node', 'ruby', 'golang', 'rust', 'openjdk', 'eclipse-temurin', 'maven', 'gradle'].includes(repo)) {
    return /alpine/.test(tag) ? 'alpine' : 'debian';
  }
  if (repo.startsWith('dotnet/') || repo === 'mcr.microsoft.com/dotnet') return 'debian';
  return undefined;
}

/** The configuration every AWS base image sets (aws/aws-lambda-base-images Dockerfiles). */
export const AWS_BASE_CONFIG = {
  workdir: '/var/task',
  entrypoint: ['/lambda-entrypoint.sh'],
  env: { LAMBDA_TASK_ROOT: '/var/task', LAMBDA_RUNTIME_DIR: '/var/runtime', LANG: 'en_US.UTF-8', TZ: ':/etc/localtime' },
} as const;

/** The history entry an AWS base image ends with: `ENTRYPOINT ["/lambda-entrypoint.sh"]` (aws/aws-lambda-base-images). */
const AWS_BASE_ENTRYPOINT_ENTRY = /ENTRYPOINT \[?"?\/lambda-entrypoint\.sh/;

/**
 * How many leading layers of an image belong to an AWS base image: the layers made before the history entry that
 * sets the AWS base ENTRYPOINT; 0 when the history shows no AWS base (or does not line up with the layers).
 */
export function awsBaseLayerCount(history: readonly { created_by?: string; empty_layer?: boolean }[], layers: number): number {
  let produced = 0;
  for (const h of history) {
    if (AWS_BASE_ENTRYPOINT_ENTRY.test(h.created_by ?? '')) return produced <= layers ? produced : 0;
    if (!h.empty_layer) produced++;
  }
  return 0;
}

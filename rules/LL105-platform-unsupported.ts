import { posix } from 'node:path';
import { defineRule, type RuleContext } from '../src/engine/rule-kit.js';
import type { DockerfileModel, Instruction, Stage } from '../src/dockerfile/model.js';
import type { ShellCommand } from '../src/dockerfile/shell.js';
import type { FunctionFacts } from '../src/deploy/types.js';
import type { Location } from '../src/core/types.js';
import type { ImageModel } from '../src/image/types.js';
import {
  LAMBDA_ARCHITECTURES, LAMBDA_OS, MANIFEST_RECOMMENDED_MAX, ZSTD_LAYER_MEDIA_TYPE, archSupported, normaliseArch, parsePlatformString,
} from '../src/knowledge/platforms.js';

/** What makes the image one architecture: the build platform, a FROM --platform, a base tag, a cross-compiled binary. */
interface ArchEvidence {
  arch: string;
  what: string;
  at: Instruction | Location;
  program: string;
}

/** GOARCH / cargo lambda / Rust target triples / .NET runtime identifiers name the architecture a binary is built for. */
const RUST_TRIPLE = /^(x86_64|aarch64)-unknown-linux-(gnu|musl)$/;
const DOTNET_RID = /^linux(-musl)?-(x64|arm64)$/;

/** The program name Lambda's error shows for a compiled binary: the `-o` output of go build, else bootstrap. */
function binaryName(args: string[]): string {
  const o = args.indexOf('-o');
  const out = o >= 0 ? args[o + 1] : undefined;
  return `…/${out && !out.includes('$') ? (out.split('/').pop() || 'bootstrap') : 'bootstrap'}`;
}

function compiledFor(df: DockerfileModel, ins: Instruction): { arch: string; what: string; program: string; output?: string } | undefined {
  const script = df.shell(ins);
  if (!script) return undefined;
  const found = compilesIn(script.commands, ins);
  // One RUN building for both architectures (bootstrap-amd64 and bootstrap-arm64): which one ships is not known here.
  return found.length > 0 && found.every((f) => f.arch === found[0].arch) ? found[0] : undefined;
}

function compilesIn(commands: readonly ShellCommand[], ins: Instruction): { arch: string; what: string; program: string; output?: string }[] {
  const out: { arch: string; what: string; program: string; output?: string }[] = [];
  for (const c of commands) {
    // A build under a condition (`if [ "$TARGETARCH" = amd64 ]; then GOARCH=amd64 ...`, `[ ... ] && go build`) is
    // not known to run.
    if (c.conditional) continue;
    const one = compiled(c, ins);
    if (one) out.push(one);
  }
  return out;
}

function compiled(cmd: ShellCommand, ins: Instruction): { arch: string; what: string; program: string; output?: string } | undefined {
  const args = cmd.args;
  {
    if (cmd.name === 'go' && args[0] === 'build') {
      const v = cmd.assignments.GOARCH ?? (ins.scope.get('GOARCH') as { value?: string } | undefined)?.value;
      const o = args.indexOf('-o');
      if (v && !v.includes('$')) return { arch: normaliseArch(v), what: `go build with GOARCH=${v}`, program: binaryName(args), output: o >= 0 ? args[o + 1] : undefined };
    }
    if (cmd.name === 'cargo') {
      if (args.includes('--arm64')) return { arch: 'arm64', what: 'cargo lambda build --arm64', program: '…/bootstrap', output: 'target' };
      if (args.includes('--x86-64')) return { arch: 'amd64', what: 'cargo lambda build --x86-64', program: '…/bootstrap', output: 'target' };
      const t = args.indexOf('--target');
      const triple = t >= 0 ? args[t + 1] : args.find((a) => a.startsWith('--target='))?.slice(9);
      const m = triple ? RUST_TRIPLE.exec(triple) : null;
      if (m) return { arch: normaliseArch(m[1]), what: `cargo --target ${triple}`, program: '…/bootstrap', output: 'target' };
    }
    // Only a self-contained or native (AOT) publish makes a program for one architecture: a framework-dependent
    // one is IL that the .NET base image's runtime runs on either.
    if (cmd.name === 'dotnet' && args[0] === 'publish' && selfContained(args)) {
      const i = args.findIndex((a) => a === '-r' || a === '--runtime');
      const m = i >= 0 ? DOTNET_RID.exec(args[i + 1] ?? '') : null;
      const o = args.findIndex((a) => a === '-o' || a === '--output');
      if (m) return { arch: m[2] === 'x64' ? 'amd64' : 'arm64', what: `dotnet publish -r ${args[i + 1]}`, program: '…/bootstrap', output: o >= 0 ? args[o + 1] : undefined };
    }
  }
  return undefined;
}

/** `dotnet publish` makes a self-contained or native program (--self-contained [true], --sc, -p:PublishAot=true). */
function selfContained(args: readonly string[]): boolean {
  const sc = args.findIndex((a) => a === '--self-contained' || a === '--sc');
  if (sc >= 0) return args[sc + 1]?.toLowerCase() !== 'false';
  return args.some((a) => /^(--self-contained=true|[-/]p:(PublishAot|SelfContained)=true)$/i.test(a));
}

/** The architectures the Dockerfile fixes for the image (empty when the build platform decides). */
function archEvidence(df: DockerfileModel, fn: FunctionFacts, shipped: readonly Stage[]): ArchEvidence[] {
  const out: ArchEvidence[] = [];
  const t = df.target;
  if (!t) return out;
  const platform = fn.platform ? parsePlatformString(fn.platform.value) : undefined;
  if (platform?.architecture) out.push({ arch: platform.architecture, what: `the build platform ${fn.platform!.value}`, at: fn.platform!.at, program: '/lambda-entrypoint.sh' });
  const lineage = shipped;
  const root = lineage[0];
  const fixed = lineage.map((s) => s.base.platform).find((p) => p && !p.includes('$'));
  const p = fixed ? parsePlatformString(fixed) : undefined;
  if (!platform && p?.architecture) {
    const ins = lineage.find((s) => s.base.platform === fixed)!.fromInstruction;
    out.push({ arch: p.architecture, what: `FROM --platform=${fixed}`, at: ins, program: '/lambda-entrypoint.sh' });
  } else if (!platform && !p && root.base.kind.kind === 'aws' && root.base.kind.architecture) {
    out.push({ arch: normaliseArch(root.base.kind.architecture), what: `the base image tag ${root.base.expanded.value}`, at: root.fromInstruction, program: '/lambda-entrypoint.sh' });
  }
  for (const stage of df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const c = compiledFor(df, ins);
      if (c) out.push({ ...c, at: ins });
    }
  }
  return out;
}

/**
 * Without a deploy configuration: a binary cross-compiled for one architecture (a literal GOARCH, cargo --target ...)
 * in an image the Dockerfile fixes to the other (an error), or whose platform the build decides (an info).
 */
function checkBinaryPlatform(ctx: RuleContext<'binaryMismatch' | 'binaryPlatformOpen'>): void {
  const lineage = ctx.facts.lineage;
  if (!ctx.df.target || !lineage.length) return;
  const image = archEvidence(ctx.df, { imageConfig: {} } as unknown as FunctionFacts, lineage).find((e) => e.program === '/lambda-entrypoint.sh');
  const seen = new Set<string>();
  for (const stage of ctx.df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      const b = ins.keyword === 'RUN' ? compiledFor(ctx.df, ins) : undefined;
      if (!b || seen.has(b.what) || !ships(stage, ins, b.output, lineage)) continue;
      seen.add(b.what);
      const data = { what: b.what, binArch: b.arch, program: b.program, lambdaArch: LAMBDA_ARCHITECTURES[b.arch] ?? b.arch, match: MATCH_HINT[b.what.split(' ')[0]] ?? MATCH_HINT.go };
      if (image && image.arch !== b.arch) ctx.report({ messageId: 'binaryMismatch', data: { ...data, imageWhat: image.what, imageArch: image.arch }, at: ins });
      else if (!image) ctx.report({ messageId: 'binaryPlatformOpen', data: { ...data, other: b.arch === 'arm64' ? 'amd64' : 'arm64', example: b.arch === 'arm64' ? 'most CI runners' : 'an Apple silicon Mac, a Graviton runner' }, at: ins });
    }
  }
}

/** How each tool builds for the image's own platform. */
const MATCH_HINT: Record<string, string> = {
  go: 'compile with GOARCH=$TARGETARCH after ARG TARGETARCH',
  cargo: 'build for the matching target (cargo lambda build --arm64 / --x86-64, or the matching --target triple)',
  dotnet: 'publish for the matching runtime identifier (-r linux-arm64 / linux-x64)',
};

/**
 * The compiler's output reaches the image: built in a stage the image is built FROM, or copied from its stage by a
 * COPY --from of the shipped stages whose source is the output or a folder holding it.
 */
function ships(stage: Stage, ins: Instruction, output: string | undefined, lineage: readonly Stage[]): boolean {
  if (lineage.includes(stage)) return true;
  if (!output || output.includes('$')) return false;
  const out = posix.normalize(output.startsWith('/') ? output : posix.join(ins.workdir, output));
  return lineage.some((s) =>
    s.instructions.some((i) => i.copy?.fromStage === stage && i.copy.sources.some((src) => {
      const from = posix.normalize(src.startsWith('/') ? src : `/${src}`);
      return from === out || out.startsWith(`${from.replace(/\/$/, '')}/`) || from.startsWith(`${out}/`);
    })),
  );
}

const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const SCHEMA1 = /distribution\.manifest\.v1\+(json|prettyjws)$/;

function platformOf(os: string | undefined, arch: string | undefined, variant: string | undefined): string {
  return [os ?? '?', arch ?? '?', variant].filter(Boolean).join('/');
}

/**
 * The manifest's size in bytes: for an OCI manifest the reader parsed, its compact JSON (a lower bound: the
 * stored bytes may be indented); for a docker-archive (which holds no registry manifest), the schema 2 manifest
 * `docker push` writes (indented by three spaces), built from the layer count and sizes.
 */
function manifestSize(image: ImageModel): { bytes: number; exact: boolean } {
  if (image.manifest) return { bytes: Buffer.byteLength(JSON.stringify(image.manifest)), exact: true };
  const digest = `sha256:${'0'.repeat(64)}`;
  const pushed = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: JSON.stringify(image.config.raw).length, digest },
    layers: image.layers.map((l) => ({ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: l.compressedSize, digest })),
  };
  return { bytes: JSON.stringify(pushed, null, 3).length, exact: false };
}

export default defineRule({
  code: 'LL105',
  name: 'platform-unsupported',
  severity: 'error',
  since: '0.1.0',
  needs: { facts: ['lineage'], dockerfile: true, history: false, image: {} },
  docs: {
    what:
      'Checks that the function image is one Linux image for x86_64 (linux/amd64) or arm64 (linux/arm64) in a manifest format Lambda accepts. In a Dockerfile: a `FROM --platform=` in the target stage\'s lineage that names another OS (windows) or architecture (linux/arm/v7, linux/386, linux/s390x, linux/ppc64le ...), and an AWS base image tag with an architecture suffix (`python:3.12-arm64`) that contradicts an explicit `--platform`; a binary cross-compiled for one architecture in a stage that reaches the image (a literal `GOARCH=`, `cargo lambda build --arm64`, a Rust `--target` triple, `dotnet publish -r linux-x64`) in an image fixed to the other (an error), or whose platform the build decides (info: built on a machine of the other architecture, the binary cannot run; the AWS examples build with `docker build --platform`). Builder stages that only hand files over with COPY --from may use any platform (`--platform=$BUILDPLATFORM`); a stage of the image itself written with `--platform=$BUILDPLATFORM` is a warning (the image takes the architecture of the machine that builds it). In a built image: the config\'s `os` and `architecture`; an image index or Docker manifest list at the top, including the single-platform index with attestation manifests that BuildKit writes for provenance and SBOM; a Docker schema 1 manifest; zstd-compressed layers (warning: AWS does not document whether Lambda accepts them); a manifest over the 25,400 bytes AWS recommends (info: for a docker-archive the size is that of the manifest `docker push` would write). For a function of a deploy configuration (SAM, CloudFormation, CDK, Terraform, Serverless Framework), it also checks the function\'s architecture (Architectures, or Lambda\'s default x86_64) against what makes the image another one: the CDK asset\'s or Serverless image\'s build platform, a `FROM --platform=` in the target\'s lineage, an AWS base image tag with an architecture suffix, a binary cross-compiled in a stage that reaches the image (`GOARCH=`, `cargo lambda build --arm64`, `cargo --target aarch64-unknown-linux-gnu`, `dotnet publish -r linux-x64`), or the built image\'s config.',
    why:
      'Lambda runs only Linux images, for exactly one of its two architectures, and accepts only Docker image manifest V2 schema 2 and OCI image manifests. Anything else fails when the function is created or updated, not at build time: an index or manifest list (what `docker buildx build --push` produces by default since BuildKit 0.11 added provenance attestations, even for one platform) gives `InvalidParameterValueException: The image manifest, config or layer media type for the source image <uri> is not supported.`; an image for another architecture fails at start-up with `Runtime.InvalidEntrypoint` / `exec format error`. AWS documents no support for zstd layers, so they are a risk rather than a known failure; and it recommends manifests under 25,400 bytes (fewer layers and annotations) for optimal performance.',
    bad: { dockerfile: 'FROM --platform=linux/arm/v7 public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM --platform=linux/arm64 public.ecr.aws/lambda/python:3.12-arm64\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-reqs',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-types',
      'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html',
      'https://github.com/aws/aws-lambda-roadmap/issues/82',
      'https://github.com/docker/buildx/issues/1533',
      'https://docs.docker.com/build/metadata/attestations/',
    ],
  },
  messages: {
    platformUnsupported: {
      text: 'FROM --platform={{platform}} builds the function image for {{what}}; Lambda runs only linux/amd64 (x86_64) and linux/arm64 images, so the function cannot run it.',
      severity: 'error',
      fix: 'Build the final stage for linux/amd64 or linux/arm64 (FROM --platform=linux/arm64 ..., or docker build --platform linux/arm64) and pick the same architecture for the function.',
    },
    buildPlatformImage: {
      text: 'FROM --platform={{written}} makes the function image the architecture of the machine that builds it (an Apple silicon Mac builds linux/arm64, most CI runners linux/amd64), whatever the function\'s architecture: built on the other one, the function fails at start-up with an exec format error.',
      severity: 'warning',
      fix: 'Use --platform=$TARGETPLATFORM (docker build --platform linux/arm64 then decides) or a fixed linux/amd64 / linux/arm64 matching the function; keep $BUILDPLATFORM for builder stages that only hand files over.',
    },
    platformMismatch: {
      text: 'FROM --platform={{platform}} asks for {{want}}, but the base image tag {{image}} is the {{tagArch}} image; the build fails with "no match for platform in manifest" or yields {{tagArch}} binaries in an image meant for {{want}}.',
      severity: 'error',
      fix: 'Use the tag that matches the platform ({{suggested}}), or drop the architecture suffix and let --platform pick.',
    },
    osUnsupported: {
      evidence: 'image',
      text: 'The image is built for {{platform}}; Lambda runs only Linux images and rejects this one when the function is created.',
      severity: 'error',
      fix: 'Rebuild for linux/amd64 or linux/arm64 (docker build --platform linux/arm64 ...).',
    },
    archUnsupported: {
      evidence: 'image',
      text: 'The image is built for {{platform}}; Lambda runs only x86_64 (linux/amd64) and arm64 (linux/arm64) images, so the function fails at start-up with an exec format error.',
      severity: 'error',
      fix: 'Rebuild for linux/amd64 or linux/arm64 (docker build --platform linux/arm64 ...) and set the function\'s architecture to match.',
    },
    attestationIndex: {
      evidence: 'image',
      text: 'The image is an {{kind}} around one {{platform}} image{{attestations}}; Lambda rejects indexes even with one platform: "The image manifest, config or layer media type for the source image ... is not supported."',
      severity: 'error',
      fix: 'Build with docker buildx build --provenance=false --sbom=false (build-push-action: provenance: false, sbom: false), or deploy the platform manifest by digest ({{digest}}).',
    },
    multiPlatformIndex: {
      evidence: 'image',
      text: 'The image is an {{kind}} of {{count}} platforms ({{platforms}}); Lambda needs a single-architecture image and rejects indexes: "The image manifest, config or layer media type for the source image ... is not supported."',
      severity: 'error',
      fix: 'Build one platform per image (docker buildx build --platform linux/arm64 --provenance=false --sbom=false), or deploy the digest of one platform manifest ({{digest}}).',
    },
    schema1: {
      evidence: 'image',
      text: 'The image has a Docker schema 1 manifest ({{mediaType}}); Lambda accepts only Docker image manifest V2 schema 2 and OCI manifests.',
      severity: 'error',
      fix: 'Rebuild and push the image with a current Docker, BuildKit or buildah, which write schema 2 / OCI manifests.',
    },
    zstdLayers: {
      evidence: 'image',
      text: '{{count}} of {{total}} layers are zstd-compressed ({{layers}}); AWS does not document zstd layer support for Lambda images, so the deploy may fail with UnsupportedImageLayerDetected.',
      severity: 'warning',
      fix: 'Push gzip layers: docker buildx build --output type=image,compression=gzip,force-compression=true,push=true ... (or skopeo copy --dest-compress-format gzip).',
    },
    binaryMismatch: {
      text: '{{what}} makes the binary linux/{{binArch}}, but {{imageWhat}} makes the image linux/{{imageArch}}: Lambda cannot start it ("fork/exec {{program}}: exec format error", Runtime.InvalidEntrypoint).',
      severity: 'error',
      fix: 'Build the binary for the image\'s platform ({{match}}), or build the image for linux/{{binArch}}.',
    },
    binaryPlatformOpen: {
      text: '{{what}} makes the binary linux/{{binArch}}, but nothing in the Dockerfile fixes the image\'s platform: built on an {{other}} machine ({{example}}), the image is linux/{{other}} and Lambda cannot start the binary ("exec format error").',
      severity: 'info',
      fix: 'Build with docker build --platform linux/{{binArch}} (and deploy the function as {{lambdaArch}}), set FROM --platform=linux/{{binArch}} on the final stage, or {{match}}.',
    },
    functionArchitecture: {
      text: 'The function {{fn}} runs on {{want}}{{why}}, but {{what}} makes {{subject}} {{have}}; Lambda cannot start it: "fork/exec {{program}}: exec format error" (Runtime.InvalidEntrypoint).',
      severity: 'error',
      fix: 'Build for linux/{{wantOci}} ({{hint}}), or set the function\'s architecture to {{haveLambda}}.',
    },
    manifestLarge: {
      evidence: 'image',
      text: 'The image manifest is {{size}} bytes ({{layers}} layers{{annotations}}); AWS recommends keeping it under 25,400 bytes for optimal performance.',
      severity: 'info',
      fix: 'Use fewer layers (merge RUN steps, use a multi-stage build that copies one tree into the final stage) and fewer annotations.',
    },
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    const reportArch = (fn: FunctionFacts, have: string, what: string, subject: string, program: string, at: Instruction | Location | undefined) => {
      const want = fn.architecture!;
      const wantOci = normaliseArch(want.value);
      if (!archSupported(have) || !archSupported(wantOci) || have === wantOci) return;
      const hint = what.startsWith('go build') ? `GOARCH=${wantOci}` : what.startsWith('cargo') ? `cargo lambda build --${wantOci === 'arm64' ? 'arm64' : 'x86-64'}` : what.startsWith('dotnet') ? `dotnet publish -r linux-${wantOci === 'arm64' ? 'arm64' : 'x64'}` : `--platform linux/${wantOci}`;
      ctx.report({
        messageId: 'functionArchitecture',
        data: { fn: fn.id, want: want.value, why: want.explicit ? '' : " (Lambda's default: the function sets no architecture)", what, subject, have: `linux/${have}`, program, wantOci, hint, haveLambda: LAMBDA_ARCHITECTURES[have] ?? have },
        ...(at ? { at } : { source: 'image-config' as const }),
      });
    };
    return {
      end() {
        const fn = ctx.deploy;
        if (!fn && !ctx.image && ctx.mode === 'dockerfile') checkBinaryPlatform(ctx);
        if (!fn?.architecture || ctx.image || ctx.mode === 'deploy') return;
        const seen = new Set<string>();
        for (const e of archEvidence(ctx.df, fn, ctx.facts.lineage)) {
          if (seen.has(e.what)) continue;
          seen.add(e.what);
          reportArch(fn, e.arch, e.what, e.program === '/lambda-entrypoint.sh' ? 'the image' : 'the binary', e.program, e.at);
        }
      },
      instruction(ins) {
        // With the built image at hand, its config says exactly what was built.
        if (ctx.image || ins.keyword !== 'FROM' || !ins.stage || !lineage.has(ins.stage)) return;
        const written = ins.flags.find((f) => f.name === 'platform')?.value;
        const value = ins.stage.base.platform;
        // $BUILDPLATFORM is the builder's machine: right for a stage that only hands files over, not for the image.
        if (written && /^\$\{?BUILDPLATFORM\}?$/.test(written.trim())) return ctx.report({ messageId: 'buildPlatformImage', data: { written }, at: ins });
        if (!written || !value || value.includes('$')) return;
        const p = parsePlatformString(value);
        if (!p) return;
        if (p.os !== LAMBDA_OS) {
          ctx.report({ messageId: 'platformUnsupported', data: { platform: value, what: `the OS ${p.os}` }, at: ins });
          return;
        }
        if (p.architecture && !archSupported(p.architecture)) {
          ctx.report({ messageId: 'platformUnsupported', data: { platform: value, what: `the ${[p.architecture, p.variant].filter(Boolean).join('/')} architecture` }, at: ins });
          return;
        }
        const kind = ins.stage.base.kind;
        if (kind.kind !== 'aws' || !kind.architecture || !p.architecture || ins.stage.base.stage) return;
        const want = LAMBDA_ARCHITECTURES[p.architecture];
        if (want === kind.architecture) return;
        const image = ins.stage.base.expanded.value;
        const suggested = image.replace(/-(x86_64|arm64)(?=$|@)/, `-${want}`);
        ctx.report({ messageId: 'platformMismatch', data: { platform: value, want: `linux/${p.architecture}`, image, tagArch: kind.architecture, suggested }, at: ins });
      },
      image(image) {
        const { os, architecture, variant } = image.config;
        if (ctx.deploy?.architecture && architecture) reportArch(ctx.deploy, normaliseArch(architecture), 'the built image', 'the image', '/lambda-entrypoint.sh', undefined);
        const platform = platformOf(os, architecture, variant);
        if (os && os.toLowerCase() !== LAMBDA_OS) ctx.report({ messageId: 'osUnsupported', data: { platform }, source: 'image-config' });
        else if (architecture && !archSupported(architecture)) ctx.report({ messageId: 'archUnsupported', data: { platform }, source: 'image-config' });

        const index = image.index;
        if (index.isIndex) {
          const kind = index.mediaType === DOCKER_LIST ? 'Docker manifest list' : 'OCI image index';
          const digest = image.selected.manifestDigest ?? 'the platform manifest digest from docker buildx imagetools inspect';
          if (index.platformManifests <= 1) {
            const n = index.attestationManifests;
            const attestations = n > 0 ? ` plus ${n} attestation manifest${n === 1 ? '' : 's'} (BuildKit's provenance/SBOM)` : '';
            ctx.report({ messageId: 'attestationIndex', data: { kind, platform: index.platforms[0] ?? platform, attestations, digest }, source: 'image-config' });
          } else {
            ctx.report({ messageId: 'multiPlatformIndex', data: { kind, count: index.platformManifests, platforms: index.platforms.join(', '), digest }, source: 'image-config' });
          }
        }

        const mt = image.manifestMediaType ?? '';
        if (image.schemaVersion === 1 || SCHEMA1.test(mt)) {
          ctx.report({ messageId: 'schema1', data: { mediaType: mt || 'schemaVersion 1' }, source: 'image-config' });
        }

        const zstd = image.layers.filter((l) => l.compression === 'zstd' || ZSTD_LAYER_MEDIA_TYPE.test(l.mediaType ?? ''));
        if (zstd.length > 0) {
          const layers = zstd.slice(0, 5).map((l) => `layer ${l.index + 1}`).join(', ') + (zstd.length > 5 ? ', ...' : '');
          ctx.report({ messageId: 'zstdLayers', data: { count: zstd.length, total: image.layers.length, layers }, source: 'image-layer', layer: zstd[0].index });
        }

        const size = manifestSize(image);
        if (size.bytes > MANIFEST_RECOMMENDED_MAX) {
          const annotated = image.manifest ? countAnnotations(image.manifest) : 0;
          ctx.report({
            messageId: 'manifestLarge',
            data: {
              size: `${size.exact ? 'at least' : 'about'} ${size.bytes.toLocaleString('en-US')}`,
              layers: image.layers.length,
              annotations: annotated > 0 ? `, ${annotated} annotation${annotated === 1 ? '' : 's'}` : '',
            },
            source: 'image-config',
          });
        }
      },
    };
  },
});

function countAnnotations(manifest: Record<string, unknown>): number {
  const count = (o: unknown): number => (o && typeof o === 'object' ? Object.keys(o).length : 0);
  const layers = Array.isArray(manifest.layers) ? (manifest.layers as { annotations?: unknown }[]) : [];
  return count(manifest.annotations) + count((manifest.config as { annotations?: unknown } | undefined)?.annotations) + layers.reduce((n, l) => n + count(l?.annotations), 0);
}


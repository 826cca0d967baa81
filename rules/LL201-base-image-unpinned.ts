import { defineRule, flagText, mountOptions, withFlag } from '../src/engine/rule-kit.js';
import { PYTHON_HANDLER } from './doc-examples.js';
import { isValidReference, parseImageRef } from '../src/knowledge/base-images.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';

export default defineRule({
  code: 'LL201',
  name: 'base-image-unpinned',
  severity: 'error',
  since: '0.1.0',
  sameAs: ['hadolint DL3006', 'hadolint DL3007'],
  securitySeverity: 5.0,
  needs: { facts: ['lineage', 'lambdaEvidence'], dockerfile: true, context: true },
  options: {
    'trusted-registries': {
      description: 'Registries you mirror and pin yourself (e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com); base images from them need no digest.',
      schema: { type: 'array', items: { type: 'string', minLength: 1 } },
      default: [],
    },
  },
  docs: {
    what: 'Checks that every FROM, and every `COPY --from` that names an image rather than a stage (`COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter`: the files it copies ship as the base image\'s do), names a tag other than `latest` or a latest tag of a platform or variant (`latest-x86_64`, `latest-arm64`; after ARG resolution) and, ideally, a digest. A `RUN --mount=from=<image>` (the uv image the uv docs mount) is judged the same way, as a warning: its files are used while building and do not ship. Stage aliases and `scratch` are exempt; an ARG with no default used as the tag, or as the whole image (`FROM ${BASE}`), is a warning: the build passes its value (without one the reference is empty and the build fails), which this tool cannot see, and nothing in the Dockerfile pins it. A missing tag or `latest` is an error on the stages a Lambda image ships (the target and what it is built FROM); on a build stage that is only copied from, and on an image with no sign of Lambda (LL100), it is a warning, as in hadolint. A missing digest is reported once per image, not on every FROM of it. A `COPY --from` value that is a bare name (`COPY --from=assets`) with no registry, tag or digest may be a named build context (`docker buildx build --build-context assets=...`) and is not judged.',
    why: 'A base image without a tag, or with `latest`, changes under you: the next build may bring another runtime version, another OS (AL2 to AL2023 changes yum to dnf), or a broken release, and Lambda cannot tell you which. A tag without a digest is mutable too: AWS republishes base image tags weekly, so two builds of the same commit can differ. Pinning the digest makes builds reproducible; update it on purpose (Dependabot and Renovate both understand digests).',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: PYTHON_HANDLER },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12@sha256:0000000000000000000000000000000000000000000000000000000000000000\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: PYTHON_HANDLER },
    references: [
      'https://docs.docker.com/reference/dockerfile/#from',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://github.com/hadolint/hadolint/wiki/DL3007',
    ],
  },
  messages: {
    noTag: { text: 'Base image "{{image}}" has no tag, so it means :latest and changes with every release.', severity: 'error', fix: 'Pin a tag and a digest: FROM {{image}}:<tag>@sha256:<digest>.' },
    latest: { text: 'Base image "{{image}}" uses the tag {{tag}}, which changes with every release.', severity: 'error', fix: 'Pin a version tag and a digest instead of latest.' },
    unresolvedTag: { text: 'The tag of base image "{{image}}" comes from ARG {{arg}}, which has no default: the tag is whatever the build passes, and a build without --build-arg {{arg}}=... {{consequence}}.', severity: 'warning', fix: 'Give ARG {{arg}} a default version, or pass it with --build-arg.' },
    unresolvedImage: { text: 'Base image "{{image}}" comes from ARG {{arg}}, which has no default: the image and its tag are whatever the build passes, so nothing pins them.', severity: 'warning', fix: 'Give ARG {{arg}} a default that pins a tag and a digest (ARG {{arg}}=<image>:<tag>@sha256:<digest>), or pass it with --build-arg.' },
    noDigest: { text: 'Base image "{{image}}" is pinned by tag only; the tag can be moved to other content.', severity: 'warning', fix: 'Add the digest: FROM {{image}}@sha256:<digest> (docker buildx imagetools inspect {{image}} prints it).' },
    copyNoTag: { text: '{{how}} takes files from the image "{{image}}", which has no tag, so it means :latest and the {{files}} change with every release.', severity: 'error', fix: 'Pin a tag and a digest: {{copy}} (docker buildx imagetools inspect {{image}}:<tag> prints the digest).' },
    copyLatest: { text: '{{how}} takes files from the image "{{image}}" by the tag {{tag}}, which changes with every release.', severity: 'error', fix: 'Pin a version tag and a digest: {{copy}} (docker buildx imagetools inspect {{repo}}:<tag> prints the digest).' },
    copyNoDigest: { text: '{{how}} takes files from the image "{{image}}", pinned by tag only; the tag can be moved to other content.', severity: 'warning', fix: 'Add the digest: {{copy}} (docker buildx imagetools inspect {{image}} prints it).' },
  },
  create(ctx) {
    const trusted = new Set(ctx.options['trusted-registries'] as string[]);
    // One digest warning per base image, not one per FROM of the same image.
    const warned = new Set<string>();
    // An unpinned runtime is an error where it ships in a Lambda image; a builder's base or a non-Lambda image's is
    // reproducibility only (a warning).
    let lambda: boolean | undefined;
    const severityOf = (stage: Stage): 'error' | 'warning' => {
      lambda ??= ctx.config.lambda ?? (ctx.deploy !== undefined || ctx.mode !== 'dockerfile' || ctx.facts.lambdaEvidence.length > 0);
      return lambda && ctx.facts.lineage.includes(stage) ? 'error' : 'warning';
    };
    /** `COPY --from=<image>`: the image is pulled as a base image is, and its files ship. */
    const checkCopyFrom = (ins: Instruction, from: string, severity: 'error' | 'warning', mount = false) => {
      // A stage index (`--from=0`), an unresolved ARG, or a bare name that may be a named build context: not judged.
      if (/^\d+$/.test(from) || from.includes('$') || !/[/:@]/.test(from) || !isValidReference(from)) return;
      const ref = parseImageRef(from);
      if (ref.digest || (ref.registry && trusted.has(ref.registry))) return;
      const repo = ref.tag !== undefined ? from.slice(0, from.length - ref.tag.length - 1) : from;
      const copy = (pinned: string) => (mount ? mountLine(ins, from, pinned) : copyLine(ins, pinned));
      // A RUN --mount=from image is used while building (a tool such as uv), its files do not ship.
      const how = mount ? 'RUN --mount=from' : 'COPY --from';
      const files = mount ? 'tools the build uses' : 'copied files';
      if (!ref.tag) ctx.report({ messageId: 'copyNoTag', data: { how, files, image: from, copy: copy(`${from}:<tag>@sha256:<digest>`) }, at: ins, severity });
      else if (/^latest(?:[-_.][\w.-]*)?$/i.test(ref.tag)) ctx.report({ messageId: 'copyLatest', data: { how, image: from, tag: ref.tag, repo, copy: copy(`${repo}:<tag>@sha256:<digest>`) }, at: ins, severity });
      else if (!warned.has(from)) {
        warned.add(from);
        ctx.report({ messageId: 'copyNoDigest', data: { how, image: from, copy: copy(`${from}@sha256:<digest>`) }, at: ins });
      }
    };
    return {
      instruction(ins) {
        if (ins.keyword === 'COPY' && ins.copy?.from !== undefined && !ins.copy.fromStage && ins.stage) {
          checkCopyFrom(ins, ins.copy.from, severityOf(ins.stage));
          return;
        }
        if (ins.keyword === 'RUN' && ins.stage) {
          for (const from of mountImages(ins)) if (!ctx.df.stageByName(from)) checkCopyFrom(ins, from, 'warning', true);
          return;
        }
        if (ins.keyword !== 'FROM' || !ins.stage) return;
        const base = ins.stage.base;
        if (base.stage || base.scratch || !base.written) return;
        const image = base.expanded.value;
        // Not a reference docker accepts: LL001 reports it, once.
        if (base.expanded.unresolved.length === 0 && !isValidReference(image)) return;
        const { ref } = base;
        if (base.expanded.unresolved.length > 0) {
          // The unresolved part decides: an unresolved tag is a missing tag; an unresolved name we cannot judge.
          const tagPart = /:([^/@]*)(@|$)/.exec(base.written)?.[1] ?? '';
          const arg = base.expanded.unresolved.find((a) => tagPart.includes(a));
          // Docker expands an ARG without a value to nothing: `python:${PY}` becomes `python:`, which it refuses.
          const left = tagPart.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '');
          const consequence = !/^[\w][\w.-]{0,127}$/.test(left) ? `fails (the tag is then ${left === '' ? 'empty' : `"${left}"`}: "invalid reference format")` : `pulls the tag ${left}`;
          // The build passes the value (it must, when the tag would be empty): unknown here, a warning.
          if (arg) ctx.report({ messageId: 'unresolvedTag', data: { image: base.written, arg, consequence }, at: ins, severity: 'warning' });
          // FROM ${BASE} (or $REGISTRY/$NAME) with no value: nothing pins the image at all.
          else if (!/[^$]*[:@]/.test(base.written.replace(/\$\{[^}]*\}/g, '$'))) ctx.report({ messageId: 'unresolvedImage', data: { image: base.written, arg: base.expanded.unresolved[0] }, at: ins, severity: 'warning' });
          return;
        }
        if (ref.digest) return;
        if (!ref.tag) {
          ctx.report({ messageId: 'noTag', data: { image }, at: ins, severity: severityOf(ins.stage) });
          return;
        }
        // latest, and latest with a platform or variant suffix (AWS publishes latest-x86_64 / latest-arm64): both move.
        if (/^latest(?:[-_.][\w.-]*)?$/i.test(ref.tag)) {
          ctx.report({ messageId: 'latest', data: { image, tag: ref.tag }, at: ins, severity: severityOf(ins.stage) });
          return;
        }
        if (ref.registry && trusted.has(ref.registry)) return;
        if (warned.has(image)) return;
        warned.add(image);
        ctx.report({ messageId: 'noDigest', data: { image }, at: ins });
      },
    };
  },
});

/** The images a RUN mounts from (`--mount=from=ghcr.io/astral-sh/uv,source=/uv,target=/bin/uv`). */
function mountImages(ins: Instruction): string[] {
  return mountOptions(ins.flags).flatMap((kv) => kv.get('from') ?? []);
}

/** The RUN with its mount's image pinned (the script not repeated: `RUN --mount=from=<pinned>,... ...`). */
function mountLine(ins: Instruction, from: string, pinned: string): string {
  const flags = ins.flags.map((f) => (f.name === 'mount' && f.value ? `--mount=${f.value.split(',').map((kv) => (kv.trim() === `from=${from}` ? `from=${pinned}` : kv)).join(',')}` : flagText(f)));
  return ['RUN', ...flags, '...'].join(' ');
}

/** The COPY instruction as written, with its --from image replaced (its other flags, sources and destination kept). */
function copyLine(ins: Instruction, from: string): string {
  return withFlag(ins, 'from', from);
}

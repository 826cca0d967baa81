import { defineRule, flattenedFrom } from '../src/engine/rule-kit.js';
import type { Stage } from '../src/dockerfile/model.js';
import type { ImageRef } from '../src/knowledge/base-images.js';
import { nextListedAbove, RUNTIMES, type BaseOs, type RuntimeFamily, type RuntimeInfo } from '../src/knowledge/runtimes.js';

const DAY = 24 * 60 * 60 * 1000;
const OS_NAME: Record<BaseOs, string> = { al2023: 'Amazon Linux 2023', al2: 'Amazon Linux 2', al1: 'the Amazon Linux AMI (AL1)' };

function date(iso: string | undefined): Date | undefined {
  return iso ? new Date(`${iso}T00:00:00Z`) : undefined;
}

/** The instants of the calendar's dates (a fixed table: each ISO date is read once). */
const INSTANTS = new Map<string, number>();

function reached(iso: string | undefined, now: Date): boolean {
  if (!iso) return false;
  let t = INSTANTS.get(iso);
  if (t === undefined) INSTANTS.set(iso, (t = date(iso)!.getTime()));
  // NaN (a date that does not parse) is never reached, as before.
  return now.getTime() >= t;
}

function versionOf(id: string): number[] {
  const m = /(\d+(?:\.\d+)*)/.exec(id);
  return m ? m[1].split('.').map(Number) : [];
}

const OS_RANK: Record<BaseOs, number> = { al1: 0, al2: 1, al2023: 2 };

function newer(a: RuntimeInfo, b: RuntimeInfo): number {
  const va = versionOf(a.id);
  const vb = versionOf(b.id);
  for (let i = 0; i < Math.max(va.length, vb.length); i++) {
    const d = (va[i] ?? 0) - (vb[i] ?? 0);
    if (d !== 0) return d;
  }
  return OS_RANK[a.os] - OS_RANK[b.os];
}

/** The newest runtime of a family that is not deprecated at `now` (Go moved to the OS-only runtimes). */
export function newestSupported(family: RuntimeFamily, now: Date): RuntimeInfo | undefined {
  const fam = family === 'go' ? 'provided' : family;
  const candidates = RUNTIMES.filter((r) => r.family === fam && !reached(r.deprecation, now));
  return candidates.sort(newer).pop();
}

/** The AWS base image tag of a runtime id: python3.13 -> 3.13, nodejs24.x -> 24, java8.al2 -> 8.al2, provided.al2023 -> al2023. */
function tagOf(r: RuntimeInfo): string {
  switch (r.family) {
    case 'python':
    case 'ruby':
    case 'dotnet':
    case 'java':
      return r.id.slice(r.family.length);
    case 'nodejs':
      return r.id.slice('nodejs'.length).replace(/\.x$/, '');
    case 'provided':
      return r.id === 'provided' ? 'alami' : r.id.slice('provided.'.length);
    default:
      return '';
  }
}

/** The image to move to, written in the same registry/repository style as the current one. */
function suggestedImage(ref: ImageRef, from: RuntimeFamily, to: RuntimeInfo): string {
  let repo = ref.repository;
  if (from !== to.family) repo = repo.replace(new RegExp(`(lambda/|aws-lambda-)${from}$`), `$1${to.family}`);
  const name = ref.registry && ref.registry !== 'docker.io' ? `${ref.registry}/${repo}` : repo;
  return `${name}:${tagOf(to)}`;
}

function suggestion(ref: ImageRef, current: RuntimeInfo, family: RuntimeFamily, now: Date): string {
  const next = newestSupported(family, now);
  if (!next || next.id === current.id) return 'No newer supported runtime of this family is listed; plan a move to another runtime or to an OS-only base (provided.al2023) with a runtime interface client.';
  let text = `Move to ${next.id}: FROM ${suggestedImage(ref, family, next)} (pin its digest).`;
  if (family === 'go') text += ' Go functions now run on the OS-only runtime: build a binary named bootstrap (aws-lambda-go) and copy it to /var/runtime/bootstrap or ${LAMBDA_TASK_ROOT}/bootstrap.';
  if (next.os === 'al2023' && current.os !== 'al2023') {
    text += ` The new image is ${OS_NAME.al2023} (was ${OS_NAME[current.os]}): it has microdnf (dnf), not yum, so change every RUN yum ... to dnf ... (and check package names).`;
  }
  return text;
}

/**
 * What Lambda's block dates mean for an image: they stop creating and updating .zip functions on the runtime (the
 * function's Runtime setting); an image function has none (CreateFunction rejects a Runtime with PackageType Image).
 */
function blockNoteOf(rt: RuntimeInfo, now: Date): string {
  if (!rt.blockCreate && !rt.blockUpdate) return 'No block dates are scheduled.';
  const past = reached(rt.blockUpdate, now) || reached(rt.blockCreate, now);
  const dates = `creating .zip functions on it ${reached(rt.blockCreate, now) ? 'since' : 'from'} ${rt.blockCreate ?? 'a date not yet scheduled'} and updating them ${reached(rt.blockUpdate, now) ? 'since' : 'from'} ${rt.blockUpdate ?? 'a date not yet scheduled'}`;
  return `Lambda ${past ? 'blocks' : 'will block'} ${dates} (an image function has no runtime setting, so these blocks do not stop its deploys).`;
}

export default defineRule({
  code: 'LL106',
  name: 'runtime-deprecated',
  severity: 'warning',
  since: '0.1.0',
  needs: { facts: ['lineage'], dockerfile: true },
  docs: {
    what: 'Checks the AWS base image the built stage runs on (public.ecr.aws/lambda/* or amazon/aws-lambda-*, followed through FROM <stage>) against the Lambda runtime deprecation calendar: a warning once the runtime is deprecated (it names the dates from which Lambda blocks creating and updating .zip functions on it), and an info when deprecation is less than six months away. Dates come from the runtime calendar below ("Runtime calendar"); the repository public.ecr.aws/lambda/go only ever shipped go1.x, so it is deprecated whatever its tag. Builder stages (COPY --from) are not checked: they do not decide the runtime.',
    why: 'A deprecated runtime gets no more security patches or runtime updates, and its AWS base image is no longer rebuilt: the function keeps running on whatever the image holds. Lambda\'s create and update blocks act on a function\'s Runtime setting, which only .zip functions have (the Lambda API rejects a Runtime for a container image function), so they do not stop an image\'s deploys; that is why this is a warning and not an error, and why nothing forces the move until something in the old image breaks. Moving from an Amazon Linux 2 runtime to an Amazon Linux 2023 one also changes yum to dnf, so the move is better planned than forced.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.9\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html (Runtime: "Specifying a runtime results in an error if you\'re deploying a function using a container image")',
    ],
    tables: [
      {
        title: 'Runtime calendar',
        intro: 'The Lambda runtimes this rule knows (src/knowledge/runtimes.ts), with the dates AWS publishes: deprecation, then the end of function creation, then the end of function updates. A dash: no date announced.',
        columns: ['runtime', 'OS', 'deprecation', 'block create', 'block update', 'source'],
        rows: () => RUNTIMES.map((r) => [r.id, r.os, r.deprecation ?? '-', r.blockCreate ?? '-', r.blockUpdate ?? '-', r.source]),
      },
    ],
  },
  messages: {
    deprecated: {
      text: 'Base image "{{image}}" runs {{runtime}}, deprecated since {{date}}: AWS no longer patches it, and its base image is no longer rebuilt. {{blockNote}}',
      severity: 'warning',
      fix: '{{suggestion}}',
    },
    olderThanListed: {
      text: 'Base image "{{image}}" runs {{runtime}}, which the Lambda runtime tables no longer list: it is older than {{listed}}, deprecated on {{date}}, so it is retired too and gets no patches.',
      severity: 'warning',
      fix: '{{suggestion}}',
    },
    deprecationSoon: {
      text: 'Base image "{{image}}" runs {{runtime}}, which Lambda deprecates on {{date}} (in {{days}} days): from then on AWS no longer patches it. {{blockNote}}',
      severity: 'info',
      fix: '{{suggestion}}',
    },
  },
  create(ctx) {
    return {
      end() {
        const target = ctx.target;
        if (!target) return;
        const lineage = ctx.facts.lineageOf(target);
        const bottom: Stage = lineage[lineage.length - 1];
        // FROM scratch + COPY --from=<stage> / /: the whole filesystem of that stage, flattened (its runtime too).
        const flat = flattenedFrom(bottom);
        const root: Stage = flat ? (ctx.facts.lineageOf(flat).at(-1) ?? bottom) : bottom;
        const kind = root.base.kind;
        if (kind.kind !== 'aws') return;
        const now = ctx.now;
        if (!kind.runtime) {
          // A version older than a deprecated listed one (python3.5, nodejs8.10) is retired by inference.
          const above = kind.runtimeId ? nextListedAbove(kind.family, kind.runtimeId) : undefined;
          if (!above || !reached(above.deprecation, now)) return;
          ctx.report({
            messageId: 'olderThanListed',
            data: { image: root.base.expanded.value, runtime: kind.runtimeId!, listed: above.id, date: above.deprecation!, suggestion: suggestion(root.base.ref, above, kind.family, now) },
            at: root.fromInstruction,
          });
          return;
        }
        const rt = kind.runtime;
        // Most runtimes are far from deprecation: the data (and the suggestion's search of the calendar) is made
        // only for a finding.
        const dep = date(rt.deprecation);
        const horizon = new Date(now.getTime());
        horizon.setUTCMonth(horizon.getUTCMonth() + 6);
        const soon = dep !== undefined && dep.getTime() <= horizon.getTime();
        if (!soon && !reached(rt.blockUpdate, now) && !reached(rt.blockCreate, now) && !reached(rt.deprecation, now)) return;
        const data = {
          image: root.base.expanded.value,
          runtime: rt.id,
          suggestion: suggestion(root.base.ref, rt, kind.family, now),
        };
        const at = root.fromInstruction;
        const blockNote = blockNoteOf(rt, now);
        if (reached(rt.deprecation, now)) {
          ctx.report({ messageId: 'deprecated', data: { ...data, date: rt.deprecation!, blockNote }, at });
          return;
        }
        if (soon) {
          const days = Math.ceil((dep!.getTime() - now.getTime()) / DAY);
          ctx.report({ messageId: 'deprecationSoon', data: { ...data, date: rt.deprecation!, days, blockNote }, at });
        }
      },
    };
  },
});

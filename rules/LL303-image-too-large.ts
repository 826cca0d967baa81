import { defineRule } from '../src/engine/rule-kit.js';
import { parseSize, SIZE_PATTERN } from '../src/core/sizes.js';
import { msRange, sizeRange } from '../src/core/ranges.js';
import type { Estimates, SizeContribution } from '../src/estimate/types.js';
import type { ImageModel } from '../src/image/types.js';
import { RUNTIME_START } from '../src/knowledge/cold-start.js';
import { IMAGE_MAX_BYTES } from '../src/knowledge/platforms.js';
import { PYTHON_HANDLER } from './doc-examples.js';
import { formatBytes } from '../src/core/bytes.js';

/** Estimated sizes read like the estimate block of the report (decimal units, `550–815 MB`). */
const range = (low: number, high: number) => sizeRange({ low, high });
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);

function shortCreatedBy(s: string | undefined): string {
  if (!s) return '';
  const t = s.replace(/\s+#\s*buildkit$/i, '').replace(/^\/bin\/(ba)?sh -c (#\(nop\)\s*)?/, '').replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

function largestLayers(image: ImageModel): string {
  return [...image.layers]
    .sort((a, b) => b.uncompressedSize - a.uncompressedSize)
    .slice(0, 3)
    .map((l) => `layer ${l.index + 1}${l.createdBy ? ` (${shortCreatedBy(l.createdBy)})` : ''} ${formatBytes(l.uncompressedSize)}`)
    .join(', ');
}

function largestPaths(image: ImageModel): string {
  return image.largest.slice(0, 3).map((p) => `${p.path} ${formatBytes(p.size)}`).join(', ') || 'none';
}

function biggest(contributions: SizeContribution[], n = 3): string {
  return [...contributions]
    .sort((a, b) => b.high - a.high)
    .slice(0, n)
    .filter((c) => c.high > 0)
    .map((c) => `${c.what} ${range(c.low, c.high)}`)
    .join('; ');
}

function coldStartText(e: Estimates): string {
  return `cold start (heuristic) p50 ${msRange(e.coldStart.p50)}, p99 ${msRange(e.coldStart.p99)}`;
}

export default defineRule({
  code: 'LL303',
  name: 'image-too-large',
  severity: 'error',
  since: '0.1.0',
  sameAs: [],
  needs: { facts: ['lineage', 'estimates'], dockerfile: true, context: true, history: false, image: {}, lambda: true },
  options: {
    'size-budget': {
      description: 'Image size budget, e.g. 1GB or 500MB; larger images get an image-too-large warning.',
      schema: { type: 'string', pattern: SIZE_PATTERN },
    },
  },
  docs: {
    what:
      'Checks the size of the function image against Lambda\'s limit of 10 GiB uncompressed (10 x 1024^3 bytes: the deploy error says "10 GiB"; the docs say "10 GB", so the larger reading is used and an error is never raised on an image Lambda may accept) and against the `size-budget` of the configuration (warning). On a built image the size is exact: the sum of the uncompressed layers, with the three largest layers and paths named. On a Dockerfile it is the size estimate (the base image, what package installs and Maven/Gradle builds add from the build context\'s requirements, lock files, pom.xml and build.gradle, what COPY brings) and only its low end counts, so an estimate reports only what is certainly too big. The Dockerfile check also gives advice (info) when, by the cold-start model, the image\'s own bytes or heavy imports rather than the runtime dominate cold start, and a multi-stage build or an AWS base image would cut those bytes; the cold-start figures are a heuristic, not a measurement. A Dockerfile that shows no sign of being a Lambda image (LL100) is not judged, unless the configuration says `lambda: true`.',
    why:
      'An image over the limit is accepted by ECR but the function never becomes active: it reaches the Failed state with `InvalidImage(SizeLimitExceeded: Uncompressed container image size exceeds 10 GiB limit)`. Below the limit, size still costs: every push and deployment moves the bytes, and the bytes that are not in an AWS base image (which Lambda caches in advance) are fetched on demand when new execution environments start, so the parts read at init add to cold starts. A budget keeps the image from growing unnoticed.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'torch\ntensorflow\ntransformers\n', ...PYTHON_HANDLER },
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'requests\n', ...PYTHON_HANDLER },
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-types',
      'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      'https://github.com/aws-samples/aws-genai-llm-chatbot/issues/59',
      'https://aws.amazon.com/blogs/compute/optimizing-lambda-functions-packaged-as-container-images/',
      'https://www.usenix.org/conference/atc23/presentation/brooker',
    ],
  },
  messages: {
    tooLarge: {
      evidence: 'image',
      text: 'The image is {{size}} uncompressed, over Lambda\'s limit of 10 GiB (10.7 GB): the function fails with InvalidImage(SizeLimitExceeded). Largest layers: {{layers}}; largest files: {{paths}}.',
      severity: 'error',
      fix: 'Cut {{over}} at least: use a multi-stage build that copies only runtime files, drop unused packages (CPU-only torch: --index-url https://download.pytorch.org/whl/cpu), and load models from S3 or EFS at init instead of baking them in.',
    },
    overBudget: {
      evidence: 'image',
      text: 'The image is {{size}} uncompressed, over the size budget of {{budget}} ({{over}} over). Largest layers: {{layers}}; largest files: {{paths}}; {{coldStart}}.',
      severity: 'warning',
      fix: 'Shrink the largest layers and files named above (multi-stage build, fewer dependencies, no caches), or raise size-budget in .lint-lambda-image.yaml if the growth is intended.',
    },
    estimateTooLarge: {
      text: 'The image this Dockerfile builds is estimated at {{size}} uncompressed, and even the low end is over Lambda\'s limit of 10 GiB (10.7 GB): the function would fail with InvalidImage(SizeLimitExceeded). Biggest: {{biggest}}.',
      severity: 'error',
      fix: 'Use a multi-stage build that copies only runtime files, drop unused packages (CPU-only torch: --index-url https://download.pytorch.org/whl/cpu), and load models from S3 or EFS at init instead of baking them in.',
    },
    estimateOverBudget: {
      text: 'The image this Dockerfile builds is estimated at {{size}} uncompressed, over the size budget of {{budget}} even at the low end. Biggest: {{biggest}}; {{coldStart}}.',
      severity: 'warning',
      fix: 'Shrink the biggest contributions named above, or raise size-budget in .lint-lambda-image.yaml if the growth is intended.',
    },
    ownBytesDominate: {
      text: 'By the cold-start model (a heuristic: p50 {{p50}}, p99 {{p99}}), the biggest driver is {{driver}} (~{{driverMs}}), not the runtime start-up (~{{runtimeMs}}); {{cut}} would cut {{stake}} (the image\'s own bytes, which Lambda does not pre-cache: {{own}}).',
      severity: 'info',
      fix: '{{how}}',
    },
  },
  create(ctx) {
    const budgetRaw = ctx.options['size-budget'] as string | undefined;
    const budget = budgetRaw ? parseSize(budgetRaw) : Number.NaN;
    const hasBudget = Number.isFinite(budget) && budget > 0;
    return {
      end() {
        // With the built image at hand, its exact size decides; the estimate is for a Dockerfile alone.
        if (ctx.image || !ctx.target) return;
        const est = ctx.facts.estimates;
        const { size } = est;
        const at = ctx.target.fromInstruction;
        const sizeText = `${range(size.low, size.high)}${size.unknown.length ? ` plus what could not be sized (${size.unknown.slice(0, 2).join('; ')}${size.unknown.length > 2 ? '; ...' : ''})` : ''}`;
        if (size.low > IMAGE_MAX_BYTES) {
          ctx.report({ messageId: 'estimateTooLarge', data: { size: sizeText, biggest: biggest(size.contributions) }, at });
        } else if (hasBudget && size.low > budget) {
          ctx.report({ messageId: 'estimateOverBudget', data: { size: sizeText, budget: budgetRaw!, biggest: biggest(size.contributions), coldStart: coldStartText(est) }, at });
        }
        ownBytesAdvice(est);
      },
      image(image) {
        const total = image.totals.uncompressed;
        const largest = [...image.layers].sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
        const common = { size: `${formatBytes(total)} (${total.toLocaleString('en-US')} bytes)`, layers: largestLayers(image), paths: largestPaths(image) };
        if (total > IMAGE_MAX_BYTES) {
          ctx.report({ messageId: 'tooLarge', data: { ...common, over: formatBytes(total - IMAGE_MAX_BYTES) }, source: 'image-layer', layer: largest?.index });
        } else if (hasBudget && total > budget) {
          const e = ctx.facts.estimates;
          ctx.report({ messageId: 'overBudget', data: { ...common, budget: budgetRaw!, over: formatBytes(total - budget), coldStart: coldStartText(e) }, source: 'image-layer', layer: largest?.index });
        }
      },
    };

    function ownBytesAdvice(est: Estimates): void {
      const { size, coldStart } = est;
      const target = ctx.target!;
      const top = coldStart.drivers[0];
      const runtime = RUNTIME_START[size.runtime];
      if (!top || top.name === runtime.label) return;
      const runtimeMs = Math.round((runtime.p50[0] + runtime.p50[1]) / 2);
      if (top.ms <= runtimeMs) return;
      const own = range(size.ownBytes.low, size.ownBytes.high);
      const cuts: { cut: string; stake: string; how: string }[] = [];
      // A base that is not an AWS base image: all its bytes are the image's own (Lambda pre-caches only AWS bases).
      const baseItem = size.base && !size.base.aws ? size.contributions.find((c) => c.kind === 'base-image') : undefined;
      if (baseItem && baseItem.high > 0 && size.runtime !== 'unknown') {
        cuts.push({
          cut: `an AWS base image instead of ${size.base!.image} (Lambda caches its layers)`,
          stake: range(baseItem.low, baseItem.high),
          how: `Start FROM the AWS base image for the runtime (public.ecr.aws/lambda/...), or a smaller base than ${size.base!.image}.`,
        });
      }
      // A single-stage build that installs packages: build-time files ship with the function.
      const lineage = ctx.facts.lineageOf(target);
      const copiesFromStages = lineage.some((s) => s.instructions.some((i) => i.copy?.fromStage));
      const installed = size.contributions.filter((c) => !c.base && c.line !== undefined && c.kind !== 'base-image' && c.kind !== 'copy');
      const installedHigh = installed.reduce((n, c) => n + c.high, 0);
      if (!copiesFromStages && installedHigh > 0) {
        cuts.push({
          cut: 'a multi-stage build that copies only runtime files into the final stage',
          stake: `part of the ${range(installed.reduce((n, c) => n + c.low, 0), installedHigh)} that package installs add`,
          how: 'Install and build in a builder stage and COPY --from=builder only what the function needs at run time (no compilers, caches, tests or docs); import heavy packages lazily.',
        });
      }
      if (cuts.length === 0) return;
      ctx.report({
        messageId: 'ownBytesDominate',
        data: {
          p50: msRange(coldStart.p50),
          p99: msRange(coldStart.p99),
          driver: top.name,
          driverMs: ms(top.ms),
          runtimeMs: ms(runtimeMs),
          cut: cuts.map((c) => c.cut).join(' or '),
          stake: cuts.map((c) => c.stake).join(' / '),
          own,
          how: cuts.map((c) => c.how).join(' '),
        },
        at: target.fromInstruction,
      });
    }
  },
});

/**
 * The cold-start model: runtime start-up by family + the image's own bytes (not pre-cached by Lambda)
 * + import cost of known heavy packages. A HEURISTIC; its parameters and their sources are in
 * src/knowledge/cold-start.ts.
 */
import {
  ARM64_PRICE_CUT, GENERIC_IMPORT, GENERIC_IMPORT_CAP, IMPORT_COST, PER_OWN_MB, RUNTIME_START, SNAPSTART_NOTE_AWS_BASE, SNAPSTART_NOTE_OTHER_BASE,
  type Ms, type StartFamily,
} from '../knowledge/cold-start.js';
import type { ColdStartDriver, ColdStartEstimate, Range, SizeEstimate } from './types.js';
import { formatBytes } from '../core/bytes.js';

export interface ColdStartInput {
  runtime: StartFamily;
  /** Bytes not in an AWS base image (range). */
  ownBytes: Range;
  /** Bytes of AWS base layers (pre-cached). */
  baseBytes: Range;
  /** Heavy package keys found. */
  packages: string[];
  /** Other top-level packages (generic import cost). */
  otherPackages: number;
  /** Biggest own contributions, to name in the advice. */
  biggestOwn?: { what: string; bytes: number }[];
  /** True when the base image is an AWS base image. */
  awsBase: boolean;
}

interface Term {
  name: string;
  p50: Ms;
  p99: Ms;
  cut: string;
}

const center = (r: Ms) => (r[0] + r[1]) / 2;

/** The report's byte formatter (src/core/bytes.ts), under the name the estimate code uses. */
export const formatMB = formatBytes;

const RUNTIME_CUT: Record<StartFamily, string> = {
  python: 'fixed cost of the Python runtime; only provisioned concurrency removes it',
  nodejs: 'fixed cost of the Node.js runtime; bundle and minify your code (esbuild) so less JavaScript is parsed; provisioned concurrency removes it',
  java: 'load fewer classes at init (no reflection-heavy frameworks), try JAVA_TOOL_OPTIONS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1", SnapStart (published versions; see the note) or provisioned concurrency',
  dotnet: 'ReadyToRun compilation (PublishReadyToRun=true) cuts JIT time; Native AOT on provided.al2023 cuts more; provisioned concurrency removes it',
  ruby: 'fixed cost of the Ruby runtime; require less at init; provisioned concurrency removes it',
  native: 'already minimal: native binaries start fast',
  unknown: 'use an AWS base image for a known runtime so the estimate (and Lambda\'s cache) can help',
};

/** Runs the model. */
export function estimateColdStart(input: ColdStartInput): ColdStartEstimate {
  const rt = RUNTIME_START[input.runtime];
  const terms: Term[] = [{ name: rt.label, p50: rt.p50, p99: rt.p99, cut: RUNTIME_CUT[input.runtime] }];

  const ownMBLow = input.ownBytes.low / 1e6;
  const ownMBHigh = input.ownBytes.high / 1e6;
  const ownMid = (input.ownBytes.low + input.ownBytes.high) / 2;
  const biggest = (input.biggestOwn ?? []).slice(0, 2).map((b) => `${b.what.replace(/ \(line \d+.*?\)$/, '')} ${formatMB(b.bytes)}`).join(', ');
  const ownCut = [
    input.awsBase ? undefined : 'start FROM an AWS base image (Lambda caches its layers, so they stop counting as your bytes)',
    'use a multi-stage build and copy only runtime files into the final stage (no compilers, caches, tests or docs)',
    biggest ? `shrink the biggest: ${biggest}` : undefined,
  ].filter(Boolean).join('; ');
  terms.push({
    name: `reading your own ${formatMB(ownMid)} of image (not in an AWS base image)`,
    p50: [ownMBLow * PER_OWN_MB.p50[0], ownMBHigh * PER_OWN_MB.p50[1]],
    p99: [ownMBLow * PER_OWN_MB.p99[0], ownMBHigh * PER_OWN_MB.p99[1]],
    cut: ownCut,
  });

  for (const key of input.packages) {
    const c = IMPORT_COST[key];
    if (!c) continue;
    const alt = key === 'torch' ? '; install the CPU-only wheel (--index-url https://download.pytorch.org/whl/cpu): Lambda has no GPU' : key === 'aws-sdk' ? '; move to AWS SDK v3 (@aws-sdk/client-*, already in the Node.js base image)' : key === 'pandas' ? '; or use a lighter library (polars, pyarrow compute) where it fits' : '';
    terms.push({ name: c.label, p50: c.p50, p99: c.p99, cut: `import it lazily, inside the code path that needs it, not at module load${alt}` });
  }
  const generic = Math.min(input.otherPackages, GENERIC_IMPORT_CAP);
  if (generic > 0) {
    terms.push({
      // "other": the packages without an import cost of their own in the table above.
      name: `loading ${generic} more package${generic === 1 ? '' : 's'}`,
      p50: [GENERIC_IMPORT.p50[0] * generic, GENERIC_IMPORT.p50[1] * generic],
      p99: [GENERIC_IMPORT.p99[0] * generic, GENERIC_IMPORT.p99[1] * generic],
      cut: input.runtime === 'nodejs' ? 'drop unused dependencies and bundle what is left (esbuild tree-shakes it); import lazily' : 'drop unused dependencies; import lazily, inside the code path that needs them',
    });
  }

  const total = (f: (t: Term) => Ms): Range => ({
    low: Math.round(terms.reduce((n, t) => n + f(t)[0], 0)),
    high: Math.round(terms.reduce((n, t) => n + f(t)[1], 0)),
  });
  const drivers: ColdStartDriver[] = terms
    .map((t) => ({ name: t.name, ms: Math.round(center(t.p50)), cut: t.cut }))
    .filter((d) => d.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);

  const notes = [
    'Heuristic estimate, not a measurement: the millisecond parameters are fitted to illustrative figures (see src/knowledge/cold-start.ts).',
    input.awsBase
      ? `AWS base layers (${formatMB((input.baseBytes.low + input.baseBytes.high) / 2)}) are cached by Lambda; your own ${formatMB(ownMid)} are fetched on demand and the parts read at init cost time.`
      : `This image is not built on an AWS base image, so all its ${formatMB(ownMid)} count as its own bytes: Lambda does not pre-cache them.`,
    `arm64 (Graviton) is ~${Math.round(ARM64_PRICE_CUT * 100)}% cheaper per GB-second: a cost saving, not a cold-start one.`,
  ];
  if (input.runtime === 'java') notes.push(input.awsBase ? SNAPSTART_NOTE_AWS_BASE : SNAPSTART_NOTE_OTHER_BASE);
  if (input.runtime === 'unknown') notes.push('The runtime was not recognised, so the runtime start-up range is wide.');
  return { p50: total((t) => t.p50), p99: total((t) => t.p99), drivers, model: 'heuristic', notes };
}

/** The cold-start input of a size estimate. */
export function coldStartInputOf(size: SizeEstimate): ColdStartInput {
  const own = size.contributions
    .filter((c) => !c.base && c.high > 0)
    .map((c) => ({ what: c.what, bytes: (c.low + c.high) / 2 }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    runtime: size.runtime,
    ownBytes: size.ownBytes,
    baseBytes: size.baseShare,
    packages: size.packages,
    otherPackages: size.otherPackages,
    biggestOwn: own,
    awsBase: size.base?.aws ?? false,
  };
}

export const pointOf = (r: Range): number => (r.low + r.high) / 2;

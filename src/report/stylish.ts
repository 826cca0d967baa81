/** The default, human format: grouped by file, `line:col`, coloured severity, code and name, fix and docs. */
import type { ChalkInstance } from 'chalk';
import { defuseWorkflowLine, mapStrings, safeText } from '../core/redact.js';
import { atLeast, type Severity, type Threshold } from '../core/types.js';
import { formatMB } from '../estimate/cold-start.js';
import { formatEstimateBlock, formatEstimateLine } from '../estimate/format.js';
import type { Counts, Report, TargetReport } from './types.js';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export interface StylishOptions {
  /** Show errors and the findings that fail the run (at or above each target's threshold); say what was hidden. */
  quiet?: boolean;
  /** The failure threshold of each target, parallel to report.targets (default error). */
  thresholds?: Threshold[];
  /** Estimates: the full block (default), one line per input, or none. */
  estimates?: 'full' | 'compact' | 'none';
  /**
   * What each string of the report goes through before it is printed (default safeText; the Linter passes inputLine,
   * which redacts and makes safe in the same walk).
   */
  text?: (s: string) => string;
}

export function formatStylish(input: Report, chalk: ChalkInstance, options: StylishOptions = {}): string {
  const estimates = options.quiet ? 'none' : (options.estimates ?? 'full');
  // A terminal or CI log: no text from input may break a line (a `::error::` workflow command after a
  // newline in a file name) or move the cursor; no line may start with `::`. Only the full estimate block prints
  // text of the estimates (the compact line prints figures and a count): otherwise they are not walked.
  const report = printedStrings(input, options.text ?? safeText, estimates === 'full');
  const out: string[] = [];
  const paint: Record<Severity, (s: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const hidden: Counts = { error: 0, warning: 0, info: 0 };
  const shown: Counts = { error: 0, warning: 0, info: 0 };
  report.targets.forEach((target, i) => {
    const threshold = options.thresholds?.[i] ?? 'error';
    const findings = options.quiet ? target.findings.filter((f) => f.severity === 'error' || atLeast(f.severity, threshold)) : target.findings;
    for (const f of target.findings) (findings.includes(f) ? shown : hidden)[f.severity]++;
    const est = target.estimates && estimates !== 'none' ? target.estimates : null;
    // A rule that could not judge the input (a fact without a source) is one dim line; --quiet leaves it out.
    const skipped = options.quiet ? [] : (target.skipped ?? []);
    if (findings.length === 0 && !est && skipped.length === 0) return;
    const fn = target.function;
    // A function of a deploy configuration: its template line, its id, and the Dockerfile that builds it.
    out.push(fn ? `${chalk.underline(`${fn.template.file}:${fn.template.line}`)} ${chalk.bold(fn.id)}${fn.dockerfile ? ` ${chalk.dim('→')} ${chalk.underline(fn.dockerfile)}` : ''}` : chalk.underline(target.file));
    if (findings.length === 0) out.push(`  ${chalk.green('no problems')}`);
    const posOf = (f: (typeof findings)[number]) => `${f.location.line}:${f.location.column}`;
    const posWidth = Math.max(...findings.map((f) => posOf(f).length));
    for (const f of findings) {
      const pos = posOf(f).padEnd(posWidth);
      const sev = paint[f.severity](LABEL[f.severity].padEnd(7));
      const where = f.source === 'dockerfile' ? '' : chalk.dim(` [${f.source}${f.layer !== undefined ? ` ${f.layer + 1}` : ''}]`);
      // A finding in another file than the target's (a template line) names that file after the rule, so the
      // position column stays as narrow as the other findings'.
      const inFile = f.location.file !== target.file ? chalk.dim(` in ${chalk.underline(f.location.file)}`) : '';
      out.push(`  ${chalk.dim(pos)}  ${sev}  ${chalk.bold(f.code)} ${chalk.dim(f.name)}${where}${inFile}`);
      const indent = ' '.repeat(2 + posWidth + 2);
      out.push(`${indent}${f.message}`);
      if (f.fix) out.push(`${indent}${chalk.green('fix:')} ${f.fix}`);
      out.push(`${indent}${chalk.dim(`docs: ${f.docsUrl}`)}`);
    }
    for (const s of skipped) out.push(`  ${chalk.dim(`skipped ${s.code} ${s.name}: ${s.reason}`)}`);
    if (target.image && estimates === 'full') out.push('', formatImageBlock(target.image, chalk));
    if (est && estimates === 'full') out.push('', formatEstimateBlock(est, chalk).replace(/\n+$/, ''));
    if (est && estimates === 'compact') out.push(formatEstimateLine(est, chalk));
    out.push('');
  });
  // What a deploy configuration holds that could not be checked: said once each, never counted as a problem.
  const unchecked = options.quiet ? [] : (report.unchecked ?? []);
  for (const u of unchecked) out.push(`${chalk.blue('ℹ')} ${chalk.underline(u.file)}: not checked: ${u.message}`);
  if (unchecked.length) out.push('');
  const c = shown;
  const total = c.error + c.warning + c.info;
  const parts = [`${c.error} error${c.error === 1 ? '' : 's'}`];
  if (!options.quiet || c.warning) parts.push(`${c.warning} warning${c.warning === 1 ? '' : 's'}`);
  if (!options.quiet || c.info) parts.push(`${c.info} info`);
  const inputs = inputsLinted(report.targets);
  const failedInputs = (report.errors.length ? `, ${report.errors.length} could not be read` : '') + (unchecked.length ? `; ${unchecked.length} note${unchecked.length === 1 ? '' : 's'} on what was not checked` : '');
  const hiddenParts = [hidden.warning ? `${hidden.warning} warning${hidden.warning === 1 ? '' : 's'}` : '', hidden.info ? `${hidden.info} info` : ''].filter(Boolean);
  const hiddenNote = hiddenParts.length ? `; ${hiddenParts.join(' and ')} hidden by --quiet` : '';
  const failed = report.errors.length;
  // An input that could not be read fails the run (exit code 2): never a green "No problems" above it.
  if (total === 0 && failed) out.push(`${chalk.red.bold('✖')} ${failed} input${failed === 1 ? '' : 's'} could not be read (${failed === 1 ? 'its error is' : 'their errors are'} on stderr); no ${hiddenNote ? 'errors' : 'problems'} in ${inputs.replace(/^(\d+) /, 'the $1 ')}${failedInputs.replace(/^, \d+ could not be read/, '')}${hiddenNote}.`);
  else if (total === 0) out.push(chalk.green(`✔ No ${hiddenNote ? 'errors' : 'problems'} (${inputs}${failedInputs}${hiddenNote}).`));
  else {
    const mark = c.error ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
    out.push(`${mark} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${inputs}${failedInputs}${hiddenNote}.`);
  }
  return `${out.join('\n').split('\n').map(defuseWorkflowLine).join('\n')}\n`;
}

/**
 * "3 inputs linted"; a function whose image is neither built here nor read (an ImageUri from a parameter, an image
 * in a registry) had its deploy settings linted only, and is counted apart so that "No problems" claims no more.
 */
function inputsLinted(targets: readonly TargetReport[]): string {
  const settingsOnly = targets.filter((t) => t.kind === 'function' && !t.function?.dockerfile).length;
  const full = targets.length - settingsOnly;
  const parts: string[] = [];
  if (full || !settingsOnly) parts.push(`${full} input${full === 1 ? '' : 's'} linted`);
  if (settingsOnly) parts.push(`${settingsOnly} function${settingsOnly === 1 ? '' : 's'} linted for deploy settings only`);
  return parts.join(', ');
}

/**
 * The report with `fn` applied to every string this format prints: a finding's code, name, message, fix, docs link,
 * source and file; each target's file, function, skipped rules and image facts; the estimates when their full block
 * is printed (the compact line prints figures and a count only); what was not checked. Strings it never prints (a
 * finding's related locations, messageId) are left as they are: walking the whole report cost a run over many
 * files more than the rest of this format.
 */
function printedStrings(input: Report, fn: (s: string) => string, estimatesText: boolean): Report {
  const memo = new Map<string, string>();
  const str = (s: string): string => {
    let r = memo.get(s);
    if (r === undefined) memo.set(s, (r = fn(s)));
    return r;
  };
  return {
    ...input,
    targets: input.targets.map((t) => ({
      ...t,
      file: str(t.file),
      ...(t.function ? { function: mapStrings(t.function, str) } : {}),
      findings: t.findings.map((f) => ({
        ...f,
        code: str(f.code),
        name: str(f.name),
        message: str(f.message),
        ...(f.fix !== undefined ? { fix: str(f.fix) } : {}),
        docsUrl: str(f.docsUrl),
        source: str(f.source) as typeof f.source,
        location: { ...f.location, file: str(f.location.file) },
      })),
      ...(t.skipped ? { skipped: mapStrings(t.skipped, str) } : {}),
      ...(t.image ? { image: mapStrings(t.image, str) } : {}),
      estimates: estimatesText && t.estimates ? mapStrings(t.estimates, str) : t.estimates,
    })),
    ...(input.unchecked ? { unchecked: mapStrings(input.unchecked, str) } : {}),
  };
}

/** One size format for the whole report (the estimate block uses it too). */
const mb = formatMB;

interface ImageFacts {
  warnings?: string[];
  format?: string;
  ref?: string | null;
  platform?: string;
  index?: { platforms: string[]; attestations: number } | null;
  compressedBytes?: number;
  uncompressedBytes?: number;
  wastedBytes?: number;
  files?: number;
  layers?: { index: number; compression: string; compressedBytes?: number; uncompressedBytes: number; createdBy: string | null }[];
  largest?: { path: string; bytes: number; layer: number }[];
}

/** Layers listed in full up to this many; beyond it, the largest ones (in layer order) and a "more" line. */
export const IMAGE_LAYERS_SHOWN = 8;
const LARGEST_SHOWN = 10;
const FORMAT_NAME: Record<string, string> = {
  'docker-archive': 'docker save archive',
  'docker-oci-archive': 'docker save archive (OCI layout)',
  'oci-archive': 'OCI archive',
  'oci-dir': 'OCI layout directory',
};

/** created_by as a reader knows it from a Dockerfile: no `/bin/sh -c`, `#(nop)`, BuildKit's `|N ARG=…` and `# buildkit`. */
function madeBy(createdBy: string | null): string {
  const what = (createdBy ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^RUN \|\d+(?: \S+=\S*)* /, 'RUN ')
    .replace(/^(RUN )?\/bin\/sh -c #\(nop\) +/, '')
    .replace(/^(RUN )?\/bin\/sh -c /, 'RUN ')
    .replace(/ # buildkit$/, '')
    .replace(/\b(file|dir|multi):([0-9a-f]{12})[0-9a-f]{20,}/g, '$1:$2…')
    .trim();
  if (!what) return '(no history)';
  return what.length > 72 ? `${what.slice(0, 71)}…` : what;
}

/**
 * Sizes, layers and the largest paths of an image target, readable without colour:
 *
 *   Image: my-fn:latest, docker save archive, linux/amd64
 *     48.2 MB uncompressed, 17.9 MB compressed, 14 layers, 1203 files
 *     1.2 MB deleted or overwritten by later layers (still shipped)
 *     Layers, bottom to top (the 8 largest of 14; gzip blobs):
 *       layer  0   41.0 MB  ADD file:… in /
 *       …
 *       6 smaller layers not shown (12.0 kB)
 *     Largest files:
 *        1.1 MB  /bin/[  (layer 0)
 */
export function formatImageBlock(image: Record<string, unknown>, chalk: ChalkInstance): string {
  const i = image as ImageFacts;
  const layers = i.layers ?? [];
  const what = [i.ref, FORMAT_NAME[i.format ?? ''] ?? i.format ?? 'image', i.platform || 'unknown platform'].filter(Boolean).join(', ');
  const lines = [`  ${chalk.bold('Image:')} ${what}`];
  if (i.index) {
    const att = i.index.attestations ? ` and ${i.index.attestations} attestation${i.index.attestations === 1 ? '' : 's'}` : '';
    lines.push(`    picked ${i.platform || 'one platform'} from an index of ${i.index.platforms.length} platform${i.index.platforms.length === 1 ? '' : 's'}${att} (${i.index.platforms.join(', ')})`);
  }
  const totals = [`${mb(i.uncompressedBytes ?? 0)} uncompressed`, `${mb(i.compressedBytes ?? 0)} compressed`, `${layers.length} layer${layers.length === 1 ? '' : 's'}`];
  if (i.files !== undefined) totals.push(`${i.files} file${i.files === 1 ? '' : 's'}`);
  lines.push(`    ${totals.join(', ')}`);
  if (i.wastedBytes) lines.push(`    ${chalk.yellow(mb(i.wastedBytes))} deleted or overwritten by later layers (still shipped)`);
  for (const w of i.warnings ?? []) lines.push(`    ${chalk.yellow('note:')} ${w}`);

  if (layers.length) {
    const compressions = new Set(layers.map((l) => l.compression));
    const mixed = compressions.size > 1;
    const shown =
      layers.length <= IMAGE_LAYERS_SHOWN
        ? layers
        : [...layers]
            .sort((a, b) => b.uncompressedBytes - a.uncompressedBytes || a.index - b.index)
            .slice(0, IMAGE_LAYERS_SHOWN)
            .sort((a, b) => a.index - b.index);
    const hidden = layers.filter((l) => !shown.includes(l));
    const only = [...compressions][0];
    const kind = mixed ? '' : `; ${only === 'none' ? 'stored uncompressed' : `${only} blobs`}`;
    lines.push(`    Layers, bottom to top (${hidden.length ? `the ${shown.length} largest of ${layers.length}` : 'sizes uncompressed'}${kind}):`);
    const idxWidth = String(layers[layers.length - 1].index + 1).length;
    const sizeWidth = Math.max(...shown.map((l) => mb(l.uncompressedBytes).length));
    for (const l of shown) {
      const comp = mixed ? `  ${l.compression.padEnd(4)}` : '';
      lines.push(`      layer ${String(l.index + 1).padStart(idxWidth)}  ${mb(l.uncompressedBytes).padStart(sizeWidth)}${comp}  ${chalk.dim(madeBy(l.createdBy))}`);
    }
    if (hidden.length) {
      const bytes = hidden.reduce((a, l) => a + l.uncompressedBytes, 0);
      lines.push(`      … ${hidden.length} smaller layer${hidden.length === 1 ? '' : 's'} not shown (${mb(bytes)} in all; --format json lists every layer)`);
    }
  }
  const largest = (i.largest ?? []).slice(0, LARGEST_SHOWN);
  if (largest.length) {
    lines.push('    Largest files:');
    const sizeWidth = Math.max(...largest.map((p) => mb(p.bytes).length));
    for (const p of largest) lines.push(`      ${mb(p.bytes).padStart(sizeWidth)}  ${p.path}  ${chalk.dim(`(layer ${p.layer + 1})`)}`);
  }
  return lines.join('\n');
}

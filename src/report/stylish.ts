/** The default, human format: grouped by file, `line:col`, coloured severity, code and name, fix and docs. */
import type { ChalkInstance } from 'chalk';
import type { Severity } from '../engine/types.js';
import { formatEstimateBlock } from '../estimate/format.js';
import { countFindings, type Report } from './types.js';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export function formatStylish(report: Report, chalk: ChalkInstance, options: { quiet?: boolean } = {}): string {
  const out: string[] = [];
  const paint: Record<Severity, (s: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  for (const target of report.targets) {
    const findings = options.quiet ? target.findings.filter((f) => f.severity === 'error') : target.findings;
    if (findings.length === 0 && (options.quiet || !target.estimates)) continue;
    out.push(chalk.underline(target.file));
    if (findings.length === 0) out.push(`  ${chalk.green('no problems')}`);
    const posWidth = Math.max(...findings.map((f) => `${f.location.line}:${f.location.column}`.length));
    for (const f of findings) {
      const pos = `${f.location.line}:${f.location.column}`.padEnd(posWidth);
      const sev = paint[f.severity](LABEL[f.severity].padEnd(7));
      const where = f.source === 'dockerfile' ? '' : chalk.dim(` [${f.source}${f.layer !== undefined ? ` ${f.layer}` : ''}]`);
      out.push(`  ${chalk.dim(pos)}  ${sev}  ${chalk.bold(f.code)} ${chalk.dim(f.name)}${where}`);
      const indent = ' '.repeat(2 + posWidth + 2);
      out.push(`${indent}${f.message}`);
      if (f.fix) out.push(`${indent}${chalk.green('fix:')} ${f.fix}`);
      out.push(`${indent}${chalk.dim(`docs: ${f.docsUrl}`)}`);
    }
    if (target.image && !options.quiet) out.push('', formatImageBlock(target.image, chalk));
    if (target.estimates && !options.quiet) out.push('', formatEstimateBlock(target.estimates, chalk).replace(/\n+$/, ''));
    out.push('');
  }
  const c = countFindings(report);
  const total = options.quiet ? c.error : c.error + c.warning + c.info;
  const parts = [`${c.error} error${c.error === 1 ? '' : 's'}`];
  if (!options.quiet) parts.push(`${c.warning} warning${c.warning === 1 ? '' : 's'}`, `${c.info} info`);
  const inputs = `${report.targets.length} input${report.targets.length === 1 ? '' : 's'} linted`;
  const failedInputs = report.errors.length ? `, ${report.errors.length} could not be read` : '';
  if (total === 0) out.push(chalk.green(`✔ No problems (${inputs}${failedInputs}).`));
  else {
    const mark = c.error ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
    out.push(`${mark} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${inputs}${failedInputs}.`);
  }
  return `${out.join('\n')}\n`;
}

function mb(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

interface ImageFacts {
  format?: string;
  platform?: string;
  compressedBytes?: number;
  uncompressedBytes?: number;
  wastedBytes?: number;
  layers?: { index: number; compression: string; uncompressedBytes: number; createdBy: string | null }[];
  largest?: { path: string; bytes: number; layer: number }[];
}

/** Sizes per layer and the largest paths of an image target. */
export function formatImageBlock(image: Record<string, unknown>, chalk: ChalkInstance): string {
  const i = image as ImageFacts;
  const layers = i.layers ?? [];
  const lines = [
    `  ${chalk.bold('Image')} (${i.format ?? 'image'}, ${i.platform || 'unknown platform'}): ${mb(i.uncompressedBytes ?? 0)} uncompressed, ${mb(i.compressedBytes ?? 0)} compressed, ${layers.length} layer${layers.length === 1 ? '' : 's'}, ${mb(i.wastedBytes ?? 0)} deleted or overwritten by later layers`,
  ];
  for (const l of layers) {
    const what = (l.createdBy ?? '').replace(/\s+/g, ' ').replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim();
    lines.push(chalk.dim(`    layer ${String(l.index).padStart(2)}  ${mb(l.uncompressedBytes).padStart(9)}  ${l.compression.padEnd(4)}  ${what.length > 70 ? `${what.slice(0, 67)}...` : what}`));
  }
  if (i.largest?.length) {
    lines.push('  Largest paths:');
    for (const p of i.largest.slice(0, 10)) lines.push(chalk.dim(`    ${mb(p.bytes).padStart(9)}  ${p.path} (layer ${p.layer})`));
  }
  return lines.join('\n');
}

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

/** Human output of the estimates: a stylish block per target and a GitHub job summary table. */
import type { ChalkInstance } from 'chalk';
import { formatMB, pointOf } from './cold-start.js';
import { formatMs as ms, msRange, sizeRange } from '../core/ranges.js';
import type { ReportEstimates } from './types.js';

export { msRange, sizeRange };

function why(e: ReportEstimates): string {
  const own = formatMB(pointOf(e.size.ownBytes));
  if (e.size.base?.aws && e.size.baseShare.high > 0) return `AWS base layers (${sizeRange(e.size.baseShare)}) are cached by Lambda; your own ${own} are fetched and read at init.`;
  return `Not built on an AWS base image: Lambda caches none of it, so all ${own} are your own bytes to fetch at init.`;
}

/** A short block for the stylish output, readable by someone new to Lambda. */
export function formatEstimateBlock(e: ReportEstimates, chalk: ChalkInstance): string {
  const s = e.size;
  const c = e.coldStart;
  const out: string[] = [];
  const kind = s.exact ? 'measured' : 'estimated';
  // Parts not sized (listed below) add to both figures: `0 B + unknown`, never a bare `0 B` that reads as an empty image.
  const plus = s.unknown.length ? ` ${chalk.yellow('+ unknown')}` : '';
  out.push(`  ${chalk.bold('Size')} (${kind}): ${sizeRange(s)}${plus}${s.compressed !== undefined ? chalk.dim(` (${formatMB(s.compressed)} compressed)`) : ''}  ${chalk.dim('own bytes')} ${sizeRange(s.ownBytes)}${plus}${s.base ? chalk.dim(`  base ${s.base.image}`) : ''}`);
  if (s.unknown.length) out.push(`  ${chalk.yellow('unknown:')} ${s.unknown.slice(0, 4).join('; ')}${s.unknown.length > 4 ? `; +${s.unknown.length - 4} more` : ''}`);
  if (!c) {
    // Not a Lambda image: a Lambda cold-start model says nothing about it.
    if (e.coldStartReason) out.push(`  ${chalk.dim(`No cold-start estimate: ${e.coldStartReason}`)}`);
    return `${out.join('\n')}\n`;
  }
  out.push(`  ${chalk.bold('Cold start')} ${chalk.dim('(heuristic)')}: p50 ${msRange(c.p50)}, p99 ${msRange(c.p99)}`);
  out.push(`  ${chalk.dim(why(e))}`);
  c.drivers.forEach((d, i) => {
    out.push(`  ${i + 1}. ${d.name} ${chalk.dim(`~${ms(d.ms)}`)}`);
    out.push(`     ${chalk.green('cut:')} ${d.cut}`);
  });
  out.push(`  ${chalk.dim('Heuristic model, not a measurement; arm64 is ~20% cheaper per GB-second (cost, not latency).')}`);
  return `${out.join('\n')}\n`;
}

/** One line per input, for runs over several inputs: `Estimate: 500–620 MB (own 1.6 KB), cold start p50 200–400 ms`. */
export function formatEstimateLine(e: ReportEstimates, chalk: ChalkInstance): string {
  const s = e.size;
  const unknown = s.unknown.length ? chalk.dim(`, ${s.unknown.length} part${s.unknown.length === 1 ? '' : 's'} not sized`) : '';
  const start = e.coldStart ? `, cold start p50 ${msRange(e.coldStart.p50)} ${chalk.dim('(heuristic)')}` : '';
  return `  ${chalk.bold('Estimate')}: ${sizeRange(s)} ${chalk.dim(`(own ${sizeRange(s.ownBytes)})`)}${start}${unknown}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The size alone, for an input judged not to be a Lambda image (no cold-start rows). */
function sizeMarkdown(e: ReportEstimates, title?: string): string {
  const s = e.size;
  const rows: [string, string][] = [[`Size (${s.exact ? 'measured' : 'estimated'})`, `${sizeRange(s)}${s.compressed !== undefined ? ` (${formatMB(s.compressed)} compressed)` : ''}`]];
  if (s.unknown.length) rows.push(['Not sized', s.unknown.join('; ')]);
  if (e.coldStartReason) rows.push(['Cold start', `not estimated: ${e.coldStartReason}`]);
  return [...(title ? [`### ${cell(title)}`, ''] : []), '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`), ''].join('\n');
}

/** A Markdown table for a GitHub job summary. */
export function estimateMarkdown(e: ReportEstimates, title?: string): string {
  const s = e.size;
  const c = e.coldStart;
  if (!c) return sizeMarkdown(e, title);
  const rows: [string, string][] = [
    [`Size (${s.exact ? 'measured' : 'estimated'})`, `${sizeRange(s)}${s.compressed !== undefined ? ` (${formatMB(s.compressed)} compressed)` : ''}`],
    ['AWS base layers (cached by Lambda)', sizeRange(s.baseShare)],
    ['Own bytes (fetched at init)', sizeRange(s.ownBytes)],
    ['Cold start p50 (heuristic)', msRange(c.p50)],
    ['Cold start p99 (heuristic)', msRange(c.p99)],
  ];
  if (s.unknown.length) rows.push(['Not sized', s.unknown.join('; ')]);
  const lines = [
    ...(title ? [`### ${cell(title)}`, ''] : []),
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`),
    '',
    '| Driver | ~p50 | What would cut it |',
    '|---|---|---|',
    ...c.drivers.map((d) => `| ${cell(d.name)} | ${ms(d.ms)} | ${cell(d.cut)} |`),
    '',
    `_${cell(why(e))} Heuristic model, not a measurement._`,
    '',
  ];
  return lines.join('\n');
}

/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
 * per finding (annotations on the pull request), then a plain summary line.
 * Escaping as @actions/core (toolkit packages/core/src/command.ts): data escapes %, CR, LF; property values
 * also escape ':' and ','.
 * GitHub shows at most 10 error and 10 warning annotations per step; all findings are printed anyway (the
 * rest stay visible in the log).
 */
import type { Severity } from '../core/types.js';
import { displayPath, pointsIntoText, relatedText } from './locate.js';
import { countFindings, type Report } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function formatGithub(report: Report, options: { cwd: string }): string {
  const out: string[] = [];
  for (const t of report.targets) {
    for (const f of t.findings) {
      const file = displayPath(f.location.file || t.file, options.cwd);
      const text = pointsIntoText(f, t);
      const props: Record<string, string | number | undefined> = { file, title: `${f.code} ${f.name}` };
      if (text) {
        props.line = f.location.line;
        props.endLine = f.location.endLine;
        // Columns only make sense within one line (GitHub ignores them otherwise).
        if (f.location.line === f.location.endLine) {
          props.col = f.location.column;
          props.endColumn = Math.max(f.location.column, f.location.endColumn - 1);
        }
      }
      const also = relatedText(f, options.cwd);
      const body = [f.message, f.fix ? `Fix: ${f.fix}` : undefined, also ? `See also: ${also}` : undefined, `Docs: ${f.docsUrl}`].filter(Boolean).join('\n');
      out.push(workflowCommand(COMMAND[f.severity], ordered(props), body));
    }
  }
  for (const e of report.errors) {
    out.push(workflowCommand('error', { file: displayPath(e.file, options.cwd), title: 'lint-lambda-image: input error' }, e.message));
  }
  const c = countFindings(report);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const unread = report.errors.length ? `, ${report.errors.length} could not be read` : '';
  out.push(`lint-lambda-image: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info in ${plural(report.targets.length, 'input')}${unread}.`);
  return `${out.join('\n')}\n`;
}

/** GitHub's documented property order: file, line, endLine, col, endColumn, title. */
function ordered(p: Record<string, string | number | undefined>): Record<string, string | number | undefined> {
  return { file: p.file, line: p.line, col: p.col, endLine: p.endLine, endColumn: p.endColumn, title: p.title };
}

/** Checkstyle XML (as hadolint, ShellCheck, Biome): read by Jenkins warnings-ng, reviewdog -f=checkstyle, etc. */
import type { Severity } from '../core/types.js';
import { displayPath, pointsIntoText, relatedText } from './locate.js';
import type { Report } from './types.js';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

/** Escapes text for an XML 1.0 attribute value; drops characters XML 1.0 cannot carry. */
export function xmlAttr(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export function formatCheckstyle(report: Report, options: { cwd: string }): string {
  const files = new Map<string, string[]>();
  const add = (file: string, line: string) => {
    const list = files.get(file) ?? [];
    list.push(line);
    files.set(file, list);
  };
  for (const t of report.targets) {
    const name = displayPath(t.file, options.cwd);
    if (!files.has(name)) files.set(name, []);
    for (const f of t.findings) {
      const also = relatedText(f, options.cwd);
      const text = `${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}${also ? ` See also: ${also}.` : ''}`;
      const pos = pointsIntoText(f, t) ? ` line="${f.location.line}" column="${f.location.column}"` : ' line="1"';
      add(displayPath(f.location.file || t.file, options.cwd), `    <error${pos} severity="${SEVERITY[f.severity]}" message="${xmlAttr(text)}" source="${xmlAttr(`lint-lambda-image.${f.code}.${f.name}`)}"/>`);
    }
  }
  for (const e of report.errors) add(displayPath(e.file, options.cwd), `    <error line="1" severity="error" message="${xmlAttr(e.message)}" source="lint-lambda-image.input-error"/>`);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const [file, errors] of files) {
    if (errors.length === 0) out.push(`  <file name="${xmlAttr(file)}"/>`);
    else out.push(`  <file name="${xmlAttr(file)}">`, ...errors, '  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
}

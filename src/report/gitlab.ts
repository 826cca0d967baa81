/**
 * GitLab Code Quality report (a subset of the Code Climate spec): a JSON array of
 * { description, check_name, fingerprint, severity, location: { path, lines: { begin } } }.
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import type { Severity } from '../core/types.js';
import { displayPath, fingerprints, pointsIntoText, relatedText, type SourceReader } from './locate.js';
import type { Report } from './types.js';

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** error = will break on Lambda -> critical; warning = costs or risk -> major; info = advice -> info. */
export const GITLAB_SEVERITY: Record<Severity, GitlabSeverity> = { error: 'critical', warning: 'major', info: 'info' };

export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number; end?: number } };
}

export function buildGitlab(report: Report, options: { cwd: string; read?: SourceReader }): GitlabIssue[] {
  const prints = fingerprints(report, options.cwd, options.read);
  const issues: GitlabIssue[] = [];
  for (const t of report.targets) {
    for (const f of t.findings) {
      const text = pointsIntoText(f, t);
      const also = relatedText(f, options.cwd);
      issues.push({
        description: `${f.code} ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}${also ? ` See also: ${also}.` : ''}`,
        check_name: `${f.code} ${f.name}`,
        // GitLab wants a unique string per issue; the occurrence suffix keeps it unique.
        fingerprint: prints.get(f)!.replace(':', '-'),
        severity: GITLAB_SEVERITY[f.severity],
        location: {
          path: displayPath(f.location.file || t.file, options.cwd),
          lines: text ? { begin: f.location.line, end: Math.max(f.location.line, f.location.endLine) } : { begin: 1 },
        },
      });
    }
  }
  return issues;
}

export function formatGitlab(report: Report, options: { cwd: string; read?: SourceReader }): string {
  return `${JSON.stringify(buildGitlab(report, options), null, 2)}\n`;
}

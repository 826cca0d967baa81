/**
 * Stylish and the estimates: only the full estimate block prints their text, so the compact line and `none` print
 * the same as when every string of the report went through safeText, and the report given is never changed.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/api.js';
import { mapStrings, redactDeep, safeText } from '../../src/core/redact.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { Report } from '../../src/report/types.js';

const NOW = new Date('2026-11-27');
const HOSTILE = 'evil\n::error::x\u001b[2J';

async function hostileReport(): Promise<Report> {
  const linter = new Linter({ now: NOW });
  const a = await linter.lintText('FROM python:3.12-slim\nRUN pip install boto3\nCMD ["app.handler"]\n', { filePath: 'a/Dockerfile', contextDir: null });
  const b = await linter.lintText('FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n', { filePath: 'b/Dock\nerfile', contextDir: null });
  for (const t of [a, b]) {
    t.estimates!.size.unknown.push(HOSTILE);
    t.estimates!.size.contributions[0].what = HOSTILE;
    if (t.findings[0]) t.findings[0].message += HOSTILE;
  }
  return { targets: [a, b], errors: [] };
}

describe('stylish and the estimates', () => {
  for (const mode of ['compact', 'none', 'full'] as const) {
    it(`${mode}: as if every string went through safeText first; no raw control character; the report is unchanged`, async () => {
      const report = await hostileReport();
      const before = JSON.stringify(report);
      const chalk = new Chalk({ level: 0 });
      const text = formatStylish(report, chalk, { estimates: mode });
      expect(text).toBe(formatStylish(mapStrings(report, safeText), chalk, { estimates: mode }));
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(text.split('\n').some((l) => l.startsWith('::'))).toBe(false);
      if (mode === 'compact') expect(text).toMatch(/Estimate: .*1 part not sized/);
      if (mode === 'full') expect(text).toContain('evil\\n::error::x\\x1b[2J');
      expect(JSON.stringify(report)).toBe(before);
    });
  }

  // The Linter's stylish walks the report once (redaction and safeText together) and leaves the estimates out of
  // the walk unless the full block prints them: the same text as redactDeep and then formatStylish.
  for (const [mode, quiet] of [['compact', false], ['none', false], ['full', false], ['full', true]] as const) {
    it(`loadFormatter('stylish'), ${mode}${quiet ? ' --quiet' : ''}: the text of redactDeep then formatStylish; the report is unchanged`, async () => {
      const report = await hostileReport();
      const secret = 'ghp_' + 'a'.repeat(36);
      for (const t of report.targets) {
        t.estimates!.size.unknown.push(`token ${secret}`);
        t.estimates!.size.contributions[0].what += ` ${secret}`;
        if (t.findings[0]) t.findings[0].message += ` TOKEN=${secret}`;
        // Every other string the format prints: a fix, the finding's file, a skipped rule's reason.
        if (t.findings[0]) t.findings[0].fix = `${t.findings[0].fix ?? ''} --token ${secret}${HOSTILE}`;
        if (t.findings[1]) t.findings[1].location.file = `dir${HOSTILE}/TOKEN=${secret}`;
        t.skipped = [{ code: 'LL303', name: 'image-too-large', reason: `no size: TOKEN=${secret}${HOSTILE}` }];
      }
      report.unchecked = [{ file: `serverless${HOSTILE}.yml`, message: `API_KEY=${secret}` }];
      const before = JSON.stringify(report);
      const linter = new Linter({ now: NOW });
      const text = linter.loadFormatter('stylish')(report, { estimates: mode, quiet });
      const thresholds = report.targets.map(() => 'error' as const);
      expect(text).toBe(formatStylish(redactDeep(report), new Chalk({ level: 0 }), { estimates: mode, quiet, thresholds }));
      expect(text).not.toContain(secret);
      if (mode === 'full' && !quiet) expect(text).toContain('ghp_…(40 chars)');
      expect(JSON.stringify(report)).toBe(before);
    });
  }
});

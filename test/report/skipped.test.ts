/**
 * A rule that could not judge an input (a fact it needs has no source: the history of a Dockerfile alone, an
 * estimate that cannot be made) is an outcome. The report carries it per target, and each format shows it as
 * it fits: json (target.skipped), sarif (a note in run.invocations' toolExecutionNotifications, naming the rule),
 * stylish (one dim line under the target, not with --quiet). github, gitlab and checkstyle carry findings only:
 * an annotation or an issue that says "not checked" would be noise where people read problems.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { Linter } from '../../src/api.js';
import { defineRule, type Rule } from '../../src/engine/rule-kit.js';
import { FORMATS } from '../../src/report/formats.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { Report } from '../../src/report/types.js';
import { reportErrors } from '../helpers/report-schema.js';
import { ctxFor, sarifSchemaErrors, scratchRepo } from './helpers.js';

/** A rule that reads the image history, so a Dockerfile alone skips it. */
const historyProbe = defineRule({
  code: 'LL992',
  name: 'history-probe',
  severity: 'warning',
  since: '0.1.0',
  docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
  messages: { seen: { text: 'seen', fix: 'none' } },
  needs: { dockerfile: true, facts: ['history'] },
  create: (ctx) => ({ end: () => void ctx.facts.history }),
}) as unknown as Rule;

const SKIP = { code: 'LL303', name: 'image-too-large', reason: 'the estimates could not be made (no base size known)' };
const report: Report = {
  targets: [
    { file: 'fn/Dockerfile', kind: 'dockerfile', findings: [], skipped: [SKIP], estimates: null },
    { file: 'other/Dockerfile', kind: 'dockerfile', findings: [], estimates: null },
  ],
  errors: [],
};

describe('skipped rules in reports', () => {
  it('the Linter puts them on the target; a target without skips has no member', async () => {
    const cwd = scratchRepo({ 'Dockerfile': 'FROM scratch\nCOPY app /\n', 'app': 'x' });
    const linter = new Linter({ cwd, rules: [historyProbe], config: {} });
    const target = await linter.lintText('FROM scratch\nCOPY app /\n', { filePath: 'Dockerfile' });
    expect(target.skipped).toEqual([{ code: 'LL992', name: 'history-probe', reason: 'the input is not an image' }]);
    const clean = await new Linter({ cwd, config: {} }).lintText('FROM scratch\nCOPY app /\n', { filePath: 'Dockerfile' });
    expect(clean).not.toHaveProperty('skipped');
  });

  it('json: target.skipped, valid against the schema; the schema rejects an empty list and a bad entry', () => {
    const json = JSON.parse(FORMATS.json(report, ctxFor('/tmp')));
    expect(json.targets[0].skipped).toEqual([SKIP]);
    expect(json.targets[1]).not.toHaveProperty('skipped');
    expect(reportErrors(json)).toEqual([]);
    json.targets[1].skipped = [];
    expect(reportErrors(json)).not.toEqual([]);
    json.targets[1].skipped = [{ code: 'LL303', name: 'image-too-large' }];
    expect(reportErrors(json)).not.toEqual([]);
  });

  it('sarif: a note per skipped rule in toolExecutionNotifications, with the rule and the file; the run still succeeded', () => {
    const log = JSON.parse(FORMATS.sarif(report, ctxFor('/tmp'))) as Sarif.Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const inv = log.runs[0].invocations![0];
    expect(inv.executionSuccessful).toBe(true);
    const rules = log.runs[0].tool.driver.rules!;
    expect(inv.toolExecutionNotifications).toEqual([
      {
        level: 'note',
        message: { text: 'fn/Dockerfile: rule LL303 (image-too-large) skipped: the estimates could not be made (no base size known)' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'fn/Dockerfile', uriBaseId: '%SRCROOT%' } } }],
        associatedRule: { id: 'LL303', index: rules.findIndex((r) => r.id === 'LL303') },
        properties: { skipped: true },
      },
    ]);
    expect(log.runs[0].results).toEqual([]);
    const none = JSON.parse(FORMATS.sarif({ ...report, targets: [report.targets[1]] }, ctxFor('/tmp'))) as Sarif.Log;
    expect(none.runs[0].invocations![0]).not.toHaveProperty('toolExecutionNotifications');
  });

  it('stylish: one dim line under the target (also a clean one); none with --quiet', () => {
    const text = formatStylish(report, new Chalk({ level: 0 }), { estimates: 'none' });
    expect(text).toBe('fn/Dockerfile\n  no problems\n  skipped LL303 image-too-large: the estimates could not be made (no base size known)\n\n✔ No problems (2 inputs linted).\n');
    const coloured = formatStylish(report, new Chalk({ level: 1 }), { estimates: 'none' });
    expect(coloured).toContain('\u001b[2mskipped LL303 image-too-large');
    expect(formatStylish(report, new Chalk({ level: 0 }), { quiet: true })).not.toContain('skipped');
  });

  it('github, gitlab and checkstyle: findings only, no entry for a skip', () => {
    const cwd = scratchRepo({ 'fn/Dockerfile': 'FROM scratch\n', 'other/Dockerfile': 'FROM scratch\n' });
    for (const name of ['github', 'gitlab', 'checkstyle']) {
      const text = FORMATS[name](report, ctxFor(cwd));
      expect(text, name).not.toMatch(/LL303|skipped/);
    }
  });
});

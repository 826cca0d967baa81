import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { run } from '../../src/cli/main.js';
import { RULES } from '../../src/linter/lint.js';
import type { Finding } from '../../src/core/types.js';
import { FORMATS } from '../../src/report/formats.js';
import { FINGERPRINT_KEY } from '../../src/report/locate.js';
import { buildSarif, firstSentence } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/types.js';
import { BAD, ctxFor, GOOD, lintFiles, REPO_ROOT, sarifSchemaErrors, scratchRepo } from './helpers.js';

function sarifOf(report: Report, cwd: string): Sarif.Log {
  const text = FORMATS.sarif(report, ctxFor(cwd));
  const log = JSON.parse(text) as Sarif.Log;
  expect(sarifSchemaErrors(log)).toEqual([]);
  return log;
}

describe('sarif format', () => {
  it('describes every rule the way GitHub code scanning reads it', async () => {
    const cwd = scratchRepo({ 'Dockerfile': GOOD, 'app.py': 'def handler(event, context):\n    return 1\n' });
    const log = sarifOf(await lintFiles(cwd, ['Dockerfile']), cwd);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('lint-lambda-image');
    expect(driver.version).toBe('0.1.0');
    expect(driver.semanticVersion).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.code));
    for (const [i, rule] of RULES.entries()) {
      const d = driver.rules![i];
      expect(d.name).toBe(rule.name);
      expect(d.shortDescription!.text).toBe(firstSentence(rule.docs.what));
      expect(rule.docs.what.startsWith(d.shortDescription!.text.replace(/…$/, ''))).toBe(true);
      expect(d.fullDescription!.text.length).toBeLessThanOrEqual(1024);
      expect(d.help!.text).toContain(rule.docs.why);
      expect(d.help!.markdown).toContain(`](${rule.docsUrl})`);
      expect(d.help!.markdown).toContain('### Use instead');
      expect(d.helpUri).toBe(rule.docsUrl);
      expect(d.defaultConfiguration!.level).toBe(rule.severity === 'info' ? 'note' : rule.severity);
      const tags = d.properties!.tags as string[];
      expect(tags[0]).toBe('lambda');
      if (rule.code.startsWith('LL2')) expect(tags).toContain('security');
      expect(['very-high', 'high', 'medium', 'low']).toContain(d.properties!.precision);
      if (rule.securitySeverity !== undefined) expect(d.properties!['security-severity']).toBe(rule.securitySeverity.toFixed(1));
      else expect(d.properties!['security-severity']).toBeUndefined();
    }
    const ll201 = driver.rules!.find((r) => r.id === 'LL201')!;
    expect(ll201.properties!['security-severity']).toBe('5.0');
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations![0].executionSuccessful).toBe(true);
  });

  it('reports results with repository-relative locations, regions, levels and fixes', async () => {
    const cwd = scratchRepo({ 'services/api/Dockerfile': BAD, 'services/api/app.py': 'x = 1\n' });
    const report = await lintFiles(cwd, ['services/api/Dockerfile']);
    const log = sarifOf(report, cwd);
    const run0 = log.runs[0];
    const results = run0.results!;
    expect(results.length).toBe(report.targets[0].findings.length);
    expect(results.length).toBeGreaterThanOrEqual(2);
    for (const [i, r] of results.entries()) {
      const f = report.targets[0].findings[i];
      expect(r.ruleId).toBe(f.code);
      expect(run0.tool.driver.rules![r.ruleIndex!].id).toBe(f.code);
      expect(r.level).toBe(f.severity === 'info' ? 'note' : f.severity);
      expect(r.message.text).toContain(f.message);
      if (f.fix) expect(r.message.text).toContain(f.fix);
      const loc = r.locations![0].physicalLocation!;
      expect(loc.artifactLocation).toEqual({ uri: 'services/api/Dockerfile', uriBaseId: '%SRCROOT%' });
      expect(loc.region!.startLine).toBe(f.location.line);
      expect(loc.region!.startColumn).toBe(f.location.column);
      expect(loc.region!.endLine).toBeGreaterThanOrEqual(loc.region!.startLine!);
      expect(loc.region!.endColumn).toBeGreaterThan(0);
      expect(r.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}:\d+$/);
      expect(r.partialFingerprints!.primaryLocationLineHash).toBeUndefined();
    }
    const from = results.find((r) => r.ruleId === 'LL201')!;
    expect(from.level).toBe('error');
    expect(from.locations![0].physicalLocation!.region).toMatchObject({ startLine: 1, startColumn: 1, endLine: 1 });
    const inv = run0.invocations![0];
    expect(inv.workingDirectory!.uri).toBe(`file://${cwd}/`);
    expect(run0.originalUriBaseIds!['%SRCROOT%'].uri).toBe(`file://${cwd}/`);
  });

  it('keeps fingerprints when lines move, and tells repeated findings apart', async () => {
    const twice = `FROM public.ecr.aws/lambda/python AS one\nRUN echo 1\nFROM public.ecr.aws/lambda/python\nCMD ["app.handler"]\n`;
    const shifted = `# a comment\n\nARG UNUSED=1\n${twice.replace('RUN echo 1\n', 'RUN echo 1\n\n\n')}`;
    const cwd = scratchRepo({ 'a/Dockerfile': twice });
    const cwd2 = scratchRepo({ 'a/Dockerfile': shifted });
    const prints = (log: Sarif.Log) => log.runs[0].results!.map((r) => `${r.ruleId} ${r.partialFingerprints![FINGERPRINT_KEY]}`);
    const lines = (log: Sarif.Log) => log.runs[0].results!.map((r) => r.locations![0].physicalLocation!.region!.startLine);
    const log1 = sarifOf(await lintFiles(cwd, ['a/Dockerfile']), cwd);
    const log2 = sarifOf(await lintFiles(cwd2, ['a/Dockerfile']), cwd2);
    expect(lines(log1)).not.toEqual(lines(log2));
    expect(prints(log2)).toEqual(prints(log1));
    const fps = log1.runs[0].results!.filter((r) => r.ruleId === 'LL201').map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(fps.length).toBe(2);
    expect(new Set(fps).size).toBe(2);
    // Another file with the same content is a different finding.
    const cwd3 = scratchRepo({ 'b/Dockerfile': twice });
    const log3 = sarifOf(await lintFiles(cwd3, ['b/Dockerfile']), cwd3);
    expect(prints(log3)).not.toEqual(prints(log1));
    // Changing the instruction changes identity.
    const cwd4 = scratchRepo({ 'a/Dockerfile': twice.replace('lambda/python AS one', 'lambda/nodejs AS one') });
    const log4 = sarifOf(await lintFiles(cwd4, ['a/Dockerfile']), cwd4);
    expect(prints(log4)[0]).not.toBe(prints(log1)[0]);
  });

  it('reports input errors as tool execution notifications', () => {
    const cwd = scratchRepo({});
    const log = sarifOf({ targets: [], errors: [{ file: join(cwd, 'missing/Dockerfile'), message: 'cannot read: ENOENT' }] }, cwd);
    const inv = log.runs[0].invocations![0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications![0].level).toBe('error');
    expect(inv.toolExecutionNotifications![0].message.text).toBe('missing/Dockerfile: cannot read: ENOENT');
    expect(inv.toolExecutionNotifications![0].locations![0].physicalLocation!.artifactLocation!.uri).toBe('missing/Dockerfile');
  });

  it('gives image findings the image path as artifact, and handles odd paths', () => {
    const cwd = scratchRepo({});
    const finding = (file: string, extra: Partial<Finding> = {}): Finding => ({
      code: 'LL399', name: 'some-image-rule', messageId: 'm', severity: 'info', message: 'Layer 3 adds 40 MB of caches.',
      location: { file, line: 1, column: 1, endLine: 1, endColumn: 1 }, source: 'image-layer', layer: 3, docsUrl: 'https://example.test/LL399.md', ...extra,
    });
    const image = join(cwd, 'build/my image#1.tar');
    const report: Report = {
      targets: [
        { file: image, kind: 'image', findings: [finding(image)], estimates: null },
        { file: '/elsewhere/Dockerfile', kind: 'dockerfile', findings: [finding('/elsewhere/Dockerfile', { source: 'dockerfile', line: 2, endLine: 2, column: 1, endColumn: 5 } as never)], estimates: null },
        { file: '-', kind: 'dockerfile', findings: [finding('-', { source: 'dockerfile' })], estimates: null },
      ],
      errors: [],
    };
    const log = sarifOf(report, cwd);
    const [img, outside, stdin] = log.runs[0].results!;
    expect(img.locations![0].physicalLocation).toEqual({ artifactLocation: { uri: 'build/my%20image%231.tar', uriBaseId: '%SRCROOT%' } });
    expect(img.properties).toMatchObject({ source: 'image-layer', layer: 3 });
    expect(img.level).toBe('note');
    expect(outside.locations![0].physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/Dockerfile' });
    expect(stdin.locations![0].physicalLocation!.artifactLocation!.uri).toBe('stdin');
    // An unregistered rule still gets a descriptor, and ruleIndex points at it.
    expect(log.runs[0].tool.driver.rules![img.ruleIndex!].id).toBe('LL399');
  });

  it('validates every SARIF the CLI writes on the fixtures, including failed inputs', async () => {
    const dir = join(REPO_ROOT, 'fixtures/dockerfiles');
    const fixtures = readdirSync(dir).map((d) => join(dir, d, 'Dockerfile')).filter((f) => existsSync(f));
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    const inputs = [...fixtures, join(REPO_ROOT, 'fixtures/dockerfiles/does-not-exist/Dockerfile')];
    let out = '';
    const code = await run(['-f', 'sarif', ...inputs], {
      stdout: (s) => (out += s), stderr: () => {}, readStdin: async () => Buffer.from(''), isTTY: false, env: {},
    });
    expect(code).toBe(2);
    const log = JSON.parse(out) as Sarif.Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const uris = new Set(log.runs[0].results!.map((r) => r.locations![0].physicalLocation!.artifactLocation!.uri));
    for (const u of uris) expect(u).toMatch(/^fixtures\/dockerfiles\/[a-z0-9-]+\/Dockerfile$/);
    expect(uris.size).toBeGreaterThan(0);
    expect(log.runs[0].invocations![0].toolExecutionNotifications!.length).toBe(1);
    // Stdin input validates too.
    let out2 = '';
    await run(['-f', 'sarif', '-'], { stdout: (s) => (out2 += s), stderr: () => {}, readStdin: async () => Buffer.from(readFileSync(fixtures[0])), isTTY: false, env: {} });
    expect(sarifSchemaErrors(JSON.parse(out2))).toEqual([]);
  });
});

describe('the schema oracle', () => {
  it('rejects an invalid log (so a pass means something)', () => {
    const errors = sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] });
    expect(errors.join('\n')).toMatch(/name/);
    expect(errors.join('\n')).toMatch(/allowed values/);
  });
});

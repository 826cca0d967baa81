import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { formatCheckstyle, xmlAttr } from '../../src/report/checkstyle.js';
import { FORMATS } from '../../src/report/formats.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { buildGitlab, GITLAB_SEVERITY } from '../../src/report/gitlab.js';
import type { Report } from '../../src/report/types.js';
import { BAD, ctxFor, lintFiles, scratchRepo } from './helpers.js';

const nasty = 'Value 100% wrong: a,b\r\nnext line <tag attr="x"> & \'q\' \u0001end';

function finding(file: string, extra: Partial<Finding> = {}): Finding {
  return {
    code: 'LL201', name: 'base-image-unpinned', messageId: 'latest', severity: 'error', message: nasty, fix: 'Pin it: a,b.',
    location: { file, line: 3, column: 5, endLine: 3, endColumn: 12 }, source: 'dockerfile', docsUrl: 'https://example.test/LL201.md', ...extra,
  };
}

function synthetic(cwd: string): Report {
  return {
    targets: [
      {
        file: `${cwd}/dir,with:odd/Dockerfile`, kind: 'dockerfile', estimates: null,
        findings: [
          finding(`${cwd}/dir,with:odd/Dockerfile`),
          finding(`${cwd}/dir,with:odd/Dockerfile`, { severity: 'warning', message: 'warn', fix: undefined, location: { file: `${cwd}/dir,with:odd/Dockerfile`, line: 5, column: 1, endLine: 7, endColumn: 3 } }),
          finding(`${cwd}/dir,with:odd/Dockerfile`, { severity: 'info', message: 'advice', code: 'LL301', name: 'some-advice' }),
        ],
      },
      { file: `${cwd}/app.tar`, kind: 'image', estimates: null, findings: [finding(`${cwd}/app.tar`, { source: 'image-config', severity: 'warning', message: 'image thing' })] },
    ],
    errors: [{ file: `${cwd}/missing/Dockerfile`, message: 'cannot read: no such file' }],
  };
}

describe('github format', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('prints one workflow command per finding and a summary line', () => {
    const cwd = '/repo';
    const lines = formatGithub(synthetic(cwd), { cwd }).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      '::error file=dir%2Cwith%3Aodd/Dockerfile,line=3,col=5,endLine=3,endColumn=11,title=LL201 base-image-unpinned::' +
        `Value 100%25 wrong: a,b%0D%0Anext line <tag attr="x"> & 'q' \u0001end%0AFix: Pin it: a,b.%0ADocs: https://example.test/LL201.md`,
    );
    // Multi-line spans carry no columns.
    expect(lines[1]).toMatch(/^::warning file=dir%2Cwith%3Aodd\/Dockerfile,line=5,endLine=7,title=LL201 base-image-unpinned::warn%0ADocs: /);
    expect(lines[2]).toMatch(/^::notice file=[^:]*,line=3,col=5,endLine=3,endColumn=11,title=LL301 some-advice::advice/);
    // Image findings: the image path, no line.
    expect(lines[3]).toMatch(/^::warning file=app.tar,title=LL201 base-image-unpinned::image thing/);
    expect(lines[4]).toBe('::error file=missing/Dockerfile,title=lint-lambda-image%3A input error::cannot read: no such file');
    expect(lines[5]).toBe('lint-lambda-image: 1 error, 2 warnings, 1 info in 2 inputs, 1 could not be read.');
    for (const l of lines.slice(0, 5)) expect(l).not.toMatch(/[\r\n]/);
  });

  it('works end to end on a real Dockerfile', async () => {
    const cwd = scratchRepo({ 'Dockerfile': BAD, 'app.py': 'def handler(event, context):\n    return 1\n' });
    const out = FORMATS.github(await lintFiles(cwd, ['Dockerfile']), ctxFor(cwd));
    expect(out).toMatch(/^::error file=Dockerfile,line=1,col=1,endLine=1,endColumn=\d+,title=LL201 base-image-unpinned::Base image/m);
    expect(out).toMatch(/^lint-lambda-image: 2 errors, 0 warnings, 0 info in 1 input\.$/m);
  });
});

describe('checkstyle format', () => {
  it('escapes attribute values and drops characters XML cannot carry', () => {
    expect(xmlAttr(nasty)).toBe('Value 100% wrong: a,b&#13;&#10;next line &lt;tag attr=&quot;x&quot;&gt; &amp; &apos;q&apos; end');
  });

  it('groups findings by file, with input errors', () => {
    const cwd = '/repo';
    const xml = formatCheckstyle(synthetic(cwd), { cwd });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n')).toBe(true);
    expect(xml).toContain('<file name="dir,with:odd/Dockerfile">');
    expect(xml).toContain('<error line="3" column="5" severity="error" message="Value 100% wrong: a,b&#13;&#10;next line &lt;tag attr=&quot;x&quot;&gt; &amp; &apos;q&apos; end Fix: Pin it: a,b." source="lint-lambda-image.LL201.base-image-unpinned"/>');
    expect(xml).toContain('severity="info"');
    expect(xml).toContain('<file name="app.tar">\n    <error line="1" severity="warning" message="image thing Fix: Pin it: a,b."');
    expect(xml).toContain('<file name="missing/Dockerfile">\n    <error line="1" severity="error" message="cannot read: no such file" source="lint-lambda-image.input-error"/>');
    expect(xml.trimEnd().endsWith('</checkstyle>')).toBe(true);
    // Well-formed enough: every attribute value is free of raw <, & and quotes.
    for (const m of xml.matchAll(/="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<"]|&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    expect(xml).not.toContain('\u0001');
  });

  it('lists clean files too', async () => {
    const cwd = scratchRepo({ 'Dockerfile': 'FROM scratch\n' });
    const xml = FORMATS.checkstyle(await lintFiles(cwd, ['Dockerfile']), ctxFor(cwd));
    expect(xml).toContain('<file name="Dockerfile"');
  });
});

describe('gitlab format', () => {
  it('writes Code Quality issues with severities, paths, lines and unique fingerprints', () => {
    const cwd = '/repo';
    const issues = buildGitlab(synthetic(cwd), { cwd, read: () => 'FROM a\nFROM b\nFROM c\n' });
    expect(issues).toHaveLength(4);
    expect(issues[0]).toEqual({
      description: `LL201 ${nasty} Fix: Pin it: a,b.`,
      check_name: 'LL201 base-image-unpinned',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}-\d+$/),
      severity: 'critical',
      location: { path: 'dir,with:odd/Dockerfile', lines: { begin: 3, end: 3 } },
    });
    expect(issues.map((i) => i.severity)).toEqual(['critical', 'major', 'info', 'major']);
    expect(issues[1].location.lines).toEqual({ begin: 5, end: 7 });
    expect(issues[3].location).toEqual({ path: 'app.tar', lines: { begin: 1 } });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(4);
    expect(Object.values(GITLAB_SEVERITY).every((s) => ['info', 'minor', 'major', 'critical', 'blocker'].includes(s))).toBe(true);
  });

  it('is valid JSON end to end and keeps fingerprints when lines move', async () => {
    const app = 'def handler(event, context):\n    return 1\n';
    const a = scratchRepo({ 'Dockerfile': BAD, 'app.py': app });
    const b = scratchRepo({ 'Dockerfile': `\n\n# moved\n${BAD}`, 'app.py': app });
    const fa = JSON.parse(FORMATS.gitlab(await lintFiles(a, ['Dockerfile']), ctxFor(a)));
    const fb = JSON.parse(FORMATS.gitlab(await lintFiles(b, ['Dockerfile']), ctxFor(b)));
    expect(fa.length).toBe(2);
    expect(fb.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(fa.map((i: { fingerprint: string }) => i.fingerprint));
    expect(fb[0].location.lines.begin).toBe(fa[0].location.lines.begin + 3);
  });
});

describe('one location in every format', () => {
  it('LL306 (build-context evidence) points at the COPY line in json, sarif, github, checkstyle and gitlab', async () => {
    const cwd = scratchRepo({
      'Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR ${LAMBDA_TASK_ROOT}\nCOPY . .\nCMD ["app.handler"]\n',
      'app.py': 'def handler(e, c):\n    return 1\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
    });
    const report = await lintFiles(cwd, ['Dockerfile']);
    const f = report.targets[0].findings.find((x) => x.code === 'LL306')!;
    expect(f.location).toMatchObject({ line: 3, column: 1 });
    const ctx = ctxFor(cwd);
    const sarif = JSON.parse(FORMATS.sarif(report, ctx));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'LL306');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 1 });
    const github = FORMATS.github(report, ctx).split('\n').find((l) => l.includes('LL306'))!;
    expect(github).toMatch(/file=Dockerfile,line=3,col=1,endLine=3,/);
    expect(FORMATS.checkstyle(report, ctx)).toMatch(/<error line="3" column="1" [^>]*LL306/);
    const gitlab = JSON.parse(FORMATS.gitlab(report, ctx)).find((i: { check_name: string }) => i.check_name.startsWith('LL306'));
    expect(gitlab.location.lines.begin).toBe(3);
  });
});

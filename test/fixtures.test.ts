/**
 * Snapshot tests of the CLI (in-process: src/cli/main.ts `run`) on every realistic Dockerfile in
 * fixtures/dockerfiles/<name>/, and the built CLI giving the same output, byte for byte, on two of them.
 * The snapshots (test/__snapshots__/<name>.json and .txt) are read and judged against
 * fixtures/dockerfiles/README.md, which says what each fixture should and should not report.
 * Regenerate with `npx vitest run test/fixtures.test.ts -u` after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, assertBuilt, cli as built, cliInProcess as cli, ROOT } from './helpers/cli.js';
import { reportErrors } from './helpers/report-schema.js';

const NOW = '2026-11-27';
const FIXTURES = join(ROOT, 'fixtures', 'dockerfiles');
const names = readdirSync(FIXTURES)
  .filter((n) => statSync(join(FIXTURES, n)).isDirectory() && existsSync(join(FIXTURES, n, 'Dockerfile')))
  .sort();

beforeAll(() => assertBuilt());

describe('fixtures/dockerfiles', () => {
  it('holds the fixtures the issue asks for, each described in README.md', () => {
    for (const n of ['python', 'node', 'java', 'dotnet', 'go', 'rust', 'ruby', 'custom-ric', 'web-adapter', 'ml', 'headless-browser', 'python-needs-work']) {
      expect(names).toContain(n);
    }
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    for (const n of names) expect(readme, `README.md describes ${n}`).toContain(`## ${n}`);
  });
});

describe.each(names)('fixture %s', (name) => {
  // Relative to the repository root, so snapshots do not depend on where the clone lives.
  const file = `fixtures/dockerfiles/${name}/Dockerfile`;

  it('json output matches the snapshot and the report schema', async () => {
    const r = await cli(['--format', 'json', '--now', NOW, file]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(reportErrors(report)).toEqual([]);
    expect(report.targets).toHaveLength(1);
    expect(report.targets[0].file).toBe(file);
    // Exit code follows the default threshold (error).
    expect(r.status).toBe(report.summary.errors > 0 ? 1 : 0);
    // Every finding carries a fix and a docs link.
    for (const f of report.targets[0].findings) {
      expect(f.fix, `${f.code} ${f.messageId} has a fix`).toBeTruthy();
      expect(f.docsUrl).toMatch(new RegExp(`/docs/rules/${f.code}\\.md$`));
    }
    // The tool version is not part of what we judge.
    report.tool.version = '<version>';
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/${name}.json`);
  });

  it('stylish output (no colour) matches the snapshot', async () => {
    const r = await cli(['--format', 'stylish', '--no-color', '--now', NOW, file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(ANSI);
    // Exit 1 exactly when the summary counts errors (the default threshold).
    expect(r.status).toBe(/\((?!0 errors)\d+ errors?,/.test(r.stdout) ? 1 : 0);
    await expect(r.stdout).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
  });
});

describe('the built CLI', () => {
  for (const name of ['python', 'python-needs-work']) {
    it(`gives the in-process output on fixture ${name} (json and stylish: stdout, stderr, exit code)`, async () => {
      const file = `fixtures/dockerfiles/${name}/Dockerfile`;
      for (const format of [['--format', 'json'], ['--format', 'stylish', '--no-color']]) {
        const args = [...format, '--now', NOW, file];
        expect(built(args)).toEqual(await cli(args));
      }
    });
  }
});

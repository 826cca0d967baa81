/**
 * Generated files are current, and rule metadata keeps the house rules: file names, codes, names,
 * fixes on every message, severities, and doc examples that fire (bad) or stay quiet (good) with
 * only that rule enabled and the example's context files as the build context.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { generate } from '../scripts/gen-docs.js';
import { initShell } from '../src/dockerfile/shell.js';
import { SEVERITY_RANK, type Severity } from '../src/core/types.js';
import { lintCase } from './kit.js';
import { ROOT } from './helpers/cli.js';

const RULE_FILE = /^LL\d{3}-[a-z0-9-]+\.ts$/;

describe('generated files are current (npm run gen)', () => {
  const generated = generate(ROOT);
  it('generates a doc per rule, the README table and the config schema', () => {
    for (const r of rules) expect([...generated.keys()]).toContain(`docs/rules/${r.code}.md`);
    expect([...generated.keys()]).toContain('README.md');
    expect([...generated.keys()]).toContain('schema/config.schema.json');
  });
  for (const [rel, content] of generated) {
    it(rel, () => {
      const path = join(ROOT, rel);
      expect(existsSync(path), `${rel} exists (run npm run gen)`).toBe(true);
      expect(readFileSync(path, 'utf8') === content, `${rel} is out of date: run npm run gen`).toBe(true);
    });
  }
  it('docs/rules holds no page for a rule that does not exist', () => {
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    expect(pages.sort()).toEqual(rules.map((r) => `${r.code}.md`).sort());
  });
});

describe('rule registry', () => {
  const files = readdirSync(join(ROOT, 'rules')).filter((f) => RULE_FILE.test(f));
  it('rules/index.ts registers every rule file, once', () => {
    expect(rules.map((r) => `${r.code}-${r.name}.ts`).sort()).toEqual([...files].sort());
  });
  it('codes and names are unique', () => {
    const codes = rules.map((r) => r.code);
    const names = rules.map((r) => r.name);
    expect(new Set(codes).size, codes.join(' ')).toBe(codes.length);
    expect(new Set(names).size, names.join(' ')).toBe(names.length);
  });
});

describe.each(rules.map((r) => [`${r.code} ${r.name}`, r] as const))('%s', (_title, rule) => {
  let root = '';
  beforeAll(async () => {
    await initShell();
    root = mkdtempSync(join(tmpdir(), `lli-docs-${rule.code}-`));
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('lives in rules/<code>-<name>.ts', () => {
    expect(existsSync(join(ROOT, 'rules', `${rule.code}-${rule.name}.ts`))).toBe(true);
  });
  it('has a kebab-case name describing the problem', () => {
    expect(rule.code).toMatch(/^LL\d{3}$/);
    expect(rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.name).not.toMatch(/^(use|avoid|prefer)-/);
  });
  it('gives every message a fix', () => {
    const messages = Object.entries(rule.messages) as [string, { text: string; fix?: string; severity?: Severity }][];
    expect(messages.length).toBeGreaterThan(0);
    for (const [id, m] of messages) {
      expect(m.text.trim(), `${id} text`).not.toBe('');
      expect(m.fix?.trim() ?? '', `${id} has a fix`).not.toBe('');
    }
  });
  it('declares its highest message severity as the rule severity', () => {
    const used = (Object.values(rule.messages) as { severity?: Severity }[]).map((m) => m.severity ?? rule.severity);
    const highest = used.reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a));
    expect(rule.severity).toBe(highest);
  });
  it('documents what, why and references', () => {
    expect(rule.docs.what.trim()).not.toBe('');
    expect(rule.docs.why.trim()).not.toBe('');
    expect(rule.docs.references.length).toBeGreaterThan(0);
    for (const ref of rule.docs.references) expect(ref).toMatch(/^https:\/\//);
  });
  it('docs.bad makes the rule fire', () => {
    const findings = lintCase(rule, { name: 'bad', ...rule.docs.bad }, root);
    expect(findings.length, 'findings of the bad example').toBeGreaterThan(0);
  });
  it('docs.good keeps the rule quiet', () => {
    const findings = lintCase(rule, { name: 'good', ...rule.docs.good }, root);
    expect(findings.map((f) => `${f.messageId}@${f.location.line}: ${f.message}`)).toEqual([]);
  });
});

describe('rule summaries (README table, --list-rules)', () => {
  it('the first sentence keeps code spans and ellipses whole', async () => {
    const { firstSentence } = await import('../src/cli/explain.js');
    expect(firstSentence('Finds `curl ... | sh` pipes. More.')).toBe('Finds `curl ... | sh` pipes.');
    expect(firstSentence('A check, e.g. this one. More.')).toBe('A check, e.g. this one.');
    expect(firstSentence('No end')).toBe('No end');
    for (const r of rules) expect((firstSentence(r.docs.what).match(/`/g) ?? []).length % 2, r.code).toBe(0);
  });

  it("LL203's description is whole in the README table and in --list-rules", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((l) => l.startsWith('| [LL203]'))!;
    expect(row).toContain('(`curl ... \\| sh`, `\\| sudo bash`');
    expect(row).toMatch(/heredoc scripts\. \|$/);
    // Cells split only on unescaped pipes: 4 cells.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/lint-lambda-image.js'), '--list-rules', '--no-color'], { env: { ...process.env, VITEST: '' }, encoding: 'utf8' });
    const line = r.stdout.split('\n').find((l) => l.startsWith('LL203'))!;
    expect(line).toContain('(`curl ... | sh`,');
    expect(line).toMatch(/heredoc scripts\.$/);
  });
});

describe('rule docs render the knowledge tables they list (no prose copies that drift)', () => {
  const generated = generate(ROOT);
  const page = (code: string) => generated.get(`docs/rules/${code}.md`) ?? '';
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  it('LL202 lists every token kind, values and file contents alike', async () => {
    const { TOKEN_PATTERNS } = await import('../src/knowledge/secrets.js');
    const { CONTENT_PATTERNS } = await import('../src/knowledge/secret-scan.js');
    const doc = page('LL202');
    expect(doc).toContain('## Token kinds');
    for (const p of [...TOKEN_PATTERNS, ...CONTENT_PATTERNS]) expect(doc, p.kind).toContain(`\n| ${p.kind} | `);
  });
  it('LL106 lists every runtime of the calendar with its dates', async () => {
    const { RUNTIMES } = await import('../src/knowledge/runtimes.js');
    const doc = page('LL106');
    for (const r of RUNTIMES) expect(doc, r.id).toContain(row([r.id, r.os, r.deprecation ?? '-', r.blockCreate ?? '-', r.blockUpdate ?? '-']));
  });
  it('LL301 lists every package cache with its folders', async () => {
    const { CACHES } = await import('../src/knowledge/caches.js');
    const doc = page('LL301');
    for (const c of CACHES) expect(doc, c.label).toContain(row([c.label, c.managers.join(', '), c.paths.join(', ')]));
  });
  it('LL110 lists every variable Lambda reserves', async () => {
    const { RESERVED_ENV } = await import('../src/knowledge/reserved-env.js');
    const doc = page('LL110');
    for (const e of RESERVED_ENV) expect(doc, e.name).toContain(`\n| ${e.name} | `);
  });
  it('LL101 lists every runtime interface client', async () => {
    const { RICS } = await import('../src/knowledge/ric.js');
    const doc = page('LL101');
    for (const r of RICS) expect(doc, r.label).toContain(`\n| ${r.label} | `);
  });
  it('LL305 lists every build-tool package, group, download and image path group', async () => {
    const k = await import('../src/knowledge/build-tools.js');
    const doc = page('LL305');
    expect(doc).toContain('## Build tools');
    for (const name of [...k.BUILD_TOOL_PACKAGES, ...k.BUILD_TOOL_GROUPS]) expect(doc, name).toContain(name);
    for (const t of k.TOOLCHAIN_DOWNLOADS) expect(doc, t.label).toContain(`| download: ${t.label} | ${t.paths.join(', ')} |`);
    for (const f of k.BUILD_TOOL_FILES) expect(doc, f.label).toContain(`| image paths: ${f.label} | `);
  });
  it('LL306 lists every context entry a .dockerignore should keep out', async () => {
    const { CONTEXT_EXCLUDES } = await import('../src/knowledge/context-excludes.js');
    const doc = page('LL306');
    for (const e of CONTEXT_EXCLUDES) expect(doc, e.name).toContain(`\n| ${e.name} | `);
  });
  it('LL302 lists every manager with its manifests and prefetch command, and what is not code', async () => {
    const k = await import('../src/knowledge/dependency-manifests.js');
    const doc = page('LL302');
    for (const [manager, e] of Object.entries(k.ECOSYSTEMS)) expect(doc, manager).toContain(row([manager, e!.manifests, e!.prefetch]));
    for (const name of [...k.MANIFEST_EXAMPLES, ...k.DEPENDENCY_DIRS, ...k.ARTIFACT_EXTENSIONS]) expect(doc, name).toContain(name);
  });
  it('LL202 lists every secret-file kind with its name pattern', async () => {
    const { SECRET_FILES } = await import('../src/knowledge/secrets.js');
    const doc = page('LL202');
    expect(doc).toContain('## Secret files');
    for (const f of SECRET_FILES) expect(doc, f.match.source).toContain(`| ${f.kind} | \`${f.match.source.replace(/\|/g, '\\|')}\` | `);
  });
  it('a table section is rendered from the rows of its rule metadata', () => {
    for (const rule of rules) {
      for (const t of rule.docs.tables ?? []) {
        const doc = page(rule.code);
        expect(doc, `${rule.code} ${t.title}`).toContain(`## ${t.title}`);
        expect(t.rows().length, `${rule.code} ${t.title} has rows`).toBeGreaterThan(0);
        for (const r of t.rows()) expect(r.length, `${rule.code} ${t.title}: one cell per column`).toBe(t.columns.length);
      }
    }
  });
});

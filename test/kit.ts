/**
 * The rule tester: a valid/invalid table per rule, run through the production runner with a real
 * build context on disk. It checks the table itself too (ESLint's RuleTester): at least six cases of
 * each kind, unique names, and every message of the rule exercised. A rule that reads a source its `needs`
 * does not name (ctx.context, ctx.image, a fact) fails the case, and so does a skip the case does not expect.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initShell } from '../src/dockerfile/shell.js';
import type { Config } from '../src/engine/config.js';
import type { Rule } from '../src/engine/rule-kit.js';
import { lintDockerfileSync } from '../src/linter/lint.js';
import type { Finding, Severity } from '../src/core/types.js';
import { readTemplate } from '../src/deploy/index.js';
import { factsOf } from '../src/deploy/lint.js';
import type { FunctionFacts } from '../src/deploy/types.js';

export interface Case {
  name: string;
  dockerfile: string;
  /** Files of the build context; the context is absent (unreadable) when omitted. */
  context?: Record<string, string>;
  buildArgs?: Record<string, string>;
  target?: string;
  config?: Config;
  now?: string;
  /** The deploy configuration's function that builds this Dockerfile (see also a `template.yaml` context file). */
  deploy?: FunctionFacts;
  /** The rule is expected to be skipped (a fact it needs has no source here), with a reason matching this. */
  skipped?: RegExp;
}

export interface InvalidCase extends Case {
  errors: { messageId: string; line?: number; severity?: Severity; message?: RegExp; fix?: RegExp }[];
}

export const NOW = '2026-11-27';

export function lintCase(rule: Rule, c: Case, root?: string): Finding[] {
  let contextDir: string | null = null;
  if (c.context && root) {
    contextDir = join(root, c.name.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(contextDir, { recursive: true });
    for (const [rel, body] of Object.entries(c.context)) {
      const path = join(contextDir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body);
    }
  }
  const file = contextDir ? join(contextDir, 'Dockerfile') : 'Dockerfile';
  if (contextDir) writeFileSync(file, c.dockerfile);
  // A template.yaml in the context is a deploy configuration: its first function's settings apply (rule docs use it).
  const deploy = c.deploy ?? (contextDir && c.context?.['template.yaml'] !== undefined ? templateFacts(join(contextDir, 'template.yaml')) : undefined);
  const result = lintDockerfileSync(c.dockerfile, {
    file,
    contextDir,
    buildArgs: c.buildArgs,
    target: c.target,
    config: c.config,
    now: new Date(c.now ?? NOW),
    rules: [rule],
    deploy,
  });
  // The runner keeps a throwing rule from ending a run; the tester makes it fail the case.
  if (result.ruleErrors.length) throw new Error(`${rule.code} threw: ${result.ruleErrors[0].message}`);
  checkSkipped(rule, result.skipped, c.skipped);
  return result.findings.filter((f) => f.code === rule.code);
}

/** A skipped rule judged nothing: a case passes only when it expects the skip (and its reason), never by accident. */
export function checkSkipped(rule: Rule, skipped: readonly { code: string; reason: string }[], expected: RegExp | undefined): void {
  const mine = skipped.find((s) => s.code === rule.code);
  if (mine && !expected) throw new Error(`${rule.code} was skipped: ${mine.reason}`);
  if (expected && !mine) throw new Error(`${rule.code} was expected to be skipped (${expected}) but judged the input`);
  if (expected && mine && !expected.test(mine.reason)) throw new Error(`${rule.code} was skipped for another reason: ${mine.reason}`);
}

function templateFacts(path: string): FunctionFacts | undefined {
  const fn = readTemplate(path).functions[0];
  return fn ? factsOf(fn) : undefined;
}

export function ruleTester(rule: Rule, table: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(`${rule.code} ${rule.name}`, () => {
    let root = '';
    beforeAll(async () => {
      await initShell();
      root = mkdtempSync(join(tmpdir(), `lli-${rule.code}-`));
    });
    afterAll(() => {
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it('has a complete table', () => {
      expect(table.valid.length, 'valid cases').toBeGreaterThanOrEqual(6);
      expect(table.invalid.length, 'invalid cases').toBeGreaterThanOrEqual(6);
      const names = [...table.valid, ...table.invalid].map((c) => c.name);
      expect(new Set(names).size, 'case names are unique').toBe(names.length);
      const used = new Set(table.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      // Image-evidence messages are exercised by the rule's image table (test/image-kit.ts imageRuleTester).
      for (const [id, m] of Object.entries(rule.messages)) if (m.evidence !== 'image') expect(used.has(id), `message ${id} is exercised by an invalid case`).toBe(true);
      for (const c of table.invalid) for (const e of c.errors) expect(Object.keys(rule.messages), `${c.name}: messageId`).toContain(e.messageId);
    });

    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = lintCase(rule, c, root);
        expect(findings.map((f) => `${f.messageId}@${f.location.line}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = lintCase(rule, c, root);
        const got = findings.map((f) => ({ messageId: f.messageId, line: f.location.line, severity: f.severity, message: f.message, fix: f.fix }));
        expect(got.map((g) => g.messageId), JSON.stringify(got, null, 1)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, i) => {
          if (e.line !== undefined) expect(got[i].line, `${e.messageId} line`).toBe(e.line);
          if (e.severity !== undefined) expect(got[i].severity, `${e.messageId} severity`).toBe(e.severity);
          if (e.message !== undefined) expect(got[i].message).toMatch(e.message);
          if (e.fix !== undefined) expect(got[i].fix, `${e.messageId} fix`).toMatch(e.fix);
        });
      });
    }
  });
}

/**
 * The Linter facade (src/linter): what the CLI, the Action and embedding code get from one class —
 * configuration discovery, thresholds, estimates, per-input errors, a guard around each rule, formatters.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter, LintInputError, RULES } from '../src/api.js';
import { defineRule, type Rule } from '../src/engine/rule-kit.js';
import { buildImage } from './image-kit.js';
import { reportErrors } from './helpers/report-schema.js';
import { formatJson } from '../src/report/json.js';

const NOW = new Date('2026-11-27');
const PYTHON = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const UNPINNED_NODE = 'FROM node:20\nCMD ["index.handler"]\n';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lli-linter-'));
  mkdirSync(join(dir, 'fn'));
  writeFileSync(join(dir, 'fn', 'Dockerfile'), PYTHON);
  writeFileSync(join(dir, 'fn', 'app.py'), 'def handler(event, context):\n    return 1\n');
  mkdirSync(join(dir, 'quiet'));
  writeFileSync(join(dir, 'quiet', 'Dockerfile'), UNPINNED_NODE);
  writeFileSync(join(dir, 'quiet', '.lint-lambda-image.yaml'), 'failure-threshold: none\nignore: [LL201]\n');
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken', 'Dockerfile'), PYTHON);
  writeFileSync(join(dir, 'broken', '.lint-lambda-image.yaml'), 'no-such-key: 1\n');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A rule that throws on its first instruction. */
const throwing = defineRule({
  code: 'LL998',
  name: 'always-throws',
  severity: 'error',
  since: '0.1.0',
  docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
  messages: { never: { text: 'never', fix: 'none' } },
  needs: { dockerfile: true },
  create: () => ({
    instruction() {
      throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere");
    },
  }),
}) as unknown as Rule;

describe('Linter', () => {
  it('lintText: one target report with findings (code, severity, message, line) and estimates', async () => {
    const linter = new Linter({ cwd: dir, now: NOW });
    const target = await linter.lintText(UNPINNED_NODE, { filePath: 'quiet/Dockerfile' });
    expect(target.file).toBe('quiet/Dockerfile');
    expect(target.kind).toBe('dockerfile');
    // The configuration found upward from the file turned LL201 off.
    expect(target.findings.map((f) => f.code)).not.toContain('LL201');
    expect(target.findings.length).toBeGreaterThan(0);
    for (const f of target.findings) {
      expect(f.code).toMatch(/^LL\d{3}$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.location.line).toBeGreaterThanOrEqual(1);
    }
    expect(target.estimates?.size).toBeTruthy();
    expect(linter.fails(target)).toBe(false);
    const strict = new Linter({ cwd: dir, now: NOW, config: {} });
    const again = await strict.lintText(UNPINNED_NODE, { filePath: 'quiet/Dockerfile' });
    expect(again.findings.map((f) => f.code)).toContain('LL201');
  });

  it('a configuration file is read once per Linter: a new Linter sees the file as edited since', async () => {
    const folder = join(dir, 'edited');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, '.lint-lambda-image.yaml');
    writeFileSync(file, 'ignore: [LL201]\n');
    const first = new Linter({ cwd: dir, now: NOW });
    const codes = async (l: Linter) => (await l.lintText(UNPINNED_NODE, { filePath: 'edited/Dockerfile' })).findings.map((f) => f.code);
    expect(await codes(first)).not.toContain('LL201');
    writeFileSync(file, 'ignore: []\n');
    expect(await codes(first)).not.toContain('LL201');
    expect(await codes(new Linter({ cwd: dir, now: NOW }))).toContain('LL201');
  });

  it('lintText with the build context: COPY sources are read from the Dockerfile folder (estimates measure them)', async () => {
    const linter = new Linter({ cwd: dir, now: NOW });
    const found = await linter.lintText(PYTHON, { filePath: 'fn/Dockerfile' });
    expect(JSON.stringify(found.estimates)).not.toMatch(/no build context/);
    const without = await linter.lintText(PYTHON, { filePath: 'fn/Dockerfile', contextDir: null });
    expect(JSON.stringify(without.estimates)).toMatch(/no build context/);
  });

  it('lintText: a configuration that cannot be used is a LintInputError naming the file', async () => {
    const linter = new Linter({ cwd: dir });
    const err = await linter.lintText(PYTHON, { filePath: 'broken/Dockerfile' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LintInputError);
    expect((err as LintInputError).file).toMatch(/broken[/\\]\.lint-lambda-image\.yaml$/);
    expect((err as LintInputError).detail).toMatch(/unknown key "no-such-key"/);
  });

  it('lintFiles: a bad input is one error entry naming it; the other inputs are still linted; exit codes', async () => {
    const linter = new Linter({ cwd: dir, now: NOW });
    const report = await linter.lintFiles(['missing/Dockerfile', 'fn/Dockerfile', 'broken/Dockerfile', 'quiet/Dockerfile']);
    expect(report.targets.map((t) => t.file)).toEqual(['fn/Dockerfile', 'quiet/Dockerfile']);
    expect(report.errors.map((e) => [e.file, e.message])).toEqual([
      ['missing/Dockerfile', 'no such file or directory'],
      [join(dir, 'broken', '.lint-lambda-image.yaml'), expect.stringMatching(/^unknown key "no-such-key"/)],
    ]);
    expect(linter.exitCode(report)).toBe(2);
    expect(linter.exitCode({ targets: report.targets, errors: [] })).toBe(linter.fails(report.targets[0]) ? 1 : 0);
    // Each target has its own threshold: quiet/ says none.
    expect(linter.fails(report.targets[1])).toBe(false);
    expect(reportErrors(JSON.parse(formatJson(report, '0.1.0')))).toEqual([]);
  });

  it('a flag threshold overrides the configuration', async () => {
    const linter = new Linter({ cwd: dir, now: NOW, failureThreshold: 'info' });
    const report = await linter.lintFiles(['quiet/Dockerfile']);
    expect(report.targets[0].findings.length).toBeGreaterThan(0);
    expect(linter.exitCode(report)).toBe(1);
  });

  it('a rule that throws is one error line naming the rule; the other rules still report', async () => {
    const rules = [throwing, ...RULES];
    const linter = new Linter({ cwd: dir, now: NOW, rules, config: {} });
    const report = await linter.lintFiles(['quiet/Dockerfile', 'fn/Dockerfile']);
    expect(report.targets).toHaveLength(2);
    expect(report.targets[0].findings.map((f) => f.code)).toContain('LL201');
    expect(report.targets[0].findings.map((f) => f.code)).not.toContain('LL998');
    expect(report.errors).toHaveLength(2);
    expect(report.errors[0].file).toBe('quiet/Dockerfile');
    expect(report.errors[0].message).toMatch(/^internal error in rule LL998 \(always-throws\): Cannot read properties of undefined \(reading 'x'\);/);
    expect(report.errors[0].message).not.toMatch(/\n|at somewhere/);
    const target = await linter.lintText(UNPINNED_NODE, { filePath: 'quiet/Dockerfile' });
    expect(target.findings.map((f) => f.code)).toContain('LL201');
    expect(linter.errorsOf(target).map((e) => e.message)).toEqual([expect.stringMatching(/^internal error in rule LL998/)]);
  });

  it('lintImage: a path, bytes or a stream; an unreadable image is a LintInputError', async () => {
    const archive = await buildImage({ layers: [{ 'var/task/app.py': 'def handler(e, c):\n    return 1\n' }] });
    const path = join(dir, 'image.tar');
    writeFileSync(path, archive);
    const linter = new Linter({ cwd: dir, now: NOW });
    const fromPath = await linter.lintImage('image.tar');
    expect(fromPath.kind).toBe('image');
    expect(fromPath.file).toBe('image.tar');
    expect(fromPath.estimates).not.toBeNull();
    const fromBytes = await linter.lintImage(new Uint8Array(archive), { filePath: 'bytes.tar' });
    expect(fromBytes.findings.map((f) => f.code)).toEqual(fromPath.findings.map((f) => f.code));
    async function* chunks() {
      for (let i = 0; i < archive.length; i += 1000) yield archive.subarray(i, i + 1000);
    }
    const fromStream = await linter.lintImage(chunks());
    expect(fromStream.file).toBe('<stdin>');
    expect(fromStream.findings.map((f) => f.code)).toEqual(fromPath.findings.map((f) => f.code));
    writeFileSync(join(dir, 'junk.tar'), Buffer.alloc(3000, 7));
    const err = await linter.lintImage('junk.tar').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LintInputError);
    expect((err as LintInputError).file).toBe('junk.tar');
  });

  it('rule-owned options: the schema comes from the rule, the rule reads its value or its default', async () => {
    const { configSchema } = await import('../src/engine/config.js');
    const props = configSchema(RULES).properties as Record<string, { description: string }>;
    expect(props['size-budget'].description).toMatch(/\(LL303 image-too-large\)$/);
    expect(props['trusted-registries'].description).toMatch(/\(LL201 base-image-unpinned\)$/);
    const seen: unknown[] = [];
    const probe = defineRule({
      code: 'LL997',
      name: 'option-probe',
      severity: 'info',
      since: '0.1.0',
      docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
      messages: { never: { text: 'never', fix: 'none' } },
      needs: { dockerfile: true },
      options: { 'probe-limit': { description: 'a limit', schema: { type: 'integer' }, default: 3 } },
      create: (ctx) => {
        seen.push(ctx.options['probe-limit']);
        return {};
      },
    }) as unknown as Rule;
    await new Linter({ rules: [probe], config: {} }).lintText('FROM scratch\n');
    await new Linter({ rules: [probe], config: { 'probe-limit': 7 } }).lintText('FROM scratch\n');
    expect(seen).toEqual([3, 7]);
  });

  it('facts: a rule reads only the facts it names; a fact without a source skips the rule', async () => {
    const make = (needs: Rule['needs'], read: (ctx: Parameters<Rule['create']>[0]) => unknown) =>
      defineRule({
        code: 'LL996',
        name: 'fact-probe',
        severity: 'info',
        since: '0.1.0',
        docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
        messages: { seen: { text: '{{what}}', fix: 'none' } },
        needs,
        create: (ctx) => ({ end: () => ctx.report({ messageId: 'seen', data: { what: String(read(ctx)) } }) }),
      }) as unknown as Rule;
    const { lintDockerfile } = await import('../src/linter/lint.js');
    const lineage = make({ dockerfile: true, facts: ['lineage'] }, (ctx) => ctx.facts.lineage.length);
    const ok = await lintDockerfile('FROM scratch AS a\nFROM a\n', { rules: [lineage], contextDir: null });
    expect(ok.findings.map((f) => f.message)).toEqual(['2']);
    const undeclared = make({ dockerfile: true }, (ctx) => ctx.facts.lineage.length);
    const bad = await lintDockerfile('FROM scratch\n', { rules: [undeclared], contextDir: null });
    expect(bad.ruleErrors.map((e) => e.message)).toEqual(['LL996 reads facts.lineage but its needs.facts does not name it']);
    const history = make({ dockerfile: true, facts: ['history'] }, (ctx) => ctx.facts.history.length);
    const skipped = await lintDockerfile('FROM scratch\n', { rules: [history], contextDir: null });
    expect(skipped.findings).toEqual([]);
    expect(skipped.ruleErrors).toEqual([]);
    expect(skipped.skipped).toEqual([{ code: 'LL996', name: 'fact-probe', reason: 'the input is not an image' }]);
  });

  it('odd ENTRYPOINT / CMD combinations never make a rule fail (each on an AWS base, a custom base, with the Web Adapter)', async () => {
    const { lintDockerfile } = await import('../src/linter/lint.js');
    const tails = [
      'ENTRYPOINT []\nCMD ["python", "-m", "uvicorn", "app:app"]:\n',
      'ENTRYPOINT []\nCMD python app.py\n',
      'ENTRYPOINT []\nCMD []\n',
      'ENTRYPOINT [""]\nCMD [""]\n',
      'CMD []\n',
      'ENTRYPOINT ["", "x"]\n',
      'ENTRYPOINT\nCMD\n',
      "ENTRYPOINT ['x'\nCMD ['y',]\n",
      'ENTRYPOINT ["sh", "-c"]\nCMD []\n',
      'ENTRYPOINT ["/bin/sh"]\n',
      'CMD ["", ""]\n',
      "ENTRYPOINT [\"/usr/local/bin/python\", \"-m\", \"awslambdaric\"]\nCMD [ 'main.handler' ]\n",
      'ENTRYPOINT ["npx", "aws-lambda-ric"]\nCMD index.handler\n',
    ];
    const heads = [
      'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\n',
      'FROM node:20-slim\nRUN npm install aws-lambda-ric\nCOPY . .\n',
      'FROM python:3.12-slim\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter\nCOPY . .\n',
    ];
    for (const head of heads) {
      for (const tail of tails) {
        const r = await lintDockerfile(head + tail, { rules: RULES, contextDir: null, config: { lambda: true } });
        expect(r.ruleErrors, head + tail).toEqual([]);
        // Every placeholder of a message and its fix is filled.
        for (const f of r.findings) expect(`${f.message} ${f.fix ?? ''}`, head + tail).not.toMatch(/\{\{/);
      }
    }
  });

  it('loadFormatter: every format by name; an unknown name throws', async () => {
    const linter = new Linter({ cwd: dir, now: NOW });
    const report = await linter.lintFiles(['fn/Dockerfile']);
    for (const name of Linter.formats()) expect(linter.loadFormatter(name)(report).length).toBeGreaterThan(0);
    expect(JSON.parse(linter.loadFormatter('json')(report)).targets[0].file).toBe('fn/Dockerfile');
    expect(linter.loadFormatter('stylish')(report, { color: false })).not.toMatch(/\u001b\[/);
    expect(() => linter.loadFormatter('xml')).toThrow(/unknown format "xml"/);
  });
});

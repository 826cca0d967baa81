/** The README's copy-paste examples stay true: they name inputs, hooks, formats and keys that exist. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../src/engine/config.js';
import { RULES } from '../src/engine/runner.js';
import { FORMATS } from '../src/report/formats.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

describe('README examples', () => {
  it('the workflow example uses only inputs the action declares', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    const workflow = blocks('yaml').map((b) => parse(b)).find((y) => y?.jobs);
    expect(workflow, 'a workflow example').toBeDefined();
    const steps = Object.values(workflow.jobs as Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>).flatMap((j) => j.steps);
    const ours = steps.find((s) => s.uses?.startsWith('lint-lambda-image/lint-lambda-image@'));
    expect(ours, 'the example uses this action').toBeDefined();
    for (const key of Object.keys(ours!.with ?? {})) expect(Object.keys(action.inputs), `input ${key}`).toContain(key);
    expect(action.runs.using).toBe('node24');
    expect(workflow.permissions.checks).toBe('write');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe(ours!.with?.['sarif-file']);
  });

  it('the pre-commit example names hooks that exist', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    const config = blocks('yaml').map((b) => parse(b)).find((y) => y?.repos);
    expect(config, 'a pre-commit example').toBeDefined();
    const ids = config.repos.flatMap((r: { hooks: { id: string }[] }) => r.hooks.map((h) => h.id));
    for (const id of ids) expect(hooks.map((h) => h.id)).toContain(id);
  });

  it('the configuration example is valid against the generated schema', async () => {
    const config = blocks('yaml').map((b) => parse(b)).find((y) => y && ('ignore' in y || 'rules' in y));
    expect(config, 'a configuration example').toBeDefined();
    const { default: Ajv } = await import('ajv');
    const ajv = new Ajv.default({ strict: false });
    expect(ajv.validate(configSchema(RULES), config), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('every format the README names exists', () => {
    for (const m of readme.matchAll(/--format ([a-z]+)/g)) expect(Object.keys(FORMATS)).toContain(m[1]);
    for (const m of readme.matchAll(/ -f ([a-z]+)/g)) expect(Object.keys(FORMATS)).toContain(m[1]);
  });
});

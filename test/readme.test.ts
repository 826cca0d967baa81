/** The README's copy-paste examples stay true: they name inputs, hooks, formats and keys that exist. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../src/engine/config.js';
import { RULES } from '../src/linter/lint.js';
import { FORMATS } from '../src/report/formats.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

describe('README examples', () => {
  it('the workflow example uses only inputs the action declares', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    const workflow = blocks('yaml').map((b) => parse(b, { logLevel: 'error' })).find((y) => y?.jobs);
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
    const config = blocks('yaml').map((b) => parse(b, { logLevel: 'error' })).find((y) => y?.repos);
    expect(config, 'a pre-commit example').toBeDefined();
    const ids = config.repos.flatMap((r: { hooks: { id: string }[] }) => r.hooks.map((h) => h.id));
    for (const id of ids) expect(hooks.map((h) => h.id)).toContain(id);
  });

  it('the install section pins releases by the tag scheme: vX for the Action, vX.Y.Z for pre-commit', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const major = version.split('.')[0];
    const uses = [...readme.matchAll(/uses: lint-lambda-image\/lint-lambda-image@(\S+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const tag of uses) expect([`v${major}`, `v${version}`]).toContain(tag);
    const config = blocks('yaml').map((b) => parse(b, { logLevel: 'error' })).find((y) => y?.repos);
    expect(config.repos[0].rev).toBe(`v${version}`);
    expect(config.repos[0].hooks[0].id, 'the default hook needs no install').toBe('lint-lambda-image');
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; language: string; entry: string }[];
    const def = hooks.find((h) => h.id === 'lint-lambda-image')!;
    expect(def.language).toBe('script');
    expect(readFileSync(join(root, def.entry), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(readme).toContain('npm install -g lint-lambda-image');
    expect(readme).toContain('npx lint-lambda-image');
    expect(readme).toContain('docker build -t lint-lambda-image .');
  });

  it('the quick start runs: its scripts exist and its example exits 1 with findings', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Usage'));
    for (const m of quick.matchAll(/npm run ([a-z:]+)/g)) expect(Object.keys(scripts)).toContain(m[1]);
    const cmd = /node (bin\/lint-lambda-image\.js) (\S+)/.exec(quick);
    expect(cmd).not.toBeNull();
    const env = { ...process.env };
    for (const k of Object.keys(env)) if (k.startsWith('VITEST')) delete env[k];
    const r = spawnSync(process.execPath, [join(root, cmd![1]), '--no-color', cmd![2]], { cwd: root, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/\d+ problems? \(\d+ errors?/);
  });

  it('the configuration example is valid against the generated schema', async () => {
    const config = blocks('yaml').map((b) => parse(b, { logLevel: 'error' })).find((y) => y && ('ignore' in y || 'rules' in y));
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

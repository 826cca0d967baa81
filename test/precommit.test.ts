/**
 * The real pre-commit (Debian's 3.0.4, installed by .ci/system-deps-precommit) in a scratch git repository,
 * using this repository's .pre-commit-hooks.yaml from a hook repository made of a copy of the package
 * (bin/, dist/, package.json, .pre-commit-hooks.yaml) committed in a temp git repo, as `repo: <path>, rev: <sha>`.
 * Needs dist/ built (npm test builds first). Installs nothing at test time except what pre-commit itself
 * does for `language: node` (npm pack + npm install -g of the copy, preferring the npm cache).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './report/helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const PIN = '@sha256:0000000000000000000000000000000000000000000000000000000000000000';
const BAD = 'FROM public.ecr.aws/lambda/python\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const GOOD = `FROM public.ecr.aws/lambda/python:3.12${PIN}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`;

let root: string;
let hookRepo: string;
let sha: string;
let env: NodeJS.ProcessEnv;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });
}

/** A scratch repository with the hook installed; returns a function that commits files and reports the outcome. */
function userRepo(hookId: string): { dir: string; commit: (files: Record<string, string>) => { status: number | null; output: string } } {
  const dir = mkdtempSync(join(root, 'user-'));
  git(dir, 'init', '-q');
  writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${sha}\n    hooks:\n      - id: ${hookId}\n`);
  writeFileSync(join(dir, 'app.py'), 'def handler(event, context):\n    return 1\n');
  execFileSync('pre-commit', ['install'], { cwd: dir, env, encoding: 'utf8' });
  return {
    dir,
    commit(files) {
      for (const [rel, body] of Object.entries(files)) {
        mkdirSync(join(dir, rel, '..'), { recursive: true });
        writeFileSync(join(dir, rel), body);
      }
      git(dir, 'add', '-A');
      const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'change'], { cwd: dir, env, encoding: 'utf8' });
      return { status: r.status, output: `${r.stdout}${r.stderr}` };
    },
  };
}

describe.skipIf(!hasPreCommit)('pre-commit hook (real pre-commit)', () => {
  beforeAll(() => {
    if (!existsSync(join(REPO_ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: build first (npm run build)');
    root = mkdtempSync(join(tmpdir(), 'lli-precommit-'));
    hookRepo = join(root, 'hook-repo');
    mkdirSync(hookRepo);
    for (const p of ['bin', 'dist', 'package.json', '.pre-commit-hooks.yaml']) cpSync(join(REPO_ROOT, p), join(hookRepo, p), { recursive: true });
    // A `lint-lambda-image` on PATH for the language: system hook.
    const pathBin = join(root, 'path-bin');
    mkdirSync(pathBin);
    symlinkSync(join(hookRepo, 'bin/lint-lambda-image.js'), join(pathBin, 'lint-lambda-image'));
    env = {
      ...process.env,
      PATH: `${pathBin}${delimiter}${process.env.PATH ?? ''}`,
      PRE_COMMIT_HOME: join(root, 'pre-commit-home'),
      // language: node runs npm install -g of the packed hook repo: use the npm cache that npm ci filled.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      NO_COLOR: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: process.env.HOME,
    };
    for (const k of Object.keys(env)) if (k.startsWith('GIT_') && k !== 'GIT_CONFIG_NOSYSTEM') delete env[k];
    delete env.VITEST;
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A', '-f');
    git(hookRepo, 'commit', '-q', '-m', 'hook repo');
    sha = git(hookRepo, 'rev-parse', 'HEAD').trim();
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('language: system — a bad Dockerfile fails the commit with findings, a good one passes', () => {
    const repo = userRepo('lint-lambda-image-system');
    const bad = repo.commit({ Dockerfile: BAD });
    expect(bad.status, bad.output).not.toBe(0);
    expect(bad.output).toContain('lint-lambda-image (installed on PATH)');
    expect(bad.output).toMatch(/Failed/);
    expect(bad.output).toMatch(/LL201 base-image-unpinned/);
    expect(bad.output).toContain('has no tag');
    const good = repo.commit({ Dockerfile: GOOD });
    expect(good.status, good.output).toBe(0);
    expect(good.output).toMatch(/Passed/);
  });

  it('selects Dockerfile variants identify does not tag, and skips .dockerignore and docs', () => {
    const repo = userRepo('lint-lambda-image-system');
    const files = ['Containerfile', 'svc/api.Dockerfile', 'Dockerfile-prod', 'Dockerfile.prod', 'x.dockerfile'];
    const skipped = ['Dockerfile.dockerignore', 'docs/Dockerfile.md', 'notes.txt'];
    const r = repo.commit(Object.fromEntries([...files.map((f) => [f, BAD]), ...skipped.map((f) => [f, BAD])]));
    expect(r.status, r.output).not.toBe(0);
    for (const f of files) expect(r.output).toMatch(new RegExp(`^${f.replace(/\./g, '\\.')}$`, 'm'));
    for (const f of skipped) expect(r.output).not.toMatch(new RegExp(`^${f.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('language: node — pre-commit installs the hook repository with the machine Node and runs it', () => {
    const repo = userRepo('lint-lambda-image');
    const bad = repo.commit({ 'Dockerfile': BAD });
    expect(bad.status, bad.output).not.toBe(0);
    expect(bad.output).toMatch(/lint-lambda-image\.+Failed/);
    expect(bad.output).toMatch(/LL201 base-image-unpinned/);
    const good = repo.commit({ 'Dockerfile': GOOD });
    expect(good.status, good.output).toBe(0);
    expect(good.output).toMatch(/lint-lambda-image\.+Passed/);
  }, 300_000);
});

if (!hasPreCommit) {
  describe('pre-commit hook', () => {
    it.skip('skipped: `pre-commit` is not on PATH (CI installs it with .ci/system-deps-precommit: apt-get install -y pre-commit)', () => {});
  });
}

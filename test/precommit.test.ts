/**
 * The real pre-commit (Debian's 3.0.4, installed by .ci/system-deps-precommit) in a scratch git repository,
 * with the README's pre-commit snippet pointing at a hook repository made of the files git tracks in this
 * checkout (a clean clone: no node_modules, no untracked files), committed in a temp git repo and used as
 * `repo: <path>, rev: <sha>`. Needs dist/ built (npm test builds first).
 *
 * The default hook (language: script) must work offline with an empty npm cache: it runs the committed
 * bundle and installs nothing. The managed-Node hook (language: node) runs pre-commit's npm install and
 * is tested with the npm cache that `npm ci` filled.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
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

/** The README's `.pre-commit-config.yaml` example, pointed at the local hook repository. */
function readmeConfig(hookId?: string): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => /^repos:/m.test(b));
  if (!block) throw new Error('README has no .pre-commit-config.yaml example');
  const config = parse(block) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
  const ours = config.repos.find((r) => r.repo.endsWith('/lint-lambda-image'));
  if (!ours) throw new Error('the README example does not use this repository');
  ours.repo = hookRepo;
  ours.rev = sha;
  if (hookId) ours.hooks = [{ id: hookId }];
  return stringify(config);
}

interface Outcome { status: number | null; output: string; seconds: number }

/** A scratch repository with the hook installed; returns a function that commits files and reports the outcome. */
function userRepo(hookId?: string, extraEnv: NodeJS.ProcessEnv = {}): { dir: string; commit: (files: Record<string, string>) => Outcome } {
  const dir = mkdtempSync(join(root, 'user-'));
  const e = { ...env, ...extraEnv };
  git(dir, 'init', '-q');
  writeFileSync(join(dir, '.pre-commit-config.yaml'), readmeConfig(hookId));
  writeFileSync(join(dir, 'app.py'), 'def handler(event, context):\n    return 1\n');
  execFileSync('pre-commit', ['install'], { cwd: dir, env: e, encoding: 'utf8' });
  return {
    dir,
    commit(files) {
      for (const [rel, body] of Object.entries(files)) {
        mkdirSync(join(dir, rel, '..'), { recursive: true });
        writeFileSync(join(dir, rel), body);
      }
      git(dir, 'add', '-A');
      const t0 = performance.now();
      const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'change'], { cwd: dir, env: e, encoding: 'utf8' });
      return { status: r.status, output: `${r.stdout}${r.stderr}`, seconds: (performance.now() - t0) / 1000 };
    },
  };
}

describe.skipIf(!hasPreCommit)('pre-commit hook (real pre-commit)', () => {
  beforeAll(() => {
    if (!existsSync(join(REPO_ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: build first (npm run build)');
    root = mkdtempSync(join(tmpdir(), 'lli-precommit-'));
    hookRepo = join(root, 'hook-repo');
    // The files a clone of this repository has (working-tree contents, so uncommitted changes are tested too).
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const rel of tracked) {
      if (rel.startsWith('dist/') || !existsSync(join(REPO_ROOT, rel))) continue;
      mkdirSync(dirname(join(hookRepo, rel)), { recursive: true });
      copyFileSync(join(REPO_ROOT, rel), join(hookRepo, rel));
    }
    // dist/ is committed, but as built now (chunk names change with every build).
    cpSync(join(REPO_ROOT, 'dist'), join(hookRepo, 'dist'), { recursive: true });
    // A `lint-lambda-image` on PATH for the language: system hook.
    const pathBin = join(root, 'path-bin');
    mkdirSync(pathBin);
    symlinkSync(join(hookRepo, 'bin/lint-lambda-image.js'), join(pathBin, 'lint-lambda-image'));
    env = {
      ...process.env,
      PATH: `${pathBin}${delimiter}${process.env.PATH ?? ''}`,
      PRE_COMMIT_HOME: join(root, 'pre-commit-home'),
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

  it('the README snippet: offline, empty npm cache, first run (install included) < 15 s, later runs < 1 s per file', () => {
    const offline = { npm_config_cache: mkdtempSync(join(root, 'empty-npm-cache-')), npm_config_offline: 'true', PRE_COMMIT_HOME: join(root, 'home-offline') };
    const repo = userRepo(undefined, offline);
    const first = repo.commit({ Dockerfile: BAD });
    expect(first.status, first.output).not.toBe(0);
    expect(first.output).toMatch(/lint-lambda-image\.+Failed/);
    expect(first.output).toMatch(/LL201 base-image-unpinned/);
    expect(first.seconds, 'first run, hook install included').toBeLessThan(15);
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [[`svc${i}/Dockerfile`, GOOD], [`svc${i}/app.py`, 'def handler(e, c):\n    return 1\n']]).flat());
    const later = repo.commit({ Dockerfile: GOOD, ...files });
    expect(later.status, later.output).toBe(0);
    expect(later.output).toMatch(/lint-lambda-image\.+Passed/);
    expect(later.seconds / 6, 'later run, per file').toBeLessThan(1);
    // Nothing was installed: the npm cache is still empty.
    expect(readdirSync(offline.npm_config_cache)).toEqual([]);
  }, 60_000);

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
    const repo = userRepo('lint-lambda-image');
    const files = ['Containerfile', 'svc/api.Dockerfile', 'Dockerfile-prod', 'Dockerfile.prod', 'x.dockerfile'];
    const skipped = ['Dockerfile.dockerignore', 'docs/Dockerfile.md', 'notes.txt'];
    const r = repo.commit(Object.fromEntries([...files.map((f) => [f, BAD]), ...skipped.map((f) => [f, BAD])]));
    expect(r.status, r.output).not.toBe(0);
    for (const f of files) expect(r.output).toMatch(new RegExp(`^${f.replace(/\./g, '\\.')}$`, 'm'));
    for (const f of skipped) expect(r.output).not.toMatch(new RegExp(`^${f.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('language: node — pre-commit installs the hook repository with the machine Node and runs it', () => {
    // pre-commit 3.x runs `npm install --dev --prod` in its clone: served from the cache `npm ci` filled.
    const repo = userRepo('lint-lambda-image-node', { npm_config_prefer_offline: 'true' });
    const bad = repo.commit({ 'Dockerfile': BAD });
    expect(bad.status, bad.output).not.toBe(0);
    expect(bad.output).toMatch(/pre-commit managed Node\)\.+Failed/);
    expect(bad.output).toMatch(/LL201 base-image-unpinned/);
    const good = repo.commit({ 'Dockerfile': GOOD });
    expect(good.status, good.output).toBe(0);
    expect(good.output).toMatch(/pre-commit managed Node\)\.+Passed/);
  }, 300_000);
});

if (!hasPreCommit) {
  describe('pre-commit hook', () => {
    it.skip('skipped: `pre-commit` is not on PATH (CI installs it with .ci/system-deps-precommit: apt-get install -y pre-commit)', () => {});
  });
}

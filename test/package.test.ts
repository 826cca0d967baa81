/**
 * The package as published: engines that match the dependency tree, a semver version with a CHANGELOG entry,
 * an `npm pack` tarball that installs and runs offline with an empty npm cache, and the container recipe
 * (Dockerfile) that packages the CLI. Needs dist/ built (npm test builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { afterAll, describe, expect, it } from 'vitest';
import { DockerfileParser } from 'dockerfile-ast';
import { BIN, ROOT } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string; engines: { node: string }; bin: Record<string, string>; files: string[]; dependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
const scratch: string[] = [];
/** The environment of a user's shell: none of the test runner's variables (the CLI does not run under VITEST). */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_OPTIONS' || k === 'NO_COLOR' || k === 'FORCE_COLOR') delete env[k];
  return env;
}
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

describe('package.json', () => {
  it('engines.node admits only Node versions every package of the lock file supports', () => {
    const ours = pkg.engines.node;
    expect(semver.validRange(ours), ours).toBeTruthy();
    expect(semver.satisfies(process.version, ours), `this Node (${process.version}) is in ${ours}`).toBe(true);
    const narrower: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!path || !node) continue;
      if (!semver.subset(ours, node)) narrower.push(`${path.replace(/^.*node_modules\//, '')} wants node ${node}`);
    }
    expect(narrower).toEqual([]);
  });

  it('the version is semver and the CHANGELOG has its entry', () => {
    expect(semver.valid(pkg.version), pkg.version).toBe(pkg.version);
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'));
    expect(changelog).toMatch(/`vX\.Y\.Z`/);
    expect(changelog).toMatch(/moving tag `vX`/);
  });

  it('has no runtime dependencies: the bundle carries them', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});

describe('npm pack', () => {
  it('the tarball installs offline with an empty npm cache and runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lli-pack-'));
    scratch.push(dir);
    const env = userEnv({ npm_config_cache: join(dir, 'empty-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, env, encoding: 'utf8' });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    const files = info.files.map((f) => f.path);
    for (const f of ['bin/lint-lambda-image.js', 'dist/cli.js', 'dist/action.js', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toBe(false);
    const prefix = join(dir, 'prefix');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, join(dir, info.filename)], { cwd: dir, env, encoding: 'utf8' });
    const bin = join(prefix, 'bin', 'lint-lambda-image');
    expect(existsSync(bin)).toBe(true);
    const version = spawnSync(bin, ['--version'], { env, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const lint = spawnSync(bin, ['--no-color', join(ROOT, 'fixtures/dockerfiles/python-needs-work/Dockerfile')], { env, encoding: 'utf8' });
    expect(lint.status, lint.stdout + lint.stderr).toBe(1);
    expect(lint.stdout).toMatch(/LL\d{3} [a-z-]+/);
  }, 120_000);
});

describe('container image recipe (Dockerfile)', () => {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const dockerfile = DockerfileParser.parse(text);

  it('parses, pins its base by digest and copies only what the package ships', () => {
    const from = dockerfile.getFROMs();
    expect(from).toHaveLength(1);
    expect(from[0].getImageName()).toBe('node');
    expect(from[0].getImageTag()).toMatch(/^20\b/);
    expect(from[0].getImageDigest()).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const copy of dockerfile.getCOPYs()) {
      const args = copy.getArguments().map((a) => a.getValue());
      for (const src of args.slice(0, -1).filter((a) => a !== 'package.json')) {
        expect(existsSync(join(ROOT, src)), `COPY source ${src}`).toBe(true);
        expect(pkg.files.some((f) => src.replace(/\/$/, '') === f || src.startsWith(`${f}/`) || f.startsWith(src.replace(/\/$/, ''))), `${src} is in package.json files`).toBe(true);
      }
    }
    const entrypoint = dockerfile.getENTRYPOINTs()[0]?.getArgumentsContent() ?? '';
    expect(JSON.parse(entrypoint)).toEqual(['node', `/opt/lint-lambda-image/${pkg.bin['lint-lambda-image']}`]);
    expect(dockerfile.getInstructions().some((i) => i.getKeyword() === 'USER' && i.getArgumentsContent() !== 'root')).toBe(true);
  });

  it('lints clean with this tool', () => {
    const r = spawnSync(process.execPath, [BIN, '--no-color', 'Dockerfile'], { cwd: ROOT, env: userEnv(), encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/No problems/);
    expect(r.stdout).not.toMatch(/unknown: COPY/);
  });
});

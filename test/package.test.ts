/**
 * The package as published: engines that match the dependency tree, a semver version with a CHANGELOG entry,
 * an `npm pack` tarball that installs and runs offline with an empty npm cache, and the container recipe
 * (Dockerfile) that packages the CLI. Needs dist/ built (npm test builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  let dir = '';
  let tarball = '';
  let files: string[] = [];
  let env: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lli-pack-'));
    scratch.push(dir);
    env = userEnv({ npm_config_cache: join(dir, 'empty-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
    // npm publish builds the bundle and the type declarations first (prepublishOnly); npm pack does not, so that
    // its stdout stays the tarball's name alone (pre-commit 3.x's node hooks read it), and the test builds the types.
    execFileSync('npm', ['run', 'build:types'], { cwd: ROOT, env, encoding: 'utf8' });
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, env, encoding: 'utf8' });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = join(dir, info.filename);
    files = info.files.map((f) => f.path);
  }, 180_000);

  it('ships the CLI, the API with its types, the license and the bundled packages\' notices; not the Action bundle', () => {
    for (const f of ['bin/lint-lambda-image.js', 'dist/cli.js', 'dist/cli.cjs', 'dist/api.js', 'dist/types/src/api.d.ts', 'dist/THIRD-PARTY-NOTICES.txt', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json']) expect(files).toContain(f);
    expect(files).not.toContain('dist/action.js');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toBe(false);
    const notices = readFileSync(join(ROOT, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['dockerfile-ast', 'tar-stream', 'web-tree-sitter', 'tree-sitter-bash', 'yaml', 'chalk']) expect(notices).toMatch(new RegExp(`^${name}@\\d`, 'm'));
  });

  it('the tarball installs offline with an empty npm cache and runs', () => {
    const prefix = join(dir, 'prefix');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, tarball], { cwd: dir, env, encoding: 'utf8' });
    const bin = join(prefix, 'bin', 'lint-lambda-image');
    expect(existsSync(bin)).toBe(true);
    const version = spawnSync(bin, ['--version'], { env, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const lint = spawnSync(bin, ['--no-color', join(ROOT, 'fixtures/dockerfiles/python-needs-work/Dockerfile')], { env, encoding: 'utf8' });
    expect(lint.status, lint.stdout + lint.stderr).toBe(1);
    expect(lint.stdout).toMatch(/LL\d{3} [a-z-]+/);
  }, 120_000);

  it('a strict TypeScript project compiles against the packed types, and new Linter().lintText() runs', () => {
    const project = join(dir, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // @types/node comes from this repository's node_modules (a folder install: offline, no registry).
    execFileSync('npm', ['install', '--offline', tarball, join(ROOT, 'node_modules/@types/node')], { cwd: project, env, encoding: 'utf8' });
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out', skipLibCheck: false, types: ['node'], resolveJsonModule: true } , files: ['index.ts', 'readme.ts'] }),
    );
    writeFileSync(
      join(project, 'index.ts'),
      [
        "import { Linter, LintInputError, type Finding, type Report, type TargetReport } from 'lint-lambda-image';",
        "import meta from 'lint-lambda-image/package.json' with { type: 'json' };",
        'const linter = new Linter();',
        "const target: TargetReport = await linter.lintText('FROM node:20\\nCMD [\"index.handler\"]\\n', { filePath: 'Dockerfile' });",
        'const codes: string[] = target.findings.map((f: Finding) => `${f.code}:${f.severity}:${f.location.line}`);',
        "const report: Report = await linter.lintFiles(['missing/Dockerfile']);",
        "const text: string = linter.loadFormatter('json')(report);",
        'console.log(JSON.stringify({ version: meta.version, codes, estimates: target.estimates !== null, errors: report.errors, exit: linter.exitCode(report), json: JSON.parse(text).errors.length, isError: LintInputError.prototype instanceof Error }));',
      ].join('\n'),
    );
    // The README's library example compiles too.
    const example = /## As a library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1];
    expect(example, 'the README has a TypeScript example').toBeDefined();
    writeFileSync(join(project, 'readme.ts'), example!);
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const compiled = spawnSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
    expect(compiled.status, compiled.stdout + compiled.stderr).toBe(0);
    const run = spawnSync(process.execPath, [join(project, 'out/index.js')], { cwd: project, env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { version: string; codes: string[]; estimates: boolean; errors: unknown[]; exit: number; json: number; isError: boolean };
    expect(out.version).toBe(pkg.version);
    expect(out.codes).toContain('LL201:warning:1');
    expect(out.estimates).toBe(true);
    expect(out.errors).toEqual([{ file: 'missing/Dockerfile', message: 'no such file or directory' }]);
    expect(out).toMatchObject({ exit: 2, json: 1, isError: true });
    // The declarations are real types, not `any`: a wrong call does not compile.
    writeFileSync(join(project, 'index.ts'), "import { Linter } from 'lint-lambda-image';\nawait new Linter().lintText(42);\n");
    const wrong = spawnSync(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: project, encoding: 'utf8' });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/TS2345/);
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

describe('start-up: the CommonJS bundle and its V8 code cache', () => {
  it('the first run writes a per-user code cache that V8 accepts; a folder others can write is never used', async () => {
    const { Script } = await import('node:vm');
    const Module = (await import('node:module')).default;
    const v8 = (await import('node:v8')).default;
    const { chmodSync, mkdirSync, readdirSync, statSync } = await import('node:fs');
    const home = mkdtempSync(join(tmpdir(), 'lli-cache-'));
    scratch.push(home);
    const sample = join(ROOT, 'fixtures/dockerfiles/python/Dockerfile');
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [BIN, '--no-color', sample], { env: userEnv(env), encoding: 'utf8' });
    const dir = join(home, 'lint-lambda-image');
    // A run that lints nothing (--version, a usage error) compiles none of the lint path: no cache from it.
    expect(spawnSync(process.execPath, [BIN, '--version'], { env: userEnv({ XDG_CACHE_HOME: home }), encoding: 'utf8' }).status).toBe(0);
    expect(spawnSync(process.execPath, [BIN, '--no-such-flag'], { env: userEnv({ XDG_CACHE_HOME: home }), encoding: 'utf8' }).status).toBe(2);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    const first = run({ XDG_CACHE_HOME: home });
    expect(first.status, first.stderr).toBe(0);
    const [cache] = readdirSync(dir);
    expect(cache).toMatch(new RegExp(`^cli-${process.version.replace(/\./g, '\\.')}-${process.arch}-\\d+-\\d+\\.cache$`));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, cache)).mode & 0o777).toBe(0o600);
    // The same flags as bin/ sets: V8 takes the cache for the bundle.
    v8.setFlagsFromString('--liftoff-only');
    const file = join(ROOT, 'dist/cli.cjs');
    const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(join(dir, cache)) });
    expect(script.cachedDataRejected).toBe(false);
    // A second run gives the same output from the cache.
    expect(run({ XDG_CACHE_HOME: home }).stdout).toBe(first.stdout);
    // A cache folder that others can write is neither read nor written.
    const shared = mkdtempSync(join(tmpdir(), 'lli-cache-shared-'));
    scratch.push(shared);
    mkdirSync(join(shared, 'lint-lambda-image'));
    chmodSync(join(shared, 'lint-lambda-image'), 0o777);
    expect(run({ XDG_CACHE_HOME: shared }).status).toBe(0);
    expect(readdirSync(join(shared, 'lint-lambda-image'))).toEqual([]);
    // Turned off: nothing written.
    const off = mkdtempSync(join(tmpdir(), 'lli-cache-off-'));
    scratch.push(off);
    expect(run({ XDG_CACHE_HOME: off, LINT_LAMBDA_IMAGE_CODE_CACHE: '0' }).status).toBe(0);
    expect(readdirSync(off)).toEqual([]);
  }, 60_000);

  it('a run over several inputs reads and makes a cache of its own; a one-file run never reads it', async () => {
    const { readdirSync } = await import('node:fs');
    const home = mkdtempSync(join(tmpdir(), 'lli-cache-many-'));
    scratch.push(home);
    const dir = join(home, 'lint-lambda-image');
    const fixtures = ['python', 'node', 'java', 'go', 'ruby'].map((n) => join(ROOT, 'fixtures/dockerfiles', n, 'Dockerfile'));
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, '--no-color', ...args], { env: userEnv({ XDG_CACHE_HOME: home }), encoding: 'utf8' });
    const caches = () => (existsSync(dir) ? readdirSync(dir).sort() : []);
    // Four named inputs (a flag's value is not one): the one-file cache.
    expect(run(['--format', 'json', ...fixtures.slice(0, 4)]).status).toBeLessThan(2);
    expect(caches()).toHaveLength(1);
    expect(caches()[0]).toMatch(/\d\.cache$/);
    // Five: the many-inputs cache, made by this run.
    const five = run(fixtures);
    expect(five.status).toBeLessThan(2);
    expect(caches()).toHaveLength(2);
    expect(caches().filter((n) => n.endsWith('-many.cache'))).toHaveLength(1);
    // Read back by the next such runs (a folder to search counts as several), not written again; the same report.
    const { statSync } = await import('node:fs');
    const many = join(dir, caches().find((n) => n.endsWith('-many.cache'))!);
    const written = statSync(many).mtimeMs;
    expect(run(fixtures).stdout).toBe(five.stdout);
    expect(run([join(ROOT, 'fixtures/dockerfiles')]).status).toBeLessThan(2);
    expect(caches()).toHaveLength(2);
    expect(statSync(many).mtimeMs).toBe(written);
  }, 60_000);

  it('a new cache file prunes those of other builds: unused for a week, or past the 8 most recent', async () => {
    const { mkdirSync, readdirSync, utimesSync, writeFileSync } = await import('node:fs');
    const home = mkdtempSync(join(tmpdir(), 'lli-cache-prune-'));
    scratch.push(home);
    const dir = join(home, 'lint-lambda-image');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const day = 24 * 3600;
    const now = Date.now() / 1000;
    const plant = (name: string, ageDays: number) => {
      writeFileSync(join(dir, name), 'x', { mode: 0o600 });
      utimesSync(join(dir, name), now - ageDays * day, now - ageDays * day);
    };
    plant('cli-v0.0.0-x64-1-1.cache', 30); // an old build: goes
    plant('cli-v0.0.0-x64-2-2.cache.123', 30); // a stale half-written file: goes
    plant('cli-v0.0.0-x64-3-3.cache.456', 0); // a parallel run writing now: kept
    for (let i = 0; i < 9; i++) plant(`cli-v0.0.0-x64-9-${i}.cache`, i / 10); // recent builds: the 7 newest stay beside the new one
    plant('notes.txt', 30); // not ours: kept
    const r = spawnSync(process.execPath, [BIN, '--no-color', join(ROOT, 'fixtures/dockerfiles/python/Dockerfile')], { env: userEnv({ XDG_CACHE_HOME: home }), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const left = readdirSync(dir).sort();
    expect(left.filter((n) => n.startsWith('cli-v0.0.0-x64-9-'))).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `cli-v0.0.0-x64-9-${i}.cache`));
    expect(left).toContain('cli-v0.0.0-x64-3-3.cache.456');
    expect(left).toContain('notes.txt');
    expect(left).not.toContain('cli-v0.0.0-x64-1-1.cache');
    expect(left).not.toContain('cli-v0.0.0-x64-2-2.cache.123');
    expect(left.filter((n) => n.startsWith(`cli-${process.version}-`))).toHaveLength(1);
  }, 60_000);
});

/**
 * The CLI (src/cli/main.ts `run`, in-process; a few checks run the built bin/ as a child process): exit codes,
 * options, colour, stdin, suppressions, configuration and bad inputs. Written against LL001 and
 * LL201 (always present) so that it stays right as more rules land.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { ANSI, assertBuilt, baseEnv, BIN, cli as built, cliInProcess as cli, lines, ROOT } from './helpers/cli.js';
import { reportErrors } from './helpers/report-schema.js';

const DIGEST = `@sha256:${'0b15827cac5930149321dc18ad00b22cf5f8f0afcbdf53e0fe6336d6978e0fcc'}`;
const APP_PY = 'def handler(event, context):\n    return {"ok": True}\n';
/** Clean under every rule: pinned AWS base, handler copied into the task root, exec-form CMD. */
const CLEAN = `FROM public.ecr.aws/lambda/python:3.12${DIGEST}\nCOPY app.py \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`;
/** Only a warning: LL201 noDigest. */
const WARN_ONLY = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
/** An error: LL201 latest on line 1. */
const LATEST = 'FROM public.ecr.aws/lambda/python:latest\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const NOW = '2026-11-27';

let tmp = '';
/** Writes files under the temp root; returns the absolute path of the first one. */
function write(files: Record<string, string | Buffer>): string {
  let first = '';
  for (const [rel, body] of Object.entries(files)) {
    const path = join(tmp, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
    if (!first) first = path;
  }
  return first;
}
/** A Dockerfile with app.py beside it, in its own folder. */
function dockerfile(dir: string, text: string): string {
  return write({ [`${dir}/Dockerfile`]: text, [`${dir}/app.py`]: APP_PY });
}

interface JsonFinding {
  code: string;
  name: string;
  messageId: string;
  severity: string;
  location: { line: number; file: string };
}
async function json(args: string[], options: Parameters<typeof cli>[1] = {}) {
  const r = await cli(['--format', 'json', '--now', NOW, ...args], options);
  const report = JSON.parse(r.stdout);
  expect(reportErrors(report)).toEqual([]);
  const findings: JsonFinding[] = report.targets.flatMap((t: { findings: JsonFinding[] }) => t.findings);
  return { ...r, report, findings, codes: findings.map((f) => `${f.code}/${f.messageId}`) };
}

beforeAll(() => {
  assertBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'lli-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the built CLI (bin/lint-lambda-image.js -> dist/)', () => {
  it('prints its version, lints with exit code 1 on an error, reads stdin', () => {
    expect(built(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const r = built(['--no-color', '--now', NOW, dockerfile('built-latest', LATEST)]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/LL201 base-image-unpinned/);
    const s = built(['--format', 'json', '--now', NOW, '--stdin-filename', 'Dockerfile', '-'], { input: CLEAN });
    expect(JSON.parse(s.stdout).targets[0].file).toBe('Dockerfile');
  });

  it('a reader that closes the pipe early (| head) ends the output quietly: the run\'s exit code, no stack trace', async () => {
    const file = dockerfile('built-epipe', LATEST);
    for (const format of ['json', 'stylish']) {
      // The pipe's reader is gone before the report is written (as `| head -c 0` does).
      const child = spawn(process.execPath, [BIN, '--no-color', '--format', format, '--now', NOW, ...Array(60).fill(file)], { stdio: ['ignore', 'pipe', 'pipe'], env: baseEnv() });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(stderr, format).toBe('');
      expect(code, format).toBe(1);
    }
  });

  it('a bad input is one line on stderr with exit code 2, no stack trace', () => {
    const r = built(['--no-color', join(tmp, 'no-such-dir/Dockerfile')]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([`lint-lambda-image: ${join(tmp, 'no-such-dir/Dockerfile')}: no such file or directory`]);
  });
});

describe('exit codes and thresholds', () => {
  it('0 for a clean Dockerfile, with a success line', async () => {
    const f = dockerfile('clean', CLEAN);
    const r = await cli(['--no-color', f]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/No problems \(1 input linted\)/);
  });
  it('1 for an error finding; 0 when only warnings are found', async () => {
    expect((await cli([dockerfile('latest', LATEST)])).status).toBe(1);
    const w = await json([dockerfile('warn', WARN_ONLY)]);
    expect(w.codes).toContain('LL201/noDigest');
    expect(w.report.summary.errors).toBe(0);
    expect(w.status).toBe(0);
  });
  it('--failure-threshold moves the bar (and -t is its short form)', async () => {
    const warn = dockerfile('warn', WARN_ONLY);
    const latest = dockerfile('latest', LATEST);
    expect((await cli(['--failure-threshold', 'warning', warn])).status).toBe(1);
    expect((await cli(['-t', 'warning', warn])).status).toBe(1);
    expect((await cli(['--failure-threshold', 'info', warn])).status).toBe(1);
    expect((await cli(['--failure-threshold', 'error', warn])).status).toBe(0);
    expect((await cli(['--failure-threshold', 'none', latest])).status).toBe(0);
  });
  it('2 for usage errors, with one line on stderr', async () => {
    const f = dockerfile('clean', CLEAN);
    for (const args of [['--failure-threshold', 'fatal', f], ['--format', 'xml', f], ['--bogus', f], [], ['--build-arg', '=NONAME', f], ['--ignore', 'LL999', f]]) {
      const r = await cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^lint-lambda-image: /);
      expect(r.stdout).toBe('');
    }
  });
  it('several inputs: the worst decides', async () => {
    const r = await cli([dockerfile('clean', CLEAN), dockerfile('latest', LATEST)]);
    expect(r.status).toBe(1);
  });
});

describe('rule selection and build inputs', () => {
  it('--ignore takes codes and names, repeated or comma-separated', async () => {
    const f = dockerfile('latest', LATEST);
    expect((await json([f])).codes).toContain('LL201/latest');
    for (const args of [['--ignore', 'LL201'], ['--ignore', 'base-image-unpinned'], ['--ignore', 'LL001,LL201'], ['--ignore', 'LL001', '--ignore', 'll201']]) {
      const r = await json([...args, f]);
      expect(r.codes.filter((c) => c.startsWith('LL201')), args.join(' ')).toEqual([]);
    }
  });
  it('--build-arg resolves an ARG used in FROM', async () => {
    const f = dockerfile('arg', 'ARG PY\nFROM public.ecr.aws/lambda/python:${PY}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n');
    expect((await json([f])).codes).toContain('LL201/unresolvedTag');
    const withArg = await json(['--build-arg', 'PY=3.12', f]);
    expect(withArg.codes).not.toContain('LL201/unresolvedTag');
    expect(withArg.codes).toContain('LL201/noDigest');
    expect((await json(['--build-arg', 'PY=latest', f])).codes).toContain('LL201/latest');
  });
  it('--target names a stage; an unknown stage is reported', async () => {
    const f = dockerfile('stages', `FROM golang:1.23${DIGEST} AS build\nRUN go build -o /main .\nFROM public.ecr.aws/lambda/provided:al2023${DIGEST}\nCOPY --from=build /main /var/runtime/bootstrap\nCMD ["handler"]\n`);
    expect((await json(['--target', 'build', f])).codes).not.toContain('LL001/unknownTarget');
    const r = await cli(['--format', 'json', '--target', 'nope', f]);
    // A usage problem of that input (exit 2, test/cli-inputs.test.ts), not also an input linted.
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).targets).toEqual([]);
    expect(r.stderr).toMatch(/--target "nope" names no stage of this Dockerfile \(stages: build\)/);
    const stylish = await cli(['--no-color', '--target', 'nope', f]);
    expect(stylish.stdout).toBe('✖ 1 input could not be read (its error is on stderr); nothing was linted.\n');
  });
  it('--build-arg NAME takes the value of NAME in the environment, as docker build does', async () => {
    const f = dockerfile('argenv', 'ARG PY\nFROM public.ecr.aws/lambda/python:${PY}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n');
    expect((await json(['--build-arg', 'PY', f], { env: { PY: '3.12' } })).codes).not.toContain('LL201/unresolvedTag');
    // Not in the environment: left out, as docker leaves it.
    expect((await json(['--build-arg', 'PY', f], { env: { PY: undefined } })).codes).toContain('LL201/unresolvedTag');
  });
  it('--list-rules lists every rule with code, name and severity', async () => {
    const r = await cli(['--list-rules', '--no-color']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^LL001\s+dockerfile-syntax\s+error\s+\S/m);
    expect(r.stdout).toMatch(/^LL201\s+base-image-unpinned\s+error\s+\S/m);
    for (const l of lines(r.stdout)) expect(l).toMatch(/^LL\d{3}\s+[a-z0-9-]+\s+(error|warning|info)\s+\S/);
  });
  it('--context changes which build context the rules read', async () => {
    // The Dockerfile's own folder has the handler and a .dockerignore; the other context has neither.
    const f = write({
      'ctx/own/Dockerfile': `FROM public.ecr.aws/lambda/python:3.12${DIGEST}\nCOPY . \${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n`,
      'ctx/own/app.py': APP_PY,
      'ctx/own/.dockerignore': '.git\n.env\nnode_modules\ntests/\n**/__pycache__\n.pytest_cache\n.mypy_cache\nDockerfile\n.dockerignore\n',
      'ctx/other/README.md': 'nothing to see\n',
      'ctx/other/.git/HEAD': 'ref: refs/heads/main\n',
    });
    const own = await json([f]);
    const other = await json(['--context', join(tmp, 'ctx/other'), f]);
    const contextCodes = (codes: string[]) => codes.filter((c) => /^LL(103|306)\//.test(c));
    expect(contextCodes(own.codes)).toEqual([]);
    expect(contextCodes(other.codes).length).toBeGreaterThan(0);
  });
  it('--context pointing to a folder without the sources is accepted', async () => {
    const f = dockerfile('ctx2', CLEAN);
    const r = await cli(['--context', join(tmp, 'ctx2'), f]);
    expect(r.status).toBe(0);
  });
});

describe('explain, version, help', () => {
  it('explain by code and by name print the same documentation', async () => {
    const byCode = await cli(['explain', 'LL201', '--no-color']);
    const byName = await cli(['explain', 'base-image-unpinned', '--no-color']);
    expect(byCode.status).toBe(0);
    expect(byCode.stdout).toBe(byName.stdout);
    expect(byCode.stdout).toMatch(/^LL201 base-image-unpinned/);
    for (const heading of ['What it does', 'Why is this bad?', 'Example', 'Use instead', 'References']) expect(byCode.stdout).toContain(heading);
    expect(byCode.stdout).toContain('docs/rules/LL201.md');
  });
  it('explain of an unknown rule, or of nothing, is a usage error', async () => {
    for (const args of [['explain', 'LL999'], ['explain', 'no-such-rule'], ['explain']]) {
      const r = await cli(args);
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect((await cli(['explain', 'LL999'])).stderr).toContain('LL999');
  });
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const r = await cli([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });
  it('--help prints usage, options and exit codes', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await cli([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: lint-lambda-image/);
      for (const opt of ['--format', '--failure-threshold', '--ignore', '--build-arg', '--target', '--context', '--list-rules', '--no-color', 'explain', 'Exit codes']) expect(r.stdout).toContain(opt);
    }
  });
});

describe('colour', () => {
  const file = () => dockerfile('latest', LATEST);
  it('is off when stdout is not a terminal', async () => {
    expect((await cli([file()])).stdout).not.toMatch(ANSI);
  });
  it('FORCE_COLOR turns it on; FORCE_COLOR=0 keeps it off', async () => {
    expect((await cli([file()], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await cli([file()], { env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
  });
  it('NO_COLOR and --no-color win over FORCE_COLOR', async () => {
    expect((await cli([file()], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await cli(['--no-color', file()], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
  it('--color forces it, even with NO_COLOR', async () => {
    expect((await cli(['--color', file()], { env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
  });
  it('colour-free output reads the same once escapes are stripped', async () => {
    const plain = (await cli(['--no-color', file()])).stdout;
    // eslint-disable-next-line no-control-regex
    const forced = (await cli([file()], { env: { FORCE_COLOR: '1' } })).stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(forced).toBe(plain);
  });
  it('json never has escapes', async () => {
    expect((await cli(['--format', 'json', '--color', file()])).stdout).not.toMatch(ANSI);
  });
  it('the error line on stderr follows the same decision', async () => {
    const missing = join(tmp, 'missing', 'Dockerfile');
    expect((await cli([missing], { env: { FORCE_COLOR: '1' } })).stderr).toMatch(ANSI);
    expect((await cli(['--no-color', missing], { env: { FORCE_COLOR: '1' } })).stderr).not.toMatch(ANSI);
  });
});

describe('stdin', () => {
  it('reads - and names it with --stdin-filename', async () => {
    const r = await json(['--stdin-filename', 'services/api/Dockerfile', '-'], { input: LATEST });
    expect(r.status).toBe(1);
    expect(r.report.targets[0].file).toBe('services/api/Dockerfile');
    expect(r.findings.find((f) => f.code === 'LL201')?.location.file).toBe('services/api/Dockerfile');
  });
  it('names it <stdin> by default, and lints it next to files', async () => {
    const r = await json(['-', dockerfile('clean', CLEAN)], { input: LATEST });
    expect(r.report.targets.map((t: { file: string }) => t.file)[0]).toBe('<stdin>');
    expect(r.report.targets).toHaveLength(2);
    expect(r.codes).toContain('LL201/latest');
  });
  it('stylish shows the stdin name', async () => {
    const r = await cli(['--no-color', '--stdin-filename', 'my.Dockerfile', '-'], { input: LATEST });
    expect(r.stdout.split('\n')[0]).toBe('my.Dockerfile');
  });
  it('empty stdin is an input error', async () => {
    const r = await cli(['-'], { input: '' });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('<stdin>');
  });
});

describe('suppression pragmas', () => {
  const body = (pragma: string) =>
    `FROM golang:latest AS build\nRUN go build -o /main .\n${pragma}\nFROM public.ecr.aws/lambda/provided:latest\nCOPY --from=build /main /var/runtime/bootstrap\nCMD ["handler"]\n`;
  it('without a pragma both FROMs are reported', async () => {
    const r = await json([dockerfile('p0', body('# nothing'))]);
    expect(r.findings.filter((f) => f.code === 'LL201').map((f) => f.location.line)).toEqual([1, 4]);
  });
  it('ignore= applies to the next instruction only, by code or by name', async () => {
    for (const pragma of ['# lint-lambda-image ignore=LL201', '# lint-lambda-image ignore=base-image-unpinned', '# lint-lambda-image ignore=LL301,LL201']) {
      const r = await json([dockerfile('p1', body(pragma))]);
      expect(r.findings.filter((f) => f.code === 'LL201').map((f) => f.location.line), pragma).toEqual([1]);
    }
  });
  it('global ignore= applies to the whole file', async () => {
    const r = await json([dockerfile('p2', `# lint-lambda-image global ignore=LL201\n${body('# nothing')}`)]);
    expect(r.findings.filter((f) => f.code === 'LL201')).toEqual([]);
  });
  it('an unknown rule in a pragma is reported (LL001, warning) and the rest still applies', async () => {
    const r = await json([dockerfile('p3', body('# lint-lambda-image ignore=LL999,LL201'))]);
    const unknown = r.findings.filter((f) => f.messageId === 'unknownPragmaId');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ code: 'LL001', severity: 'warning', location: { line: 3 } });
    expect(r.findings.filter((f) => f.code === 'LL201').map((f) => f.location.line)).toEqual([1]);
  });
});

describe('configuration', () => {
  it('.lint-lambda-image.yaml is found upward from the Dockerfile', async () => {
    write({ 'cfg/.lint-lambda-image.yaml': 'ignore: [LL201]\n' });
    const f = dockerfile('cfg/services/api', LATEST);
    const r = await json([f]);
    expect(r.findings.filter((x) => x.code === 'LL201')).toEqual([]);
    expect(r.status).toBe(0);
  });
  it('per-rule severity and failure-threshold from the file', async () => {
    write({ 'cfg2/.lint-lambda-image.yml': 'rules:\n  base-image-unpinned: info\nfailure-threshold: info\n' });
    const r = await json([dockerfile('cfg2/svc', LATEST)]);
    expect(r.findings.find((x) => x.code === 'LL201')?.severity).toBe('info');
    expect(r.status).toBe(1);
  });
  it('rules: warn is accepted as warning (ESLint habit)', async () => {
    write({ 'cfg-warn/.lint-lambda-image.yaml': 'rules:\n  LL201: warn\n' });
    const r = await json([dockerfile('cfg-warn/svc', LATEST)]);
    expect(r.findings.find((x) => x.code === 'LL201')?.severity).toBe('warning');
    expect(r.status).toBe(0);
  });
  it('an unknown key under rules: is named, without the list of every rule', async () => {
    write({ 'cfg-bad-rule/.lint-lambda-image.yaml': 'rules:\n  LL999: warning\n' });
    const r = await cli([dockerfile('cfg-bad-rule/svc', LATEST)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.lint-lambda-image\.yaml: rules: unknown rule "LL999"/);
    expect(r.stderr).not.toMatch(/LL306/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('an unknown option is named, with the option meant when it is a typo', async () => {
    const r = await cli(['--formt', 'json', 'Dockerfile']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('lint-lambda-image: unknown option --formt (did you mean --format?) (see --help)\n');
    expect((await cli(['--zzz', 'Dockerfile'])).stderr).toBe('lint-lambda-image: unknown option --zzz (see --help)\n');
  });
  it('configuration mistakes name what was written, suggest the rule meant, and say what to write', async () => {
    const cases: [string, RegExp][] = [
      ['ignore: [LL3O1]\n', /ignore: unknown rule "LL3O1" \(did you mean LL301\?\)/],
      ['rules:\n  base-image-unpined: off\n', /rules: unknown rule "base-image-unpined" \(did you mean base-image-unpinned\?\)/],
      ['ignore: LL301\n', /ignore must be a list of rule codes or names, e\.g\. ignore: \[LL301, base-image-unpinned\] \(found "LL301"\)/],
      ['lambda: yes\n', /lambda must be true or false \(found "yes"\)/],
      ['size-budget: lots\n', /size-budget: "lots" is not a size; write one such as 500MB or 2GB/],
      ['rules:\n  LL201: critical\n', /rules\.LL201: "critical" must be one of error, warning, info, off/],
    ];
    for (const [i, [yaml, says]] of cases.entries()) {
      write({ [`cfg-msg${i}/.lint-lambda-image.yaml`]: yaml });
      const r = await cli([dockerfile(`cfg-msg${i}/svc`, LATEST)]);
      expect(r.status, yaml).toBe(2);
      expect(r.stderr, yaml).toMatch(says);
    }
    // Codes and names in any letter case, as --ignore takes them.
    write({ 'cfg-case/.lint-lambda-image.yaml': 'ignore: [ll201, Base-Image-Unpinned]\n' });
    const r = await json([dockerfile('cfg-case/svc', LATEST)]);
    expect(r.codes.filter((c) => c.startsWith('LL201'))).toEqual([]);
  });
  it('--config takes a file from anywhere and wins over the one found upward', async () => {
    write({ 'cfg3/.lint-lambda-image.yaml': 'failure-threshold: none\n', 'elsewhere/strict.json': '{ "failure-threshold": "warning" }\n' });
    const f = dockerfile('cfg3/svc', WARN_ONLY);
    expect((await cli([f])).status).toBe(0);
    expect((await cli(['--config', join(tmp, 'elsewhere/strict.json'), f])).status).toBe(1);
    expect((await cli(['-c', join(tmp, 'elsewhere/strict.json'), f])).status).toBe(1);
  });
  it('--failure-threshold on the command line wins over the file', async () => {
    write({ 'cfg4/.lint-lambda-image.yaml': 'failure-threshold: warning\n' });
    const f = dockerfile('cfg4/svc', WARN_ONLY);
    expect((await cli([f])).status).toBe(1);
    expect((await cli(['-t', 'error', f])).status).toBe(0);
  });
});

describe('bad inputs: one line each, exit 2, the other inputs still linted', () => {
  // Each case: a bad input (and what the stderr line must say) next to a good input with a known finding.
  const cases: { name: string; make: () => string; says: RegExp }[] = [
    { name: 'missing file', make: () => join(tmp, 'bad', 'nope', 'Dockerfile'), says: /no such file/ },
    { name: 'a directory', make: () => (mkdirSync(join(tmp, 'bad', 'dir'), { recursive: true }), join(tmp, 'bad', 'dir')), says: /directory/ },
    {
      name: 'binary junk',
      make: () => write({ 'bad/junk/Dockerfile': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256))]) }),
      says: /binary/,
    },
    { name: 'empty file', make: () => write({ 'bad/empty/Dockerfile': '' }), says: /empty/ },
    { name: 'whitespace-only file', make: () => write({ 'bad/blank/Dockerfile': '\n   \n\t\n' }), says: /empty/ },
    { name: 'non-UTF-8 file', make: () => write({ 'bad/latin1/Dockerfile': Buffer.from('FROM python:3.12\n# caf\xe9 cr\xe8me\nCMD ["app.handler"]\n', 'latin1') }), says: /UTF-8/ },
    {
      name: 'config with an unknown key',
      make: () => (write({ 'bad/cfg-key/.lint-lambda-image.yaml': 'ignore: [LL201]\nignored-rules: [LL001]\n' }), dockerfile('bad/cfg-key', LATEST)),
      says: /\.lint-lambda-image\.yaml: unknown key "ignored-rules"/,
    },
    {
      name: 'config with a bad severity',
      make: () => (write({ 'bad/cfg-sev/.lint-lambda-image.yaml': 'rules:\n  LL201: critical\n' }), dockerfile('bad/cfg-sev', LATEST)),
      says: /\.lint-lambda-image\.yaml: .*(error, warning, info, off)/,
    },
    {
      name: 'config that is not YAML',
      make: () => (write({ 'bad/cfg-yaml/.lint-lambda-image.yaml': 'ignore: [LL201\n  rules: {\n' }), dockerfile('bad/cfg-yaml', LATEST)),
      says: /\.lint-lambda-image\.yaml: not valid YAML/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const bad = c.make();
      const good = dockerfile('bad-good', LATEST);
      for (const order of [[bad, good], [good, bad]]) {
        const r = await cli(['--no-color', ...order]);
        expect(r.status, r.stderr).toBe(2);
        const errs = lines(r.stderr);
        expect(errs, r.stderr).toHaveLength(1);
        expect(errs[0]).toMatch(/^lint-lambda-image: /);
        expect(errs[0]).toMatch(c.says);
        expect(errs[0], 'names the file').toContain(c.name.startsWith('config') ? '.lint-lambda-image.y' : bad);
        expect(r.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
        // The good input is linted and its finding shown.
        expect(r.stdout).toContain(good);
        expect(r.stdout).toMatch(/LL201 base-image-unpinned/);
        expect(r.stdout).toMatch(/1 could not be read/);
      }
      // With no finding to show, the summary still says that the run failed.
      const clean = await cli(['--no-color', bad, dockerfile('bad-clean', CLEAN)]);
      expect(clean.status).toBe(2);
      expect(clean.stdout).not.toMatch(/✔|No problems/);
      expect(clean.stdout).toMatch(/✖ 1 input could not be read \(its error is on stderr\); no problems in the 1 input linted\.$/m);
      const j = await json([bad, good]);
      expect(j.status).toBe(2);
      expect(j.report.errors).toHaveLength(1);
      expect(j.report.targets.map((t: { file: string }) => t.file)).toEqual([good]);
      expect(j.codes).toContain('LL201/latest');
    });
  }

  it('several bad inputs give one line each', async () => {
    const missing = join(tmp, 'bad', 'nope2', 'Dockerfile');
    const empty = write({ 'bad/empty2/Dockerfile': '' });
    const good = dockerfile('bad-good2', LATEST);
    const r = await cli([missing, good, empty]);
    expect(r.status).toBe(2);
    const errs = lines(r.stderr);
    expect(errs).toHaveLength(2);
    expect(errs[0]).toContain(missing);
    expect(errs[1]).toContain(empty);
    expect(r.stdout).toContain(good);
  });
  it('an invalid --config fails every input with one line', async () => {
    const cfg = write({ 'bad/given.yaml': 'colour: always\n' });
    const r = await cli(['--config', cfg, dockerfile('bad-good3', LATEST)]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr).length).toBeGreaterThanOrEqual(1);
    expect(lines(r.stderr)[0]).toContain(cfg);
    expect(lines(r.stderr)[0]).toContain('unknown key "colour"');
  });
});

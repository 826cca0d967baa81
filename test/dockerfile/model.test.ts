import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/dockerfile/context.js';
import { installs, managerCommands, removedPaths } from '../../src/dockerfile/commands.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { initShell } from '../../src/dockerfile/shell.js';
import { expand } from '../../src/dockerfile/vars.js';

beforeAll(async () => {
  await initShell();
});

describe('variable expansion', () => {
  const scope = new Map([
    ['SET', { value: 'v' }],
    ['EMPTY', { value: '' }],
    ['DECLARED', { unknown: true as const }],
  ]);
  it.each([
    ['$SET', 'v', []],
    ['${SET}/x', 'v/x', []],
    ['${NOPE:-dflt}', 'dflt', []],
    ['${EMPTY:-dflt}', 'dflt', []],
    ['${EMPTY-dflt}', '', []],
    ['${SET:+alt}', 'alt', []],
    ['${EMPTY:+alt}', '', []],
    ['${NOPE+alt}', '', []],
    ['$NOPE', '${NOPE}', ['NOPE']],
    ['${DECLARED}', '${DECLARED}', ['DECLARED']],
    ['\\$SET', '$SET', []],
  ])('%s -> %s', (input, value, unresolved) => {
    const e = expand(input, scope);
    expect(e.value).toBe(value);
    expect(e.unresolved).toEqual(unresolved);
  });
});

describe('ARG declarations as BuildKit reads them', () => {
  it.each([
    ['ARG A', [['A', undefined]]],
    ['ARG A=1', [['A', '1']]],
    ['ARG TOKEN # Required', [['TOKEN', undefined], ['#', undefined], ['Required', undefined]]],
    ['ARG BASE_REPO BASE_TAG', [['BASE_REPO', undefined], ['BASE_TAG', undefined]]],
    ['ARG A B=2 C', [['A', undefined], ['B', '2'], ['C', undefined]]],
    ['ARG A=1 B="x" C', [['A', '1'], ['B', 'x'], ['C', undefined]]],
    ['ARG X="a b" Y', [['X', 'a b'], ['Y', undefined]]],
  ])('%s', (line, declared) => {
    const arg = parseDockerfile(`${line}\nFROM scratch\n`).instructions[0];
    expect(arg.properties?.map((p) => [p.name, p.value])).toEqual(declared);
  });
});

describe('parseDockerfile', () => {
  it('resolves global ARGs in FROM, build args override defaults', () => {
    const text = 'ARG PY=3.12\nARG VARIANT\nFROM public.ecr.aws/lambda/python:${PY}${VARIANT:+-$VARIANT}\n';
    expect(parseDockerfile(text).stages[0].base.expanded.value).toBe('public.ecr.aws/lambda/python:3.12');
    const m = parseDockerfile(text, { buildArgs: { PY: '3.13', VARIANT: 'arm64' } });
    expect(m.stages[0].base.expanded.value).toBe('public.ecr.aws/lambda/python:3.13-arm64');
    expect(m.stages[0].base.kind).toMatchObject({ kind: 'aws', family: 'python', architecture: 'arm64', runtime: { id: 'python3.13' } });
  });

  it('a global ARG must be re-declared inside the stage to be visible there', () => {
    const m = parseDockerfile('ARG DIR=/app\nFROM python:3.12-slim\nWORKDIR $DIR\nARG DIR\nWORKDIR $DIR\n');
    const [w1, , w2] = m.stages[0].instructions;
    expect(w1.scope.has('DIR')).toBe(false);
    expect(w2.scope.get('DIR')).toEqual({ value: '/app' });
    expect(m.stages[0].workdir?.value).toBe('/app');
  });

  it('knows stages, names, the target, and what reaches it', () => {
    const text = [
      'FROM golang:1.23 AS build',
      'RUN go build -o /out/main .',
      'FROM node:22 AS unused',
      'RUN npm ci',
      'FROM public.ecr.aws/lambda/provided:al2023',
      'COPY --from=build /out/main ${LAMBDA_RUNTIME_DIR}/bootstrap',
      '',
    ].join('\n');
    const m = parseDockerfile(text);
    expect(m.stages.map((s) => s.name)).toEqual(['build', 'unused', undefined]);
    expect(m.target?.index).toBe(2);
    expect(m.stages.map((s) => s.reachesTarget)).toEqual([true, false, true]);
    const copy = m.target!.instructions[0].copy!;
    expect(copy.fromStage?.name).toBe('build');
    expect(copy.dest).toBe('/var/runtime/bootstrap');
    const t = parseDockerfile(text, { target: 'unused' });
    expect(t.target?.name).toBe('unused');
    expect(t.stages.map((s) => s.reachesTarget)).toEqual([false, true, false]);
    expect(parseDockerfile(text, { target: 'nope' }).problems.map((p) => p.messageId)).toContain('unknownTarget');
  });

  it('follows a chain of 20,000 stages without recursion, in linear time', () => {
    const n = 20_000;
    const lines = Array.from({ length: n }, (_, i) => `FROM ${i ? `s${i - 1}` : 'public.ecr.aws/lambda/python:3.12'} AS s${i}${i ? `\nCOPY --from=S${i - 1} /a /b${i}` : ''}`);
    const started = performance.now();
    const m = parseDockerfile(`${lines.join('\n')}\nFROM scratch AS unused\n`, { target: `S${n - 1}` });
    expect(performance.now() - started).toBeLessThan(20_000); // the hostile-input bound; quadratic work would take minutes
    expect(m.target?.name).toBe(`s${n - 1}`);
    expect(m.stages.filter((s) => s.reachesTarget)).toHaveLength(n);
    expect(m.stages[n].reachesTarget).toBe(false);
    expect(m.stages[n - 1].base.stage?.name).toBe(`s${n - 2}`);
    expect(m.stages[n - 1].instructions[0].copy?.fromStage?.name).toBe(`s${n - 2}`);
    expect(m.stageByName('S7')?.index).toBe(7);
  });

  it('takes the first stage of a repeated name, never the stage itself', () => {
    const m = parseDockerfile(['FROM alpine AS a', 'RUN echo 1', 'FROM alpine AS a', 'COPY --from=a /x /y', 'FROM alpine AS b', 'COPY --from=b /x /y', 'FROM a', ''].join('\n'));
    expect(m.stages[1].instructions[0].copy?.fromStage?.index).toBe(0);
    expect(m.stages[2].instructions[0].copy?.fromStage).toBeUndefined();
    expect(m.stages[3].base.stage?.index).toBe(0);
    expect(m.stageByName('A')?.index).toBe(0);
  });

  it('inherits settings through FROM <stage> and from AWS bases', () => {
    const m = parseDockerfile('FROM public.ecr.aws/lambda/nodejs:22 AS base\nENV A=1\nFROM base\nCMD ["index.handler"]\n');
    const t = m.target!;
    expect(t.base.stage?.name).toBe('base');
    expect(t.base.kind).toMatchObject({ kind: 'aws', family: 'nodejs' });
    expect(t.workdir?.value).toBe('/var/task');
    expect(t.entrypoint?.value.exec).toEqual(['/lambda-entrypoint.sh']);
    expect(t.env.get('A')?.value).toBe('1');
    expect(t.cmd?.value.exec).toEqual(['index.handler']);
  });

  it('expands every pair of one ENV against the variables before it, as Docker does', () => {
    // https://docs.docker.com/reference/dockerfile/#environment-replacement: def is hello, ghi is bye.
    const m = parseDockerfile('FROM alpine\nENV abc=hello\nENV abc=bye def=$abc\nENV ghi=$abc\n');
    const env = m.target!.env;
    expect([env.get('abc')?.value, env.get('def')?.value, env.get('ghi')?.value]).toEqual(['bye', 'hello', 'bye']);
  });

  it('refuses a FROM <stage> chain that would copy more variables than the limit, naming it', () => {
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `FROM ${i ? `s${i - 1}` : 'alpine'} AS s${i}\nENV V${i}=x`).join('\n');
    expect(() => parseDockerfile(chain(200))).not.toThrow();
    expect(() => parseDockerfile(chain(1_000))).toThrow(/inherit more than 250,000 variables.*maxInheritedVariables/);
  });

  it('ENTRYPOINT resets an inherited CMD', () => {
    const m = parseDockerfile('FROM x:1 AS a\nCMD ["a.b"]\nFROM a\nENTRYPOINT ["/bin/run"]\n');
    expect(m.target!.cmd).toBeUndefined();
  });

  it('tells exec form, shell form and invalid JSON apart', () => {
    const m = parseDockerfile('FROM x:1\nCMD ["a.b"]\nCMD a.b\nCMD [\'a.b\']\nENTRYPOINT ["x",]\n');
    const [, exec, shell, bad, badEp] = m.instructions;
    expect(exec.exec).toEqual(['a.b']);
    expect(shell.exec).toBeUndefined();
    expect(shell.shellText).toBe('a.b');
    expect(bad.jsonInvalid).toBe(true);
    expect(badEp.jsonInvalid).toBe(true);
    expect(m.problems.filter((p) => p.messageId === 'invalidJson')).toHaveLength(2);
  });

  it('joins continuation lines with the escape directive', () => {
    const m = parseDockerfile('# escape=`\nFROM x:1\nRUN apt-get update && `\n    apt-get install -y gcc\n');
    const run = m.instructions[1];
    expect(run.span).toMatchObject({ line: 3, endLine: 4 });
    const cmds = m.shell(run)!.commands.map((c) => c.name);
    expect(cmds).toEqual(['apt-get', 'apt-get']);
  });

  it('parses heredoc scripts and treats heredoc data as data', () => {
    const m = parseDockerfile('FROM x:1\nRUN <<EOF\nset -e\npip install numpy\nEOF\nRUN <<EOT bash -ex\napt-get update\nEOT\nRUN cat <<EOF > /etc/app.conf\nrm -rf /\nEOF\n');
    const [, a, b, c] = m.instructions;
    expect(installs(m.shell(a)).map((i) => i.packages)).toEqual([['numpy']]);
    expect(managerCommands(m.shell(b)).map((x) => x.subcommand)).toEqual(['update']);
    expect(removedPaths(m.shell(c))).toEqual([]);
    expect(m.shell(c)!.commands.map((x) => x.name)).toEqual(['cat']);
  });

  it('reads flags, COPY sources and destinations', () => {
    const m = parseDockerfile('FROM x:1\nWORKDIR /app\nCOPY --chown=1000:1000 --chmod=640 ["a b.txt", "c", "./"]\nRUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt\n');
    const copy = m.instructions[2].copy!;
    expect(copy.sources).toEqual(['a b.txt', 'c']);
    expect(copy.dest).toBe('/app/');
    expect(copy.chmod).toBe('640');
    const run = m.instructions[3];
    expect(run.flags).toEqual([{ name: 'mount', value: 'type=cache,target=/root/.cache' }]);
    expect(installs(m.shell(run))[0]).toMatchObject({ manager: 'pip', files: ['requirements.txt'] });
  });

  it('knows the working directory each instruction runs in', () => {
    const df = parseDockerfile(
      'FROM public.ecr.aws/lambda/python:3.12 AS base\nRUN a\nWORKDIR app\nRUN b\nFROM base AS next\nRUN c\nARG D=/srv\nWORKDIR ${D}/x/../y\nCOPY . .\nFROM python:3.12-slim\nRUN d\nWORKDIR /opt\n',
    );
    const at = (keyword: string, n = 0) => df.instructions.filter((i) => i.keyword === keyword)[n];
    expect(at('RUN', 0).workdir).toBe('/var/task');
    expect(at('RUN', 1).workdir).toBe('/var/task/app');
    expect(at('RUN', 2).workdir).toBe('/var/task/app'); // inherited through FROM base
    expect(at('COPY').workdir).toBe('/srv/y');
    expect(at('RUN', 3).workdir).toBe('/'); // a non-AWS base starts at /
    expect(at('FROM', 2).workdir).toBe('/');
  });

  it('reports instructions before FROM and unknown instructions', () => {
    const m = parseDockerfile('RUN echo\nFROM x:1\nFROOM y\n');
    expect(m.problems.map((p) => p.messageId)).toEqual(['noFrom', 'unknownInstruction']);
  });
});

describe('package manager commands', () => {
  const m = (run: string) => parseDockerfile(`FROM x:1\nRUN ${run}\n`);
  const inst = (run: string) => {
    const df = m(run);
    return installs(df.shell(df.instructions[1]));
  };
  it('reads pip, python -m pip, apt-get -y install, npm ci, yarn', () => {
    expect(inst('python3 -m pip install --no-cache-dir "requests>=2" boto3==1.0 -r req.txt')[0]).toMatchObject({
      manager: 'pip',
      packages: ['requests', 'boto3'],
      files: ['req.txt'],
    });
    expect(inst('apt-get -y install --no-install-recommends gcc libpq-dev=15.1')[0]).toMatchObject({ manager: 'apt-get', packages: ['gcc', 'libpq-dev'] });
    expect(inst('npm ci --omit=dev && yarn')[0]).toMatchObject({ manager: 'npm', subcommand: 'ci' });
    expect(inst('npm ci --omit=dev && yarn')[1]).toMatchObject({ manager: 'yarn', subcommand: '' });
    expect(inst('sudo -E dnf install -y gcc-c++')[0]).toMatchObject({ manager: 'dnf', packages: ['gcc-c++'] });
    expect(inst('go mod download')[0]).toMatchObject({ manager: 'go', subcommand: 'mod' });
    expect(inst('go mod tidy')).toEqual([]);
  });
});

describe('build context', () => {
  /** A temporary context folder holding `files`, each with the content 'x'. */
  const contextWith = (files: string[]): string => {
    const root = mkdtempSync(join(tmpdir(), 'lli-ctx-'));
    for (const f of files) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), 'x');
    }
    return root;
  };

  it('applies .dockerignore with Docker semantics, exceptions included', () => {
    const root = contextWith(['app.py', 'tests/test_app.py', '.git/HEAD', 'node_modules/x/index.js', 'docs/keep.md', 'docs/drop.md']);
    writeFileSync(join(root, '.dockerignore'), '.git\nnode_modules\n**/test_*.py\ndocs\n!docs/keep.md\n');
    const ctx = openContext(root, join(root, 'Dockerfile'))!;
    expect(ctx.ignored('.git/HEAD')).toBe(true);
    expect(ctx.ignored('tests/test_app.py')).toBe(true);
    expect(ctx.ignored('app.py')).toBe(false);
    expect(ctx.ignored('docs/keep.md')).toBe(false);
    expect(ctx.ignored('docs/drop.md')).toBe(true);
    const files = ctx.files().filter((f) => !f.dir).map((f) => f.path).sort();
    expect(files).toEqual(['.dockerignore', 'app.py', 'docs/keep.md']);
    expect(ctx.match('*.py').map((f) => f.path)).toEqual(['app.py']);
    expect(ctx.read('app.py')).toBe('x');
    expect(ctx.read('.git/HEAD')).toBeUndefined();
  });

  it('prefers <Dockerfile>.dockerignore, sizes files on demand, honours each read cap, and is undefined for a file', () => {
    const root = mkdtempSync(join(tmpdir(), 'lli-ctx-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'big.txt'), 'y'.repeat(2000));
    writeFileSync(join(root, 'app.py'), 'x');
    writeFileSync(join(root, '.dockerignore'), 'app.py\n');
    writeFileSync(join(root, 'fn.Dockerfile.dockerignore'), 'src\n!src/big.txt\n');
    const ctx = openContext(root, join(root, 'fn.Dockerfile'))!;
    expect(ctx.dockerignore?.path).toBe(join(root, 'fn.Dockerfile.dockerignore'));
    expect(ctx.ignored('app.py')).toBe(false);
    expect(ctx.match('src').filter((f) => !f.dir).map((f) => [f.path, f.size])).toEqual([['src/big.txt', 2000]]);
    expect(ctx.read('src/big.txt', 100)).toBeUndefined();
    expect(ctx.read('src/big.txt', 4000)).toHaveLength(2000);
    expect(ctx.read('src/big.txt', 100)).toBeUndefined(); // the cap applies to each call, not the first
    expect(ctx.read('missing.txt')).toBeUndefined();
    expect(openContext(join(root, 'app.py'))).toBeUndefined();
  });

  it.each([
    ['no .dockerignore', undefined],
    ['ignored folders', 'node_modules\n.git\nsrc/gen\n'],
    ['ignored folder with an exception inside', 'src\n!src/keep/*.py\n'],
    ['ignored file patterns', '**/*.pyc\nsrc/app.py\n'],
  ])('answers a literal COPY source without walking the context, as the whole walk would (%s)', (_name, ignore) => {
    const root = contextWith(['app.py', 'requirements.txt', 'src/app.py', 'src/app.pyc', 'src/keep/a.py', 'src/keep/b.txt', 'src/gen/x.py', 'node_modules/x/package.json', '.git/HEAD', 'deep/a/b/c.txt']);
    symlinkSync(join(root, 'src'), join(root, 'linked'));
    if (ignore) writeFileSync(join(root, '.dockerignore'), ignore);
    const sources = ['app.py', 'src', 'src/', './src/app.py', 'src/app.pyc', 'src/keep', 'src/keep/a.py', 'src/gen', 'src/gen/x.py', 'node_modules', 'node_modules/x/package.json', '.git', 'deep/a', 'deep/a/b/c.txt', 'linked', 'linked/app.py', 'missing', 'src/missing', 'app.py/x'];
    const lazy = openContext(root, join(root, 'Dockerfile'))!;
    const answers = sources.map((s) => lazy.match(s).map((f) => [f.path, f.dir, f.size]));
    // The same sources asked after a whole walk are filtered from it.
    const walked = openContext(root, join(root, 'Dockerfile'))!;
    walked.files();
    expect(answers).toEqual(sources.map((s) => walked.match(s).map((f) => [f.path, f.dir, f.size])));
    expect(answers[sources.indexOf('app.py')]).toEqual([['app.py', false, 1]]);
    expect(answers[sources.indexOf('missing')]).toEqual([]);
    expect(answers[sources.indexOf('linked/app.py')]).toEqual([]); // a symbolic link is not followed
    // at() answers literal paths only, never a wildcard; a path cannot leave the context: Docker strips `../` at its
    // edge (`COPY ../app.py .` copies the context's app.py).
    expect(openContext(root)!.at('./src/app.py').map((f) => f.path)).toEqual(walked.match('src/app.py').map((f) => f.path));
    expect(lazy.at('src/*.py')).toEqual([]);
    expect(openContext(root)!.at('../app.py').map((f) => f.path)).toEqual(['app.py']);
  });

  it('lists the project files without dependency folders, before and after a whole walk', () => {
    const root = contextWith(['package.json', 'fn/package.json', 'node_modules/x/package.json', '.git/HEAD', '.venv/lib/site.py', 'vendor/pkg/Gemfile']);
    writeFileSync(join(root, 'vendor.txt'), 'x');
    // vendor stays: some projects keep their own code there.
    const expected = ['fn', 'fn/package.json', 'package.json', 'vendor', 'vendor.txt', 'vendor/pkg', 'vendor/pkg/Gemfile'];
    const lazy = openContext(root)!;
    expect(lazy.projectFiles().map((f) => f.path).sort()).toEqual(expected);
    const walked = openContext(root)!;
    expect(walked.files().some((f) => f.path === 'node_modules/x/package.json')).toBe(true);
    expect(walked.projectFiles().map((f) => f.path).sort()).toEqual(expected);
  });

  it('skips a <Dockerfile>.dockerignore that is a broken symlink, as Docker does', () => {
    const root = mkdtempSync(join(tmpdir(), 'lli-ctx-'));
    writeFileSync(join(root, 'app.py'), 'x');
    writeFileSync(join(root, '.dockerignore'), 'app.py\n');
    symlinkSync(join(root, 'missing'), join(root, 'Dockerfile.dockerignore'));
    const ctx = openContext(root, join(root, 'Dockerfile'))!;
    expect(ctx.dockerignore?.path).toBe(join(root, '.dockerignore'));
    expect(ctx.ignored('app.py')).toBe(true);
  });
});

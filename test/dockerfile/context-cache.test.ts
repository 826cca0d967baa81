/**
 * The contexts of one run (src/dockerfile/context.ts ContextCache): Dockerfiles built from the same folder with
 * the same .dockerignore share one context; a different folder or a Dockerfile-specific .dockerignore gets its own;
 * a later run sees the folder as it is then.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../../src/api.js';
import { ContextCache, openContext } from '../../src/dockerfile/context.js';

const NOW = new Date('2026-11-27');
const PYTHON = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
const COPY_ALL = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';

let dir = '';
function place(files: Record<string, string>): void {
  for (const [rel, body] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, body);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lli-context-cache-'));
  place({
    'with/Dockerfile': PYTHON,
    'with/app.py': 'def handler(event, context):\n    return 1\n',
    'without/Dockerfile': PYTHON,
    'without/main.py': 'def handler(event, context):\n    return 1\n',
    // One folder, two Dockerfiles: a.Dockerfile has its own .dockerignore, b.Dockerfile none.
    'shared/a.Dockerfile': COPY_ALL,
    'shared/a.Dockerfile.dockerignore': '.git\n',
    'shared/b.Dockerfile': COPY_ALL,
    'shared/app.py': 'def handler(event, context):\n    return 1\n',
    'shared/.git/HEAD': 'ref: refs/heads/main\n',
    'ign1/.dockerignore': '.git\n*.md\n',
    'ign1/README.md': 'x\n',
    'ign2/.dockerignore': '.git\n*.md\n!README.md\n',
    'ign2/README.md': 'x\n',
    'ign3/.dockerignore': '# the same lines as ign1\n.git\n*.md\n',
    'ign3/README.md': 'x\n',
    'later/Dockerfile': PYTHON,
    'later/main.py': 'def handler(event, context):\n    return 1\n',
  });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const codesOf = (report: Awaited<ReturnType<Linter['lintFiles']>>, file: string) =>
  report.targets.find((t) => t.file === file)!.findings.map((f) => `${f.code}/${f.messageId}`);

describe('build contexts shared within one run', () => {
  it('openContext: one context per folder and .dockerignore with a cache, a new one without', () => {
    const cache = new ContextCache();
    const a = openContext(join(dir, 'shared'), join(dir, 'shared', 'a.Dockerfile'), cache);
    const b = openContext(join(dir, 'shared'), join(dir, 'shared', 'b.Dockerfile'), cache);
    const b2 = openContext(`${join(dir, 'shared')}/`, join(dir, 'shared', 'c.Dockerfile'), cache);
    expect(a?.dockerignore?.path).toBe(join(dir, 'shared', 'a.Dockerfile.dockerignore'));
    expect(b?.dockerignore).toBeUndefined();
    expect(a).not.toBe(b);
    expect(b2).toBe(b);
    expect(a?.ignored('.git')).toBe(true);
    expect(b?.ignored('.git')).toBe(false);
    expect(openContext(join(dir, 'with'), undefined, cache)).not.toBe(b);
    expect(openContext(join(dir, 'nope'), undefined, cache)).toBeUndefined();
    expect(openContext(join(dir, 'shared'), join(dir, 'shared', 'b.Dockerfile'))).not.toBe(b);
  });

  it('a .dockerignore matcher is shared only by the same lines: one more line gives other answers', () => {
    for (const cache of [undefined, new ContextCache()]) {
      const [one, two, three] = ['ign1', 'ign2', 'ign3'].map((d) => openContext(join(dir, d), undefined, cache)!);
      expect(one.ignored('README.md')).toBe(true);
      expect(two.ignored('README.md')).toBe(false);
      expect(three.ignored('README.md')).toBe(true);
      expect([one, two, three].map((c) => c.files().map((f) => f.path).sort())).toEqual([['.dockerignore'], ['.dockerignore', 'README.md'], ['.dockerignore']]);
      // One matcher per set of lines, kept by the run's cache only (none outlives it).
      if (cache) expect(cache.matchers.size).toBe(2);
    }
  });

  it('two Dockerfiles with different folders in one run each judge their own folder', async () => {
    const linter = new Linter({ now: NOW });
    const with_ = join(dir, 'with', 'Dockerfile');
    const without = join(dir, 'without', 'Dockerfile');
    for (const order of [[with_, without], [without, with_]]) {
      const report = await linter.lintFiles(order);
      expect(codesOf(report, with_).some((c) => c.startsWith('LL002'))).toBe(false);
      expect(codesOf(report, without)).toContain('LL002/wrongFolder');
    }
  });

  it('two Dockerfiles of one folder: a Dockerfile-specific .dockerignore applies to its Dockerfile only', async () => {
    const linter = new Linter({ now: NOW });
    const a = join(dir, 'shared', 'a.Dockerfile');
    const b = join(dir, 'shared', 'b.Dockerfile');
    for (const order of [[a, b], [b, a]]) {
      const report = await linter.lintFiles(order);
      expect(codesOf(report, a)).not.toContain('LL306/noDockerignore');
      expect(codesOf(report, b)).toContain('LL306/noDockerignore');
    }
  });

  it('a later run sees what changed in the folder since the last one', async () => {
    const linter = new Linter({ now: NOW });
    const file = join(dir, 'later', 'Dockerfile');
    expect(codesOf(await linter.lintFiles([file]), file)).toContain('LL002/wrongFolder');
    writeFileSync(join(dir, 'later', 'app.py'), 'def handler(event, context):\n    return 1\n');
    expect(codesOf(await linter.lintFiles([file]), file).some((c) => c.startsWith('LL002'))).toBe(false);
  });
});

describe('one read per file of a context', () => {
  it('a file read as text and scanned as bytes gives the same bytes either way, in either order', () => {
    const body = Buffer.concat([Buffer.from('requests==2.32\n# caf'), Buffer.from([0xc3, 0xa9, 0xff, 0x0a]), Buffer.from('boto3\n')]);
    place({ 'twice/requirements.txt': body.toString('latin1'), 'twice/.dockerignore': '*.md\n# comment\n' });
    writeFileSync(join(dir, 'twice', 'requirements.txt'), body);
    for (const textFirst of [true, false]) {
      const ctx = openContext(join(dir, 'twice'))!;
      const file = ctx.match('requirements.txt')[0];
      const text = textFirst ? ctx.read('requirements.txt') : undefined;
      const bytes = ctx.readListed(file, 1 << 20);
      expect(bytes?.equals(body)).toBe(true);
      expect(textFirst ? text : ctx.read('requirements.txt')).toBe(body.toString('utf8'));
      expect(ctx.read('requirements.txt', 4)).toBeUndefined();
      // The .dockerignore read for its patterns is the same file a COPY . ships.
      const ignore = ctx.match('.dockerignore')[0];
      expect(ctx.readListed(ignore, 1 << 20)?.toString()).toBe('*.md\n# comment\n');
      expect(ctx.dockerignore?.patterns).toEqual(['*.md']);
      // A skipped head stops there, whether the bytes were kept or not.
      expect(ctx.readListed(file, 1 << 20, () => true)).toBeUndefined();
    }
  });
});

describe('absent: the listings prove a literal path missing, or leave it to the file system', () => {
  it('answers true only for a name no listed folder holds, in any letter case', () => {
    place({ 'abs/app.py': 'x\n', 'abs/conf/settings.yaml': 'a: 1\n', 'abs/.dockerignore': 'secret.txt\n', 'abs/secret.txt': 's\n', 'abs/README': 'r\n' });
    const ctx = openContext(join(dir, 'abs'))!;
    expect(ctx.absent!('missing.py')).toBe(true);
    expect(ctx.absent!('./missing.py')).toBe(true);
    expect(ctx.absent!('nope/settings.yaml')).toBe(true);
    expect(ctx.absent!('conf/other.yaml')).toBe(true);
    // There, or maybe there: false.
    expect(ctx.absent!('app.py')).toBe(false);
    expect(ctx.absent!('conf/settings.yaml')).toBe(false);
    expect(ctx.absent!('conf')).toBe(false);
    expect(ctx.absent!('secret.txt')).toBe(false); // excluded by .dockerignore, but there
    expect(ctx.absent!('APP.py')).toBe(false); // a case-insensitive file system finds app.py
    expect(ctx.absent!('readme')).toBe(false);
    expect(ctx.absent!('app.py/x')).toBe(false); // a file on the way: the file system says
    expect(ctx.absent!('caf\u00e9.py')).toBe(false); // not plain ASCII
    expect(ctx.absent!('PROGRA~1')).toBe(false);
    expect(ctx.absent!('app.')).toBe(false);
    expect(ctx.absent!('src/*.py')).toBe(false);
    expect(ctx.absent!('../x')).toBe(true); // `../x` is the context's x (Docker strips ../ at its edge)
    expect(ctx.absent!('../app.py')).toBe(false);
  });
});

/**
 * Output that lands in a CI log: no text from input may start a workflow command (`::error::`, `::add-mask::`)
 * in the stylish format or on stderr, and the `github` format escapes `%`, CR, LF, `:` and `,` as GitHub
 * documents (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). Also: no socket
 * is opened for Dockerfile and image inputs, and the Action refuses a Dockerfile that links out of the
 * workspace.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/main.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { buildImage } from '../image-kit.js';
import { measureCli, socketsOpened } from './run.js';

const INJECT = 'x\n::error::pwned\n::add-mask::y\r::warning::z';
/** A line a runner would run as a command: `::name` after optional blanks (the runner trims the start). */
const COMMAND_LINE = /^\s*::(error|warning|notice|add-mask|set-output|stop-commands|debug|group)/m;

let dir: string;
let image: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lli-cilog-'));
  const evil = join(dir, `svc${INJECT.replace(/\r/g, '')}`);
  mkdirSync(evil, { recursive: true });
  writeFileSync(join(evil, 'Dockerfile'), `FROM public.ecr.aws/lambda/python:latest\nRUN curl -fsSL "https://example.com/a.sh?${'%0A'}::error::x" | sh\nCOPY <<EOF /x\n::error::heredoc\nEOF\nCMD ["app.handler"]\n`);
  image = join(dir, 'image.tar');
  writeFileSync(
    image,
    await buildImage({
      config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], Env: [`K${INJECT}=v`], Labels: { [INJECT]: INJECT } },
      layers: [{ [`var/task/${INJECT}.py`]: 'x = 1\n', 'var/task/app.py': 'def handler(e, c):\n    return 1\n' }],
      history: [`/bin/sh -c echo ${INJECT}`],
    }),
  );
});

describe('CI logs: no workflow command from input', () => {
  it('stylish output and stderr, for files, images and a missing input named with a newline', () => {
    const evilDir = join(dir, `svc${INJECT.replace(/\r/g, '')}`);
    const r = measureCli([join(evilDir, 'Dockerfile'), image, join(dir, `missing${INJECT}`)]);
    expect(r.status).toBe(2);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout).toContain('\\n::error::pwned');
    expect(r.stdout).not.toMatch(COMMAND_LINE);
    expect(r.stderr).toMatch(/missing/);
    expect(r.stderr).not.toMatch(COMMAND_LINE);
  });

  it('the github format: only its own commands, input escaped', () => {
    const evilDir = join(dir, `svc${INJECT.replace(/\r/g, '')}`);
    const r = measureCli(['-f', 'github', join(evilDir, 'Dockerfile'), image]);
    const commands = r.stdout.split('\n').filter((l) => /^\s*::/.test(l));
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=[^\n]*::/);
    expect(r.stdout).not.toMatch(/^::error::pwned/m);
    expect(r.stdout).not.toMatch(/^::add-mask::/m);
  });

  it('escapes as GitHub documents: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
  });
});

describe('no socket is opened', () => {
  it('for a Dockerfile, an image, an image with its Dockerfile (net, tls, dns, http, https, dgram and fetch throw and are recorded)', async () => {
    const df = join(dir, 'plain.Dockerfile');
    writeFileSync(df, 'FROM public.ecr.aws/lambda/python:3.12\nRUN curl https://example.com/x | sh\nCMD ["app.handler"]\n');
    for (const args of [[df], [image], ['--dockerfile', df, image], ['-f', 'sarif', df, image]]) {
      const { result, calls } = socketsOpened(args);
      expect([0, 1], result.stderr).toContain(result.status);
      expect(calls, args.join(' ')).toEqual([]);
    }
  });
});

describe('the Action and links out of the workspace', () => {
  it('a Dockerfile that is a symbolic link to /etc/passwd is refused with one line, not read', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'lli-ws-'));
    mkdirSync(join(ws, 'svc'));
    symlinkSync('/etc/passwd', join(ws, 'svc', 'Dockerfile'));
    writeFileSync(join(ws, 'Dockerfile'), 'FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n');
    let log = '';
    const result = await runAction({ env: { GITHUB_WORKSPACE: ws, INPUT_DOCKERFILES: '**/Dockerfile', INPUT_ANNOTATE: 'workflow-commands' }, stdout: (s) => void (log += s) });
    expect(result.exitCode).toBe(2);
    expect(result.report.errors).toEqual([{ file: join(ws, 'svc', 'Dockerfile'), message: 'is a symbolic link to a file outside the workspace; not read' }]);
    expect(result.report.targets.map((t) => t.file)).toEqual([join(ws, 'Dockerfile')]);
    expect(log).not.toContain('root:x:0:0');
  });
});

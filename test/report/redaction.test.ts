/**
 * Secret values must never reach any output format. The secret rule (LL202) redacts values in its own
 * messages (redact() in src/knowledge/secrets.ts); this test makes sure the formats add nothing raw on top:
 * no instruction source text, no snippets, no context lines. It runs every registered format, so a new
 * format is covered automatically. LL202 also runs end to end.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../src/linter/lint.js';
import type { Rule } from '../../src/engine/rule-kit.js';
import { run } from '../../src/cli/main.js';
import type { Finding } from '../../src/core/types.js';
import { FORMATS } from '../../src/report/formats.js';
import type { Report } from '../../src/report/types.js';
import { ctxFor, PIN, REPO_ROOT, scratchRepo } from './helpers.js';

const LL202_FILE = join(REPO_ROOT, 'rules/LL202-secret-baked.ts');

const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const GH_TOKEN = `ghp_${'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5'}`;
const SECRETS = [AWS_KEY, AWS_SECRET, GH_TOKEN];

/** The raw value, and long pieces of it (a format must not print half a secret either). */
function leaks(out: string): string[] {
  const found: string[] = [];
  for (const s of SECRETS) {
    for (const piece of [s, s.slice(0, 12), s.slice(-12)]) if (out.includes(piece)) found.push(piece);
    // Escaped forms: JSON and XML escape '/', URL-style escaping in workflow commands.
    if (out.includes(JSON.stringify(s).slice(1, -1)) || out.includes(encodeURIComponent(s))) found.push(s);
  }
  return found;
}

const DOCKERFILE = `FROM public.ecr.aws/lambda/python:3.12${PIN}
ENV AWS_ACCESS_KEY_ID=${AWS_KEY} \\
    AWS_SECRET_ACCESS_KEY=${AWS_SECRET}
ARG GITHUB_TOKEN=${GH_TOKEN}
RUN curl -H "Authorization: token ${GH_TOKEN}" https://api.github.com/user
COPY app.py \${LAMBDA_TASK_ROOT}/
CMD ["app.handler"]
`;

function secretFinding(file: string, line: number, endLine: number, message: string): Finding {
  return {
    code: 'LL202', name: 'secret-in-image', messageId: 'secret', severity: 'error', message,
    fix: 'Pass the value at run time (Lambda environment variables or Secrets Manager), not in the image.',
    location: { file, line, column: 1, endLine, endColumn: 40 }, source: 'dockerfile', docsUrl: 'https://example.test/LL202.md',
  };
}

describe('redaction in every format', () => {
  it('adds no raw values from the source (synthetic, already-redacted findings)', () => {
    const cwd = scratchRepo({ 'svc/Dockerfile': DOCKERFILE, 'svc/app.py': 'x = 1\n' });
    const file = `${cwd}/svc/Dockerfile`;
    const report: Report = {
      targets: [
        {
          file, kind: 'dockerfile', estimates: null,
          findings: [
            secretFinding(file, 2, 3, 'ENV AWS_ACCESS_KEY_ID holds an AWS access key (AKIA************) baked into the image.'),
            secretFinding(file, 2, 3, 'ENV AWS_SECRET_ACCESS_KEY holds a secret (wJal********) baked into the image.'),
            secretFinding(file, 4, 4, 'ARG GITHUB_TOKEN has a GitHub token as default (ghp_****); ARG values are kept in the image history.'),
            secretFinding(file, 5, 5, 'RUN passes a GitHub token (ghp_****) on the command line; it stays in the layer history.'),
          ],
        },
        { file: `${cwd}/app.tar`, kind: 'image', estimates: null, findings: [{ ...secretFinding(`${cwd}/app.tar`, 1, 1, 'Image config env AWS_SECRET_ACCESS_KEY holds a secret (wJal********).'), source: 'image-config' }] },
      ],
      errors: [],
    };
    const names = Object.keys(FORMATS);
    expect(names).toEqual(expect.arrayContaining(['stylish', 'json', 'sarif', 'github', 'checkstyle', 'gitlab']));
    for (const name of names) {
      const out = FORMATS[name](report, ctxFor(cwd));
      expect(out.length, name).toBeGreaterThan(0);
      expect(out, name).toContain('AKIA****');
      expect(leaks(out), `format ${name} printed a secret`).toEqual([]);
      // Nothing of the instruction text beyond what the message says.
      expect(out, name).not.toContain('api.github.com/user');
    }
  });

  it('the oracle catches a leak (so a pass means something)', () => {
    const cwd = scratchRepo({});
    const report: Report = { targets: [{ file: `${cwd}/Dockerfile`, kind: 'dockerfile', estimates: null, findings: [secretFinding(`${cwd}/Dockerfile`, 1, 1, `raw ${AWS_SECRET}`)] }], errors: [] };
    for (const name of Object.keys(FORMATS)) expect(leaks(FORMATS[name](report, ctxFor(cwd))).length, name).toBeGreaterThan(0);
  });

  it('LL202 end to end: no format prints a raw value', async () => {
    const cwd = scratchRepo({ 'Dockerfile': DOCKERFILE, 'app.py': 'x = 1\n' });
    for (const name of Object.keys(FORMATS)) {
      let out = '';
      let err = '';
      const code = await run(['-f', name, '--no-color', `${cwd}/Dockerfile`], {
        stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => Buffer.from(''), isTTY: false, env: {},
      });
      expect(code, `${name}: ${err}`).toBe(1);
      expect(out, name).toMatch(/LL202/);
      expect(leaks(out + err), `format ${name} printed a secret`).toEqual([]);
    }
  });

  it('LL202 (the rule alone) through every format', async () => {
    const rule = (await import(LL202_FILE)).default as Rule;
    const cwd = scratchRepo({ 'Dockerfile': DOCKERFILE, 'app.py': 'x = 1\n' });
    const file = `${cwd}/Dockerfile`;
    const result = await lintDockerfile(DOCKERFILE, { file, rules: [rule], now: new Date('2026-11-27') });
    expect(result.findings.length).toBeGreaterThan(0);
    const report: Report = { targets: [{ file, kind: 'dockerfile', findings: result.findings, estimates: null }], errors: [] };
    for (const name of Object.keys(FORMATS)) {
      const out = FORMATS[name](report, ctxFor(cwd));
      expect(out, name).toMatch(/LL202/);
      expect(leaks(out), `format ${name} printed a secret`).toEqual([]);
    }
  });
});

describe('redactText leaves what only names a secret', () => {
  it.each([
    ['a BuildKit secret in a fix text', 'with docker build --secret id=npm-token,env=NPM_TOKEN.'],
    ['a placeholder value', 'docker history shows RUN |1 NPM_TOKEN=...).'],
    ['an ellipsis placeholder', 'ENV API_KEY=… is recorded'],
  ])('%s', async (_what, text) => {
    const { redactText } = await import('../../src/core/redact.js');
    expect(redactText(text)).toBe(text);
  });
  it.each([
    ['a value after a credential flag', 'mytool --password hunter2secret', 'hunter2secret'],
    ['a literal credential assignment', 'NPM_TOKEN=abcd1234efgh5678', 'abcd1234efgh5678'],
    // No '-', '=', ':', '?', '&' or '|' in these: the fast path must still see the token keyword or the long word.
    ['a bare token in prose (no hint character)', `the value ${GH_TOKEN} was found`, GH_TOKEN.slice(4)],
    ['an AWS key id in prose', `key ${AWS_KEY.replace('EXAMPLE', 'ABCDEFG')} here`, AWS_KEY.replace('EXAMPLE', 'ABCDEFG').slice(4)],
    ['an over-long word', `blob ${'Zq8'.repeat(300)}`, 'Zq8'.repeat(100)],
  ])('still hides %s', async (_what, text, value) => {
    const { redactText } = await import('../../src/core/redact.js');
    expect(redactText(text)).not.toContain(value);
  });
});

describe('redactText keeps the texts it found clean, never one it changed', () => {
  it('asked again, a clean text comes back as is and a text with a secret is redacted every time', async () => {
    const { redactText } = await import('../../src/core/redact.js');
    const clean = 'Move to nodejs24.x: FROM public.ecr.aws/lambda/nodejs:24 (pin its digest).';
    const secret = `ENV DB_PASSWORD=${'hunter2-'.repeat(3)} (line 3)`;
    for (let i = 0; i < 3; i++) {
      expect(redactText(clean)).toBe(clean);
      expect(redactText(secret)).not.toContain('hunter2-hunter2');
      expect(redactText(`${clean} ${secret}`)).not.toContain('hunter2-hunter2');
    }
  });
});

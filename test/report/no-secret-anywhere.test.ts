/**
 * No secret in any output: each token kind is planted in every input field a user or an attacker controls
 * (ENV, ARG, LABEL, RUN, image history created_by including BuildKit's `|1 K=V` form, image config env and
 * labels, file names, URLs with passwords and query-string credentials), then every format's output, stderr,
 * and the Action's log, job summary, SARIF file and Checks API request bodies (a recording fetch, no socket)
 * are searched for any 8-character piece of any planted value.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/main.js';
import { run } from '../../src/cli/main.js';
import { redactText } from '../../src/core/redact.js';
import { initShell } from '../../src/dockerfile/shell.js';
import { TOKEN_PATTERNS } from '../../src/knowledge/secrets.js';
import { FORMATS } from '../../src/report/formats.js';
import { buildImage } from '../image-kit.js';

/** Deterministic letters and digits that spell no word (so no piece of them collides with the tool's own text). */
function noise(n: number, seed: number): string {
  const abc = 'bcdfghjkmnpqrstvwxzBCDFGHJKMNPQRSTVWXZ23456789';
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += abc[x % abc.length];
  }
  return s;
}
/** One sample per token kind: [literal prefix every token of the kind shares, the secret part]. */
const SAMPLES: Record<string, [string, string]> = {
  'aws-access-key-id': ['AKIA', noise(16, 1).toUpperCase()],
  'github-pat': ['ghp_', noise(36, 2)],
  'github-fine-grained-pat': ['github_pat_', noise(82, 3)],
  'gitlab-pat': ['glpat-', noise(20, 4)],
  'slack-token': ['xoxb-', `${noise(10, 5)}-${noise(24, 6)}`],
  'stripe-secret-key': ['sk_live_', noise(24, 7)],
  'npm-token': ['npm_', noise(36, 8)],
  'pypi-token': ['pypi-AgEIcHlwaS5vcmc', noise(60, 9)],
  'huggingface-token': ['hf_', noise(34, 10).replace(/[0-9]/g, 'q')],
  'openai-key': ['sk-proj-', `${noise(24, 11)}T3BlbkFJ${noise(24, 12)}`],
  'anthropic-key': ['sk-ant-api03-', noise(90, 13)],
  'gcp-api-key': ['AIza', noise(35, 14)],
  'sendgrid-key': ['SG.', `${noise(22, 15)}.${noise(43, 16)}`],
  'docker-pat': ['dckr_pat_', noise(27, 17)],
  'aws-secret-access-key': ['AWS_SECRET_ACCESS_KEY=', `${noise(20, 41)}${noise(20, 42).toUpperCase()}`],
  'slack-app-token': ['xapp-', `1-A${noise(10, 43).toUpperCase()}-${'7395046182735'}-${noise(64, 44).toLowerCase()}`],
  'slack-webhook': ['hooks.slack.com/services/', `T${noise(8, 45).toUpperCase()}/B${noise(10, 46).toUpperCase()}/${noise(24, 47)}`],
  'shopify-token': ['shpat_', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'],
  'age-secret-key': ['AGE-SECRET-KEY-1', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE'],
  'jwt-assigned': ['token=', `eyJhbGciOiJIUzI1NiJ9.eyJ${noise(40, 48)}.${noise(43, 49)}`],
};
export const TOKENS: Record<string, string> = Object.fromEntries(Object.entries(SAMPLES).map(([k, [a, b]]) => [k, a + b]));
/** Secrets no token pattern knows: only their place (URL, flag, credential name) gives them away. */
const PLAIN = {
  urlPassword: noise(17, 21),
  queryToken: noise(19, 22),
  mysql: noise(16, 23),
  curlUser: noise(15, 24),
  buildArg: noise(17, 25),
  envPassword: noise(17, 26),
  configEnv: noise(17, 27),
};
const KEY_BODY = `MIIEowIBAAKCAQEA${noise(60, 31)}`;
const PRIVATE_KEY = `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----`;

/** The secret parts, with the last 4 characters of a token's shared prefix (a redacted value may show 4). */
const ALL = [...Object.values(SAMPLES).map(([a, b]) => a.slice(-4) + b), ...Object.values(PLAIN), KEY_BODY.slice(16)];

/** Every 8-character piece of every planted value found in `out` (escaped forms included). */
function leaks(out: string): string[] {
  const found = new Set<string>();
  const variants = [out, out.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%'), decodeURIComponentSafe(out)];
  for (const s of ALL) {
    for (let i = 0; i + 8 <= s.length; i++) {
      const piece = s.slice(i, i + 8);
      if (variants.some((v) => v.includes(piece))) {
        found.add(`${s.slice(0, 6)}… (piece "${piece}")`);
        break;
      }
    }
  }
  return [...found];
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const kinds = Object.entries(TOKENS);
const DOCKERFILE = [
  'FROM public.ecr.aws/lambda/python:3.12',
  ...kinds.map(([id, t], i) => `ENV TOKEN_${i}=${t}`),
  ...kinds.map(([id, t], i) => `ARG ARG_${i}=${t}`),
  ...kinds.map(([id, t], i) => `LABEL label${i}="${t}"`),
  ...kinds.map(([id, t], i) => `RUN echo ${t} > /tmp/x${i}`),
  `ENV DB_PASSWORD=${PLAIN.envPassword}`,
  `RUN curl -fsSL "https://deploy:${PLAIN.urlPassword}@example.com/install.sh?token=${PLAIN.queryToken}" | sh`,
  `RUN curl -fsSL https://example.com/i.sh?access_token=${PLAIN.queryToken} | bash`,
  `RUN mysql -uroot -p${PLAIN.mysql} -e 'select 1'`,
  `RUN curl -u admin:${PLAIN.curlUser} https://example.com/x -o /tmp/x`,
  ...kinds.map(([id, t], i) => `COPY ${t}.txt /var/task/f${i}`),
  `COPY ["https://u:${PLAIN.urlPassword}@example.com/a.tgz", "/tmp/"]`,
  `RUN echo "${PRIVATE_KEY.replace(/\n/g, '\\n')}" > /root/.ssh/id_rsa`,
  'CMD ["app.handler"]',
  '',
].join('\n');

async function plantedImage(): Promise<Buffer> {
  const history = [
    `|1 NPM_TOKEN=${PLAIN.buildArg} /bin/sh -c npm ci`,
    `/bin/sh -c #(nop)  ENV DB_PASSWORD=${PLAIN.envPassword}`,
    `RUN /bin/sh -c mysql -p${PLAIN.mysql} && curl -u me:${PLAIN.curlUser} "https://x:${PLAIN.urlPassword}@h/p?sig=${PLAIN.queryToken}" # buildkit`,
    ...kinds.map(([, t]) => `/bin/sh -c echo ${t}`),
  ];
  const layers = history.map((_, i) => ({ [`var/task/f${i}.py`]: `x = ${i}\n` }));
  layers[0] = { ...layers[0], ...Object.fromEntries(kinds.map(([, t]) => [`var/task/${t}.txt`, 'data\n'])) };
  layers[1] = { ...layers[1], 'root/.ssh/id_rsa': `${PRIVATE_KEY}\n`, 'var/task/.env': `API_TOKEN=${TOKENS['github-pat']}\n` };
  return buildImage({
    config: {
      Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task',
      Env: [...kinds.map(([, t], i) => `SECRET_${i}=${t}`), `DATABASE_URL=postgres://app:${PLAIN.urlPassword}@db/x`, `API_PASSWORD=${PLAIN.configEnv}`],
      Labels: Object.fromEntries(kinds.map(([, t], i) => [`l${i}`, t])),
    },
    layers,
    history,
  });
}

function capture() {
  let stdout = '';
  let stderr = '';
  return {
    io: { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), readStdin: async () => Buffer.alloc(0), isTTY: false, env: {} as NodeJS.ProcessEnv },
    get out() {
      return stdout + stderr;
    },
  };
}

let dir: string;
beforeAll(async () => {
  await initShell();
  dir = mkdtempSync(join(tmpdir(), 'lli-planted-'));
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  writeFileSync(join(dir, 'app.py'), 'def handler(e, c):\n    return 1\n');
  writeFileSync(join(dir, 'image.tar'), await plantedImage());
});

describe('the planted secrets are real test data', () => {
  it('each sample matches its token pattern', () => {
    for (const p of TOKEN_PATTERNS.filter((x) => x.id !== 'private-key')) {
      const sample = TOKENS[p.id];
      expect(sample, `a sample for ${p.id}`).toBeDefined();
      expect(p.re.test(sample), p.id).toBe(true);
    }
  });
  it('redactText hides every kind, in linear time', () => {
    for (const t of Object.values(TOKENS)) expect(leaks(redactText(`x ${t} y`)), t).toEqual([]);
    const big = `${Object.values(TOKENS).join(' ')} `.repeat(200);
    const t0 = performance.now();
    expect(leaks(redactText(big))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(leaks(redactText(PRIVATE_KEY))).toEqual([]);
  });
});

describe('no secret in any output', () => {
  for (const format of Object.keys(FORMATS)) {
    it(`format ${format}: Dockerfile, image with its Dockerfile, image alone`, async () => {
      const c = capture();
      const code = await run(['-f', format, '--now', '2026-11-27', join(dir, 'Dockerfile'), join(dir, 'image.tar')], c.io);
      expect([0, 1]).toContain(code);
      const c2 = capture();
      await run(['-f', format, '--dockerfile', join(dir, 'Dockerfile'), join(dir, 'image.tar')], c2.io);
      expect(c.out.length).toBeGreaterThan(200);
      expect(c.out).toMatch(/LL202/);
      expect(leaks(c.out)).toEqual([]);
      expect(leaks(c2.out)).toEqual([]);
    });
  }

  it('stderr: an input error quoting a secret is redacted', async () => {
    const c = capture();
    const code = await run([join(dir, `missing-${TOKENS['github-pat']}`, 'Dockerfile'), `--build-arg=X=${PLAIN.buildArg}`], c.io);
    expect(code).toBe(2);
    expect(c.out).toMatch(/no such file/);
    expect(leaks(c.out)).toEqual([]);
  });

  it('the Action: log, job summary, SARIF and every Checks API request body (token too)', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'lli-planted-ws-'));
    mkdirSync(join(ws, 'svc'));
    writeFileSync(join(ws, 'svc/Dockerfile'), DOCKERFILE);
    writeFileSync(join(ws, 'svc/image.tar'), readFileSync(join(dir, 'image.tar')));
    const event = join(ws, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { head: { sha: '1'.repeat(40) } } }));
    const bodies: string[] = [];
    const apiToken = `ghs_${noise(36, 40)}`;
    let failWith: string | undefined;
    const fetch = async (_url: string, init: { body?: string }) => {
      bodies.push(String(init.body ?? ''));
      if (failWith) return new Response(JSON.stringify({ message: failWith }), { status: 422, headers: { 'content-type': 'application/json' } });
      return new Response(JSON.stringify({ id: 7 }), { status: 201, headers: { 'content-type': 'application/json' } });
    };
    let log = '';
    const env: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: 'octo/fn', GITHUB_EVENT_PATH: event, GITHUB_SHA: '2'.repeat(40),
      GITHUB_STEP_SUMMARY: join(ws, 'summary.md'), GITHUB_OUTPUT: join(ws, 'out.txt'),
      INPUT_DOCKERFILES: 'svc/Dockerfile', INPUT_IMAGES: 'svc/image.tar', INPUT_TOKEN: apiToken, INPUT_ANNOTATE: 'check-run', 'INPUT_SARIF-FILE': 'r.sarif',
      'INPUT_FAILURE-THRESHOLD': 'none',
    };
    const result = await runAction({ env, stdout: (s) => void (log += s), octokit: { request: { fetch } }, retry: { retries: 0 } });
    expect(result.annotatedWith).toBe('check-run');
    expect(bodies.length).toBeGreaterThan(0);
    const all = [log, readFileSync(join(ws, 'summary.md'), 'utf8'), readFileSync(join(ws, 'r.sarif'), 'utf8'), ...bodies].join('\n');
    expect(all).toMatch(/LL202/);
    expect(leaks(all)).toEqual([]);

    // An API error whose body echoes the token and a secret: the error that reaches the log is scrubbed.
    failWith = `Bad credentials ${apiToken} ${TOKENS['npm-token']}`;
    let thrown = '';
    try {
      await runAction({ env, stdout: (s) => void (log += s), octokit: { request: { fetch } }, retry: { retries: 0 } });
    } catch (e) {
      thrown = `${(e as Error).message} ${JSON.stringify((e as { response?: unknown }).response ?? '')}`;
    }
    expect(thrown).toMatch(/Bad credentials/);
    expect(thrown).not.toContain(apiToken.slice(4, 20));
    expect(leaks(thrown)).toEqual([]);

    // The same run annotating with workflow commands: the log holds everything.
    log = '';
    await runAction({ env: { ...env, INPUT_ANNOTATE: 'workflow-commands' }, stdout: (s) => void (log += s) });
    expect(log).toMatch(/::error file=/);
    expect(leaks(log)).toEqual([]);
  });
});

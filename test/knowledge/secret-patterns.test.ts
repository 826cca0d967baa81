/**
 * The token table: every pattern has positive and negative cases, is written to be linear (bounded quantifiers,
 * none nested) and is proven so on 1 MB of near-matches built from its own keywords and character classes.
 * Fake credentials are generated at run time (deterministic), never stored whole in the repository.
 */
import { describe, expect, it } from 'vitest';
import { findToken, TOKEN_PATTERNS } from '../../src/knowledge/secrets.js';
import { CONTENT_PATTERNS, ContentScanner, scanContent } from '../../src/knowledge/secret-scan.js';

/** Deterministic pseudo-random string of `n` characters from `chars`. */
export function fake(chars: string, n: number, seed = 7): string {
  let x = Math.imul(seed, 2654435761) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(chars[(x >>> 16) % chars.length]);
  }
  return out.join('');
}
const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const az = 'abcdefghijklmnopqrstuvwxyz';
const D = '0123456789';
const ALNUM = AZ + az + D;
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '_-';

const jwt = (s = 3) => `eyJhbGciOiJIUzI1NiJ9.eyJ${fake(URLSAFE, 40, s)}.${fake(URLSAFE, 43, s + 1)}`;
const pem = (kind: string) => `-----BEGIN ${kind}PRIVATE KEY-----\n${fake(B64, 64)}\n${fake(B64, 64, 9)}\n-----END ${kind}PRIVATE KEY-----\n`;

/** Each id: texts that must report it (in code-like context), and look-alikes that must not. */
export const CASES: Record<string, { pos: string[]; neg: string[] }> = {
  'aws-access-key-id': {
    pos: [`aws_access_key_id = "${'AKIA' + fake(AZ + D, 16)}"`, `key: ${'ASIA' + fake(AZ + D, 16, 3)}`],
    neg: ['aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"', `id = "AKIA${fake(AZ + D, 15)}"`, `x = "${'AIDA' + fake(AZ + D, 16)}"`, 'AKIA0000000000000000'],
  },
  'aws-secret-access-key': {
    pos: [`AWS_SECRET_ACCESS_KEY = "${fake(B64, 40)}"`, `"SecretAccessKey": "${fake(B64, 40, 4)}"`, `aws_secret_access_key=${fake(B64, 40, 5)}`],
    neg: ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', `secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]`, `secret_access_key = "${fake(B64, 39)}"`, `secret_access_key = "${'a'.repeat(40)}"`],
  },
  'github-pat': {
    pos: ['ghp_' + fake(ALNUM, 36), `token: "${'ghs_' + fake(ALNUM, 36, 2)}"`, 'ghr_' + fake(ALNUM, 76)],
    neg: ['ghp_' + fake(ALNUM, 30), 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'myghp_' + fake(ALNUM, 36)],
  },
  'github-fine-grained-pat': {
    pos: ['github_pat_' + fake(ALNUM, 22) + '_' + fake(ALNUM, 59)],
    neg: ['github_pat_' + fake(ALNUM, 40), 'github_pat_<your token>'],
  },
  'gitlab-pat': {
    pos: ['glpat-' + fake(URLSAFE, 20), `CI_TOKEN=${'gldt-' + fake(URLSAFE, 20, 3)}`, 'glrt-' + fake(URLSAFE, 26)],
    neg: ['glpat-xxxxxxxxxxxxxxxxxxxx', 'glpat-' + fake(ALNUM, 12), 'glpat-<token>'],
  },
  'slack-token': {
    pos: [`xoxb-${fake(D, 12)}-${fake(D, 13)}-${fake(ALNUM, 24)}`, `xoxp-${fake(D, 11)}-${fake(D, 11)}-${fake(D, 12)}-${fake(az + D, 32)}`],
    neg: ['xoxb-your-bot-token-here', 'xoxb-1234-xxxxxxxxxxxx', 'xoxb-'],
  },
  'slack-app-token': {
    pos: [`xapp-1-A${fake(AZ + D, 10)}-${fake(D, 13)}-${fake(az + D, 64)}`],
    neg: ['xapp-1-AXXXX-1234-abc', 'xapp-token'],
  },
  'slack-webhook': {
    pos: [`https://hooks.slack.com/services/T${fake(AZ + D, 8)}/B${fake(AZ + D, 10)}/${fake(ALNUM, 24)}`],
    neg: ['https://hooks.slack.com/services/T000/B000/XXXX', 'https://hooks.slack.com/'],
  },
  'stripe-secret-key': {
    pos: ['sk_live_' + fake(ALNUM, 24), 'rk_live_' + fake(ALNUM, 99, 3)],
    neg: ['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'pk_live_' + fake(ALNUM, 24), 'sk_live_' + fake(ALNUM, 6)],
  },
  'npm-token': {
    pos: ['//registry.npmjs.org/:_authToken=npm_' + fake(ALNUM, 36)],
    neg: ['npm_' + fake(az, 36), 'npm_config_cache_' + fake(az, 30), 'npm_' + fake(ALNUM, 20)],
  },
  'pypi-token': {
    pos: ['password = pypi-AgEIcHlwaS5vcmc' + fake(URLSAFE, 120)],
    neg: ['pypi-AgEIcHlwaS5vcmc' + fake(URLSAFE, 20), 'pypi-token-here-0123456789'],
  },
  'huggingface-token': {
    pos: ['HF_TOKEN=hf_' + fake(AZ + az, 34)],
    neg: ['hf_' + fake(az, 34), 'hf_hub_download_' + fake(az, 30), 'hf_' + fake(AZ + az, 20)],
  },
  'openai-key': {
    pos: ['sk-' + fake(ALNUM, 20) + 'T3BlbkFJ' + fake(ALNUM, 20, 2), 'sk-proj-' + fake(URLSAFE, 156)],
    neg: ['sk-' + fake(ALNUM, 48), 'sk-proj-' + fake(URLSAFE, 40), 'task-proj-' + fake(URLSAFE, 156)],
  },
  'anthropic-key': {
    pos: ['sk-ant-api03-' + fake(URLSAFE, 93) + 'AA'],
    neg: ['sk-ant-api03-' + fake(URLSAFE, 20), 'sk-ant-' + fake(URLSAFE, 95)],
  },
  'gcp-api-key': {
    pos: ['key=AIza' + fake(URLSAFE, 35)],
    neg: ['AIza' + fake(URLSAFE, 30), 'AIzaSyEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAM'],
  },
  'sendgrid-key': {
    pos: [`SG.${fake(URLSAFE, 22)}.${fake(URLSAFE, 43, 2)}`],
    neg: [`SG.${fake(URLSAFE, 10)}.${fake(URLSAFE, 43)}`, 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'docker-pat': {
    pos: ['dckr_pat_' + fake(URLSAFE, 27)],
    neg: ['dckr_pat_' + fake(URLSAFE, 10), 'dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'shopify-token': {
    pos: ['shpat_' + fake('0123456789abcdef', 32)],
    neg: ['shpat_' + fake('0123456789abcdef', 20), 'shpat_' + fake(az, 32)],
  },
  'age-secret-key': {
    pos: ['AGE-SECRET-KEY-1' + fake('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)],
    neg: ['AGE-SECRET-KEY-1' + fake('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 20), 'AGE-SECRET-KEY-1...'],
  },
  'private-key': {
    pos: [pem('RSA '), pem('OPENSSH '), pem(''), JSON.stringify({ private_key: pem('') })],
    neg: ['if line.startswith("-----BEGIN RSA PRIVATE KEY-----"):', '-----BEGIN CERTIFICATE-----\n' + fake(B64, 64) + '\n', 'PEM_HEADER = "-----BEGIN PRIVATE KEY-----\\n"\n'],
  },
  'jwt-assigned': {
    pos: [`API_TOKEN = "${jwt()}"`, `headers = {"Authorization": "Bearer ${jwt(5)}"}`, `const authToken = '${jwt(6)}';`],
    neg: [`sample = "${jwt()}"`, `expected_claims = "${jwt(5)}"`, 'token = "eyJ.eyJ.x"'],
  },
  'url-password': {
    pos: [`DATABASE_URL = "postgres://app:${fake(ALNUM, 16)}@db.internal:5432/app"`, `amqp://svc:${fake(ALNUM, 12)}@mq.prod.corp/vhost`],
    neg: ['postgres://user:password@localhost/db', 'https://user:${PASSWORD}@host.io/', 'redis://:pass@cache:6379', 'http://user:{password}@proxy.corp', 'https://example.com/a:b@c'],
  },
};

const ids = (text: string) => scanContent(Buffer.from(`# file\nx = 1\n${text}\n`)).map((f) => f.id);

describe('token table', () => {
  it('has positive and negative cases for every pattern', () => {
    expect(Object.keys(CASES).sort()).toEqual(CONTENT_PATTERNS.map((p) => p.id).sort());
    for (const [id, c] of Object.entries(CASES)) {
      expect(c.pos.length, id).toBeGreaterThan(0);
      expect(c.neg.length, id).toBeGreaterThan(0);
    }
  });
  for (const [id, c] of Object.entries(CASES)) {
    it(`${id}: positives found on their line, negatives not`, () => {
      for (const text of c.pos) {
        const found = scanContent(Buffer.from(`# file\nx = 1\n${text}\n`));
        expect(found.map((f) => f.id), text.slice(0, 40)).toContain(id);
        expect(found.find((f) => f.id === id)!.line).toBeGreaterThanOrEqual(3);
      }
      for (const text of c.neg) expect(ids(text), text.slice(0, 60)).not.toContain(id);
    });
  }
  it('findToken (ENV, ARG, RUN values) knows every token format', () => {
    for (const p of TOKEN_PATTERNS) {
      const text = CASES[p.id].pos[0];
      expect(findToken(text)?.pattern.id, p.id).toBe(p.id);
    }
  });
});

/** Scans `text` fed in chunks of `size` bytes. */
function chunked(text: string, size: number) {
  const b = Buffer.from(text);
  const s = new ContentScanner(b.length);
  for (let i = 0; i < b.length; i += size) s.write(b.subarray(i, i + size));
  return s.end();
}

describe('streaming', () => {
  const gh = 'ghp_' + fake(ALNUM, 36);
  const key = pem('RSA ');
  const text = `${'x = 1\n'.repeat(3000)}token = "${gh}"\n${'y = 2\n'.repeat(5000)}${key}${'z\n'.repeat(100)}DB = "postgres://app:${fake(ALNUM, 14)}@db.prod/x"\n`;
  const want = [
    { id: 'github-pat', line: 3001 },
    { id: 'private-key', line: 8002 },
    { id: 'url-password', line: 8106 },
  ];
  it('finds tokens across chunk boundaries at every chunk size, with the right lines', () => {
    for (const size of [1, 3, 7, 64, 1000, 4096, 65536, 1 << 20]) {
      expect(chunked(text, size).map((f) => ({ id: f.id, line: f.line })), `chunk ${size}`).toEqual(want);
    }
  });
  it('stops on binary content (a NUL byte, or not UTF-8 at the start)', () => {
    expect(scanContent(Buffer.concat([Buffer.from('\u0000\u0001ELF'), Buffer.from(`t="${gh}"`)]))).toEqual([]);
    expect(scanContent(Buffer.concat([Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(`t="${gh}"`)]))).toEqual([]);
    expect(scanContent(Buffer.from(`t="${gh}" é ü`)).map((f) => f.id)).toEqual(['github-pat']);
  });
  it('drops findings on lines over the line cap (minified bundles)', () => {
    expect(scanContent(Buffer.from(`var a=1;${'b=2;'.repeat(3000)}t="${gh}";${'c=3;'.repeat(100)}\n`))).toEqual([]);
  });
});

describe('linear time', () => {
  /** Character classes the patterns are built from, to make near-matches that never complete. */
  const MB = 1 << 20;
  const FILL = [ALNUM, URLSAFE, B64, D, AZ + D, ' \t=:"\''].map((chars) => fake(chars, MB, chars.length));
  for (const p of [...CONTENT_PATTERNS]) {
    it(`${p.id}: 1 MB of near-matches in under 200 ms`, () => {
      const re = new RegExp(p.re.source, `${p.re.flags}g`);
      let worst = 0;
      for (const k of p.keywords) {
        for (const fill of FILL) {
          // keyword + a long run of the pattern's own classes, repeated: every keyword starts a match attempt.
          const unit = `${k}${fill.slice(0, 300)}`;
          const near = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
          const long = (k + fill).slice(0, MB);
          for (const text of [near, long]) {
            // A run over the bound is timed again (up to three runs, the fastest counts): a pattern that
            // backtracks is slow on every run, a pause of the machine or the collector on one only.
            let best = Infinity;
            for (let run = 0; run < 3 && best >= 200; run++) {
              const t0 = performance.now();
              re.lastIndex = 0;
              let n = 0;
              while (re.exec(text) && n < 1e6) n++;
              best = Math.min(best, performance.now() - t0);
            }
            worst = Math.max(worst, best);
          }
        }
      }
      expect(worst, `${p.id} worst ${worst.toFixed(1)} ms`).toBeLessThan(200);
    });
  }
  it('the scanner over 1 MB of near-matches of every keyword stays fast', () => {
    const unit = CONTENT_PATTERNS.flatMap((p) => p.keywords).map((k) => `${k}${fake(URLSAFE, 60)}`).join(' = ');
    const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const t0 = performance.now();
    chunked(text, 512 * 1024);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
  it('every pattern is bounded: no *, +, {n,} quantifier and no quantified group holding a quantifier', () => {
    for (const p of CONTENT_PATTERNS) expect(unboundedParts(p.re.source), p.id).toEqual([]);
  });
});

/** Quantifiers a pattern must not have (outside character classes): *, +, {n,}, and a quantified group that holds one. */
function unboundedParts(src: string): string[] {
  const bad: string[] = [];
  const groups: { start: number; quantified: boolean }[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (c === '(') groups.push({ start: i, quantified: false });
    else if (c === ')') {
      const g = groups.pop()!;
      const next = src[i + 1];
      if (g.quantified && (next === '*' || next === '+' || next === '{')) bad.push(`nested at ${g.start}`);
      if (groups.length && g.quantified) groups[groups.length - 1].quantified = true;
      if (next === '*' || next === '+' || next === '{') {
        if (groups.length) groups[groups.length - 1].quantified = true;
      }
    } else if (c === '*' || c === '+') {
      if (src[i - 1] !== '(' && src[i - 1] !== '?') bad.push(`${c} at ${i}`);
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m && m[2] && m[3] === '') bad.push(`{n,} at ${i}`);
      if (m && groups.length) groups[groups.length - 1].quantified = true;
    }
  }
  return bad;
}

describe('docs', () => {
  it('the LL202 docs list every token kind of the table (generated from it)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/rules/LL202.md', import.meta.url), 'utf8');
    for (const p of CONTENT_PATTERNS) expect(doc, p.kind).toContain(p.kind);
  });
});

describe('hostile content', () => {
  it('a 4 MB one-line file full of real-looking tokens is linear (minified: nothing reported)', () => {
    const unit = `a="ghp_${'k3Jd9QmZ2xLp7RtV0bNc4WyH8sFa1GeU5oTi'}";b="postgres://u:${'Xk82pLq0zzR4'}@db.corp/x";`;
    const text = unit.repeat(Math.ceil((4 << 20) / unit.length));
    const t0 = performance.now();
    expect(chunked(text, 512 * 1024)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
  it('256 KB of newlines, and 1 MB of each keyword without a token, are fast (keywords a match may follow are anchored, not retried)', () => {
    for (const text of ['\n'.repeat(256 * 1024), '://'.repeat(350_000), 'eyJ'.repeat(350_000), 'a = eyJ'.repeat(150_000), 'T3BlbkFJ'.repeat(130_000), 'sk-proj-'.repeat(130_000), '-----BEGIN'.repeat(100_000)]) {
      const t0 = performance.now();
      expect(chunked(text, 512 * 1024)).toEqual([]);
      expect(performance.now() - t0, text.slice(0, 10)).toBeLessThan(3000);
    }
  });
});

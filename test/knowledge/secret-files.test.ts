/**
 * The secret-file names (src/knowledge/secrets.ts SECRET_FILES): secretFileSpec answers as testing each spec in
 * order does (basename, or the path tail for a pattern with a `/`; key-like JSON names only; never a .pub), its
 * one combined case-insensitive pre-test only saving the work on names no spec matches.
 */
import { expect, it } from 'vitest';
import { SECRET_FILES, secretFileSpec, type SecretFileSpec } from '../../src/knowledge/secrets.js';

const KEY_JSON_NAME = /(service[-_]?account|credential|key|secret|gcp|google|firebase|(^|[-_])sa([-_.]|$))/i;

/** Each spec in order, as the table reads. */
function specByTable(path: string): SecretFileSpec | undefined {
  const p = path.replace(/\/+$/, '');
  const base = p.slice(p.lastIndexOf('/') + 1);
  for (const spec of SECRET_FILES) {
    if (!spec.match.test(spec.match.source.includes('\\/') ? p : base)) continue;
    if (spec.keyNamesOnly && !KEY_JSON_NAME.test(base)) continue;
    if (base.endsWith('.pub')) continue;
    return spec;
  }
  return undefined;
}

it('secretFileSpec gives the first spec of the table that matches, case as each spec says', () => {
  expect(SECRET_FILES.some((s) => /[gy]/.test(s.match.flags))).toBe(false);
  const names = [
    '', '.env', '.env.local', '.env.example', 'ENV', '.ENV', 'id_rsa', 'ID_RSA', 'id_ed25519_sk', 'x.key', 'x.KEY', 'a.pem', 'privkey.pem',
    'Private-Key.PEM', '.aws', 'credentials', 'Credentials', '.npmrc', 'NPMRC', '.pypirc', 'pip.conf', '.netrc', '_NETRC', '.git-credentials',
    '.docker', 'config.json', 'sa.json', 'my-project-1a2b3c4d5e6f.json', 'service_account.json', 'example-creds.json', 'key.pub', 'app.py',
    'requirements.txt', 'src', 'x.json', 'google.JSON', 'firebase-adminsdk-x.json', '.yarnrc.yml', 'a.p12', 'b.jks',
  ];
  let matched = 0;
  for (const a of names) for (const b of names) for (const tail of ['', '/', '//']) {
    const path = [a, b].filter(Boolean).join('/') + tail;
    const spec = secretFileSpec(path);
    expect(spec, path).toBe(specByTable(path));
    if (spec) matched++;
  }
  expect(matched).toBeGreaterThan(1000);
  expect(secretFileSpec('ID_RSA')).toBeUndefined();
  expect(secretFileSpec('home/.aws/credentials')?.kind).toBe('AWS credentials file');
});

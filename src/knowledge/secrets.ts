/**
 * Secret knowledge for LL202 (secret-baked) and the content scanner: documentation example values and
 * placeholders, finding a token or a URL password in text, secret file names and contents, credential-writing
 * commands, and where a secret-looking file of an image is not the owner's. The token formats and the credential
 * names are on the ground floor (src/core/credentials.ts, shared with the redaction boundary src/core/redact.ts)
 * and are re-exported here.
 *
 * Sources:
 * - Token formats and names: see src/core/credentials.ts.
 * - Secret files: trivy and dockle secret file lists, gitleaks `private-key`, GCP service-account key format.
 */
import { isSecretName, keywordRegExp, TOKEN_PATTERNS, type TokenPattern } from '../core/credentials.js';

export { isSecretName, isUrlSecretName, keywordRegExp, nameTokens, TOKEN_PATTERNS, type TokenPattern } from '../core/credentials.js';

/** Documentation example keys every scanner allow-lists (trivy `examples`, secretlint BUILTIN_IGNORED). */
const EXAMPLE_VALUE = /EXAMPLE/i;

/** A match that is a placeholder rather than a generated token: few distinct characters (`glpat-xxxxxxxxxxxxxxxxxxxx`, AKIA0000...). */
function lowEntropy(token: string): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < token.length && seen.size < 10; i++) seen.add(token[i]);
  return seen.size < 10;
}

/** One pattern's verdict on a match: kept unless it is an example, a placeholder or fails the pattern's own test. */
export function acceptMatch(pattern: TokenPattern, m: RegExpExecArray, text: string): boolean {
  const value = m[0];
  if (EXAMPLE_VALUE.test(value) || lowEntropy(pattern.id === 'private-key' ? text.slice(m.index, m.index + 120) : value)) return false;
  return pattern.accept ? pattern.accept(m, text) : true;
}

/**
 * findToken's prefilter (every keyword of the table) and each pattern with the `g` flag (exec from lastIndex):
 * built on the first call, not at module load.
 */
let findTables: { hint: RegExp; res: readonly RegExp[] } | undefined;
const tokenTables = () =>
  (findTables ??= { hint: keywordRegExp(TOKEN_PATTERNS), res: TOKEN_PATTERNS.map((p) => new RegExp(p.re.source, `${p.re.flags.replace('g', '')}g`)) });

/** The first known token format found in `text`, with the matched token (the credential part of the match). */
export function findToken(text: string): { pattern: TokenPattern; match: string } | undefined {
  if (text.length < 16) return undefined;
  const { hint, res } = tokenTables();
  hint.lastIndex = 0;
  if (!hint.test(text)) return undefined;
  for (let i = 0; i < TOKEN_PATTERNS.length; i++) {
    const pattern = TOKEN_PATTERNS[i];
    const re = res[i];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (acceptMatch(pattern, m, text)) return { pattern, match: m[pattern.group ?? 0] };
    }
  }
  return undefined;
}

/** `scheme://user:password@host` with a literal password (not `$VAR`, not empty, not a placeholder). */
export function findUrlCredentials(text: string): { url: string; password: string } | undefined {
  if (!text.includes('://') || !text.includes('@')) return undefined;
  // Bounded quantifiers: a 300,000-character URL costs a linear pass, not a quadratic one.
  const re = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,30}:\/\/([^\s:@/'"]{1,256}):([^\s@/'"]{0,256})@[^\s/'"]{1,256}/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const password = m[2];
    if (password === '' || password.includes('$') || isPlaceholder(password)) continue;
    return { url: m[0], password };
  }
  return undefined;
}

// ---- values --------------------------------------------------------------------------------------

/** A value that refers to a secret instead of holding it: a variable, an ARN, an SSM name, a path. */
export function isReference(value: string): boolean {
  const v = value.trim();
  return (
    /^\$\{?[A-Za-z_][A-Za-z0-9_]*(:?[-+][^}]*)?\}?$/.test(v) ||
    /^arn:aws[a-z-]*:(secretsmanager|ssm|kms|iam|sts):/.test(v) ||
    /^\{\{resolve:(secretsmanager|ssm|ssm-secure):/.test(v) ||
    /^(ssm|secretsmanager|vault|sm|op|awssm|file|env):/.test(v) ||
    /^\/aws\/reference\/secretsmanager\//.test(v) ||
    /^(\/|\.\/|~\/)[^\s]*$/.test(v)
  );
}

/**
 * Obvious placeholders and non-secret settings. Decision: a placeholder ("changeme", "<token>", "xxx")
 * is not reported: nothing leaks, and flagging tutorial defaults drowns real findings.
 */
const PLACEHOLDERS = /^(changeme|change[-_]?me|change[-_]?it|replace[-_]?me|placeholder|dummy|example|sample|test|testing|secret|password|passwd|token|your[-_a-z]*|my[-_]?(secret|password|token)|todo|tbd|fixme|none|null|nil|undefined|unset|empty|redacted|false|true|yes|no|on|off|enabled|disabled|[xX*.#_-]+|0|1|<[^>]*>|\{\{[^}]*\}\}|\[[^\]]*\]|%[A-Za-z_]+%)$/i;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.test(value.trim());
}

/** Whether a literal value should count as a secret for a credential-named variable. */
export function isSecretValue(value: string): boolean {
  const v = value.trim();
  return v !== '' && !isPlaceholder(v) && !isReference(v) && !EXAMPLE_VALUE.test(v);
}

/**
 * A literal value in a credential slot (ENV/ARG/LABEL whose name marks a credential): documentation example values
 * (AKIAIOSFODNN7EXAMPLE) count too, because the practice ships a credential slot that the next build fills with a
 * real one; only empty values, references and obvious placeholders do not.
 */
export function isCredentialSlotValue(value: string): boolean {
  const v = value.trim();
  return v !== '' && !isPlaceholder(v) && !isReference(v);
}

// ---- files ---------------------------------------------------------------------------------------

export interface SecretFileSpec {
  /** Matched against the basename (or the path tail when it holds a `/`). */
  match: RegExp;
  kind: string;
  /**
   * When the file can be read: does its content hold a secret? Undefined = the name alone decides.
   * When it cannot be read, `byName` decides.
   */
  content?: (text: string) => boolean;
  byName: boolean;
  /** Only names that suggest a key (KEY_JSON_NAME) match: the catch-all for JSON files. */
  keyNamesOnly?: boolean;
}

const hasPrivateKey = (t: string) => /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/.test(t);
/** .npmrc / .yarnrc.yml: `_authToken=`, `_auth=`, `_password=`, `npmAuthToken:` with a literal value. */
const npmrcHasToken = (t: string) => /(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*["']?(?!\$\{?)[^\s"'$]{6,}/.test(t);
/** .pypirc / pip.conf / .netrc / .git-credentials: a literal password or URL userinfo. */
const iniHasPassword = (t: string) => /^\s*password\s*[=:]\s*(?!\$\{?)\S{3,}/im.test(t) || findUrlCredentials(t) !== undefined || findToken(t) !== undefined;
const netrcHasPassword = (t: string) => /\bpassword\s+(?!\$\{?)\S{3,}/.test(t) || findToken(t) !== undefined;
const awsCredentials = (t: string) => /aws_secret_access_key\s*=\s*\S{16,}/i.test(t) || findToken(t) !== undefined;
const serviceAccountKey = (t: string) => /"type"\s*:\s*"service_account"/.test(t) && /"private_key"\s*:\s*"-----BEGIN/.test(t);
const dockerConfigAuth = (t: string) => /"auth"\s*:\s*"[A-Za-z0-9+/=]{8,}"/.test(t);
/** .env: a credential-named key with a real value, or a known token anywhere. */
export function dotenvHasSecret(t: string): boolean {
  if (findToken(t) || findUrlCredentials(t)) return true;
  for (const line of t.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const value = m[2].trim().replace(/^(['"])(.*)\1$/, '$2');
    if (isSecretName(m[1]) && isSecretValue(value)) return true;
  }
  return false;
}

/** Files that hold credentials (checked against COPY/ADD sources and the build context). */
export const SECRET_FILES: readonly SecretFileSpec[] = [
  { match: /^\.env(\.(?!example$|sample$|template$|dist$|defaults?$|schema$)[\w.-]+)?$/i, kind: 'dotenv file', content: dotenvHasSecret, byName: true },
  { match: /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/, kind: 'SSH private key', content: hasPrivateKey, byName: true },
  { match: /\.(key|p12|pfx|jks|keystore)$/i, kind: 'private key', content: hasPrivateKey, byName: true },
  // A .pem named as a private key (private-key.pem, app.private_key.pem, Let's Encrypt's privkey.pem) is one by name
  // when its content cannot be read; any other .pem is often just a CA bundle or a certificate: only its content decides.
  { match: /(private[-_.]?key|privkey)[\w.-]*\.pem$/i, kind: 'private key', content: hasPrivateKey, byName: true },
  { match: /\.pem$/i, kind: 'private key', content: hasPrivateKey, byName: false },
  { match: /(^|\/)\.aws\/credentials$/, kind: 'AWS credentials file', content: awsCredentials, byName: true },
  { match: /^credentials$/, kind: 'credentials file', content: awsCredentials, byName: false },
  { match: /^(\.npmrc|npmrc|\.yarnrc\.yml)$/, kind: 'npm config with an auth token', content: npmrcHasToken, byName: false },
  { match: /^(\.pypirc|pip\.conf|pip\.ini)$/, kind: 'Python package index credentials', content: iniHasPassword, byName: false },
  { match: /^(\.netrc|_netrc)$/, kind: 'netrc with a password', content: netrcHasPassword, byName: true },
  { match: /^\.git-credentials$/, kind: 'git credentials', content: iniHasPassword, byName: true },
  { match: /(^|\/)\.docker\/config\.json$/, kind: 'Docker registry credentials', content: dockerConfigAuth, byName: false },
  // Named as a service-account key or credentials (google_service_account_creds.json, credentials.json): by name when
  // the content cannot be read; the content decides when it can.
  // The Firebase console names its Admin SDK keys <project>-firebase-adminsdk-<id>.json.
  { match: /^(?![\w.-]*(example|sample|template|schema))[\w.-]*(service[-_]?account|credentials|creds|firebase[-_]adminsdk)[\w.-]*\.json$/i, kind: 'service-account key', content: serviceAccountKey, byName: true },
  // The name the Google Cloud console gives a downloaded key: <project id>-<first 12 hex digits of the key id>.json
  // (my-project-1a2b3c4d5e6f.json; project ids are 6-30 lower-case letters, digits and hyphens). Source: Google Cloud
  // IAM docs, https://cloud.google.com/iam/docs/keys-create-delete
  { match: /^[a-z][a-z0-9-]{4,28}[a-z0-9]-[0-9a-f]{12}\.json$/, kind: 'service-account key', content: serviceAccountKey, byName: true },
  { match: /\.json$/i, kind: 'service-account key', content: serviceAccountKey, byName: false, keyNamesOnly: true },
];

/** JSON files are only read when their name suggests a key (reading every JSON of a context is too slow). */
const KEY_JSON_NAME = /(service[-_]?account|credential|key|secret|gcp|google|firebase|(^|[-_])sa([-_.]|$))/i;

/** Each spec with what its pattern is tested on: the path tail when the pattern holds a `/`, else the basename. */
const SPEC_TARGETS: readonly { spec: SecretFileSpec; byPath: boolean }[] = SECRET_FILES.map((spec) => ({ spec, byPath: spec.match.source.includes('\\/') }));
/**
 * Every pattern at once, case-insensitive (a superset of the specs' own matches): a name none of them can match
 * (app.py, requirements.txt: nearly every file) is answered with one test per target instead of one per spec.
 */
const ANY_BY_BASE = new RegExp(SPEC_TARGETS.filter((t) => !t.byPath).map((t) => `(?:${t.spec.match.source})`).join('|'), 'i');
const ANY_BY_PATH = new RegExp(SPEC_TARGETS.filter((t) => t.byPath).map((t) => `(?:${t.spec.match.source})`).join('|'), 'i');

/** The spec a path matches, if any (basename rules first, then path-tail rules). */
export function secretFileSpec(path: string): SecretFileSpec | undefined {
  let known = SPEC_MEMO.get(path);
  if (known === undefined) {
    known = specOf(path) ?? null;
    if (SPEC_MEMO.size >= 4096) SPEC_MEMO.clear();
    SPEC_MEMO.set(path, known);
  }
  return known ?? undefined;
}
/** secretFileSpec's answers by path (the same names, `requirements.txt` or `app.py`, come back in every build context); bounded. */
const SPEC_MEMO = new Map<string, SecretFileSpec | null>();

function specOf(path: string): SecretFileSpec | undefined {
  const p = path.endsWith('/') ? path.replace(/\/+$/, '') : path;
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (!ANY_BY_BASE.test(base) && !ANY_BY_PATH.test(p)) return undefined;
  for (const { spec, byPath } of SPEC_TARGETS) {
    if (!spec.match.test(byPath ? p : base)) continue;
    if (spec.keyNamesOnly && !KEY_JSON_NAME.test(base)) continue;
    if (base.endsWith('.pub')) continue;
    return spec;
  }
  return undefined;
}

/**
 * Decides whether a file is a secret: by content when `read` gives it, otherwise by name.
 * Returns the kind, or undefined.
 */
export function classifySecretFile(path: string, read: ((p: string) => string | undefined) | undefined): string | undefined {
  return classifyAs(secretFileSpec(path), path, read);
}

/** classifySecretFile with the path's spec already known (`secretFileSpec(path)`). */
export function classifyAs(spec: SecretFileSpec | undefined, path: string, read: ((p: string) => string | undefined) | undefined): string | undefined {
  if (!spec) return undefined;
  const text = read ? read(path) : undefined;
  if (text !== undefined && spec.content) return spec.content(text) ? spec.kind : undefined;
  return spec.byName ? spec.kind : undefined;
}

// ---- RUN ------------------------------------------------------------------------------------------

/** HTTP headers that carry credentials (curl -H, wget --header). */
export const AUTH_HEADERS = /^\s*(authorization|proxy-authorization|x-api-key|api-key|x-auth-token|private-token|job-token|x-vault-token|x-jfrog-art-api|x-goog-api-key|circle-token|dd-api-key)\s*:\s*(.*)$/i;

/** Files that, written by a RUN (`echo ... > ~/.npmrc`), keep a credential in the layer. */
export const CREDENTIAL_FILE_TARGETS = /(^|\/)(\.npmrc|\.pypirc|pip\.conf|\.netrc|_netrc|\.git-credentials|\.aws\/credentials|\.docker\/config\.json|\.yarnrc\.yml|\.env)$/;

// ---- built images ----------------------------------------------------------------------------------

/**
 * Bytes the image check keeps per file whose name may hold a secret (SECRET_FILES): enough for a .env, an
 * .npmrc, a PEM key or a service-account JSON; a longer file is judged on its first 16 KiB.
 */
export const SECRET_BODY_MAX_BYTES = 16 * 1024;

/** Absolute-path globs (test/image needs syntax) of the SECRET_FILES names whose content decides or helps. */
export const SECRET_BODY_GLOBS: readonly string[] = [
  '**/.env', '**/.env.*', '**/id_{rsa,dsa,ecdsa,ed25519}', '**/id_{rsa,dsa,ecdsa,ed25519}_sk', '**/*.{pem,key}',
  '**/.aws/credentials', '**/credentials', '**/{.npmrc,npmrc,.yarnrc.yml,.pypirc,pip.conf,pip.ini,.netrc,_netrc,.git-credentials}',
  '**/.docker/config.json',
];
/** JSON files named like a key (KEY_JSON_NAME, lower-case: the needs matcher drops regex flags). */
export const SECRET_BODY_REGEXES: readonly RegExp[] = [/\/[^/]*(service[-_]?account|credential|key|secret|gcp|google|firebase)[^/]*\.json$/, /\/[a-z][a-z0-9-]{4,28}[a-z0-9]-[0-9a-f]{12}\.json$/];

/**
 * Where a secret-looking file in an image is not the image owner's credential (a sane allow-list):
 * - 'skip': certificate stores, keys the OS generates at install (snakeoil), stdlib and toolchain test data,
 *   /usr/share (documentation, examples);
 * - 'content': third-party package trees (site-packages, node_modules, gems, vendor): their test and
 *   fixture folders are skipped, and elsewhere only a file whose content shows a secret counts (a bare
 *   name like `id_rsa` in a dependency is test data far more often than a leak).
 * Sources: Debian ssl-cert (make-ssl-cert creates /etc/ssl/private/ssl-cert-snakeoil.key), Fedora/AL mod_ssl
 * (/etc/pki/tls/private/localhost.key), CPython's Lib/test/*.pem, the cryptography_vectors package, Go's
 * src/crypto/**\/testdata; certifi's cacert.pem holds certificates only and is cleared by its content.
 */
const SECRET_SKIP_PATHS: readonly RegExp[] = [
  /^\/usr\/share\//,
  /^\/etc\/ssl\/certs\//,
  /^\/etc\/pki\/(ca-trust|tls\/certs)\//,
  /^\/etc\/ssl\/private\/ssl-cert-snakeoil\.key$/,
  /^\/etc\/pki\/tls\/private\/localhost\.key$/,
  /\/lib\/python[0-9.]*\/test\//,
  /^\/usr\/(local\/)?go\//,
  /^\/usr\/lib\/(go|golang)[^/]*\//,
  /^\/(root|home\/[^/]+)\/(\.rustup|\.cargo\/registry)\//,
  /^\/usr\/local\/(rustup|cargo\/registry)\//,
  /\/cryptography_vectors\//,
];
const THIRD_PARTY_TREE = /\/(site-packages|dist-packages|node_modules|gems|vendor\/bundle|bower_components)\//;
const TEST_SEGMENT = /\/(tests?|testing|testdata|test_?data|fixtures?|__fixtures__|__tests__|specs?|examples?|samples?|docs?|vectors)\//i;

export function secretPathPolicy(path: string): 'skip' | 'content' | 'report' {
  if (SECRET_SKIP_PATHS.some((r) => r.test(path))) return 'skip';
  const m = THIRD_PARTY_TREE.exec(path);
  if (m) {
    if (TEST_SEGMENT.test(path.slice(m.index + m[0].length - 1))) return 'skip';
    return 'content';
  }
  return 'report';
}

/**
 * What a credential looks like, on the ground floor because the redaction boundary (src/core/redact.ts) hides
 * these and must not depend on a floor above it: the known token formats (TOKEN_PATTERNS), the keyword search
 * that finds where one may start (keywordRegExp), and credential names (isSecretName). src/knowledge/secrets.ts
 * re-exports them and builds the rest of the secret knowledge on top (example and placeholder values, findToken,
 * secret files); the content scanner is src/knowledge/secret-scan.ts.
 *
 * Sources:
 * - Token formats: gitleaks `config/gitleaks.toml` (rule ids in `source`), secretlint
 *   `@secretlint/secretlint-rule-preset-recommend` 12.0.0 (MIT; rule ids in `source`), trivy
 *   `pkg/fanal/secret/builtin-rules.go`.
 * - Names: BuildKit `SecretsUsedInArgOrEnv` (moby/buildkit dockerfile2llb/validations.go: whole-token
 *   match, `public`/`file`/`version` allow tokens), hadolint DL3064, trivy DS-0031. We match whole
 *   name tokens (never substrings: dockle CIS-DI-0010's substring match flags KEYCLOAK_*, goodwithtech/dockle#130)
 *   and let identifier suffixes (SECRET_NAME, SECRET_ARN, TOKEN_URL, PASSWORD_FILE) through.
 *
 * Why not a library: @secretlint/core 12 was evaluated: its `lintSource` is asynchronous (our lint path is
 * synchronous), importing core + preset costs ~40 ms (the CLI budget is ~100 ms in total) and one call ~0.25 ms,
 * and with defaults it does not report AWS access key ids nor Stripe keys. Its regexes are ported below instead,
 * with their rule ids.
 */

export interface TokenPattern {
  id: string;
  /** What the user is told: "a GitHub token". */
  kind: string;
  /** Linear by construction: bounded quantifiers only, none nested (test/knowledge/secret-patterns.test.ts proves it). */
  re: RegExp;
  /**
   * Literal strings of which every match contains one: the content scanner searches for all keywords of all
   * patterns at once and runs `re` only on a window around a keyword it found.
   */
  keywords: readonly string[];
  /** Keywords are matched without regard to case. */
  ci?: boolean;
  /** How many characters a match may start before its keyword (default 0: every match starts with its keyword). */
  before?: number;
  /** Where the one match holding the keyword at `at` can start, when it is cheap to tell (else every start in `before` is tried). */
  startOf?: (text: string, at: number) => number;
  /** A match counts only when this holds (the name a JWT is assigned to marks a credential, a key block has a body). */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  /** The capture group holding the credential itself (default: the whole match). */
  group?: number;
  /** Where the format is documented (vendor docs first), and which scanner rules it agrees with. */
  source: string;
}

/** True when the characters that follow `end` in `text` are a base64 key body (not a quoted header in code). */
const keyBodyFollows = (m: RegExpExecArray, text: string): boolean => /^(?:\s|\\[rn]){1,8}[A-Za-z0-9+/]{24}/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 64));
/** Mixed letters (an upper and a lower case letter, or a letter and a digit): generated tokens have them, identifiers in code rarely. */
const mixed = (s: string): boolean => (/[A-Z]/.test(s) && /[a-z0-9]/.test(s)) || (/[a-z]/.test(s) && /[0-9]/.test(s));
/** The credential-named variable, key or header a JWT is assigned to. */
const namedCredential = (m: RegExpExecArray): boolean => {
  const name = m[1] ?? '';
  const last = name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('-')) + 1);
  return isSecretName(name) || isSecretName(last) || /^(auth|authorization|bearer|jwt|token|id_?token|access_?token|refresh_?token)$/i.test(last);
};

const isTokenChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
const isNameChar = (c: number): boolean => isTokenChar(c) || c === 46;
const isBlank = (c: number): boolean => c === 32 || c === 9;
/** The start of the run of `ok` characters that ends at `at` (at most `max` long; a longer run cannot hold a match). */
function runStart(t: string, at: number, max: number, ok: (c: number) => boolean): number {
  let i = at;
  while (i > 0 && at - i <= max && ok(t.charCodeAt(i - 1))) i--;
  return at - i > max ? at : i;
}
/** Where `name = "Bearer eyJ...` starts, read backwards from the token at `at` (the jwt-assigned pattern's shape). */
function assignmentStart(t: string, at: number): number {
  let i = at;
  const back = (ok: (c: number) => boolean, max: number) => {
    for (let n = 0; n < max && i > 0 && ok(t.charCodeAt(i - 1)); n++) i--;
  };
  back(isBlank, 4);
  if (t.startsWith('Bearer', i - 6)) i -= 6;
  back((c) => c === 34 || c === 39 || c === 96, 1);
  back(isBlank, 4);
  if (t.startsWith('=>', i - 2) || t.startsWith(':=', i - 2)) i -= 2;
  else back((c) => c === 58 || c === 61, 1);
  back(isBlank, 4);
  back((c) => c === 34 || c === 39, 1);
  return runStart(t, i, 64, isNameChar);
}

/**
 * Token formats recognised whatever the variable name, each specific enough to stand alone (and two that need an
 * assignment to a credential name). Vendors' own docs are cited where they publish the format; gitleaks
 * `config/gitleaks.toml` and trivy `pkg/fanal/secret/builtin-rules.go` rule ids are named for the same formats.
 */
export const TOKEN_PATTERNS: readonly TokenPattern[] = [
  // AKIA = long-term access key, ASIA = temporary (STS) key, A3T = old format. AIDA/AROA (user/role ids) are not secrets.
  { id: 'aws-access-key-id', kind: 'AWS access key id', re: /(?<![A-Z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/, keywords: ['AKIA', 'ASIA', 'A3T'], source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids; gitleaks aws-access-token; trivy aws-access-key-id' },
  {
    id: 'aws-secret-access-key',
    kind: 'AWS secret access key',
    re: /(?<![A-Za-z0-9])(?:aws_?)?secret_?access_?key["']?\s{0,4}(?:=>|:=|[:=])\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    keywords: ['secret_access_key', 'SECRET_ACCESS_KEY', 'SecretAccessKey', 'secretAccessKey', 'secret-access-key', 'secretaccesskey', 'Secret_Access_Key'],
    before: 4,
    accept: (m) => mixed(m[1]),
    group: 1,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (40-character secret, assigned to aws_secret_access_key); trivy aws-secret-access-key',
  },
  { id: 'github-pat', kind: 'GitHub token', re: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,76}(?![A-Za-z0-9_])/, keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], source: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats; gitleaks github-pat; trivy github-pat' },
  { id: 'github-fine-grained-pat', kind: 'GitHub fine-grained token', re: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/, keywords: ['github_pat_'], source: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats; gitleaks github-fine-grained-pat' },
  { id: 'gitlab-pat', kind: 'GitLab token', re: /(?<![A-Za-z0-9_-])(?:glpat|gldt|glrt|glptt|glcbt|glft|gloas|glsoat|glimt|glagent)-[A-Za-z0-9_-]{20,128}(?![A-Za-z0-9_-])/, keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'glft-', 'gloas-', 'glsoat-', 'glimt-', 'glagent-'], source: 'https://docs.gitlab.com/security/tokens/#token-prefixes; gitleaks gitlab-pat; trivy gitlab-pat' },
  { id: 'slack-token', kind: 'Slack token', re: /(?<![A-Za-z0-9-])xox[abeoprs]-[A-Za-z0-9]{1,16}-[A-Za-z0-9-]{8,250}(?![A-Za-z0-9-])/, keywords: ['xoxa-', 'xoxb-', 'xoxe-', 'xoxo-', 'xoxp-', 'xoxr-', 'xoxs-'], accept: (m) => mixed(m[0].slice(5)), source: 'https://api.slack.com/concepts/token-types; gitleaks slack-bot-token; trivy slack-access-token' },
  { id: 'slack-app-token', kind: 'Slack app token', re: /(?<![A-Za-z0-9-])xapp-[0-9]-[A-Z0-9]{1,20}-[0-9]{1,20}-[a-z0-9]{16,128}(?![A-Za-z0-9-])/, keywords: ['xapp-'], source: 'https://api.slack.com/concepts/token-types; gitleaks slack-app-token' },
  { id: 'slack-webhook', kind: 'Slack webhook URL', re: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{40,120}/, keywords: ['hooks.slack.com/'], source: 'https://api.slack.com/messaging/webhooks; gitleaks slack-webhook-url; trivy slack-web-hook' },
  { id: 'stripe-secret-key', kind: 'Stripe secret key', re: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}(?![A-Za-z0-9_])/, keywords: ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'], accept: (m) => mixed(m[0].slice(8)), source: 'https://docs.stripe.com/keys; gitleaks stripe-access-token; trivy stripe-secret-token' },
  { id: 'npm-token', kind: 'npm access token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, keywords: ['npm_'], accept: (m) => mixed(m[0].slice(4)), source: 'https://docs.npmjs.com/about-access-tokens; gitleaks npm-access-token' },
  { id: 'pypi-token', kind: 'PyPI upload token', re: /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}/, keywords: ['pypi-AgEIcHlwaS5vcmc'], source: 'https://pypi.org/help/#apitoken (macaroon tokens start with pypi-AgEIcHlwaS5vcmc); gitleaks pypi-upload-token; trivy pypi-upload-token' },
  { id: 'huggingface-token', kind: 'Hugging Face token', re: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{34,40}(?![A-Za-z0-9_])/, keywords: ['hf_'], accept: (m) => /[A-Z]/.test(m[0]) && /[a-z]/.test(m[0].slice(3)), source: 'https://huggingface.co/docs/hub/security-tokens; gitleaks huggingface-access-token; trivy hugging-face-access-token' },
  { id: 'openai-key', kind: 'OpenAI API key', re: /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{80,250}|[A-Za-z0-9_-]{20,100}T3BlbkFJ[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/, keywords: ['T3BlbkFJ', 'sk-proj-', 'sk-svcacct-', 'sk-admin-'], before: 103, startOf: (t, at) => runStart(t, at, 104, isTokenChar), source: 'https://platform.openai.com/docs/api-reference/authentication; gitleaks openai-api-key; trivy openai-*' },
  { id: 'anthropic-key', kind: 'Anthropic API key', re: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)0[0-9]-[A-Za-z0-9_-]{80,128}(?![A-Za-z0-9_-])/, keywords: ['sk-ant-'], source: 'https://docs.anthropic.com/en/api/overview#authentication; gitleaks anthropic-api-key' },
  { id: 'gcp-api-key', kind: 'Google API key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/, keywords: ['AIza'], source: 'https://cloud.google.com/docs/authentication/api-keys; gitleaks gcp-api-key' },
  { id: 'sendgrid-key', kind: 'SendGrid API key', re: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/, keywords: ['SG.'], source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys; gitleaks sendgrid-api-token' },
  { id: 'docker-pat', kind: 'Docker Hub token', re: /(?<![A-Za-z0-9_-])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])/, keywords: ['dckr_pat_', 'dckr_oat_'], source: 'https://docs.docker.com/security/for-developers/access-tokens/; trivy dockerconfig-secret' },
  { id: 'shopify-token', kind: 'Shopify token', re: /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/, keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], source: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens; gitleaks shopify-access-token; trivy shopify-token' },
  { id: 'age-secret-key', kind: 'age secret key', re: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/, keywords: ['AGE-SECRET-KEY-1'], source: 'https://age-encryption.org/v1 (Bech32 secret key encoding); gitleaks age-secret-key; trivy age-secret-key' },
  { id: 'private-key', kind: 'private key', re: /-----BEGIN[ A-Z0-9]{0,32}PRIVATE KEY(?: BLOCK)?-----/, keywords: ['-----BEGIN'], accept: keyBodyFollows, source: 'RFC 7468 (textual encoding of PKCS #8, PKCS #1 and OpenSSH keys); gitleaks private-key; trivy private-key' },
  {
    id: 'jwt-assigned',
    kind: 'JSON Web Token assigned to a credential name',
    re: /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?\s{0,4}(?:=>|:=|[:=])\s{0,4}["'`]?(?:Bearer\s{1,4})?(eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000})/,
    keywords: ['eyJ'],
    before: 90,
    startOf: assignmentStart,
    accept: namedCredential,
    group: 2,
    source: 'RFC 7519 (JSON Web Token: base64url header "{"... = eyJ); gitleaks jwt (only with a credential name here: JWTs in code are mostly test data)',
  },
];
/**
 * One case-sensitive search for every keyword of every pattern, run before any pattern: the prefilter of the
 * content scanner and of findToken. The literals are laid out as a trie (`g(?:h[pousr]_|l(?:pat|dt)-)|...`):
 * V8 then tests one character per position instead of every alternative (about 1.7x faster on source text).
 * Case-insensitive keywords are spelled as `[Aa]` classes (Node 20 has no inline `(?i:)`).
 */
export function keywordRegExp(patterns: readonly TokenPattern[], extra: readonly string[] = []): RegExp {
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  const add = (chars: string[]) => {
    let node = root;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (node.get(c) === null) return; // a shorter keyword already matches here
      if (i === chars.length - 1) {
        node.set(c, null);
        return;
      }
      let next = node.get(c);
      if (!next) node.set(c, (next = new Map()));
      node = next;
    }
  };
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const units = (k: string, ci: boolean) => [...k].map((c) => (ci && /[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : esc(c)));
  for (const p of patterns) for (const k of p.keywords) add(units(k, !!p.ci));
  for (const k of extra) add(units(k, false));
  const emit = (node: Node): string => {
    const alts = [...node].map(([c, next]) => (next ? c + group(next) : c));
    return alts.join('|');
  };
  const group = (node: Node): string => (node.size === 1 ? emit(node) : `(?:${emit(node)})`);
  return new RegExp(emit(root), 'g');
}

// ---- names ---------------------------------------------------------------------------------------

/** Names that are credentials although their last token looks like an identifier. */
const KNOWN_SECRET_NAMES = new Set([
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN',
  'GOOGLE_API_KEY', 'AZURE_CLIENT_SECRET', 'AZURE_STORAGE_KEY', 'AZURE_STORAGE_CONNECTION_STRING',
  'DATABASE_URL', 'DB_URL', 'REDIS_URL', 'MONGODB_URI', 'MONGO_URL', 'POSTGRES_URL', 'MYSQL_URL', 'AMQP_URL',
  'PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'NPM_CONFIG__AUTH',
]);

/** URL-like names are secrets only when their value carries credentials; these are checked by value. */
const URL_SECRET_NAMES = /(^|_)(DATABASE|DB|REDIS|MONGO(DB)?|POSTGRES(QL)?|MYSQL|AMQP|RABBITMQ|INDEX|EXTRA_INDEX)_(URL|URI|DSN)$|(^|_)CONNECTION_STRING$/;

/** Single name tokens that mark a credential. */
const SECRET_TOKENS = new Set(['PASSWORD', 'PASSWD', 'PASSPHRASE', 'SECRET', 'SECRETS', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'AUTHTOKEN', 'PRIVATEKEY', 'ACCESSKEY', 'SECRETKEY']);
/** `X_KEY` is a credential when X is one of these (API_KEY, PRIVATE_KEY ...); GPG_KEY, CACHE_KEY are not. */
const KEY_QUALIFIERS = new Set(['API', 'PRIVATE', 'ACCESS', 'SECRET', 'ENCRYPTION', 'SIGNING', 'MASTER', 'LICENSE', 'CLIENT', 'AUTH', 'ACCOUNT', 'SERVICE', 'APP', 'APPLICATION', 'INGEST', 'WRITE', 'ADMIN', 'SSH', 'JWT', 'HMAC', 'SESSION']);
/** `*_PASS` / `*_PWD` (DB_PASS); a bare PASS or PWD (the working directory) is not. */
const SHORT_PASSWORD_TOKENS = new Set(['PASS', 'PWD', 'PW']);
/**
 * A last token that makes the name an identifier, a reference or a setting about a secret rather than
 * the secret itself: SECRET_NAME, SECRET_ARN, TOKEN_URL, PASSWORD_FILE, API_KEY_PATH, KMS_KEY_ID ...
 */
const IDENTIFIER_SUFFIXES = new Set([
  'NAME', 'NAMES', 'ARN', 'ID', 'IDS', 'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'FILE', 'FILES', 'PATH', 'DIR', 'LOCATION',
  'REF', 'PARAM', 'PARAMETER', 'VERSION', 'TYPE', 'LENGTH', 'HEADER', 'FIELD', 'ENABLED', 'DISABLED', 'REGION', 'TTL',
  'EXPIRY', 'EXPIRES', 'EXPIRATION', 'SECONDS', 'TIMEOUT', 'MODE', 'PREFIX', 'ALGORITHM', 'ALG', 'COUNT', 'POLICY',
  'PROVIDER', 'SOURCE', 'STORE', 'KIND', 'FORMAT', 'ISSUER', 'AUDIENCE', 'SCOPE', 'SCOPES', 'ROLE', 'USER', 'USERNAME', 'LOGIN',
  'REQUIRED', 'MIN', 'MAX', 'POLICY', 'ROTATION', 'KEYRING', 'BUCKET', 'TABLE', 'ENV',
  // Settings about a secret, not the secret: PASSWORD_HASH_ALGO=bcrypt, SECRET_ROTATION_DAYS=30, TOKEN_LIMIT=4096.
  'ALGO', 'DAYS', 'HOURS', 'MINUTES', 'INTERVAL', 'LIMIT', 'SIZE', 'BITS', 'ROUNDS', 'STRENGTH',
]);
/** Tokens anywhere in the name that make it public or an identifier (BuildKit allow tokens + ours). */
const ALLOW_TOKENS = new Set(['PUBLIC', 'PUB', 'GPG', 'PGP', 'KMS', 'NO', 'SKIP', 'USE', 'HAS', 'IS']);

/** Splits FOO_BAR, foo-bar, fooBar, foo.bar into upper-case tokens. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toUpperCase());
}

/** Answers of isSecretName by name (the same names come back in every file: ENV keys, flags, words of messages); bounded. */
const SECRET_NAME_MEMO = new Map<string, boolean>();

/** True when a variable name marks a credential (whole-token match). */
export function isSecretName(name: string): boolean {
  let known = SECRET_NAME_MEMO.get(name);
  if (known === undefined) {
    known = judgeSecretName(name);
    if (SECRET_NAME_MEMO.size >= 4096) SECRET_NAME_MEMO.clear();
    SECRET_NAME_MEMO.set(name, known);
  }
  return known;
}

function judgeSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  if (KNOWN_SECRET_NAMES.has(upper)) return true;
  const tokens = nameTokens(name);
  if (tokens.length === 0) return false;
  if (tokens.some((t) => ALLOW_TOKENS.has(t))) return false;
  const last = tokens[tokens.length - 1];
  if (IDENTIFIER_SUFFIXES.has(last)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (SECRET_TOKENS.has(t)) return true;
    if (t === 'KEY' && i > 0 && KEY_QUALIFIERS.has(tokens[i - 1])) return true;
    if (t === 'AUTH' && i === tokens.length - 1 && i > 0) return true; // NPM_CONFIG__AUTH, REGISTRY_AUTH
    if (SHORT_PASSWORD_TOKENS.has(t) && i === tokens.length - 1 && i > 0) return true;
  }
  return false;
}

/** Names whose value is a secret only when it carries credentials (DATABASE_URL=postgres://u:p@h/db). */
export function isUrlSecretName(name: string): boolean {
  return URL_SECRET_NAMES.test(name.toUpperCase());
}

/**
 * Secret knowledge for LL202 (secret-baked): credential-like variable names, known token formats,
 * secret file names. Redaction (no finding ever prints a secret) is src/core/redact.ts.
 *
 * Sources:
 * - Token formats: gitleaks `config/gitleaks.toml` (rule ids in `source`), secretlint
 *   `@secretlint/secretlint-rule-preset-recommend` 12.0.0 (MIT; rule ids in `source`), trivy
 *   `pkg/fanal/secret/builtin-rules.go`.
 * - Names: BuildKit `SecretsUsedInArgOrEnv` (moby/buildkit dockerfile2llb/validations.go: whole-token
 *   match, `public`/`file`/`version` allow tokens), hadolint DL3064, trivy DS-0031. We match whole
 *   name tokens (never substrings: dockle CIS-DI-0010's substring match flags KEYCLOAK_*, goodwithtech/dockle#130)
 *   and let identifier suffixes (SECRET_NAME, SECRET_ARN, TOKEN_URL, PASSWORD_FILE) through.
 * - Secret files: trivy/dockle file lists (PEERS.md §2.4), gitleaks `private-key`, GCP service-account key format.
 *
 * Why not a library: @secretlint/core 12 was evaluated (see the LL202 report): its `lintSource` is
 * asynchronous (our lint path is synchronous), importing core + preset costs ~40 ms (the CLI budget is
 * ~100 ms in total) and one call ~0.25 ms, and with defaults it does not report AWS access key ids
 * nor Stripe keys. Its regexes are ported below instead, with their rule ids.
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

/** True when a variable name marks a credential (whole-token match). */
export function isSecretName(name: string): boolean {
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
 * is not reported: nothing leaks, and flagging tutorial defaults drowns real findings (PEERS.md §6 #1).
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
  // A .pem is often just a CA bundle or a certificate: only its content decides.
  { match: /\.pem$/i, kind: 'private key', content: hasPrivateKey, byName: false },
  { match: /(^|\/)\.aws\/credentials$/, kind: 'AWS credentials file', content: awsCredentials, byName: true },
  { match: /^credentials$/, kind: 'credentials file', content: awsCredentials, byName: false },
  { match: /^(\.npmrc|npmrc|\.yarnrc\.yml)$/, kind: 'npm config with an auth token', content: npmrcHasToken, byName: false },
  { match: /^(\.pypirc|pip\.conf|pip\.ini)$/, kind: 'Python package index credentials', content: iniHasPassword, byName: false },
  { match: /^(\.netrc|_netrc)$/, kind: 'netrc with a password', content: netrcHasPassword, byName: true },
  { match: /^\.git-credentials$/, kind: 'git credentials', content: iniHasPassword, byName: true },
  { match: /(^|\/)\.docker\/config\.json$/, kind: 'Docker registry credentials', content: dockerConfigAuth, byName: false },
  { match: /\.json$/i, kind: 'service-account key', content: serviceAccountKey, byName: false },
];

/** JSON files are only read when their name suggests a key (reading every JSON of a context is too slow). */
const KEY_JSON_NAME = /(service[-_]?account|credential|key|secret|gcp|google|firebase|(^|[-_])sa([-_.]|$))/i;

/** The spec a path matches, if any (basename rules first, then path-tail rules). */
export function secretFileSpec(path: string): SecretFileSpec | undefined {
  const p = path.replace(/\/+$/, '');
  const base = p.slice(p.lastIndexOf('/') + 1);
  for (const spec of SECRET_FILES) {
    const target = spec.match.source.includes('\\/') ? p : base;
    if (!spec.match.test(target)) continue;
    if (spec.kind === 'service-account key' && !KEY_JSON_NAME.test(base)) continue;
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
  const spec = secretFileSpec(path);
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
export const SECRET_BODY_REGEXES: readonly RegExp[] = [/\/[^/]*(service[-_]?account|credential|key|secret|gcp|google|firebase)[^/]*\.json$/];

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

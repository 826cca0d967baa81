/**
 * The one redaction boundary: every text built from input (rule messages, image layer lists, estimates,
 * input errors, stderr lines, the Action's job summary, check runs and API error bodies) passes through
 * `redactText` (strings) or `redactDeep` (a whole report) before it is printed or sent anywhere.
 *
 * What is hidden, in linear time (no regular expression runs over more than one bounded word):
 * - known token formats (TOKEN_PATTERNS of src/core/credentials.ts) and private key blocks;
 * - URL credentials (`scheme://user:password@host`) and query-string credentials (`?token=…`, `&sig=…`,
 *   `X-Amz-Signature=…`);
 * - credential-named assignments (`DB_PASSWORD=…`, `--password=…`, `--token …`), BuildKit's build-arg
 *   history prefix (`|2 A=… B=… /bin/sh -c …`: every value, as a build arg's value is what a leak is made of);
 * - `curl -u user:pass` / `--user`, `mysql -pSECRET`, `Authorization: Bearer …` header values;
 * - words longer than LIMITS.maxQuotedWord (shortened: a 300 KB "word" is never useful in a message).
 * A redacted value keeps at most its first 4 characters and its length: `ghp_…(40 chars)`.
 */
import { LIMITS } from './limits.js';
import { isSecretName, keywordRegExp, TOKEN_PATTERNS } from './credentials.js';

/**
 * The fixed prefixes that token formats begin with (GitHub, GitLab, Slack, Stripe, AWS access key ids, Google API
 * keys, npm, PyPI, Hugging Face, OpenAI, DigitalOcean, SendGrid, Shopify): they tell which kind of token it is and
 * reveal nothing of it.
 */
const TOKEN_PREFIX = /^(?:gh[pousr]_|github_pat_|glpat-|xox[abprs]-|[sr]k_(?:live|test)_|AKIA|ASIA|AIza|npm_|pypi-|hf_|sk-(?:proj-)?|dop_v1_|SG\.|shp(?:at|ss|ca)_)/;

/**
 * Never print a secret: its length, after the token format's fixed prefix when it has one (`ghp_…(40 chars)`,
 * `AKIA…(20 chars)`); a password or other free-form value shows nothing of itself (`…(14 chars)`).
 */
export function redact(value: string): string {
  const v = value.trim();
  const head = v.length >= 12 ? (TOKEN_PREFIX.exec(v)?.[0] ?? '') : '';
  return `${head}…(${v.length} chars)`;
}

/** The URL with its password redacted: `https://user:…(9 chars)@host`. */
export function redactUrl(url: string, password: string): string {
  return url.replace(`:${password}@`, `:${redact(password)}@`);
}

/** Query-string parameter names that carry a credential whatever the rest of the name says. */
const QUERY_SECRET_KEYS = new Set([
  'token', 'access_token', 'accesstoken', 'refresh_token', 'id_token', 'auth', 'auth_token', 'key', 'apikey', 'api_key',
  'api-key', 'password', 'passwd', 'pass', 'pwd', 'secret', 'client_secret', 'sig', 'signature', 'x-amz-signature',
  'x-amz-credential', 'x-amz-security-token', 'x-goog-signature', 'x-goog-credential', 'private_token', 'code', 'sv',
  'se', 'sp', 'skoid', 'sktid',
]);
/** Azure SAS keeps its signature in `sig`; the other SAS fields are not secrets, keep them readable. */
const QUERY_KEEP = new Set(['sv', 'se', 'sp', 'skoid', 'sktid', 'code']);

const AUTH_HEADER_NAMES = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'x-auth-token', 'private-token', 'job-token', 'x-vault-token', 'x-jfrog-art-api', 'x-goog-api-key', 'circle-token', 'dd-api-key']);
const AUTH_SCHEMES = new Set(['bearer', 'basic', 'token', 'digest', 'bot', 'apikey']);
const USER_FLAGS = new Set(['-u', '--user', '--proxy-user', '-U']);
const MYSQL = /\b(mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b/;
/** Characters that end a word for redaction: blanks (as the regular expression `\s` has them), quotes, and the separators of shell and JSON text. */
const SEPARATORS = new Uint8Array(128);
for (const ch of ' \t\n\v\f\r"\'`;|&()<>{}[],') SEPARATORS[ch.charCodeAt(0)] = 1;
const WIDE_BLANK = /\s/;
const isSeparator = (c: number): boolean => (c < 128 ? SEPARATORS[c] === 1 : WIDE_BLANK.test(String.fromCharCode(c)));
/**
 * A word no rule below can change, told without a regular expression (most words of a message): shorter than any
 * token pattern, no `-` in front (flags, `-uuser:pass`, `-pSECRET`), none of `=` `:` `?` `&` (assignments, URLs,
 * headers, user:pass, query strings).
 */
function plainWord(w: string): boolean {
  if (w.length >= 16 || w.charCodeAt(0) === 45) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 61 || c === 58 || c === 63 || c === 38) return false;
  }
  return true;
}
/**
 * One cheap test before the token patterns run on a word: the keywords of the token table (plus the prefixes
 * below); with them, each pattern with the `g` flag. Built on first use, not at module load.
 */
let tables: { hint: RegExp; patterns: { re: RegExp; group: number | undefined }[] } | undefined;
const tokenTables = () =>
  (tables ??= {
    hint: new RegExp(keywordRegExp(TOKEN_PATTERNS, ['pypi-', 'sk-']).source),
    patterns: TOKEN_PATTERNS.filter((p) => p.id !== 'private-key').map((p) => ({ re: new RegExp(p.re.source, p.re.flags.includes('g') ? p.re.flags : `${p.re.flags}g`), group: p.group })),
  });
/**
 * Characters without which no rule below can change a text: `=` (assignments, build args, query strings), `:`
 * (URLs, user:pass, header names), `?` `&` (query strings), `-` (flags, key blocks), `|` (BuildKit history).
 */
const HINT_CHARS = /[-=:?&|]/;
const TOKEN_PREFIXED = /(?<![A-Za-z0-9])(A3T[A-Z0-9]|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[bparos]-|xapp-|[sr]k_(?:live|test|prod)_|npm_|pypi-|hf_|sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)0\d-)?|AIza|SG\.|dckr_pat_)([A-Za-z0-9_.-]{12,})/g;

const isRedacted = (v: string) => v.includes('…');
/** A placeholder such as `...` in a message or fix text stands for a value; it is not one. */
const PLACEHOLDER = /^[.\u2026]+$/;
const literal = (v: string) => v !== '' && !v.startsWith('$') && !isRedacted(v) && !PLACEHOLDER.test(v);
/**
 * Flags named like a credential whose value is not one: `docker build --secret id=npm,env=NPM_TOKEN` names a
 * BuildKit secret (its id and where it comes from), so a fix text that suggests it must stay whole.
 */
const NAMING_FLAGS = new Set(['--secret']);

/**
 * Texts redactText returned unchanged (it is a pure function of the text): only such texts are kept, so the set
 * holds nothing that redaction would hide; bounded in count and length.
 */
const CLEAN = new Set<string>();
const CLEAN_MAX = 4096;
const CLEAN_MAX_CHARS = 2048;

/** Redacts every credential in free text (see the module comment). Linear in the text's length. */
export function redactText(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return text;
  // Fast path, the common case: no word can change (no hint character, no token keyword, no over-long word).
  if (text.length <= LIMITS.maxQuotedWord && !HINT_CHARS.test(text) && (text.length < 16 || !tokenTables().hint.test(text))) return text;
  // A text already found to hold nothing to hide (a fix text or an explanation every file's finding repeats).
  if (CLEAN.has(text)) return text;
  const out = redactWords(text);
  if (out === text && text.length <= CLEAN_MAX_CHARS) {
    if (CLEAN.size >= CLEAN_MAX) CLEAN.clear();
    CLEAN.add(text);
  }
  return out;
}

function redactWords(text: string): string {
  let t = text.includes('PRIVATE KEY') ? redactKeyBlocks(text) : text;
  const mysql = MYSQL.test(t);
  let pending: 'none' | 'value' | 'header' | 'user' = 'none';
  let buildArgs = 0;
  // BuildKit history: `|2 A=1 B=2 /bin/sh -c …` (also after a `RUN ` of a rebuilt line).
  const bk = /^(?:RUN )?\|(\d{1,3}) /.exec(t);
  if (bk) buildArgs = Number(bk[1]);
  let out = '';
  let last = 0;
  // The words of the text (runs of characters that are not separators), scanned by hand: a regular expression's
  // match array per word was most of the time redaction took.
  const n = t.length;
  for (let i = 0; i < n; ) {
    while (i < n && isSeparator(t.charCodeAt(i))) i++;
    if (i >= n) break;
    const index = i;
    while (i < n && !isSeparator(t.charCodeAt(i))) i++;
    const word = t.slice(index, i);
    if (pending === 'none' && buildArgs === 0 && plainWord(word)) continue;
    let next = word;
    if (buildArgs > 0 && index > 0 && word.includes('=')) {
      buildArgs--;
      const eq = word.indexOf('=');
      const v = word.slice(eq + 1);
      next = literal(v) ? `${word.slice(0, eq + 1)}…` : word;
    } else if (pending === 'value' && literal(word)) next = redact(word);
    else if (pending === 'header') {
      if (AUTH_SCHEMES.has(word.toLowerCase())) {
        pending = 'value';
        out += t.slice(last, index) + word;
        last = index + word.length;
        continue;
      }
      if (literal(word)) next = redact(word);
    } else if (pending === 'user') next = redactUserPass(word);
    else next = redactWord(word, mysql);
    pending = 'none';
    // Lower-cased only for the two tests that need it (most words end neither with ':' nor start with '--').
    if (USER_FLAGS.has(word)) pending = 'user';
    else if (word.endsWith(':') && AUTH_HEADER_NAMES.has(word.slice(0, -1).toLowerCase())) pending = 'header';
    else if (word.startsWith('--') && !word.includes('=') && !NAMING_FLAGS.has(word.toLowerCase()) && isSecretName(word.slice(2))) pending = 'value';
    if (next !== word) {
      out += t.slice(last, index) + next;
      last = index + word.length;
    }
  }
  if (last === 0) return t;
  t = out + t.slice(last);
  return t;
}

/** One word: too long, tokens, URL and query credentials, NAME=value, -uuser:pass, mysql -pSECRET. */
function redactWord(word: string, mysql: boolean): string {
  if (word.length > LIMITS.maxQuotedWord) return `${word.slice(0, 16)}…(${word.length} chars)`;
  let w = word;
  const { hint, patterns } = tokenTables();
  if (w.length >= 16 && hint.test(w)) {
    for (const { re, group } of patterns) {
      re.lastIndex = 0;
      if (re.test(w)) {
        re.lastIndex = 0;
        // A pattern that matches a name with its value (AWS_SECRET_ACCESS_KEY=…, token: eyJ…) hides the value only.
        w = w.replace(re, (x: string, ...groups: unknown[]) => {
          const v = group ? groups[group - 1] : undefined;
          // The value has no public prefix: none of its characters is shown.
          return typeof v === 'string' && v ? x.replace(v, `…(${v.length} chars)`) : redact(x);
        });
      }
    }
  }
  // A token cut short somewhere upstream (a message shortened to 100 characters) no longer matches its
  // pattern: a word that starts like a token and goes on with a random-looking tail is hidden too.
  if (w.length >= 16 && hint.test(w)) w = w.replace(TOKEN_PREFIXED, (x, prefix: string, tail: string) => (/[0-9]/.test(tail) && /[A-Za-z]/.test(tail) ? redact(x) : x));
  if (w.includes('://') || w.includes('?') || w.includes('&')) w = redactUrlParts(w);
  const eq = w.indexOf('=');
  if (eq > 0 && !w.includes('://', 0) ) {
    const name = w.slice(0, eq).replace(/^-+/, '');
    const v = w.slice(eq + 1);
    if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) && isSecretName(name) && literal(v)) return `${w.slice(0, eq + 1)}${redact(v)}`;
  }
  if (w.length > 2 && w.startsWith('-u') && !w.startsWith('--')) return `-u${redactUserPass(w.slice(2))}`;
  if (mysql && w.length > 2 && w.startsWith('-p') && !w.startsWith('--') && literal(w.slice(2))) return `-p${redact(w.slice(2))}`;
  return w;
}

/** `user:pass` -> `user:…(4 chars)`; a numeric uid:gid is left alone. */
function redactUserPass(word: string): string {
  const c = word.indexOf(':');
  if (c < 0) return word;
  const pass = word.slice(c + 1);
  if (!literal(pass) || /^\d+$/.test(pass)) return word;
  return `${word.slice(0, c + 1)}${redact(pass)}`;
}

/** URL userinfo passwords and query-string credentials, found with indexOf (no backtracking). */
function redactUrlParts(word: string): string {
  let w = word;
  const scheme = w.indexOf('://');
  if (scheme > 0) {
    const start = scheme + 3;
    let end = w.length;
    for (const ch of ['/', '?', '#']) {
      const i = w.indexOf(ch, start);
      if (i >= 0 && i < end) end = i;
    }
    const at = w.lastIndexOf('@', end);
    if (at > start) {
      const userinfo = w.slice(start, at);
      const c = userinfo.indexOf(':');
      const pass = c >= 0 ? userinfo.slice(c + 1) : '';
      if (literal(pass)) w = `${w.slice(0, start + c + 1)}${redact(pass)}${w.slice(at)}`;
      // A bare token as the user (`https://ghp_…@github.com`) is caught by the token patterns.
    }
  }
  const q = w.indexOf('?');
  const from = q >= 0 ? q + 1 : w.includes('&') && w.includes('=') ? 0 : -1;
  if (from < 0) return w;
  const hash = w.indexOf('#', from);
  const query = w.slice(from, hash >= 0 ? hash : undefined);
  const parts = query.split(/[&;]/);
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const eq = parts[i].indexOf('=');
    if (eq <= 0) continue;
    const key = parts[i].slice(0, eq);
    const v = parts[i].slice(eq + 1);
    const k = key.toLowerCase();
    if (!literal(v) || QUERY_KEEP.has(k)) continue;
    if (QUERY_SECRET_KEYS.has(k) || isSecretName(key)) {
      parts[i] = `${key}=${redact(v)}`;
      changed = true;
    }
  }
  if (!changed) return w;
  return `${w.slice(0, from)}${parts.join('&')}${hash >= 0 ? w.slice(hash) : ''}`;
}

/** `-----BEGIN … PRIVATE KEY----- … -----END …-----` -> the header and the body's length. */
function redactKeyBlocks(text: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const b = text.indexOf('-----BEGIN', pos);
    if (b < 0) break;
    const headEnd = text.indexOf('-----', b + 10);
    if (headEnd < 0) break;
    const header = text.slice(b, headEnd + 5);
    if (!header.includes('PRIVATE KEY') || header.length > 80) {
      out += text.slice(pos, headEnd + 5);
      pos = headEnd + 5;
      continue;
    }
    const endAt = text.indexOf('-----END', headEnd + 5);
    const stop = endAt < 0 ? text.length : (() => {
      const close = text.indexOf('-----', endAt + 8);
      return close < 0 ? text.length : close + 5;
    })();
    out += `${text.slice(pos, b)}${header}…(${stop - headEnd - 5} chars)`;
    pos = stop;
  }
  return out + text.slice(pos);
}

/** A copy of `value` with every string in it (object keys too) passed through redactText. */
export function redactDeep<T>(value: T): T {
  return mapStrings(value, redactText);
}

/** A copy of `value` (plain data: objects, arrays, scalars) with `fn` applied to every string and key. */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  const memo = new Map<string, string>();
  const str = (s: string) => {
    let r = memo.get(s);
    if (r === undefined) {
      r = fn(s);
      if (memo.size < 100_000) memo.set(s, r);
    }
    return r;
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return str(v);
    if (v === null || typeof v !== 'object') return v;
    if (depth > 64) return null;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'function') continue;
      o[str(k)] = walk(x, depth + 1);
    }
    return o;
  };
  return walk(value, 0) as T;
}

/** Text from input for one line of a terminal or CI log: redacted, control characters escaped. */
export function inputLine(s: string): string {
  return safeText(redactText(s));
}

/**
 * Text from input made safe for a terminal or a CI log: control characters (newlines, carriage returns,
 * escape sequences) shown escaped, so that a file name or a config key cannot start a new log line (a
 * `::error::` or `::add-mask::` workflow command on GitHub Actions) or move the cursor. Our own line
 * breaks are added around it by the caller.
 */
export function safeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A line of our own output whose text starts with `::` (after blanks) is a workflow command to a CI runner. */
export function defuseWorkflowLine(line: string): string {
  return /^\s*::/.test(line) ? line.replace('::', ':\\:') : line;
}

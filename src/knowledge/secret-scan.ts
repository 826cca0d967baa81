/**
 * Content scanning for credentials: a streaming scanner fed a file's data chunk by chunk (an image layer's
 * regular files, or a build-context file), with the allow rules that keep it quiet on real functions.
 *
 * How it works (one pass, nothing kept but a small window):
 * - a file is judged by name first (`contentScanPolicy`): binaries, archives, media, lock files, minified
 *   bundles, source maps, test/fixture/example folders, OS and toolchain trees are never read;
 * - each chunk is checked for NUL bytes (the first one also for UTF-8): a binary file stops the scan;
 * - one combined search for every keyword of every pattern (the prefilter) runs over the chunk; only around
 *   a keyword it found does a pattern's full regular expression run, on a window of at most BACK + AHEAD
 *   characters; a keyword too close to the chunk's end waits for the next chunk (carry-over window);
 * - line numbers are counted only when a finding needs one, or when the file goes on in another chunk;
 * - a finding on a line longer than LINE_CAP characters is dropped (minified or generated code, data blobs).
 * Findings carry the file's line and the token kind, never the value.
 *
 * Allow rules after trivy's builtin-allow-rules.go (tests, examples, vendor, usr dirs, markdown, toolchains)
 * and gitleaks' default allowlist (lock files, binaries, minified assets, source maps).
 */
import { isUtf8 } from 'node:buffer';
import { acceptMatch, findToken, isPlaceholder, keywordRegExp, TOKEN_PATTERNS, type TokenPattern } from './secrets.js';

/** RFC 3986 scheme characters: ALPHA / DIGIT / "+" / "-" / "." */
function isSchemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

/** A URL whose user-info holds a literal password (`postgres://app:S3cr3t@db`), as a content pattern. */
const URL_PASSWORD: TokenPattern = {
  id: 'url-password',
  kind: 'URL with a password',
  re: /(?<![A-Za-z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{0,30}:\/\/([^\s:@/'"`<>{}]{1,128}):([^\s@/'"`<>{}]{1,128})@([A-Za-z0-9.-]{1,253})/,
  keywords: ['://'],
  before: 31,
  // The scheme is the run of scheme characters before "://": one anchored attempt, not 32 (a file of URLs stays cheap).
  startOf: (t, at) => {
    let i = at;
    while (i > 0 && at - i < 31 && isSchemeChar(t.charCodeAt(i - 1))) i--;
    return i;
  },
  accept: (m) => {
    const [, user, password, host] = m;
    if (password === user || isPlaceholder(password) || /[$%()[\]*\\]/.test(password) || password.length < 4) return false;
    if (/^(pass|pwd|pw|passw(or)?d|secret|pass(word)?\d*|xxx+|user(name)?|test\w*|foo|bar|baz|dummy\w*|admin)$/i.test(password)) return false;
    return !/(^|\.)(example\.(com|org|net)|localhost|host|hostname|server)$/i.test(host);
  },
  group: 2,
  source: 'RFC 3986 section 3.2.1 (user information: "user:password" is deprecated); gitleaks generic basic-auth URLs',
};

/** Every pattern the content scanner looks for: the token formats and URLs with a password. */
export const CONTENT_PATTERNS: readonly TokenPattern[] = [...TOKEN_PATTERNS, URL_PASSWORD];

/** Files larger than this are not read (trivy and gitleaks cap file sizes too); generated data, not code. */
export const CONTENT_SCAN_MAX_BYTES = 10 * 1024 * 1024;
/** A finding on a line longer than this is in minified or generated code (or a data blob) and is dropped. */
export const LINE_CAP = 8192;
/** Characters a pattern's match may start before its keyword (the credential name of an assignment). */
const BACK = Math.max(0, ...TOKEN_PATTERNS.map((p) => p.before ?? 0), 31) + 1;
/** Characters a pattern's match may end after its keyword (the longest bounded token: a JWT). */
const AHEAD = 7200;
/** Findings kept per file. */
const MAX_PER_FILE = 20;

export interface ContentFinding {
  id: string;
  kind: string;
  /** 1-based line of the token's first character. */
  line: number;
}

// ---- allow rules by path ------------------------------------------------------------------------------

/** Extensions of files that are not text, or whose text is generated (never read). */
const SKIP_EXT =
  /\.(?:so(?:\.[0-9.]+)?|a|o|ko|dylib|dll|exe|bin|dat|pyc|pyo|pyd|whl|egg|zip|gz|tgz|bz2|xz|zst|lz4|7z|rar|tar|jar|war|ear|class|dex|png|jpe?g|gif|bmp|ico|webp|avif|tiff?|svgz|pdf|woff2?|ttf|otf|eot|mp[34]|m4a|wav|ogg|flac|webm|mov|avi|wasm|node|onnx|pt|pth|ckpt|safetensors|gguf|npy|npz|h5|hdf5|pkl|pickle|joblib|parquet|arrow|feather|avro|orc|db|sqlite3?|mdb|rdb|lmdb|idx|pack|mo|icns|cur|psd|xcf|map|min\.js|min\.css|min\.mjs|md|rst)$/i;
/** Lock files list hashes and URLs of packages, never credentials of the project (gitleaks allowlist). */
const LOCK_FILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|packages\.lock\.json|gradle\.lockfile|RECORD|SOURCES\.txt|installed-files\.txt)$/;
/** Test, fixture and example folders and files, anywhere (trivy `tests` and `examples` allow rules). */
const TEST_PATH = /(?:^|\/)(?:tests?|testing|testdata|test_?data|fixtures?|__fixtures__|__tests__|__mocks__|mocks?|specs?|examples?|samples?|demos?|docs?|vectors)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec)\.[a-z]+|conftest\.py)$|example/i;
/**
 * OS, package-manager and toolchain trees that no function author writes (trivy `usr-dirs`, `golang`, `python`,
 * `node.js`): shared system files, the Python standard library (not its site-packages), npm's and yarn's own code.
 */
const SYSTEM_PATH =
  /^\/(?:usr\/(?:share|include|src|lib\/(?:x86_64|aarch64)-linux-gnu|lib\/(?:locale|firmware|modules|udev|systemd|gcc|jvm|go|golang))\/|usr\/(?:local\/)?go\/|var\/(?:lib\/(?:dpkg|apt|rpm|yum|dnf|alternatives)|cache|log)\/|etc\/(?:ssl|pki|ca-certificates|alternatives|ld\.so\.cache)|proc\/|sys\/|dev\/|boot\/)|\/lib\/python[0-9.]*\/(?!site-packages\/|dist-packages\/)|\/node_modules\/(?:npm|corepack|yarn)\/|^\/opt\/yarn-v[0-9.]+\/|\/(?:\.rustup|\.cargo\/registry|rustup|cargo\/registry)\/|\/cryptography_vectors\/|\/locales?\//;

/** Whether a file is read at all: 'scan', or why not. */
export function contentScanPolicy(path: string, size: number): 'scan' | 'too-large' | 'skipped' {
  if (size > CONTENT_SCAN_MAX_BYTES) return 'too-large';
  if (SKIP_EXT.test(path) || LOCK_FILES.test(path) || TEST_PATH.test(path) || SYSTEM_PATH.test(path)) return 'skipped';
  return 'scan';
}

// ---- the streaming scanner ----------------------------------------------------------------------------

/**
 * The scanner's tables: the combined keyword search (the prefilter), keyword -> patterns, each pattern made
 * sticky. Built on first use, not at module load: a lint whose COPYs ship no context file never pays for them.
 */
interface ScanTables {
  prefilter: RegExp;
  /** Keyword (lower case) -> the patterns it may start. */
  byKeyword: Map<string, TokenPattern[]>;
  /** Each pattern with the sticky flag: tried only at the few offsets where a match holding the keyword can start. */
  sticky: Map<TokenPattern, RegExp>;
  maxKeyword: number;
}
let tables: ScanTables | undefined;
function scanTables(): ScanTables {
  if (tables) return tables;
  const byKeyword = new Map<string, TokenPattern[]>();
  for (const p of CONTENT_PATTERNS) {
    for (const k of p.keywords) {
      const key = k.toLowerCase();
      const list = byKeyword.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byKeyword.set(key, list);
    }
  }
  tables = {
    prefilter: keywordRegExp(CONTENT_PATTERNS),
    byKeyword,
    sticky: new Map<TokenPattern, RegExp>(CONTENT_PATTERNS.map((p) => [p, new RegExp(p.re.source, `${p.re.flags.replace(/[gy]/g, '')}y`)])),
    maxKeyword: Math.max(...CONTENT_PATTERNS.flatMap((p) => p.keywords.map((k) => k.length))),
  };
  return tables;
}

/** The bytes up to the last complete UTF-8 character (a sample may cut a multi-byte sequence). */
function wholeChars(b: Buffer): Buffer {
  let end = b.length;
  let i = end - 1;
  while (i >= 0 && end - i <= 3 && (b[i] & 0xc0) === 0x80) i--;
  if (i >= 0 && b[i] >= 0xc0) {
    const need = b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : 2;
    if (end - i < need) end = i;
  }
  return b.subarray(0, end);
}

/**
 * The scanner's own binary test on a file's first bytes (a NUL byte, or not UTF-8 in its first 8 KiB): true
 * means scanning the whole file finds nothing, so a reader may stop after these bytes.
 */
export function looksBinary(head: Buffer): boolean {
  return head.indexOf(0) !== -1 || !isUtf8(wholeChars(head.subarray(0, 8192)));
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Scans one file's content, chunk by chunk. `write` returns false once the file is known not to be text (the
 * caller may stop feeding it); `end` returns the findings.
 */
export class ContentScanner {
  /** Text not yet released: the carry-over window plus the current chunk. */
  private text = '';
  /** Absolute offset of text[0]. */
  private base = 0;
  /** Absolute offset from which the prefilter has not yet searched. */
  private resume = 0;
  /** Newlines before absolute offset `counted`. */
  private lines = 0;
  private counted = 0;
  /** Absolute offset of the last newline seen before `text` (for line lengths), -1 when none. */
  private lastNl = -1;
  /** Absolute end of the last finding (a keyword inside it is the same token). */
  private coveredTo = 0;
  private seen = 0;
  private binary = false;
  private first = true;
  readonly findings: ContentFinding[] = [];

  /** @param size the file's size in bytes when known: the last chunk then skips the newline count. */
  constructor(private readonly size = -1) {}

  write(chunk: Buffer): boolean {
    if (this.binary || this.findings.length >= MAX_PER_FILE) return false;
    if (chunk.indexOf(0) !== -1) return this.stop();
    if (this.first) {
      this.first = false;
      if (!isUtf8(wholeChars(chunk.subarray(0, 8192)))) return this.stop();
    }
    this.seen += chunk.length;
    const last = this.size >= 0 && this.seen >= this.size;
    this.text += chunk.toString('latin1');
    this.scan(last);
    return !this.binary;
  }

  end(): ContentFinding[] {
    if (!this.binary && this.text.length > 0) this.scan(true);
    this.text = '';
    return this.binary ? [] : this.findings;
  }

  private stop(): boolean {
    this.binary = true;
    this.text = '';
    return false;
  }

  private lineAt(abs: number): number {
    const t = this.text;
    if (abs >= this.counted) {
      this.lines += countNewlines(t, this.counted - this.base, abs - this.base);
      this.counted = abs;
    } else this.lines -= countNewlines(t, abs - this.base, this.counted - this.base);
    this.counted = abs;
    return this.lines + 1;
  }

  /** Length of the line around absolute offset `abs`, as far as the text at hand shows it, capped at LINE_CAP + 1. */
  private lineLength(abs: number): number {
    const t = this.text;
    const i = abs - this.base;
    // Bounded searches (slices are views): a 10 MB line with many tokens costs LINE_CAP per token, not the line.
    const from = Math.max(0, i - LINE_CAP - 1);
    const back = t.slice(from, i).lastIndexOf('\n');
    const start = back !== -1 ? this.base + from + back + 1 : from > 0 ? this.base + from - 1 : Math.max(this.lastNl + 1, this.base + i - LINE_CAP - 1);
    const ahead = t.slice(i, i + LINE_CAP + 1).indexOf('\n');
    const end = ahead !== -1 ? this.base + i + ahead : this.base + Math.min(t.length, i + LINE_CAP + 1);
    return Math.min(end - start, LINE_CAP + 1);
  }

  private scan(final: boolean): void {
    const t = this.text;
    const { prefilter: re, maxKeyword } = scanTables();
    re.lastIndex = Math.max(0, this.resume - this.base);
    let resume = this.base + Math.max(0, t.length - (maxKeyword - 1));
    for (let k = re.exec(t); k; k = re.exec(t)) {
      const at = k.index;
      if (!final && at + AHEAD > t.length) {
        resume = this.base + at;
        break;
      }
      if (this.base + at < this.coveredTo) continue;
      this.match(k[0], at);
      if (this.findings.length >= MAX_PER_FILE) return;
    }
    if (final) return;
    this.resume = resume;
    // Release all but the window the next chunk needs; count the newlines of what is released.
    const keep = Math.max(0, resume - BACK - this.base);
    if (keep > 0) {
      const nl = t.lastIndexOf('\n', keep - 1);
      if (nl !== -1) this.lastNl = this.base + nl;
      if (this.counted < this.base + keep) this.lineAt(this.base + keep);
      this.text = t.slice(keep);
      this.base += keep;
    }
  }

  private match(keyword: string, at: number): void {
    const t = this.text;
    const { byKeyword, sticky } = scanTables();
    for (const p of byKeyword.get(keyword.toLowerCase()) ?? []) {
      const re = sticky.get(p)!;
      let m: RegExpExecArray | null = null;
      // The earliest start that matches: at most `before` + 1 anchored attempts, each bounded by the pattern.
      const first = p.startOf ? p.startOf(t, at) : Math.max(0, at - (p.before ?? 0));
      const last = p.startOf ? first : at;
      for (let start = first; start <= last && !m; start++) {
        re.lastIndex = start;
        m = re.exec(t);
        if (m && m.index + m[0].length <= at) m = null;
      }
      if (!m || !acceptMatch(p, m, t)) continue;
      const abs = this.base + m.index;
      this.coveredTo = abs + m[0].length;
      const valueAt = abs + (p.group ? m[0].indexOf(m[p.group]) : 0);
      if (this.lineLength(valueAt) > LINE_CAP) return;
      // A URL whose password is a known token (https://x:ghp_...@github.com) is reported as that token.
      const token = p === URL_PASSWORD ? findToken(m[2])?.pattern : undefined;
      this.findings.push({ id: (token ?? p).id, kind: (token ?? p).kind, line: this.lineAt(valueAt) });
      return;
    }
  }
}

/** Scans a whole text (a build-context file read into memory) with the same rules. */
export function scanContent(data: Buffer): ContentFinding[] {
  const s = new ContentScanner(data.length);
  s.write(data);
  return s.end();
}

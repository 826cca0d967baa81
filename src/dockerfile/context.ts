/**
 * The build context: the folder COPY and ADD read from, filtered by .dockerignore with Docker's own
 * semantics (@balena/dockerignore implements moby's patternmatcher rules).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { globToRegExp } from '../core/glob.js';
import { contextPath } from '../core/paths.js';
import dockerignoreModule from '@balena/dockerignore';
import { DEPENDENCY_DIRS } from '../knowledge/context-excludes.js';

// The package is CommonJS (`module.exports = factory`) while its types declare a default export.
const dockerignore = dockerignoreModule as unknown as typeof dockerignoreModule.default;

export interface ContextFile {
  /** Path relative to the context root, with forward slashes. */
  path: string;
  size: number;
  dir: boolean;
}

export interface BuildContext {
  root: string;
  /** The .dockerignore found (Dockerfile-specific `<name>.dockerignore` first), if any. */
  dockerignore?: { path: string; patterns: string[] };
  /** True when the file is excluded by .dockerignore. */
  ignored(path: string): boolean;
  /** Every file and folder of the context that .dockerignore lets through (capped). */
  files(): ContextFile[];
  /**
   * The project's own files: the context without dependency folders (node_modules, .git, virtualenvs;
   * DEPENDENCY_DIRS), where its manifests are. Capped like `files()`.
   */
  projectFiles(): ContextFile[];
  /** Files of the context (not ignored) matching a COPY source (wildcards per Go filepath.Match). */
  match(source: string): ContextFile[];
  /**
   * The file or folder (with all below it) at a literal path, found without walking the rest of the context;
   * [] for a path with wildcards or `..`.
   */
  at(path: string): ContextFile[];
  /**
   * True when the folder listings already read prove that nothing is at a literal path: a folder on the way was listed
   * and holds no entry of that name, nor one differing only in letter case (a case-insensitive file system would
   * find it). False when they cannot tell (the entry is there, a name a file system may alias, an unreadable folder):
   * ask the file system then.
   */
  absent?(path: string): boolean;
  /** Reads a small text file of the context (undefined when absent, ignored or too large). */
  read(path: string, maxBytes?: number): string | undefined;
  /** The bytes of a file of the context, not cached (undefined when absent, ignored, unreadable or over maxBytes). */
  bytes(path: string, maxBytes: number): Buffer | undefined;
  /** The permission bits of a file of the context (COPY keeps them unless --chmod says otherwise); undefined when absent or ignored. */
  mode?(path: string): number | undefined;
  /**
   * The bytes of a file that files() or match() listed (so .dockerignore already let it through, and its size
   * is known): opened once, its first HEAD_BYTES read first; `skip(head)` true (a binary, say) stops there
   * without reading the rest. Undefined when skipped, over maxBytes or unreadable.
   */
  readListed(file: ContextFile, maxBytes: number, skip?: (head: Buffer) => boolean): Buffer | undefined;
  /** The walk stopped at the cap; absence of a file proves nothing. */
  truncated: boolean;
}

/** What readListed reads before asking whether to go on. */
export const HEAD_BYTES = 8192;

const WALK_CAP = 20000;

/**
 * Files up to this size that read() or readListed() read keep their bytes: the other of the two reuses them. read()
 * keeps its text anyway; what readListed() keeps (it may scan a whole tree) is bounded by KEEP_LISTED per context.
 */
const KEEP_BYTES = 256 * 1024;
const KEEP_LISTED = 4 * 1024 * 1024;

/**
 * One stat per path of a context, whoever asks (a listed file's size, read()'s size and type): keyed by the path
 * string given to the syscall; null when the stat threw, undefined when the path is not there.
 */
type StatMemo = Map<string, Stats | undefined | null>;

function statOnce(memo: StatMemo, abs: string): Stats | undefined | null {
  let st = memo.get(abs);
  if (st === undefined && !memo.has(abs)) {
    try {
      st = statSync(abs, { throwIfNoEntry: false });
    } catch {
      st = null;
    }
    memo.set(abs, st);
  }
  return st;
}

/**
 * The contexts opened during one run (a Linter's lintFiles call): Dockerfiles built from the same folder with the
 * same .dockerignore share one context, so the folder is listed, matched and read once per run, not once per
 * Dockerfile. Nothing outlives the run: a later run sees the folder as it is then.
 */
export class ContextCache {
  /** Root (resolved) -> its entries (null: not a readable folder). */
  readonly roots = new Map<string, Dirent[] | null>();
  /** Root (resolved) and .dockerignore path -> the context. */
  readonly contexts = new Map<string, BuildContext>();
  /**
   * @internal .dockerignore lines -> their matcher (it keeps each path's answer): contexts of one run with the same
   * lines share one, and the answers die with the run (a program that embeds the library does not keep every path it
   * was asked). Internal: its type is the matcher package's, which the published types do not carry.
   */
  readonly matchers = new Map<string, ReturnType<typeof dockerignore>>();
}

export function openContext(root: string, dockerfilePath?: string, cache?: ContextCache): BuildContext | undefined {
  const key = cache ? resolve(root) : root;
  // One readdir tells whether the root is a folder and whether it holds a .dockerignore; the walk reuses it.
  let rootEntries = cache?.roots.get(key);
  if (rootEntries === undefined) {
    try {
      rootEntries = readdirSync(root, { withFileTypes: true });
    } catch {
      rootEntries = null;
    }
    cache?.roots.set(key, rootEntries);
  }
  if (rootEntries === null) return undefined;
  const ignoreFile = findDockerignore(root, rootEntries, dockerfilePath);
  if (!cache) return new FolderContext(root, rootEntries, ignoreFile, undefined);
  const contextKey = `${key}\0${ignoreFile === undefined ? '' : resolve(ignoreFile)}`;
  let context = cache.contexts.get(contextKey);
  if (!context) {
    context = new FolderContext(root, rootEntries, ignoreFile, cache.matchers);
    cache.contexts.set(contextKey, context);
  }
  return context;
}

/** The .dockerignore that applies: `<Dockerfile>.dockerignore` first, then the root's `.dockerignore`. */
function findDockerignore(root: string, rootEntries: Dirent[], dockerfilePath: string | undefined): string | undefined {
  // As existsSync would say, without its syscall: a symlink counts only when its target exists.
  const present = (abs: string, name: string) => {
    const e = rootEntries.find((x) => x.name === name);
    return e !== undefined && (!e.isSymbolicLink() || existsSync(abs));
  };
  if (dockerfilePath) {
    const specific = `${dockerfilePath}.dockerignore`;
    const name = basename(specific);
    const inRoot = dirname(specific) === root || dirname(resolve(specific)) === resolve(root);
    if (inRoot ? present(specific, name) : existsSync(specific)) return specific;
  }
  return present(join(root, '.dockerignore'), '.dockerignore') ? join(root, '.dockerignore') : undefined;
}

/** The patterns of a .dockerignore: its lines without blanks and comments. */
function patternsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * The matcher of the patterns, undefined without any. No patterns, no matcher: most contexts of small functions
 * have no .dockerignore at all. A pattern Docker would reject (`a[b`: "syntax error in pattern") is left out
 * rather than crash the lint.
 */
function ignoreMatcher(patterns: string[], shared: Map<string, ReturnType<typeof dockerignore>> | undefined): ReturnType<typeof dockerignore> | undefined {
  const valid = patterns.filter(validPattern);
  if (valid.length === 0) return undefined;
  // A pure function of the patterns: contexts of one run with the same lines share one (ContextCache.matchers).
  const key = valid.join('\n');
  let matcher = shared?.get(key);
  if (!matcher) {
    matcher = dockerignore({ ignorecase: false }).add(valid);
    shared?.set(key, matcher);
  }
  return matcher;
}

/** Patterns already judged (a pure function of the text; most .dockerignore files repeat the same few lines). */
const PATTERN_VALID = new Map<string, boolean>();

function validPattern(p: string): boolean {
  let ok = PATTERN_VALID.get(p);
  if (ok === undefined) {
    try {
      dockerignore({ ignorecase: false }).add([p]).ignores('x');
      ok = true;
    } catch {
      ok = false;
    }
    if (PATTERN_VALID.size >= 4096) PATTERN_VALID.clear();
    PATTERN_VALID.set(p, ok);
  }
  return ok;
}

/** A build context on disk: folders listed on demand, each once; matches and small reads memoized. */
class FolderContext implements BuildContext {
  readonly dockerignore: { path: string; patterns: string[] } | undefined;
  truncated = false;
  private readonly ig: ReturnType<typeof dockerignore> | undefined;
  /** Some pattern starts with '!': an ignored folder may hold re-included files. */
  private readonly reincludes: boolean;
  private cache: ContextFile[] | undefined;
  private project: ContextFile[] | undefined;
  // Several rules ask for the same COPY sources and read the same manifests: match and read each once.
  private readonly matches = new Map<string, ContextFile[]>();
  private readonly reads = new Map<string, { size: number; text: string | undefined }>();
  // A manifest that one rule reads as text and another scans as bytes is stat'ed and read once.
  private readonly stats: StatMemo = new Map();
  private readonly contents = new Map<string, Buffer>();
  private keptListed = 0;
  // Each folder is listed once, whether a whole walk or a single COPY source asks for it.
  private readonly listings: Map<string, Dirent[] | undefined>;

  constructor(
    readonly root: string,
    rootEntries: Dirent[],
    ignoreFile: string | undefined,
    matchers: Map<string, ReturnType<typeof dockerignore>> | undefined,
  ) {
    // The .dockerignore's patterns (none when it cannot be read); its bytes stay for a COPY that ships it.
    let patterns: string[] = [];
    if (ignoreFile) {
      try {
        const buf = readFileSync(ignoreFile);
        if (buf.length <= KEEP_BYTES) this.contents.set(ignoreFile, buf);
        patterns = patternsOf(buf.toString('utf8'));
      } catch {
        // unreadable: no patterns
      }
    }
    this.dockerignore = ignoreFile ? { path: ignoreFile, patterns } : undefined;
    this.ig = ignoreMatcher(patterns, matchers);
    this.reincludes = patterns.some((p) => p.startsWith('!'));
    this.listings = new Map([['', rootEntries]]);
  }

  private ignores(rel: string): boolean {
    return this.ig !== undefined && this.ig.ignores(rel);
  }

  private list(rel: string): Dirent[] | undefined {
    if (this.listings.has(rel)) return this.listings.get(rel);
    let entries: Dirent[] | undefined;
    try {
      entries = readdirSync(`${this.root}/${rel}`, { withFileTypes: true });
    } catch {
      entries = undefined;
    }
    this.listings.set(rel, entries);
    return entries;
  }

  /**
   * Walks the folder `rel` ('' for the root), depth first, into `out`: what .dockerignore lets through, the
   * walk's cap counting `out`. Entries are typed as readdir says: a symbolic link is a file, never followed.
   */
  private walk(rel: string, out: ContextFile[], skipDependencies = false): void {
    const stack = [rel];
    while (stack.length) {
      const dir = stack.pop()!;
      for (const e of this.list(dir) ?? []) {
        const path = dir ? `${dir}/${e.name}` : e.name;
        const isDir = e.isDirectory();
        if (skipDependencies && isDir && DEPENDENCY_DIRS.includes(e.name)) continue;
        const ignored = this.ignores(path);
        if (ignored && !isDir) continue;
        if (out.length >= WALK_CAP) {
          this.truncated = true;
          return;
        }
        if (isDir) {
          // A directory may be ignored while an exception re-includes a file inside it: keep walking
          // only when some pattern starts with '!'.
          if (ignored && !this.reincludes) continue;
          out.push({ path, size: 0, dir: true });
          stack.push(path);
        } else {
          // Plain concatenation: the names come from readdir, so there is nothing for path.join to normalise.
          out.push(new LazyFile(path, `${this.root}/${path}`, this.stats));
        }
      }
    }
  }

  /** A literal path of the context as the whole walk would find it: the entry and, for a folder, all below it. */
  private lookUp(rel: string): ContextFile[] {
    const parts = rel.split('/');
    let dir = '';
    for (let i = 0; i < parts.length; i++) {
      const entry = this.list(dir)?.find((e) => e.name === parts[i]);
      if (!entry) return [];
      const path = dir ? `${dir}/${parts[i]}` : parts[i];
      const isDir = entry.isDirectory();
      const ignored = this.ignores(path);
      const last = i === parts.length - 1;
      // The walk skips an ignored file, and an ignored folder unless an exception may re-include files in it.
      if (ignored && (!isDir || !this.reincludes)) return [];
      if (!last && !isDir) return [];
      if (last) {
        if (!isDir) return [new LazyFile(path, `${this.root}/${path}`, this.stats)];
        const out: ContextFile[] = [{ path, size: 0, dir: true }];
        this.walk(path, out);
        return out;
      }
      dir = path;
    }
    return [];
  }

  ignored(path: string): boolean {
    const p = path.replace(/^\.?\//, '').replace(/\/$/, '');
    return p !== '' && this.ignores(p);
  }

  files(): ContextFile[] {
    if (!this.cache) {
      this.cache = [];
      this.walk('', this.cache);
    }
    return this.cache;
  }

  projectFiles(): ContextFile[] {
    if (!this.project) {
      // After a whole walk, no more I/O: leave out what lies in a dependency folder.
      if (this.cache && !this.truncated) this.project = this.cache.filter((f) => !f.path.split('/').some((seg, i, all) => DEPENDENCY_DIRS.includes(seg) && (i < all.length - 1 || f.dir)));
      else this.walk('', (this.project = []), true);
    }
    return this.project;
  }

  match(source: string): ContextFile[] {
    const src = contextPath(source);
    if (src === '' || src === '.') return this.files();
    let found = this.matches.get(src);
    if (!found) {
      if (literal(src) && !this.cache) {
        // A literal source needs its own entry only, not a walk of the whole context (which may hold a
        // node_modules of tens of thousands of files).
        found = this.lookUp(src);
      } else {
        const re = GLOB.test(src) ? globToRegExp(src) : undefined;
        const prefix = `${src}/`;
        found = this.files().filter((f) => (re ? re.test(f.path) : f.path === src) || f.path.startsWith(prefix));
      }
      this.matches.set(src, found);
    }
    return found;
  }

  at(path: string): ContextFile[] {
    const src = contextPath(path);
    return src !== '' && literal(src) ? this.match(src) : [];
  }

  absent(path: string): boolean {
    const rel = contextPath(path);
    if (rel === '' || !literal(rel)) return false;
    let dir = '';
    for (const name of rel.split('/')) {
      // Plain ASCII names only: no Unicode normalisation, short (8.3) names or trailing dots for a file system to alias.
      if (!PLAIN_NAME.test(name)) return false;
      const entries = this.list(dir);
      if (!entries) return false;
      const entry = entries.find((e) => e.name === name);
      if (!entry) {
        const lower = name.toLowerCase();
        return !entries.some((e) => e.name.toLowerCase() === lower);
      }
      // A file or a symbolic link on the way: the file system decides.
      if (!entry.isDirectory()) return false;
      dir = dir ? `${dir}/${name}` : name;
    }
    return false;
  }

  bytes(path: string, maxBytes: number): Buffer | undefined {
    const rel = path.replace(/^\.?\//, '');
    if (this.ignored(rel)) return undefined;
    try {
      const full = join(this.root, rel);
      const st = statSync(full, { throwIfNoEntry: false });
      return st?.isFile() && st.size <= maxBytes ? readFileSync(full) : undefined;
    } catch {
      return undefined;
    }
  }

  readListed(file: ContextFile, maxBytes: number, skip?: (head: Buffer) => boolean): Buffer | undefined {
    const size = file.size;
    if (file.dir || size > maxBytes) return undefined;
    const abs = `${this.root}/${file.path}`;
    const kept = this.contents.get(abs);
    if (kept !== undefined && kept.length === size) return skip?.(kept.subarray(0, Math.min(size, HEAD_BYTES))) ? undefined : kept;
    let fd: number | undefined;
    try {
      fd = openSync(abs, 'r');
      const buf = Buffer.allocUnsafe(size);
      let got = 0;
      const fill = (upTo: number) => {
        while (got < upTo) {
          const n = readSync(fd!, buf, got, upTo - got, got);
          if (n === 0) break;
          got += n;
        }
      };
      fill(Math.min(size, HEAD_BYTES));
      if (skip?.(buf.subarray(0, got))) return undefined;
      if (got === Math.min(size, HEAD_BYTES)) fill(size);
      const data = buf.subarray(0, got);
      if (got === size && size <= KEEP_BYTES && this.keptListed + size <= KEEP_LISTED) {
        this.keptListed += size;
        this.contents.set(abs, data);
      }
      return data;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  mode(path: string): number | undefined {
    // Windows has no execute bits to read (and Docker gives files from a Windows context 0755).
    if (process.platform === 'win32') return undefined;
    const rel = path.replace(/^\.?\//, '');
    if (this.ignored(rel)) return undefined;
    const st = statOnce(this.stats, join(this.root, rel));
    return st?.isFile() ? st.mode & 0o7777 : undefined;
  }

  read(path: string, maxBytes = 1 << 20): string | undefined {
    const rel = path.replace(/^\.?\//, '');
    let got = this.reads.get(rel);
    if (!got) {
      got = { size: -1, text: undefined };
      if (!this.ignored(rel)) {
        const st = statOnce(this.stats, join(this.root, rel));
        if (st?.isFile()) got.size = st.size;
      }
      this.reads.set(rel, got);
    }
    if (got.size < 0 || got.size > maxBytes) return undefined;
    if (got.text === undefined) {
      const abs = join(this.root, rel);
      const kept = this.contents.get(abs);
      try {
        if (kept !== undefined && kept.length === got.size) got.text = kept.toString('utf8');
        else {
          const buf = readFileSync(abs);
          if (buf.length <= KEEP_BYTES) this.contents.set(abs, buf);
          got.text = buf.toString('utf8');
        }
      } catch {
        got.size = -1;
      }
    }
    return got.text;
  }
}

/**
 * A context file whose size is read from disk only when asked for (most rules need only the path).
 * A class, not an object literal with a getter: V8 gives every literal with its own getter closure a new
 * hidden class, allocated in the old generation, which made the walk of every lint leave old garbage.
 */
class LazyFile implements ContextFile {
  readonly dir = false;
  #size: number | undefined;
  constructor(
    readonly path: string,
    private readonly abs: string,
    private readonly stats: StatMemo,
  ) {}
  get size(): number {
    if (this.#size === undefined) this.#size = statOnce(this.stats, this.abs)?.size ?? 0;
    return this.#size;
  }
}

const GLOB = /[*?[\\]/;
const PLAIN_NAME = /^\.?[A-Za-z0-9_][A-Za-z0-9_+-]*(?:\.[A-Za-z0-9_+-]+)*$/;


/** A relative path without wildcards, `.`, `..` or empty segments: it names one entry. */
function literal(path: string): boolean {
  return !GLOB.test(path) && !path.split('/').some((p) => p === '..' || p === '.' || p === '');
}


/**
 * The build context: the folder COPY and ADD read from, filtered by .dockerignore with Docker's own
 * semantics (@balena/dockerignore implements moby's patternmatcher rules).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import dockerignoreModule from '@balena/dockerignore';

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
  /** Files of the context (not ignored) matching a COPY source (wildcards per Go filepath.Match). */
  match(source: string): ContextFile[];
  /** Reads a small text file of the context (undefined when absent, ignored or too large). */
  read(path: string, maxBytes?: number): string | undefined;
  /** The walk stopped at the cap; absence of a file proves nothing. */
  truncated: boolean;
}

const WALK_CAP = 20000;

export function openContext(root: string, dockerfilePath?: string): BuildContext | undefined {
  try {
    if (!statSync(root).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  let ignoreFile: string | undefined;
  if (dockerfilePath) {
    const specific = `${dockerfilePath}.dockerignore`;
    if (existsSync(specific)) ignoreFile = specific;
  }
  if (!ignoreFile && existsSync(join(root, '.dockerignore'))) ignoreFile = join(root, '.dockerignore');
  let patterns: string[] = [];
  if (ignoreFile) {
    try {
      patterns = readFileSync(ignoreFile, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    } catch {
      patterns = [];
    }
  }
  const ig = dockerignore({ ignorecase: false }).add(patterns);
  let cache: ContextFile[] | undefined;
  // Several rules ask for the same COPY sources: match each source once.
  const matches = new Map<string, ContextFile[]>();
  const ctx: BuildContext = {
    root,
    dockerignore: ignoreFile ? { path: ignoreFile, patterns } : undefined,
    truncated: false,
    ignored(path) {
      const p = path.replace(/^\.?\//, '').replace(/\/$/, '');
      return p !== '' && ig.ignores(p);
    },
    files() {
      if (cache) return cache;
      cache = [];
      const stack = [root];
      while (stack.length) {
        const dir = stack.pop()!;
        let entries: import('node:fs').Dirent[];
        try {
          entries = readdirSync(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const e of entries) {
          const abs = join(dir, e.name);
          const rel = relative(root, abs).split(sep).join('/');
          if (ctx.ignored(rel) && !e.isDirectory()) continue;
          if (cache.length >= WALK_CAP) {
            ctx.truncated = true;
            return cache;
          }
          if (e.isDirectory()) {
            // A directory may be ignored while an exception re-includes a file inside it: keep walking
            // only when some pattern starts with '!'.
            if (ctx.ignored(rel) && !patterns.some((p) => p.startsWith('!'))) continue;
            cache.push({ path: rel, size: 0, dir: true });
            stack.push(abs);
          } else {
            cache.push(lazyFile(rel, abs));
          }
        }
      }
      return cache;
    },
    match(source) {
      const src = source.replace(/^\.?\//, '').replace(/\/+$/, '');
      if (src === '' || src === '.') return ctx.files();
      let found = matches.get(src);
      if (!found) {
        const re = globToRegExp(src);
        found = ctx.files().filter((f) => re.test(f.path) || f.path.startsWith(`${src}/`));
        matches.set(src, found);
      }
      return found;
    },
    read(path, maxBytes = 1 << 20) {
      const rel = path.replace(/^\.?\//, '');
      if (ctx.ignored(rel)) return undefined;
      const abs = join(root, rel);
      try {
        const st = statSync(abs);
        if (!st.isFile() || st.size > maxBytes) return undefined;
        return readFileSync(abs, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  return ctx;
}

/** A context file whose size is read from disk only when asked for (most rules need only the path). */
function lazyFile(path: string, abs: string): ContextFile {
  let size: number | undefined;
  return {
    path,
    dir: false,
    get size() {
      if (size === undefined) {
        try {
          size = statSync(abs).size;
        } catch {
          size = 0;
        }
      }
      return size;
    },
  };
}

/** Go filepath.Match-style pattern (as COPY sources use) to a RegExp over a whole path. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

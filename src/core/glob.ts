/**
 * Go `filepath.Match` patterns (what COPY/ADD sources and .dockerignore lines use) as regular expressions,
 * without ever building an invalid one: a `[` class that is unterminated or holds a reversed range
 * (`app[.py`, `x[z-a].py`) matches itself literally, as text from input must never reach `new RegExp`
 * unescaped. Source: https://pkg.go.dev/path/filepath#Match (`[` `[` [ '^' ] { character-range } `]`).
 */
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;
export const escapeRegExp = (s: string): string => s.replace(SPECIAL, '\\$&');

/** A valid class body as a RegExp class, or undefined when Go would reject it. */
function classOf(body: string): string | undefined {
  let b = body;
  let neg = false;
  if (b.startsWith('^') || b.startsWith('!')) {
    neg = true;
    b = b.slice(1);
  }
  if (b === '') return undefined;
  let out = '';
  for (let i = 0; i < b.length; i++) {
    let c = b[i];
    if (c === '\\') {
      if (i + 1 >= b.length) return undefined;
      c = b[++i];
    }
    if (b[i + 1] === '-' && i + 2 < b.length) {
      let hi = b[i + 2];
      let skip = 2;
      if (hi === '\\') {
        if (i + 3 >= b.length) return undefined;
        hi = b[i + 3];
        skip = 3;
      }
      if (hi < c) return undefined;
      out += `${escapeRegExp(c)}-${escapeRegExp(hi)}`;
      i += skip;
    } else out += escapeRegExp(c);
  }
  return `[${neg ? '^' : ''}${out}]`;
}

/** Patterns already compiled: rules ask for the same few on every instruction and every lint. */
const COMPILED = new Map<string, RegExp>();

/**
 * The pattern as a RegExp over a whole path. `star` is what `*` matches: `[^/]*` (one path segment, as
 * filepath.Match) or `.*` (any text, for callers that match base names loosely). The RegExp has no flags (so no
 * lastIndex state) and is shared by the callers that ask for the same pattern.
 */
export function globToRegExp(glob: string, star: '[^/]*' | '.*' = '[^/]*'): RegExp {
  const key = `${star}\0${glob}`;
  let compiled = COMPILED.get(key);
  if (!compiled) {
    if (COMPILED.size >= 2048) COMPILED.clear();
    COMPILED.set(key, (compiled = compile(glob, star)));
  }
  return compiled;
}

function compile(glob: string, star: '[^/]*' | '.*'): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += star;
    else if (c === '?') re += star === '.*' ? '.' : '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      const cls = close > 0 ? classOf(glob.slice(i + 1, close)) : undefined;
      if (cls === undefined) re += '\\[';
      else {
        re += cls;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) re += escapeRegExp(glob[++i]);
    else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}

/** Body needs from rules compiled into one matcher: exact paths, prefixes, globs and regexes, each with a byte cap. */
export interface BodyNeed {
  /** Exact absolute paths, e.g. /var/task/app.py */
  paths?: string[];
  /** Path prefixes, e.g. /opt/extensions/ */
  prefixes?: string[];
  /** Globs over absolute paths: * (no /), ** (any), ?, {a,b} */
  globs?: string[];
  regexes?: RegExp[];
  /** Bytes to keep per matching file (default 64 KiB) */
  maxBytes?: number;
}

export type BodyMatcher = (path: string) => number;

const DEFAULT_MAX = 64 * 1024;

export function globToRegExpSource(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end === -1) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map((a) => a.replace(/[.+^$()|[\]\\*?]/g, '\\$&')).join('|') + ')';
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return re;
}

/** Compile needs into one function returning the byte cap for a path (0 = body not needed). */
export function compileNeeds(needs: BodyNeed[] | undefined): BodyMatcher | null {
  if (!needs || needs.length === 0) return null;
  const exact = new Map<string, number>();
  const prefixes: [string, number][] = [];
  const byCap = new Map<number, string[]>();
  for (const n of needs) {
    const cap = n.maxBytes ?? DEFAULT_MAX;
    for (const p of n.paths ?? []) exact.set(p, Math.max(exact.get(p) ?? 0, cap));
    for (const p of n.prefixes ?? []) prefixes.push([p, cap]);
    const srcs = byCap.get(cap) ?? [];
    for (const g of n.globs ?? []) srcs.push('^' + globToRegExpSource(g) + '$');
    for (const r of n.regexes ?? []) srcs.push(`(?:${r.source})`);
    if (srcs.length) byCap.set(cap, srcs);
  }
  const regexes = [...byCap.entries()].filter(([, s]) => s.length).map(([cap, s]) => [new RegExp(s.join('|')), cap] as const);
  return (path: string): number => {
    let cap = exact.get(path) ?? 0;
    for (const [p, c] of prefixes) if (c > cap && path.startsWith(p)) cap = c;
    for (const [r, c] of regexes) if (c > cap && r.test(path)) cap = c;
    return cap;
  };
}

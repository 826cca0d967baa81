/**
 * Docker's variable substitution for ARG and ENV values: $X, ${X}, ${X:-d}, ${X-d}, ${X:+a}, ${X+a}.
 * A variable that has no known value stays unresolved, and the result says so.
 */

/** A variable's state at a point of the Dockerfile: a known value, or declared without one. */
export type VarValue = { value: string } | { unknown: true };

export type Scope = ReadonlyMap<string, VarValue>;

export interface Expanded {
  value: string;
  /** Names of the variables that had no known value. */
  unresolved: string[];
}

/**
 * Expands `$NAME` and `${NAME...}` against `scope`. `escape` is the Dockerfile escape character:
 * `\$` (or `` `$ ``) is a literal dollar.
 */
/** Nesting of `${a:-${b:-…}}` that is expanded; deeper text is kept as written (no input exhausts the stack). */
const MAX_EXPAND_DEPTH = 64;

export function expand(input: string, scope: Scope, escape = '\\', depth = 0): Expanded {
  const unresolved: string[] = [];
  if (depth > MAX_EXPAND_DEPTH) return { value: input, unresolved: ['(nested too deeply)'] };
  let out = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === escape && input[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === '{') {
      const close = findClose(input, i + 2);
      if (close < 0) {
        out += input.slice(i);
        break;
      }
      out += expandBraced(input.slice(i + 2, close), scope, escape, unresolved, depth);
      i = close + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(input.slice(i + 1));
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    out += lookup(m[0], scope, unresolved);
    i += 1 + m[0].length;
  }
  return { value: out, unresolved };
}

function findClose(s: string, from: number): number {
  let depth = 1;
  for (let j = from; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function expandBraced(body: string, scope: Scope, escape: string, unresolved: string[], depth: number): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
  if (!m) return '${' + body + '}';
  const [, name, op, word = ''] = m;
  const state = scope.get(name);
  const known = state !== undefined && 'value' in state;
  const value = known ? state.value : '';
  if (!op) return lookup(name, scope, unresolved);
  const unknown = state !== undefined && !known;
  if (unknown) {
    // Declared without a value: we cannot tell which branch applies.
    unresolved.push(name);
    return op.endsWith('-') ? `\${${name}}` : '';
  }
  const set = state !== undefined;
  const nonEmpty = set && value !== '';
  const useWord = op === ':-' ? !nonEmpty : op === '-' ? !set : op === ':+' ? nonEmpty : set;
  if (op.endsWith('-')) return useWord ? expand(word, scope, escape, depth + 1).value : value;
  return useWord ? expand(word, scope, escape, depth + 1).value : '';
}

function lookup(name: string, scope: Scope, unresolved: string[]): string {
  const state = scope.get(name);
  if (state && 'value' in state) return state.value;
  unresolved.push(name);
  return `\${${name}}`;
}

/** True when `value` still contains a `${NAME}` left by `expand` for an unresolved variable. */
export function hasUnresolved(e: Expanded): boolean {
  return e.unresolved.length > 0;
}

/**
 * Expands one word as Docker's shell lexer does for FROM, WORKDIR, USER, COPY and ADD: quotes are removed,
 * variables expand outside quotes and inside double quotes, not inside single quotes
 * (moby/buildkit frontend/dockerfile/shell/lex.go, processDoubleQuote / processSingleQuote).
 */
export function expandWord(input: string, scope: Scope, escape = '\\'): Expanded {
  if (!input.includes('"') && !input.includes("'")) return expand(input, scope, escape);
  const unresolved: string[] = [];
  let out = '';
  let i = 0;
  let plain = '';
  const flush = () => {
    if (!plain) return;
    const e = expand(plain, scope, escape);
    out += e.value;
    unresolved.push(...e.unresolved);
    plain = '';
  };
  while (i < input.length) {
    const ch = input[i];
    if (ch === escape && i + 1 < input.length && (input[i + 1] === '"' || input[i + 1] === "'")) {
      plain += input[i + 1];
      i += 2;
    } else if (ch === "'") {
      flush();
      const close = input.indexOf("'", i + 1);
      if (close < 0) {
        plain += input.slice(i);
        break;
      }
      out += input.slice(i + 1, close);
      i = close + 1;
    } else if (ch === '"') {
      flush();
      const close = input.indexOf('"', i + 1);
      if (close < 0) {
        plain += input.slice(i);
        break;
      }
      plain = input.slice(i + 1, close);
      flush();
      i = close + 1;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return { value: out, unresolved };
}

/**
 * The variables of a Dockerfile as it is read: a Map whose every change is also recorded with a version, so
 * that each instruction can keep the scope it saw as a constant-size view (`snapshot()`) instead of a copy.
 * Copies made memory quadratic in ARG and ENV lines (20,000 ENV lines took gigabytes); views share one history,
 * and a lookup is a binary search in one variable's changes.
 */
export class LiveScope extends Map<string, VarValue> {
  private version = 0;
  private readonly history = new Map<string, { at: number[]; values: VarValue[] }>();

  constructor(from?: Iterable<readonly [string, VarValue]>) {
    super();
    if (from) for (const [k, v] of from) this.set(k, v);
  }

  override set(name: string, value: VarValue): this {
    // Map's constructor calls set before our fields exist.
    if (this.history) {
      this.version++;
      let h = this.history.get(name);
      if (!h) this.history.set(name, (h = { at: [], values: [] }));
      h.at.push(this.version);
      h.values.push(value);
    }
    return super.set(name, value);
  }

  /** The scope as it is now, unaffected by later changes. */
  snapshot(): Scope {
    return new ScopeView(this, this.version);
  }

  /** A variable's value at a version (undefined: not declared then). */
  valueAt(name: string, version: number): VarValue | undefined {
    const h = this.history.get(name);
    if (!h || h.at[0] > version) return undefined;
    let lo = 0;
    let hi = h.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (h.at[mid] <= version) lo = mid;
      else hi = mid - 1;
    }
    return h.values[lo];
  }

  /** Names declared at a version, in declaration order. */
  *namesAt(version: number): IterableIterator<string> {
    for (const [name, h] of this.history) if (h.at[0] <= version) yield name;
  }
}

class ScopeView implements ReadonlyMap<string, VarValue> {
  constructor(
    private readonly live: LiveScope,
    private readonly version: number,
  ) {}
  get(name: string): VarValue | undefined {
    return this.live.valueAt(name, this.version);
  }
  has(name: string): boolean {
    return this.live.valueAt(name, this.version) !== undefined;
  }
  get size(): number {
    let n = 0;
    for (const _ of this.live.namesAt(this.version)) n++;
    return n;
  }
  *entries(): MapIterator<[string, VarValue]> {
    for (const name of this.live.namesAt(this.version)) yield [name, this.live.valueAt(name, this.version)!];
  }
  *keys(): MapIterator<string> {
    yield* this.live.namesAt(this.version);
  }
  *values(): MapIterator<VarValue> {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(fn: (value: VarValue, key: string, map: ReadonlyMap<string, VarValue>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, VarValue]> {
    return this.entries();
  }
}

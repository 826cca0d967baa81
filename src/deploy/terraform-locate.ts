/**
 * Line numbers for Terraform findings. The HCL parser (hcl.ts) gives values without positions, so the blocks
 * and attributes it found are located again in the source by a token-level scan that follows HCL's lexical
 * syntax (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): comments (#, //, /* *\/), quoted
 * templates with nested `${...}` interpolations, heredocs, and braces. Only identifiers outside strings and
 * comments are matched, at the nesting depth where the block or attribute must be; never a text search.
 */
import type { Location } from '../core/types.js';

interface Token {
  kind: 'ident' | 'string' | 'punct';
  value: string;
  line: number;
  column: number;
  /** Brace depth before the token. */
  depth: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  const n = text.length;
  const newline = (at: number) => {
    line++;
    lineStart = at + 1;
  };
  /** Skips a quoted template starting at text[i] === '"'; returns the literal text (interpolations kept). */
  const skipString = (): string => {
    const start = i;
    i++;
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') i += 2;
      else if ((text[i] === '$' || text[i] === '%') && text[i + 1] === '{') skipInterpolation();
      else {
        if (text[i] === '\n') newline(i);
        i++;
      }
    }
    i++;
    return text.slice(start + 1, i - 1);
  };
  const skipInterpolation = () => {
    i += 2;
    let d = 1;
    while (i < n && d > 0) {
      const c = text[i];
      if (c === '"') skipString();
      else {
        if (c === '{') d++;
        else if (c === '}') d--;
        else if (c === '\n') newline(i);
        i++;
      }
    }
  };
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      newline(i);
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) {
        if (text[i] === '\n') newline(i);
        i++;
      }
      i += 2;
    } else if (c === '"') {
      const column = i - lineStart + 1;
      const at = line;
      tokens.push({ kind: 'string', value: skipString(), line: at, column, depth });
    } else if (c === '<' && text[i + 1] === '<' && /[-A-Za-z_]/.test(text[i + 2] ?? '')) {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (!m) {
        i += 2;
        continue;
      }
      const id = m[1];
      i += m[0].length;
      newline(i - 1);
      while (i < n) {
        const end = text.indexOf('\n', i);
        const lineText = text.slice(i, end < 0 ? n : end);
        i = end < 0 ? n : end + 1;
        if (end >= 0) newline(end);
        if (lineText.trim() === id) break;
      }
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < n && /[\w-]/.test(text[i])) i++;
      tokens.push({ kind: 'ident', value: text.slice(start, i), line, column: start - lineStart + 1, depth });
    } else {
      if (c === '{' || c === '}' || c === '=' || c === '[') tokens.push({ kind: 'punct', value: c, line, column: i - lineStart + 1, depth });
      if (c === '{') depth++;
      else if (c === '}') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return tokens;
}

export class TerraformLocator {
  private readonly tokens: Token[];
  constructor(
    readonly file: string,
    text: string,
  ) {
    this.tokens = tokenize(text);
  }

  private loc(t: Token | undefined, length = 1): Location {
    if (!t) return { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { file: this.file, line: t.line, column: t.column, endLine: t.line, endColumn: t.column + length };
  }

  /** Index of the top-level block `type "label" "label" {`. */
  private block(type: string, labels: string[]): number {
    const ts = this.tokens;
    outer: for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      if (t.depth !== 0 || t.kind !== 'ident' || t.value !== type) continue;
      for (let j = 0; j < labels.length; j++) {
        const l = ts[i + 1 + j];
        if (!l || (l.kind !== 'string' && l.kind !== 'ident') || l.value !== labels[j]) continue outer;
      }
      if (ts[i + 1 + labels.length]?.value === '{') return i;
    }
    return -1;
  }

  /** Where the block starts (its type keyword through its labels). */
  blockAt(type: string, labels: string[]): Location {
    const i = this.block(type, labels);
    if (i < 0) return this.loc(undefined);
    const last = this.tokens[i + labels.length];
    const start = this.tokens[i];
    return { file: this.file, line: start.line, column: start.column, endLine: last.line, endColumn: last.column + last.value.length + (last.kind === 'string' ? 2 : 0) };
  }

  /**
   * Where an attribute (`name =`) or nested block (`name {`, `name "label" {`) sits inside the block, following `path` through nested
   * blocks (`['image_config', 'command']`). Falls back to the block itself.
   */
  attributeAt(type: string, labels: string[], path: string[]): Location {
    const ts = this.tokens;
    let i = this.block(type, labels);
    if (i < 0) return this.loc(undefined);
    let depth = 1;
    i += labels.length + 2;
    let found: Token | undefined;
    for (const name of path) {
      found = undefined;
      for (; i < ts.length && ts[i].depth >= depth; i++) {
        const t = ts[i];
        // `name =`, `name {` or a labelled nested block (`dynamic "image_config" {`).
        const labelled = ts[i + 1]?.kind === 'string' && ts[i + 2]?.value === '{';
        if (t.depth === depth && t.kind === 'ident' && t.value === name && (ts[i + 1]?.value === '=' || ts[i + 1]?.value === '{' || labelled)) {
          found = t;
          i += labelled ? 2 : 1;
          if (ts[i]?.value === '=') i++; // an attribute; its value may be an object (`triggers = { ... }`)
          if (ts[i]?.value === '{') i++;
          break;
        }
      }
      if (!found) return this.blockAt(type, labels);
      depth++;
    }
    return this.loc(found, found?.value.length ?? 1);
  }
}

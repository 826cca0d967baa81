/**
 * Serverless Framework variables (`${source:address, fallback}`) read statically: `${self:a.b}` is followed within
 * the file (a path of keys from the document root, list items by index); every other source (`opt:`, `sls:`,
 * `env:`, `ssm:`, `aws:`, `cf:`, `param:`, `file(...)`, ...) needs the command line, the environment or AWS and
 * stays unknown. A fallback is used when a `self:` path is absent and the fallback is a quoted literal or a number.
 * https://www.serverless.com/framework/docs/guides/variables
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { get, intrinsic } from './cfn-yaml.js';

/** How deep `${self:...}` may lead to another variable (a loop ends as unknown). */
const MAX_DEPTH = 10;
/**
 * Bounds on the work a hostile file can ask for (a value of many `${self:b}`, each of many `${self:c}` ...):
 * expressions resolved per document, and the length of a resolved value. Beyond them values are unknown.
 */
const MAX_EXPRESSIONS = 10_000;
const MAX_TEXT = 64 * 1024;

/** A string value with its unknown parts: `text` keeps each unknown variable as written (`${env:TAG}`), or `${...}`. */
export interface VarText {
  text: string;
  known: boolean;
}

type Part = { lit: string } | { expr: string };

/** Splits a string into literal text and `${...}` expressions (nested braces kept inside the expression). */
function splitVariables(s: string): Part[] {
  const parts: Part[] = [];
  let lit = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '$' && s[i + 1] === '{') {
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) break;
      }
      if (j >= s.length) break; // unterminated: the rest is literal
      if (lit) parts.push({ lit });
      lit = '';
      parts.push({ expr: s.slice(i + 2, j) });
      i = j + 1;
      continue;
    }
    lit += s[i++];
  }
  lit += s.slice(i);
  if (lit) parts.push({ lit });
  return parts;
}

/** The top-level comma-separated parts of an expression (commas inside nested `${}` or quotes do not split). */
function topLevel(expr: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '(') depth++;
    else if (c === '}' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(expr.slice(start, i));
      start = i + 1;
    }
  }
  out.push(expr.slice(start));
  return out.map((p) => p.trim());
}

function literalFallback(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const m = /^'([^']*)'$|^"([^"]*)"$/.exec(s);
  if (m) return m[1] ?? m[2];
  return /^-?\d+(\.\d+)?$/.test(s) ? s : undefined;
}

export class Variables {
  private budget = MAX_EXPRESSIONS;

  constructor(private readonly root: Node) {}

  /** The node at a `self:` path, or undefined when the document has none there. */
  private lookup(path: string): Node | undefined {
    let node: Node | undefined = this.root;
    if (path === '') return node;
    for (const key of path.split('.')) {
      node = this.node(node);
      if (isSeq(node) && /^\d+$/.test(key)) node = (node.items[Number(key)] ?? undefined) as Node | undefined;
      else node = isMap(node) ? get(node, key) : undefined;
      if (!node) return undefined;
    }
    return node;
  }

  /** The `self:` path of a string that is exactly one `${self:...}` variable (resolving variables in the path). */
  private selfPath(value: string, depth: number): string | undefined {
    const parts = splitVariables(value.trim());
    if (parts.length !== 1 || !('expr' in parts[0])) return undefined;
    const [head] = topLevel(parts[0].expr);
    const address = this.resolve(head, depth + 1);
    if (!address.known) return undefined;
    const m = /^self:(.*)$/s.exec(address.text.trim());
    return m ? m[1].trim() : undefined;
  }

  /** A node with `${self:...}` standing for the whole value followed to what it names (a map, a list or a scalar). */
  node(node: Node | undefined, depth = 0): Node | undefined {
    if (!node || depth > MAX_DEPTH || !isScalar(node) || typeof node.value !== 'string') return node;
    const path = this.selfPath(node.value, depth);
    if (path === undefined) return node;
    const target = this.lookup(path);
    return target ? this.node(target, depth + 1) : node;
  }

  /** One expression's value: `self:` followed, other sources unknown. */
  private expression(expr: string, depth: number): string | undefined {
    if (depth > MAX_DEPTH || --this.budget < 0) return undefined;
    const [head, ...fallbacks] = topLevel(expr);
    const address = this.resolve(head, depth + 1);
    if (!address.known) return undefined;
    const m = /^self:(.*)$/s.exec(address.text.trim());
    if (!m) return undefined;
    const target = this.lookup(m[1].trim());
    if (!target) return literalFallback(fallbacks[0]);
    if (!isScalar(target) || intrinsic(target) || target.value === null || target.value === undefined) return undefined;
    const inner = this.resolve(String(target.value), depth + 1);
    return inner.known ? inner.text : undefined;
  }

  /** A string with its variables resolved where they can be; unknown ones kept as written. */
  resolve(value: string, depth = 0): VarText {
    let text = '';
    let known = true;
    for (const part of splitVariables(value)) {
      if ('lit' in part) {
        text += part.lit;
        continue;
      }
      const v = this.expression(part.expr, depth);
      if (v === undefined) {
        known = false;
        // Written back as a placeholder the URI rules recognise (no braces inside).
        text += /[{}]/.test(part.expr) ? '${...}' : `\${${part.expr}}`;
      } else text += v;
      if (text.length > MAX_TEXT) return { text: '${...}', known: false };
    }
    return { text, known };
  }

  /** A scalar node's text with variables resolved; undefined for maps, lists, CloudFormation intrinsics and null. */
  text(node: Node | undefined): VarText | undefined {
    const n = this.node(node);
    if (!n || !isScalar(n) || intrinsic(n) || n.value === null || n.value === undefined) return undefined;
    return typeof n.value === 'string' ? this.resolve(n.value) : { text: String(n.value), known: true };
  }
}

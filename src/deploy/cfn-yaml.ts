/**
 * CloudFormation and SAM templates (YAML or JSON, which is YAML) parsed with the `yaml` package, keeping each
 * node's source range for line numbers. The short-form intrinsic tags (`!Ref`, `!Sub`, `!GetAtt` ...) are
 * registered as custom tags, so they parse without warnings and stay visible on the node (`node.tag`).
 *
 * Values are read from nodes on demand: an intrinsic function (short form or `{"Fn::...": ...}` / `{"Ref": ...}`)
 * is unknown, except `Fn::Sub` of a literal string and `Fn::Join` of literal parts, whose text is kept with
 * the unresolvable parts written `${...}` (enough to see `:latest` in `!Sub ${Repo}:latest`).
 * Sources: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type ScalarTag, type CollectionTag, YAMLMap, YAMLSeq } from 'yaml';
import type { Location } from '../core/types.js';

/** Intrinsic functions and condition functions with a short form. */
const INTRINSICS = [
  'Ref', 'Condition', 'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
  'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length', 'ForEach',
];

const CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, identify: () => false, resolve: (s: string) => s } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', nodeClass: YAMLSeq, identify: () => false } as CollectionTag,
  { tag: `!${name}`, collection: 'map', nodeClass: YAMLMap, identify: () => false } as CollectionTag,
]);

export interface Template {
  file: string;
  root: Node;
  at(node: Node | undefined): Location;
}

export class TemplateError extends Error {}

/** Parses a template; throws TemplateError with a one-line reason (first YAML/JSON error with its position). */
export function parseTemplate(file: string, text: string): Template {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: CUSTOM_TAGS, lineCounter, uniqueKeys: false, prettyErrors: true, strict: false });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new TemplateError(`${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${message}`);
  }
  if (!doc.contents || !isMap(doc.contents)) throw new TemplateError('is not a template: the document is not a mapping');
  resolveAnchors(doc);
  const root = doc.contents as Node;
  return {
    file,
    root,
    at(node) {
      const range = node?.range ?? root.range;
      const start = lineCounter.linePos(range?.[0] ?? 0);
      const end = lineCounter.linePos(range?.[1] ?? range?.[0] ?? 0);
      return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    },
  };
}

/**
 * YAML aliases (`Metadata: *build`) and merge keys (`<<: *defaults`) as the SAM CLI reads them (PyYAML): an alias
 * becomes the node it names, and a mapping takes the merged keys it does not set itself. An alias inside what it
 * names (a recursive structure) is left as it is.
 */
function resolveAnchors(doc: Document): void {
  // One walk in document order, each node once (a shared anchor is not walked again, and anchors are looked up in a
  // map, not by searching the document: an alias bomb stays linear), children first so that a merged mapping has its
  // own aliases and merges resolved before it is merged. An anchor comes before its aliases, as YAML requires.
  const anchors = new Map<string, unknown>();
  const done = new Set<unknown>();
  const onPath = new Set<unknown>();
  const resolve = (n: unknown): unknown => {
    if (isAlias(n)) {
      const target = anchors.get(n.source);
      return target !== undefined && !onPath.has(target) ? target : n;
    }
    const anchor = (n as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, n);
    return n;
  };
  const walk = (node: unknown): void => {
    if (!(isMap(node) || isSeq(node)) || done.has(node) || onPath.has(node)) return;
    onPath.add(node);
    if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        node.items[i] = resolve(node.items[i]);
        walk(node.items[i]);
      }
    } else {
      for (const pair of node.items) {
        pair.value = resolve(pair.value) as typeof pair.value;
        walk(pair.value);
      }
      mergeKeys(node);
    }
    onPath.delete(node);
    done.add(node);
  };
  walk(resolve(doc.contents));
}

/** A mapping's `<<` entries replaced by the keys they merge that it does not set itself (earlier merges win). */
function mergeKeys(map: YAMLMap): void {
  const isMerge = (p: { key: unknown }) => isScalar(p.key) && p.key.value === '<<';
  if (!map.items.some(isMerge)) return;
  const own = map.items.filter((p) => !isMerge(p));
  const names = new Set(own.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
  for (const merge of map.items.filter(isMerge)) {
    const sources = isSeq(merge.value) ? (merge.value.items as unknown[]) : [merge.value];
    for (const src of sources) {
      if (!isMap(src)) continue;
      for (const p of src.items) {
        const name = isScalar(p.key) ? String(p.key.value) : undefined;
        if (name === undefined || names.has(name)) continue;
        names.add(name);
        own.push(p);
      }
    }
  }
  map.items = own;
}

/** The value node under `key` of a mapping node; of a key written twice, the last (as PyYAML and JSON parsers keep). */
export function get(node: Node | undefined, key: string): Node | undefined {
  if (!node || !isMap(node)) return undefined;
  let found: Node | undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) found = (pair.value ?? undefined) as Node | undefined;
  }
  return found;
}

/** The key node of `key` in a mapping (where a logical id is written). */
export function keyNode(node: Node | undefined, key: string): Node | undefined {
  if (!node || !isMap(node)) return undefined;
  let found: Node | undefined;
  for (const pair of node.items) if (isScalar(pair.key) && String(pair.key.value) === key) found = pair.key as Node;
  return found;
}

export function entries(node: Node | undefined): [string, Node, Node | undefined][] {
  if (!node || !isMap(node)) return [];
  // Of a key written twice, the last (as get()): a dead first definition is not read.
  const last = new Map<string, number>();
  node.items.forEach((pair, i) => isScalar(pair.key) && last.set(String(pair.key.value), i));
  const out: [string, Node, Node | undefined][] = [];
  node.items.forEach((pair, i) => {
    if (isScalar(pair.key) && last.get(String(pair.key.value)) === i) out.push([String(pair.key.value), pair.key as Node, (pair.value ?? undefined) as Node | undefined]);
  });
  return out;
}

/** The intrinsic function a node calls (`Ref`, `Fn::Sub` ...), or undefined for plain data. */
export function intrinsic(node: Node | undefined): { name: string; arg: Node | undefined } | undefined {
  if (!node) return undefined;
  const tag = node.tag;
  if (tag && tag.startsWith('!') && INTRINSICS.includes(tag.slice(1))) {
    const name = tag.slice(1);
    return { name: name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`, arg: node };
  }
  if (isMap(node) && node.items.length === 1) {
    const k = node.items[0].key;
    const key = isScalar(k) ? String(k.value) : '';
    if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::')) return { name: key, arg: (node.items[0].value ?? undefined) as Node | undefined };
  }
  return undefined;
}

/** `!Ref AWS::NoValue` (`{Ref: AWS::NoValue}`): CloudFormation leaves the property out. */
export function isNoValue(node: Node | undefined): boolean {
  const fn = intrinsic(node);
  return fn?.name === 'Ref' && isScalar(fn.arg) && fn.arg.value === 'AWS::NoValue';
}

/** A literal string (numbers and booleans as written); undefined for intrinsics and non-scalars. */
export function str(node: Node | undefined): string | undefined {
  if (!node || !isScalar(node) || intrinsic(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : String(v);
}

/**
 * The text of a string-valued node with unresolvable parts as `${...}`: a literal, `Fn::Sub` of a string, or
 * `Fn::Join` of literal and unknown parts. Undefined when nothing of it is literal.
 */
export function template(node: Node | undefined): string | undefined {
  const plain = str(node);
  if (plain !== undefined) return plain;
  const fn = intrinsic(node);
  if (!fn) return undefined;
  if (fn.name === 'Fn::Sub') {
    const arg = fn.arg;
    if (arg && isScalar(arg)) return String(arg.value ?? '');
    if (arg && isSeq(arg) && isScalar(arg.items[0])) return String((arg.items[0] as { value: unknown }).value ?? '');
    return undefined;
  }
  if (fn.name === 'Fn::Join' && fn.arg && isSeq(fn.arg)) {
    const [sep, parts] = fn.arg.items as Node[];
    const separator = str(sep);
    if (separator === undefined || !parts || !isSeq(parts)) return undefined;
    const texts = (parts.items as Node[]).map((p) => template(p) ?? '${...}');
    return texts.every((t) => t === '${...}') ? undefined : texts.join(separator);
  }
  return undefined;
}

/** A list of literal strings; undefined when the node is not one (an intrinsic, or items that are not literal). */
export function strList(node: Node | undefined): string[] | undefined {
  if (!node || !isSeq(node) || intrinsic(node)) return undefined;
  const out: string[] = [];
  for (const item of node.items as Node[]) {
    const s = str(item);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

/** A mapping of literal strings (build args); entries with intrinsic values are left out. */
export function strMap(node: Node | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, , v] of entries(node)) {
    const s = str(v);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

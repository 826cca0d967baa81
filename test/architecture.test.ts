/**
 * The import graph of src/ and rules/, read with the TypeScript compiler's own parser (ts.createSourceFile):
 * no import circles (type-only imports included), no import that runs back up a floor, and rules that import
 * only the rule kit, the ground floor, knowledge, their shared docs examples, and types of the models.
 * docs/ARCHITECTURE.md draws the floors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/** The floors, lowest first: a module may import its own floor and the floors below it. */
const FLOORS: [number, RegExp][] = [
  // The deploy configurations' lint driver runs the engine for each function: it is a Linter part.
  [7, /^src\/deploy\/lint\.ts$/],
  [0, /^src\/core\//],
  [1, /^src\/knowledge\//],
  [2, /^src\/(dockerfile|image)\//],
  [3, /^src\/(lambda|estimate|deploy)\//],
  [4, /^src\/engine\//],
  [5, /^rules\//],
  [6, /^src\/report\//],
  [7, /^src\/linter\//],
  [8, /^src\/(cli|action)\/|^src\/api\.ts$/],
];

/**
 * Known imports that still run up a floor, each with its reason. The list may only shrink: an entry that no
 * longer occurs fails the test too, so that it is removed.
 */
const KNOWN_UPWARD = new Map<string, string>([]);

/** Functions still over 100 lines, by file and name (a rule's `create` and its visitors count separately). Shrinks only. */
const KNOWN_LONG = new Set<string>([
]);
const MAX_FUNCTION_LINES = 100;

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir))) {
    const p = join(dir, e);
    if (statSync(join(ROOT, p)).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every relative import and re-export of a file (static and dynamic), resolved to a repository path. */
function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const edges: Edge[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    if (!spec.startsWith('.') || !spec.endsWith('.js')) return;
    const to = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts');
    edges.push({ from: file, to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edges;
}

const files = [...sources('src'), ...sources('rules')];
const edges = files.flatMap(importsOf);
const floorOf = (path: string) => FLOORS.find(([, re]) => re.test(path))?.[0];

/** Strongly connected components with more than one file (Tarjan). */
function circles(): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return found;
}

describe('import graph', () => {
  it('reads every source file and finds their imports (so an empty graph cannot pass)', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(edges.length).toBeGreaterThan(200);
    for (const f of files) expect(floorOf(f), `${f} is on a floor`).toBeDefined();
  });

  it('has no import circles', () => {
    expect(circles()).toEqual([]);
  });

  it('has no import that runs back up a floor', () => {
    const upward = new Set<string>();
    for (const e of edges) {
      const from = floorOf(e.from);
      const to = floorOf(e.to);
      if (from !== undefined && to !== undefined && to > from) upward.add(`${e.from} -> ${e.to}`);
    }
    expect([...upward].filter((u) => !KNOWN_UPWARD.has(u))).toEqual([]);
    expect([...KNOWN_UPWARD.keys()].filter((k) => !upward.has(k)), 'entries of KNOWN_UPWARD that no longer occur').toEqual([]);
  });

  it('rules import only the rule kit, the ground floor, knowledge, the docs examples and model types', () => {
    const allowed = /^(src\/engine\/rule-kit\.ts|src\/core\/.*|src\/knowledge\/.*|rules\/doc-examples\.ts|rules\/index\.ts)$/;
    const model = /^src\/(dockerfile|image|lambda|estimate|deploy)\//;
    const bad = edges
      .filter((e) => e.from.startsWith('rules/LL'))
      .filter((e) => !allowed.test(e.to) && !(e.typeOnly && model.test(e.to)))
      .map((e) => `${e.from} -> ${e.to}`);
    expect(bad).toEqual([]);
  });
});

/** Every function of src/ and rules/ longer than MAX_FUNCTION_LINES, as "file name (lines)". */
function longFunctions(): { key: string; lines: number }[] {
  const out: { key: string; lines: number }[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node, owner: string | undefined) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const lines = sf.getLineAndCharacterOfPosition(node.end).line - sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        const name = node.name ? node.name.getText(sf) : (owner ?? '<anonymous>');
        if (lines > MAX_FUNCTION_LINES) out.push({ key: `${file} ${name}`, lines });
      }
      const next = ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node) ? node.name.getText(sf) : owner;
      ts.forEachChild(node, (child) => visit(child, next));
    };
    visit(sf, undefined);
  }
  return out;
}

describe('function length', () => {
  it(`no new function over ${MAX_FUNCTION_LINES} lines in src/ or rules/ (the known ones may only go)`, () => {
    const long = longFunctions();
    // Every known long function is gone: the measure itself is checked on the known list while it has entries.
    if (KNOWN_LONG.size > 0) expect(long.length, 'the measure finds the known long functions').toBeGreaterThan(0);
    expect(long.filter((f) => !KNOWN_LONG.has(f.key)).map((f) => `${f.key} (${f.lines} lines)`)).toEqual([]);
    expect([...KNOWN_LONG].filter((k) => !long.some((f) => f.key === k)), 'entries of KNOWN_LONG that are short now').toEqual([]);
  });
});

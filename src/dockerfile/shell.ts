/**
 * The shell inside RUN, parsed by tree-sitter-bash (WebAssembly) into simple commands
 * that rules can question by command word and argument, never by substring of the raw line.
 *
 * The grammar is loaded once per process (`initShell`), after which parsing is synchronous.
 */
import { LIMITS } from '../core/limits.js';
import { parseSimpleShell } from './shell-simple.js';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node as TsNode, Parser as TsParser } from 'web-tree-sitter';

export interface ShellCommand {
  /** Command word after unwrapping sudo/env/nohup/exec/time/command; '' when it is not literal. */
  name: string;
  /** Arguments after the command word, unquoted where literal; expansions kept as written. */
  args: string[];
  /** For each argument: true when it holds no expansion or substitution (its value is known). */
  literal: boolean[];
  /** Variable assignments written before the command (`FOO=1 cmd`) and given to `env`. */
  assignments: Record<string, string>;
  /** The whole command as written. */
  text: string;
  /** Commands of the same pipeline, in order (this one included); length 1 when not piped. */
  pipeline: ShellCommand[];
  /** Position in `pipeline`. */
  pipeIndex: number;
  /** Redirections: `>`, `>>`, `<` ... with their targets. */
  redirects: { op: string; target: string }[];
  /** Set when this command sits inside `$(...)`, backticks or `<(...)` of another command's argument. */
  substitutionOf?: ShellCommand;
  /** Set when this command was found inside `sh -c '...'` (or bash -c). */
  viaShellC?: ShellCommand;
  /** Wrappers that were removed (sudo, env, ...). */
  wrappers: string[];
  /**
   * Set when the command may not run although the script before it succeeds: inside an if, case, while or until
   * statement (its condition included), after `||`, or after `&&` in a list whose first command is a test
   * (`[ "$TARGETARCH" = amd64 ] && GOARCH=amd64 go build`); also the commands of its substitutions and `sh -c`.
   */
  conditional?: true;
}

export interface ShellScript {
  text: string;
  commands: ShellCommand[];
  /** The parser found syntax it could not understand. */
  hasError: boolean;
  /** More commands than LIMITS.maxShellCommands (its `sh -c` bodies included): the first ones only are read. */
  cut?: true;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
const WRAPPERS = new Set(['sudo', 'nohup', 'exec', 'time', 'command', 'nice', 'stdbuf', 'doas', 'eatmydata']);

let parser: TsParser | undefined;
let initPromise: Promise<void> | undefined;

/** A WebAssembly file: beside the bundle (dist/wasm/<distName>) in the built CLI; in the package in development. */
export function wasmPath(file: string, pkg: string, distName = file): string {
  // In the bundled CLI the wasm files sit beside the bundle (dist/wasm); in development, in node_modules.
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'wasm', distName), join(here, '..', 'wasm', distName), join(here, '..', 'dist', 'wasm', distName)]) {
    if (existsSync(candidate)) return candidate;
  }
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  // Last resort: next to the package's resolved entry point.
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(pkg)), file);
}

/** Loads the bash grammar. Safe to call many times. */
export function initShell(): Promise<void> {
  initPromise ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init({ locateFile: () => wasmPath('tree-sitter.wasm', 'web-tree-sitter') });
    const bash = await Language.load(wasmPath('tree-sitter-bash.wasm', 'tree-sitter-bash'));
    parser = new Parser();
    parser.setLanguage(bash);
  })();
  return initPromise;
}

export function shellReady(): boolean {
  return parser !== undefined;
}

let parserMissed = false;

/**
 * Whether a script needed the grammar before it was loaded, since the last call (which clears it): a lint that
 * ran before `initShell()` (plain scripts need no grammar) is then run again after it.
 */
export function shellParserMissed(): boolean {
  const missed = parserMissed;
  parserMissed = false;
  return missed;
}

/** A plain script (see shell-simple.ts) read without the grammar, or undefined. */
function plainScript(text: string, memo: Map<string, ShellScript> | undefined): ShellScript | undefined {
  if (text.length > LIMITS.maxShellScriptChars) return undefined;
  // A script of more commands than the limit is left to the grammar (it cuts at the limit), before any is finished.
  const pipelines = parseSimpleShell(text, LIMITS.maxShellCommands);
  if (!pipelines) return undefined;
  const commands: ShellCommand[] = [];
  for (const p of pipelines) {
    const members = p.map((c) => {
      const cmd = finishCommand(c.words, c.literal, c.assignments, c.text, undefined);
      cmd.redirects = c.redirects;
      if (c.conditional) cmd.conditional = true;
      return cmd;
    });
    members.forEach((member, index) => {
      if (members.length > 1) member.pipeline = members;
      member.pipeIndex = index;
      commands.push(member);
    });
  }
  if (commands.length >= LIMITS.maxShellCommands) return undefined;
  const script: ShellScript = { text, commands, hasError: false };
  expandShellC(script, memo);
  memo?.set(text, script);
  return script;
}

/**
 * Parses a shell script into commands. `initShell()` must have completed. With `memo`, a text already
 * parsed is not parsed again (the model keeps one per Dockerfile). There is no process-wide memo on
 * purpose: scripts kept across lints outlive the young generation, and copying them out of it costs
 * more garbage-collection time than re-parsing saves.
 */
export function parseShell(text: string, memo?: Map<string, ShellScript>): ShellScript {
  const cached = memo?.get(text);
  if (cached) return cached;
  // Plain scripts (most RUN lines) are read without the grammar; it reads the others.
  return plainScript(text, memo) ?? grammarScript(text, memo);
}

/** @internal A script as the grammar reads it (tests compare the plain reader with it). */
export function grammarScript(text: string, memo?: Map<string, ShellScript>): ShellScript {
  // The syntax tree of a script takes about 100 bytes per byte of text: a longer one is not read at all.
  if (text.length > LIMITS.maxShellScriptChars) return { text, commands: [], hasError: true, cut: true };
  if (!parser) {
    parserMissed = true;
    throw new Error('shell parser not initialised: await initShell() first');
  }
  const tree = parser.parse(text);
  if (!tree) return { text, commands: [], hasError: true };
  const commands: ShellCommand[] = [];
  try {
    collect(tree.rootNode, commands, undefined);
    const script: ShellScript = { text, commands, hasError: tree.rootNode.hasError };
    if (commands.length >= LIMITS.maxShellCommands) script.cut = true;
    expandShellC(script, memo);
    memo?.set(text, script);
    return script;
  } finally {
    tree.delete();
  }
}

/**
 * How deep the walk follows nested shell syntax (`$(( $(( … ))))`, `$(…$(…))`, subshells, long `&&` chains,
 * which tree-sitter nests): deeper nodes are not analysed, so no input can exhaust the JavaScript stack.
 */
export const MAX_SHELL_DEPTH = 400;

/** Statements whose commands may not run (ShellCommand.conditional): if, case, while and until (tree-sitter-bash's while_statement). */
const CONDITIONAL_STATEMENTS = new Set(['if_statement', 'case_statement', 'while_statement']);

function collect(node: TsNode, out: ShellCommand[], substitutionOf: ShellCommand | undefined, depth = 0, conditional = false): void {
  if (depth > MAX_SHELL_DEPTH || out.length >= LIMITS.maxShellCommands) return;
  const d = depth + 1;
  const type = node.type;
  if (CONDITIONAL_STATEMENTS.has(type)) conditional = true;
  switch (type) {
    case 'list': {
      // `left && right` / `left || right` (a longer list nests on the left): the right side may not run after `||`,
      // or after `&&` when the list starts with a test.
      let left: TsNode | undefined;
      let op = '';
      for (const child of node.children) {
        if (!child) continue;
        if (!child.isNamed) op = child.type;
        else if (!left) collect((left = child), out, substitutionOf, d, conditional);
        else collect(child, out, substitutionOf, d, conditional || op === '||' || (op === '&&' && startsWithTest(left)));
      }
      return;
    }
    case 'pipeline': {
      const members: ShellCommand[] = [];
      for (const child of node.namedChildren) {
        if (!child) continue;
        const before = out.length;
        collect(child, out, substitutionOf, d, conditional);
        // The first top-level command each child produced is its pipeline member.
        const first = out.slice(before).find((c) => c.substitutionOf === substitutionOf && !c.viaShellC);
        if (first) members.push(first);
      }
      members.forEach((member, index) => {
        member.pipeline = members;
        member.pipeIndex = index;
      });
      return;
    }
    case 'redirected_statement': {
      const before = out.length;
      const body = node.childForFieldName('body');
      if (body) collect(body, out, substitutionOf, d, conditional);
      // tree-sitter-bash reads `a && b > f` as the redirection of the list `a && b`; bash binds it to the last simple
      // command (b), as it does in `a | b > f`: the redirection goes to the body's last command of this level.
      const level = out.slice(before).filter((c) => c.substitutionOf === substitutionOf);
      const target = level.filter((c) => !c.viaShellC).pop() ?? level[0];
      for (const child of node.namedChildren) {
        if (!child || child === body || child.id === body?.id) continue;
        const type = child.type;
        if (type === 'file_redirect' || type === 'heredoc_redirect' || type === 'herestring_redirect') {
          const op = child.children.find((c) => c && !c.isNamed)?.text ?? '';
          const dest = child.childForFieldName('destination') ?? child.namedChildren.find((c) => c && c.type !== 'file_descriptor');
          if (target) target.redirects.push({ op, target: dest ? wordValue(dest) : '' });
          // Commands inside a redirect target, e.g. `bash < <(curl ...)`.
          for (const grand of child.namedChildren) if (grand) collectSubstitutions(grand, out, target ?? substitutionOf, grand.type, d, conditional);
        }
      }
      return;
    }
    case 'command': {
      // The children and their types once: each read is a call into WebAssembly.
      const children = node.namedChildren.filter((c): c is TsNode => c !== null);
      const types = children.map((c) => c.type);
      const cmd = buildCommand(node, children, types, substitutionOf);
      if (conditional) cmd.conditional = true;
      out.push(cmd);
      for (let i = 0; i < children.length; i++) collectSubstitutions(children[i], out, cmd, types[i], d, conditional);
      return;
    }
    case 'declaration_command': {
      // `export NAME=value` (and declare/readonly/local): a command named by its keyword whose assignments later
      // commands of the script see as environment (`export PIP_NO_CACHE_DIR=1 && pip install ...`).
      const keyword = node.children[0]?.text ?? '';
      const assignments: Record<string, string> = {};
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === 'variable_assignment') {
          const value = child.childForFieldName('value');
          assignments[child.childForFieldName('name')?.text ?? ''] = value ? wordValue(value) : '';
        }
        collectSubstitutions(child, out, substitutionOf, child.type, d, conditional);
      }
      out.push({ name: keyword, args: [], literal: [], assignments, text: node.text, pipeline: [], pipeIndex: 0, redirects: [], wrappers: [], ...(substitutionOf ? { substitutionOf } : {}), ...(conditional ? { conditional: true as const } : {}) });
      return;
    }
    default:
      for (const child of node.namedChildren) if (child) collect(child, out, substitutionOf, d, conditional);
  }
}

/** Whether an `&&`/`||` list starts with a test: `[ ... ]`, `[[ ... ]]` (test_command) or `test ...`. */
function startsWithTest(node: TsNode): boolean {
  for (let n: TsNode | null = node, i = 0; n && i < MAX_SHELL_DEPTH; n = n.namedChildren[0] ?? null, i++) {
    if (n.type === 'test_command') return true;
    if (n.type === 'command') return n.childForFieldName('name')?.text === 'test';
    // `test -f x > /dev/null && ...`: the test is the redirected statement's body.
    if (n.type === 'redirected_statement') {
      const body = n.childForFieldName('body');
      return body !== null && (body.type === 'test_command' || (body.type === 'command' && body.childForFieldName('name')?.text === 'test'));
    }
    if (n.type !== 'list') return false;
  }
  return false;
}

/** Word nodes that hold no nested command (their children, if any, are never substitutions). */
const PLAIN_WORDS = new Set(['word', 'raw_string', 'ansi_c_string', 'string_content', 'variable_name', 'simple_expansion', 'special_variable_name', 'file_descriptor', 'heredoc_start']);

function collectSubstitutions(node: TsNode, out: ShellCommand[], owner: ShellCommand | undefined, type = node.type, depth = 0, conditional = false): void {
  if (depth > MAX_SHELL_DEPTH) return;
  // Each read of `type` or `namedChildren` is a call into WebAssembly: read the type once per node, and do not
  // ask a plain word for its children.
  if (type === 'command_substitution' || type === 'process_substitution') {
    for (const child of node.namedChildren) if (child) collect(child, out, owner, depth + 1, conditional);
    return;
  }
  if (PLAIN_WORDS.has(type)) return;
  for (const child of node.namedChildren) if (child) collectSubstitutions(child, out, owner, child.type, depth + 1, conditional);
}

function buildCommand(node: TsNode, children: TsNode[], types: string[], substitutionOf: ShellCommand | undefined): ShellCommand {
  const assignments: Record<string, string> = {};
  const words: string[] = [];
  const literal: boolean[] = [];
  const push = (word: TsNode, type = word.type) => {
    words.push(wordValue(word, type));
    literal.push(isLiteral(word, type));
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const type = types[i];
    if (type === 'variable_assignment') {
      const name = child.childForFieldName('name')?.text ?? '';
      const value = child.childForFieldName('value');
      assignments[name] = value ? wordValue(value) : '';
    } else if (type === 'command_name') {
      const inner = child.namedChildren[0];
      if (inner) push(inner);
      else {
        words.push(child.text);
        literal.push(true);
      }
    } else if (type !== 'file_redirect' && type !== 'herestring_redirect') {
      push(child, type);
    }
  }
  return finishCommand(words, literal, assignments, node.text, substitutionOf);
}

/** A command from its words: wrappers (sudo, env, nohup ...) unwrapped, so that `sudo -E apt-get install` is an apt-get command. */
function finishCommand(words: string[], literal: boolean[], assignments: Record<string, string>, text: string, substitutionOf: ShellCommand | undefined): ShellCommand {
  const wrappers: string[] = [];
  for (;;) {
    const head = baseName(words[0] ?? '');
    if (head === 'env') {
      wrappers.push('env');
      words.shift();
      literal.shift();
      while (words.length && (words[0].startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))) {
        literal.shift();
        const w = words.shift()!;
        const eq = w.indexOf('=');
        if (!w.startsWith('-') && eq > 0) assignments[w.slice(0, eq)] = w.slice(eq + 1);
      }
      continue;
    }
    if (WRAPPERS.has(head)) {
      wrappers.push(head);
      words.shift();
      literal.shift();
      while (words.length && words[0].startsWith('-')) {
        const flag = words.shift()!;
        literal.shift();
        if ((head === 'sudo' && (flag === '-u' || flag === '-g')) || (head === 'nice' && flag === '-n')) {
          words.shift();
          literal.shift();
        }
      }
      continue;
    }
    break;
  }
  const cmd: ShellCommand = {
    name: words[0] ?? '',
    args: words.slice(1),
    literal: literal.slice(1),
    assignments,
    text,
    pipeline: [],
    pipeIndex: 0,
    redirects: [],
    wrappers,
  };
  cmd.pipeline = [cmd];
  if (substitutionOf) cmd.substitutionOf = substitutionOf;
  return cmd;
}

/** @internal The value of a shell word: quotes removed where the word is literal, expansions kept as written. */
export function wordValue(node: TsNode, type = node.type): string {
  switch (type) {
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return node.text.slice(2, -1);
    case 'string': {
      const inner = node.text.slice(1, -1);
      return inner.replace(/\\([$`"\\\n])/g, '$1');
    }
    case 'concatenation':
      return node.namedChildren.map((c) => (c ? wordValue(c) : '')).join('');
    case 'word':
    case 'number':
      return node.text.replace(/\\(.)/g, '$1');
    default:
      return node.text;
  }
}

function isLiteral(node: TsNode, type = node.type): boolean {
  switch (type) {
    case 'word':
    case 'number':
    case 'raw_string':
    case 'ansi_c_string':
      return true;
    case 'string':
      return node.namedChildren.every((c) => c?.type === 'string_content');
    case 'concatenation':
      return node.namedChildren.every((c) => c !== null && isLiteral(c));
    default:
      return false;
  }
}

function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash >= 0 ? word.slice(slash + 1) : word;
}

/** Adds the commands of `sh -c '...'` / `bash -c "..."` to the script, marked as nested. */
function expandShellC(script: ShellScript, memo: Map<string, ShellScript> | undefined): void {
  const extra: ShellCommand[] = [];
  for (const cmd of script.commands) {
    if (!SHELLS.has(baseName(cmd.name))) continue;
    const c = cmd.args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const body = c >= 0 && cmd.literal[c + 1] ? cmd.args[c + 1] : undefined;
    if (!body) continue;
    const nested = parseShell(body, memo);
    if (nested.cut) script.cut = true;
    // Field by field, not by spread: a memoised reading of `inner` (memoOn) must not travel with the copy.
    for (const inner of nested.commands) {
      if (script.commands.length + extra.length >= LIMITS.maxShellCommands) {
        script.cut = true;
        break;
      }
      const { name, args, literal, assignments, text, pipeline, pipeIndex, redirects, substitutionOf, wrappers } = inner;
      const conditional = cmd.conditional || inner.conditional;
      extra.push({ name, args, literal, assignments, text, pipeline, pipeIndex, redirects, ...(substitutionOf ? { substitutionOf } : {}), viaShellC: cmd, wrappers, ...(conditional ? { conditional: true as const } : {}) });
    }
  }
  // One push per command: push(...extra) passes every command as an argument, past the call stack for 150,000.
  for (const e of extra) script.commands.push(e);
}

/** Command word without a directory: `/usr/bin/pip3` -> `pip3`. */
export function commandName(cmd: ShellCommand): string {
  return baseName(cmd.name);
}

export function isShell(name: string): boolean {
  return SHELLS.has(baseName(name));
}

/**
 * A reader for the plain shell of most RUN lines (`dnf install -y gcc && dnf clean all`, `pip install -r
 * requirements.txt --target "${LAMBDA_TASK_ROOT}"`): simple commands of words, quoted strings and plain
 * `$NAME` / `${NAME}` expansions, joined by `|`, `&&`, `||` and `;`, with line continuations, and `for NAME in
 * WORDS; do ...; done` loops of such statements. It reads them as tree-sitter-bash does
 * (test/dockerfile/shell-simple.test.ts compares both on every script it accepts), and gives up (undefined) on
 * anything else: substitutions, subshells, other compound commands, keywords, comments, backslashes, a newline
 * anywhere but between two commands (where it separates them as `;` does), a pipeline of three commands or more
 * that the text's end or a `;` does not follow, a loop piped or redirected as a whole, and redirections other than `>`, `>>`, `<` to a word and `N>&M` at the end of a command. The shell parser then reads the script; a run whose scripts are all plain
 * never starts the WebAssembly grammar, whose compilation and first parse cost more than a whole lint.
 */

/** One simple command: its words (quotes removed; expansions as written) and the assignments written before it. */
export interface SimpleCommand {
  words: string[];
  literal: boolean[];
  assignments: Record<string, string>;
  /** The command as written (from its first assignment or word to its last word, redirections excluded). */
  text: string;
  /**
   * The redirections the grammar gives this command: its own when a `|` follows it; else those written after it
   * and after every command of its `&&`/`||` list go to the list's first command, as the grammar nests them
   * (`a && b > f`: a redirected list, whose first command the shell reader takes the redirection for).
   */
  redirects: { op: string; target: string }[];
  /** It may not run although the script before it succeeds: after `||`, or after `&&` in a list that starts with `test` (ShellCommand.conditional). */
  conditional?: true;
}

/** The pipelines of a plain script, in order (each one command or more), or undefined when it is not plain. */
export function parseSimpleShell(text: string, maxCommands = Infinity): SimpleCommand[][] | undefined {
  // `CMD ['app.handler']`, an exec form written with single quotes (not JSON, so a shell form), is a test command
  // `[ ... ]` to the grammar, which holds no command.
  if (text.charCodeAt(0) === 0x5b && QUOTED_LIST.test(text)) return [];
  const r = new Reader(text);
  const pipelines: SimpleCommand[][] = [];
  r.blanks();
  if (r.pos >= text.length) return undefined;
  return readList(r, pipelines, { count: 0, max: maxCommands }, 0) ? pipelines : undefined;
}

/** `['word']`: one single-quoted plain word in brackets. */
const QUOTED_LIST = /^\[[ \t]*'[A-Za-z0-9_./:=@%+,-]+'[ \t]*\]$/;

/** for loops nested deeper than this are left to the grammar (the reader recurses once per loop). */
const MAX_LOOP_DEPTH = 8;

/**
 * Statements into `pipelines` up to the end of the text (depth 0) or, in a for loop's body (depth > 0), up to its
 * `done`, where it stops. False when something is not plain.
 */
function readList(r: Reader, pipelines: SimpleCommand[][], state: { count: number; max: number }, depth: number): boolean {
  const text = r.text;
  const first = pipelines.length;
  // The first command of the current && / || list (a `;` starts another).
  let listHead: SimpleCommand | undefined;
  // The next statement of the list may not run (after `||`, or `&&` in a list headed by `test`).
  let gated = false;
  // The list starts with a `test` command alone (not piped, not a loop), as the grammar's startsWithTest reads it.
  let headTest = false;
  // At the start of a statement (of the text or the body, or after `;` or a newline), where `done` may end a body.
  let statementStart = true;
  for (;;) {
    if (depth > 0 && statementStart && r.keywordAt('done')) return pipelines.length > first;
    if (r.keywordAt('for')) {
      // `for NAME in WORDS; do ...; done`: the loop gives no command of its own; its body's commands are statements
      // of their own, the first of which heads the list the loop is in (it takes a redirection written at the list's end).
      const before = pipelines.length;
      if (depth >= MAX_LOOP_DEPTH || !readFor(r, pipelines, state, depth + 1)) return false;
      if (gated) markConditional(pipelines, before);
      if (listHead === undefined) headTest = false;
      listHead ??= pipelines[before][0];
      r.blanks();
      // Piped or redirected as a whole: left to the grammar.
      if ((text.charCodeAt(r.pos) === PIPE && text.charCodeAt(r.pos + 1) !== PIPE) || r.atRedirect()) return false;
    } else {
      const pipeline: SimpleCommand[] = [];
      for (;;) {
        const cmd = r.command();
        // Past the caller's limit the script is left to the grammar, which reads the first commands only.
        if (!cmd || ++state.count >= state.max) return false;
        pipeline.push(cmd);
        r.blanks();
        if (text.charCodeAt(r.pos) === PIPE && text.charCodeAt(r.pos + 1) !== PIPE) {
          // `a && b > f | c`: the grammar pipes the redirected list `a && b` into c; left to it.
          if (cmd.redirects.length > 0 && listHead !== undefined) return false;
          r.pos++;
          r.blanks();
          continue;
        }
        break;
      }
      // The grammar nests a pipeline of three commands or more into an && or || list that goes on after it, and
      // into a next line that has a redirection: left to it unless the text ends or a `;` follows (such a pipeline
      // then reads as any other).
      if (pipeline.length > 2) {
        const c = text.charCodeAt(r.pos);
        if (!Number.isNaN(c) && !(c === SEMI && text.charCodeAt(r.pos + 1) !== SEMI)) return false;
        // A redirection inside such a pipeline (`a | b > f | c`) nests it another way: left to the grammar.
        for (let i = 1; i < pipeline.length - 1; i++) if (pipeline[i].redirects.length > 0) return false;
      }
      pipelines.push(pipeline);
      if (gated) markConditional(pipelines, pipelines.length - 1);
      if (listHead === undefined) headTest = pipeline.length === 1 && pipeline[0].words[0] === 'test';
      listHead ??= pipeline[0];
    }
    if (r.pos >= text.length) return depth === 0;
    const c = text.charCodeAt(r.pos);
    const d = text.charCodeAt(r.pos + 1);
    if (c === NEWLINE) {
      // Lines are statements, as `;` separates them (a here-document's script): blank lines between them too.
      while (text.charCodeAt(r.pos) === NEWLINE) {
        r.pos++;
        r.blanks();
      }
      listHead = undefined;
      gated = false;
      statementStart = true;
      if (r.pos >= text.length) return depth === 0;
      continue;
    }
    if ((c === AMP && d === AMP) || (c === PIPE && d === PIPE)) {
      r.pos += 2;
      gated = c === PIPE || headTest;
      statementStart = false;
    } else if (c === SEMI && d !== SEMI) {
      r.pos++;
      listHead = undefined;
      gated = false;
      statementStart = true;
    } else return false;
    r.blanks();
    if (r.pos >= text.length) return false;
  }
}

/** Marks the commands of pipelines[from..] (a statement and a loop's body) as conditional. */
function markConditional(pipelines: SimpleCommand[][], from: number): void {
  for (let i = from; i < pipelines.length; i++) for (const cmd of pipelines[i]) cmd.conditional = true;
}

/**
 * `for NAME in WORD...` then `;` or a newline, `do`, a body of plain statements and `done` (the reader left after
 * it): the body's pipelines into `pipelines`. False for any other form (no `in`, no words, a keyword as a word).
 */
function readFor(r: Reader, pipelines: SimpleCommand[][], state: { count: number; max: number }, depth: number): boolean {
  const text = r.text;
  r.pos += 3;
  r.blanks();
  const nameStart = r.pos;
  const name = r.word();
  if (!name || !NAME.test(text.slice(nameStart, r.pos)) || KEYWORDS.has(name.value)) return false;
  r.blanks();
  if (!r.keywordAt('in')) return false;
  r.pos += 2;
  r.blanks();
  let words = 0;
  for (;;) {
    const wordStart = r.pos;
    const word = r.word();
    if (word === undefined) return false;
    if (word === null) break;
    if (KEYWORDS.has(text.slice(wordStart, r.pos))) return false;
    words++;
    r.blanks();
  }
  if (words === 0) return false;
  const c = text.charCodeAt(r.pos);
  if (c === SEMI && text.charCodeAt(r.pos + 1) !== SEMI) r.pos++;
  else if (c !== NEWLINE) return false;
  r.blankLines();
  if (!r.keywordAt('do')) return false;
  r.pos += 2;
  r.blankLines();
  const before = pipelines.length;
  if (!readList(r, pipelines, state, depth) || pipelines.length === before) return false;
  r.pos += 4;
  return true;
}

const PIPE = 0x7c;
const AMP = 0x26;
const SEMI = 0x3b;
const GT = 0x3e;
const LT = 0x3c;
const SPACE = 0x20;
const TAB = 0x09;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const DOLLAR = 0x24;

/**
 * Characters of an unquoted word that mean nothing to the shell here: letters, digits and _ - . / : = @ % + , and
 * `*`, which the grammar reads as part of a word wherever it stands in an argument (`rm -rf /var/lib/apt/lists/*`,
 * `--include=*.py`, `$D*`), a glob the shell expands at run time as it does for the grammar's words.
 */
const PLAIN = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=@%+,*') PLAIN[ch.charCodeAt(0)] = 1;

/** Words that start something other than a simple command (compound commands, declarations, negation). */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'in', 'function', 'select', 'time', 'coproc', 'export', 'declare', 'readonly', 'local', 'typeset', 'unset', 'unsetenv']);

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const COMMAND_WORD = /^[A-Za-z_./][A-Za-z0-9_./-]*$/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  /** Skips spaces, tabs and line continuations. */
  blanks(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === SPACE || c === TAB) this.pos++;
      else if (c === BACKSLASH && t.charCodeAt(this.pos + 1) === NEWLINE) this.pos += 2;
      else return;
    }
  }

  /** Spaces, tabs, line continuations and newlines. */
  blankLines(): void {
    for (;;) {
      this.blanks();
      if (this.text.charCodeAt(this.pos) !== NEWLINE) return;
      this.pos++;
    }
  }

  /** The keyword `k` stands here as a word of its own (a blank, an operator or the end follows it). */
  keywordAt(k: string): boolean {
    if (!this.text.startsWith(k, this.pos)) return false;
    const t = this.text;
    const c = t.charCodeAt(this.pos + k.length);
    return Number.isNaN(c) || c === SPACE || c === TAB || c === SEMI || c === NEWLINE || c === AMP || c === PIPE || (c === BACKSLASH && t.charCodeAt(this.pos + k.length + 1) === NEWLINE);
  }

  /** A simple command up to an operator or the end; undefined when it holds anything else. */
  command(): SimpleCommand | undefined {
    const start = this.pos;
    let end = start;
    const words: string[] = [];
    const literal: boolean[] = [];
    const assignments: Record<string, string> = {};
    const redirects: { op: string; target: string }[] = [];
    const t = this.text;
    let lastRaw = '';
    for (;;) {
      if (words.length > 0 && this.atRedirect()) {
        // The grammar drops a lone `-` argument before a redirection with a descriptor (`cmd - 2>&1`): left to it.
        if (lastRaw === '-' && t.charCodeAt(this.pos) !== GT && t.charCodeAt(this.pos) !== LT) return undefined;
        const redirect = this.redirect();
        if (!redirect) return undefined;
        redirects.push(redirect);
        this.blanks();
        continue;
      }
      const wordStart = this.pos;
      const word = this.word();
      if (word === undefined) return undefined;
      if (word === null) break;
      // A word after a redirection is a second target of it to the grammar (`echo x > f y`): left to it.
      if (redirects.length > 0) return undefined;
      const raw = this.text.slice(wordStart, this.pos);
      lastRaw = raw;
      // `==` alone is a test operator to the grammar, wherever it stands.
      if (raw === '==') return undefined;
      end = this.pos;
      if (words.length === 0 && raw.includes('=')) {
        // An assignment before the command word: NAME=value, the value a word of its own.
        const eq = raw.indexOf('=');
        // (`_=x` is a word to the grammar: `_` is a special parameter.)
        if (!ASSIGNMENT.test(raw) || eq === 1 && raw[0] === '_' || eq === raw.length - 1 || raw.charCodeAt(eq + 1) === 0x3d) return undefined;
        const value = new Reader(raw.slice(eq + 1)).word();
        if (!value) return undefined;
        assignments[raw.slice(0, eq)] = value.value;
      } else {
        // The command word: a plain name or path, not a keyword (the grammar reads `1@x` or `a@/` there as errors).
        if (words.length === 0 && (!COMMAND_WORD.test(raw) || KEYWORDS.has(raw))) return undefined;
        words.push(word.value);
        literal.push(word.literal);
      }
      this.blanks();
    }
    if (words.length === 0) return undefined;
    return { words, literal, assignments, text: this.text.slice(start, end), redirects };
  }

  /** A redirection starts here: `>` or `<`, after one file-descriptor digit or none. */
  atRedirect(): boolean {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    if (c >= 0x30 && c <= 0x39) c = t.charCodeAt(this.pos + 1);
    return c === GT || c === LT;
  }

  /**
   * `>`, `>>` or `<` and a word, or `N>&M` with a digit; undefined for any other redirection (here-documents and
   * strings, `>|`, `<>`, `&>`, process substitution, a target that is not a word, or a word right after it).
   */
  redirect(): { op: string; target: string } | undefined {
    const t = this.text;
    if (t.charCodeAt(this.pos) !== GT && t.charCodeAt(this.pos) !== LT) this.pos++;
    const c = t.charCodeAt(this.pos);
    const d = t.charCodeAt(this.pos + 1);
    let op: string;
    if (c === LT) op = d === LT || d === GT || d === AMP || d === 0x28 ? '' : '<';
    else op = d === GT ? '>>' : d === AMP ? '>&' : d === PIPE || d === 0x28 ? '' : '>';
    if (!op) return undefined;
    this.pos += op.length;
    if (op === '>&') {
      const digit = t.charCodeAt(this.pos);
      if (!(digit >= 0x30 && digit <= 0x39)) return undefined;
      this.pos++;
      return this.atWordEnd() ? { op, target: t[this.pos - 1] } : undefined;
    }
    while (t.charCodeAt(this.pos) === SPACE || t.charCodeAt(this.pos) === TAB) this.pos++;
    const target = this.word();
    return target && this.atWordEnd() ? { op, target: target.value } : undefined;
  }

  /** The end of the script, a blank or an operator follows. */
  private atWordEnd(): boolean {
    const c = this.text.charCodeAt(this.pos);
    return Number.isNaN(c) || c === SPACE || c === TAB || c === PIPE || c === AMP || c === SEMI || c === NEWLINE || (c === BACKSLASH && this.text.charCodeAt(this.pos + 1) === NEWLINE);
  }

  /**
   * One word at the position: its value and whether it holds no expansion; null at an operator or the end;
   * undefined for anything this reader does not take.
   */
  word(): { value: string; literal: boolean } | null | undefined {
    const t = this.text;
    let value = '';
    let literal = true;
    let any = false;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c < 128 && PLAIN[c] === 1) {
        const from = this.pos;
        while (this.pos < t.length && PLAIN[t.charCodeAt(this.pos)] === 1) this.pos++;
        value += t.slice(from, this.pos);
      } else if (c === SQUOTE) {
        const close = t.indexOf("'", this.pos + 1);
        if (close < 0) return undefined;
        const inner = t.slice(this.pos + 1, close);
        if (inner.includes('\n') || inner.includes('\\')) return undefined;
        value += inner;
        this.pos = close + 1;
      } else if (c === DQUOTE) {
        const close = t.indexOf('"', this.pos + 1);
        if (close < 0) return undefined;
        const inner = t.slice(this.pos + 1, close);
        for (let i = 0; i < inner.length; i++) {
          const ch = inner.charCodeAt(i);
          if (ch === BACKSLASH || ch === NEWLINE || ch === 0x60 || ch === 0x21) return undefined;
          if (ch === DOLLAR) {
            const n = expansionLength(inner, i);
            if (n === 0) return undefined;
            literal = false;
            i += n - 1;
          }
        }
        value += inner;
        this.pos = close + 1;
      } else if (c === DOLLAR) {
        const n = expansionLength(t, this.pos);
        if (n === 0) return undefined;
        value += t.slice(this.pos, this.pos + n);
        literal = false;
        this.pos += n;
      } else if (Number.isNaN(c) || c === SPACE || c === TAB || c === PIPE || c === AMP || c === SEMI || c === NEWLINE || (c === BACKSLASH && t.charCodeAt(this.pos + 1) === NEWLINE)) {
        return any ? { value, literal } : null;
      } else {
        return undefined;
      }
      any = true;
    }
  }
}

/** The length of a plain `$NAME` or `${NAME}` at `at`, or 0 for any other `$` (special variables, substitutions, operators). */
function expansionLength(s: string, at: number): number {
  if (s.charCodeAt(at + 1) === 0x7b) {
    const close = s.indexOf('}', at + 2);
    return close > at + 2 && NAME.test(s.slice(at + 2, close)) ? close - at + 1 : 0;
  }
  let i = at + 1;
  while (i < s.length && /[A-Za-z0-9_]/.test(s[i])) i++;
  return i > at + 1 && NAME.test(s.slice(at + 1, i)) ? i - at : 0;
}

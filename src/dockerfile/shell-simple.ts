/**
 * A reader for the plain shell of most RUN lines (`dnf install -y gcc && dnf clean all`, `pip install -r
 * requirements.txt --target "${LAMBDA_TASK_ROOT}"`): simple commands of words, quoted strings and plain
 * `$NAME` / `${NAME}` expansions, joined by `|`, `&&`, `||` and `;`, with line continuations. It reads them as
 * tree-sitter-bash does (test/dockerfile/shell-simple.test.ts compares both on every script it accepts), and
 * gives up (undefined) on anything else: redirections, substitutions, subshells, compound commands, keywords,
 * comments, backslashes, newlines, pipelines of three commands or more. The shell parser then reads the script; a run whose scripts are all plain
 * never starts the WebAssembly grammar, whose compilation and first parse cost more than a whole lint.
 */

/** One simple command: its words (quotes removed; expansions as written) and the assignments written before it. */
export interface SimpleCommand {
  words: string[];
  literal: boolean[];
  assignments: Record<string, string>;
  /** The command as written (from its first assignment or word to its last word). */
  text: string;
}

/** The pipelines of a plain script, in order (each one command or more), or undefined when it is not plain. */
export function parseSimpleShell(text: string, maxCommands = Infinity): SimpleCommand[][] | undefined {
  const r = new Reader(text);
  const pipelines: SimpleCommand[][] = [];
  let count = 0;
  r.blanks();
  if (r.pos >= text.length) return undefined;
  for (;;) {
    const pipeline: SimpleCommand[] = [];
    for (;;) {
      const cmd = r.command();
      // Past the caller's limit the script is left to the grammar, which reads the first commands only.
      if (!cmd || ++count >= maxCommands) return undefined;
      pipeline.push(cmd);
      r.blanks();
      if (text.charCodeAt(r.pos) === PIPE && text.charCodeAt(r.pos + 1) !== PIPE) {
        r.pos++;
        r.blanks();
        continue;
      }
      break;
    }
    // The grammar nests a pipeline of three commands or more into a neighbouring && or || list: left to it.
    if (pipeline.length > 2) return undefined;
    pipelines.push(pipeline);
    if (r.pos >= text.length) return pipelines;
    const c = text.charCodeAt(r.pos);
    const d = text.charCodeAt(r.pos + 1);
    if ((c === AMP && d === AMP) || (c === PIPE && d === PIPE)) r.pos += 2;
    else if (c === SEMI && d !== SEMI) r.pos++;
    else return undefined;
    r.blanks();
    if (r.pos >= text.length) return undefined;
  }
}

const PIPE = 0x7c;
const AMP = 0x26;
const SEMI = 0x3b;
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

  /** A simple command up to an operator or the end; undefined when it holds anything else. */
  command(): SimpleCommand | undefined {
    const start = this.pos;
    let end = start;
    const words: string[] = [];
    const literal: boolean[] = [];
    const assignments: Record<string, string> = {};
    for (;;) {
      const wordStart = this.pos;
      const word = this.word();
      if (word === undefined) return undefined;
      if (word === null) break;
      const raw = this.text.slice(wordStart, this.pos);
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
    return { words, literal, assignments, text: this.text.slice(start, end) };
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
      } else if (Number.isNaN(c) || c === SPACE || c === TAB || c === PIPE || c === AMP || c === SEMI || (c === BACKSLASH && t.charCodeAt(this.pos + 1) === NEWLINE)) {
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

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  LIMITS
} from "./chunk-AUYTHOBX.js";

// src/dockerfile/shell-simple.ts
function parseSimpleShell(text, maxCommands = Infinity) {
  if (text.charCodeAt(0) === 91 && QUOTED_LIST.test(text)) return [];
  const r = new Reader(text);
  const pipelines = [];
  r.blanks();
  if (r.pos >= text.length) return void 0;
  return readList(r, pipelines, { count: 0, max: maxCommands }, 0) ? pipelines : void 0;
}
var QUOTED_LIST = /^\[[ \t]*'[A-Za-z0-9_./:=@%+,-]+'[ \t]*\]$/;
var MAX_LOOP_DEPTH = 8;
function readList(r, pipelines, state, depth) {
  const text = r.text;
  const first = pipelines.length;
  let listHead;
  let gated = false;
  let headTest = false;
  let statementStart = true;
  for (; ; ) {
    if (depth > 0 && statementStart && r.keywordAt("done")) return pipelines.length > first;
    if (r.keywordAt("for")) {
      const before = pipelines.length;
      if (depth >= MAX_LOOP_DEPTH || !readFor(r, pipelines, state, depth + 1)) return false;
      if (gated) markConditional(pipelines, before);
      if (listHead === void 0) headTest = false;
      listHead ??= pipelines[before][0];
      r.blanks();
      if (text.charCodeAt(r.pos) === PIPE && text.charCodeAt(r.pos + 1) !== PIPE || r.atRedirect()) return false;
    } else {
      const pipeline = [];
      for (; ; ) {
        const cmd = r.command();
        if (!cmd || ++state.count >= state.max) return false;
        pipeline.push(cmd);
        r.blanks();
        if (text.charCodeAt(r.pos) === PIPE && text.charCodeAt(r.pos + 1) !== PIPE) {
          if (cmd.redirects.length > 0 && listHead !== void 0) return false;
          r.pos++;
          r.blanks();
          continue;
        }
        break;
      }
      if (pipeline.length > 2) {
        const c2 = text.charCodeAt(r.pos);
        if (!Number.isNaN(c2) && !(c2 === SEMI && text.charCodeAt(r.pos + 1) !== SEMI)) return false;
        for (let i = 1; i < pipeline.length - 1; i++) if (pipeline[i].redirects.length > 0) return false;
      }
      pipelines.push(pipeline);
      if (gated) markConditional(pipelines, pipelines.length - 1);
      if (listHead === void 0) headTest = pipeline.length === 1 && pipeline[0].words[0] === "test";
      listHead ??= pipeline[0];
    }
    if (r.pos >= text.length) return depth === 0;
    const c = text.charCodeAt(r.pos);
    const d = text.charCodeAt(r.pos + 1);
    if (c === NEWLINE) {
      while (text.charCodeAt(r.pos) === NEWLINE) {
        r.pos++;
        r.blanks();
      }
      listHead = void 0;
      gated = false;
      statementStart = true;
      if (r.pos >= text.length) return depth === 0;
      continue;
    }
    if (c === AMP && d === AMP || c === PIPE && d === PIPE) {
      r.pos += 2;
      gated = c === PIPE || headTest;
      statementStart = false;
    } else if (c === SEMI && d !== SEMI) {
      r.pos++;
      listHead = void 0;
      gated = false;
      statementStart = true;
    } else return false;
    r.blanks();
    if (r.pos >= text.length) return false;
  }
}
function markConditional(pipelines, from) {
  for (let i = from; i < pipelines.length; i++) for (const cmd of pipelines[i]) cmd.conditional = true;
}
function readFor(r, pipelines, state, depth) {
  const text = r.text;
  r.pos += 3;
  r.blanks();
  const nameStart = r.pos;
  const name = r.word();
  if (!name || !NAME.test(text.slice(nameStart, r.pos)) || KEYWORDS.has(name.value)) return false;
  r.blanks();
  if (!r.keywordAt("in")) return false;
  r.pos += 2;
  r.blanks();
  let words = 0;
  for (; ; ) {
    const wordStart = r.pos;
    const word = r.word();
    if (word === void 0) return false;
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
  if (!r.keywordAt("do")) return false;
  r.pos += 2;
  r.blankLines();
  const before = pipelines.length;
  if (!readList(r, pipelines, state, depth) || pipelines.length === before) return false;
  r.pos += 4;
  return true;
}
var PIPE = 124;
var AMP = 38;
var SEMI = 59;
var GT = 62;
var LT = 60;
var SPACE = 32;
var TAB = 9;
var BACKSLASH = 92;
var NEWLINE = 10;
var SQUOTE = 39;
var DQUOTE = 34;
var DOLLAR = 36;
var PLAIN = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=@%+,*") PLAIN[ch.charCodeAt(0)] = 1;
var KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in", "function", "select", "time", "coproc", "export", "declare", "readonly", "local", "typeset", "unset", "unsetenv"]);
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var COMMAND_WORD = /^[A-Za-z_./][A-Za-z0-9_./-]*$/;
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
var Reader = class _Reader {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  /** Skips spaces, tabs and line continuations. */
  blanks() {
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(this.pos);
      if (c === SPACE || c === TAB) this.pos++;
      else if (c === BACKSLASH && t.charCodeAt(this.pos + 1) === NEWLINE) this.pos += 2;
      else return;
    }
  }
  /** Spaces, tabs, line continuations and newlines. */
  blankLines() {
    for (; ; ) {
      this.blanks();
      if (this.text.charCodeAt(this.pos) !== NEWLINE) return;
      this.pos++;
    }
  }
  /** The keyword `k` stands here as a word of its own (a blank, an operator or the end follows it). */
  keywordAt(k) {
    if (!this.text.startsWith(k, this.pos)) return false;
    const t = this.text;
    const c = t.charCodeAt(this.pos + k.length);
    return Number.isNaN(c) || c === SPACE || c === TAB || c === SEMI || c === NEWLINE || c === AMP || c === PIPE || c === BACKSLASH && t.charCodeAt(this.pos + k.length + 1) === NEWLINE;
  }
  /** A simple command up to an operator or the end; undefined when it holds anything else. */
  command() {
    const start = this.pos;
    let end = start;
    const words = [];
    const literal = [];
    const assignments = {};
    const redirects = [];
    const t = this.text;
    let lastRaw = "";
    for (; ; ) {
      if (words.length > 0 && this.atRedirect()) {
        if (lastRaw === "-" && t.charCodeAt(this.pos) !== GT && t.charCodeAt(this.pos) !== LT) return void 0;
        const redirect = this.redirect();
        if (!redirect) return void 0;
        redirects.push(redirect);
        this.blanks();
        continue;
      }
      const wordStart = this.pos;
      const word = this.word();
      if (word === void 0) return void 0;
      if (word === null) break;
      if (redirects.length > 0) return void 0;
      const raw = this.text.slice(wordStart, this.pos);
      lastRaw = raw;
      if (raw === "==") return void 0;
      end = this.pos;
      if (words.length === 0 && raw.includes("=")) {
        const eq = raw.indexOf("=");
        if (!ASSIGNMENT.test(raw) || eq === 1 && raw[0] === "_" || eq === raw.length - 1 || raw.charCodeAt(eq + 1) === 61) return void 0;
        const value = new _Reader(raw.slice(eq + 1)).word();
        if (!value) return void 0;
        assignments[raw.slice(0, eq)] = value.value;
      } else {
        if (words.length === 0 && (!COMMAND_WORD.test(raw) || KEYWORDS.has(raw))) return void 0;
        words.push(word.value);
        literal.push(word.literal);
      }
      this.blanks();
    }
    if (words.length === 0) return void 0;
    return { words, literal, assignments, text: this.text.slice(start, end), redirects };
  }
  /** A redirection starts here: `>` or `<`, after one file-descriptor digit or none. */
  atRedirect() {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    if (c >= 48 && c <= 57) c = t.charCodeAt(this.pos + 1);
    return c === GT || c === LT;
  }
  /**
   * `>`, `>>` or `<` and a word, or `N>&M` with a digit; undefined for any other redirection (here-documents and
   * strings, `>|`, `<>`, `&>`, process substitution, a target that is not a word, or a word right after it).
   */
  redirect() {
    const t = this.text;
    if (t.charCodeAt(this.pos) !== GT && t.charCodeAt(this.pos) !== LT) this.pos++;
    const c = t.charCodeAt(this.pos);
    const d = t.charCodeAt(this.pos + 1);
    let op;
    if (c === LT) op = d === LT || d === GT || d === AMP || d === 40 ? "" : "<";
    else op = d === GT ? ">>" : d === AMP ? ">&" : d === PIPE || d === 40 ? "" : ">";
    if (!op) return void 0;
    this.pos += op.length;
    if (op === ">&") {
      const digit = t.charCodeAt(this.pos);
      if (!(digit >= 48 && digit <= 57)) return void 0;
      this.pos++;
      return this.atWordEnd() ? { op, target: t[this.pos - 1] } : void 0;
    }
    while (t.charCodeAt(this.pos) === SPACE || t.charCodeAt(this.pos) === TAB) this.pos++;
    const target = this.word();
    return target && this.atWordEnd() ? { op, target: target.value } : void 0;
  }
  /** The end of the script, a blank or an operator follows. */
  atWordEnd() {
    const c = this.text.charCodeAt(this.pos);
    return Number.isNaN(c) || c === SPACE || c === TAB || c === PIPE || c === AMP || c === SEMI || c === NEWLINE || c === BACKSLASH && this.text.charCodeAt(this.pos + 1) === NEWLINE;
  }
  /**
   * One word at the position: its value and whether it holds no expansion; null at an operator or the end;
   * undefined for anything this reader does not take.
   */
  word() {
    const t = this.text;
    let value = "";
    let literal = true;
    let any = false;
    for (; ; ) {
      const c = t.charCodeAt(this.pos);
      if (c < 128 && PLAIN[c] === 1) {
        const from = this.pos;
        while (this.pos < t.length && PLAIN[t.charCodeAt(this.pos)] === 1) this.pos++;
        value += t.slice(from, this.pos);
      } else if (c === SQUOTE) {
        const close = t.indexOf("'", this.pos + 1);
        if (close < 0) return void 0;
        const inner = t.slice(this.pos + 1, close);
        if (inner.includes("\n") || inner.includes("\\")) return void 0;
        value += inner;
        this.pos = close + 1;
      } else if (c === DQUOTE) {
        const close = t.indexOf('"', this.pos + 1);
        if (close < 0) return void 0;
        const inner = t.slice(this.pos + 1, close);
        for (let i = 0; i < inner.length; i++) {
          const ch = inner.charCodeAt(i);
          if (ch === BACKSLASH || ch === NEWLINE || ch === 96 || ch === 33) return void 0;
          if (ch === DOLLAR) {
            const n = expansionLength(inner, i);
            if (n === 0) return void 0;
            literal = false;
            i += n - 1;
          }
        }
        value += inner;
        this.pos = close + 1;
      } else if (c === DOLLAR) {
        const n = expansionLength(t, this.pos);
        if (n === 0) return void 0;
        value += t.slice(this.pos, this.pos + n);
        literal = false;
        this.pos += n;
      } else if (Number.isNaN(c) || c === SPACE || c === TAB || c === PIPE || c === AMP || c === SEMI || c === NEWLINE || c === BACKSLASH && t.charCodeAt(this.pos + 1) === NEWLINE) {
        return any ? { value, literal } : null;
      } else {
        return void 0;
      }
      any = true;
    }
  }
};
function expansionLength(s, at) {
  if (s.charCodeAt(at + 1) === 123) {
    const close = s.indexOf("}", at + 2);
    return close > at + 2 && NAME.test(s.slice(at + 2, close)) ? close - at + 1 : 0;
  }
  let i = at + 1;
  while (i < s.length && /[A-Za-z0-9_]/.test(s[i])) i++;
  return i > at + 1 && NAME.test(s.slice(at + 1, i)) ? i - at : 0;
}

// src/dockerfile/shell.ts
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"]);
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "nohup", "exec", "time", "command", "nice", "stdbuf", "doas", "eatmydata"]);
var parser;
var initPromise;
function wasmPath(file, pkg, distName = file) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "wasm", distName), join(here, "..", "wasm", distName), join(here, "..", "dist", "wasm", distName)]) {
    if (existsSync(candidate)) return candidate;
  }
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", pkg, file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  const require2 = createRequire(import.meta.url);
  return join(dirname(require2.resolve(pkg)), file);
}
function initShell() {
  initPromise ??= (async () => {
    const { Parser, Language } = await import("./tree-sitter-VSPZ565L.js");
    await Parser.init({ locateFile: () => wasmPath("tree-sitter.wasm", "web-tree-sitter") });
    const bash = await Language.load(wasmPath("tree-sitter-bash.wasm", "tree-sitter-bash"));
    parser = new Parser();
    parser.setLanguage(bash);
  })();
  return initPromise;
}
function shellReady() {
  return parser !== void 0;
}
var parserMissed = false;
function shellParserMissed() {
  const missed = parserMissed;
  parserMissed = false;
  return missed;
}
function plainScript(text, memo) {
  if (text.length > LIMITS.maxShellScriptChars) return void 0;
  const pipelines = parseSimpleShell(text, LIMITS.maxShellCommands);
  if (!pipelines) return void 0;
  const commands = [];
  for (const p of pipelines) {
    const members = p.map((c) => {
      const cmd = finishCommand(c.words, c.literal, c.assignments, c.text, void 0);
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
  if (commands.length >= LIMITS.maxShellCommands) return void 0;
  const script = { text, commands, hasError: false };
  expandShellC(script, memo);
  memo?.set(text, script);
  return script;
}
function parseShell(text, memo) {
  const cached = memo?.get(text);
  if (cached) return cached;
  return plainScript(text, memo) ?? grammarScript(text, memo);
}
function grammarScript(text, memo) {
  if (text.length > LIMITS.maxShellScriptChars) return { text, commands: [], hasError: true, cut: true };
  if (!parser) {
    parserMissed = true;
    throw new Error("shell parser not initialised: await initShell() first");
  }
  const tree = parser.parse(text);
  if (!tree) return { text, commands: [], hasError: true };
  const commands = [];
  try {
    collect(tree.rootNode, commands, void 0);
    const script = { text, commands, hasError: tree.rootNode.hasError };
    if (commands.length >= LIMITS.maxShellCommands) script.cut = true;
    expandShellC(script, memo);
    memo?.set(text, script);
    return script;
  } finally {
    tree.delete();
  }
}
var MAX_SHELL_DEPTH = 400;
var CONDITIONAL_STATEMENTS = /* @__PURE__ */ new Set(["if_statement", "case_statement", "while_statement"]);
function collect(node, out, substitutionOf, depth = 0, conditional = false) {
  if (depth > MAX_SHELL_DEPTH || out.length >= LIMITS.maxShellCommands) return;
  const d = depth + 1;
  const type = node.type;
  if (CONDITIONAL_STATEMENTS.has(type)) conditional = true;
  switch (type) {
    case "list": {
      let left;
      let op = "";
      for (const child of node.children) {
        if (!child) continue;
        if (!child.isNamed) op = child.type;
        else if (!left) collect(left = child, out, substitutionOf, d, conditional);
        else collect(child, out, substitutionOf, d, conditional || op === "||" || op === "&&" && startsWithTest(left));
      }
      return;
    }
    case "pipeline": {
      const members = [];
      for (const child of node.namedChildren) {
        if (!child) continue;
        const before = out.length;
        collect(child, out, substitutionOf, d, conditional);
        const first = out.slice(before).find((c) => c.substitutionOf === substitutionOf && !c.viaShellC);
        if (first) members.push(first);
      }
      members.forEach((member, index) => {
        member.pipeline = members;
        member.pipeIndex = index;
      });
      return;
    }
    case "redirected_statement": {
      const before = out.length;
      const body = node.childForFieldName("body");
      if (body) collect(body, out, substitutionOf, d, conditional);
      const level = out.slice(before).filter((c) => c.substitutionOf === substitutionOf);
      const target = level.filter((c) => !c.viaShellC).pop() ?? level[0];
      for (const child of node.namedChildren) {
        if (!child || child === body || child.id === body?.id) continue;
        const type2 = child.type;
        if (type2 === "file_redirect" || type2 === "heredoc_redirect" || type2 === "herestring_redirect") {
          const op = child.children.find((c) => c && !c.isNamed)?.text ?? "";
          const dest = child.childForFieldName("destination") ?? child.namedChildren.find((c) => c && c.type !== "file_descriptor");
          if (target) target.redirects.push({ op, target: dest ? wordValue(dest) : "" });
          for (const grand of child.namedChildren) if (grand) collectSubstitutions(grand, out, target ?? substitutionOf, grand.type, d, conditional);
        }
      }
      return;
    }
    case "command": {
      const children = node.namedChildren.filter((c) => c !== null);
      const types = children.map((c) => c.type);
      const cmd = buildCommand(node, children, types, substitutionOf);
      if (conditional) cmd.conditional = true;
      out.push(cmd);
      for (let i = 0; i < children.length; i++) collectSubstitutions(children[i], out, cmd, types[i], d, conditional);
      return;
    }
    case "declaration_command": {
      const keyword = node.children[0]?.text ?? "";
      const assignments = {};
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === "variable_assignment") {
          const value = child.childForFieldName("value");
          assignments[child.childForFieldName("name")?.text ?? ""] = value ? wordValue(value) : "";
        }
        collectSubstitutions(child, out, substitutionOf, child.type, d, conditional);
      }
      out.push({ name: keyword, args: [], literal: [], assignments, text: node.text, pipeline: [], pipeIndex: 0, redirects: [], wrappers: [], ...substitutionOf ? { substitutionOf } : {}, ...conditional ? { conditional: true } : {} });
      return;
    }
    default:
      for (const child of node.namedChildren) if (child) collect(child, out, substitutionOf, d, conditional);
  }
}
function startsWithTest(node) {
  for (let n = node, i = 0; n && i < MAX_SHELL_DEPTH; n = n.namedChildren[0] ?? null, i++) {
    if (n.type === "test_command") return true;
    if (n.type === "command") return n.childForFieldName("name")?.text === "test";
    if (n.type === "redirected_statement") {
      const body = n.childForFieldName("body");
      return body !== null && (body.type === "test_command" || body.type === "command" && body.childForFieldName("name")?.text === "test");
    }
    if (n.type !== "list") return false;
  }
  return false;
}
var PLAIN_WORDS = /* @__PURE__ */ new Set(["word", "raw_string", "ansi_c_string", "string_content", "variable_name", "simple_expansion", "special_variable_name", "file_descriptor", "heredoc_start"]);
function collectSubstitutions(node, out, owner, type = node.type, depth = 0, conditional = false) {
  if (depth > MAX_SHELL_DEPTH) return;
  if (type === "command_substitution" || type === "process_substitution") {
    for (const child of node.namedChildren) if (child) collect(child, out, owner, depth + 1, conditional);
    return;
  }
  if (PLAIN_WORDS.has(type)) return;
  for (const child of node.namedChildren) if (child) collectSubstitutions(child, out, owner, child.type, depth + 1, conditional);
}
function buildCommand(node, children, types, substitutionOf) {
  const assignments = {};
  const words = [];
  const literal = [];
  const push = (word, type = word.type) => {
    words.push(wordValue(word, type));
    literal.push(isLiteral(word, type));
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const type = types[i];
    if (type === "variable_assignment") {
      const name = child.childForFieldName("name")?.text ?? "";
      const value = child.childForFieldName("value");
      assignments[name] = value ? wordValue(value) : "";
    } else if (type === "command_name") {
      const inner = child.namedChildren[0];
      if (inner) push(inner);
      else {
        words.push(child.text);
        literal.push(true);
      }
    } else if (type !== "file_redirect" && type !== "herestring_redirect") {
      push(child, type);
    }
  }
  return finishCommand(words, literal, assignments, node.text, substitutionOf);
}
function finishCommand(words, literal, assignments, text, substitutionOf) {
  const wrappers = [];
  for (; ; ) {
    const head = baseName(words[0] ?? "");
    if (head === "env") {
      wrappers.push("env");
      words.shift();
      literal.shift();
      while (words.length && (words[0].startsWith("-") || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))) {
        literal.shift();
        const w = words.shift();
        const eq = w.indexOf("=");
        if (!w.startsWith("-") && eq > 0) assignments[w.slice(0, eq)] = w.slice(eq + 1);
      }
      continue;
    }
    if (WRAPPERS.has(head)) {
      wrappers.push(head);
      words.shift();
      literal.shift();
      while (words.length && words[0].startsWith("-")) {
        const flag = words.shift();
        literal.shift();
        if (head === "sudo" && (flag === "-u" || flag === "-g") || head === "nice" && flag === "-n") {
          words.shift();
          literal.shift();
        }
      }
      continue;
    }
    break;
  }
  const cmd = {
    name: words[0] ?? "",
    args: words.slice(1),
    literal: literal.slice(1),
    assignments,
    text,
    pipeline: [],
    pipeIndex: 0,
    redirects: [],
    wrappers
  };
  cmd.pipeline = [cmd];
  if (substitutionOf) cmd.substitutionOf = substitutionOf;
  return cmd;
}
function wordValue(node, type = node.type) {
  switch (type) {
    case "raw_string":
      return node.text.slice(1, -1);
    case "ansi_c_string":
      return node.text.slice(2, -1);
    case "string": {
      const inner = node.text.slice(1, -1);
      return inner.replace(/\\([$`"\\\n])/g, "$1");
    }
    case "concatenation":
      return node.namedChildren.map((c) => c ? wordValue(c) : "").join("");
    case "word":
    case "number":
      return node.text.replace(/\\(.)/g, "$1");
    default:
      return node.text;
  }
}
function isLiteral(node, type = node.type) {
  switch (type) {
    case "word":
    case "number":
    case "raw_string":
    case "ansi_c_string":
      return true;
    case "string":
      return node.namedChildren.every((c) => c?.type === "string_content");
    case "concatenation":
      return node.namedChildren.every((c) => c !== null && isLiteral(c));
    default:
      return false;
  }
}
function baseName(word) {
  const slash = word.lastIndexOf("/");
  return slash >= 0 ? word.slice(slash + 1) : word;
}
function expandShellC(script, memo) {
  const extra = [];
  for (const cmd of script.commands) {
    if (!SHELLS.has(baseName(cmd.name))) continue;
    const c = cmd.args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const body = c >= 0 && cmd.literal[c + 1] ? cmd.args[c + 1] : void 0;
    if (!body) continue;
    const nested = parseShell(body, memo);
    if (nested.cut) script.cut = true;
    for (const inner of nested.commands) {
      if (script.commands.length + extra.length >= LIMITS.maxShellCommands) {
        script.cut = true;
        break;
      }
      const { name, args, literal, assignments, text, pipeline, pipeIndex, redirects, substitutionOf, wrappers } = inner;
      const conditional = cmd.conditional || inner.conditional;
      extra.push({ name, args, literal, assignments, text, pipeline, pipeIndex, redirects, ...substitutionOf ? { substitutionOf } : {}, viaShellC: cmd, wrappers, ...conditional ? { conditional: true } : {} });
    }
  }
  for (const e of extra) script.commands.push(e);
}
function commandName(cmd) {
  return baseName(cmd.name);
}
function isShell(name) {
  return SHELLS.has(baseName(name));
}

export {
  wasmPath,
  initShell,
  shellReady,
  shellParserMissed,
  parseShell,
  commandName,
  isShell
};

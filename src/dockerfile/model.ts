/**
 * The Dockerfile model: one parse with dockerfile-ast, stages, ARG/ENV resolution, exec vs shell
 * form, COPY sources, heredocs, and the shell of each RUN parsed once on demand.
 */
import { DockerfileParser, Instruction as AstInstructionClass, type Dockerfile as AstDockerfile, type Instruction as AstInstruction } from 'dockerfile-ast';
import { Parser as AstParserClass } from 'dockerfile-ast/lib/parser.js';
import { AWS_BASE_CONFIG, classifyBase, parseImageRef, type BaseKind, type ImageRef } from '../knowledge/base-images.js';
import { lambdaNamedRepository } from '../knowledge/lambda-signs.js';
import type { Location, Span } from '../core/types.js';
import { LIMITS, LimitError } from '../core/limits.js';
import { globToRegExp } from '../core/glob.js';
import { KNOWN_INSTRUCTIONS } from './keywords.js';
import { isShell, parseShell, type ShellScript } from './shell.js';
import { expand, expandWord, LiveScope, type Expanded, type Scope, type VarValue } from './vars.js';

/*
 * dockerfile-ast re-tokenises an instruction's arguments on every call, and its own constructors and
 * accessors (getArguments, getFlags, getArgumentsContent, getHeredocs, the JSON-form checks) call it
 * four to eight times per instruction: a fifth of the lint time. An instruction's text never changes
 * once constructed, so tokenise once per instance; callers get a copy because some of them shift it.
 */
{
  const proto = AstInstructionClass.prototype as unknown as { getRawArguments(): unknown[] };
  const tokenise = proto.getRawArguments;
  const TOKENS = Symbol('lint-lambda-image.arguments');
  proto.getRawArguments = function getRawArguments(this: { [TOKENS]?: unknown[] }) {
    return (this[TOKENS] ??= tokenise.call(this)).slice();
  };
}

/*
 * dockerfile-ast's parser builds every instruction twice: once to look for heredocs after its arguments
 * (processArguments), then again, from the same offsets, as the instruction it keeps (its constructors, the JSON
 * form checks and the tokens were a third of the parse). When the second call names the same offsets as the one
 * just made, nothing lay between them (no heredoc body): the instruction already made is the one kept.
 */
{
  type Create = (dockerfile: unknown, instruction: string, start: number, instructionEnd: number, end: number) => unknown;
  const proto = AstParserClass.prototype as unknown as { createInstruction: Create };
  const create = proto.createInstruction;
  let last: { dockerfile: unknown; instruction: string; start: number; instructionEnd: number; end: number; made: unknown } | undefined;
  proto.createInstruction = function createInstruction(this: unknown, dockerfile, instruction, start, instructionEnd, end) {
    const prev = last;
    last = undefined;
    if (prev && prev.dockerfile === dockerfile && prev.start === start && prev.instructionEnd === instructionEnd && prev.end === end && prev.instruction === instruction) return prev.made;
    const made = create.call(this, dockerfile, instruction, start, instructionEnd, end);
    last = { dockerfile, instruction, start, instructionEnd, end, made };
    return made;
  };
}

export { KNOWN_INSTRUCTIONS };

export interface Flag {
  name: string;
  value: string | undefined;
}

export interface Property {
  name: string;
  /** Value with quotes removed, before variable expansion; undefined for `ARG NAME`. */
  value: string | undefined;
}

export interface Heredoc {
  name: string;
  content: string;
}

export interface CopySpec {
  sources: string[];
  dest: string;
  /** --from value as written (expanded). */
  from?: string;
  /** The stage --from refers to, when it is a stage of this file. */
  fromStage?: Stage;
  chmod?: string;
  chown?: string;
  /**
   * `COPY --parents`: each source keeps its path (from the context root, or from a `/./` in the source) under the
   * destination (https://docs.docker.com/reference/dockerfile/#copy---parents).
   */
  parents?: true;
  /** `COPY --exclude=<pattern>` (repeatable): context paths the COPY leaves out (https://docs.docker.com/reference/dockerfile/#copy---exclude). */
  excludes?: string[];
  /** Heredoc sources (`COPY <<EOF /dest`). */
  heredocs: Heredoc[];
}

export interface Instruction {
  keyword: string;
  /** Position in the file's instruction list. */
  index: number;
  span: Span;
  /** Arguments text with line continuations joined (flags excluded). */
  text: string;
  /** Argument words as dockerfile-ast splits them (flags excluded, quotes kept). */
  words: string[];
  flags: Flag[];
  /** Undefined for global ARGs before the first FROM. */
  stage?: Stage;
  /** Exec (JSON) form of RUN/CMD/ENTRYPOINT/SHELL; undefined for shell form. */
  exec?: string[];
  /** The arguments start with `[` but are not a valid JSON string array: Docker runs them as a shell command. */
  jsonInvalid: boolean;
  /** RUN: the shell script, flags removed (heredoc scripts included); CMD/ENTRYPOINT shell form: the command. */
  shellText?: string;
  heredocs: Heredoc[];
  /** ENV, ARG, LABEL key/value pairs. */
  properties: Property[];
  /** Variables in effect before this instruction. */
  scope: Scope;
  /**
   * Working directory in effect when the instruction runs: inherited through `FROM <stage>`, /var/task on an
   * AWS base, else '/' until a WORKDIR sets it. Global ARGs and FROM lines have '/'.
   */
  workdir: string;
  copy?: CopySpec;
  /** Comment lines directly above this instruction. */
  comments: { text: string; line: number }[];
  /** @internal The dockerfile-ast node (not part of the published types: the parser is bundled). */
  ast: AstInstruction;
  /**
   * Set on the settings a deploy configuration gives (ImageConfig Command, EntryPoint, WorkingDirectory): where
   * the template sets it. Such an instruction is not in the Dockerfile; findings on it land on `origin.location`.
   */
  origin?: { location: Location; label: string };
}

export interface StageBase {
  /** FROM image as written. */
  written: string;
  /** After ARG expansion. */
  expanded: Expanded;
  ref: ImageRef;
  /** The parent stage when FROM names an earlier stage. */
  stage?: Stage;
  scratch: boolean;
  /** Classification of the ultimate (non-stage) base image. */
  kind: BaseKind;
  platform?: string;
}

export interface Setting<T> {
  value: T;
  /** The instruction that set it; undefined when it comes from the base image. */
  from?: Instruction;
}

export interface Stage {
  index: number;
  name?: string;
  fromInstruction: Instruction;
  base: StageBase;
  instructions: Instruction[];
  /** Stages this one copies from or mounts (COPY --from, RUN --mount=from=) and its FROM parent. */
  dependsOn: Set<Stage>;
  /** True when the stage contributes to the target image. */
  reachesTarget: boolean;
  /** Effective settings at the end of the stage (inherited through FROM <stage> and AWS bases). */
  workdir: Setting<string> | undefined;
  entrypoint: Setting<{ exec?: string[]; shell?: string }> | undefined;
  cmd: Setting<{ exec?: string[]; shell?: string }> | undefined;
  env: Map<string, Setting<string>>;
  user: Setting<string> | undefined;
  /** ARG and ENV values at the end of the stage. */
  scope: Map<string, VarValue>;
}

export interface SyntaxProblem {
  messageId: 'unknownInstruction' | 'missingArguments' | 'noFrom' | 'invalidJson' | 'empty' | 'unterminatedHeredoc' | 'unknownPragmaId' | 'unknownTarget' | 'globalArgNotInStage' | 'envMissingEquals' | 'envSpacedEquals';
  span: Span;
  data: Record<string, string>;
}

export interface ParseOptions {
  file?: string;
  buildArgs?: Record<string, string>;
  target?: string;
}

export interface DockerfileModel {
  file: string;
  text: string;
  lines: string[];
  escape: string;
  syntax?: string;
  instructions: Instruction[];
  globalArgs: Instruction[];
  stages: Stage[];
  /** The stage that is built: --target, else the last one. Undefined when there is no FROM. */
  target?: Stage;
  problems: SyntaxProblem[];
  buildArgs: Record<string, string>;
  /** Shell script of a RUN (shell form, or heredoc script), parsed once. */
  shell(ins: Instruction): ShellScript | undefined;
  /** Any other shell text of this Dockerfile (an exec-form `sh -c` body, a wrapper script), parsed once. */
  script(text: string): ShellScript;
  stageByName(name: string): Stage | undefined;
}

function spanOf(range: { start: { line: number; character: number }; end: { line: number; character: number } }): Span {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function parseJsonArray(text: string): string[] | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // not JSON
  }
  return undefined;
}

/** Closing quote of each opening quote an exec-form array is written with by mistake (typographic ones from web pages). */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ["'", "'"], ['\u201c', '\u201d'], ['\u201d', '\u201d'], ['\u2018', '\u2019'], ['\u2019', '\u2019']]);

/**
 * What an exec-form array that is not valid JSON was meant to say (`['/lambda-entrypoint.sh']`, `["app.handler",]`,
 * `["app.handler"`): its words, and what makes it invalid; undefined when no word list can be read from it.
 */
export function intendedExec(text: string): { words: string[]; problem: string } | undefined {
  const body = text.trim();
  if (!body.startsWith('[')) return undefined;
  const problems: string[] = [];
  let inner = body.slice(1);
  const close = inner.lastIndexOf(']');
  const after = close >= 0 ? inner.slice(close + 1).trim() : '';
  if (close >= 0 && after && !/["'\u201c\u201d\u2018\u2019]/.test(after)) {
    problems.push(`"${after}" follows the closing ]`);
    inner = inner.slice(0, close);
  } else if (inner.trimEnd().endsWith(']')) inner = inner.trimEnd().slice(0, -1);
  else problems.push('it has no closing ]');
  const words: string[] = [];
  const quotes = new Set<string>();
  let unquoted = false;
  let mismatched = false;
  let trailingComma = false;
  let i = 0;
  const skipSpace = () => {
    while (i < inner.length && /\s/.test(inner[i])) i++;
  };
  for (skipSpace(); i < inner.length; skipSpace()) {
    const close = QUOTE_PAIRS.get(inner[i]);
    let word = '';
    if (close) {
      quotes.add(inner[i]);
      // Any quote closes a word (`'app.py"` is one word with mismatched quotes), as the writer meant.
      for (i++; i < inner.length && !QUOTE_PAIRS.has(inner[i]) && inner[i] !== close; i++) word += inner[i] === '\\' && i + 1 < inner.length ? inner[++i] : inner[i];
      if (i < inner.length && inner[i] !== close) mismatched = true;
      i++;
    } else {
      unquoted = true;
      for (; i < inner.length && inner[i] !== ','; i++) word += inner[i];
      word = word.trim();
    }
    if (!word) return undefined;
    words.push(word);
    skipSpace();
    trailingComma = false;
    if (inner[i] === ',') {
      i++;
      skipSpace();
      trailingComma = i >= inner.length;
    } else if (i < inner.length) return undefined;
  }
  if (words.length === 0) return undefined;
  if ([...quotes].some((q) => q !== '"' && q !== "'")) problems.push('it uses typographic quotes, not straight double quotes');
  else if (quotes.has("'")) problems.push('it uses single quotes, and JSON strings need double quotes');
  if (unquoted) problems.push('a word has no quotes');
  if (mismatched) problems.push('a word opens with one quote and closes with another');
  if (trailingComma) problems.push('a comma follows the last word');
  return { words, problem: problems.join('; ') || 'it is not valid JSON' };
}

/**
 * Where `COPY --parents` puts a context file matched by `source`: its path below the destination, from the context
 * root, or from the `/./` pivot the source names (`COPY --parents ./src/./app/x.py /d/` gives /d/app/x.py).
 */
export function parentsLanding(source: string, contextFile: string, dest: string): string {
  const pivot = source.replace(/^\.\//, '').indexOf('/./');
  const base = pivot >= 0 ? source.replace(/^\.\//, '').slice(0, pivot) : '';
  const rel = base && contextFile.startsWith(`${base}/`) ? contextFile.slice(base.length + 1) : contextFile;
  return normalizePath(`${dest.replace(/\/+$/, '')}/${rel}`);
}

/**
 * Whether `COPY --exclude` leaves out a context path (relative to the context root): a pattern matches the path or one
 * of its folders, as .dockerignore lines do; `**\/` matches any number of folders.
 */
export function copyExcludes(copy: CopySpec, path: string): boolean {
  if (!copy.excludes?.length) return false;
  const segs = path.replace(/^\.\//, '').split('/');
  for (const raw of copy.excludes) {
    const pattern = raw.replace(/^\.\//, '').replace(/\/+$/, '');
    const deep = pattern.startsWith('**/');
    const re = globToRegExp(deep ? pattern.slice(3) : pattern);
    for (let end = 1; end <= segs.length; end++) {
      for (let start = 0; start < (deep ? end : 1); start++) if (re.test(segs.slice(start, end).join('/'))) return true;
    }
  }
  return false;
}

/** An exec-form array as a Dockerfile writes it: `["a", "b"]`. */
export function execArray(words: readonly string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
/** Instructions whose arguments Docker expands variables in (RUN, CMD and ENTRYPOINT are left to the shell). */
const EXPANDED_BY_DOCKER = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

const STAGE_KEYWORDS_NEEDING_ARGS = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'RUN', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG', 'CMD', 'ENTRYPOINT', 'SHELL', 'ONBUILD', 'HEALTHCHECK']);

/** Parses a Dockerfile into the model. The shell parser (`initShell`) must be ready for RUN analysis. */
export function parseDockerfile(text: string, options: ParseOptions = {}): DockerfileModel {
  const ast = DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();
  const lines = text.split(/\r?\n/);
  const buildArgs = options.buildArgs ?? {};
  const builder = new ModelBuilder(ast, lines, escape, buildArgs);
  const astInstructions = ast.getInstructions();
  for (const node of astInstructions) builder.add(node);
  builder.checkWholeFile(text, astInstructions.length);
  const target = builder.chooseTarget(options.target);
  if (target) markReachable(target);
  const { instructions, globalArgs, stages, problems, stageNames } = builder;
  return withShell({ file: options.file ?? 'Dockerfile', text, lines, escape, syntax: syntaxDirective(ast), instructions, globalArgs, stages, target, problems, buildArgs }, stageNames);
}

/** The `# syntax=` parser directive, if any. */
function syntaxDirective(ast: AstDockerfile): string | undefined {
  let syntax: string | undefined;
  for (const d of ast.getDirectives()) if (d.getName().toLowerCase() === 'syntax') syntax = d.getValue() ?? undefined;
  return syntax;
}

type ModelData = Omit<DockerfileModel, 'shell' | 'script' | 'stageByName'>;

/** The model with its lookups: the shell of a RUN parsed once, identical scripts parsed once, stages by name. */
function withShell(m: ModelData, stageNames: Map<string, Stage>): DockerfileModel {
  const shellMemo = new Map<Instruction, ShellScript | undefined>();
  // Identical RUN lines (and `sh -c` bodies) within one Dockerfile are parsed once.
  const scripts = new Map<string, ShellScript>();
  return {
    file: m.file,
    text: m.text,
    lines: m.lines,
    escape: m.escape,
    syntax: m.syntax,
    instructions: m.instructions,
    globalArgs: m.globalArgs,
    stages: m.stages,
    target: m.target,
    problems: m.problems,
    buildArgs: m.buildArgs,
    shell(ins) {
      if (shellMemo.has(ins)) return shellMemo.get(ins);
      // An exec-form RUN (`RUN ["npm", "install"]`) runs its argv without a shell: read it as that one quoted command.
      const text = ins.shellText ?? (ins.keyword === 'RUN' && ins.exec?.length ? ins.exec.map(shellQuote).join(' ') : undefined);
      const script = text !== undefined && (ins.keyword === 'RUN' || ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') ? parseShell(text, scripts) : undefined;
      shellMemo.set(ins, script);
      return script;
    },
    script(text) {
      return parseShell(text, scripts);
    },
    stageByName(name) {
      return stageNames.get(name.toLowerCase());
    },
  };
}

/** One argv word as a shell word: plain when it has no special character, else single-quoted (it's: 'it'\''s'). */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

type AstRange = { start: { line: number; character: number }; end: { line: number; character: number } };
type AstHeredoc = { getName(): string; getContentRange(): AstRange | null; getDelimiterRange(): unknown };

/**
 * One parse, instruction after instruction: each AST node read into an Instruction, then placed: a FROM opens a
 * stage, an ARG before any FROM is global, anything else joins the current stage and changes its settings.
 */
class ModelBuilder {
  readonly instructions: Instruction[] = [];
  readonly stages: Stage[] = [];
  /** Stage names (lower case) to the first stage of that name: a lookup per FROM and COPY --from stays O(1). */
  readonly stageNames = new Map<string, Stage>();
  readonly globalArgs: Instruction[] = [];
  readonly problems: SyntaxProblem[] = [];
  private readonly globalScope = new LiveScope();
  private readonly comments: { text: string; line: number }[];
  private stage: Stage | undefined;
  private scope = new LiveScope();
  /** Instructions share one copy of the scope until an ARG, ENV or FROM changes it. */
  private snapshot: Scope | undefined;
  /** Variables copied into stages by FROM <stage> so far (LIMITS.maxInheritedVariables). */
  private inherited = 0;
  private lastLine = 0;
  private nextComment = 0;

  constructor(
    ast: AstDockerfile,
    private readonly lines: string[],
    private readonly escape: string,
    private readonly buildArgs: Record<string, string>,
  ) {
    this.comments = ast.getComments().map((c) => ({ text: c.getContent() ?? '', line: c.getRange().start.line + 1 }));
  }

  /**
   * ENV's two forms (docs.docker.com/reference/dockerfile/#env): `NAME=value ...`, where BuildKit refuses a word
   * without `=` ("Syntax error - can't find = in ..."), and the legacy `NAME value`, whose value is the rest of the
   * line: `ENV NAME = value` sets NAME to "= value".
   */
  private checkEnvForm(ins: Instruction, assigned: boolean[]): void {
    const [first] = ins.properties;
    if (!first) return;
    if (assigned[0]) {
      const bare = ins.properties.findIndex((p, i) => !assigned[i] && p.value === undefined);
      if (bare > 0) this.problems.push({ messageId: 'envMissingEquals', span: ins.span, data: { word: ins.properties[bare].name || '=' } });
    } else if (first.value?.startsWith('=')) {
      // The value as Docker sets it (its quotes removed), and the fix: one pair, quoted when it has spaces; several pairs
      // written with spaces (`ENV A = 1 B = 2`) are left for the user to split.
      const rest = first.value.replace(/^=\s*/, '');
      const bare = rest.replace(/^(["'])(.*)\1$/, '$2');
      const pair = /\s=(\s|$)/.test(rest) || ins.text.includes('\n') ? undefined : /\s/.test(bare) && rest === bare ? `${first.name}="${bare}"` : `${first.name}=${rest}`;
      const fix = pair ? `Remove the spaces around "=": ENV ${pair}.` : 'Write each variable as NAME=value, without spaces around "=" (quote a value that has spaces).';
      this.problems.push({ messageId: 'envSpacedEquals', span: ins.span, data: { name: first.name, actual: first.value.replace(/^(=\s*)(["'])(.*)\2$/, '$1$3'), fix } });
    }
  }

  add(node: AstInstruction): void {
    const ins = this.read(node);
    const { keyword, span } = ins;
    if (!KNOWN_INSTRUCTIONS.has(keyword)) {
      this.problems.push({ messageId: 'unknownInstruction', span, data: { keyword: (this.lines[span.line - 1] ?? '').trim().split(/\s+/)[0] || node.getKeyword() } });
      this.instructions.push(ins);
      return;
    }
    if (STAGE_KEYWORDS_NEEDING_ARGS.has(keyword) && ins.words.length === 0) {
      this.problems.push({ messageId: 'missingArguments', span, data: { keyword } });
    }
    this.readForm(ins);
    this.readHeredocs(ins, node);
    if (keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL') {
      const props = (node as unknown as { getProperties(): { getName(): string; getValue(): string | null; getAssignmentOperator(): string | null }[] }).getProperties();
      ins.properties = keyword === 'ARG' && ins.words.length > 1 && !ins.words[0].includes('=') ? argDeclarations(ins.words) : props.map((p) => ({ name: p.getName(), value: p.getValue() ?? undefined }));
      if (keyword === 'ENV') this.checkEnvForm(ins, props.map((p) => p.getAssignmentOperator() !== null));
    }
    if (keyword === 'FROM') this.openStage(ins);
    else if (this.stage) this.addToStage(this.stage, ins);
    else this.addBeforeFirstStage(ins);
  }

  /** The instruction as written: keyword, place, arguments, flags, the comments above it, the scope it sees. */
  private read(node: AstInstruction): Instruction {
    const keyword = node.getKeyword().toUpperCase();
    const span = spanOf(node.getRange());
    const flagNodes = typeof (node as unknown as { getFlags?: unknown }).getFlags === 'function' ? (node as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }).getFlags() : [];
    const stage = this.stage;
    const args = node.getArguments();
    return {
      keyword,
      index: this.instructions.length,
      span,
      text: argumentsContent(node, args),
      words: args.map((a) => a.getValue()),
      flags: flagNodes.map((f) => ({ name: f.getName(), value: f.getValue() ?? undefined })),
      stage,
      jsonInvalid: false,
      heredocs: [],
      properties: [],
      scope: (this.snapshot ??= this.scope.snapshot()),
      // The stage's working directory so far (applyToStage keeps it, inherited through FROM <stage>).
      workdir: keyword === 'FROM' ? '/' : (stage?.workdir?.value ?? '/'),
      comments: this.commentsAbove(span),
      ast: node,
    };
  }

  /** The comment lines between the previous instruction and this one. */
  private commentsAbove(span: Span): { text: string; line: number }[] {
    const attached: { text: string; line: number }[] = [];
    const comments = this.comments;
    while (this.nextComment < comments.length && comments[this.nextComment].line < span.line) {
      if (comments[this.nextComment].line > this.lastLine) attached.push(comments[this.nextComment]);
      this.nextComment++;
    }
    this.lastLine = span.endLine;
    return attached;
  }

  /** Exec (JSON) or shell form of RUN, CMD, ENTRYPOINT and SHELL. */
  private readForm(ins: Instruction): void {
    const keyword = ins.keyword;
    if (keyword !== 'RUN' && keyword !== 'CMD' && keyword !== 'ENTRYPOINT' && keyword !== 'SHELL') return;
    const body = ins.text.trim();
    if (body.startsWith('[')) {
      const parsed = parseJsonArray(body);
      if (parsed) ins.exec = parsed;
      // `RUN [ -n "$X" ] || ...` is the shell's test command, which Docker runs through /bin/sh -c as meant: only a
      // RUN written like an array (ends in `]`, with commas or a quote right after `[`) was meant as JSON.
      else if (keyword === 'RUN' && !(body.endsWith(']') && (body.includes(',') || /^\[['"]/.test(body)))) ins.shellText = body;
      else {
        ins.jsonInvalid = true;
        const meant = intendedExec(body);
        this.problems.push({ messageId: 'invalidJson', span: ins.span, data: { keyword, text: body, problem: meant?.problem ?? 'it is not valid JSON', fixed: meant ? execArray(meant.words) : '["executable", "argument"]' } });
      }
    }
    if (!ins.exec) ins.shellText = body;
  }

  /**
   * BuildKit reads heredocs only in RUN, COPY and ADD, also behind ONBUILD; dockerfile-ast would look for them in
   * every instruction (and so report an unclosed `CMD cat <<EOF`, which BuildKit passes to the shell as it is).
   */
  private readHeredocs(ins: Instruction, node: AstInstruction): void {
    const keyword = ins.keyword;
    if (!HEREDOC_KEYWORDS.has(keyword === 'ONBUILD' ? (ins.words[0] ?? '').toUpperCase() : keyword)) return;
    if (typeof (node as unknown as { getHeredocs?: unknown }).getHeredocs !== 'function') return;
    // dockerfile-ast finds heredocs only from arguments that start with `<<` (and scans the whole instruction to).
    if (!ins.words.some((w) => w.startsWith('<<'))) return;
    for (const h of (node as unknown as { getHeredocs(): AstHeredoc[] }).getHeredocs()) {
      // `<< EOF` (a space after <<) is no Dockerfile heredoc for BuildKit (an empty name), only the shell's.
      if (!h.getName()) continue;
      const range = h.getContentRange();
      const content = range ? sliceRange(this.lines, range) : '';
      ins.heredocs.push({ name: h.getName(), content });
      if (!h.getDelimiterRange()) this.problems.push({ messageId: 'unterminatedHeredoc', span: ins.span, data: { name: h.getName() } });
    }
    if (keyword === 'RUN' && ins.heredocs.length > 0) ins.shellText = heredocScript(ins.shellText ?? '', ins.heredocs);
  }

  /** FROM: a new stage, its base image classified (or the earlier stage it names), its settings inherited. */
  private openStage(ins: Instruction): void {
    // dockerfile-ast keeps --flags out of the arguments and of the arguments content.
    const positional = ins.words;
    const { globalScope, escape } = this;
    const imageWord = positional[0] ?? '';
    const asIndex = positional.findIndex((w) => w.toUpperCase() === 'AS');
    const name = asIndex >= 0 ? positional[asIndex + 1] : undefined;
    if (!imageWord) this.problems.push({ messageId: 'missingArguments', span: ins.span, data: { keyword: ins.keyword } });
    const expanded = expandWord(imageWord, globalScope, escape);
    const parent = this.stageNames.get(expanded.value.toLowerCase());
    const ref = parseImageRef(expanded.value);
    const scratch = expanded.value.toLowerCase() === 'scratch';
    const kind: BaseKind = parent ? parent.base.kind : scratch ? { kind: 'other', os: 'scratch' } : classifyBase(ref);
    const platformFlag = ins.flags.find((f) => f.name === 'platform')?.value;
    const stage: Stage = {
      index: this.stages.length,
      name,
      fromInstruction: ins,
      base: { written: imageWord, expanded, ref, stage: parent, scratch, kind, platform: platformFlag ? expand(platformFlag, globalScope, escape).value : undefined },
      instructions: [],
      dependsOn: new Set(parent ? [parent] : []),
      reachesTarget: false,
      workdir: undefined,
      entrypoint: undefined,
      cmd: undefined,
      env: new Map(),
      user: undefined,
      scope: new Map(),
    };
    if (parent) {
      // FROM <stage> copies the parent's variables: a long chain of such stages costs memory quadratic in its
      // length, so the copies are budgeted (real Dockerfiles inherit a few hundred).
      this.inherited += parent.env.size + parent.scope.size;
      if (this.inherited > LIMITS.maxInheritedVariables) throw new LimitError(`has stages that inherit more than ${LIMITS.maxInheritedVariables.toLocaleString('en-US')} variables in all through FROM <stage> (limit: maxInheritedVariables); not linted`);
    }
    inheritSettings(stage, parent);
    ins.stage = stage;
    this.stage = stage;
    this.stages.push(stage);
    if (name !== undefined && !this.stageNames.has(name.toLowerCase())) this.stageNames.set(name.toLowerCase(), stage);
    this.scope = new LiveScope(stage.scope);
    this.snapshot = undefined;
    ins.scope = globalScope.snapshot();
    this.instructions.push(ins);
  }

  /** Before the first FROM only ARG may stand: a global build arg (the command line's value wins). */
  private addBeforeFirstStage(ins: Instruction): void {
    const { globalScope, escape } = this;
    if (ins.keyword === 'ARG') {
      for (const p of ins.properties) {
        const fromCli = this.buildArgs[p.name];
        if (fromCli !== undefined) globalScope.set(p.name, { value: fromCli });
        else if (p.value !== undefined) globalScope.set(p.name, { value: expand(p.value, globalScope, escape).value });
        else globalScope.set(p.name, { unknown: true });
      }
      this.globalArgs.push(ins);
      ins.scope = globalScope.snapshot();
    } else {
      this.problems.push({ messageId: 'noFrom', span: ins.span, data: { keyword: ins.keyword } });
    }
    this.instructions.push(ins);
  }

  private addToStage(stage: Stage, ins: Instruction): void {
    if (this.globalArgs.length && EXPANDED_BY_DOCKER.has(ins.keyword) && ins.heredocs.length === 0) this.checkGlobalArgs(stage, ins);
    stage.instructions.push(ins);
    this.instructions.push(ins);
    applyToStage(stage, ins, this.scope, this.globalScope, this.buildArgs, this.escape, this.stages, this.stageNames);
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') this.snapshot = undefined;
    stage.scope = this.scope;
  }

  /**
   * A global ARG (declared before the first FROM) used in a stage that does not declare it again: after FROM it is
   * not in scope, so Docker expands it to nothing (docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact;
   * BuildKit's UndefinedVar check). Once per stage and name; a variable the stage sets with ENV is its own.
   */
  private checkGlobalArgs(stage: Stage, ins: Instruction): void {
    const { unresolved } = expand(ins.text, this.scope, this.escape);
    for (const name of unresolved) {
      if (!this.globalScope.has(name) || stage.env.has(name)) continue;
      const key = `${this.stages.indexOf(stage)}:${name}`;
      if (this.globalArgReported.has(key)) continue;
      this.globalArgReported.add(key);
      const declared = this.globalArgs.find((a) => a.properties.some((p) => p.name === name));
      this.problems.push({ messageId: 'globalArgNotInStage', span: ins.span, data: { name, keyword: ins.keyword, line: String(declared?.span.line ?? 1), from: String(stage.fromInstruction.span.line) } });
    }
  }

  private readonly globalArgReported = new Set<string>();

  /** Problems of the file as a whole: empty, or no FROM at all. */
  checkWholeFile(text: string, astInstructions: number): void {
    const problems = this.problems;
    if (astInstructions === 0) {
      problems.push({ messageId: text.trim() === '' ? 'empty' : 'noFrom', span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, data: { keyword: '' } });
    } else if (this.stages.length === 0 && !problems.some((p) => p.messageId === 'noFrom')) {
      problems.push({ messageId: 'noFrom', span: this.instructions[0].span, data: { keyword: this.instructions[0].keyword } });
    }
  }

  /** The stage that is built: the one `--target` names, else the last. */
  chooseTarget(name: string | undefined): Stage | undefined {
    if (!name) return this.stages[this.stages.length - 1];
    const target = this.stageNames.get(name.toLowerCase());
    if (!target) this.problems.push({ messageId: 'unknownTarget', span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, data: { target: name } });
    return target;
  }
}

/**
 * dockerfile-ast's getArgumentsContent for the arguments already read: on one line, the text from the first to the
 * last (its own first case, without reading the arguments twice more); across lines, its own reading.
 */
function argumentsContent(node: AstInstruction, args: { getRange(): AstRange }[]): string {
  if (args.length === 0) return '';
  const start = args[0].getRange().start;
  const end = args[args.length - 1].getRange().end;
  if (start.line !== end.line) return node.getArgumentsContent() ?? '';
  const doc = (node as unknown as { document: { getText(): string; offsetAt(p: AstRange['start']): number } }).document;
  return doc.getText().substring(doc.offsetAt(start), doc.offsetAt(end));
}

function sliceRange(lines: string[], range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const out: string[] = [];
  for (let l = range.start.line; l <= range.end.line && l < lines.length; l++) {
    const line = lines[l];
    const from = l === range.start.line ? range.start.character : 0;
    const to = l === range.end.line ? range.end.character : line.length;
    out.push(line.slice(from, to));
  }
  return out.join('\n');
}

/**
 * `RUN <<EOF` runs the heredoc with the default shell; `RUN <<EOF bash` (or sh -e ...) too.
 * `RUN cat <<EOF > /x` writes a file: the heredoc is data and the first line is the script.
 */
function heredocScript(firstLine: string, heredocs: Heredoc[]): string {
  // The first line holds `<<EOF [cmd]` and the heredoc bodies follow; keep only the first line.
  const head = firstLine.split('\n')[0] ?? '';
  const rest = head.replace(/<<-?\s*["']?\w+["']?/g, '').trim();
  const words = rest.split(/\s+/).filter(Boolean);
  const interpreterOnly = words.length === 0 || (isShell(words[0]) && words.slice(1).every((w) => w.startsWith('-')));
  if (interpreterOnly) return heredocs.map((h) => h.content).join('\n');
  const interpreter = words[0] ?? '';
  if (words.length >= 1 && !isShell(interpreter) && /^(python\d*(\.\d+)?|node|ruby|perl)$/.test(interpreter) && words.slice(1).every((w) => w.startsWith('-'))) {
    return ''; // a script in another language
  }
  return head.replace(/<<-?\s*["']?(\w+)["']?/g, '');
}

function inheritSettings(stage: Stage, parent: Stage | undefined): void {
  if (parent) {
    stage.workdir = parent.workdir;
    stage.entrypoint = parent.entrypoint;
    stage.cmd = parent.cmd;
    stage.user = parent.user;
    stage.env = new Map(parent.env);
    for (const [k, v] of parent.env) stage.scope.set(k, { value: v.value });
    return;
  }
  if (stage.base.kind.kind === 'aws') {
    stage.workdir = { value: AWS_BASE_CONFIG.workdir };
    stage.entrypoint = { value: { exec: [...AWS_BASE_CONFIG.entrypoint] } };
    for (const [k, v] of Object.entries(AWS_BASE_CONFIG.env)) {
      stage.env.set(k, { value: v });
      stage.scope.set(k, { value: v });
    }
  }
}

function applyToStage(stage: Stage, ins: Instruction, scope: Map<string, VarValue>, globalScope: Map<string, VarValue>, buildArgs: Record<string, string>, escape: string, stages: Stage[], stageNames: Map<string, Stage>): void {
  const ex = (s: string) => expand(s, scope, escape).value;
  const word = (s: string) => expandWord(s, scope, escape).value;
  switch (ins.keyword) {
    case 'ARG':
      for (const p of ins.properties) {
        const fromCli = buildArgs[p.name];
        if (fromCli !== undefined) scope.set(p.name, { value: fromCli });
        else if (p.value !== undefined) scope.set(p.name, { value: ex(p.value) });
        else if (globalScope.has(p.name)) scope.set(p.name, globalScope.get(p.name)!);
        else if (!scope.has(p.name)) scope.set(p.name, { unknown: true });
      }
      break;
    case 'ENV': {
      // Every pair of one ENV sees the variables as they were before it: `ENV a=bye b=$a` gives b the old a
      // (https://docs.docker.com/reference/dockerfile/#environment-replacement).
      const values = ins.properties.map((p) => ex(p.value ?? ''));
      ins.properties.forEach((p, i) => {
        scope.set(p.name, { value: values[i] });
        stage.env.set(p.name, { value: values[i], from: ins });
      });
      break;
    }
    case 'WORKDIR': {
      const dir = word(ins.words.join(' '));
      const prev = stage.workdir?.value ?? '/';
      const abs = dir.startsWith('/') || dir.startsWith('$') ? dir : `${prev.replace(/\/$/, '')}/${dir}`;
      stage.workdir = { value: normalizePath(abs), from: ins };
      break;
    }
    case 'ENTRYPOINT':
      // Docker does not substitute variables in the exec form: `["${X}"]` reaches the process literally.
      stage.entrypoint = { value: ins.exec ? { exec: ins.exec } : { shell: ins.shellText ?? '' }, from: ins };
      // Docker: ENTRYPOINT resets a CMD inherited from the base image.
      if (stage.cmd && stage.cmd.from?.stage !== stage) stage.cmd = undefined;
      break;
    case 'CMD':
      stage.cmd = { value: ins.exec ? { exec: ins.exec } : { shell: ins.shellText ?? '' }, from: ins };
      break;
    case 'USER':
      stage.user = { value: word(ins.words.join(' ')), from: ins };
      break;
    case 'COPY':
    case 'ADD': {
      const positional = ins.words;
      const body = ins.text.trim();
      let parts: string[];
      if (body.startsWith('[')) parts = parseJsonArray(body) ?? positional;
      // With heredocs, the heredoc bodies follow the first line: only the first line holds sources and dest.
      else parts = ins.heredocs.length ? (body.split('\n')[0] ?? '').split(/\s+/).filter((w) => w && !w.startsWith('<<')) : positional;
      const rawDest = parts.length > 0 ? parts[parts.length - 1] : '';
      parts = parts.map((p) => word(p));
      const dest = parts.length > 0 ? (TASK_ROOT_DEST.test(rawDest) && leavesTaskRootUnset(stage, scope) ? word(rawDest.replace(TASK_ROOT_VAR, '')) : parts[parts.length - 1]) : '';
      const from = ins.flags.find((f) => f.name === 'from')?.value;
      const fromValue = from ? word(from) : undefined;
      const fromStage = fromValue !== undefined ? findStage(stages, stageNames, fromValue, stage) : undefined;
      if (fromStage) stage.dependsOn.add(fromStage);
      ins.copy = {
        sources: parts.slice(0, -1),
        dest: resolveDest(dest, stage.workdir?.value),
        from: fromValue,
        fromStage,
        chmod: ins.flags.find((f) => f.name === 'chmod')?.value,
        chown: ins.flags.find((f) => f.name === 'chown')?.value,
        ...(ins.flags.some((f) => f.name === 'parents' && (f.value === undefined || f.value === '' || f.value === 'true')) ? { parents: true as const } : {}),
        ...(ins.flags.some((f) => f.name === 'exclude' && f.value) ? { excludes: ins.flags.filter((f) => f.name === 'exclude' && f.value).map((f) => word(f.value!)) } : {}),
        heredocs: ins.heredocs,
      };
      break;
    }
    case 'RUN':
      for (const f of ins.flags) {
        if (f.name !== 'mount' || !f.value) continue;
        const m = /(?:^|,)from=([^,]+)/.exec(f.value);
        if (m) {
          const s = findStage(stages, stageNames, ex(m[1]), stage);
          if (s) stage.dependsOn.add(s);
        }
      }
      break;
  }
}

function findStage(stages: Stage[], stageNames: Map<string, Stage>, ref: string, current: Stage): Stage | undefined {
  if (/^\d+$/.test(ref)) {
    const s = stages[Number(ref)];
    return s && s !== current ? s : undefined;
  }
  // The first stage of that name; the current stage is the last one so far, so it is never an earlier match.
  const s = stageNames.get(ref.toLowerCase());
  return s !== current ? s : undefined;
}

/** A COPY destination that starts with ${LAMBDA_TASK_ROOT} (quoted or not), alone or with a path after it. */
const TASK_ROOT_DEST = /^"?\$(\{LAMBDA_TASK_ROOT\}|LAMBDA_TASK_ROOT\b)/;
const TASK_ROOT_VAR = /\$(\{LAMBDA_TASK_ROOT\}|LAMBDA_TASK_ROOT\b)/;

/**
 * Whether the stage's image is known not to set LAMBDA_TASK_ROOT, which only AWS's base images (and vendor images
 * built on them, named for Lambda) define, and nothing before has: there it expands to an empty string, as Docker
 * expands any unset variable (`COPY app.py ${LAMBDA_TASK_ROOT}` copies into the working directory). An image this
 * tool cannot name or classify may define it: left unresolved.
 */
function leavesTaskRootUnset(stage: Stage, scope: Scope): boolean {
  return !scope.has('LAMBDA_TASK_ROOT') && baseSetsNoLambdaVariables(stage);
}

/**
 * Whether the image a stage is built on at the bottom of its FROM chain is one this tool knows (a named OS) and that
 * defines none of Lambda's variables (LAMBDA_TASK_ROOT, LAMBDA_RUNTIME_DIR): not an AWS base, not a vendor image named
 * for Lambda, not a base given by an unresolved build argument.
 */
export function baseSetsNoLambdaVariables(stage: Stage): boolean {
  let s = stage;
  while (s.base.stage) s = s.base.stage;
  const kind = s.base.kind;
  return kind.kind === 'other' && kind.os !== undefined && s.base.expanded.unresolved.length === 0 && !lambdaNamedRepository(s.base.ref.repository);
}

function resolveDest(written: string, workdir: string | undefined): string {
  // An empty destination (a variable the base does not define, `${LAMBDA_TASK_ROOT}` on a non-AWS base) is the
  // working directory, as `./` is: "" is treated as current directory and not necessarily root (BuildKit,
  // frontend/dockerfile/dockerfile2llb/convert.go pathRelativeToWorkingDir).
  const dest = written === '' ? './' : written;
  if (dest.startsWith('/') || dest.startsWith('$')) return normalizePath(dest, dest.endsWith('/'));
  const base = workdir ?? '/';
  return normalizePath(`${base.replace(/\/$/, '')}/${dest}`, dest.endsWith('/') || dest === '.' || dest === './');
}

/**
 * A scratch stage whose first instruction copies the whole filesystem of another stage (FROM scratch, then
 * COPY --from=<stage> / /): that stage, whose files (its runtime, its caches) the scratch stage ships; else undefined.
 */
export function flattenedFrom(stage: Stage): Stage | undefined {
  if (!stage.base.scratch) return undefined;
  const copy = stage.instructions.find((i) => i.keyword !== 'ARG' && i.keyword !== 'LABEL')?.copy;
  return copy?.fromStage && copy.sources.length === 1 && copy.sources[0] === '/' && copy.dest.replace(/\/+$/, '') === '' ? copy.fromStage : undefined;
}

export function normalizePath(p: string, keepTrailing = false): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  const out = `/${parts.join('/')}`;
  return keepTrailing && out !== '/' ? `${out}/` : out;
}

/** Marks the stage and all it depends on, iteratively (a chain of 10,000 stages is no deeper than one). */
function markReachable(target: Stage): void {
  const todo = [target];
  for (let stage = todo.pop(); stage; stage = todo.pop()) {
    if (stage.reachesTarget) continue;
    stage.reachesTarget = true;
    for (const dep of stage.dependsOn) if (!dep.reachesTarget) todo.push(dep);
  }
}

/** The stages whose contents can end up in the target image (the target and what it copies from). */
export function stagesCopiedIntoTarget(model: DockerfileModel): Stage[] {
  return model.stages.filter((s) => s.reachesTarget);
}

/** The chain of FROM parents of a stage (itself first). */
export function stageLineage(stage: Stage): Stage[] {
  const out: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.base.stage) out.push(s);
  return out;
}

/**
 * The declarations of an ARG whose first word has no `=`: BuildKit reads every word as `name[=value]`
 * (`ARG A B=2 C` declares three, `ARG TOKEN # note` three names and no default: moby/buildkit
 * frontend/dockerfile/instructions/parse.go, parseArg); dockerfile-ast reads such a line as ENV's old
 * `NAME value` form, which ARG does not have.
 */
function argDeclarations(words: readonly string[]): Property[] {
  return words.map((w) => {
    const eq = w.indexOf('=');
    if (eq < 0) return { name: w, value: undefined };
    const raw = w.slice(eq + 1);
    const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0]);
    return { name: w.slice(0, eq), value: quoted ? raw.slice(1, -1) : raw };
  });
}

/** A flag as written: `--name`, or `--name=value`. */
export function flagText(f: Flag): string {
  return f.value === undefined ? `--${f.name}` : `--${f.name}=${f.value}`;
}

/**
 * The instruction as written with its flag `name` set to `value` (in place, or added after the others; the other flags
 * and the arguments kept): a fix a user can paste (`COPY --chown=app --chmod=755 bootstrap /var/runtime/`).
 */
export function withFlag(ins: Instruction, name: string, value: string, args = ins.text.trim()): string {
  const flags = ins.flags.map((f) => (f.name === name ? `--${name}=${value}` : flagText(f)));
  if (!ins.flags.some((f) => f.name === name)) flags.push(`--${name}=${value}`);
  return [ins.keyword, ...flags, args].join(' ');
}

/**
 * A word of an exec-form CMD or ENTRYPOINT that names variables (`$LAMBDA_RUNTIME_DIR/bootstrap`), which Docker passes
 * on as written: its first variable's name, and the word with each variable replaced by the value the stage's ENV gives
 * it (`known`: every one had a literal value). undefined when the word names no variable.
 */
export function envWritten(stage: Stage, word: string): { variable: string; value: string; known: boolean } | undefined {
  const ref = /\$(?:\{(\w+)\}|([A-Za-z_]\w*))/.exec(word);
  if (!ref) return undefined;
  let known = true;
  const value = word.replace(/\$(?:\{(\w+)\}|([A-Za-z_]\w*))/g, (_, a: string | undefined, b: string | undefined) => {
    const v = stage.env.get((a ?? b)!)?.value;
    if (v === undefined || v.includes('$')) known = false;
    return v ?? '';
  });
  return { variable: ref[1] ?? ref[2], value, known };
}

/** The absolute folders of a colon-separated path variable the stage sets (PYTHONPATH), trailing slashes dropped. */
export function envPathList(stage: Stage, name: string): string[] {
  return (stage.env.get(name)?.value ?? '').split(':').filter((p) => p.startsWith('/') && !p.includes('$')).map((p) => p.replace(/(.)\/+$/, '$1'));
}

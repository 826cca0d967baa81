/**
 * The runner: parse once, dispatch instructions to every enabled rule's visitor, then `end()`;
 * apply suppressions, configuration and severity overrides.
 */
import { dirname } from 'node:path';
import { parseDockerfile, type DockerfileModel, type Instruction } from '../dockerfile/model.js';
import type { ImageModel } from '../image/types.js';
import { initShell } from '../dockerfile/shell.js';
import { openContext, type BuildContext, type ContextCache } from '../dockerfile/context.js';
import { checkContext } from '../dockerfile/context-check.js';
import { judgesAsLambda, LAMBDA_CONTRACT_RULES } from '../lambda/evidence.js';
import { optionsOf, type Config } from './config.js';
import { interpolate, MissingFact, type ReportDescriptor, type Rule, type RuleContext, type RuleFacts } from './rule-kit.js';
import { factsFor, InputFacts } from './facts.js';
import { readPragmas } from './suppressions.js';
import { redactText } from '../core/redact.js';
import { SEVERITY_RANK, type Finding, type RelatedLocation, type Severity, type Span } from '../core/types.js';
import { applyImageConfig } from '../deploy/overrides.js';
import type { FunctionFacts } from '../deploy/types.js';

export interface LintOptions {
  /** Path shown in findings. */
  file?: string;
  /** Build context folder; default: the Dockerfile's folder. `null` = no context. */
  contextDir?: string | null;
  /**
   * The context folder is the build context by the user's word (--context, a template's DockerContext): sources
   * missing from it are missing, never a sign that the Dockerfile is built from another folder (LL002 wrongFolder).
   */
  contextGiven?: boolean;
  buildArgs?: Record<string, string>;
  target?: string;
  config?: Config;
  /** Extra ignores (codes or names), e.g. from --ignore. */
  ignore?: string[];
  now?: Date;
  /** The rules to run (the registry's, rules/registry.ts, when the Linter or src/linter/lint.ts call). */
  rules: readonly Rule[];
  /** Every known rule, for rule ids in the configuration and in pragmas (default: `rules`). */
  registry?: readonly Rule[];
  /**
   * The deploy configuration's function this Dockerfile builds: its ImageConfig overrides the target's CMD,
   * ENTRYPOINT and WORKDIR, its architecture is checked, and findings name it and point at its template too.
   */
  deploy?: FunctionFacts;
  /** The run's contexts: Dockerfiles of one run built from the same folder share its listing and reads. */
  contexts?: ContextCache;
}

/** A rule that threw: its findings so far are dropped, the other rules' findings are kept. */
export interface RuleError {
  code: string;
  name: string;
  message: string;
}

/** A rule that did not judge an input: a source of a fact it needs is missing (its findings are dropped). */
export interface RuleSkip {
  code: string;
  name: string;
  reason: string;
}

export interface LintResult {
  file: string;
  kind: 'dockerfile';
  findings: Finding[];
  /** Rules that failed on this input (an internal error of the rule, never of the input). */
  ruleErrors: RuleError[];
  /** Rules that did not judge this input (a fact they need has no source here). */
  skipped: RuleSkip[];
  model: DockerfileModel;
  /** The build context (read on first use); undefined when it cannot be read. */
  readonly context: BuildContext | undefined;
}

const finders = new WeakMap<readonly Rule[], { size: number; find: (id: string) => Rule | undefined }>();

/** Looks rule ids (code LL201 or name base-image-unpinned, any case) up in a list of rules (made once per list and length). */
export function ruleFinder(rules: readonly Rule[]): (id: string) => Rule | undefined {
  let made = finders.get(rules);
  if (!made || made.size !== rules.length) finders.set(rules, (made = { size: rules.length, find: makeRuleFinder(rules) }));
  return made.find;
}

function makeRuleFinder(rules: readonly Rule[]): (id: string) => Rule | undefined {
  const byId = new Map<string, Rule>();
  for (const r of rules) {
    byId.set(r.code.toUpperCase(), r);
    byId.set(r.name.toLowerCase(), r);
  }
  return (id) => byId.get(id.toUpperCase()) ?? byId.get(id.toLowerCase());
}

export async function lintDockerfile(text: string, options: LintOptions): Promise<LintResult> {
  await initShell();
  return lintDockerfileSync(text, options);
}

/** Lints a Dockerfile; `initShell()` must have completed. */
export function lintDockerfileSync(text: string, options: LintOptions): LintResult {
  const file = options.file ?? 'Dockerfile';
  const config = options.config ?? {};
  const buildArgs = { ...(config['build-args'] ?? {}), ...(options.buildArgs ?? {}) };
  const df = parseDockerfile(text, { file, buildArgs, target: options.target });
  if (options.deploy) applyImageConfig(df, options.deploy);
  const contextDir = options.contextDir === undefined ? (options.file ? dirname(options.file) : undefined) : options.contextDir;
  const getContext = checkedContext(df, lazyContext(contextDir ?? undefined, options.file, options.contexts), options.contextGiven === true);
  const { findings, ruleErrors, skipped } = runRules({ df, mode: 'dockerfile', file, getContext, options });
  return new DockerfileLintResult(file, findings, ruleErrors, skipped, df, getContext);
}

// Classes rather than object literals with getters: V8 gives each literal that carries its own getter
// closure a new hidden class (in the old generation), which cost garbage-collection time on every lint.
class DockerfileLintResult implements LintResult {
  readonly kind = 'dockerfile';
  constructor(
    readonly file: string,
    readonly findings: Finding[],
    readonly ruleErrors: RuleError[],
    readonly skipped: RuleSkip[],
    readonly model: DockerfileModel,
    private readonly getContext: () => BuildContext | undefined,
  ) {}
  get context(): BuildContext | undefined {
    return this.getContext();
  }
}

class RuleContextImpl implements RuleContext<string> {
  constructor(
    private readonly rule: Rule,
    readonly df: DockerfileModel,
    readonly target: DockerfileModel['target'],
    private readonly input: ImageModel | undefined,
    readonly mode: RunEnv['mode'],
    readonly now: Date,
    readonly config: Config,
    readonly options: Record<string, unknown>,
    readonly report: (d: ReportDescriptor<string>) => void,
    readonly facts: RuleFacts,
    readonly deploy: FunctionFacts | undefined,
    private readonly getContext: () => BuildContext | undefined,
  ) {}
  // Reading a source the rule's needs do not name is an error of the rule, as for ctx.facts (the rule tester fails on it).
  get context(): BuildContext | undefined {
    if (this.rule.needs.context !== true) throw new Error(`${this.rule.code} reads ctx.context but its needs.context is not true`);
    return this.getContext();
  }
  get image(): ImageModel | undefined {
    if (!this.rule.needs.image) throw new Error(`${this.rule.code} reads ctx.image but its needs.image is not set`);
    return this.input;
  }
}

/**
 * The build context as the rules see it: none when no literal COPY source is in the folder (it is then not this
 * Dockerfile's context, and every judgement that reads it would be wrong; LL002 says so once).
 */
export function checkedContext(df: DockerfileModel, get: () => BuildContext | undefined, explicit = false): () => BuildContext | undefined {
  return () => {
    const context = get();
    return context && checkContext(df, context, explicit).wrongFolder ? undefined : context;
  };
}

export function lazyContext(dir: string | undefined, dockerfile: string | undefined, cache?: ContextCache): () => BuildContext | undefined {
  let context: BuildContext | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      loaded = true;
      context = dir ? openContext(dir, dockerfile, cache) : undefined;
    }
    return context;
  };
}

/** How the rules see the input. */
export interface RunEnv {
  df: DockerfileModel;
  /**
   * dockerfile: a Dockerfile alone; history: the Dockerfile rebuilt from an image's history (only rules
   * with `needs.history` judge it); image: a Dockerfile given with the image it built (both evidences).
   */
  mode: 'dockerfile' | 'history' | 'image' | 'deploy';
  /** Path shown for Dockerfile findings. */
  file: string;
  getContext: () => BuildContext | undefined;
  options: LintOptions;
  image?: ImageModel;
  /** Path shown for image findings (the image input). */
  imageFile?: string;
  /** Where a Dockerfile (or history) instruction came from, for history findings. */
  historyOf?: (ins: Instruction) => { layer?: number; instruction: string } | undefined;
  /** The Dockerfile instruction that produced a layer, when known. */
  instructionOfLayer?: (layer: number) => Instruction | undefined;
}

export interface RunResult {
  findings: Finding[];
  ruleErrors: RuleError[];
  /** Rules that did not judge this input because a fact they need has no source here (see MissingFact). */
  skipped: RuleSkip[];
}

/**
 * Runs every enabled rule over one input: instructions, end, then the image. Returns sorted findings.
 * Each rule runs behind a guard: a rule that throws is reported once (ruleErrors) and stops visiting;
 * the findings it made are dropped and the other rules' findings are kept.
 */
export function runRules(env: RunEnv): RunResult {
  const { df, options } = env;
  const config = options.config ?? {};
  const findRule = ruleFinder(options.registry ?? options.rules);
  const ignored = new Set<string>();
  for (const id of [...(config.ignore ?? []), ...(options.ignore ?? [])]) {
    const r = findRule(id);
    if (r) ignored.add(r.code);
  }
  const overrides = new Map<string, Severity | 'off'>();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    const r = findRule(id);
    if (r) overrides.set(r.code, sev);
  }

  const pragmas = env.mode === 'history' ? [] : readPragmas(df);
  for (const p of pragmas) {
    for (const id of p.ids) {
      const r = findRule(id);
      if (!r) {
        const col = (df.lines[p.line - 1] ?? '').indexOf(id) + 1;
        df.problems.push({ messageId: 'unknownPragmaId', span: { line: p.line, column: col || 1, endLine: p.line, endColumn: (col || 1) + id.length }, data: { id } });
      } else if (p.global) ignored.add(r.code);
    }
  }

  const findings: Finding[] = [];
  const now = options.now ?? new Date();
  const rules = options.rules;
  // The visitors' functions, gathered once: the loops below then call functions instead of looking up a
  // method on twenty differently shaped visitor objects for every instruction. Visitors do not use `this`.
  const ruleErrors: RuleError[] = [];
  const skipped: RuleSkip[] = [];
  const failed = new Set<string>();
  const inputFacts = new InputFacts(df, env.image, env.getContext);
  const { fail, guard } = ruleGuards(failed, skipped, ruleErrors);
  const onInstruction: ((ins: Instruction) => void)[] = [];
  const onEnd: (() => void)[] = [];
  const onImage: ((image: ImageModel) => void)[] = [];
  const imageLocation = { file: env.imageFile ?? env.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  // A Dockerfile with no sign of Lambda is not judged against the Lambda runtime contract (LL100 says so).
  let lambda: boolean | undefined;
  const isLambda = () => (lambda ??= judgesAsLambda(df, env.getContext(), options.deploy ? true : config.lambda, env.mode === 'deploy' ? 'dockerfile' : env.mode));
  for (const rule of rules) {
    if (ignored.has(rule.code) || overrides.get(rule.code) === 'off') continue;
    if (env.mode === 'deploy' && !rule.needs.deploy) continue;
    if ((LAMBDA_CONTRACT_RULES.has(rule.code) || rule.needs.lambda === true) && !isLambda()) continue;
    const dockerfileEvidence = env.mode !== 'history' || rule.needs.history === true;
    if (!dockerfileEvidence && !(env.image && rule.needs.image)) continue;
    const report = makeReporter(rule, env, overrides, imageLocation, findings);
    const ctx = new RuleContextImpl(rule, df, df.target, env.image, env.mode, now, config, optionsOf(rule, config), report, factsFor(rule, inputFacts), options.deploy, env.getContext);
    let visitor: ReturnType<Rule['create']> | undefined;
    try {
      visitor = rule.create(ctx);
    } catch (e) {
      fail(rule, e);
    }
    if (!visitor) continue;
    if (dockerfileEvidence && visitor.instruction) onInstruction.push(guard(rule, visitor.instruction));
    if (dockerfileEvidence && visitor.end) onEnd.push(guard<void>(rule, visitor.end));
    if (visitor.image) onImage.push(guard(rule, visitor.image));
  }
  if (env.mode !== 'deploy') for (const ins of df.instructions) for (const visit of onInstruction) visit(ins);
  for (const end of onEnd) end();
  if (env.image) for (const visit of onImage) visit(env.image);
  const kept = failed.size ? findings.filter((f) => !failed.has(f.code)) : findings;

  // Next-instruction pragmas.
  const suppressed = (f: Finding) =>
    f.location.file === env.file &&
    pragmas.some(
      (p) =>
        !p.global &&
        p.instruction &&
        f.location.line >= p.instruction.span.line &&
        f.location.line <= p.instruction.span.endLine &&
        p.ids.some((id) => findRule(id)?.code === f.code),
    );
  const shown = kept.filter((f) => !suppressed(f));
  shown.sort(
    (a, b) =>
      ordinal(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      ordinal(a.code, b.code),
  );
  const result = dedupe(shown);
  if (options.deploy) for (const f of result) relate(f, options.deploy, env);
  return { findings: result, ruleErrors, skipped };
}

/** How a rule that throws is recorded (skipped for a missing fact, else a rule error), and the guard around its visitors. */
function ruleGuards(failed: Set<string>, skipped: RuleSkip[], ruleErrors: RuleError[]) {
  const fail = (rule: Rule, e: unknown) => {
    failed.add(rule.code);
    if (e instanceof MissingFact) skipped.push({ code: rule.code, name: rule.name, reason: e.reason });
    else ruleErrors.push({ code: rule.code, name: rule.name, message: redactText(String((e as Error)?.message ?? e).split('\n')[0]) });
  };
  // One argument at most, passed as is: a rest parameter and a spread on every visit cost more than the visit in
  // code that is not optimised yet (a CLI run over a few files).
  const guard = <A>(rule: Rule, fn: (arg: A) => void) => (arg: A) => {
    if (failed.size > 0 && failed.has(rule.code)) return;
    try {
      fn(arg);
    } catch (e) {
      fail(rule, e);
    }
  };
  return { fail, guard };
}

/** The `report` a rule's context offers: message, severity override, redaction and location of one finding. */
function makeReporter(rule: Rule, env: RunEnv, overrides: Map<string, Severity | 'off'>, imageLocation: Finding['location'], findings: Finding[]): (d: ReportDescriptor<string>) => void {
  return (d: ReportDescriptor<string>) => {
    const spec = rule.messages[d.messageId];
    if (!spec) throw new Error(`${rule.code}: unknown messageId ${d.messageId}`);
    // Never print a secret: whatever a rule quotes from the source goes through the redactor.
    let data: Record<string, string | number> | undefined;
    if (d.data) {
      data = {};
      for (const k in d.data) {
        const v = d.data[k];
        data[k] = typeof v === 'string' ? redactText(v) : v;
      }
    }
    const override = overrides.get(rule.code);
    const severity: Severity = override && override !== 'off' ? override : (d.severity ?? spec.severity ?? rule.severity);
    let message = interpolate(spec.text, data);
    let location: Finding['location'];
    let source = d.source ?? 'dockerfile';
    let layer = d.layer;
    const at = d.at;
    if (at && 'file' in at) {
      location = { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
    } else if (at && 'keyword' in at && at.origin) {
      // A setting the deploy configuration gives (ImageConfig): the finding is on the template line.
      location = { ...at.origin.location };
      message += ` (${at.origin.label})`;
    } else if (source === 'dockerfile' && env.mode === 'history') {
      // A finding on the rebuilt Dockerfile: say which history entry it comes from.
      const origin = at && 'keyword' in at ? env.historyOf?.(at) : undefined;
      source = 'image-history';
      layer = origin?.layer;
      location = imageLocation;
      if (origin) message += ` (from the image history${origin.layer !== undefined ? `, layer ${origin.layer + 1}` : ''}: ${quoteHistory(origin.instruction)})`;
    } else if (source !== 'dockerfile') {
      // Image evidence: on the Dockerfile line that made the layer when known, else on the image.
      const ins = at && 'keyword' in at ? at : layer !== undefined ? env.instructionOfLayer?.(layer) : undefined;
      location = ins ? { file: env.file, ...ins.span } : at && !('keyword' in at) ? { file: env.file, ...at } : imageLocation;
    } else {
      location = { file: env.file, ...toSpan(at) };
    }
    findings.push({
      code: rule.code,
      name: rule.name,
      messageId: d.messageId,
      severity,
      message,
      location,
      source,
      ...(layer !== undefined ? { layer } : {}),
      fix: spec.fix ? interpolate(spec.fix, data) : undefined,
      docsUrl: rule.docsUrl,
    });
  };
}

/** A function's finding names the function and carries both places: the template and the Dockerfile. */
function relate(f: Finding, fn: FunctionFacts, env: RunEnv): void {
  f.function = fn.id;
  const related: RelatedLocation[] = [];
  if (f.location.file !== fn.at.file || f.location.line !== fn.at.line) related.push({ ...fn.at, message: `function ${fn.id}` });
  const from = env.df.target?.fromInstruction;
  if (f.location.file !== env.file && env.mode !== 'deploy' && from) related.push({ file: env.file, ...from.span, message: 'the Dockerfile that builds the image' });
  if (related.length > 0) f.related = related;
}

/**
 * A rebuilt history instruction, safe to print: ARG, ENV and LABEL values are hidden (a build arg's value is
 * what the rule is about, and a password need not look like a known token), known tokens redacted, shortened.
 */
function quoteHistory(instruction: string): string {
  let t = instruction.replace(/\s+/g, ' ').trim();
  if (/^(ARG|ENV|LABEL)\s/i.test(t)) t = t.replace(/=("[^"]*"|'[^']*'|\S*)/g, '=…');
  t = redactText(t);
  return t.length > 100 ? `${t.slice(0, 97)}...` : t;
}

/** Code-unit order: stable across locales, and much cheaper than localeCompare (ICU collation). */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.location.file}|${f.location.line}|${f.location.column}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toSpan(at: Instruction | Span | undefined): Span {
  if (!at) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if ('keyword' in at) return at.span;
  return at;
}

/**
 * defineRule: one factory for every rule. A rule is metadata (code, name, docs, messages, needs)
 * plus a visitor created per input.
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import type { BuildContext } from '../dockerfile/context.js';
import type { Config, RuleOptionSpec } from './config.js';
import type { BodyNeed } from '../image/needs.js';
import type { ImageModel } from '../image/types.js';
import type { HistoryLine } from '../image/history.js';
import type { Estimates } from '../estimate/types.js';
import type { StageEnv } from './env.js';
import type { EvidenceSource, Location, Severity, Span } from '../core/types.js';
import type { FunctionFacts } from '../deploy/types.js';
import type { ContextCheck } from '../dockerfile/context-check.js';
import type { LambdaContract } from '../lambda/contract.js';
import type { LambdaEvidence } from '../lambda/evidence.js';
import { docsUrlFor } from '../core/types.js';

// The model's helpers that rules call: a rule imports values from the kit (and knowledge, and the ground floor)
// only; facts that take an analysis (lineage, contract, estimates, history) come from its context.
export { commandName, isShell } from '../dockerfile/shell.js';
export { expand, expandWord } from '../dockerfile/vars.js';
export { envPathList, envWritten, copyExcludes, execArray, flagText, flattenedFrom, intendedExec, normalizePath, parentsLanding, withFlag } from '../dockerfile/model.js';
export { cacheMountTargets, installs, managerCommand, managerCommands, mountOptions, removedPaths } from '../dockerfile/commands.js';
// The image bodies the Lambda-contract rules declare in needs.image.bodies (executable headers, handler modules).
export { EXEC_HEADER_NEED, HANDLER_BODY_NEED } from '../lambda/image-contract.js';
// Whether a deploy function's ImageConfig override is unresolved (the Lambda-contract rules then do not judge it).
export { overrideUnresolved } from '../deploy/types.js';
// What an ENTRYPOINT starts with its CMD (a bare shell runs CMD's script).
export { entrypointLaunchArgv } from '../lambda/launch.js';

export interface MessageSpec {
  /** Message text with {{placeholders}}. */
  text: string;
  /** Severity of findings with this message (defaults to the rule's severity). */
  severity?: Severity;
  /** How to fix it, with {{placeholders}}. */
  fix?: string;
  /** The message reports evidence found only in a built image (the Dockerfile alone never shows it). */
  evidence?: 'image';
}

/** An example input for the docs: a Dockerfile and, optionally, files of its build context. */
export interface RuleExample {
  dockerfile: string;
  context?: Record<string, string>;
}

/**
 * A knowledge table shown in the rule's doc page, rendered by the docs generator from the table itself (rows are
 * computed when the docs are generated, never at lint time), so the page cannot drift from what the rule uses.
 */
export interface DocTable {
  /** Section title, e.g. "Token kinds". */
  title: string;
  /** One or two sentences above the table: what the rows are and where they come from. */
  intro?: string;
  columns: string[];
  rows(): string[][];
}

export interface RuleDocs {
  what: string;
  why: string;
  bad: RuleExample;
  good: RuleExample;
  references: string[];
  /** Knowledge tables the page lists (generated; the prose refers to them by title instead of copying them). */
  tables?: DocTable[];
}

/** The facts a rule's context computes on first use and shares between rules (needs.facts names them). */
export type FactName = 'lineage' | 'estimates' | 'history' | 'lambda' | 'lambdaEvidence' | 'contextCheck' | 'env';
export type { EnvVar, StageEnv } from './env.js';

export interface RuleFacts {
  /** The stages that ship: the target and the stages it is built FROM, target first (empty without a FROM). */
  readonly lineage: readonly Stage[];
  /** A stage and the stages it is built FROM, the stage first. */
  lineageOf(stage: Stage): Stage[];
  /**
   * Size and cold-start estimates as typed data (contributions with kinds and lines): of the built image when
   * the input has one, else of the Dockerfile's target with its build context. Missing when they cannot be made.
   */
  readonly estimates: Estimates;
  /** The image's history, one line per entry with the layer it made. Missing without an image. */
  readonly history: readonly HistoryLine[];
  /**
   * The Lambda runtime contract: the Dockerfile evidence of the target stage (`dockerfile`: clients, files,
   * launches) and, when an image is linted, the image evidence (`image`: Entrypoint + Cmd, clients, handler).
   */
  readonly lambda: LambdaContract;
  /** Signs that the Dockerfile targets Lambda (an AWS base image, a runtime client, a handler CMD ...); empty when none. */
  readonly lambdaEvidence: readonly LambdaEvidence[];
  /**
   * (needs.facts 'lambdaEvidence') The target is built on a Lambda base image but reads as an image that only
   * borrows it (a test, build, tool or zip packaging image: see src/lambda/evidence.ts): the base and what shows it.
   * lambdaEvidence is then empty.
   */
  readonly borrowedBase: { base: string; why: string; server?: true } | undefined;
  /** The build context checked against the literal COPY/ADD sources; undefined when no context was read. */
  readonly contextCheck: ContextCheck | undefined;
  /**
   * The environment the target's process starts with: the built image's config Env when the input has the image,
   * else the Dockerfile's (inherited through FROM <stage> and an AWS base's documented variables, ENV values
   * expanded as Docker does; see `complete` for what a base image may add unseen).
   */
  readonly env: StageEnv;
  /** A stage's environment at its end (the target's is `env`). */
  envOf(stage: Stage): StageEnv;
}

/**
 * Thrown by a fact whose source is missing (no image, no estimate): the runner records the rule as skipped
 * for this input, which is an outcome, not an error.
 */
export class MissingFact extends Error {
  constructor(
    readonly fact: FactName,
    readonly reason: string,
  ) {
    super(`${fact}: ${reason}`);
  }
}

export interface RuleNeeds {
  /** Facts the rule reads from ctx.facts; reading one that is not named here is an error of the rule. */
  facts?: FactName[];
  /** The Dockerfile model. */
  dockerfile?: boolean;
  /** Files of the build context (COPY sources, .dockerignore, requirements.txt ...). */
  context?: boolean;
  /**
   * The rule's instruction evidence also holds for a Dockerfile rebuilt from an image's history (what RUN,
   * ENV, COPY did), not only for a real Dockerfile (base image, build context).
   */
  history?: boolean;
  /**
   * The rule judges built images: its `image` visitor runs; `bodies` are the file contents it reads; `secrets`
   * asks the reader to scan every text file of the image's own layers for credentials (image.secrets).
   */
  image?: { bodies?: BodyNeed[]; secrets?: boolean };
  /**
   * The rule judges a deploy configuration's function (`ctx.deploy`), also when the function names no Dockerfile
   * (an image deployed by URI): then only such rules run, and only their `end()`.
   */
  deploy?: boolean;
  /**
   * The rule judges Lambda images only (a Lambda limit or a Lambda cold-start model): like the Lambda-contract
   * rules, it is silent on a Dockerfile that shows no sign of Lambda (LL100 says so) unless configuration says
   * `lambda: true`. Built images and deploy configurations are always Lambda inputs.
   */
  lambda?: boolean;
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Where: an instruction, a span, a place in another file (a template), or nothing (line 1). */
  at?: Instruction | Span | Location;
  severity?: Severity;
  source?: EvidenceSource;
  /** For image evidence: the layer the evidence sits in (mapped to its Dockerfile line when known). */
  layer?: number;
}

export interface RuleContext<M extends string> {
  df: DockerfileModel;
  /** The target stage (the one built); undefined when the file has no FROM. */
  target: Stage | undefined;
  /** The build context, when it could be read (declare `needs.context`: reading it otherwise is an error of the rule). */
  context: BuildContext | undefined;
  /** "Today", for date-driven rules. */
  now: Date;
  /** The effective configuration (.lint-lambda-image.yaml and flags). */
  config: Config;
  /** The values of the options this rule owns (its `options`), defaults applied. */
  options: Record<string, unknown>;
  /** The built image, when the input is one (declare `needs.image`: reading it otherwise is an error of the rule). */
  image: ImageModel | undefined;
  /**
   * dockerfile: a Dockerfile; history: rebuilt from an image's history; image: a Dockerfile with its image;
   * deploy: a function of a deploy configuration without a Dockerfile (only rules with `needs.deploy` run).
   */
  mode: 'dockerfile' | 'history' | 'image' | 'deploy';
  /** Facts computed on first use (declare them in needs.facts). */
  facts: RuleFacts;
  /** The deploy configuration's function this Dockerfile builds, when the input is one (SAM, CDK, Terraform ...). */
  deploy: FunctionFacts | undefined;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface DockerfileVisitor {
  instruction?(ins: Instruction): void;
  end?(): void;
  /** Image evidence, after the image was read (rules with `needs.image`). */
  image?(image: ImageModel): void;
}

export interface RuleDefinition<M extends string> {
  code: string;
  name: string;
  /** The highest severity the rule reports with by default. */
  severity: Severity;
  since: string;
  /** Peers' checks this rule covers, e.g. "hadolint DL3009". */
  sameAs?: string[];
  /** Security rules carry a SARIF security-severity (0.0 - 10.0). */
  securitySeverity?: number;
  needs: RuleNeeds;
  /** Configuration keys this rule owns: schema, default and description (the config schema is built from them). */
  options?: Record<string, RuleOptionSpec>;
  docs: RuleDocs;
  messages: Record<M, MessageSpec>;
  create(ctx: RuleContext<M>): DockerfileVisitor;
}

export interface Rule<M extends string = string> extends RuleDefinition<M> {
  docsUrl: string;
}

export function defineRule<const M extends string>(definition: RuleDefinition<M>): Rule<M> {
  if (!/^LL\d{3}$/.test(definition.code)) throw new Error(`rule code ${definition.code} must be LL + 3 digits`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.name)) throw new Error(`rule name ${definition.name} must be kebab-case`);
  return { ...definition, docsUrl: docsUrlFor(definition.code) };
}

/** Message templates (rule metadata, so a bounded set) split once: [text, placeholder, key, text, ..., text]. */
const TEMPLATES = new Map<string, string[]>();

/** Replaces {{name}} placeholders; a placeholder without data stays as written. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  let parts = TEMPLATES.get(template);
  if (!parts) {
    // split() keeps what the capturing groups match: each placeholder as written, then its key.
    parts = template.split(/(\{\{\s*(\w+)\s*\}\})/);
    TEMPLATES.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1];
    out += (data && key in data ? String(data[key]) : parts[i]) + parts[i + 2];
  }
  return out;
}

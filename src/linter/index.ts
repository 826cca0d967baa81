/**
 * The Linter: the one lint loop that every front end uses (the CLI, the GitHub Action, code that embeds
 * the tool). It owns configuration discovery, thresholds, estimates and per-input error handling: an input
 * that cannot be linted becomes one error entry naming it, and the other inputs are still linted.
 */
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { Chalk } from 'chalk';
import pkg from '../../package.json' with { type: 'json' };
import { pathWithin } from '../core/paths.js';
import { inputLine, redactDeep } from '../core/redact.js';
import { attachStack, unexpectedProblem } from '../core/unexpected.js';
import { ConfigError, findConfig, loadConfig, type Config } from '../engine/config.js';
import type { Rule } from '../engine/rule-kit.js';
import { RULES } from '../../rules/registry.js';
import { lintDockerfileSync, type LintOptions, type LintResult, type RuleError } from '../engine/runner.js';
import { initShell, shellParserMissed, shellReady } from '../dockerfile/shell.js';
import { ContextCache } from '../dockerfile/context.js';
import { atLeast, type Threshold } from '../core/types.js';
import { estimatesForDockerfile, reportEstimates } from '../estimate/index.js';
import { judgesAsLambda } from '../lambda/evidence.js';
import { FORMATS } from '../report/formats.js';
import { dedupeErrors, dedupeSharedDockerfiles, pairCdkSources } from './report-dedupe.js';
import type { InputError, Report, TargetReport } from '../report/types.js';
import { InputProblem, readDockerfileText, readInput, sniffBuffer, sniffStream, type LoadedInput } from './inputs.js';
import { sniffDeploy, type DeployInput } from '../deploy/sniff.js';
import { DeployConfigError } from '../deploy/types.js';

export { InputProblem as LintInputError } from './inputs.js';

export interface LinterOptions {
  /** Folder that relative paths are read from, and where configuration discovery starts for text; default process.cwd(). */
  cwd?: string;
  /**
   * A configuration object (used as is), the path of a configuration file, or nothing: the
   * `.lint-lambda-image.yaml` (`.yml`, `.json`) found upward from each input.
   */
  config?: Config | string;
  /** The rules to run (default: all of them). */
  rules?: readonly Rule[];
  /** "Today", for date-driven rules (runtime deprecation dates). */
  now?: Date;
  /** Rules to turn off, by code or name (added to the configuration's `ignore`). */
  ignore?: string[];
  /** Build arguments (override the configuration's `build-args`). */
  buildArgs?: Record<string, string>;
  /** Lowest severity that fails a run (overrides the configuration's `failure-threshold`; default error). */
  failureThreshold?: Threshold;
  /** The stage to lint, as `docker build --target` builds it (default: the last stage). */
  target?: string;
  /** Judge every Dockerfile as a Lambda image (true) or never (false); overrides the configuration's `lambda`. */
  lambda?: boolean;
  /**
   * A folder that the Dockerfiles and build contexts named by deploy configurations must stay inside (the
   * Action's workspace: a pull request controls its templates). A function naming one outside is an error, not read.
   */
  confineTo?: string;
  /**
   * Worker threads for lintFiles (as ESLint's `concurrency`): a number of threads in all, this one included;
   * `off` (or 1, the default, as in ESLint's API: a program that embeds the library starts no thread it did not
   * ask for): this thread alone; `auto` (the CLI's default): one worker per AUTO_FILES_PER_THREAD Dockerfiles read
   * from files, up to the processors available less one (none for fewer Dockerfiles, or on one processor). Images,
   * deploy configurations and standard input are always linted on this thread; the report is the same either way.
   */
  concurrency?: number | 'auto' | 'off';
}

export interface LintTextOptions {
  /** Path shown in findings; configuration discovery starts there and the build context defaults to its folder. */
  filePath?: string;
  /** Build context folder (default: the Dockerfile's folder when filePath is given); null: no build context. */
  contextDir?: string | null;
}

/** Progress of reading an image's layers. */
export interface ImageProgress {
  layer: number;
  layers: number;
  uncompressed: number;
}

export interface LintImageOptions {
  /** Name shown for the image (default: the path, or `<stdin>` for a stream). */
  filePath?: string;
  /** Path of the Dockerfile the image was built from: findings on its lines, Dockerfile evidence. */
  dockerfile?: string;
  /** Build context folder (default: the Dockerfile's folder); null: no build context. */
  contextDir?: string | null;
  /** The image to lint in an archive that holds several (name:tag). */
  image?: string;
  /** The platform to lint in a multi-platform index (linux/arm64). */
  platform?: string;
  onProgress?: (progress: ImageProgress) => void;
}

export interface LintFilesOptions extends Omit<LintImageOptions, 'filePath' | 'onProgress'> {
  /** Read every path as an image (default: Dockerfiles and images are told apart by their content). */
  as?: 'image';
  /** Reads standard input, for the path `-` (a Dockerfile or an image archive). */
  readStdin?: () => Promise<Uint8Array>;
  /**
   * Standard input as a stream, for the path `-` (preferred over readStdin: an image archive is streamed to a
   * temporary file, never held in memory; an oversized Dockerfile is refused without reading it all).
   */
  stdin?: () => AsyncIterable<Uint8Array>;
  /** Name shown for standard input (default `<stdin>`). */
  stdinFilename?: string;
  /** Progress of reading an image input; called with null when that input is done. */
  onProgress?: (file: string, progress: ImageProgress | null) => void;
}

export interface FormatOptions {
  /** ANSI colours (stylish); default false. */
  color?: boolean;
  /** Errors and what fails the run only (stylish); says what was hidden. */
  quiet?: boolean;
  /** Size and cold-start estimates in stylish: the full block, one line, or none (default: full). */
  estimates?: 'full' | 'compact' | 'none';
  /** Folder that paths are shown relative to (sarif, github, checkstyle, gitlab); default the Linter's cwd. */
  cwd?: string;
}

export type Formatter = (report: Report, options?: FormatOptions) => string;

/** A rule's internal failure, as the report's error entry says it. */
function ruleErrorEntry(file: string, e: RuleError): InputError {
  return { file, message: `internal error in rule ${e.code} (${e.name}): ${e.message}; the other rules' findings are kept` };
}

export class Linter {
  readonly cwd: string;
  readonly version: string = pkg.version;
  private readonly options: LinterOptions;
  private readonly thresholds = new WeakMap<TargetReport, Threshold>();
  private readonly ruleErrors = new WeakMap<TargetReport, InputError[]>();
  /** Folder -> the configuration file that applies there (null: none), found once per Linter (as ESLint caches its lookups). */
  private readonly configFiles = new Map<string, string | null>();
  /** Configuration file -> its validated content, read once per Linter. */
  private readonly configs = new Map<string, Promise<Config>>();

  constructor(options: LinterOptions = {}) {
    const c = options.concurrency;
    if (c !== undefined && c !== 'auto' && c !== 'off' && !(Number.isInteger(c) && c >= 1)) throw new TypeError(`concurrency must be a whole number of threads (1 or more), "auto" or "off"; got ${String(c)}`);
    this.options = options;
    this.cwd = resolve(options.cwd ?? process.cwd());
  }

  /** The configuration file that applies to a file (null: none) and the effective configuration, flags included. */
  async configFor(filePath?: string): Promise<{ file: string | null; config: Config }> {
    return this.single(filePath ?? this.cwd, async () => {
      const c = this.options.config;
      if (c && typeof c === 'object') return { file: null, config: this.effective(c) };
      const file = typeof c === 'string' ? c : (findConfig(filePath ? this.at(filePath) : this.cwd, this.configFiles) ?? null);
      return { file, config: this.effective(file ? await this.load(file) : {}) };
    });
  }

  /**
   * Lints a Dockerfile's text: one target report. Throws LintInputError (file, detail) for a configuration
   * that cannot be used. A rule that fails is left out of the findings and named by errorsOf(target).
   */
  async lintText(text: string, options: LintTextOptions = {}): Promise<TargetReport> {
    return this.single(options.filePath ?? 'Dockerfile', () => this.dockerfileTarget(text, options).then((r) => this.keep(r)));
  }

  /**
   * Lints an image: a docker save or OCI archive or an OCI layout folder (path), or an archive's bytes or
   * stream. Throws LintInputError (file, detail) for an input that is not a readable image.
   */
  async lintImage(source: string | Uint8Array | AsyncIterable<Uint8Array>, options: LintImageOptions = {}): Promise<TargetReport> {
    return this.single(options.filePath ?? (typeof source === 'string' ? source : '<stdin>'), () => this.imageTarget(source, options).then((r) => this.keep(r)));
  }

  /** The rules that failed on a target of lintText or lintImage (internal errors; lintFiles lists them in `errors`). */
  errorsOf(target: TargetReport): InputError[] {
    return this.ruleErrors.get(target) ?? [];
  }

  /**
   * Lints files (Dockerfiles and images, told apart by their content; `-` is standard input). An input that
   * cannot be linted is one entry of `errors`, naming it; the other inputs are still linted. With many
   * Dockerfiles, worker threads lint a share of them (the `concurrency` option); the report is the same.
   */
  async lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<Report> {
    // One run: Dockerfiles built from the same folder share its listing (a later call lists it again).
    const contexts = new ContextCache();
    if (loadsShellEarly(paths.length) && !shellReady()) initShell().catch(() => undefined);
    const parts = (await this.lintShared(paths, options, contexts)) ?? [];
    const report: Report = { targets: [], errors: [] };
    for (let i = 0; i < paths.length; i++) {
      const part = parts[i] ?? (await this.lintInput(paths[i], options, contexts));
      report.targets.push(...part!.targets);
      report.errors.push(...part!.errors);
      if (part!.unchecked?.length) (report.unchecked ??= []).push(...part!.unchecked);
    }
    dedupeErrors(report, this.cwd);
    dedupeDeployReads(report, this.cwd);
    // A Dockerfile that a deploy configuration's function builds is reported once, as that function (a Terraform
    // folder's input brings the Dockerfiles under it too).
    const built = new Set(report.targets.flatMap((t) => (t.function?.dockerfile ? [resolve(this.cwd, t.function.dockerfile)] : [])));
    if (built.size) report.targets = report.targets.filter((t) => t.kind !== 'dockerfile' || !built.has(resolve(this.cwd, t.file)));
    if (built.size) {
      pairCdkSources(report, this.cwd);
      dedupeSharedDockerfiles(report, this.cwd);
    }
    return report;
  }

  /**
   * One input of lintFiles: its targets (thresholds kept) and errors. With `dockerfilesOnly` (a worker thread's
   * share), an input that turns out not to be a Dockerfile read from a file is not linted: undefined.
   * @internal
   */
  async lintInput(path: string, options: LintFilesOptions, contexts: ContextCache, dockerfilesOnly = false): Promise<Report | undefined> {
    const part: Report = { targets: [], errors: [] };
    try {
      const deploy = path !== '-' && options.as !== 'image' ? sniffDeploy(this.at(path)) : undefined;
      if (deploy) {
        if (dockerfilesOnly) return undefined;
        await this.deployTargets(path, deploy, part);
        return part;
      }
      const loaded = await this.load_(path, options);
      if (dockerfilesOnly && (loaded.kind !== 'dockerfile' || !loaded.path)) return undefined;
      const { target, ruleErrors } =
        loaded.kind === 'dockerfile'
          ? // Standard input has no folder: no build context unless one is given.
            await this.dockerfileTarget(loaded.text, { filePath: loaded.name, contextDir: options.contextDir !== undefined ? options.contextDir : loaded.path ? undefined : null }, contexts)
          : await this.imageInput(loaded, options);
      part.targets.push(target);
      for (const e of ruleErrors) part.errors.push(ruleErrorEntry(target.file, e));
    } catch (e) {
      part.errors.push(inputError(e, path === '-' ? (options.stdinFilename ?? '<stdin>') : path));
    }
    return part;
  }

  /**
   * The Dockerfiles of a run linted by this thread and worker threads together (src/linter/parallel.ts), each
   * input's part at its index; undefined when the run is linted here alone (few Dockerfiles, one core,
   * concurrency off, rules given as code, or no built worker entry: the sources run under a test runner).
   */
  private async lintShared(paths: readonly string[], options: LintFilesOptions, contexts: ContextCache): Promise<(Report | undefined)[] | undefined> {
    const { concurrency = 'off', rules } = this.options;
    if (concurrency === 'off' || concurrency === 1 || rules !== undefined || options.as === 'image') return undefined;
    // No input is looked at when the run is too small for a worker (or there is one processor).
    if (workerCount(concurrency, paths.length) < 1) return undefined;
    // Inputs a worker may take: files that are not deploy configurations (an image among them comes back here).
    const shared: number[] = [];
    for (let i = 0; i < paths.length; i++) if (paths[i] !== '-' && !sniffDeploy(this.at(paths[i]))) shared.push(i);
    const workers = workerCount(concurrency, shared.length);
    if (workers < 1) return undefined;
    const { lintTogether } = await import('./parallel.js');
    return lintTogether({
      paths,
      shared,
      workers,
      linterOptions: { ...this.options, cwd: this.cwd, concurrency: 'off' },
      contextDir: options.contextDir,
      lintHere: async (i) => (await this.lintInput(paths[i], options, contexts))!,
      adopt: (target, threshold) => this.thresholds.set(target, threshold),
    });
  }

  /**
   * Whether the configuration that applies to a file leaves it out (`exclude`: globs relative to the
   * configuration file's folder; with a configuration object, relative to the Linter's cwd).
   */
  async isExcluded(filePath: string): Promise<boolean> {
    const { file, config } = await this.configFor(filePath);
    if (!config.exclude?.length) return false;
    const { excludeMatcher } = await import('./discover.js');
    return excludeMatcher(config.exclude, file ? dirname(resolve(this.cwd, file)) : this.cwd)(resolve(this.cwd, filePath));
  }

  /** The failure threshold that applies to a target of this Linter. */
  thresholdOf(target: TargetReport): Threshold {
    return this.thresholds.get(target) ?? this.options.failureThreshold ?? 'error';
  }

  /** A report's exit status: 2 when an input could not be linted, 1 for findings at or above a target's threshold, else 0. */
  exitCode(report: Report): 0 | 1 | 2 {
    if (report.errors.length > 0) return 2;
    return report.targets.some((t) => this.fails(t)) ? 1 : 0;
  }

  /** Whether a target has findings at or above the failure threshold that applies to it. */
  fails(target: TargetReport): boolean {
    const threshold = this.thresholdOf(target);
    return target.findings.some((f) => atLeast(f.severity, threshold));
  }

  /** An output format by name: stylish, json, sarif, github, checkstyle, gitlab. Throws for an unknown name. */
  loadFormatter(name: string): Formatter {
    const format = FORMATS[name];
    if (!format) throw new Error(`unknown format "${name}"; use one of ${Object.keys(FORMATS).join(', ')}`);
    // The redaction boundary for every format: no string of the report reaches the output unredacted.
    return (report, o = {}) => {
      // Per target, before redaction copies the targets: quiet shows what fails the run.
      const thresholds = report.targets.map((t) => this.thresholdOf(t));
      const ctx = { chalk: new Chalk({ level: o.color ? 1 : 0 }), toolVersion: this.version, quiet: o.quiet, cwd: o.cwd ?? this.cwd, thresholds, estimates: o.estimates };
      if (name !== 'stylish') return format(redactDeep(report), ctx);
      // Stylish walks the report's strings itself (only those it prints): redaction goes into that one walk.
      return format(report, { ...ctx, text: inputLine });
    };
  }

  /** The names of the output formats. */
  static formats(): string[] {
    return Object.keys(FORMATS);
  }

  private keep({ target, ruleErrors }: { target: TargetReport; ruleErrors: RuleError[] }): TargetReport {
    if (ruleErrors.length) this.ruleErrors.set(target, ruleErrors.map((e) => ruleErrorEntry(target.file, e)));
    return target;
  }

  /** Runs one lint for a single-input method: a configuration problem becomes a LintInputError. */
  private async single<T>(file: string, lint: () => Promise<T>): Promise<T> {
    try {
      return await lint();
    } catch (e) {
      if (e instanceof ConfigError) throw new InputProblem(e.file, inputError(e, file).message);
      throw e;
    }
  }

  /** A path as the user gave it, made to work from the Linter's cwd (unchanged when cwd is the process's). */
  private at(path: string): string {
    return isAbsolute(path) || this.cwd === process.cwd() ? path : resolve(this.cwd, path);
  }

  private effective(config: Config): Config {
    const o = this.options;
    return {
      ...config,
      ...(o.lambda !== undefined ? { lambda: o.lambda } : {}),
      ignore: [...(config.ignore ?? []), ...(o.ignore ?? [])],
      'failure-threshold': o.failureThreshold ?? config['failure-threshold'] ?? 'error',
      'build-args': { ...(config['build-args'] ?? {}), ...(o.buildArgs ?? {}) },
    };
  }

  /** Loads a configuration file; errors name the file as it was given. */
  private async load(file: string): Promise<Config> {
    try {
      return await loadConfig(resolve(this.cwd, file), this.options.rules ?? RULES, this.configs);
    } catch (e) {
      if (e instanceof ConfigError && e.file !== file) throw new ConfigError(file, e.message.slice(e.file.length + 2));
      throw e;
    }
  }

  private async load_(path: string, options: LintFilesOptions): Promise<LoadedInput> {
    if (path !== '-') return readInput(path, this.cwd, options.as);
    if (options.stdin) return sniffStream(options.stdin(), options.stdinFilename ?? '<stdin>');
    if (!options.readStdin) throw new InputProblem('-', 'standard input is not available here');
    return sniffBuffer(Buffer.from(await options.readStdin()), options.stdinFilename ?? '<stdin>');
  }

  private async dockerfileTarget(text: string, options: LintTextOptions, contexts?: ContextCache): Promise<{ target: TargetReport; ruleErrors: RuleError[] }> {
    const { config } = await this.configFor(options.filePath);
    const file = options.filePath ?? 'Dockerfile';
    const contextDir = options.contextDir === undefined ? (options.filePath ? dirname(this.at(options.filePath)) : null) : options.contextDir === null ? null : this.at(options.contextDir);
    const lintOptions: LintOptions = { file, contextDir, contextGiven: typeof options.contextDir === 'string', target: this.options.target, config, now: this.options.now, rules: this.options.rules ?? RULES, registry: RULES, contexts };
    const { result, estimates } = await lintLazily(text, lintOptions);
    const target: TargetReport = { file, kind: 'dockerfile', findings: result.findings, ...(result.skipped.length ? { skipped: result.skipped } : {}), estimates };
    this.thresholds.set(target, config['failure-threshold'] ?? 'error');
    return { target, ruleErrors: result.ruleErrors };
  }

  /**
   * A deploy configuration (SAM or CloudFormation template, CDK cloud assembly, Terraform): one target per image
   * function, each its Dockerfile linted as the function runs it; a function that cannot be linted (its Dockerfile
   * is missing) is one error line, and the others are still linted.
   */
  private async deployTargets(path: string, kind: DeployInput, report: Report): Promise<void> {
    const { config } = await this.configFor(path);
    // The deploy readers (and the YAML parser) load for a deploy input only: Dockerfile runs start faster without them.
    const [{ readDeploy }, { deployErrors, lintFunction }] = await Promise.all([import('../deploy/index.js'), import('../deploy/lint.js')]);
    const deploy = await readDeploy(this.at(path), kind);
    // A function's Dockerfile is read as a Dockerfile input is (size limit, UTF-8, one-line errors).
    const readText = (file: string) => {
      const loaded = readInput(file, this.cwd);
      if (loaded.kind !== 'dockerfile') throw new InputProblem(file, 'is an image archive, not the Dockerfile the configuration names');
      return loaded.text;
    };
    for (const fn of deploy.functions) {
      const outside = this.options.confineTo !== undefined ? [fn.context, fn.dockerfile].find((p) => p && !insideFolder(p.value, this.options.confineTo!, this.cwd)) : undefined;
      if (outside) {
        report.errors.push({ file: outside.at.file, message: `line ${outside.at.line}: ${fn.id}: ${outside.value} is outside ${this.options.confineTo}; not read` });
        continue;
      }
      try {
        const { target, ruleErrors } = await lintFunction(fn, { config, now: this.options.now, rules: this.options.rules, buildArgs: this.options.buildArgs, readText });
        this.thresholds.set(target, config['failure-threshold'] ?? 'error');
        READ_THROUGH.set(target, resolve(this.at(path)));
        report.targets.push(target);
        for (const e of ruleErrors) report.errors.push(ruleErrorEntry(target.file, e));
      } catch (e) {
        report.errors.push(inputError(e, fn.dockerfile?.value ?? fn.templateFile));
      }
    }
    report.errors.push(...deployErrors(deploy));
    if (deploy.unchecked.length) (report.unchecked ??= []).push(...deploy.unchecked.map((u) => ({ file: u.at.file, message: `line ${u.at.line}: ${u.message}` })));
  }

  private async imageInput(loaded: Exclude<LoadedInput, { kind: 'dockerfile' }>, options: LintFilesOptions): Promise<{ target: TargetReport; ruleErrors: RuleError[] }> {
    const onProgress = options.onProgress;
    try {
      return await this.imageTarget(loaded.kind === 'image' ? loaded.path : loaded.data, { ...options, filePath: loaded.name, onProgress: onProgress && ((p) => onProgress(loaded.name, p)) });
    } finally {
      onProgress?.(loaded.name, null);
    }
  }

  private async imageTarget(source: string | Uint8Array | AsyncIterable<Uint8Array>, options: LintImageOptions): Promise<{ target: TargetReport; ruleErrors: RuleError[] }> {
    const file = options.filePath ?? (typeof source === 'string' ? source : '<stdin>');
    const { config } = await this.configFor(typeof source === 'string' ? source : undefined);
    let dockerfile: { file: string; text: string } | undefined;
    if (options.dockerfile) {
      dockerfile = { file: options.dockerfile, text: readDockerfileText(options.dockerfile, this.at(options.dockerfile)) };
    }
    const input = typeof source === 'string' ? this.at(source) : source instanceof Uint8Array ? Buffer.from(source.buffer, source.byteOffset, source.byteLength) : Readable.from(source);
    const contextDir = options.contextDir === undefined || options.contextDir === null ? options.contextDir : this.at(options.contextDir);
    // The image reader is loaded only for image inputs: Dockerfile runs start faster without it.
    const { lintImageTarget, imageProblem } = await import('./image-target.js');
    try {
      const result = await lintImageTarget(input, { file, dockerfile, context: contextDir, image: options.image, platform: options.platform, buildArgs: {}, target: this.options.target, config, ignore: [], now: this.options.now, rules: this.options.rules ?? RULES, onProgress: options.onProgress });
      this.thresholds.set(result.target, config['failure-threshold'] ?? 'error');
      return result;
    } catch (e) {
      const problem = imageProblem(e, file);
      if (problem !== undefined) throw new InputProblem(file, problem);
      throw e;
    }
  }
}

/**
 * A lint and its estimates. Plain shell scripts (most RUN lines) need no grammar: it loads (WebAssembly, the
 * largest start-up cost) only when a script of the file needs it, and the file is then linted again.
 */
async function lintLazily(text: string, options: LintOptions): Promise<{ result: LintResult; estimates: TargetReport['estimates'] }> {
  if (shellReady()) return lintWithEstimates(text, options);
  shellParserMissed();
  try {
    const lint = lintWithEstimates(text, options);
    if (!shellParserMissed()) return lint;
  } catch (e) {
    if (!shellParserMissed()) throw e;
  }
  await initShell();
  return lintWithEstimates(text, options);
}

/** A lint and its estimates (no Lambda cold start for a file judged not to be a Lambda image, by the contract rules' judgement). */
function lintWithEstimates(text: string, options: LintOptions): { result: LintResult; estimates: TargetReport['estimates'] } {
  const result = lintDockerfileSync(text, options);
  const config = options.config ?? {};
  const estimates = safely(() => reportEstimates(estimatesForDockerfile(result.model, result.context), judgesAsLambda(result.model, result.context, config.lambda, 'dockerfile'), config.lambda));
  return { result, estimates };
}

/**
 * A run of this many inputs starts loading the shell grammar (WebAssembly, compiled on other threads) at once,
 * while its first files are linted, instead of waiting for it when a script first needs it. Measured (bench
 * realistic corpus, 2 processors): 200 files, 25 of which need the grammar, 9 ms faster; 175 files none of which
 * needs it, 10 ms slower. In that corpus one script in eight needs the grammar: a run of 50 files without one is rare.
 */
export const EARLY_SHELL_INPUTS = 50;

/** Whether a run of `inputs` inputs loads the shell grammar from its start (see EARLY_SHELL_INPUTS). */
export function loadsShellEarly(inputs: number): boolean {
  return inputs >= EARLY_SHELL_INPUTS;
}

/**
 * Dockerfiles per worker that `auto` starts. A worker costs its start-up (a Node thread, the bundle from its code
 * cache: about 50 ms before its first lint), the shell grammar and a JIT warm-up of its own, and a lint already
 * keeps a second processor partly busy (V8's compiler and garbage collector threads: 1.5 s of processor time for 1 s
 * of a 1,000-file run). Measured on 2 processors (the realistic corpus of bench/dockerfile.mjs, --concurrency 2 vs
 * off): 6.7% slower at 200 files, 3.7% at 400, 4.5% faster at 600, 4.8% at 1,000.
 */
export const AUTO_FILES_PER_THREAD = 500;

/** Worker threads for a run with `shared` Dockerfiles a worker may take (0: this thread alone). */
function workerCount(concurrency: number | 'auto', shared: number): number {
  if (concurrency !== 'auto') return Math.max(0, Math.min(concurrency - 1, shared - 1));
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(shared / AUTO_FILES_PER_THREAD)));
}

/**
 * A function read twice (a Terraform module read through its root configuration and as a folder of its own, when a
 * folder search finds both) is reported once, by the address the root configuration gives it
 * (`module.api.aws_lambda_function.fn`); so is what could not be checked at one line of a configuration.
 */
/** The configuration each function target was read through (a Terraform root folder, a template file). */
const READ_THROUGH = new WeakMap<TargetReport, string>();

function dedupeDeployReads(report: Report, cwd: string): void {
  const groups = new Map<string, TargetReport[]>();
  for (const t of report.targets) {
    if (!t.function) continue;
    const key = `${resolve(cwd, t.function.template.file)}:${t.function.template.line}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  // Within one place: a read whose address another one extends (`aws_lambda_function.fn` read on its own, beside
  // `module.api.aws_lambda_function.fn`), and a second read of the same address, go; two roots calling one module stay.
  const dropped = new Set<TargetReport>();
  for (const group of groups.values()) {
    group.forEach((t, i) => {
      const id = t.function!.id;
      // Two roots that call one module (envs/dev and envs/prod) declare two functions with the same address: both stay.
      if (group.some((u, j) => (j < i && u.function!.id === id && READ_THROUGH.get(u) === READ_THROUGH.get(t)) || u.function!.id.endsWith(`.${id}`))) dropped.add(t);
    });
  }
  if (dropped.size) report.targets = report.targets.filter((t) => !dropped.has(t));
  if (!report.unchecked?.length) return;
  // What a dropped read could not resolve (a module read alone: its variables have no value) was resolved by the
  // read that was kept (through the call that passes them): its notes go too.
  const droppedReads = new Set([...dropped].map((t) => `${dirname(resolve(cwd, t.function!.template.file))}|${t.function!.id}`));
  if (droppedReads.size) {
    report.unchecked = report.unchecked.filter((u) => {
      const address = /^line \d+: ([^\s:]+):/.exec(u.message)?.[1];
      return !address || !droppedReads.has(`${dirname(resolve(cwd, u.file))}|${address}`);
    });
  }
  const notes = new Map<string, InputError>();
  for (const u of report.unchecked) {
    const key = `${resolve(cwd, u.file)}:${/^line \d+/.exec(u.message)?.[0] ?? u.message}`;
    const kept = notes.get(key);
    if (!kept || u.message.length > kept.message.length) notes.set(key, u);
  }
  report.unchecked = report.unchecked.filter((u) => notes.get(`${resolve(cwd, u.file)}:${/^line \d+/.exec(u.message)?.[0] ?? u.message}`) === u);
}

/** One input that could not be linted, as one line naming it. */
function inputError(e: unknown, file: string): InputError {
  if (e instanceof InputProblem || e instanceof DeployConfigError) return { file: e.file, message: e.detail };
  if (e instanceof ConfigError) return { file: e.file, message: e.message.slice(e.file.length + 2) };
  return attachStack({ file, message: unexpectedProblem(e, process.env) }, e);
}

/** Estimates are advice: a failure there must never cost the user the findings. */
function safely<T>(make: () => T): T | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/** Whether a path (symbolic links resolved) is inside a folder; a path that does not exist is judged as written. */
function insideFolder(path: string, folder: string, cwd: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(resolve(cwd, p));
    } catch {
      return resolve(cwd, p);
    }
  };
  return pathWithin(real(path), real(folder));
}

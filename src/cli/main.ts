/**
 * lint-lambda-image [options] <Dockerfile|image.tar|oci-dir|->...
 * Exit codes: 0 clean, 1 findings at or above the failure threshold, 2 usage or input error.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import pkg from '../../package.json' with { type: 'json' };
import { formatBytes } from '../core/bytes.js';
import { closest } from '../core/closest.js';
import { defuseWorkflowLine, inputLine, redact, redactDeep, redactText, safeText } from '../core/redact.js';
import { isSecretName } from '../core/credentials.js';
import { statInputIfAny, withStatMemo } from '../core/stat-memo.js';
import { sizeThreadpool } from '../core/threadpool.js';
import { stackOf } from '../core/unexpected.js';
import { sniffDeploy } from '../deploy/sniff.js';
import { findRule, RULES } from '../../rules/registry.js';
import type { Threshold } from '../core/types.js';
import { Linter, LintInputError, type ImageProgress } from '../linter/index.js';
import { unknownTargets } from '../linter/target-check.js';
import { WORKER_ARG } from '../linter/worker-protocol.js';
import { explainRule, listRules } from './explain.js';

const HELP = `Usage: lint-lambda-image [options] <input>...

Lints AWS Lambda container images before deploy. An input is a Dockerfile,
a docker save archive (also gzip-compressed), an OCI layout directory or OCI
archive, - (stdin: a Dockerfile or an image archive), a deploy configuration:
a SAM or CloudFormation template (.yaml, .yml, .json), a Serverless Framework
serverless.yml, a CDK cloud assembly (cdk.out) or Terraform (a .tf file or a
folder of them): each image function is linted as Lambda runs it; a folder
(searched for Dockerfile, *.Dockerfile, Dockerfile.*, Dockerfile-*,
Dockerfile_* and Containerfile, and for deploy configurations, honouring
.gitignore and the configuration's exclude) or a glob
('services/**/Dockerfile'; a '!pattern' argument leaves matches out).

Options:
  -f, --format <name>            stylish (default), json, sarif, github, checkstyle, gitlab
  -t, --failure-threshold <sev>  error (default), warning, info or none
      --ignore <rule>            turn a rule off (code or name; repeatable)
      --build-arg <K=V>          set a build argument (repeatable)
      --target <stage>           lint the image of this stage (as docker build --target)
      --image <name:tag>         the image to lint in an archive that holds several
      --platform <os/arch>       the platform to lint in a multi-platform index (linux/arm64)
      --dockerfile <path>        the Dockerfile an image input was built from (findings on its lines)
      --context <dir>            build context (default: the Dockerfile's folder)
      --no-context               lint the Dockerfile text alone (no build context)
      --lambda / --no-lambda     judge every Dockerfile as a Lambda image, or never
                                 (default: decide per file from evidence; see LL100)
  -c, --config <file>            configuration file (default: .lint-lambda-image.yaml found upward)
      --print-config <file>      print the configuration that applies to a file, and exit
      --stdin-filename <name>    name (and place, for config discovery) of input read from stdin
      --estimates / --no-estimates
                                 size and cold-start estimates: the full block for every
                                 input, or none (default: full for one input, one line each
                                 for several; config key estimates)
      --concurrency <n|auto|off> threads that lint Dockerfiles (this one included):
                                 auto (default) adds worker threads for many
                                 Dockerfiles on several processors; off: one
  -q, --quiet                    show errors only (and what fails the run); say what was hidden
      --color / --no-color       force or disable colour (also NO_COLOR, FORCE_COLOR)
      --list-rules               list the rules and exit
  -v, --version                  print the version and exit
  -h, --help                     show this help and exit

Commands:
  explain <rule>                 show a rule's documentation (code or name)

Exit codes: 0 no findings at or above the threshold, 1 findings, 2 usage or input error.
Docs: https://github.com/lint-lambda-image/lint-lambda-image#readme
`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  /** Standard input as a stream (an image is then never held in memory); readStdin is used without it. */
  stdin?: () => AsyncIterable<Uint8Array>;
  isTTY: boolean;
  /** stderr is a terminal (progress is drawn there only). */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

const THRESHOLDS = ['error', 'warning', 'info', 'none'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'failure-threshold': { type: 'string', short: 't' },
  ignore: { type: 'string', multiple: true },
  'build-arg': { type: 'string', multiple: true },
  target: { type: 'string' },
  image: { type: 'string' },
  platform: { type: 'string' },
  dockerfile: { type: 'string' },
  context: { type: 'string' },
  lambda: { type: 'boolean' },
  'no-lambda': { type: 'boolean' },
  'no-context': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  estimates: { type: 'boolean' },
  'no-estimates': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  now: { type: 'string' },
  concurrency: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>['values'];

/**
 * For bin/lint-lambda-image.js: how many inputs this process linted. Only a run that linted one has compiled the lint
 * path and makes a V8 code cache worth keeping (a run that printed --version or a usage error compiled none of it, and
 * a cache made from it would slow every later run); the many-inputs cache is made by a run that linted several.
 */
export const codeCacheHint = { linted: 0 };

export async function run(argv: string[], rawIo: CliIo): Promise<number> {
  // One stat per input for the whole run (src/core/stat-memo.ts).
  return withStatMemo(() => runArgs(argv, rawIo));
}

/** parseArgs' error in one short line: an unknown option named, with the option meant when it is a typo. */
function argsError(e: Error & { code?: string }): string {
  const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(e.message)?.[1] : undefined;
  if (!unknown) return e.message.split('\n')[0];
  const near = closest(unknown, Object.keys(OPTIONS).map((o) => `--${o}`));
  return `unknown option ${unknown}${near ? ` (did you mean ${near}?)` : ''}`;
}

async function runArgs(argv: string[], rawIo: CliIo): Promise<number> {
  // The redaction boundary for stderr: every line is redacted and cannot carry a CI workflow command.
  const io: CliIo = { ...rawIo, stderr: (s) => rawIo.stderr(safeStderr(s)) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    io.stderr(`lint-lambda-image: ${argsError(e as Error & { code?: string })} (see --help)\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const chalk = makeChalk(values, io);
  try {
    const info = infoCommand(values, positionals, chalk);
    if (info !== undefined) {
      io.stdout(info);
      return 0;
    }
    const format = values.format ?? 'stylish';
    if (!Linter.formats().includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${Linter.formats().join(', ')}`);
    const linter = makeLinter(values, io.env);

    if (values['print-config'] !== undefined) {
      if (!existsSync(resolve(linter.cwd, values['print-config']))) io.stderr(`lint-lambda-image: note: ${inputLine(values['print-config'])} does not exist; this is the configuration a file there would get\n`);
      const { file, config } = await linter.configFor(values['print-config']);
      io.stdout(`${JSON.stringify(redactConfig({ file, config }), null, 2)}\n`);
      return 0;
    }

    if (positionals.length === 0) throw new UsageError('no input given; pass a Dockerfile, an image archive or - (see --help)');

    const { files, problems, excluded } = await inputFiles(positionals, linter);
    // Every file named on the command line is excluded by its configuration: said, so that silence is not read as a
    // clean lint (when some are linted, the summary's count says it; pre-commit passes excluded files by the dozen).
    if (format === 'stylish' && !values.quiet && files.length === 0 && excluded.length > 0) {
      io.stdout(`${chalk.blue('ℹ')} Nothing linted: the exclude of the configuration matches ${excluded.map(inputLine).join(', ')}.\n`);
    }
    const progress = progressReporter(io, values.quiet === true);
    const report = await linter.lintFiles(files, {
      readStdin: io.readStdin,
      stdin: io.stdin,
      stdinFilename: values['stdin-filename'],
      contextDir: values['no-context'] ? null : values.context,
      dockerfile: values.dockerfile,
      image: values.image,
      platform: values.platform,
      onProgress: progress,
    });
    codeCacheHint.linted = Math.max(codeCacheHint.linted, report.targets.length);
    const badTargets = unknownTargets(report, values.target, linter.cwd);
    report.errors.push(...problems, ...badTargets);
    // An input whose Dockerfile has no such stage is an input error only (exit 2), not also an input linted.
    if (badTargets.length) {
      const bad = new Set(badTargets.map((e) => e.file));
      report.targets = report.targets.filter((t) => t.kind !== 'dockerfile' || t.function !== undefined || !bad.has(t.file));
    }
    for (const err of report.errors) {
      io.stderr(`${chalk.red('lint-lambda-image:')} ${inputLine(err.file)}: ${inputLine(err.message)}\n`);
      // An internal error's stack, under its line, when asked for (redacted: a message may quote the input).
      const stack = io.env.LINT_LAMBDA_IMAGE_DEBUG ? stackOf(err) : undefined;
      if (stack) io.stderr(`${redactText(stack)}\n`);
    }
    if (format === 'stylish' && report.targets.length === 0 && report.errors.length === 0 && files.length > 0 && !values.quiet) {
      // Only a deploy configuration yields no target: it declares no image function (zip functions are not linted),
      // or none this tool could resolve (it says which).
      const unchecked = report.unchecked ?? [];
      for (const u of unchecked) io.stdout(`${chalk.blue('ℹ')} ${chalk.underline(inputLine(u.file))}: not checked: ${inputLine(u.message)}\n`);
      if (unchecked.length) io.stdout(`${chalk.blue('ℹ')} Nothing linted: ${files.map(inputLine).join(', ')} declare${files.length === 1 ? 's' : ''} no container image function this tool could check (${unchecked.length} not checked, above).\n`);
      else io.stdout(`${chalk.green('✔')} Nothing to lint: ${files.map(inputLine).join(', ')} declare${files.length === 1 ? 's' : ''} no container image function (functions deployed as .zip archives are not linted).\n`);
    }
    if (format === 'stylish' && report.targets.length === 0 && report.errors.length > 0) {
      // Every input failed: say so on stdout too, so that a log that keeps stdout alone does not look clean.
      const n = report.errors.length;
      io.stdout(`${chalk.red.bold('✖')} ${n} input${n === 1 ? '' : 's'} could not be read (${n === 1 ? 'its error is' : 'their errors are'} on stderr); nothing was linted.\n`);
    }
    if (format !== 'stylish' || report.targets.length > 0) {
      const estimates = await estimatesMode(values, linter, report.targets.length, files[0] === '-' ? (values['stdin-filename'] ?? '-') : files[0]);
      io.stdout(linter.loadFormatter(format)(report, { color: chalk.level > 0, quiet: values.quiet, estimates }));
    }
    return linter.exitCode(report);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`lint-lambda-image: ${inputLine(e.message)}\n`);
      return 2;
    }
    if (e instanceof LintInputError) {
      io.stderr(`lint-lambda-image: ${inputLine(e.file)}: ${inputLine(e.detail)}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr(`lint-lambda-image: internal error: ${inputLine(String(err?.message ?? err))}${io.env.LINT_LAMBDA_IMAGE_DEBUG ? `\n${err.stack}` : ' (set LINT_LAMBDA_IMAGE_DEBUG=1 for details)'}\n`);
    return 2;
  }
}

/** The text of --help, --version, --list-rules or explain, when one of them is asked for. */
function infoCommand(values: Values, positionals: string[], chalk: ChalkInstance): string | undefined {
  if (values.help) {
    return HELP;
  }
  if (values.version) {
    return `${pkg.version}\n`;
  }
  if (values['list-rules']) {
    return listRules(RULES, chalk);
  }
  if (positionals[0] === 'explain') {
    const id = positionals[1];
    if (!id) throw new UsageError('explain needs a rule code or name, e.g. explain LL103');
    const rule = findRule(id);
    if (!rule) throw new UsageError(`unknown rule "${id}" (see --list-rules)`);
    return explainRule(rule, chalk);
  }
  return undefined;
}

/**
 * The configuration as --print-config shows it: secrets redacted like every other output (token formats anywhere,
 * and the values of build arguments whose name says secret, such as GH_TOKEN or DB_PASSWORD).
 */
function redactConfig<T extends { config: { 'build-args'?: Record<string, string> } }>(shown: T): T {
  const args = shown.config['build-args'];
  const named = args ? Object.fromEntries(Object.entries(args).map(([name, value]) => [name, isSecretName(name) ? redact(value) : value])) : undefined;
  return redactDeep(named ? { ...shown, config: { ...shown.config, 'build-args': named } } : shown);
}

/** Checks the lint options and makes the Linter they describe (UsageError for a bad option). */
function makeLinter(values: Values, env: NodeJS.ProcessEnv): Linter {
  const thresholdFlag = values['failure-threshold'];
  if (thresholdFlag !== undefined && !THRESHOLDS.includes(thresholdFlag)) throw new UsageError(`--failure-threshold must be one of ${THRESHOLDS.join(', ')}`);
  const buildArgs: Record<string, string> = {};
  for (const kv of values['build-arg'] ?? []) {
    const eq = kv.indexOf('=');
    // As docker build: `--build-arg NAME` takes the value of NAME in the environment, and is left out when it has none.
    if (eq < 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(kv)) {
      const value = env[kv];
      if (value !== undefined) buildArgs[kv] = value;
      continue;
    }
    if (eq <= 0) throw new UsageError(`--build-arg needs NAME=VALUE or NAME, got "${redactText(kv)}"`);
    buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  for (const id of values.ignore ?? []) {
    for (const part of id.split(',')) if (!findRule(part.trim())) throw new UsageError(`--ignore: unknown rule "${part.trim()}" (see --list-rules)`);
  }
  if (values.lambda && values['no-lambda']) throw new UsageError('--lambda and --no-lambda cannot be given together');
  if (values.estimates && values['no-estimates']) throw new UsageError('--estimates and --no-estimates cannot be given together');
  if (values.context !== undefined && values['no-context']) throw new UsageError('--context and --no-context cannot be given together');
  if (values.context !== undefined && !isFolder(values.context)) throw new UsageError(`--context ${values.context}: ${existsSync(values.context) ? 'not a folder' : 'no such folder'}`);
  return new Linter({
    config: values.config,
    ignore: (values.ignore ?? []).flatMap((s) => s.split(',').map((x) => x.trim())),
    buildArgs,
    failureThreshold: thresholdFlag as Threshold | undefined,
    target: values.target,
    lambda: values.lambda ? true : values['no-lambda'] ? false : undefined,
    now: values.now ? new Date(values.now) : undefined,
    concurrency: concurrencyFlag(values.concurrency),
  });
}

/** --concurrency: a whole number of threads (1 or more), auto (the CLI's default) or off. */
function concurrencyFlag(value: string | undefined): number | 'auto' | 'off' {
  if (value === undefined) return 'auto';
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--concurrency must be a number of threads (1 or more), auto or off; got "${value}"`);
  return Number(value);
}

/** stderr text: redacted, and no line of it may start a workflow command. */
function safeStderr(s: string): string {
  return redactText(s).split('\n').map(defuseWorkflowLine).join('\n');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Colour is decided once: flag > NO_COLOR > FORCE_COLOR > terminal. */
function makeChalk(values: { color?: boolean; 'no-color'?: boolean }, io: CliIo): ChalkInstance {
  let level: 0 | 1 | 2 | 3;
  if (values['no-color']) level = 0;
  else if (values.color) level = 1;
  else if (io.env.NO_COLOR) level = 0;
  else if (io.env.FORCE_COLOR !== undefined) level = io.env.FORCE_COLOR === '0' || io.env.FORCE_COLOR === 'false' ? 0 : 1;
  else level = io.isTTY && io.env.TERM !== 'dumb' ? 1 : 0;
  return new Chalk({ level });
}

/**
 * Progress of long image reads on stderr, silent under --quiet: on a terminal, one line redrawn in place once a
 * read takes over a second; elsewhere (CI logs), a plain line every few seconds with the bytes read and the
 * layers done. LINT_LAMBDA_IMAGE_PROGRESS_MS sets that interval (default 5000).
 */
function progressReporter(io: CliIo, quiet: boolean): (file: string, p: ImageProgress | null) => void {
  const tty = io.stderrIsTTY === true && !io.env.CI;
  const every = Number(io.env.LINT_LAMBDA_IMAGE_PROGRESS_MS ?? 5000);
  let started = 0;
  let shown = false;
  let last = 0;
  return (name, p) => {
    if (quiet) return;
    const now = Date.now();
    if (p === null) {
      if (shown && tty) io.stderr('\r\u001b[2K');
      started = 0;
      last = 0;
      shown = false;
      return;
    }
    if (!started) started = now;
    if (tty) {
      if (now - started < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\r\u001b[2K${safeText(name)}: reading layer ${Math.min(p.layer + 1, p.layers)}/${p.layers}, ${formatBytes(p.uncompressed)} inflated`);
      return;
    }
    if (now - (last || started) < every) return;
    last = now;
    shown = true;
    io.stderr(`${safeText(name)}: ${formatBytes(p.uncompressed)} read, ${Math.min(p.layer, p.layers)} of ${p.layers} layer${p.layers === 1 ? '' : 's'} done\n`);
  };
}

const GLOB = /[*?{}[\]!]/;

/**
 * Files to lint: inputs as given, or, for a folder (not an image layout), a glob or a `!negation`, what the
 * discovery finds; the configuration's `exclude` leaves files out. Folders and globs that match nothing are
 * input problems (one line each, exit 2).
 */
async function inputFiles(inputs: string[], linter: Linter): Promise<{ files: string[]; problems: { file: string; message: string }[]; excluded: string[] }> {
  const discovery = inputs.some((i) => i !== '-' && (GLOB.test(i) || isFolderToSearch(resolve(linter.cwd, i))));
  if (!discovery) {
    const files: string[] = [];
    const excluded: string[] = [];
    for (const i of inputs) {
      if (i === '-' || !(await linter.isExcluded(i).catch(() => false))) files.push(i);
      else excluded.push(i);
    }
    return { files, problems: [], excluded };
  }
  const { discover } = await import('../linter/discover.js');
  const found = await discover(inputs, { cwd: linter.cwd, excluded: (f) => linter.isExcluded(f).catch(() => false) });
  return { files: found.files, problems: found.empty.map((e) => ({ file: e.input, message: e.why })), excluded: [] };
}

/**
 * A folder searched for Dockerfiles: one that is neither an image layout nor a cloud assembly (cdk.out); a Terraform
 * folder is read as its configuration and searched too. One stat for a file input.
 */
function isFolderToSearch(path: string): boolean {
  const st = statInputIfAny(path);
  if (st?.isDirectory() !== true || existsSync(join(path, 'oci-layout')) || existsSync(join(path, 'index.json'))) return false;
  const deploy = sniffDeploy(path);
  return deploy === undefined || deploy === 'terraform';
}

/**
 * --estimates / --no-estimates, else the configuration's `estimates` (for standard input, the configuration found from
 * --stdin-filename), else full for one input and one line each for several.
 */
async function estimatesMode(values: { estimates?: boolean; 'no-estimates'?: boolean }, linter: Linter, targets: number, first: string | undefined): Promise<'full' | 'compact' | 'none'> {
  if (values.estimates) return 'full';
  if (values['no-estimates']) return 'none';
  const configured = first && first !== '-' ? (await linter.configFor(first).catch(() => undefined))?.config.estimates : undefined;
  if (configured !== undefined) return configured ? 'full' : 'none';
  return targets > 1 ? 'compact' : 'full';
}

const isMain = process.argv[1] !== undefined && !process.env.VITEST;
if (isMain && process.argv[2] === WORKER_ARG && process.argv.length === 3) {
  // A lint worker thread of a run over many Dockerfiles (src/linter/parallel.ts) runs this bundle too; anywhere
  // else the argument is an unknown option.
  void import('../linter/worker.js').then((w) => w.serveWorker() || runCli());
} else if (isMain) runCli();

function runCli(): void {
  // Before any asynchronous I/O starts libuv's threadpool (image layers are inflated on it).
  sizeThreadpool();
  // A reader that goes away (`lint-lambda-image . | head`) closes the pipe: the rest of the output has nowhere to go,
  // and the exit code is still the run's, with no stack trace.
  const gone = { stdout: false, stderr: false };
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
      gone[name] = true;
    });
  }
  // No top-level await: the same module is also bundled as CommonJS (dist/cli.cjs, run from a V8 code cache).
  void run(process.argv.slice(2), {
    stdout: (s) => gone.stdout || process.stdout.write(s),
    stderr: (s) => gone.stderr || process.stderr.write(s),
    stdin: () => process.stdin,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}

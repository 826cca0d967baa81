/**
 * Is this Dockerfile meant for Lambda? Decided per input from evidence in the text (and the build context
 * the contract analysis reads), so that a repository's nginx site or Flask app is not judged against the
 * Lambda runtime contract.
 *
 * Evidence, each documented by AWS:
 * - an AWS Lambda base image (public.ecr.aws/lambda/*, amazon/aws-lambda-*), also through a stage alias or
 *   a build argument, or a base whose name says lambda (bref and vendor images built on AWS's);
 *   https://docs.aws.amazon.com/lambda/latest/dg/images-create.html
 * - a runtime interface client installed, copied or launched (awslambdaric, aws-lambda-ric, aws_lambda_ric,
 *   the Java RIC, Amazon.Lambda.RuntimeSupport; https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-ric);
 * - the Lambda Web Adapter (https://github.com/awslabs/aws-lambda-web-adapter);
 * - LAMBDA_TASK_ROOT or /var/task, /var/runtime (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html);
 * - a handler-shaped CMD (`app.handler`, `pkg.Class::method`; https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html,
 *   https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html) or a `_HANDLER` setting;
 * - a `bootstrap` executable (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html);
 * - the Runtime Interface Emulator (https://github.com/aws/aws-lambda-runtime-interface-emulator);
 * - weak: Python running lambda_function.py, the module name of the console's and the docs' Python functions
 *   (handler lambda_function.lambda_handler; https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html);
 * - configuration: `lambda: true` (a config file, the `--lambda` flag, or a caller that knows the Dockerfile
 *   is deployed to Lambda, such as a deploy configuration naming it).
 */
import { posix } from 'node:path';
import { memoOn } from '../core/memo.js';
import { pathWithin } from '../core/paths.js';
import { expand } from '../dockerfile/vars.js';
import type { BuildContext } from '../dockerfile/context.js';
import { baseSetsNoLambdaVariables, type DockerfileModel, type Instruction, type Stage } from '../dockerfile/model.js';
import { lambdaNamedRepository } from '../knowledge/lambda-signs.js';
import { RIE_BINARIES, JAVA_RIC_MAIN } from '../knowledge/ric.js';
import { analyzeDockerfile } from './dockerfile-contract.js';
import { bareShell, entrypointLaunchArgv } from './launch.js';

export interface LambdaEvidence {
  /** What was seen, for messages and docs. */
  what: string;
  /** The instruction it was seen on, when one. */
  ins?: Instruction;
  /** A sign that code was written for Lambda rather than that the image is built for it (see `defaultModuleRun`). */
  weak?: boolean;
  /** The sign is the base image alone (an AWS Lambda base, or one whose name says lambda). */
  base?: true;
  /** The sign is LAMBDA_TASK_ROOT / LAMBDA_RUNTIME_DIR named in an instruction (see `serverOffLambda`). */
  variable?: true;
}


/** The rules that judge the Lambda runtime contract: silent on a Dockerfile with no sign of Lambda. */
export const LAMBDA_CONTRACT_RULES: ReadonlySet<string> = new Set(['LL101', 'LL102', 'LL103', 'LL104', 'LL105', 'LL107', 'LL108', 'LL110']);

// Not aws-lambda-cpp: its documented use is a zip package (`make aws-lambda-package-<target>`), so an image that builds
// it is usually the build environment of a zip function (https://github.com/awslabs/aws-lambda-cpp).
const RIC_WORDS = /\b(awslambdaric|aws-lambda-ric|aws_lambda_ric|aws-lambda-java-runtime-interface-client|Amazon\.Lambda\.RuntimeSupport|lambda_runtime|aws-lambda-go)\b/;
const ADAPTER = /aws-lambda-adapter|\/opt\/extensions\/lambda-adapter|\bAWS_LWA_\w+/;
const TASK_ROOT = /\bLAMBDA_TASK_ROOT\b|\bLAMBDA_RUNTIME_DIR\b|(^|[\s"'=:])\/var\/(task|runtime)(\/|\b)/;
const RIE = new RegExp(`\\b(${RIE_BINARIES.join('|')})\\b`);
/** module.function, dir/module.function, pkg.Class::method, Assembly::Ns.Class::Method; not a file name. */
const HANDLER = /^(?:[\w$-]+\/)*[\w$-]+(?:\.[A-Za-z_$][\w$]*)+$|^[\w.$]+::[\w$]+$|^[\w.]+::[\w.]+::[\w$]+$/;
const FILE_NAME = /\.(js|mjs|cjs|ts|py|rb|sh|jar|war|php|pl|json|ya?ml|conf|ini|toml|html|txt|dll|exe|bin)$/i;

const EVIDENCE = Symbol('lambda-evidence');

/** Evidence that the file targets Lambda (memoized per model); empty when there is none. */
export function lambdaEvidence(df: DockerfileModel, context: BuildContext | undefined): LambdaEvidence[] {
  return judged(df, context).evidence;
}

/**
 * Why an image built on a Lambda base image reads as one that only borrows the base (a test, build, tool or zip
 * packaging image), when it does: then it has no evidence (lambdaEvidence is empty) and LL100 says this.
 */
export function borrowedBase(df: DockerfileModel, context: BuildContext | undefined): { base: string; why: string; server?: true } | undefined {
  return judged(df, context).borrowed;
}

function judged(df: DockerfileModel, context: BuildContext | undefined): { evidence: LambdaEvidence[]; borrowed?: { base: string; why: string; server?: true } } {
  return memoOn(df, EVIDENCE, () => {
    const evidence = collect(df, context);
    const server = serverOffLambda(df, evidence);
    if (server) return { evidence: [], borrowed: { ...server, server: true as const } };
    const why = evidence.length > 0 && evidence.every((e) => e.base) ? borrowsBase(df, context) : undefined;
    return why ? { evidence: [], borrowed: { base: evidence[0].what, why } } : { evidence };
  });
}

/**
 * A server that only names ${LAMBDA_TASK_ROOT} (a Lambda Dockerfile copied into a local or container server's): the
 * variable is its only sign, on a known base that does not define it (it expands to nothing there), and the image
 * exposes a port. Docker runs it as a server; nothing in it is Lambda's.
 */
function serverOffLambda(df: DockerfileModel, evidence: readonly LambdaEvidence[]): { base: string; why: string } | undefined {
  const target = df.target;
  const workdirOnly = evidence.length > 0 && evidence.every((e) => e.ins?.keyword === 'WORKDIR' && !e.variable);
  if (!target || evidence.length === 0 || !(workdirOnly || evidence.every((e) => e.variable))) return undefined;
  if (!baseSetsNoLambdaVariables(target) || target.env.has('LAMBDA_TASK_ROOT')) return undefined;
  let bottom = target;
  while (bottom.base.stage) bottom = bottom.base.stage;
  const expose = lineageInstructions(target).find((i) => i.keyword === 'EXPOSE');
  if (!expose) return undefined;
  const image = bottom.base.expanded.value;
  const first = evidence[0];
  // Only WORKDIR /var/task (a server image that borrowed Lambda's folder name: Bedrock AgentCore runtimes, a SAM CLI
  // runner): a folder name is no function, when the image serves a port with a program of its own.
  if (workdirOnly) return { base: image, why: `works in ${first.what} (WORKDIR, line ${first.ins!.span.line}), the folder Lambda loads code from, but exposes a port (EXPOSE, line ${expose.span.line}) and runs a program of its own` };
  return { base: image, why: `names ${first.what}${first.ins ? ` (line ${first.ins.span.line})` : ''}, which ${image} does not define (it expands to nothing), and exposes a port (EXPOSE, line ${expose.span.line})` };
}

/** A handler string as Lambda runtimes parse them (not a file name, not a flag). */
export function handlerShaped(s: string): boolean {
  return HANDLER.test(s) && !FILE_NAME.test(s) && !/^\d/.test(s);
}

/**
 * Evidence is read from what the built target is made of: the target's own FROM chain for base images, and the
 * stages whose files can reach it for instructions. A Dockerfile whose last stage is a plain server image built
 * after a Lambda stage it never copies from is not a Lambda image (Docker builds the last stage).
 */
function collect(df: DockerfileModel, context: BuildContext | undefined): LambdaEvidence[] {
  const out: LambdaEvidence[] = [];
  for (let stage = df.target; stage; stage = stage.base.stage) {
    const kind = stage.base.kind;
    const ref = stage.base.ref;
    if (!stage.base.stage && kind.kind === 'aws') out.push({ what: `the AWS Lambda base image ${stage.base.expanded.value}`, ins: stage.fromInstruction, base: true });
    else if (!stage.base.stage && kind.kind === 'lambda-ready') out.push({ what: `the Lambda base image ${stage.base.expanded.value} (${kind.vendor})`, ins: stage.fromInstruction, base: true });
    else if (!stage.base.stage && !stage.base.scratch && lambdaNamedRepository(ref.repository)) out.push({ what: `the base image ${stage.base.expanded.value}, whose name says lambda`, ins: stage.fromInstruction, base: true });
  }
  for (const ins of df.instructions) {
    if (ins.stage && !ins.stage.reachesTarget) continue;
    if (ins.keyword === 'FROM' || ins.keyword === 'LABEL' || ins.keyword === 'MAINTAINER') continue;
    const text = ins.keyword === 'COPY' || ins.keyword === 'ADD' ? `${ins.flags.map((f) => `--${f.name}=${f.value ?? ''}`).join(' ')} ${ins.text}` : ins.text;
    let m: RegExpExecArray | null;
    // Every word of the four patterns holds one of these (most instructions hold none: four scans saved).
    const named = text.includes('ambda') || text.includes('LAMBDA_') || text.includes('/var/') || text.includes('AWS_LWA_');
    if (named && (m = RIC_WORDS.exec(text))) out.push({ what: `${m[1]} (a runtime interface client)`, ins });
    else if (named && (m = ADAPTER.exec(text))) {
      // The adapter is a Lambda extension only in /opt/extensions; copied elsewhere (`/asset/extensions/...`, the
      // build of a Lambda layer) it says nothing about this image.
      if (!ins.copy || pathWithin(expand(ins.copy.dest, ins.scope).value, '/opt/extensions')) out.push({ what: 'the Lambda Web Adapter', ins });
    }
    else if (named && (m = RIE.exec(text))) out.push({ what: `the Runtime Interface Emulator (${m[1]})`, ins });
    else if (named && (m = TASK_ROOT.exec(text))) out.push({ what: `${m[0].trim().replace(/^["'=:]/, '')}`, ins, ...(m[0].includes('LAMBDA_') ? { variable: true as const } : {}) });
    else if (ins.keyword === 'ENV' && ins.properties.some((p) => p.name === '_HANDLER')) out.push({ what: 'a _HANDLER setting', ins });
    else if (ins.copy && ins.copy.from && lambdaNamedRepository(ins.copy.from)) out.push({ what: `files copied from ${ins.copy.from}`, ins });
    else if (ins.copy && /(^|\/)bootstrap\/?$/.test(ins.copy.dest)) out.push({ what: `a bootstrap (${ins.copy.dest})`, ins });
    else if ((ins.keyword === 'ENTRYPOINT' || ins.keyword === 'CMD') && (ins.exec ?? ins.words).some((w) => /(^|\/)bootstrap$/.test(w) || w === JAVA_RIC_MAIN)) out.push({ what: 'a bootstrap executable as the entrypoint', ins });
  }
  const target = df.target;
  if (target) {
    const cmd = target.cmd?.value.exec;
    const handler = cmd && cmd.length === 1 ? cmd[0] : undefined;
    if (handler !== undefined && handlerShaped(handler) && !siblingLambdaTarget(df)) out.push({ what: `the handler-shaped CMD ["${handler}"]`, ins: target.cmd?.from });
    if (out.length === 0) {
      const a = analyzeDockerfile(df, context);
      const ev = [...(a?.evidence ?? []), ...(a?.stranded.map((x) => x.ev) ?? [])].find((e) => !e.assumed && !e.origin?.assumed);
      if (ev) out.push({ what: ev.what, ins: ev.ins });
    }
    const script = out.length === 0 ? defaultModuleRun(target) : undefined;
    if (script) out.push({ what: `${script.program} running ${script.file} (the module name AWS gives a Python function)`, ins: script.ins, weak: true });
  }
  return out;
}

/**
 * Where Lambda loads a function's code, runtime and extensions from: a file copied there makes the image a function's.
 * A layer's folders (/opt/python, /opt/nodejs ...) are not: layer builders fill them too
 * (https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html#packaging-layers-paths).
 */
const FUNCTION_DIRS = ['/var/task', '/var/runtime', '/opt/extensions', '/opt/bootstrap'];
/** Compilers, build, test and packaging tools: an ENTRYPOINT of one of these runs no function. */
const TOOL_PROGRAMS = new Set(['cargo', 'make', 'cmake', 'mvn', 'gradle', 'pytest', 'tox', 'zip', 'sam', 'cdk', 'terraform', 'rustc', 'gcc']);
/** Sources that bring application code: a folder, the whole context, a source file or a package (not a script). */
const CODE_SOURCE = /^\.\/?$|\.(py|js|mjs|cjs|ts|rb|go|java|jar|cs|csproj|php|rs|kt|dll)$|(^|\/)(src|app|lib|function|functions|handler|handlers|lambda|api)\/?$/;
/** Programs of the OS a builder's CMD runs to copy or show its output. */
const SYSTEM_TOOLS = new Set(['echo', 'true', 'cp', 'mv', 'ls', 'cat', 'sleep', 'tar', 'rsync']);
/** Python modules that test or build: `python -m pytest` is a test image. */
const TOOL_MODULES = new Set(['pytest', 'unittest', 'tox', 'build', 'pip', 'nox', 'mypy', 'flake8', 'ruff']);
/** Build tools' goals that start the application (`mvn spring-boot:run`, `cargo run`): not a tool's work. */
const RUNS_APP = /^(run|bootRun|spring-boot:run|quarkus:dev|serve|start)$/;

/** Does an argv run a compiler, build, test or packaging tool (not one that starts the application)? */
function runsTool(argv: readonly string[]): boolean {
  const program = argv[0].slice(argv[0].lastIndexOf('/') + 1);
  if (/^python[\d.]*$/.test(program) && argv[1] === '-m') return TOOL_MODULES.has(argv[2] ?? '');
  if (['npm', 'yarn', 'pnpm'].includes(program)) return TOOL_SCRIPT.test(argv[1] === 'run' ? (argv[2] ?? '') : (argv[1] ?? ''));
  // A test runner script (`./run_individual_tests.sh`, `run-tests.sh`).
  if (/(^|[-_.])(tests?|pytest)([-_.]|$)/i.test(program) && /\.(sh|bash)$/.test(program)) return true;
  return TOOL_PROGRAMS.has(program) && !argv.slice(1).some((a) => RUNS_APP.test(a));
}

/** A package script that tests or builds (`npm test`, `yarn run lint`): a tool, not a function's start. */
const TOOL_SCRIPT = /^(test|lint|build|check|ci)(:|$)/;
/** An install into a Lambda layer's folder (`pip install -t python/`, `npm install --prefix nodejs`): a layer builder. */
const LAYER_DIR = /^(\/opt\/)?(python|nodejs)(\/|$)/;

/** What Lambda's own base entrypoint and clients are, as a launch reads them. */
const LAMBDA_LAUNCHES = new Set(['base', 'ric', 'bootstrap', 'rie']);

/**
 * An image built FROM a Lambda base image that only borrows it (its runtime, its OS). Nothing is copied where Lambda
 * loads code, no CMD names a handler (the caller has seen no other sign), and:
 * - its ENTRYPOINT is a shell with nothing to run (no CMD) or a compiler, build, test or packaging tool (a test or
 *   build image), or a script this tool reads that starts no client while no application code is copied (a GitHub
 *   Action); or
 * - with neither ENTRYPOINT nor CMD, it packages a .zip (a zip builder), or works outside /var/task and copies no
 *   application code (a layer builder).
 * Anything else (application code run by a server, a compiled program) may be a function gone wrong, which the
 * contract rules judge. Returns what shows it, or undefined.
 */
function borrowsBase(df: DockerfileModel, context: BuildContext | undefined): string | undefined {
  const target = df.target;
  if (!target) return undefined;
  const task = scriptTask(df, context, target);
  if (task) return task;
  const instructions = lineageInstructions(target);
  let code = false;
  for (const ins of instructions) {
    if (!ins.copy) continue;
    const dest = expand(ins.copy.dest, ins.scope).value;
    if (dest.includes('$') || FUNCTION_DIRS.some((d) => pathWithin(dest, d))) return undefined;
    code ||= ins.copy.fromStage !== undefined || (ins.copy.from === undefined && ins.copy.sources.some((src) => CODE_SOURCE.test(src)));
  }
  const nothingIn = 'and nothing is copied into /var/task';
  const entrypoint = target.entrypoint;
  if (entrypoint?.from) {
    const argv = entrypoint.value.exec;
    // A shell-form ENTRYPOINT is left to LL102 (what it runs is read there).
    if (!argv || argv.length === 0) return undefined;
    if (bareShell(argv)) {
      // The shell runs CMD's script when CMD names one (`ENTRYPOINT ["/bin/sh"]`, `CMD ["/lambda-entrypoint.sh", ...]`).
      if (entrypointLaunchArgv(argv, target.cmd?.value.exec).length > argv.length) return undefined;
      return `its ENTRYPOINT is a shell (${argv[0]}) with ${target.cmd ? 'a CMD that names no script' : 'no CMD'} to run, ${nothingIn}`;
    }
    if (runsTool(argv)) return `its ENTRYPOINT runs ${argv.slice(0, argv[1] === '-m' ? 3 : 2).join(' ')}, a build or test tool, ${nothingIn}`;
    const launch = analyzeDockerfile(df, context)?.classify(argv);
    if (code || launch?.kind !== 'script' || !launch.script?.content || launch.script.launches.some((l) => LAMBDA_LAUNCHES.has(l.kind) || l.kind === 'script')) return undefined;
    // The script by its own name (`["sh", "entrypoint.sh"]` runs entrypoint.sh with sh).
    const scriptArg = argv.findIndex((a, i) => i > 0 && !a.startsWith('-'));
    const named = scriptArg > 0 && launch.script.path.endsWith(posix.basename(argv[scriptArg])) ? `${argv[scriptArg]} with ${argv[0]}` : argv[0];
    return `its ENTRYPOINT runs the script ${named}, which starts no runtime client, and no application code is copied`;
  }
  const cmd = target.cmd?.value.exec;
  // A builder whose CMD does the work (`CMD ["echo", "done"]`, `CMD ["cp", "layer.zip", "/out/"]`): CDK asset and
  // layer builds run such images to copy files out.
  if (target.cmd?.from && cmd?.length && (SYSTEM_TOOLS.has(cmd[0].slice(cmd[0].lastIndexOf('/') + 1)) || runsTool(cmd))) return `its CMD runs ${cmd[0]}, not a handler or a runtime client, ${nothingIn}`;
  if (target.cmd?.from) return undefined;
  const zip = instructions.find((ins) => ins.keyword === 'RUN' && (df.shell(ins)?.commands ?? []).some((c) => /(^|\/)zip$/.test(c.name) && c.args.some((a) => /\.zip$/.test(a))));
  if (zip) return `it packages a .zip (line ${zip.span.line}) and sets no CMD (no handler), ${nothingIn}`;
  const layer = instructions.find((ins) => ins.keyword === 'RUN' && (df.shell(ins)?.commands ?? []).some((c) => c.args.some((a, i) => i > 0 && /^(-t|--target|--prefix)$/.test(c.args[i - 1]) && LAYER_DIR.test(a.replace(/^\.\//, '')))));
  if (layer) return `it installs into a Lambda layer folder (line ${layer.span.line}) and sets no CMD (no handler), ${nothingIn}`;
  const workdir = target.workdir?.value;
  if (!code && workdir && target.workdir?.from && !pathWithin(workdir, '/var/task')) return `it sets no CMD (no handler), works in ${workdir} and copies no application code`;
  return undefined;
}

/** An interpreter, as an ENTRYPOINT's program names it (python3.12, /usr/bin/node). */
const SCRIPT_INTERPRETER = /(^|\/)(python(\d+(\.\d+)?)?|node|ruby)$/;
/**
 * Words a Lambda handler's source holds: the word handler (`def lambda_handler`, `exports.handler`, `handler =
 * Mangum(app)`), or a function that takes the event (`def main(event, context)`, `async (event, context) =>`).
 */
const HANDLER_HINT = /handler|\bdef\s+\w+\s*\(\s*_?event\b|\(\s*_?event\s*,\s*_?(context|ctx)\b/i;
/**
 * A web server started by the script (Flask, FastAPI, express, Node's http, Python's http.server...): application
 * code run by a server may be a function gone wrong (deployed without the Web Adapter), which the contract rules judge.
 */
const SERVER_HINT = /\.listen\s*\(|\bapp\.run\s*\(|\buvicorn\b|\bgunicorn\b|\bwaitress\b|\bcreateServer\b|\bhttp\.server\b|\bsocketserver\b|\bFlask\s*\(|\bFastAPI\s*\(|\bexpress\s*\(|\bserve_forever\b|\bweb\.run_app\b/;

/**
 * An ENTRYPOINT that runs a script this tool reads (`ENTRYPOINT ["python", "task.py"]`) which starts no runtime
 * client, holds no handler and serves nothing: a task or a job (an ECS task, a CI step) that only borrows the Lambda
 * base image. A script that defines a handler or starts a web server, but is started as a program, is a function
 * gone wrong, which LL102 reports.
 */
function scriptTask(df: DockerfileModel, context: BuildContext | undefined, target: Stage): string | undefined {
  const ep = target.entrypoint?.from ? target.entrypoint.value.exec : undefined;
  // The interpreter alone in ENTRYPOINT runs CMD's script (`ENTRYPOINT ["python3.11"]`, `CMD ["job.py"]`).
  const written = ep && ep.length === 1 ? [...ep, ...(target.cmd?.value.exec ?? [])] : ep;
  if (!written || !SCRIPT_INTERPRETER.test(written[0] ?? '')) return undefined;
  // Interpreter options before the script (`python -u job.py`); `-m` and `-c` run no script file.
  let k = 1;
  while (k < written.length && written[k].startsWith('-') && written[k] !== '-m' && written[k] !== '-c') k++;
  if (k >= written.length || written[k].startsWith('-')) return undefined;
  const argv = [written[0], ...written.slice(k)];
  const launch = analyzeDockerfile(df, context)?.classify(argv);
  const content = launch?.script?.content;
  if (content === undefined || launch!.ric !== undefined || launch!.script!.launches.some((l) => LAMBDA_LAUNCHES.has(l.kind))) return undefined;
  // Logging's handler classes (StreamHandler, RotatingFileHandler) say nothing of a Lambda handler.
  const text = content.replace(/\w*(Stream|File|Null|Queue|Http|Socket|Syslog|Memory|Buffering|SMTP|Rotating\w*|Watched\w*|NT\w*)Handler\b|\b(add|remove|has)Handlers?\b|\.handlers\b/g, '');
  if (HANDLER_HINT.test(text) || SERVER_HINT.test(content)) return undefined;
  if (lineageInstructions(target).some((i) => i.keyword === 'EXPOSE')) return undefined;
  return `its ENTRYPOINT runs the script ${argv[1]} with ${argv[0]}, which defines no handler, starts no runtime client and serves nothing (a task or a job, not a function)`;
}

/** The module name the Lambda console and AWS's Python examples give a function (handler lambda_function.lambda_handler). */
const DEFAULT_MODULE_FILE = /(^|\/)lambda_function\.py$/;
const DEFAULT_MODULE = /(^|\.)lambda_function$/;
const PYTHON_PROGRAM = /(^|\/)python(\d+(\.\d+)?)?$/;

/**
 * The program the target runs is Python running lambda_function.py (`CMD ["python", "lambda_function.py"]`): code
 * written for Lambda, started as a script. A weak sign (the image may only run the code outside Lambda), so what the
 * contract rules find on it alone is said as a warning. Not when the image exposes a port (a server).
 */
function defaultModuleRun(target: Stage): { program: string; file: string; ins: Instruction | undefined } | undefined {
  const setting = target.entrypoint ?? target.cmd;
  const argv = target.entrypoint?.value.exec ? [...target.entrypoint.value.exec, ...(target.cmd?.value.exec ?? [])] : target.entrypoint ? undefined : target.cmd?.value.exec;
  if (!argv || !PYTHON_PROGRAM.test(argv[0] ?? '')) return undefined;
  // A script that serves a port is a server that happens to hold Lambda code, not a function image.
  if (lineageInstructions(target).some((i) => i.keyword === 'EXPOSE')) return undefined;
  const at = setting?.from;
  // `python -m pkg.lambda_function` runs the module as a script too.
  const m = argv.indexOf('-m');
  if (m > 0 && argv.slice(1, m).every((w) => w.startsWith('-'))) return DEFAULT_MODULE.test(argv[m + 1] ?? '') ? { program: argv[0], file: `${argv[m + 1]} (-m)`, ins: at } : undefined;
  const file = argv.slice(1).find((w) => !w.startsWith('-'));
  return file && DEFAULT_MODULE_FILE.test(file) ? { program: argv[0], file, ins: at } : undefined;
}

/** The instructions of a stage and the stages it is built FROM. */
function lineageInstructions(stage: Stage): Instruction[] {
  const out: Instruction[] = [];
  for (let s: Stage | undefined = stage; s; s = s.base.stage) out.push(...s.instructions);
  return out;
}

/**
 * A file with several build targets (`docker build --target`): a stage on an AWS Lambda base image that the built
 * target does not reach. The target, on a base of its own, is then the file's other (non-Lambda) image, and a CMD
 * that merely looks like a handler (`db_store.main`) is no sign of Lambda.
 */
function siblingLambdaTarget(df: DockerfileModel): boolean {
  return df.stages.some((s) => !s.reachesTarget && (s.base.kind.kind === 'aws' || s.base.kind.kind === 'lambda-ready'));
}

/**
 * Whether the Lambda-contract rules judge this input: forced by configuration (`lambda: true|false`), always
 * for a built image (its evidence is the image itself), else when the Dockerfile shows evidence.
 */
export function judgesAsLambda(df: DockerfileModel, context: BuildContext | undefined, forced: boolean | undefined, mode: 'dockerfile' | 'history' | 'image'): boolean {
  if (forced !== undefined) return forced;
  if (mode !== 'dockerfile') return true;
  return lambdaEvidence(df, context).length > 0;
}

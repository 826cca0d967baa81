import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  explainRule,
  listRules
} from "./chunks/chunk-E5YPPKRI.js";
import {
  Chalk,
  InputProblem,
  Linter,
  package_default
} from "./chunks/chunk-ZUDB2XXC.js";
import {
  sniffDeploy
} from "./chunks/chunk-D775ZDKU.js";
import {
  RULES,
  findRule
} from "./chunks/chunk-435VUIJB.js";
import {
  closest,
  defuseWorkflowLine,
  formatBytes,
  inputLine,
  isSecretName,
  redact,
  redactDeep,
  redactText,
  require_main,
  safeText
} from "./chunks/chunk-OOC7D3CD.js";
import "./chunks/chunk-VXECP6A4.js";
import {
  statInputIfAny,
  withStatMemo
} from "./chunks/chunk-GE4CN7KY.js";
import "./chunks/chunk-WXDG642Z.js";
import {
  WORKER_ARG
} from "./chunks/chunk-HL6MSSL4.js";
import {
  stackOf
} from "./chunks/chunk-UWHL6UHF.js";
import "./chunks/chunk-AUYTHOBX.js";
import {
  __toESM
} from "./chunks/chunk-7KY5IGMZ.js";

// src/cli/main.ts
import { existsSync, statSync } from "node:fs";
import { join, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/core/threadpool.ts
import { availableParallelism } from "node:os";
function threadpoolSize(env = process.env, processors = availableParallelism()) {
  if (env.UV_THREADPOOL_SIZE) return void 0;
  return processors < 4 ? Math.max(2, processors) : void 0;
}
function sizeThreadpool(env = process.env) {
  const n = threadpoolSize(env);
  if (n !== void 0) env.UV_THREADPOOL_SIZE = String(n);
}

// src/linter/target-check.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function unknownTargets(report, target, cwd) {
  if (target === void 0) return [];
  const out = [];
  for (const t of report.targets) {
    if (t.kind !== "dockerfile" || t.function) continue;
    let text;
    try {
      text = readFileSync(resolve(cwd, t.file), "utf8");
    } catch {
      continue;
    }
    const stages = import_dockerfile_ast.DockerfileParser.parse(text).getFROMs().map((f) => f.getBuildStage()?.toLowerCase()).filter(Boolean);
    if (!stages.includes(target.toLowerCase())) out.push({ file: t.file, message: `--target "${target}" names no stage of this Dockerfile${stages.length ? ` (stages: ${stages.join(", ")})` : " (it has no named stage: FROM <image> AS <name>)"}` });
  }
  return out;
}

// src/cli/main.ts
var HELP = `Usage: lint-lambda-image [options] <input>...

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
var UsageError = class extends Error {
};
var THRESHOLDS = ["error", "warning", "info", "none"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  "failure-threshold": { type: "string", short: "t" },
  ignore: { type: "string", multiple: true },
  "build-arg": { type: "string", multiple: true },
  target: { type: "string" },
  image: { type: "string" },
  platform: { type: "string" },
  dockerfile: { type: "string" },
  context: { type: "string" },
  lambda: { type: "boolean" },
  "no-lambda": { type: "boolean" },
  "no-context": { type: "boolean" },
  config: { type: "string", short: "c" },
  "print-config": { type: "string" },
  "stdin-filename": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  estimates: { type: "boolean" },
  "no-estimates": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "list-rules": { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
  now: { type: "string" },
  concurrency: { type: "string" }
};
var codeCacheHint = { linted: 0 };
async function run(argv, rawIo) {
  return withStatMemo(() => runArgs(argv, rawIo));
}
function argsError(e) {
  const unknown = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /Unknown option '([^']+)'/.exec(e.message)?.[1] : void 0;
  if (!unknown) return e.message.split("\n")[0];
  const near = closest(unknown, Object.keys(OPTIONS).map((o) => `--${o}`));
  return `unknown option ${unknown}${near ? ` (did you mean ${near}?)` : ""}`;
}
async function runArgs(argv, rawIo) {
  const io = { ...rawIo, stderr: (s) => rawIo.stderr(safeStderr(s)) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    io.stderr(`lint-lambda-image: ${argsError(e)} (see --help)
`);
    return 2;
  }
  const { values, positionals } = parsed;
  const chalk = makeChalk(values, io);
  try {
    const info = infoCommand(values, positionals, chalk);
    if (info !== void 0) {
      io.stdout(info);
      return 0;
    }
    const format = values.format ?? "stylish";
    if (!Linter.formats().includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${Linter.formats().join(", ")}`);
    const linter = makeLinter(values, io.env);
    if (values["print-config"] !== void 0) {
      if (!existsSync(resolve2(linter.cwd, values["print-config"]))) io.stderr(`lint-lambda-image: note: ${inputLine(values["print-config"])} does not exist; this is the configuration a file there would get
`);
      const { file, config } = await linter.configFor(values["print-config"]);
      io.stdout(`${JSON.stringify(redactConfig({ file, config }), null, 2)}
`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("no input given; pass a Dockerfile, an image archive or - (see --help)");
    const { files, problems, excluded } = await inputFiles(positionals, linter);
    if (format === "stylish" && !values.quiet && files.length === 0 && excluded.length > 0) {
      io.stdout(`${chalk.blue("\u2139")} Nothing linted: the exclude of the configuration matches ${excluded.map(inputLine).join(", ")}.
`);
    }
    const progress = progressReporter(io, values.quiet === true);
    const report = await linter.lintFiles(files, {
      readStdin: io.readStdin,
      stdin: io.stdin,
      stdinFilename: values["stdin-filename"],
      contextDir: values["no-context"] ? null : values.context,
      dockerfile: values.dockerfile,
      image: values.image,
      platform: values.platform,
      onProgress: progress
    });
    codeCacheHint.linted = Math.max(codeCacheHint.linted, report.targets.length);
    const badTargets = unknownTargets(report, values.target, linter.cwd);
    report.errors.push(...problems, ...badTargets);
    if (badTargets.length) {
      const bad = new Set(badTargets.map((e) => e.file));
      report.targets = report.targets.filter((t) => t.kind !== "dockerfile" || t.function !== void 0 || !bad.has(t.file));
    }
    for (const err of report.errors) {
      io.stderr(`${chalk.red("lint-lambda-image:")} ${inputLine(err.file)}: ${inputLine(err.message)}
`);
      const stack = io.env.LINT_LAMBDA_IMAGE_DEBUG ? stackOf(err) : void 0;
      if (stack) io.stderr(`${redactText(stack)}
`);
    }
    if (format === "stylish" && report.targets.length === 0 && report.errors.length === 0 && files.length > 0 && !values.quiet) {
      const unchecked = report.unchecked ?? [];
      for (const u of unchecked) io.stdout(`${chalk.blue("\u2139")} ${chalk.underline(inputLine(u.file))}: not checked: ${inputLine(u.message)}
`);
      if (unchecked.length) io.stdout(`${chalk.blue("\u2139")} Nothing linted: ${files.map(inputLine).join(", ")} declare${files.length === 1 ? "s" : ""} no container image function this tool could check (${unchecked.length} not checked, above).
`);
      else io.stdout(`${chalk.green("\u2714")} Nothing to lint: ${files.map(inputLine).join(", ")} declare${files.length === 1 ? "s" : ""} no container image function (functions deployed as .zip archives are not linted).
`);
    }
    if (format === "stylish" && report.targets.length === 0 && report.errors.length > 0) {
      const n = report.errors.length;
      io.stdout(`${chalk.red.bold("\u2716")} ${n} input${n === 1 ? "" : "s"} could not be read (${n === 1 ? "its error is" : "their errors are"} on stderr); nothing was linted.
`);
    }
    if (format !== "stylish" || report.targets.length > 0) {
      const estimates = await estimatesMode(values, linter, report.targets.length, files[0] === "-" ? values["stdin-filename"] ?? "-" : files[0]);
      io.stdout(linter.loadFormatter(format)(report, { color: chalk.level > 0, quiet: values.quiet, estimates }));
    }
    return linter.exitCode(report);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`lint-lambda-image: ${inputLine(e.message)}
`);
      return 2;
    }
    if (e instanceof InputProblem) {
      io.stderr(`lint-lambda-image: ${inputLine(e.file)}: ${inputLine(e.detail)}
`);
      return 2;
    }
    const err = e;
    io.stderr(`lint-lambda-image: internal error: ${inputLine(String(err?.message ?? err))}${io.env.LINT_LAMBDA_IMAGE_DEBUG ? `
${err.stack}` : " (set LINT_LAMBDA_IMAGE_DEBUG=1 for details)"}
`);
    return 2;
  }
}
function infoCommand(values, positionals, chalk) {
  if (values.help) {
    return HELP;
  }
  if (values.version) {
    return `${package_default.version}
`;
  }
  if (values["list-rules"]) {
    return listRules(RULES, chalk);
  }
  if (positionals[0] === "explain") {
    const id = positionals[1];
    if (!id) throw new UsageError("explain needs a rule code or name, e.g. explain LL103");
    const rule = findRule(id);
    if (!rule) throw new UsageError(`unknown rule "${id}" (see --list-rules)`);
    return explainRule(rule, chalk);
  }
  return void 0;
}
function redactConfig(shown) {
  const args = shown.config["build-args"];
  const named = args ? Object.fromEntries(Object.entries(args).map(([name, value]) => [name, isSecretName(name) ? redact(value) : value])) : void 0;
  return redactDeep(named ? { ...shown, config: { ...shown.config, "build-args": named } } : shown);
}
function makeLinter(values, env) {
  const thresholdFlag = values["failure-threshold"];
  if (thresholdFlag !== void 0 && !THRESHOLDS.includes(thresholdFlag)) throw new UsageError(`--failure-threshold must be one of ${THRESHOLDS.join(", ")}`);
  const buildArgs = {};
  for (const kv of values["build-arg"] ?? []) {
    const eq = kv.indexOf("=");
    if (eq < 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(kv)) {
      const value = env[kv];
      if (value !== void 0) buildArgs[kv] = value;
      continue;
    }
    if (eq <= 0) throw new UsageError(`--build-arg needs NAME=VALUE or NAME, got "${redactText(kv)}"`);
    buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  for (const id of values.ignore ?? []) {
    for (const part of id.split(",")) if (!findRule(part.trim())) throw new UsageError(`--ignore: unknown rule "${part.trim()}" (see --list-rules)`);
  }
  if (values.lambda && values["no-lambda"]) throw new UsageError("--lambda and --no-lambda cannot be given together");
  if (values.estimates && values["no-estimates"]) throw new UsageError("--estimates and --no-estimates cannot be given together");
  if (values.context !== void 0 && values["no-context"]) throw new UsageError("--context and --no-context cannot be given together");
  if (values.context !== void 0 && !isFolder(values.context)) throw new UsageError(`--context ${values.context}: ${existsSync(values.context) ? "not a folder" : "no such folder"}`);
  return new Linter({
    config: values.config,
    ignore: (values.ignore ?? []).flatMap((s) => s.split(",").map((x) => x.trim())),
    buildArgs,
    failureThreshold: thresholdFlag,
    target: values.target,
    lambda: values.lambda ? true : values["no-lambda"] ? false : void 0,
    now: values.now ? new Date(values.now) : void 0,
    concurrency: concurrencyFlag(values.concurrency)
  });
}
function concurrencyFlag(value) {
  if (value === void 0) return "auto";
  if (value === "auto" || value === "off") return value;
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--concurrency must be a number of threads (1 or more), auto or off; got "${value}"`);
  return Number(value);
}
function safeStderr(s) {
  return redactText(s).split("\n").map(defuseWorkflowLine).join("\n");
}
function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function makeChalk(values, io) {
  let level;
  if (values["no-color"]) level = 0;
  else if (values.color) level = 1;
  else if (io.env.NO_COLOR) level = 0;
  else if (io.env.FORCE_COLOR !== void 0) level = io.env.FORCE_COLOR === "0" || io.env.FORCE_COLOR === "false" ? 0 : 1;
  else level = io.isTTY && io.env.TERM !== "dumb" ? 1 : 0;
  return new Chalk({ level });
}
function progressReporter(io, quiet) {
  const tty = io.stderrIsTTY === true && !io.env.CI;
  const every = Number(io.env.LINT_LAMBDA_IMAGE_PROGRESS_MS ?? 5e3);
  let started = 0;
  let shown = false;
  let last = 0;
  return (name, p) => {
    if (quiet) return;
    const now = Date.now();
    if (p === null) {
      if (shown && tty) io.stderr("\r\x1B[2K");
      started = 0;
      last = 0;
      shown = false;
      return;
    }
    if (!started) started = now;
    if (tty) {
      if (now - started < 1e3 || now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\r\x1B[2K${safeText(name)}: reading layer ${Math.min(p.layer + 1, p.layers)}/${p.layers}, ${formatBytes(p.uncompressed)} inflated`);
      return;
    }
    if (now - (last || started) < every) return;
    last = now;
    shown = true;
    io.stderr(`${safeText(name)}: ${formatBytes(p.uncompressed)} read, ${Math.min(p.layer, p.layers)} of ${p.layers} layer${p.layers === 1 ? "" : "s"} done
`);
  };
}
var GLOB = /[*?{}[\]!]/;
async function inputFiles(inputs, linter) {
  const discovery = inputs.some((i) => i !== "-" && (GLOB.test(i) || isFolderToSearch(resolve2(linter.cwd, i))));
  if (!discovery) {
    const files = [];
    const excluded = [];
    for (const i of inputs) {
      if (i === "-" || !await linter.isExcluded(i).catch(() => false)) files.push(i);
      else excluded.push(i);
    }
    return { files, problems: [], excluded };
  }
  const { discover } = await import("./chunks/discover-GQXNREQN.js");
  const found = await discover(inputs, { cwd: linter.cwd, excluded: (f) => linter.isExcluded(f).catch(() => false) });
  return { files: found.files, problems: found.empty.map((e) => ({ file: e.input, message: e.why })), excluded: [] };
}
function isFolderToSearch(path) {
  const st = statInputIfAny(path);
  if (st?.isDirectory() !== true || existsSync(join(path, "oci-layout")) || existsSync(join(path, "index.json"))) return false;
  const deploy = sniffDeploy(path);
  return deploy === void 0 || deploy === "terraform";
}
async function estimatesMode(values, linter, targets, first) {
  if (values.estimates) return "full";
  if (values["no-estimates"]) return "none";
  const configured = first && first !== "-" ? (await linter.configFor(first).catch(() => void 0))?.config.estimates : void 0;
  if (configured !== void 0) return configured ? "full" : "none";
  return targets > 1 ? "compact" : "full";
}
var isMain = process.argv[1] !== void 0 && !process.env.VITEST;
if (isMain && process.argv[2] === WORKER_ARG && process.argv.length === 3) {
  void import("./chunks/lint-worker.js").then((w) => w.serveWorker() || runCli());
} else if (isMain) runCli();
function runCli() {
  sizeThreadpool();
  const gone = { stdout: false, stderr: false };
  for (const name of ["stdout", "stderr"]) {
    process[name].on("error", (e) => {
      if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e;
      gone[name] = true;
    });
  }
  void run(process.argv.slice(2), {
    stdout: (s) => gone.stdout || process.stdout.write(s),
    stderr: (s) => gone.stderr || process.stderr.write(s),
    stdin: () => process.stdin,
    readStdin: async () => {
      const chunks = [];
      for await (const c of process.stdin) chunks.push(c);
      return Buffer.concat(chunks);
    },
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env
  }).then((code) => {
    process.exitCode = code;
  });
}
export {
  codeCacheHint,
  run
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  ARM64_PRICE_CUT,
  BUILD_ARTIFACT_MB,
  BUILD_ARTIFACT_SOURCE,
  GENERIC_IMPORT,
  GENERIC_IMPORT_CAP,
  GENERIC_PACKAGE_MB,
  GENERIC_PACKAGE_SOURCE,
  IMPORT_COST,
  LAMBDA_CONTRACT_RULES,
  MissingFact,
  PER_OWN_MB,
  PIP_NAME_NORMALISE,
  RUNTIME_START,
  SEVERITY_RANK,
  SNAPSTART_NOTE_AWS_BASE,
  SNAPSTART_NOTE_OTHER_BASE,
  baseImageSize,
  checkContext,
  expand,
  formatBytes,
  formatMs,
  hubRepository,
  installs,
  interpolate,
  judgesAsLambda,
  managerCommands,
  memoOn,
  msRange,
  openContext,
  optionsOf,
  packageByKey,
  packageByName,
  parseDockerfile,
  pathWithin,
  redactText,
  rules,
  sizeRange,
  stageLineage
} from "./chunk-WVY5C5XE.js";
import {
  commandName,
  initShell
} from "./chunk-A7VI5KV3.js";

// src/estimate/cold-start.ts
var center = (r) => (r[0] + r[1]) / 2;
var formatMB = formatBytes;
var RUNTIME_CUT = {
  python: "fixed cost of the Python runtime; only provisioned concurrency removes it",
  nodejs: "fixed cost of the Node.js runtime; bundle and minify your code (esbuild) so less JavaScript is parsed; provisioned concurrency removes it",
  java: 'load fewer classes at init (no reflection-heavy frameworks), try JAVA_TOOL_OPTIONS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1", SnapStart (published versions; see the note) or provisioned concurrency',
  dotnet: "ReadyToRun compilation (PublishReadyToRun=true) cuts JIT time; Native AOT on provided.al2023 cuts more; provisioned concurrency removes it",
  ruby: "fixed cost of the Ruby runtime; require less at init; provisioned concurrency removes it",
  native: "already minimal: native binaries start fast",
  unknown: "use an AWS base image for a known runtime so the estimate (and Lambda's cache) can help"
};
function estimateColdStart(input) {
  const rt = RUNTIME_START[input.runtime];
  const terms = [{ name: rt.label, p50: rt.p50, p99: rt.p99, cut: RUNTIME_CUT[input.runtime] }];
  const ownMBLow = input.ownBytes.low / 1e6;
  const ownMBHigh = input.ownBytes.high / 1e6;
  const ownMid = (input.ownBytes.low + input.ownBytes.high) / 2;
  const biggest = (input.biggestOwn ?? []).slice(0, 2).map((b) => `${b.what.replace(/ \(line \d+.*?\)$/, "")} ${formatMB(b.bytes)}`).join(", ");
  const ownCut = [
    input.awsBase ? void 0 : "start FROM an AWS base image (Lambda caches its layers, so they stop counting as your bytes)",
    "use a multi-stage build and copy only runtime files into the final stage (no compilers, caches, tests or docs)",
    biggest ? `shrink the biggest: ${biggest}` : void 0
  ].filter(Boolean).join("; ");
  terms.push({
    name: `reading your own ${formatMB(ownMid)} of image (not in an AWS base image)`,
    p50: [ownMBLow * PER_OWN_MB.p50[0], ownMBHigh * PER_OWN_MB.p50[1]],
    p99: [ownMBLow * PER_OWN_MB.p99[0], ownMBHigh * PER_OWN_MB.p99[1]],
    cut: ownCut
  });
  for (const key of input.packages) {
    const c = IMPORT_COST[key];
    if (!c) continue;
    const alt = key === "torch" ? "; install the CPU-only wheel (--index-url https://download.pytorch.org/whl/cpu): Lambda has no GPU" : key === "aws-sdk" ? "; move to AWS SDK v3 (@aws-sdk/client-*, already in the Node.js base image)" : key === "pandas" ? "; or use a lighter library (polars, pyarrow compute) where it fits" : "";
    terms.push({ name: c.label, p50: c.p50, p99: c.p99, cut: `import it lazily, inside the code path that needs it, not at module load${alt}` });
  }
  const generic = Math.min(input.otherPackages, GENERIC_IMPORT_CAP);
  if (generic > 0) {
    terms.push({
      name: `loading ${generic} other package${generic === 1 ? "" : "s"}`,
      p50: [GENERIC_IMPORT.p50[0] * generic, GENERIC_IMPORT.p50[1] * generic],
      p99: [GENERIC_IMPORT.p99[0] * generic, GENERIC_IMPORT.p99[1] * generic],
      cut: "drop unused dependencies and bundle what is left (tree-shaking for Node.js); import lazily"
    });
  }
  const total = (f) => ({
    low: Math.round(terms.reduce((n, t) => n + f(t)[0], 0)),
    high: Math.round(terms.reduce((n, t) => n + f(t)[1], 0))
  });
  const drivers = terms.map((t) => ({ name: t.name, ms: Math.round(center(t.p50)), cut: t.cut })).filter((d) => d.ms > 0).sort((a, b) => b.ms - a.ms).slice(0, 3);
  const notes = [
    "Heuristic estimate, not a measurement: the millisecond parameters are fitted to illustrative figures (see src/knowledge/cold-start.ts).",
    input.awsBase ? `AWS base layers (${formatMB((input.baseBytes.low + input.baseBytes.high) / 2)}) are cached by Lambda; your own ${formatMB(ownMid)} are fetched on demand and the parts read at init cost time.` : `This image is not built on an AWS base image, so all its ${formatMB(ownMid)} count as its own bytes: Lambda does not pre-cache them.`,
    `arm64 (Graviton) is ~${Math.round(ARM64_PRICE_CUT * 100)}% cheaper per GB-second: a cost saving, not a cold-start one.`
  ];
  if (input.runtime === "java") notes.push(input.awsBase ? SNAPSTART_NOTE_AWS_BASE : SNAPSTART_NOTE_OTHER_BASE);
  if (input.runtime === "unknown") notes.push("The runtime was not recognised, so the runtime start-up range is wide.");
  return { p50: total((t) => t.p50), p99: total((t) => t.p99), drivers, model: "heuristic", notes };
}
function coldStartInputOf(size) {
  const own = size.contributions.filter((c) => !c.base && c.high > 0).map((c) => ({ what: c.what, bytes: (c.low + c.high) / 2 })).sort((a, b) => b.bytes - a.bytes);
  return {
    runtime: size.runtime,
    ownBytes: size.ownBytes,
    baseBytes: size.baseShare,
    packages: size.packages,
    otherPackages: size.otherPackages,
    biggestOwn: own,
    awsBase: size.base?.aws ?? false
  };
}
var pointOf = (r) => (r.low + r.high) / 2;

// src/estimate/image.ts
function family(f) {
  switch (f) {
    case "python":
    case "nodejs":
    case "java":
    case "dotnet":
    case "ruby":
    case "native":
      return f;
    case "node":
      return "nodejs";
    case "provided":
    case "go":
    case "rust":
      return "native";
    default:
      return "unknown";
  }
}
function packageKey(name) {
  if (name === "torch-cpu" || name === "torch") return name;
  return (packageByKey(name) ?? packageByName("pip", name) ?? packageByName("npm", name))?.key;
}
function estimateImageSize(facts) {
  const base = Math.min(facts.baseLayerBytes ?? 0, facts.uncompressedBytes);
  const own = facts.uncompressedBytes - base;
  const runtime = family(facts.runtimeFamily);
  const packages = [...new Set((facts.packages ?? []).map(packageKey).filter((k) => !!k))].filter((k) => packageByKey(k)?.ecosystem !== "os");
  const contributions = facts.layers.map((l, i) => {
    const inBase = facts.baseLayerBytes !== void 0 && i < countBaseLayers(facts);
    return { kind: "layer", what: `layer ${i + 1}${l.createdBy ? `: ${redactText(l.createdBy.replace(/\s+/g, " ")).slice(0, 100)}` : ""} (${l.digest.slice(0, 19)})`, low: l.size, high: l.size, source: "image", ...inBase ? { base: true } : {} };
  });
  return {
    low: facts.uncompressedBytes,
    high: facts.uncompressedBytes,
    baseShare: { low: base, high: base },
    ownBytes: { low: own, high: own },
    contributions,
    unknown: [],
    exact: true,
    compressed: facts.compressedBytes,
    base: base > 0 ? { image: facts.baseImage ?? "AWS base image", aws: true } : facts.baseImage ? { image: facts.baseImage, aws: false } : void 0,
    runtime,
    packages,
    otherPackages: 0
  };
}
function countBaseLayers(facts) {
  let n = 0;
  let sum = 0;
  for (const l of facts.layers) {
    if (sum >= (facts.baseLayerBytes ?? 0)) break;
    sum += l.size;
    n++;
  }
  return n;
}
function estimateImage(facts) {
  const size = estimateImageSize(facts);
  const input = coldStartInputOf(size);
  input.awsBase = (facts.baseLayerBytes ?? 0) > 0;
  return { size, coldStart: estimateColdStart(input) };
}

// src/estimate/from-image.ts
var AWS_BASE_ENTRYPOINT = /ENTRYPOINT \[?"?\/lambda-entrypoint\.sh/;
var RUNTIME_MARKERS = [
  [/^\/var\/lang\/bin\/python3/, "python"],
  [/^\/var\/lang\/bin\/node$/, "nodejs"],
  [/^\/var\/lang\/bin\/java$/, "java"],
  [/^\/var\/lang\/bin\/dotnet$/, "dotnet"],
  [/^\/var\/lang\/bin\/ruby$/, "ruby"],
  [/\/site-packages\/awslambdaric\//, "python"],
  [/\/node_modules\/aws-lambda-ric\//, "nodejs"],
  [/\/gems\/aws_lambda_ric-/, "ruby"],
  [/Amazon\.Lambda\.RuntimeSupport\.dll$/, "dotnet"],
  [/aws-lambda-java-runtime-interface-client.*\.jar$/, "java"]
];
var CUDA_MARKER = /\/torch\/lib\/libtorch_cuda\.so$|\/(?:site|dist)-packages\/nvidia\//;
var INTERPRETERS = [
  [/^python[0-9.]*$/, "python"],
  [/^node(js)?$/, "nodejs"],
  [/^java$/, "java"],
  [/^dotnet$/, "dotnet"],
  [/^ruby[0-9.]*$/, "ruby"]
];
var SHELLS = /^(sh|bash|dash|ash|zsh|busybox|tini|dumb-init|env)$/;
function familyOfCommand(image) {
  const words = [...image.config.Entrypoint ?? [], ...image.config.Cmd ?? []];
  let i = 0;
  while (i < words.length && /^(\/usr)?\/bin\/env$|^env$|^(\/sbin\/|\/usr\/bin\/)?(tini|dumb-init)$|^--$/.test(words[i])) i++;
  const cmd = words[i];
  if (!cmd) return void 0;
  const name = cmd.slice(cmd.lastIndexOf("/") + 1);
  for (const [re, fam] of INTERPRETERS) if (re.test(name)) return fam;
  if (SHELLS.test(name) || /\.(sh|py|js|mjs|cjs|rb|pl|jar|dll)$/.test(name)) return void 0;
  const res = image.resolve(cmd.startsWith("/") ? cmd : `${image.config.WorkingDir ?? "/"}/${cmd}`);
  if (!res.ok || res.entry.type !== "file") return void 0;
  const body = image.body(res.path)?.data;
  if (body && body.length >= 4) return body.subarray(0, 4).toString("latin1") === "\x7FELF" ? "native" : void 0;
  return name === "bootstrap" || (res.entry.mode & 73) !== 0 ? "native" : void 0;
}
function imageFacts(image) {
  const layers = image.layers.map((l) => ({ digest: l.digest ?? l.diffId ?? `layer-${l.index}`, size: l.uncompressedSize, createdBy: l.createdBy }));
  let baseLayerBytes;
  let produced = 0;
  for (const h of image.config.history) {
    if (AWS_BASE_ENTRYPOINT.test(h.created_by ?? "")) {
      baseLayerBytes = image.layers.slice(0, produced).reduce((n, l) => n + l.uncompressedSize, 0);
      break;
    }
    if (!h.empty_layer) produced++;
  }
  let runtimeFamily2;
  const packages = /* @__PURE__ */ new Set();
  const taskRoot = (image.config.Env ?? []).find((e) => e.startsWith("LAMBDA_TASK_ROOT="))?.slice(17).replace(/\/+$/, "") || "/var/task";
  const inTaskRoot = new RegExp(`^${taskRoot.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/([A-Za-z0-9_.-]+)/__init__\\.py$`);
  let torchCuda = false;
  for (const path of image.files.keys()) {
    if (!runtimeFamily2) {
      for (const [re, fam] of RUNTIME_MARKERS) if (re.test(path)) runtimeFamily2 = fam;
    }
    const pkg = /\/(?:site|dist)-packages\/([A-Za-z0-9_.-]+)\/__init__\.py$/.exec(path) ?? inTaskRoot.exec(path) ?? /\/node_modules\/((?:@[^/]+\/)?[^/@]+)\/package\.json$/.exec(path);
    if (pkg) packages.add(pkg[1].toLowerCase());
    if (CUDA_MARKER.test(path)) torchCuda = true;
  }
  if (packages.has("torch") && !torchCuda) {
    packages.delete("torch");
    packages.add("torch-cpu");
  }
  if (!runtimeFamily2 && image.files.has("/var/runtime/bootstrap")) runtimeFamily2 = "provided";
  runtimeFamily2 ??= familyOfCommand(image);
  return {
    uncompressedBytes: image.totals.uncompressed,
    compressedBytes: image.totals.compressed,
    layers,
    baseLayerBytes,
    runtimeFamily: runtimeFamily2,
    packages: [...packages]
  };
}

// src/engine/runner.ts
import { dirname } from "node:path";

// src/estimate/size.ts
import { posix } from "node:path";
var MB_BYTES = 1e6;
var SITE = "(site-packages)";
var OS_PATH = "(os)";
var bytes = (mb) => [Math.round(mb[0] * MB_BYTES), Math.round(mb[1] * MB_BYTES)];
function lineOf(ins) {
  return `line ${ins.span.line}`;
}
function awsFamily(stage) {
  return stage.base.kind.kind === "aws" ? stage.base.kind.family : void 0;
}
function rootOf(stage) {
  let s = stage;
  while (s.base.stage) s = s.base.stage;
  return s;
}
function dependencyOrder(root) {
  const order = [];
  const visited = /* @__PURE__ */ new Set([root]);
  const stack = [{ stage: root, deps: root.dependsOn.values() }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.deps.next();
    if (next.done) {
      order.push(top.stage);
      stack.pop();
    } else if (!visited.has(next.value)) {
      visited.add(next.value);
      stack.push({ stage: next.value, deps: next.value.dependsOn.values() });
    }
  }
  return order;
}
var Estimator = class {
  constructor(model, ctx) {
    this.model = model;
    this.ctx = ctx;
  }
  model;
  ctx;
  memo = /* @__PURE__ */ new Map();
  warming = false;
  stage(stage, seen = /* @__PURE__ */ new Set()) {
    const cached = this.memo.get(stage);
    if (cached) return cached;
    if (!this.warming) {
      this.warming = true;
      try {
        for (const dep of dependencyOrder(stage)) if (dep !== stage) this.stage(dep);
      } finally {
        this.warming = false;
      }
    }
    if (seen.has(stage)) return { items: [], unknown: [], managers: /* @__PURE__ */ new Set(), root: stage };
    seen.add(stage);
    let facts;
    if (stage.base.stage) {
      const parent = this.stage(stage.base.stage, seen);
      facts = { items: [...parent.items], unknown: [...parent.unknown], managers: new Set(parent.managers), root: parent.root };
    } else {
      facts = { items: [], unknown: [], managers: /* @__PURE__ */ new Set(), root: stage };
      this.baseItem(stage, facts);
    }
    for (const ins of stage.instructions) {
      if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy) this.copy(ins, facts, seen);
      else if (ins.keyword === "RUN") this.run(ins, stage, facts);
    }
    this.memo.set(stage, facts);
    return facts;
  }
  baseItem(stage, facts) {
    const written = stage.base.expanded.value;
    if (stage.base.scratch) return;
    const aws = stage.base.kind.kind === "aws";
    const known = baseImageSize(hubRepository(stage.base.ref), stage.base.ref.tag, aws);
    if (!known) {
      facts.unknown.push(`base image ${written}`);
      return;
    }
    const [low, high] = bytes(known.mb);
    facts.items.push({ what: `base image ${written} (${known.label})`, kind: "base-image", low, high, source: known.source, base: aws, path: "/", image: true });
  }
  copy(ins, facts, seen) {
    const copy = ins.copy;
    if (copy.heredocs.length > 0 && copy.sources.length === 0) return;
    if (copy.fromStage) {
      const from = this.stage(copy.fromStage, new Set(seen));
      for (const m of from.managers) facts.managers.add(m);
      for (const src of copy.sources) this.copyFromStage(ins, src, from, copy.fromStage, facts);
      return;
    }
    if (copy.from) {
      facts.unknown.push(`COPY --from=${copy.from} ${copy.sources.join(" ")} (${lineOf(ins)}: files of another image)`);
      return;
    }
    for (const src of copy.sources) {
      if (/^[a-z]+:\/\//i.test(src) || src.startsWith("git@")) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: remote file)`);
        continue;
      }
      if (!this.ctx) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: no build context)`);
        continue;
      }
      const files = this.ctx.match(src).filter((f) => !f.dir);
      if (files.length === 0) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: not found in the build context)`);
        continue;
      }
      const total = files.reduce((n, f) => n + f.size, 0);
      const archive = ins.keyword === "ADD" && files.length === 1 && /\.(tar(\.(gz|bz2|xz|zst))?|tgz)$/.test(files[0].path);
      const framing = tarFraming(src, copy.dest, this.ctx.match(src));
      facts.items.push({
        what: `${ins.keyword} ${src} (${lineOf(ins)}, ${files.length} file${files.length === 1 ? "" : "s"})`,
        kind: "copy",
        line: ins.span.line,
        low: total,
        high: (archive ? total * 5 : total) + framing,
        source: `${archive ? "build context; assumption: an extracted archive is 1-5x its size" : `build context${this.ctx.truncated ? " (walk capped: may be more)" : ""}`}; ${TAR_FRAMING_SOURCE}`,
        path: copy.dest
      });
    }
  }
  copyFromStage(ins, srcRaw, from, fromStage, facts) {
    let src = posix.normalize(`/${srcRaw}`).replace(/\/+$/, "") || "/";
    const wildcard = /[*?[]/.test(src);
    if (wildcard) src = src.slice(0, src.search(/[*?[]/)).replace(/\/[^/]*$/, "") || "/";
    const label = `COPY --from=${fromStage.name ?? fromStage.index} ${srcRaw}`;
    let matched = 0;
    for (const item of from.items) {
      let full = false;
      let part = false;
      if (item.image) full = src === "/";
      else if (item.path === SITE) full = /site-packages|dist-packages|^\/usr\/local|^\/var\/lang|venv|^\/root\/\.local|^\/opt\/python/.test(src);
      else if (item.path === OS_PATH) full = src === "/" || src === "/usr";
      else if (pathWithin(item.path, src)) full = true;
      else if (pathWithin(src, item.path)) part = true;
      if (!full && !part) continue;
      matched++;
      facts.items.push({
        ...item,
        what: `${part || wildcard ? "part of " : ""}${item.what} via ${label} (${lineOf(ins)})`,
        line: ins.span.line,
        low: part || wildcard ? 0 : item.low,
        base: false,
        image: false,
        path: ins.copy.dest
      });
    }
    if (matched === 0) facts.unknown.push(`${label} (${lineOf(ins)}: what the stage put there is not known)`);
  }
  run(ins, stage, facts) {
    const script = this.model.shell(ins);
    if (!script) return;
    const ex = (s) => expand(s, ins.scope, this.model.escape).value;
    const wd = ins.workdir;
    for (const inst of installs(script)) {
      facts.managers.add(inst.manager);
      this.install(inst, ins, stage, facts, ex, wd);
    }
    for (const mc of managerCommands(script)) {
      if (mc.manager === "go" && (mc.subcommand === "build" || mc.subcommand === "install")) {
        facts.managers.add("go");
        const o = mc.args.indexOf("-o");
        const out = o >= 0 ? ex(mc.args[o + 1] ?? "") : mc.subcommand === "install" ? "/go/bin" : wd;
        this.artifact("go", `go ${mc.subcommand}`, resolve(out, wd), ins, facts);
      }
    }
    for (const cmd of script.commands) {
      const name = commandName(cmd);
      const args = cmd.args.map(ex);
      if ((name === "curl" || name === "wget") && (args.some((a) => /^-[a-zA-Z]*[oO]/.test(a) || a === "--output" || a.startsWith("--output-document")) || cmd.pipeline.length > 1)) {
        facts.unknown.push(`download by ${name} (${lineOf(ins)})`);
      } else if (name === "git" && args[0] === "clone") {
        facts.unknown.push(`git clone (${lineOf(ins)})`);
      } else if (name === "playwright" || name === "npx" && args[0] === "playwright" || /^python/.test(name) && args[0] === "-m" && args[1] === "playwright") {
        const rest = name === "playwright" ? args : name === "npx" ? args.slice(1) : args.slice(2);
        if (rest[0] === "install" || rest[0] === "install-deps") {
          const deps = rest[0] === "install-deps" || rest.includes("--with-deps");
          if (rest[0] === "install") this.pkg("os", "chromium", ins, facts, OS_PATH, "Playwright browser download");
          if (deps) this.pkg("os", "nss", ins, facts, OS_PATH, "Playwright system dependencies");
        }
      }
    }
  }
  artifact(kind, what, path, ins, facts) {
    const [low, high] = bytes(BUILD_ARTIFACT_MB[kind]);
    facts.items.push({ what: `${what} output ${path} (${lineOf(ins)})`, kind: "build-output", line: ins.span.line, low, high, source: BUILD_ARTIFACT_SOURCE, path });
  }
  install(inst, ins, stage, facts, ex, wd) {
    const opts = inst.options.map(ex);
    const optValue = (...names) => {
      for (const o of opts) for (const n of names) if (o.startsWith(`${n}=`)) return o.slice(n.length + 1);
      return void 0;
    };
    switch (inst.manager) {
      case "pip":
      case "uv":
      case "poetry":
      case "pipenv":
      case "conda": {
        if (inst.manager === "pip" || inst.manager === "uv") {
          if (inst.packages.length === 0 && inst.files.length === 0 && inst.subcommand !== "sync") return;
        }
        const target = optValue("-t", "--target") ?? optValue("--prefix");
        const cmdPath = ex(inst.cmd.name);
        const venv = /^(\/.+)\/bin\/(pip|python|uv)/.exec(cmdPath)?.[1];
        const path = target ? resolve(target, wd) : venv ?? SITE;
        const names = inst.packages.map(ex).filter((p) => !p.startsWith(".") && !p.startsWith("/") && !p.includes("://"));
        let cpuIndex = opts.some((o) => /download\.pytorch\.org\/whl\/cpu/.test(o));
        for (const f of inst.files) {
          const req = this.readRequirements(ex(f), stage, wd, /* @__PURE__ */ new Set());
          if (!req) {
            facts.unknown.push(`packages of ${ex(f)} (${lineOf(ins)}: file not found in the build context)`);
            continue;
          }
          names.push(...req.names);
          cpuIndex ||= req.cpuIndex;
        }
        if (names.length === 0 && (inst.manager === "poetry" || inst.manager === "uv" || inst.manager === "pipenv")) {
          const lock = this.readPythonLock(stage, wd);
          if (lock) names.push(...lock);
          else facts.unknown.push(`${inst.manager} ${inst.subcommand} (${lineOf(ins)}: no lock file found in the build context)`);
        }
        const arm = /arm64|aarch64/.test(`${stage.base.platform ?? ""} ${rootOf(stage).base.ref.tag ?? ""}`);
        this.packages("pip", names.map((n) => PIP_NAME_NORMALISE(n) === "torch" && (cpuIndex || arm || /\+cpu/.test(n)) ? "torch-cpu" : n), ins, stage, facts, path);
        break;
      }
      case "npm":
      case "yarn":
      case "pnpm":
      case "bun": {
        const path = `${wd.replace(/\/$/, "")}/node_modules`;
        let names = inst.packages.map(ex);
        if (names.length === 0) {
          const pkg = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, "")}/package.json`));
          if (!pkg) {
            facts.unknown.push(`${inst.manager} ${inst.subcommand} (${lineOf(ins)}: package.json not found in the build context)`);
            return;
          }
          const prod = opts.some((o) => /^--omit=dev$|^--production$|^--only=prod/.test(o)) || inst.options.includes("--production") || stage.env.get("NODE_ENV")?.value === "production";
          names = Object.keys(pkg.dependencies ?? {});
          if (!prod) names.push(...Object.keys(pkg.devDependencies ?? {}));
          const lock = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, "")}/package-lock.json`));
          const lockPackages = lock?.packages;
          if (lockPackages) {
            for (const [k, v] of Object.entries(lockPackages)) {
              const m = /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(k);
              if (m && !(prod && v?.dev) && packageByName("npm", m[1]) && !names.includes(m[1])) names.push(`${m[1]}#transitive`);
            }
          }
        }
        const known = names.filter((n) => packageByName("npm", n.replace(/#transitive$/, "")));
        const generic = names.filter((n) => !n.endsWith("#transitive") && !packageByName("npm", n));
        this.packages("npm", [...known.map((n) => n.replace(/#transitive$/, "")), ...generic], ins, stage, facts, path);
        break;
      }
      case "apt-get":
      case "apt":
      case "apk":
      case "yum":
      case "dnf":
      case "microdnf":
        this.osPackages(inst.packages.map(ex), ins, facts);
        break;
      case "cargo":
        if (inst.subcommand === "build" || inst.subcommand === "lambda") this.artifact("cargo", `cargo ${inst.subcommand}`, resolve("target", wd), ins, facts);
        break;
      case "dotnet":
        if (inst.subcommand === "publish") this.artifact("dotnet", "dotnet publish", resolve(optValue("-o", "--output") ?? inst.args[inst.args.indexOf("-o") + 1] ?? "bin", wd), ins, facts);
        break;
      case "mvn":
        if (["package", "install", "verify", "dependency:copy-dependencies"].includes(inst.subcommand)) this.artifact("mvn", `mvn ${inst.subcommand}`, resolve("target", wd), ins, facts);
        break;
      case "gradle":
        if (["build", "assemble", "shadowJar", "installDist"].includes(inst.subcommand)) this.artifact("gradle", `gradle ${inst.subcommand}`, resolve("build", wd), ins, facts);
        break;
      default:
        break;
    }
  }
  osPackages(names, ins, facts) {
    const unknown = [];
    for (const n of names) {
      const p = packageByName("os", n);
      if (p) this.pkg("os", n, ins, facts, OS_PATH);
      else if (!n.startsWith("$")) unknown.push(n);
    }
    if (unknown.length) facts.unknown.push(`OS packages ${unknown.join(", ")} (${lineOf(ins)})`);
  }
  /** One known package (and what it pulls). */
  pkg(eco, name, ins, facts, path, why2, stage) {
    const p = name === "torch-cpu" ? packageByKey("torch-cpu") : packageByName(eco, name);
    if (!p) return false;
    const key = p.key === "small-tools" ? `small-tools:${name}` : p.key;
    if (facts.items.some((i) => i.key === key)) return true;
    const inBase = p.inAwsBase && stage && awsFamily(rootOf(stage)) === p.inAwsBase;
    const [low, high] = inBase ? [0, 0] : bytes(p.mb);
    facts.items.push({
      what: `${p.label}${why2 ? ` (${why2})` : ""}${inBase ? " - already in the AWS base image" : ""} (${lineOf(ins)})`,
      kind: "package",
      line: ins.span.line,
      low,
      high,
      source: p.source,
      path,
      key
    });
    for (const pulled of p.pulls ?? []) {
      const q = packageByKey(pulled);
      if (q) this.pkg(q.ecosystem, q.key === "torch" ? "torch" : q.names[0] ?? q.key, ins, facts, path, `pulled by ${p.label.split(" ")[0]}`, stage);
    }
    return true;
  }
  packages(eco, names, ins, stage, facts, path) {
    let generic = 0;
    const seen = /* @__PURE__ */ new Set();
    for (const raw of names) {
      const n = eco === "pip" ? PIP_NAME_NORMALISE(raw) : raw;
      if (!n || seen.has(n)) continue;
      seen.add(n);
      if (!this.pkg(eco, n, ins, facts, path, void 0, stage)) generic++;
    }
    if (generic > 0) {
      const [l, h] = bytes(GENERIC_PACKAGE_MB[eco]);
      facts.items.push({
        what: `${generic} other ${eco} package${generic === 1 ? "" : "s"} (${lineOf(ins)})`,
        kind: "packages",
        line: ins.span.line,
        low: l * generic,
        high: h * generic,
        source: `${GENERIC_PACKAGE_SOURCE}: ${GENERIC_PACKAGE_MB[eco][0]}-${GENERIC_PACKAGE_MB[eco][1]} MB each`,
        path,
        generic
      });
    }
  }
  /** The build-context path of a file that a COPY put at `imagePath` in this stage (or its parents). */
  contextPath(stage, imagePath) {
    const lineage = [];
    for (let s = stage; s; s = s.base.stage) lineage.unshift(s);
    let found;
    for (const s of lineage) {
      for (const ins of s.instructions) {
        const c = ins.copy;
        if (!c || c.from || c.fromStage) continue;
        for (const src of c.sources) {
          const base = posix.basename(src);
          const destDir = c.dest.endsWith("/") || c.sources.length > 1 || src === "." || src === "./" || !/[^/]\.[^/]+$/.test(c.dest) ? c.dest.replace(/\/$/, "") : void 0;
          if (c.dest === imagePath && !destDir) found = src;
          else if (destDir !== void 0) {
            if (src === "." || src === "./" || this.ctx && this.ctx.match(src).some((f) => f.dir)) {
              if (pathWithin(imagePath, destDir)) found = posix.join(src, posix.relative(destDir || "/", imagePath));
            } else if (`${destDir}/${base}` === imagePath) found = src;
          }
        }
      }
    }
    if (found && this.ctx?.read(found, 8 << 20) !== void 0) return found;
    const fallback = posix.basename(imagePath);
    return this.ctx?.read(fallback, 8 << 20) !== void 0 ? fallback : found;
  }
  readJson(path) {
    if (!path || !this.ctx) return void 0;
    const text = this.ctx.read(path, 32 << 20);
    if (text === void 0) return void 0;
    try {
      return JSON.parse(text);
    } catch {
      return void 0;
    }
  }
  readRequirements(imagePath, stage, wd, seen) {
    if (!this.ctx) return void 0;
    const abs = resolve(imagePath, wd);
    const path = this.contextPath(stage, abs) ?? imagePath;
    if (seen.has(path)) return { names: [], cpuIndex: false };
    seen.add(path);
    const text = this.ctx.read(path);
    if (text === void 0) return void 0;
    const names = [];
    let cpuIndex = false;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (!line) continue;
      if (/download\.pytorch\.org\/whl\/cpu/.test(line)) cpuIndex = true;
      const inc = /^(-r|--requirement|-c|--constraint)\s*=?\s*(\S+)/.exec(line);
      if (inc) {
        if (inc[1] === "-r" || inc[1] === "--requirement") {
          const sub = this.readRequirements(posix.join(posix.dirname(abs), inc[2]), stage, wd, seen);
          if (sub) {
            names.push(...sub.names);
            cpuIndex ||= sub.cpuIndex;
          }
        }
        continue;
      }
      if (line.startsWith("-") || line.includes("://") || line.startsWith(".") || line.startsWith("/")) continue;
      const name = line.replace(/\[.*?\]/, "").split(/[=<>!~;@ ]/)[0];
      if (name) names.push(/\+cpu/.test(line) && PIP_NAME_NORMALISE(name) === "torch" ? "torch-cpu" : name);
    }
    return { names, cpuIndex };
  }
  readPythonLock(stage, wd) {
    for (const file of ["poetry.lock", "uv.lock"]) {
      const p = this.contextPath(stage, `${wd.replace(/\/$/, "")}/${file}`);
      const text = p ? this.ctx?.read(p, 32 << 20) : void 0;
      if (text) return [...text.matchAll(/^\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"/gm)].map((m) => m[1]);
    }
    const pipfile = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, "")}/Pipfile.lock`));
    if (pipfile?.default) return Object.keys(pipfile.default);
    return void 0;
  }
};
var TAR_BLOCK = 512;
var TAR_FRAMING_SOURCE = "low = file bytes; high adds the layer tar framing (a 512-byte header per file and directory, padding to 512 bytes, parent directories, a PAX header for paths over 100 bytes, end-of-archive blocks)";
function tarFraming(src, dest, matched) {
  const prefix = src.replace(/^\.?\//, "").replace(/\/+$/, "");
  const destDir = dest.replace(/\/+$/, "");
  let n = 2 * TAR_BLOCK;
  n += destDir.split("/").filter(Boolean).length * TAR_BLOCK;
  for (const f of matched) {
    const rel = prefix === "" || prefix === "." ? f.path : f.path.startsWith(`${prefix}/`) ? f.path.slice(prefix.length + 1) : posix.basename(f.path);
    const inImage = `${destDir}/${rel}`.replace(/^\//, "");
    n += TAR_BLOCK + (inImage.length + (f.dir ? 1 : 0) > 100 ? 2 * TAR_BLOCK : 0);
    if (!f.dir) n += (TAR_BLOCK - f.size % TAR_BLOCK) % TAR_BLOCK;
  }
  return n;
}
function resolve(p, wd) {
  return posix.normalize(p.startsWith("/") ? p : `${wd.replace(/\/$/, "")}/${p}`).replace(/\/+$/, "") || "/";
}
function runtimeFamily(model, facts) {
  const target = model.target;
  if (!target) return "unknown";
  const root = rootOf(target);
  const kind = root.base.kind;
  if (kind.kind === "aws") {
    if (kind.family === "provided" || kind.family === "go") return "native";
    return kind.family;
  }
  const repo = root.base.ref.repository.replace(/^library\//, "");
  if (/^python$|distroless\/python/.test(repo)) return "python";
  if (/^node$|distroless\/nodejs/.test(repo)) return "nodejs";
  if (/^(eclipse-temurin|amazoncorretto|openjdk|maven|gradle)$|distroless\/java/.test(repo)) return "java";
  if (/dotnet\//.test(repo)) return "dotnet";
  if (/^ruby$/.test(repo)) return "ruby";
  const command = [...target.entrypoint?.value.exec ?? [], ...target.cmd?.value.exec ?? []][0] ?? target.entrypoint?.value.shell ?? "";
  const word = posix.basename(command.split(/\s+/)[0] ?? "");
  if (/^python/.test(word)) return "python";
  if (word === "node") return "nodejs";
  if (word === "java") return "java";
  if (word === "dotnet") return "dotnet";
  if (word === "ruby") return "ruby";
  const m = facts?.managers ?? /* @__PURE__ */ new Set();
  if (m.has("go") || m.has("cargo")) return "native";
  if (m.has("pip") || m.has("uv") || m.has("poetry")) return "python";
  if (m.has("npm") || m.has("yarn") || m.has("pnpm")) return "nodejs";
  if (m.has("dotnet")) return "dotnet";
  if (m.has("mvn") || m.has("gradle")) return "java";
  if (root.base.scratch || /distroless\/(static|base|cc)/.test(repo)) return "native";
  return "unknown";
}
function estimateDockerfile(model, context) {
  const target = model.target;
  const empty = { low: 0, high: 0, baseShare: { low: 0, high: 0 }, ownBytes: { low: 0, high: 0 }, contributions: [], unknown: ["no target stage"], runtime: "unknown", packages: [], otherPackages: 0 };
  if (!target) return empty;
  const est = new Estimator(model, context);
  const facts = est.stage(target);
  const items = [];
  const keys = /* @__PURE__ */ new Set();
  for (const it of facts.items) {
    if (it.key) {
      if (keys.has(it.key)) continue;
      keys.add(it.key);
    }
    items.push(it);
  }
  const sum = (xs, f) => xs.reduce((n, i) => n + f(i), 0);
  const base = items.filter((i) => i.base);
  const own = items.filter((i) => !i.base);
  const baseShare = { low: sum(base, (i) => i.low), high: sum(base, (i) => i.high) };
  const ownBytes = { low: sum(own, (i) => i.low), high: sum(own, (i) => i.high) };
  const root = rootOf(target);
  return {
    low: baseShare.low + ownBytes.low,
    high: baseShare.high + ownBytes.high,
    baseShare,
    ownBytes,
    contributions: items.map(({ what, kind, line, low, high, source, base: b }) => ({ what, kind, ...line !== void 0 ? { line } : {}, low, high, source, ...b ? { base: true } : {} })),
    unknown: [...new Set(facts.unknown)],
    base: root.base.scratch ? { image: "scratch", aws: false } : { image: root.base.expanded.value, aws: root.base.kind.kind === "aws" },
    runtime: runtimeFamily(model, facts),
    packages: [...keys].filter((k) => !k.startsWith("small-tools") && packageByKey(k)?.ecosystem !== "os"),
    otherPackages: sum(items, (i) => i.generic ?? 0)
  };
}

// src/estimate/format.ts
function why(e) {
  const own = formatMB(pointOf(e.size.ownBytes));
  if (e.size.base?.aws && e.size.baseShare.high > 0) return `AWS base layers (${sizeRange(e.size.baseShare)}) are cached by Lambda; your own ${own} are fetched and read at init.`;
  return `Not built on an AWS base image: Lambda caches none of it, so all ${own} are your own bytes to fetch at init.`;
}
function formatEstimateBlock(e, chalk) {
  const s = e.size;
  const c = e.coldStart;
  const out = [];
  const kind = s.exact ? "measured" : "estimated";
  out.push(`  ${chalk.bold("Size")} (${kind}): ${sizeRange(s)}${s.compressed !== void 0 ? chalk.dim(` (${formatMB(s.compressed)} compressed)`) : ""}  ${chalk.dim("own bytes")} ${sizeRange(s.ownBytes)}${s.base ? chalk.dim(`  base ${s.base.image}`) : ""}`);
  if (s.unknown.length) out.push(`  ${chalk.yellow("+ unknown:")} ${s.unknown.slice(0, 4).join("; ")}${s.unknown.length > 4 ? `; +${s.unknown.length - 4} more` : ""}`);
  if (!c) {
    if (e.coldStartReason) out.push(`  ${chalk.dim(`No cold-start estimate: ${e.coldStartReason}`)}`);
    return `${out.join("\n")}
`;
  }
  out.push(`  ${chalk.bold("Cold start")} ${chalk.dim("(heuristic)")}: p50 ${msRange(c.p50)}, p99 ${msRange(c.p99)}`);
  out.push(`  ${chalk.dim(why(e))}`);
  c.drivers.forEach((d, i) => {
    out.push(`  ${i + 1}. ${d.name} ${chalk.dim(`~${formatMs(d.ms)}`)}`);
    out.push(`     ${chalk.green("cut:")} ${d.cut}`);
  });
  out.push(`  ${chalk.dim("Heuristic model, not a measurement; arm64 is ~20% cheaper per GB-second (cost, not latency).")}`);
  return `${out.join("\n")}
`;
}
function formatEstimateLine(e, chalk) {
  const s = e.size;
  const unknown = s.unknown.length ? chalk.dim(`, ${s.unknown.length} part${s.unknown.length === 1 ? "" : "s"} not sized`) : "";
  const start = e.coldStart ? `, cold start p50 ${msRange(e.coldStart.p50)} ${chalk.dim("(heuristic)")}` : "";
  return `  ${chalk.bold("Estimate")}: ${sizeRange(s)} ${chalk.dim(`(own ${sizeRange(s.ownBytes)})`)}${start}${unknown}`;
}

// src/estimate/schema.ts
var range = {
  type: "object",
  required: ["low", "high"],
  additionalProperties: false,
  properties: { low: { type: "number", minimum: 0 }, high: { type: "number", minimum: 0 } }
};
var ESTIMATES_SCHEMA = {
  type: "object",
  description: "Size (bytes) and cold-start (ms) estimates. The cold-start figures are a heuristic model, not measurements.",
  required: ["size", "coldStart"],
  additionalProperties: false,
  properties: {
    size: {
      type: "object",
      required: ["low", "high", "baseShare", "ownBytes", "contributions", "unknown", "runtime", "packages", "otherPackages"],
      additionalProperties: false,
      properties: {
        low: { type: "number", minimum: 0, description: "Uncompressed bytes, low end." },
        high: { type: "number", minimum: 0, description: "Uncompressed bytes, high end." },
        baseShare: { ...range, description: "Bytes of AWS base image layers, which Lambda pre-caches." },
        ownBytes: { ...range, description: "All other bytes: what Lambda fetches for this image." },
        contributions: {
          type: "array",
          items: {
            type: "object",
            required: ["what", "kind", "low", "high", "source"],
            additionalProperties: false,
            properties: {
              what: { type: "string", description: "What adds the bytes, for people." },
              kind: { enum: ["base-image", "copy", "package", "packages", "build-output", "layer"], description: "What kind of thing adds the bytes (a contribution copied from another stage keeps its kind)." },
              line: { type: "integer", minimum: 1, description: "Dockerfile line of the instruction that adds the bytes." },
              low: { type: "number", minimum: 0 },
              high: { type: "number", minimum: 0 },
              source: { type: "string", description: "Source of the figure or the stated assumption." },
              base: { type: "boolean" }
            }
          }
        },
        unknown: { type: "array", items: { type: "string" }, description: "What could not be sized (not in low/high)." },
        exact: { type: "boolean", description: "Measured on a built image." },
        compressed: { type: "number", minimum: 0 },
        base: {
          type: "object",
          required: ["image", "aws"],
          additionalProperties: false,
          properties: { image: { type: "string" }, aws: { type: "boolean" } }
        },
        runtime: { enum: ["python", "nodejs", "java", "dotnet", "ruby", "native", "unknown"] },
        packages: { type: "array", items: { type: "string" } },
        otherPackages: { type: "integer", minimum: 0 }
      }
    },
    coldStartReason: { type: "string", description: "Why coldStart is null: the input was judged not to be a Lambda image." },
    coldStart: {
      type: ["object", "null"],
      description: "Null for an input judged not to be a Lambda image (see coldStartReason).",
      required: ["p50", "p99", "drivers", "model", "notes"],
      additionalProperties: false,
      properties: {
        p50: { ...range, description: "Milliseconds." },
        p99: { ...range, description: "Milliseconds." },
        drivers: {
          type: "array",
          maxItems: 3,
          items: {
            type: "object",
            required: ["name", "ms", "cut"],
            additionalProperties: false,
            properties: { name: { type: "string" }, ms: { type: "number", minimum: 0 }, cut: { type: "string" } }
          }
        },
        model: { const: "heuristic" },
        notes: { type: "array", items: { type: "string" } }
      }
    }
  }
};

// src/estimate/index.ts
var ESTIMATES = /* @__PURE__ */ Symbol("estimates");
function estimatesForDockerfile(model, context) {
  return memoOn(model, ESTIMATES, () => {
    const size = estimateDockerfile(model, context);
    return { size, coldStart: estimateColdStart(coldStartInputOf(size)) };
  });
}
function reportEstimates(e, lambda, forced) {
  if (lambda) return e;
  const reason = forced === false ? "not a Lambda image (lambda: false)" : "the file shows no sign of being a Lambda image (LL100); pass --lambda or set `lambda: true` to estimate it as one";
  return { size: e.size, coldStart: null, coldStartReason: reason };
}

// src/image/history.ts
var KEYWORDS = /^(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)\b/i;
var SHELL_C = /^\/(?:usr\/)?bin\/(?:ba|da|z|a)?sh((?:\s+-(?!c\s)[A-Za-z]+(?:\s+pipefail)?)*)\s+-c\s+([\s\S]*)$/;
function splitBuildArgs(s) {
  const m = /^\|(\d+)\s+/.exec(s);
  if (!m) return { rest: s, buildArgs: [] };
  let rest = s.slice(m[0].length);
  const buildArgs = [];
  for (let i = 0; i < Number(m[1]); i++) {
    const a = /^([A-Za-z_][A-Za-z0-9_.-]*)=(\S*)(?:\s+|$)/.exec(rest);
    if (!a) break;
    buildArgs.push({ name: a[1], value: a[2] });
    rest = rest.slice(a[0].length);
  }
  return { rest, buildArgs };
}
function parse(createdBy) {
  let s = createdBy.trim().replace(/(?:^|\s+)#\s*buildkit$/i, "").trim();
  if (s === "") return { buildArgs: [] };
  const keywordRun = /^RUN\s+/i.exec(s);
  if (keywordRun) s = s.slice(keywordRun[0].length);
  const { rest, buildArgs } = splitBuildArgs(s);
  s = rest;
  const shell = SHELL_C.exec(s);
  if (shell) {
    s = shell[2].trim();
    const nop = /^#\(nop\)\s*([\s\S]*)$/.exec(s);
    if (!nop) return { instruction: runLine(s), buildArgs };
    s = nop[1].trim();
  } else if (keywordRun || buildArgs.length) {
    return { instruction: runLine(s), buildArgs };
  }
  if (!KEYWORDS.test(s)) return { instruction: runLine(s), buildArgs };
  s = s.replace(/^(COPY|ADD)\s+((?:--\S+\s+)*)(?:multi:|file:|dir:)?(\S+)\s+in\s+(\S+)\s*$/i, "$1 $2$3 $4");
  return { instruction: oneLine(s), buildArgs };
}
function runLine(script) {
  const body = script.trim();
  if (body === "") return void 0;
  return `RUN ${body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(" ; ")}`;
}
function oneLine(s) {
  return s.replace(/\s*\r?\n\s*/g, " ");
}
function argLine(name, value) {
  return /^[A-Za-z0-9_.,:\/@+%=-]*$/.test(value) ? `ARG ${name}=${value}` : `ARG ${name}="${value.replace(/[\\"$`]/g, "\\$&")}"`;
}
function historyLines(history) {
  const out = [];
  let layer = 0;
  history.forEach((h, i) => {
    const produced = h.empty_layer ? void 0 : layer++;
    const createdBy = h.created_by ?? "";
    const { instruction, buildArgs } = parse(createdBy);
    if (!instruction) return;
    if (instruction.startsWith("RUN ")) for (const a of buildArgs) out.push({ history: i, layer: produced, createdBy, instruction: argLine(a.name, a.value) });
    out.push({ history: i, layer: produced, createdBy, instruction });
  });
  return out;
}
function historyDockerfile(lines) {
  return ["FROM scratch", ...lines.map((l) => l.instruction)].join("\n") + "\n";
}

// src/engine/facts.ts
var InputFacts = class {
  constructor(df, image, getContext) {
    this.df = df;
    this.image = image;
    this.getContext = getContext;
  }
  df;
  image;
  getContext;
  lineageCache;
  estimatesCache;
  historyCache;
  get lineage() {
    return this.lineageCache ??= this.df.target ? stageLineage(this.df.target) : [];
  }
  get estimates() {
    if (!this.estimatesCache) {
      try {
        this.estimatesCache = { value: this.image ? estimateImage(imageFacts(this.image)) : estimatesForDockerfile(this.df, this.getContext()) };
      } catch (e) {
        this.estimatesCache = { error: String(e?.message ?? e).split("\n")[0] };
      }
    }
    if (!this.estimatesCache.value) throw new MissingFact("estimates", `the estimates could not be made (${this.estimatesCache.error})`);
    return this.estimatesCache.value;
  }
  get history() {
    if (!this.image) throw new MissingFact("history", "the input is not an image");
    return this.historyCache ??= historyLines(this.image.config.history);
  }
};
function factsFor(rule, facts) {
  const declared = new Set(rule.needs.facts ?? []);
  const check = (name) => {
    if (!declared.has(name)) throw new Error(`${rule.code} reads facts.${name} but its needs.facts does not name it`);
  };
  return {
    get lineage() {
      check("lineage");
      return facts.lineage;
    },
    lineageOf(stage) {
      check("lineage");
      return stageLineage(stage);
    },
    get estimates() {
      check("estimates");
      return facts.estimates;
    },
    get history() {
      check("history");
      return facts.history;
    }
  };
}

// src/engine/suppressions.ts
var PRAGMA = /^lint-lambda-image\s+(global\s+)?ignore\s*=\s*(.+)$/i;
function readPragmas(df) {
  const pragmas = [];
  const comments = [];
  for (const ins of df.instructions) for (const c of ins.comments) comments.push({ ...c, next: ins });
  const lastLine = df.instructions.length ? df.instructions[df.instructions.length - 1].span.endLine : 0;
  df.lines.forEach((text, i) => {
    if (i + 1 > lastLine && text.trim().startsWith("#")) comments.push({ text: text.trim().replace(/^#\s*/, ""), line: i + 1 });
  });
  for (let i = 0; i < (df.instructions[0]?.span.line ?? 0) - 1; i++) {
    const t = df.lines[i].trim();
    if (t.startsWith("#") && !comments.some((c) => c.line === i + 1)) comments.push({ text: t.replace(/^#\s*/, ""), line: i + 1, next: df.instructions[0] });
  }
  for (const c of comments) {
    const m = PRAGMA.exec(c.text.trim());
    if (!m) continue;
    const ids = m[2].split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
    pragmas.push({ global: Boolean(m[1]), ids, line: c.line, instruction: m[1] ? void 0 : c.next });
  }
  return pragmas;
}

// src/deploy/overrides.ts
function synthetic(stage, keyword, value, label) {
  const base = stage.fromInstruction;
  const exec = Array.isArray(value.value) ? value.value : void 0;
  return {
    ...base,
    keyword,
    text: exec ? JSON.stringify(exec) : String(value.value),
    words: exec ?? [String(value.value)],
    flags: [],
    stage,
    exec,
    jsonInvalid: false,
    shellText: void 0,
    heredocs: [],
    properties: [],
    span: { line: value.at.line, column: value.at.column, endLine: value.at.endLine, endColumn: value.at.endColumn },
    comments: [],
    origin: { location: value.at, label }
  };
}
function applyImageConfig(df, facts) {
  const t = df.target;
  if (!t) return;
  const { command, entryPoint, workingDirectory } = facts.imageConfig;
  const name = facts.kind === "terraform" ? (k) => `image_config.${k}` : (k) => `ImageConfig.${k}`;
  if (entryPoint) {
    const ins = synthetic(t, "ENTRYPOINT", entryPoint, `${name(facts.kind === "terraform" ? "entry_point" : "EntryPoint")} of ${facts.id}`);
    t.entrypoint = { value: { exec: entryPoint.value }, from: ins };
  }
  if (command) {
    const ins = synthetic(t, "CMD", command, `${name(facts.kind === "terraform" ? "command" : "Command")} of ${facts.id}`);
    t.cmd = { value: { exec: command.value }, from: ins };
  }
  if (workingDirectory) {
    const ins = synthetic(t, "WORKDIR", workingDirectory, `${name(facts.kind === "terraform" ? "working_directory" : "WorkingDirectory")} of ${facts.id}`);
    t.workdir = { value: workingDirectory.value, from: ins };
  }
}

// src/engine/runner.ts
function ruleFinder(rules2) {
  const byId = /* @__PURE__ */ new Map();
  for (const r of rules2) {
    byId.set(r.code.toUpperCase(), r);
    byId.set(r.name.toLowerCase(), r);
  }
  return (id) => byId.get(id.toUpperCase()) ?? byId.get(id.toLowerCase());
}
async function lintDockerfile(text, options) {
  await initShell();
  return lintDockerfileSync(text, options);
}
function lintDockerfileSync(text, options) {
  const file = options.file ?? "Dockerfile";
  const config = options.config ?? {};
  const buildArgs = { ...config["build-args"] ?? {}, ...options.buildArgs ?? {} };
  const df = parseDockerfile(text, { file, buildArgs, target: options.target });
  if (options.deploy) applyImageConfig(df, options.deploy);
  const contextDir = options.contextDir === void 0 ? options.file ? dirname(options.file) : void 0 : options.contextDir;
  const getContext = checkedContext(df, lazyContext(contextDir ?? void 0, options.file));
  const { findings, ruleErrors, skipped } = runRules({ df, mode: "dockerfile", file, getContext, options });
  return new DockerfileLintResult(file, findings, ruleErrors, skipped, df, getContext);
}
var DockerfileLintResult = class {
  constructor(file, findings, ruleErrors, skipped, model, getContext) {
    this.file = file;
    this.findings = findings;
    this.ruleErrors = ruleErrors;
    this.skipped = skipped;
    this.model = model;
    this.getContext = getContext;
  }
  file;
  findings;
  ruleErrors;
  skipped;
  model;
  getContext;
  kind = "dockerfile";
  get context() {
    return this.getContext();
  }
};
var RuleContextImpl = class {
  constructor(df, target, image, mode, now, config, options, report, facts, deploy, needsContext, getContext) {
    this.df = df;
    this.target = target;
    this.image = image;
    this.mode = mode;
    this.now = now;
    this.config = config;
    this.options = options;
    this.report = report;
    this.facts = facts;
    this.deploy = deploy;
    this.needsContext = needsContext;
    this.getContext = getContext;
  }
  df;
  target;
  image;
  mode;
  now;
  config;
  options;
  report;
  facts;
  deploy;
  needsContext;
  getContext;
  get context() {
    return this.needsContext ? this.getContext() : void 0;
  }
};
function checkedContext(df, get) {
  return () => {
    const context = get();
    return context && checkContext(df, context).wrongFolder ? void 0 : context;
  };
}
function lazyContext(dir, dockerfile) {
  let context;
  let loaded = false;
  return () => {
    if (!loaded) {
      loaded = true;
      context = dir ? openContext(dir, dockerfile) : void 0;
    }
    return context;
  };
}
function runRules(env) {
  const { df, options } = env;
  const config = options.config ?? {};
  const findRule2 = ruleFinder(options.registry ?? options.rules);
  const ignored = /* @__PURE__ */ new Set();
  for (const id of [...config.ignore ?? [], ...options.ignore ?? []]) {
    const r = findRule2(id);
    if (r) ignored.add(r.code);
  }
  const overrides = /* @__PURE__ */ new Map();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    const r = findRule2(id);
    if (r) overrides.set(r.code, sev);
  }
  const pragmas = env.mode === "history" ? [] : readPragmas(df);
  for (const p of pragmas) {
    for (const id of p.ids) {
      const r = findRule2(id);
      if (!r) {
        const col = (df.lines[p.line - 1] ?? "").indexOf(id) + 1;
        df.problems.push({ messageId: "unknownPragmaId", span: { line: p.line, column: col || 1, endLine: p.line, endColumn: (col || 1) + id.length }, data: { id } });
      } else if (p.global) ignored.add(r.code);
    }
  }
  const findings = [];
  const now = options.now ?? /* @__PURE__ */ new Date();
  const rules2 = options.rules;
  const ruleErrors = [];
  const skipped = [];
  const failed = /* @__PURE__ */ new Set();
  const inputFacts = new InputFacts(df, env.image, env.getContext);
  const guard = (rule, fn) => (...args) => {
    if (failed.has(rule.code)) return;
    try {
      fn(...args);
    } catch (e) {
      failed.add(rule.code);
      if (e instanceof MissingFact) skipped.push({ code: rule.code, name: rule.name, reason: e.reason });
      else ruleErrors.push({ code: rule.code, name: rule.name, message: redactText(String(e?.message ?? e).split("\n")[0]) });
    }
  };
  const onInstruction = [];
  const onEnd = [];
  const onImage = [];
  const imageLocation = { file: env.imageFile ?? env.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  let lambda;
  const isLambda = () => lambda ??= judgesAsLambda(df, env.getContext(), options.deploy ? true : config.lambda, env.mode === "deploy" ? "dockerfile" : env.mode);
  for (const rule of rules2) {
    if (ignored.has(rule.code) || overrides.get(rule.code) === "off") continue;
    if (env.mode === "deploy" && !rule.needs.deploy) continue;
    if (LAMBDA_CONTRACT_RULES.has(rule.code) && !isLambda()) continue;
    const dockerfileEvidence = env.mode !== "history" || rule.needs.history === true;
    if (!dockerfileEvidence && !(env.image && rule.needs.image)) continue;
    const report = makeReporter(rule, env, overrides, imageLocation, findings);
    const ctx = new RuleContextImpl(df, df.target, env.image, env.mode, now, config, optionsOf(rule, config), report, factsFor(rule, inputFacts), options.deploy, rule.needs.context === true, env.getContext);
    let visitor;
    guard(rule, () => {
      visitor = rule.create(ctx);
    })();
    if (!visitor) continue;
    if (dockerfileEvidence && visitor.instruction) onInstruction.push(guard(rule, visitor.instruction));
    if (dockerfileEvidence && visitor.end) onEnd.push(guard(rule, visitor.end));
    if (visitor.image) onImage.push(guard(rule, visitor.image));
  }
  if (env.mode !== "deploy") for (const ins of df.instructions) for (const visit of onInstruction) visit(ins);
  for (const end of onEnd) end();
  if (env.image) for (const visit of onImage) visit(env.image);
  const kept = failed.size ? findings.filter((f) => !failed.has(f.code)) : findings;
  const suppressed = (f) => f.location.file === env.file && pragmas.some(
    (p) => !p.global && p.instruction && f.location.line >= p.instruction.span.line && f.location.line <= p.instruction.span.endLine && p.ids.some((id) => findRule2(id)?.code === f.code)
  );
  const shown = kept.filter((f) => !suppressed(f));
  shown.sort(
    (a, b) => ordinal(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || ordinal(a.code, b.code)
  );
  const result = dedupe(shown);
  if (options.deploy) for (const f of result) relate(f, options.deploy, env);
  return { findings: result, ruleErrors, skipped };
}
function makeReporter(rule, env, overrides, imageLocation, findings) {
  return (d) => {
    const spec = rule.messages[d.messageId];
    if (!spec) throw new Error(`${rule.code}: unknown messageId ${d.messageId}`);
    let data;
    if (d.data) {
      data = {};
      for (const k in d.data) {
        const v = d.data[k];
        data[k] = typeof v === "string" ? redactText(v) : v;
      }
    }
    const override = overrides.get(rule.code);
    const severity = override && override !== "off" ? override : d.severity ?? spec.severity ?? rule.severity;
    let message = interpolate(spec.text, data);
    let location;
    let source = d.source ?? "dockerfile";
    let layer = d.layer;
    const at = d.at;
    if (at && "file" in at) {
      location = { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
    } else if (at && "keyword" in at && at.origin) {
      location = { ...at.origin.location };
      message += ` (${at.origin.label})`;
    } else if (source === "dockerfile" && env.mode === "history") {
      const origin = at && "keyword" in at ? env.historyOf?.(at) : void 0;
      source = "image-history";
      layer = origin?.layer;
      location = imageLocation;
      if (origin) message += ` (from the image history${origin.layer !== void 0 ? `, layer ${origin.layer + 1}` : ""}: ${quoteHistory(origin.instruction)})`;
    } else if (source !== "dockerfile") {
      const ins = at && "keyword" in at ? at : layer !== void 0 ? env.instructionOfLayer?.(layer) : void 0;
      location = ins ? { file: env.file, ...ins.span } : at && !("keyword" in at) ? { file: env.file, ...at } : imageLocation;
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
      ...layer !== void 0 ? { layer } : {},
      fix: spec.fix ? interpolate(spec.fix, data) : void 0,
      docsUrl: rule.docsUrl
    });
  };
}
function relate(f, fn, env) {
  f.function = fn.id;
  const related = [];
  if (f.location.file !== fn.at.file || f.location.line !== fn.at.line) related.push({ ...fn.at, message: `function ${fn.id}` });
  const from = env.df.target?.fromInstruction;
  if (f.location.file !== env.file && env.mode !== "deploy" && from) related.push({ file: env.file, ...from.span, message: "the Dockerfile that builds the image" });
  if (related.length > 0) f.related = related;
}
function quoteHistory(instruction) {
  let t = instruction.replace(/\s+/g, " ").trim();
  if (/^(ARG|ENV|LABEL)\s/i.test(t)) t = t.replace(/=("[^"]*"|'[^']*'|\S*)/g, "=\u2026");
  t = redactText(t);
  return t.length > 100 ? `${t.slice(0, 97)}...` : t;
}
function ordinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.code}|${f.location.file}|${f.location.line}|${f.location.column}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toSpan(at) {
  if (!at) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if ("keyword" in at) return at.span;
  return at;
}

// rules/registry.ts
var RULES = rules;
var findRule = ruleFinder(RULES);

export {
  formatMB,
  estimateImage,
  formatEstimateBlock,
  formatEstimateLine,
  estimatesForDockerfile,
  reportEstimates,
  imageFacts,
  historyLines,
  historyDockerfile,
  ruleFinder,
  lintDockerfile,
  lintDockerfileSync,
  lazyContext,
  runRules,
  RULES,
  findRule
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  isDir,
  isFile,
  isReservedEnvKey,
  under
} from "./chunk-SZTVHXW7.js";
import {
  wasmPath
} from "./chunk-VXECP6A4.js";
import {
  DeployConfigError,
  uriTailUnresolved
} from "./chunk-WXDG642Z.js";
import "./chunk-J5ZGSUT7.js";
import "./chunk-AUYTHOBX.js";
import "./chunk-7KY5IGMZ.js";

// src/deploy/terraform.ts
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

// src/deploy/hcl.ts
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
var bridge;
function start() {
  bridge ??= (async () => {
    await import("./bridge_wasm_exec-K7Y4VBLK.js");
    const g = globalThis;
    const go = new g.Go();
    const bytes = gunzipSync(readFileSync(wasmPath("main.wasm.gz", "@cdktf/hcl2json", "hcl2json.wasm.gz")));
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    const root = {};
    g.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    for (let i = 0; i < 1e3 && typeof root.parse !== "function"; i++) await new Promise((r) => setTimeout(r, 1));
    if (typeof root.parse !== "function") throw new Error("the HCL parser did not start");
    return root;
  })();
  return bridge;
}
var HclError = class extends Error {
};
async function parseHcl(filename, contents) {
  const b = await start();
  const json = await new Promise((resolve2, reject) => {
    b.parse(filename, contents, (err, result) => err ? reject(new HclError(err)) : resolve2(result ?? "{}"));
  });
  return JSON.parse(json);
}

// src/deploy/terraform-locate.ts
function tokenize(text) {
  const tokens = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  const n = text.length;
  const newline = (at) => {
    line++;
    lineStart = at + 1;
  };
  const skipString = () => {
    const start2 = i;
    i++;
    while (i < n && text[i] !== '"') {
      if (text[i] === "\\") i += 2;
      else if ((text[i] === "$" || text[i] === "%") && text[i + 1] === "{") skipInterpolation();
      else {
        if (text[i] === "\n") newline(i);
        i++;
      }
    }
    i++;
    return text.slice(start2 + 1, i - 1);
  };
  const skipInterpolation = () => {
    i += 2;
    let d = 1;
    while (i < n && d > 0) {
      const c = text[i];
      if (c === '"') skipString();
      else {
        if (c === "{") d++;
        else if (c === "}") d--;
        else if (c === "\n") newline(i);
        i++;
      }
    }
  };
  while (i < n) {
    const c = text[i];
    if (c === "\n") {
      newline(i);
      i++;
    } else if (c === " " || c === "	" || c === "\r") i++;
    else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      i += 2;
      while (i < n && !(text[i] === "*" && text[i + 1] === "/")) {
        if (text[i] === "\n") newline(i);
        i++;
      }
      i += 2;
    } else if (c === '"') {
      const column = i - lineStart + 1;
      const at = line;
      tokens.push({ kind: "string", value: skipString(), line: at, column, depth });
    } else if (c === "<" && text[i + 1] === "<" && /[-A-Za-z_]/.test(text[i + 2] ?? "")) {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (!m) {
        i += 2;
        continue;
      }
      const id = m[1];
      i += m[0].length;
      newline(i - 1);
      while (i < n) {
        const end = text.indexOf("\n", i);
        const lineText = text.slice(i, end < 0 ? n : end);
        i = end < 0 ? n : end + 1;
        if (end >= 0) newline(end);
        if (lineText.trim() === id) break;
      }
    } else if (/[A-Za-z_]/.test(c)) {
      const start2 = i;
      while (i < n && /[\w-]/.test(text[i])) i++;
      tokens.push({ kind: "ident", value: text.slice(start2, i), line, column: start2 - lineStart + 1, depth });
    } else {
      if (c === "{" || c === "}" || c === "=" || c === "[") tokens.push({ kind: "punct", value: c, line, column: i - lineStart + 1, depth });
      if (c === "{") depth++;
      else if (c === "}") depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return tokens;
}
var TerraformLocator = class {
  constructor(file, text) {
    this.file = file;
    this.tokens = tokenize(text);
  }
  file;
  tokens;
  loc(t, length = 1) {
    if (!t) return { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { file: this.file, line: t.line, column: t.column, endLine: t.line, endColumn: t.column + length };
  }
  /** Index of the top-level block `type "label" "label" {`. */
  block(type, labels) {
    const ts = this.tokens;
    outer: for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      if (t.depth !== 0 || t.kind !== "ident" || t.value !== type) continue;
      for (let j = 0; j < labels.length; j++) {
        const l = ts[i + 1 + j];
        if (!l || l.kind !== "string" && l.kind !== "ident" || l.value !== labels[j]) continue outer;
      }
      if (ts[i + 1 + labels.length]?.value === "{") return i;
    }
    return -1;
  }
  /** Where the block starts (its type keyword through its labels). */
  blockAt(type, labels) {
    const i = this.block(type, labels);
    if (i < 0) return this.loc(void 0);
    const last = this.tokens[i + labels.length];
    const start2 = this.tokens[i];
    return { file: this.file, line: start2.line, column: start2.column, endLine: last.line, endColumn: last.column + last.value.length + (last.kind === "string" ? 2 : 0) };
  }
  /**
   * Where an attribute (`name =`) or nested block (`name {`, `name "label" {`) sits inside the block, following `path` through nested
   * blocks (`['image_config', 'command']`). Falls back to the block itself.
   */
  attributeAt(type, labels, path) {
    const ts = this.tokens;
    let i = this.block(type, labels);
    if (i < 0) return this.loc(void 0);
    let depth = 1;
    i += labels.length + 2;
    let found;
    for (const name of path) {
      found = void 0;
      for (; i < ts.length && ts[i].depth >= depth; i++) {
        const t = ts[i];
        const labelled = ts[i + 1]?.kind === "string" && ts[i + 2]?.value === "{";
        if (t.depth === depth && t.kind === "ident" && t.value === name && (ts[i + 1]?.value === "=" || ts[i + 1]?.value === "{" || labelled)) {
          found = t;
          i += labelled ? 2 : 1;
          if (ts[i]?.value === "=") i++;
          if (ts[i]?.value === "{") i++;
          break;
        }
      }
      if (!found) return this.blockAt(type, labels);
      depth++;
    }
    return this.loc(found, found?.value.length ?? 1);
  }
};

// src/deploy/terraform.ts
var IMAGE_FUNCTION = "IMAGE_LAMBDA_FUNCTION";
var SAM_METADATA_PREFIX = "sam_metadata_";
var MAX_TF_BYTES = 16 * 1024 * 1024;
function terraformFiles(input) {
  if (!isDir(input)) return [input];
  return readdirSync(input).filter((f) => f.endsWith(".tf")).sort().map((f) => join(input, f)).filter(isFile);
}
async function readTerraform(input) {
  const config = { kind: "terraform", input, functions: [], problems: [], unchecked: [] };
  const root = isDir(input) ? input : dirname(input);
  await readModule(input, config, { prefix: "", root, args: await variableFiles(root) }, { ancestors: /* @__PURE__ */ new Set(), count: { reads: 0 }, parsed: /* @__PURE__ */ new Map() }, 0);
  return config;
}
async function variableFiles(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return void 0;
  }
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  const files = [...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)), ...auto].map((n) => join(dir, n)).filter(isFile);
  if (files.length === 0) return void 0;
  const values = {};
  for (const file of files) {
    let body;
    try {
      if (statSync(file).size > MAX_TF_BYTES) continue;
      const text = readFileSync2(file, "utf8");
      body = file.endsWith(".json") ? JSON.parse(text) : await parseHcl(basename(file), text);
    } catch {
      continue;
    }
    for (const [k, v] of Object.entries(body ?? {})) values[k] = literalValue(v);
  }
  return values;
}
var MAX_MODULE_DEPTH = 8;
var MAX_MODULES = 64;
async function parseFiles(input) {
  const files = [];
  for (const file of terraformFiles(input)) {
    let text;
    try {
      if (statSync(file).size > MAX_TF_BYTES) throw new DeployConfigError(file, "is larger than 16 MiB, too large for a Terraform file");
      text = readFileSync2(file, "utf8");
    } catch (e) {
      if (e instanceof DeployConfigError) throw e;
      throw new DeployConfigError(file, `cannot be read (${e.code ?? "error"})`);
    }
    try {
      files.push({ file, body: await parseHcl(basename(file), text), locate: new TerraformLocator(file, text) });
    } catch (e) {
      if (e instanceof HclError) throw new DeployConfigError(file, hclMessage(e.message, basename(file)));
      throw e;
    }
  }
  return files;
}
async function readModule(input, config, call, walk, depth) {
  const { prefix } = call;
  const dir = isDir(input) ? input : dirname(input);
  const ancestors = /* @__PURE__ */ new Set([...walk.ancestors, resolve(dir)]);
  walk.count.reads++;
  const key = resolve(input);
  if (!walk.parsed.has(key)) walk.parsed.set(key, parseFiles(input));
  const files = await walk.parsed.get(key);
  const scope = staticScope(files, dir, call.root, call.args);
  const metadata = await samMetadata(files, scope, call.root);
  const rootMetadata = call.rootMetadata ?? metadata;
  const builds = await dockerBuildModules(files, scope, call.root);
  const calls = [];
  for (const f of files) {
    for (const [name, bodies] of Object.entries(blocks(f.body, "aws_lambda_function"))) {
      const body = bodies[0];
      if (!body) continue;
      const address = `${prefix}aws_lambda_function.${name}`;
      if (typeof body.package_type === "string" && body.package_type.includes("${")) {
        const resolved = resolveString(body.package_type, scope);
        if (resolved === void 0) {
          config.unchecked.push({ at: f.locate.attributeAt("resource", ["aws_lambda_function", name], ["package_type"]), message: `${address}: package_type is ${body.package_type}, not resolved here; whether it deploys an image was not checked` });
          continue;
        }
        if (resolved !== "Image") continue;
      } else if (body.package_type !== "Image") continue;
      const fn = readFunction(f, name, body, scope, config.unchecked, address);
      const env = Array.isArray(body.environment) ? body.environment[0] : void 0;
      const variables = env ? Object.keys((env.variables && typeof env.variables === "object" && !Array.isArray(env.variables) ? env.variables : resolveMap(env.variables, scope)) ?? {}) : [];
      const reserved = variables.filter(isReservedEnvKey);
      if (reserved.length) fn.reservedEnv = reserved.map((key2) => ({ name: key2, at: f.locate.attributeAt("resource", ["aws_lambda_function", name], ["environment", "variables"]) }));
      if (variables.length) fn.envNames = variables;
      const lwa = env ? resolveMap(env.variables, scope)?.AWS_LWA_INVOKE_MODE : void 0;
      if (lwa !== void 0) fn.adapterInvokeMode = lwa;
      const meta = metadata.get(`aws_lambda_function.${name}`) ?? (typeof body.function_name === "string" ? metadata.get(`aws_lambda_function.${body.function_name}`) : void 0) ?? (prefix ? rootMetadata.get(address) : void 0) ?? builtBy(body.image_uri, builds);
      if (meta && !attachBuild(fn, meta, config)) continue;
      if (!fn.built && !meta && fn.imageUri && uriTailUnresolved(fn.imageUri.value)) config.unchecked.push({ at: fn.imageUri.at, message: `${address}: image_uri is ${fn.imageUri.value}, not resolved here; the image it deploys was not checked` });
      config.functions.push(fn);
    }
    for (const [name, bodies] of Object.entries(f.body.module ?? {})) {
      const body = bodies[0];
      if (!body) continue;
      const source = typeof body.source === "string" ? body.source : void 0;
      const local = source && /^\.\.?\//.test(source) ? join(dir, source).replace(/(.)\/+$/, "$1") : void 0;
      if (local && isDir(local)) {
        if (!ancestors.has(resolve(local)) && depth < MAX_MODULE_DEPTH) calls.push({ dir: local, prefix: `${prefix}module.${name}.`, args: callArguments(body, scope) });
        continue;
      }
      const build = source && LAMBDA_MODULE.test(source) && resolveString(body.package_type, scope) === "Image" ? builtBy(body.image_uri, builds) : void 0;
      if (build) {
        const fn = moduleFunction(f, name, body, scope, config.unchecked, `${prefix}module.${name}`);
        if (attachBuild(fn, build, config)) config.functions.push(fn);
        continue;
      }
      if (source && LAMBDA_MODULE.test(source) && resolveString(body.package_type, scope) === "Image" && typeof body.image_uri === "string" && !/^\$\{\s*module\./.test(body.image_uri.trim())) {
        const fn = moduleFunction(f, name, body, scope, config.unchecked, `${prefix}module.${name}`);
        if (fn.imageUri && uriTailUnresolved(fn.imageUri.value)) config.unchecked.push({ at: fn.imageUri.at, message: `${fn.id}: image_uri is ${fn.imageUri.value}, not resolved here; the image it deploys was not checked` });
        config.functions.push(fn);
        continue;
      }
      if (body.package_type !== "Image" && !(typeof body.image_uri === "string")) continue;
      config.unchecked.push({ at: f.locate.blockAt("module", [name]), message: `${prefix}module.${name}${source ? ` (${source})` : ""} deploys an image function; modules that are not local folders are not read here: lint the Dockerfile it builds directly` });
    }
  }
  attachFunctionUrls(files, config, prefix, scope);
  for (const next of calls) if (walk.count.reads < MAX_MODULES) await readModule(next.dir, config, { prefix: next.prefix, root: call.root, args: next.args, rootMetadata }, { ancestors, count: walk.count, parsed: walk.parsed }, depth + 1);
}
function attachFunctionUrls(files, config, prefix, scope) {
  for (const f of files) {
    for (const [name, bodies] of Object.entries(blocks(f.body, "aws_lambda_function_url"))) {
      const body = bodies[0];
      const m = typeof body?.function_name === "string" ? /^\$\{\s*aws_lambda_function\.([\w-]+)\.(function_name|arn|id)\s*\}$/.exec(body.function_name.trim()) : null;
      const fn = m && config.functions.find((x) => x.id === `${prefix}aws_lambda_function.${m[1]}`);
      if (!fn) continue;
      const mode = body.invoke_mode === void 0 ? "BUFFERED" : resolveString(body.invoke_mode, scope);
      if (mode !== void 0) fn.urlInvokeMode = { value: mode.toUpperCase(), at: f.locate.attributeAt("resource", ["aws_lambda_function_url", name], [body.invoke_mode === void 0 ? "function_name" : "invoke_mode"]) };
    }
  }
}
function callArguments(body, scope) {
  const out = {};
  for (const [k, v] of Object.entries(body)) out[k] = typeof v === "string" ? resolveList(v, scope) ?? resolveMap(v, scope) ?? resolveString(v, scope) : resolveList(v, scope) ?? resolveMap(v, scope) ?? literalValue(v);
  return out;
}
function hclMessage(raw, file) {
  const m = /\[?[^:\]]*:(\d+),(\d+)-[\d,]+: ([^\]]+)\]?/.exec(raw.replace(/^parse config: /, ""));
  return m ? `line ${m[1]}, column ${m[2]}: ${m[3].trim()}` : raw.replace(/^parse config: /, "").replace(file, "").trim();
}
function blocks(body, type) {
  const resources = body.resource ?? {};
  return resources[type] ?? {};
}
function literalValue(v) {
  const scalar = (x) => typeof x === "string" ? x.includes("${") ? void 0 : x : typeof x === "number" || typeof x === "boolean" ? String(x) : void 0;
  if (Array.isArray(v)) {
    const items = v.map(scalar);
    return items.every((x) => x !== void 0) ? items : void 0;
  }
  if (v && typeof v === "object") {
    const entries = Object.entries(v).map(([k, x]) => [k, scalar(x)]);
    return entries.every(([, x]) => x !== void 0) ? Object.fromEntries(entries) : void 0;
  }
  return scalar(v);
}
function staticScope(files, dir, root = dir, args) {
  const scope = /* @__PURE__ */ new Map([
    ["path.module", dir],
    ["path.root", root],
    ["path.cwd", "."]
  ]);
  for (const f of files) {
    for (const locals of f.body.locals ?? []) {
      for (const [k, v] of Object.entries(locals)) {
        const value = typeof v === "string" ? v : literalValue(v);
        if (value !== void 0) scope.set(`local.${k}`, value);
      }
    }
    for (const [k, vs] of Object.entries(f.body.variable ?? {})) {
      const d = args && k in args ? args[k] : vs[0]?.default;
      const value = typeof d === "string" ? d : literalValue(d);
      if (value !== void 0) scope.set(`var.${k}`, value);
    }
  }
  return scope;
}
function resolveString(value, scope, depth = 0) {
  if (typeof value !== "string") return typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
  if (!value.includes("${")) return value;
  if (value.includes("${abspath(")) {
    const replaced = replaceAbspath(value, scope, depth);
    return replaced === void 0 || depth > 4 ? void 0 : resolveString(replaced, scope, depth + 1);
  }
  let unresolved = false;
  const out = value.replace(/\$\{\s*([\w.-]+)\s*\}/g, (_, ref) => {
    const v = scope.get(ref);
    const r = typeof v === "string" && depth < 4 ? resolveString(v, scope, depth + 1) : void 0;
    if (r === void 0) unresolved = true;
    return r ?? "";
  });
  return unresolved || out.includes("${") ? void 0 : out;
}
function replaceAbspath(value, scope, depth) {
  let out = "";
  let i = 0;
  for (let at = value.indexOf("${abspath(", i); at >= 0; at = value.indexOf("${abspath(", i)) {
    out += value.slice(i, at);
    let j = at + "${abspath(".length;
    let parens = 1;
    let quoted = false;
    let braces = 0;
    for (; j < value.length && parens > 0; j++) {
      const c = value[j];
      if (c === '"' && value[j - 1] !== "\\" && braces === 0) quoted = !quoted;
      else if (c === "{" && value[j - 1] === "$") braces++;
      else if (c === "}" && braces > 0) braces--;
      else if (!quoted && braces === 0 && c === "(") parens++;
      else if (!quoted && braces === 0 && c === ")") parens--;
    }
    if (parens !== 0 || value[j] !== "}") return void 0;
    const arg = value.slice(at + "${abspath(".length, j - 1).trim();
    const inner = /^"[\s\S]*"$/.test(arg) ? resolveString(arg.slice(1, -1), scope, depth + 1) : /^[\w.-]+$/.test(arg) ? resolveString(`\${${arg}}`, scope, depth + 1) : void 0;
    if (inner === void 0) return void 0;
    const root = scope.get("path.root");
    out += /\bpath\.(module|root)\b/.test(arg) ? resolve(inner) : resolve(typeof root === "string" ? root : ".", inner);
    i = j + 1;
  }
  return out + value.slice(i);
}
function referenced(value, scope) {
  const m = typeof value === "string" ? /^\$\{\s*((?:var|local)\.[\w-]+)\s*\}$/.exec(value.trim()) : null;
  return m ? scope.get(m[1]) : void 0;
}
function resolveList(value, scope) {
  const v = Array.isArray(value) ? value : referenced(value, scope);
  if (!Array.isArray(v)) return void 0;
  const items = v.map((x) => resolveString(x, scope));
  return items.every((x) => x !== void 0) ? items : void 0;
}
function resolveMap(value, scope) {
  const v = value && typeof value === "object" && !Array.isArray(value) ? value : referenced(value, scope);
  if (!v || typeof v !== "object" || Array.isArray(v)) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    const r = resolveString(x, scope);
    if (r !== void 0) out[k] = r;
  }
  return out;
}
function uriText(value, scope) {
  if (typeof value !== "string") return void 0;
  return value.replace(/\$\{\s*([\w.-]+)\s*\}/g, (whole, ref) => resolveString(scope.get(ref), scope) ?? whole);
}
function architectureOf(archs, scope, at, where) {
  if (archs === void 0) return { value: "x86_64", at, explicit: false };
  const arch = Array.isArray(archs) && archs.length === 1 ? resolveString(archs[0], scope) : void 0;
  return arch !== void 0 ? { value: arch, at: where(), explicit: true } : void 0;
}
function readFunction(f, name, body, scope, unchecked, address) {
  const labels = ["aws_lambda_function", name];
  const at = f.locate.blockAt("resource", labels);
  const where = (...path) => f.locate.attributeAt("resource", labels, path);
  const ic = Array.isArray(body.image_config) ? body.image_config[0] : void 0;
  const overrides = imageConfigReader(ic, scope, unchecked, address, (key) => where("image_config", key), { command: "command", entryPoint: "entry_point", workingDirectory: "working_directory" });
  const dynamic = body.dynamic?.image_config;
  if (dynamic !== void 0 && ic === void 0) {
    overrides.unresolved = ["command", "entryPoint", "workingDirectory"];
    unchecked.push({ at: where("dynamic"), message: `${address}: image_config is a dynamic block, decided at plan time; ${SKIPPED_LAUNCH}` });
  }
  const architecture = architectureOf(body.architectures, scope, at, () => where("architectures"));
  const uri = uriText(body.image_uri, scope);
  const zipOnly = zipOnlyAttributes(body, scope, where);
  return {
    id: address,
    kind: "terraform",
    templateFile: f.file,
    at,
    buildArgs: {},
    architecture,
    imageConfig: overrides,
    imageUri: uri !== void 0 ? { value: uri, at: where("image_uri") } : void 0,
    built: false,
    ...zipOnly.length ? { zipOnly } : {}
  };
}
function zipOnlyAttributes(body, scope, where) {
  const out = [];
  for (const [key, name] of [["runtime", "Runtime"], ["handler", "Handler"], ["layers", "Layers"]]) {
    const v = body[key];
    if (v === void 0 || v === null) continue;
    const set = key === "layers" ? (resolveList(v, scope)?.length ?? 0) > 0 : (resolveString(v, scope) ?? "") !== "";
    if (set) out.push({ name, at: where(key), fromGlobals: false });
  }
  return out;
}
var SKIPPED_LAUNCH = "what Lambda runs was not checked (the handler and launch checks are skipped for this function)";
function imageConfigReader(body, scope, unchecked, address, where, keys) {
  const out = {};
  const unknown = (what, key) => {
    (out.unresolved ??= []).push(what);
    unchecked.push({ at: where(key), message: `${address}: ${key} is ${String(body[key])}, not resolved here; ${SKIPPED_LAUNCH}` });
  };
  for (const what of ["command", "entryPoint"]) {
    const key = keys[what];
    if (body?.[key] === void 0 || body[key] === null) continue;
    const value = resolveList(body[key], scope);
    if (value) out[what] = { value, at: where(key) };
    else unknown(what, key);
  }
  const wdKey = keys.workingDirectory;
  if (body?.[wdKey] !== void 0 && body[wdKey] !== null) {
    const wd = resolveString(body[wdKey], scope);
    if (wd !== void 0) out.workingDirectory = { value: wd, at: where(wdKey) };
    else unknown("workingDirectory", wdKey);
  }
  return out;
}
function moduleFunction(f, name, body, scope, unchecked, address) {
  const at = f.locate.blockAt("module", [name]);
  const where = (key) => f.locate.attributeAt("module", [name], [key]);
  const overrides = imageConfigReader(body, scope, unchecked, address, where, { command: "image_config_command", entryPoint: "image_config_entry_point", workingDirectory: "image_config_working_directory" });
  const architecture = architectureOf(body.architectures, scope, at, () => where("architectures"));
  const env = body.environment_variables && typeof body.environment_variables === "object" && !Array.isArray(body.environment_variables) ? Object.keys(body.environment_variables) : [];
  const reserved = env.filter(isReservedEnvKey);
  const uri = uriText(body.image_uri, scope);
  return {
    id: address,
    kind: "terraform",
    templateFile: f.file,
    at,
    buildArgs: {},
    architecture,
    imageConfig: overrides,
    imageUri: uri !== void 0 ? { value: uri, at: where("image_uri") } : void 0,
    built: false,
    ...reserved.length ? { reservedEnv: reserved.map((key) => ({ name: key, at: where("environment_variables") })) } : {},
    ...env.length ? { envNames: env } : {}
  };
}
var DOCKER_BUILD_MODULE = /terraform-aws-modules\/lambda\/aws\/\/modules\/docker-build|terraform-aws-lambda(\.git)?\/\/modules\/docker-build/;
var LAMBDA_MODULE = /^(registry\.terraform\.io\/)?terraform-aws-modules\/lambda\/aws(\?.*)?$|terraform-aws-lambda(\.git)?(\?ref=[^/]*)?$/;
async function dockerBuildModules(files, scope, root) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const [name, bodies] of Object.entries(f.body.module ?? {})) {
      const body = bodies[0];
      if (!body || typeof body.source !== "string" || !DOCKER_BUILD_MODULE.test(body.source)) continue;
      const where = (key) => f.locate.attributeAt("module", [name], [key]);
      const platform = resolveString(body.platform, scope);
      const args = resolveMap(body.build_args, scope);
      out.set(name, {
        file: f,
        label: `module.${name}`,
        keys: { context: "source_path", dockerfile: "docker_file_path" },
        at: { context: where("source_path"), dockerfile: where(body.docker_file_path === void 0 ? "source_path" : "docker_file_path") },
        context: anchored(body.source_path, resolveString(body.source_path, scope), root),
        contextRaw: body.source_path,
        dockerfile: resolveString(body.docker_file_path, scope) ?? "Dockerfile",
        buildArgs: args ?? (typeof body.build_args === "string" ? await buildArgs(body.build_args) : {}),
        ...platform ? { platform: { value: platform, at: where("platform") } } : {}
      });
    }
  }
  return out;
}
function builtBy(imageUri, builds) {
  const m = typeof imageUri === "string" ? /^\$\{\s*module\.([\w-]+)\.image_uri\s*\}$/.exec(imageUri.trim()) : null;
  return m ? builds.get(m[1]) : void 0;
}
function anchored(raw, resolved, root) {
  if (resolved === void 0 || resolved.startsWith("/") || typeof raw === "string" && /\$\{\s*path\.(module|root)\b/.test(raw)) return resolved;
  if (root !== "." && (resolved === root || resolved.startsWith(`${root}/`))) return resolved;
  return join(root, resolved);
}
async function samMetadata(files, scope, root) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const [name, bodies] of Object.entries(blocks(f.body, "null_resource"))) {
      if (!name.startsWith(SAM_METADATA_PREFIX)) continue;
      const triggers = bodies[0]?.triggers ?? {};
      if (triggers.resource_type !== IMAGE_FUNCTION || typeof triggers.resource_name !== "string") continue;
      out.set(triggers.resource_name.replace(/\[[^\]]*\]/g, ""), {
        file: f,
        label: name,
        keys: { context: "docker_context", dockerfile: "docker_file" },
        at: { context: f.locate.attributeAt("resource", ["null_resource", name], ["triggers", "docker_context"]), dockerfile: f.locate.attributeAt("resource", ["null_resource", name], ["triggers", "docker_file"]) },
        context: anchored(triggers.docker_context, resolveString(triggers.docker_context, scope), root),
        contextRaw: triggers.docker_context,
        dockerfile: resolveString(triggers.docker_file, scope) ?? "Dockerfile",
        buildArgs: await buildArgs(triggers.docker_build_args)
      });
    }
  }
  return out;
}
async function buildArgs(value) {
  if (typeof value !== "string") return {};
  const call = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(value.trim());
  let parsed;
  try {
    parsed = call ? (await parseHcl("docker_build_args.tf", `args = ${call[1]}
`)).args : JSON.parse(value);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === "string" && !v.includes("${")));
}
function attachBuild(fn, meta, config) {
  const { problems } = config;
  const ctxAt = meta.at.context;
  const dfAt = meta.at.dockerfile;
  if (meta.context === void 0) {
    config.unchecked.push({ at: ctxAt, message: `${fn.id}: the ${meta.keys.context} ${JSON.stringify(meta.contextRaw ?? null)} of ${meta.label} is not resolved here; the function's Dockerfile was not linted` });
    return true;
  }
  const dockerfile = under(meta.context, meta.dockerfile);
  fn.context = { value: meta.context, at: ctxAt };
  fn.dockerfile = { value: dockerfile, at: dfAt };
  fn.buildArgs = meta.buildArgs;
  if (meta.platform) fn.platform = meta.platform;
  if (!isDir(meta.context)) {
    problems.push({ at: ctxAt, message: `${fn.id}: the ${meta.keys.context} ${meta.context} does not exist` });
    return false;
  }
  if (!isFile(dockerfile)) {
    problems.push({ at: dfAt, message: `${fn.id}: the Dockerfile ${dockerfile} does not exist` });
    return false;
  }
  return true;
}
export {
  readTerraform,
  resolveList,
  resolveString,
  terraformFiles
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  TemplateError,
  entries,
  envKeys,
  get,
  intrinsic,
  isDir,
  isFile,
  isSamTemplate,
  looksLikeTemplate,
  parseTemplate,
  reservedKeys,
  str,
  strMap,
  templateFunctions,
  under
} from "./chunk-SZTVHXW7.js";
import {
  DeployConfigError,
  readConfigText
} from "./chunk-WXDG642Z.js";
import {
  require_dist
} from "./chunk-J5ZGSUT7.js";
import {
  __toESM
} from "./chunk-7KY5IGMZ.js";

// src/deploy/index.ts
import { basename, dirname as dirname2, extname as extname2 } from "node:path";

// src/deploy/cdk.ts
import { readFileSync } from "node:fs";
import { join, normalize } from "node:path";
function readCloudAssembly(dir) {
  const config = { kind: "cdk", input: dir, functions: [], problems: [], unchecked: [] };
  readAssembly(dir, config, 0);
  return config;
}
function load(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new DeployConfigError(file, `cannot be read (${e.code ?? "error"})`);
  }
  try {
    return parseTemplate(file, text);
  } catch (e) {
    if (e instanceof TemplateError) throw new DeployConfigError(file, e.message);
    throw e;
  }
}
function readAssembly(dir, config, depth) {
  const manifest = load(join(dir, "manifest.json"));
  const artifacts = entries(get(manifest.root, "artifacts"));
  const assets = [];
  const stacks = [];
  for (const [, , artifact] of artifacts) {
    const type = str(get(artifact, "type"));
    const props = get(artifact, "properties");
    if (type === "cdk:asset-manifest") {
      const file = str(get(props, "file"));
      if (file) assets.push(...dockerAssets(load(join(dir, file))));
    } else if (type === "aws:cloudformation:stack") {
      const file = str(get(props, "templateFile"));
      if (file) stacks.push(join(dir, file));
    } else if (type === "cdk:cloud-assembly" && depth < 8) {
      const sub = str(get(props, "directoryName"));
      if (sub && isDir(join(dir, sub))) readAssembly(join(dir, sub), config, depth + 1);
    }
  }
  for (const file of stacks) {
    const t = load(file);
    const { functions, problems, unchecked } = templateFunctions(t, "cdk");
    config.problems.push(...problems);
    config.unchecked.push(...unchecked);
    for (const fn of functions) {
      const resource = get(get(t.root, "Resources"), fn.id);
      const asset = assetOf(fn, resource, assets, dir);
      if (asset && !attach(fn, asset, dir, config.problems, config.unchecked)) continue;
      config.functions.push(fn);
    }
  }
}
function dockerAssets(m) {
  return entries(get(m.root, "dockerImages")).flatMap(([hash, , node]) => {
    const directory = str(get(get(node, "source"), "directory"));
    if (!directory) return [];
    const tags = entries(get(node, "destinations")).flatMap(([, , d]) => str(get(d, "imageTag")) ?? []);
    return node ? [{ hash, directory, tags, manifest: m, node }] : [];
  });
}
function assetOf(fn, resource, assets, dir) {
  const path = str(get(get(resource, "Metadata"), "aws:asset:path"));
  if (path) {
    const byPath = assets.find((a) => normalize(under(dir, a.directory)) === normalize(under(dir, path)));
    if (byPath) return byPath;
  }
  const uri = fn.imageUri?.value;
  if (!uri) return void 0;
  return assets.find((a) => a.tags.some((tag) => uri.endsWith(`:${tag}`)));
}
function attach(fn, asset, dir, problems, unchecked) {
  const m = asset.manifest;
  const source = get(asset.node, "source");
  const dfNode = get(source, "dockerFile");
  const context = under(dir, asset.directory);
  fn.built = true;
  if (!isDir(context)) {
    unchecked.push({ at: m.at(get(source, "directory")), message: `${fn.id}: the folder ${context} of asset ${asset.hash.slice(0, 12)} is not in this cloud assembly (run cdk synth to make it); the Dockerfile was not linted` });
    return true;
  }
  const dockerfile = under(context, str(dfNode) ?? "Dockerfile");
  fn.built = true;
  fn.context = { value: context, at: m.at(get(source, "directory")) };
  fn.dockerfile = { value: dockerfile, at: m.at(dfNode ?? get(source, "directory")) };
  fn.buildArgs = strMap(get(source, "dockerBuildArgs"));
  const target = get(source, "dockerBuildTarget");
  if (str(target)) fn.target = { value: str(target), at: m.at(target) };
  const platform = get(source, "platform");
  if (str(platform)) fn.platform = { value: str(platform), at: m.at(platform) };
  if (!isFile(dockerfile)) {
    problems.push({ at: fn.dockerfile.at, message: `${fn.id}: the Dockerfile ${dockerfile} of asset ${asset.hash.slice(0, 12)} does not exist` });
    return false;
  }
  return true;
}

// src/deploy/serverless.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { dirname, extname } from "node:path";

// src/deploy/serverless-vars.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DEPTH = 10;
var MAX_EXPRESSIONS = 1e4;
var MAX_TEXT = 64 * 1024;
function splitVariables(s) {
  const parts = [];
  let lit = "";
  let i = 0;
  while (i < s.length) {
    if (s[i] === "$" && s[i + 1] === "{") {
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        if (s[j] === "{") depth++;
        else if (s[j] === "}" && --depth === 0) break;
      }
      if (j >= s.length) break;
      if (lit) parts.push({ lit });
      lit = "";
      parts.push({ expr: s.slice(i + 2, j) });
      i = j + 1;
      continue;
    }
    lit += s[i++];
  }
  lit += s.slice(i);
  if (lit) parts.push({ lit });
  return parts;
}
function topLevel(expr) {
  const out = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{" || c === "(") depth++;
    else if (c === "}" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(expr.slice(start, i));
      start = i + 1;
    }
  }
  out.push(expr.slice(start));
  return out.map((p) => p.trim());
}
function literalFallback(s) {
  if (s === void 0) return void 0;
  const m = /^'([^']*)'$|^"([^"]*)"$/.exec(s);
  if (m) return m[1] ?? m[2];
  return /^-?\d+(\.\d+)?$/.test(s) ? s : void 0;
}
var Variables = class {
  constructor(root) {
    this.root = root;
  }
  root;
  budget = MAX_EXPRESSIONS;
  /** The node at a `self:` path, or undefined when the document has none there. */
  lookup(path) {
    let node = this.root;
    if (path === "") return node;
    for (const key of path.split(".")) {
      node = this.node(node);
      if ((0, import_yaml.isSeq)(node) && /^\d+$/.test(key)) node = node.items[Number(key)] ?? void 0;
      else node = (0, import_yaml.isMap)(node) ? get(node, key) : void 0;
      if (!node) return void 0;
    }
    return node;
  }
  /** The `self:` path of a string that is exactly one `${self:...}` variable (resolving variables in the path). */
  selfPath(value, depth) {
    const parts = splitVariables(value.trim());
    if (parts.length !== 1 || !("expr" in parts[0])) return void 0;
    const [head] = topLevel(parts[0].expr);
    const address = this.resolve(head, depth + 1);
    if (!address.known) return void 0;
    const m = /^self:(.*)$/s.exec(address.text.trim());
    return m ? m[1].trim() : void 0;
  }
  /** A node with `${self:...}` standing for the whole value followed to what it names (a map, a list or a scalar). */
  node(node, depth = 0) {
    if (!node || depth > MAX_DEPTH || !(0, import_yaml.isScalar)(node) || typeof node.value !== "string") return node;
    const path = this.selfPath(node.value, depth);
    if (path === void 0) return node;
    const target = this.lookup(path);
    return target ? this.node(target, depth + 1) : node;
  }
  /** One expression's value: `self:` followed, other sources unknown. */
  expression(expr, depth) {
    if (depth > MAX_DEPTH || --this.budget < 0) return void 0;
    const [head, ...fallbacks] = topLevel(expr);
    const address = this.resolve(head, depth + 1);
    if (!address.known) return void 0;
    const m = /^self:(.*)$/s.exec(address.text.trim());
    if (!m) return void 0;
    const target = this.lookup(m[1].trim());
    if (!target) return literalFallback(fallbacks[0]);
    if (!(0, import_yaml.isScalar)(target) || intrinsic(target) || target.value === null || target.value === void 0) return void 0;
    const inner = this.resolve(String(target.value), depth + 1);
    return inner.known ? inner.text : void 0;
  }
  /** A string with its variables resolved where they can be; unknown ones kept as written. */
  resolve(value, depth = 0) {
    let text = "";
    let known = true;
    for (const part of splitVariables(value)) {
      if ("lit" in part) {
        text += part.lit;
        continue;
      }
      const v = this.expression(part.expr, depth);
      if (v === void 0) {
        known = false;
        text += /[{}]/.test(part.expr) ? "${...}" : `\${${part.expr}}`;
      } else text += v;
      if (text.length > MAX_TEXT) return { text: "${...}", known: false };
    }
    return { text, known };
  }
  /** A scalar node's text with variables resolved; undefined for maps, lists, CloudFormation intrinsics and null. */
  text(node) {
    const n = this.node(node);
    if (!n || !(0, import_yaml.isScalar)(n) || intrinsic(n) || n.value === null || n.value === void 0) return void 0;
    return typeof n.value === "string" ? this.resolve(n.value) : { text: String(n.value), known: true };
  }
};

// src/deploy/serverless.ts
var SERVERLESS_CODE = /* @__PURE__ */ new Set([".js", ".cjs", ".mjs", ".ts"]);
function readServerless(file) {
  if (SERVERLESS_CODE.has(extname(file).toLowerCase())) {
    throw new DeployConfigError(file, "is a Serverless Framework configuration written as code, which cannot be read without running it; lint the resolved configuration instead: serverless print > serverless.resolved.yml, then lint serverless.resolved.yml");
  }
  const text = readConfigText(file, "a Serverless Framework configuration");
  let t;
  try {
    t = parseTemplate(file, text);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    const detail = e.message.startsWith("is not a template") ? "is not a Serverless Framework configuration: the document is not a mapping" : `${extname(file) === ".json" ? "JSON" : "YAML"} error, ${e.message}`;
    throw new DeployConfigError(file, detail);
  }
  return { kind: "serverless", input: file, ...serverlessFunctions(t) };
}
function looksLikeServerless(t) {
  return get(t.root, "provider") !== void 0 && (get(t.root, "service") !== void 0 || get(t.root, "functions") !== void 0);
}
function serverlessFunctions(t) {
  const vars = new Variables(t.root);
  const problems = [];
  const unchecked = [];
  const functions = [];
  const providerNode = vars.node(get(t.root, "provider"));
  const providerName = vars.text((0, import_yaml2.isMap)(providerNode) ? get(providerNode, "name") : providerNode);
  if (providerName?.known && providerName.text !== "aws") return { functions, problems, unchecked };
  const provider = (0, import_yaml2.isMap)(providerNode) ? providerNode : void 0;
  const ecr = vars.node(get(provider, "ecr"));
  const imagesNode = (0, import_yaml2.isMap)(ecr) ? vars.node(get(ecr, "images")) : void 0;
  const unknown = !provider && !providerName?.known || ecr !== void 0 && !(0, import_yaml2.isMap)(ecr) || imagesNode !== void 0 && !(0, import_yaml2.isMap)(imagesNode);
  const images = unknown ? null : imagesNode;
  const ctx = { t, vars, problems, unchecked, images, providerArch: get(provider, "architecture"), providerEnv: vars.node(get(provider, "environment")) };
  const functionsNode = vars.node(get(t.root, "functions"));
  const declared = (n) => n !== void 0 && !((0, import_yaml2.isScalar)(n) && (n.value === null || n.value === ""));
  const unread = (0, import_yaml2.isSeq)(functionsNode) ? functionsNode.items.filter((item) => declared(vars.node(item)) && !(0, import_yaml2.isMap)(vars.node(item))) : declared(functionsNode) && !(0, import_yaml2.isMap)(functionsNode) ? [functionsNode] : [];
  for (const node of unread) {
    const v = (0, import_yaml2.isScalar)(node) ? vars.text(node) : void 0;
    unchecked.push({ at: t.at(node), message: `functions ${(0, import_yaml2.isSeq)(functionsNode) ? "holds" : "is"} ${(0, import_yaml2.isScalar)(node) ? String(node.value) : "a value that is not a mapping"}${v?.known ? "" : ", not resolved here"}; its functions were not checked` });
  }
  for (const [id, idNode, value] of functionEntries(vars, functionsNode)) {
    const fnNode = vars.node(value);
    if (!(0, import_yaml2.isMap)(fnNode)) {
      if ((0, import_yaml2.isScalar)(fnNode) && !vars.text(fnNode)?.known) unchecked.push({ at: t.at(idNode), message: `${id}: the function is ${String(fnNode.value)}, not resolved here; not checked` });
      continue;
    }
    const image = get(fnNode, "image");
    if (image === void 0) continue;
    const fn = readFunction(ctx, id, t.at(idNode), fnNode, image);
    if (fn) {
      const own = vars.node(get(fnNode, "environment"));
      const reserved = [...reservedKeys(own, (n) => t.at(n)), ...reservedKeys(ctx.providerEnv, (n) => t.at(n), "provider.environment").filter((p) => !get(own, p.name))];
      if (reserved.length) fn.reservedEnv = reserved;
      const names = [.../* @__PURE__ */ new Set([...envKeys(own), ...envKeys(ctx.providerEnv)])];
      if (names.length) fn.envNames = names;
      const url = vars.node(get(fnNode, "url"));
      const urlOn = (0, import_yaml2.isMap)(url) || (0, import_yaml2.isScalar)(url) && vars.text(url)?.text === "true";
      const mode = (0, import_yaml2.isMap)(url) ? get(url, "invokeMode") : void 0;
      const modeText = mode === void 0 ? "BUFFERED" : vars.text(mode)?.known ? vars.text(mode).text : void 0;
      if (urlOn && modeText !== void 0) fn.urlInvokeMode = { value: modeText.toUpperCase(), at: t.at(mode ?? get(fnNode, "url")) };
      const lwa = get(own, "AWS_LWA_INVOKE_MODE") ?? get(ctx.providerEnv, "AWS_LWA_INVOKE_MODE");
      const lwaText = lwa === void 0 ? void 0 : vars.text(lwa);
      if (lwaText?.known) fn.adapterInvokeMode = lwaText.text;
    }
    if (fn) functions.push(fn);
  }
  return { functions, problems, unchecked };
}
function functionEntries(vars, node) {
  if ((0, import_yaml2.isMap)(node)) return entries(node);
  if (!(0, import_yaml2.isSeq)(node)) return [];
  return node.items.flatMap((item) => {
    const n = vars.node(item);
    return (0, import_yaml2.isMap)(n) ? entries(n) : [];
  });
}
function located(ctx, node, v) {
  return v ? { value: v.text, at: ctx.t.at(node) } : void 0;
}
function isEcrUri(s) {
  return /^\d+\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/[^@]+/.test(s) || /[^@:]@sha256:[a-f0-9]{64}$/.test(s);
}
function uriShaped(v) {
  return v.known ? isEcrUri(v.text) : /[/:@.]/.test(v.text.replace(/\$\{[^}]*\}/g, ""));
}
function readFunction(ctx, id, at, fnNode, imageNode) {
  const image = ctx.vars.node(imageNode);
  const fn = { id, kind: "serverless", templateFile: ctx.t.file, at, buildArgs: {}, architecture: architecture(ctx, get(fnNode, "architecture") ?? ctx.providerArch, at), imageConfig: {}, built: false };
  let ref;
  if ((0, import_yaml2.isMap)(image)) {
    const nameNode = get(image, "name");
    const uriNode = get(image, "uri");
    if (nameNode !== void 0 && uriNode !== void 0) return problem(ctx, image, `${id}: image sets both name and uri; the Framework takes one of them`);
    if (nameNode === void 0 && uriNode === void 0) return problem(ctx, image, `${id}: image needs a name (an image of provider.ecr.images) or a uri`);
    ref = uriNode !== void 0 ? { node: uriNode, value: ctx.vars.text(uriNode), uri: true } : { node: nameNode, value: ctx.vars.text(nameNode), uri: false };
    fn.imageConfig = imageConfig(ctx, id, image);
  } else if ((0, import_yaml2.isScalar)(image)) {
    const value = ctx.vars.text(image);
    ref = { node: imageNode, value, uri: value !== void 0 && uriShaped(value) };
  } else return problem(ctx, imageNode, `${id}: image must be a string or a mapping`);
  if (ref.uri) {
    fn.imageUri = located(ctx, ref.node, ref.value);
    if (!ref.value?.known) ctx.unchecked.push({ at: ctx.t.at(ref.node), message: `${id}: the image ${ref.value?.text ?? "URI"} holds values resolved at deploy time; what it deploys was not checked` });
    return fn;
  }
  fn.built = true;
  const name = ref.value;
  if (!name?.known || ctx.images === null) {
    ctx.unchecked.push({ at: ctx.t.at(ref.node), message: `${id}: ${!name?.known ? `the image ${name?.text ?? ""} is resolved at deploy time` : "provider.ecr.images is not known here"}; its Dockerfile was not linted` });
    return fn;
  }
  const def = ctx.images === void 0 ? void 0 : get(ctx.images, name.text);
  if (def === void 0) return problem(ctx, ref.node, `${id}: the image "${name.text}" is neither an ECR image URI nor an image of provider.ecr.images`);
  return buildSettings(ctx, fn, name.text, def);
}
function problem(ctx, node, message) {
  ctx.problems.push({ at: ctx.t.at(node), message });
  return void 0;
}
function architecture(ctx, node, at) {
  if (node === void 0) return { value: "x86_64", at, explicit: false };
  const v = ctx.vars.text(node);
  return v?.known ? { value: v.text, at: ctx.t.at(node), explicit: true } : void 0;
}
function imageConfig(ctx, id, image) {
  const unresolved = [];
  const unknown = (key, raw, shown) => {
    unresolved.push(key);
    ctx.unchecked.push({ at: ctx.t.at(raw), message: `${id}: image.${key} is ${shown ?? "a value"} resolved at deploy time; what Lambda runs was not checked (the handler and launch checks are skipped for this function)` });
  };
  const list = (key) => {
    const raw = get(image, key);
    if (raw === void 0) return void 0;
    const node = ctx.vars.node(raw);
    if (!(0, import_yaml2.isSeq)(node)) {
      const v = ctx.vars.text(node);
      if (!v?.known && (0, import_yaml2.isScalar)(node)) {
        unknown(key, raw, v?.text);
        return void 0;
      }
      ctx.problems.push({ at: ctx.t.at(raw), message: `${id}: image.${key} must be a list of strings` });
      return void 0;
    }
    const items = node.items.map((n) => ctx.vars.text(n));
    if (items.some((v) => !v?.known)) {
      unknown(key, raw, `[${items.map((v) => v?.text ?? "?").join(", ")}]`);
      return void 0;
    }
    return { value: items.map((v) => v.text), at: ctx.t.at(raw) };
  };
  const wdNode = get(image, "workingDirectory");
  const wd = ctx.vars.text(wdNode);
  if (wdNode !== void 0 && !wd?.known) unknown("workingDirectory", wdNode, wd?.text);
  const command = list("command");
  const entryPoint = list("entryPoint");
  return { command, entryPoint, workingDirectory: wd?.known ? located(ctx, wdNode, wd) : void 0, ...unresolved.length ? { unresolved } : {} };
}
function buildSettings(ctx, fn, name, defNode) {
  const def = ctx.vars.node(defNode);
  let pathNode = def;
  if ((0, import_yaml2.isMap)(def)) {
    const uriNode = get(def, "uri");
    pathNode = get(def, "path");
    if (uriNode !== void 0 && pathNode !== void 0) return problem(ctx, def, `${fn.id}: the image ${name} of provider.ecr.images sets both path and uri; the Framework takes one of them`);
    if (uriNode !== void 0) return { ...fn, built: false, imageUri: located(ctx, uriNode, ctx.vars.text(uriNode)) };
    if (pathNode === void 0) return problem(ctx, def, `${fn.id}: the image ${name} of provider.ecr.images needs a path (its build context) or a uri`);
  } else if (!(0, import_yaml2.isScalar)(def)) return problem(ctx, def, `${fn.id}: the image ${name} of provider.ecr.images must be a mapping or a string`);
  const path = ctx.vars.text(pathNode);
  if (!(0, import_yaml2.isMap)(def) && path?.known && isEcrUri(path.text)) return { ...fn, built: false, imageUri: located(ctx, pathNode, path) };
  const fileNode = (0, import_yaml2.isMap)(def) ? get(def, "file") : void 0;
  const file = fileNode === void 0 ? { text: "Dockerfile", known: true } : ctx.vars.text(fileNode);
  if ((0, import_yaml2.isMap)(def)) readBuildOptions(ctx, fn, def);
  if (!path?.known || !file?.known) {
    ctx.unchecked.push({ at: ctx.t.at(!path?.known ? pathNode : fileNode), message: `${fn.id}: the image ${name} is built from ${!path?.known ? `path ${path?.text ?? "(unknown)"}` : `file ${file?.text ?? "(unknown)"}`}, resolved at deploy time; its Dockerfile was not linted` });
    return fn;
  }
  const context = under(dirname(ctx.t.file), path.text);
  const dockerfile = under(context, file.text);
  fn.context = { value: context, at: ctx.t.at(pathNode) };
  fn.dockerfile = { value: dockerfile, at: ctx.t.at(fileNode ?? pathNode) };
  if (!isDir(context)) return problem(ctx, pathNode, `${fn.id}: the image ${name} is built from ${context}, which does not exist`);
  if (!isFile(dockerfile)) return problem(ctx, fileNode ?? pathNode, `${fn.id}: the Dockerfile ${dockerfile} of the image ${name} does not exist`);
  return fn;
}
function readBuildOptions(ctx, fn, def) {
  for (const [k, , v] of entries(ctx.vars.node(get(def, "buildArgs")))) {
    const value = ctx.vars.text(v);
    if (value?.known) fn.buildArgs[k] = value.text;
  }
  const platformNode = get(def, "platform");
  const platform = ctx.vars.text(platformNode);
  if (platform?.known && platform.text !== "") fn.platform = { value: platform.text, at: ctx.t.at(platformNode) };
  const options = ctx.vars.node(get(def, "buildOptions"));
  if (!(0, import_yaml2.isSeq)(options)) return;
  const words = [];
  for (const item of options.items) {
    const v = ctx.vars.text(item);
    for (const word of v?.known ? v.text.split(/\s+/).filter(Boolean) : [""]) words.push({ word, node: item });
  }
  for (let i = 0; i < words.length; i++) {
    const m = /^(--target|--platform|--build-arg)(?:=(.*))?$/.exec(words[i].word);
    if (!m) continue;
    const value = m[2] ?? words[++i]?.word;
    if (!value) continue;
    const at = ctx.t.at(words[i].node);
    if (m[1] === "--target") fn.target = { value, at };
    else if (m[1] === "--platform") fn.platform = { value, at };
    else if (value.includes("=")) fn.buildArgs[value.slice(0, value.indexOf("="))] = value.slice(value.indexOf("=") + 1);
  }
}

// src/deploy/index.ts
async function readDeploy(input, kind) {
  if (kind === "serverless") return readServerless(input);
  if (kind === "cdk") return readCloudAssembly(basename(input) === "manifest.json" ? dirname2(input) : input);
  if (kind === "terraform") {
    const { readTerraform } = await import("./terraform-P6JZ3EH5.js");
    return readTerraform(input);
  }
  return readTemplate(input);
}
function isDeployTemplate(file) {
  try {
    readTemplate(file);
    return true;
  } catch (e) {
    return !(e instanceof DeployConfigError && e.detail.startsWith(NOT_A_TEMPLATE));
  }
}
var NOT_A_TEMPLATE = "is not a CloudFormation or SAM template";
function readTemplate(file) {
  const text = readConfigText(file);
  let t;
  try {
    t = parseTemplate(file, text);
  } catch (e) {
    if (e instanceof TemplateError) throw new DeployConfigError(file, `${extname2(file) === ".json" ? "JSON" : "YAML"} error, ${e.message}`);
    throw e;
  }
  if (!looksLikeTemplate(t) && looksLikeServerless(t)) return { kind: "serverless", input: file, ...serverlessFunctions(t) };
  if (!looksLikeTemplate(t)) {
    throw new DeployConfigError(file, `${NOT_A_TEMPLATE} (no AWSTemplateFormatVersion, no Transform AWS::Serverless, no Resources of AWS:: types)`);
  }
  const { functions, problems, unchecked } = templateFunctions(t, isSamTemplate(t) ? "sam" : "cloudformation");
  return { kind: isSamTemplate(t) ? "sam" : "cloudformation", input: file, functions, problems, unchecked };
}

export {
  readDeploy,
  isDeployTemplate,
  readTemplate
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RESERVED_ENV,
  uriTailUnresolved
} from "./chunk-WXDG642Z.js";
import {
  require_dist
} from "./chunk-J5ZGSUT7.js";
import {
  __toESM
} from "./chunk-7KY5IGMZ.js";

// src/deploy/cfn-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var INTRINSICS = [
  "Ref",
  "Condition",
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "ToJsonString",
  "Length",
  "ForEach"
];
var CUSTOM_TAGS = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, identify: () => false, resolve: (s) => s },
  { tag: `!${name}`, collection: "seq", nodeClass: import_yaml.YAMLSeq, identify: () => false },
  { tag: `!${name}`, collection: "map", nodeClass: import_yaml.YAMLMap, identify: () => false }
]);
var TemplateError = class extends Error {
};
function parseTemplate(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { customTags: CUSTOM_TAGS, lineCounter, uniqueKeys: false, prettyErrors: true, strict: false });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new TemplateError(`${pos ? `line ${pos.line}, column ${pos.col}: ` : ""}${message}`);
  }
  if (!doc.contents || !(0, import_yaml.isMap)(doc.contents)) throw new TemplateError("is not a template: the document is not a mapping");
  resolveAnchors(doc);
  const root = doc.contents;
  return {
    file,
    root,
    at(node) {
      const range = node?.range ?? root.range;
      const start = lineCounter.linePos(range?.[0] ?? 0);
      const end = lineCounter.linePos(range?.[1] ?? range?.[0] ?? 0);
      return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    }
  };
}
function resolveAnchors(doc) {
  const anchors = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Set();
  const onPath = /* @__PURE__ */ new Set();
  const resolve = (n) => {
    if ((0, import_yaml.isAlias)(n)) {
      const target = anchors.get(n.source);
      return target !== void 0 && !onPath.has(target) ? target : n;
    }
    const anchor = n?.anchor;
    if (anchor) anchors.set(anchor, n);
    return n;
  };
  const walk = (node) => {
    if (!((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) || done.has(node) || onPath.has(node)) return;
    onPath.add(node);
    if ((0, import_yaml.isSeq)(node)) {
      for (let i = 0; i < node.items.length; i++) {
        node.items[i] = resolve(node.items[i]);
        walk(node.items[i]);
      }
    } else {
      for (const pair of node.items) {
        pair.value = resolve(pair.value);
        walk(pair.value);
      }
      mergeKeys(node);
    }
    onPath.delete(node);
    done.add(node);
  };
  walk(resolve(doc.contents));
}
function mergeKeys(map) {
  const isMerge = (p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "<<";
  if (!map.items.some(isMerge)) return;
  const own = map.items.filter((p) => !isMerge(p));
  const names = new Set(own.map((p) => (0, import_yaml.isScalar)(p.key) ? String(p.key.value) : ""));
  for (const merge of map.items.filter(isMerge)) {
    const sources = (0, import_yaml.isSeq)(merge.value) ? merge.value.items : [merge.value];
    for (const src of sources) {
      if (!(0, import_yaml.isMap)(src)) continue;
      for (const p of src.items) {
        const name = (0, import_yaml.isScalar)(p.key) ? String(p.key.value) : void 0;
        if (name === void 0 || names.has(name)) continue;
        names.add(name);
        own.push(p);
      }
    }
  }
  map.items = own;
}
function get(node, key) {
  if (!node || !(0, import_yaml.isMap)(node)) return void 0;
  let found;
  for (const pair of node.items) {
    if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === key) found = pair.value ?? void 0;
  }
  return found;
}
function keyNode(node, key) {
  if (!node || !(0, import_yaml.isMap)(node)) return void 0;
  let found;
  for (const pair of node.items) if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === key) found = pair.key;
  return found;
}
function entries(node) {
  if (!node || !(0, import_yaml.isMap)(node)) return [];
  const last = /* @__PURE__ */ new Map();
  node.items.forEach((pair, i) => (0, import_yaml.isScalar)(pair.key) && last.set(String(pair.key.value), i));
  const out = [];
  node.items.forEach((pair, i) => {
    if ((0, import_yaml.isScalar)(pair.key) && last.get(String(pair.key.value)) === i) out.push([String(pair.key.value), pair.key, pair.value ?? void 0]);
  });
  return out;
}
function intrinsic(node) {
  if (!node) return void 0;
  const tag = node.tag;
  if (tag && tag.startsWith("!") && INTRINSICS.includes(tag.slice(1))) {
    const name = tag.slice(1);
    return { name: name === "Ref" || name === "Condition" ? name : `Fn::${name}`, arg: node };
  }
  if ((0, import_yaml.isMap)(node) && node.items.length === 1) {
    const k = node.items[0].key;
    const key = (0, import_yaml.isScalar)(k) ? String(k.value) : "";
    if (key === "Ref" || key === "Condition" || key.startsWith("Fn::")) return { name: key, arg: node.items[0].value ?? void 0 };
  }
  return void 0;
}
function isNoValue(node) {
  const fn = intrinsic(node);
  return fn?.name === "Ref" && (0, import_yaml.isScalar)(fn.arg) && fn.arg.value === "AWS::NoValue";
}
function str(node) {
  if (!node || !(0, import_yaml.isScalar)(node) || intrinsic(node)) return void 0;
  const v = node.value;
  if (v === null || v === void 0) return void 0;
  return typeof v === "string" ? v : String(v);
}
function template(node) {
  const plain = str(node);
  if (plain !== void 0) return plain;
  const fn = intrinsic(node);
  if (!fn) return void 0;
  if (fn.name === "Fn::Sub") {
    const arg = fn.arg;
    if (arg && (0, import_yaml.isScalar)(arg)) return String(arg.value ?? "");
    if (arg && (0, import_yaml.isSeq)(arg) && (0, import_yaml.isScalar)(arg.items[0])) return String(arg.items[0].value ?? "");
    return void 0;
  }
  if (fn.name === "Fn::Join" && fn.arg && (0, import_yaml.isSeq)(fn.arg)) {
    const [sep, parts] = fn.arg.items;
    const separator = str(sep);
    if (separator === void 0 || !parts || !(0, import_yaml.isSeq)(parts)) return void 0;
    const texts = parts.items.map((p) => template(p) ?? "${...}");
    return texts.every((t) => t === "${...}") ? void 0 : texts.join(separator);
  }
  return void 0;
}
function strList(node) {
  if (!node || !(0, import_yaml.isSeq)(node) || intrinsic(node)) return void 0;
  const out = [];
  for (const item of node.items) {
    const s = str(item);
    if (s === void 0) return void 0;
    out.push(s);
  }
  return out;
}
function strMap(node) {
  const out = {};
  for (const [k, , v] of entries(node)) {
    const s = str(v);
    if (s !== void 0) out[k] = s;
  }
  return out;
}

// src/deploy/reserved-env.ts
var import_yaml2 = __toESM(require_dist(), 1);
var RESERVED = new Set(RESERVED_ENV.map((e) => e.name));
function isReservedEnvKey(name) {
  return RESERVED.has(name);
}
function reservedKeys(vars, at, from) {
  const out = [];
  for (const [name, key, value] of entries(vars)) {
    if (!RESERVED.has(name) || noValue(value)) continue;
    out.push({ name, at: at(key), ...from ? { from } : {} });
  }
  return out;
}
function noValue(value) {
  const fn = intrinsic(value);
  if (fn?.name === "Fn::If") return !(0, import_yaml2.isSeq)(fn.arg) || fn.arg.items.slice(1).some((b) => noValue(b));
  return isNoValue(value);
}
function envKeys(vars) {
  const out = [];
  for (const [name, , value] of entries(vars)) if (!noValue(value)) out.push(name);
  return out;
}

// src/deploy/cloudformation.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
var SAM_FUNCTION = "AWS::Serverless::Function";
var LAMBDA_FUNCTION = "AWS::Lambda::Function";
var NESTED_STACKS = { "AWS::Serverless::Application": "Location", "AWS::CloudFormation::Stack": "TemplateURL" };
function shown(node) {
  const fn = intrinsic(node);
  if (!fn) return "a value that is not a string";
  const short = fn.name.replace(/^Fn::/, "");
  const arg = fn.arg && (0, import_yaml3.isScalar)(fn.arg) ? ` ${String(fn.arg.value)}` : " [...]";
  return `!${short}${arg}`;
}
function mergeGlobals(global, local) {
  if (!global) return local;
  if (!local) return global;
  if (intrinsic(global) || intrinsic(local)) return local;
  if ((0, import_yaml3.isMap)(global) && (0, import_yaml3.isMap)(local)) {
    const merged = new import_yaml3.YAMLMap();
    merged.range = local.range;
    const keys = /* @__PURE__ */ new Set();
    for (const [k, , v] of entries(global)) {
      keys.add(k);
      merged.items.push(new import_yaml3.Pair(keyNode(global, k), mergeGlobals(v, get(local, k))));
    }
    for (const [k, kn, v] of entries(local)) if (!keys.has(k)) merged.items.push(new import_yaml3.Pair(kn, v));
    return merged;
  }
  if ((0, import_yaml3.isSeq)(global) && (0, import_yaml3.isSeq)(local)) {
    const merged = new import_yaml3.YAMLSeq();
    merged.range = local.range;
    merged.items = [...global.items, ...local.items];
    return merged;
  }
  return local;
}
function unignoredGlobals(globals, ignore) {
  if (!globals || !ignore) return globals;
  if (str(ignore) === "*") return void 0;
  const names = strList(ignore) ?? (str(ignore) !== void 0 ? [str(ignore)] : void 0);
  if (!names || !(0, import_yaml3.isMap)(globals)) return globals;
  const kept = new import_yaml3.YAMLMap();
  kept.range = globals.range;
  kept.items = globals.items.filter((pair) => !((0, import_yaml3.isScalar)(pair.key) && names.includes(String(pair.key.value))));
  return kept;
}
function templateFunctions(t, kind = "cloudformation") {
  const resources = get(t.root, "Resources");
  const isSam = kind !== "cdk" && isSamTemplate(t);
  const functions = [];
  const problems = [];
  const unchecked = [];
  const globals = get(get(t.root, "Globals"), "Function");
  if (!resources || !(0, import_yaml3.isMap)(resources) || intrinsic(resources)) {
    problems.push({ at: t.at(resources ?? t.root), message: resources ? "Resources must be a mapping of logical ids to resources" : "the template has no Resources section" });
    return { functions, problems, unchecked };
  }
  for (const [id, idNode, resource] of entries(resources)) {
    if (id.startsWith("Fn::")) continue;
    if (!resource || !(0, import_yaml3.isMap)(resource)) {
      problems.push({ at: t.at(idNode), message: `${id}: a resource must be a mapping with a Type` });
      continue;
    }
    const type = str(get(resource, "Type"));
    if (type === void 0 && !get(resource, "Type")) {
      problems.push({ at: t.at(idNode), message: `${id}: the resource has no Type` });
      continue;
    }
    if (type !== void 0 && NESTED_STACKS[type]) {
      const where = get(get(resource, "Properties"), NESTED_STACKS[type]);
      const location = str(where);
      const local = location !== void 0 && !/^(https?|s3):\/\//.test(location);
      unchecked.push({ at: t.at(idNode), message: `${id}: a nested stack (${type})${location !== void 0 ? ` from ${location}` : ""}; its image functions are not read from here${local ? `: lint ${location} as well` : ""}` });
      continue;
    }
    if (type !== SAM_FUNCTION && type !== LAMBDA_FUNCTION) continue;
    const sam = type === SAM_FUNCTION;
    const own = get(resource, "Properties");
    if (own && !(0, import_yaml3.isMap)(own)) {
      problems.push({ at: t.at(own), message: `${id}: Properties must be a mapping` });
      continue;
    }
    const fnGlobals = sam ? unignoredGlobals(globals, get(resource, "IgnoreGlobals")) : void 0;
    const props = sam ? mergeGlobals(fnGlobals, own) : own;
    const packageType = get(props, "PackageType");
    if (intrinsic(packageType)) {
      unchecked.push({ at: t.at(packageType), message: `${id}: PackageType is ${shown(packageType)}, decided at deploy time; whether it deploys an image was not checked` });
      continue;
    }
    if (str(packageType) !== "Image") continue;
    const metadata = get(resource, "Metadata");
    const fn = readFunction(t, id, t.at(idNode), props, metadata, sam, isSam ? "sam" : kind, problems, unchecked);
    if (fn) {
      const zipOnly = zipOnlySettings(t, props, own, fnGlobals);
      if (zipOnly.length) fn.zipOnly = zipOnly;
      const reserved = [
        ...reservedKeys(variablesOf(own), (n) => t.at(n)),
        ...reservedKeys(variablesOf(fnGlobals), (n) => t.at(n), "Globals.Function").filter((g) => !get(variablesOf(own), g.name))
      ];
      if (reserved.length) fn.reservedEnv = reserved;
      const names = [.../* @__PURE__ */ new Set([...envKeys(variablesOf(own)), ...envKeys(variablesOf(fnGlobals))])];
      if (names.length) fn.envNames = names;
      const urlConfig = sam ? get(props, "FunctionUrlConfig") : void 0;
      if (urlConfig && (0, import_yaml3.isMap)(urlConfig)) fn.urlInvokeMode = invokeModeOf(t, get(urlConfig, "InvokeMode"), urlConfig);
      const lwa = str(get(variablesOf(props), "AWS_LWA_INVOKE_MODE"));
      if (lwa !== void 0) fn.adapterInvokeMode = lwa;
      functions.push(fn);
    }
  }
  attachFunctionUrls(t, resources, functions);
  return { functions, problems, unchecked };
}
function invokeModeOf(t, node, owner) {
  if (node === void 0) return { value: "BUFFERED", at: t.at(owner) };
  const mode = str(node);
  return mode === void 0 ? void 0 : { value: mode.toUpperCase(), at: t.at(node) };
}
function attachFunctionUrls(t, resources, functions) {
  for (const [, , resource] of entries(resources)) {
    if (!resource || !(0, import_yaml3.isMap)(resource) || str(get(resource, "Type")) !== "AWS::Lambda::Url") continue;
    const props = get(resource, "Properties");
    const target = functionNamed(get(props, "TargetFunctionArn"));
    const fn = target && functions.find((f) => f.id === target);
    if (fn) fn.urlInvokeMode = invokeModeOf(t, get(props, "InvokeMode"), resource);
  }
}
function functionNamed(node) {
  const call = intrinsic(node);
  if (!call || call.name !== "Ref" && call.name !== "Fn::GetAtt") return void 0;
  const arg = call.arg;
  if ((0, import_yaml3.isSeq)(arg)) return str(arg.items[0]);
  const text = (0, import_yaml3.isScalar)(arg) && typeof arg.value === "string" ? arg.value : void 0;
  return text?.split(".")[0];
}
function isSamTemplate(t) {
  const transform = get(t.root, "Transform");
  const names = (0, import_yaml3.isSeq)(transform) ? transform.items.map(str) : [str(transform)];
  return names.some((n) => n !== void 0 && n.startsWith("AWS::Serverless"));
}
function located(t, node, value) {
  return value === void 0 ? void 0 : { value, at: t.at(node) };
}
function readFunction(t, id, at, props, metadata, sam, kind, problems, unchecked) {
  const imageConfig = get(props, "ImageConfig");
  let badShape = false;
  const overrideUnknown = [];
  const skipped = (name) => `what Lambda runs was not checked (the ${name === "Command" ? "handler" : "launch"} checks are skipped for this function)`;
  const list = (name) => {
    const node = get(imageConfig, name);
    if (!node) return void 0;
    const key = name === "Command" ? "command" : "entryPoint";
    if (isNoValue(node)) return void 0;
    if (intrinsic(node)) {
      overrideUnknown.push(key);
      unchecked.push({ at: t.at(node), message: `${id}: ImageConfig.${name} is ${shown(node)}, not resolved here; ${skipped(name)}` });
      return void 0;
    }
    const value = strList(node);
    if (value === void 0 && (0, import_yaml3.isSeq)(node) && node.items.some((item) => intrinsic(item))) {
      overrideUnknown.push(key);
      unchecked.push({ at: t.at(node), message: `${id}: ImageConfig.${name} holds ${shown(node.items.find((item) => intrinsic(item)))}, not resolved here; ${skipped(name)}` });
      return void 0;
    }
    if (value === void 0) {
      problems.push({ at: t.at(node), message: `${id}: ImageConfig.${name} must be a list of strings` });
      badShape = true;
      return void 0;
    }
    return { value, at: t.at(node) };
  };
  const wdNode = get(imageConfig, "WorkingDirectory");
  if (wdNode && intrinsic(wdNode)) {
    overrideUnknown.push("workingDirectory");
    unchecked.push({ at: t.at(wdNode), message: `${id}: ImageConfig.WorkingDirectory is ${shown(wdNode)}, not resolved here; the working directory and handler checks are skipped for this function` });
  }
  const uriNode = sam ? get(props, "ImageUri") : get(get(props, "Code"), "ImageUri");
  const fn = {
    id,
    kind,
    templateFile: t.file,
    at,
    buildArgs: strMap(get(metadata, "DockerBuildArgs")),
    architecture: architecture(t, get(props, "Architectures"), at),
    imageConfig: { command: list("Command"), entryPoint: list("EntryPoint"), workingDirectory: located(t, wdNode, str(wdNode)), ...overrideUnknown.length ? { unresolved: overrideUnknown } : {} },
    imageUri: located(t, uriNode, template(uriNode)),
    built: false
  };
  if (badShape) return void 0;
  const archNode = get(props, "Architectures");
  if (archNode && !fn.architecture) {
    const list2 = strList(archNode);
    unchecked.push({ at: t.at(archNode), message: `${id}: Architectures is ${list2 ? `[${list2.join(", ")}]${sam && list2.length > 1 ? " (SAM appends the function's list to Globals')" : ""}, and Lambda takes exactly one` : shown(archNode)}; the architecture was not checked` });
  }
  const targetNode = get(metadata, "DockerBuildTarget");
  fn.target = located(t, targetNode, str(targetNode));
  const contextNode = get(metadata, "DockerContext");
  const dockerfileNode = get(metadata, "Dockerfile");
  const unresolved = [contextNode, dockerfileNode].find((n) => n !== void 0 && intrinsic(n));
  if (unresolved) {
    fn.built = true;
    unchecked.push({ at: t.at(unresolved), message: `${id}: ${unresolved === contextNode ? "DockerContext" : "Dockerfile"} is ${shown(unresolved)}, not resolved here; the function's Dockerfile was not linted` });
    return fn;
  }
  if (contextNode || dockerfileNode) {
    fn.built = true;
    const base = dirname(t.file);
    const contextValue = str(contextNode) ?? ".";
    const context = under(base, contextValue);
    const dockerfile = under(context, str(dockerfileNode) ?? "Dockerfile");
    fn.context = { value: context, at: t.at(contextNode ?? dockerfileNode) };
    fn.dockerfile = { value: dockerfile, at: t.at(dockerfileNode ?? contextNode) };
    if (!isDir(context)) {
      problems.push({ at: t.at(contextNode), message: `${id}: the DockerContext ${context} does not exist` });
      return withoutBuild(fn);
    }
    if (!isFile(dockerfile)) {
      problems.push({ at: t.at(dockerfileNode ?? contextNode), message: `${id}: the Dockerfile ${dockerfile} does not exist` });
      return withoutBuild(fn);
    }
  } else if (kind !== "cdk" && str(get(metadata, "aws:asset:path")) !== void 0) {
    return fromCdkAsset(t, id, fn, metadata, unchecked);
  } else if (uriNode && (!fn.imageUri || uriTailUnresolved(fn.imageUri.value)) && kind !== "cdk") {
    unchecked.push({ at: t.at(uriNode), message: `${id}: ${sam ? "ImageUri" : "Code.ImageUri"} is ${shown(uriNode)}, not resolved here; the image it deploys was not checked` });
  } else if (!uriNode && kind !== "cdk") {
    problems.push({ at, message: `${id}: an Image function needs ${sam ? "ImageUri or Metadata (DockerContext, Dockerfile) to build it" : "Code.ImageUri"}` });
    return void 0;
  }
  return fn;
}
function fromCdkAsset(t, id, fn, metadata, unchecked) {
  fn.built = true;
  const pathNode = get(metadata, "aws:asset:path");
  const context = under(dirname(t.file), str(pathNode));
  if (!isDir(context)) {
    unchecked.push({ at: t.at(pathNode), message: `${id}: the image is built from the CDK asset ${str(pathNode)}, which is not beside this template; lint the cloud assembly (cdk.out) to have its Dockerfile checked` });
    return fn;
  }
  const dfNode = get(metadata, "aws:asset:dockerfile-path");
  fn.context = { value: context, at: t.at(pathNode) };
  fn.dockerfile = { value: under(context, str(dfNode) ?? "Dockerfile"), at: t.at(dfNode ?? pathNode) };
  fn.buildArgs = strMap(get(metadata, "aws:asset:docker-build-args"));
  if (!isFile(fn.dockerfile.value)) {
    unchecked.push({ at: t.at(dfNode ?? pathNode), message: `${id}: the Dockerfile ${fn.dockerfile.value} of the CDK asset is not there; it was not linted` });
    return withoutBuild(fn);
  }
  return fn;
}
function variablesOf(props) {
  return get(get(props, "Environment"), "Variables");
}
var ZIP_ONLY = ["Runtime", "Handler", "Layers"];
function zipOnlySettings(t, props, own, globals) {
  const out = [];
  for (const name of ZIP_ONLY) {
    const node = get(props, name);
    if (!node || !surelySet(node)) continue;
    const ownNode = get(own, name);
    const fromGlobals = !ownNode || !surelySet(ownNode);
    const holder = fromGlobals && get(globals, name) ? globals : fromGlobals ? props : own;
    out.push({ name, at: t.at(keyNode(holder, name) ?? node), fromGlobals });
  }
  return out;
}
function surelySet(node) {
  const fn = intrinsic(node);
  if (fn) return fn.name !== "Fn::If" && fn.name !== "Condition" && !isNoValue(node);
  if ((0, import_yaml3.isSeq)(node)) return node.items.length > 0;
  if ((0, import_yaml3.isMap)(node)) return node.items.length > 0;
  if ((0, import_yaml3.isScalar)(node)) return node.value !== null && node.value !== "" && node.value !== false;
  return false;
}
function withoutBuild(fn) {
  const { dockerfile: _d, context: _c, ...rest } = fn;
  return rest;
}
function architecture(t, node, at) {
  if (!node) return { value: "x86_64", at, explicit: false };
  const list = strList(node);
  if (!list || list.length !== 1) return void 0;
  return { value: list[0], at: t.at(node), explicit: true };
}
function under(base, path) {
  return isAbsolute(path) ? path : join(base, path);
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function isFile(p) {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}
function looksLikeTemplate(t) {
  if (get(t.root, "AWSTemplateFormatVersion") || isSamTemplate(t)) return true;
  const resources = get(t.root, "Resources");
  return entries(resources).some(([, , r]) => (str(get(r, "Type")) ?? "").startsWith("AWS::"));
}

export {
  TemplateError,
  parseTemplate,
  get,
  entries,
  intrinsic,
  str,
  strMap,
  isReservedEnvKey,
  reservedKeys,
  envKeys,
  templateFunctions,
  isSamTemplate,
  under,
  isDir,
  isFile,
  looksLikeTemplate
};

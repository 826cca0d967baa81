import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  TemplateError,
  entries,
  get,
  isDir,
  isFile,
  isSamTemplate,
  looksLikeTemplate,
  parseTemplate,
  str,
  strMap,
  templateFunctions,
  under
} from "./chunk-5SE2QOR6.js";
import {
  DeployConfigError
} from "./chunk-ZR6Z6F3Y.js";

// src/deploy/index.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { basename, dirname, extname } from "node:path";

// src/deploy/cdk.ts
import { readFileSync } from "node:fs";
import { join, normalize } from "node:path";
function readCloudAssembly(dir) {
  const config = { kind: "cdk", input: dir, functions: [], problems: [] };
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
    const { functions, problems } = templateFunctions(t, "cdk");
    config.problems.push(...problems);
    for (const fn of functions) {
      const resource = get(get(t.root, "Resources"), fn.id);
      const asset = assetOf(fn, resource, assets, dir);
      if (asset && !attach(fn, asset, dir, config.problems)) continue;
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
function attach(fn, asset, dir, problems) {
  const m = asset.manifest;
  const source = get(asset.node, "source");
  const dfNode = get(source, "dockerFile");
  const context = under(dir, asset.directory);
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

// src/deploy/index.ts
var MAX_TEMPLATE = 16 * 1024 * 1024;
async function readDeploy(input, kind) {
  if (kind === "cdk") return readCloudAssembly(basename(input) === "manifest.json" ? dirname(input) : input);
  if (kind === "terraform") {
    const { readTerraform } = await import("./terraform-GA6R3OR6.js");
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
  let text;
  try {
    if (statSync(file).size > MAX_TEMPLATE) throw new DeployConfigError(file, "is larger than 16 MiB, too large for a template");
    text = readFileSync2(file, "utf8");
  } catch (e) {
    if (e instanceof DeployConfigError) throw e;
    throw new DeployConfigError(file, `cannot be read (${e.code ?? "error"})`);
  }
  let t;
  try {
    t = parseTemplate(file, text);
  } catch (e) {
    if (e instanceof TemplateError) throw new DeployConfigError(file, `${extname(file) === ".json" ? "JSON" : "YAML"} error, ${e.message}`);
    throw e;
  }
  if (!looksLikeTemplate(t)) {
    throw new DeployConfigError(file, `${NOT_A_TEMPLATE} (no AWSTemplateFormatVersion, no Transform AWS::Serverless, no Resources of AWS:: types)`);
  }
  const { functions, problems } = templateFunctions(t, isSamTemplate(t) ? "sam" : "cloudformation");
  return { kind: isSamTemplate(t) ? "sam" : "cloudformation", input: file, functions, problems };
}

export {
  readDeploy,
  isDeployTemplate,
  readTemplate
};

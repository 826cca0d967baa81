import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/engine/config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CONFIG_FILES = [".lint-lambda-image.yaml", ".lint-lambda-image.yml", ".lint-lambda-image.json"];
var ConfigError = class extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.file = file;
  }
  file;
};
function configSchema(rules) {
  const ids = rules.flatMap((r) => [r.code, r.name]);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/lint-lambda-image/lint-lambda-image/schema/config.schema.json",
    title: "lint-lambda-image configuration",
    description: "Configuration of lint-lambda-image (.lint-lambda-image.yaml, .yml or .json). Generated from rule metadata.",
    type: "object",
    additionalProperties: false,
    properties: {
      ignore: {
        description: "Rules to turn off, by code (LL201) or name (base-image-unpinned).",
        type: "array",
        items: { enum: ids },
        uniqueItems: true
      },
      rules: {
        description: "Per-rule severity: error, warning, info, or off.",
        type: "object",
        propertyNames: { enum: ids },
        additionalProperties: { enum: ["error", "warning", "info", "off"] }
      },
      "failure-threshold": {
        description: "Lowest severity that makes the run fail (exit 1).",
        enum: ["error", "warning", "info", "none"]
      },
      "size-budget": {
        description: "Image size budget, e.g. 1GB or 500MB; larger images get an image-too-large warning.",
        type: "string",
        pattern: "^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|KiB|MiB|GiB)$"
      },
      "trusted-registries": {
        description: "Registries you mirror and pin yourself (e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com); base images from them need no digest.",
        type: "array",
        items: { type: "string", minLength: 1 }
      },
      "build-args": {
        description: "Build arguments, as --build-arg gives them.",
        type: "object",
        additionalProperties: { type: "string" }
      }
    }
  };
}
function findConfig(start) {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (; ; ) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
var validator;
async function getValidator(rules) {
  if (validator) return validator;
  const { default: Ajv } = await import("./ajv-4TJQCOYO.js");
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  validator = ajv.compile(configSchema(rules));
  return validator;
}
var cache = /* @__PURE__ */ new Map();
function loadConfig(file, rules) {
  const key = resolve(file);
  let p = cache.get(key);
  if (!p) {
    p = readConfig(file, rules);
    cache.set(key, p);
  }
  return p;
}
async function readConfig(file, rules) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(file, `cannot read the configuration (${e.code ?? "error"})`);
  }
  let data;
  try {
    if (file.endsWith(".json")) data = JSON.parse(text);
    else {
      const yaml = await import("./dist-FIKONGAW.js");
      const parse = yaml.parse ?? yaml.default.parse;
      data = parse(text);
    }
  } catch (e) {
    throw new ConfigError(file, `not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${String(e.message).split("\n")[0]}`);
  }
  if (data === null || data === void 0) return {};
  const validate = await getValidator(rules);
  if (!validate(data)) {
    const err = validate.errors[0];
    throw new ConfigError(file, describeError(err, rules));
  }
  return data;
}
function describeError(err, rules) {
  const path = err.instancePath.replace(/^\//, "").replace(/\//g, ".") || "(top level)";
  switch (err.keyword) {
    case "additionalProperties":
      return `unknown key "${String(err.params.additionalProperty)}"${path === "(top level)" ? "" : ` in ${path}`}; allowed: ignore, rules, failure-threshold, size-budget, trusted-registries, build-args`;
    case "enum":
      if (path.startsWith("ignore")) return `${path}: unknown rule; use a code (${rules[0]?.code}) or a name (${rules[0]?.name}); see --list-rules`;
      return `${path}: must be one of ${err.params.allowedValues.join(", ")}`;
    case "propertyNames":
      return `rules: unknown rule "${String(err.params.propertyName)}"; use a code or a name, see --list-rules`;
    case "pattern":
      return `${path}: "${path}" must be a size such as 500MB or 2GB`;
    default:
      return `${path}: ${err.message ?? "invalid"}`;
  }
}

export {
  ConfigError,
  configSchema,
  findConfig,
  loadConfig
};

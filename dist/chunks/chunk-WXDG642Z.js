import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/deploy/types.ts
import { readFileSync, statSync } from "node:fs";
var DeployConfigError = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
};
var MAX_CONFIG = 16 * 1024 * 1024;
function readConfigText(file, what = "a template") {
  try {
    if (statSync(file).size > MAX_CONFIG) throw new DeployConfigError(file, `is larger than 16 MiB, too large for ${what}`);
    return readFileSync(file, "utf8");
  } catch (e) {
    if (e instanceof DeployConfigError) throw e;
    throw new DeployConfigError(file, `cannot be read (${e.code ?? "error"})`);
  }
}
function uriTailUnresolved(uri) {
  const masked = uri.trim().replace(/\$\{[^}]*\}/g, (m) => "\0".repeat(m.length));
  const at = masked.lastIndexOf("@");
  if (at >= 0) return masked.slice(at).includes("\0");
  const slash = masked.lastIndexOf("/");
  const colon = masked.lastIndexOf(":");
  if (colon > slash) return masked.slice(colon).includes("\0");
  return masked.endsWith("\0");
}
function overrideUnresolved(facts, ...what) {
  return Boolean(facts?.imageConfig.unresolved?.some((k) => what.includes(k)));
}

// src/knowledge/reserved-env.ts
var RESERVED_ENV_SOURCE = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime";
var RESERVED_ENV = [
  { name: "_HANDLER", meaning: "the handler, taken from CMD or the function configuration" },
  { name: "_X_AMZN_TRACE_ID", meaning: "the X-Ray trace header of the current invocation" },
  { name: "AWS_REGION", meaning: "the function's Region" },
  { name: "AWS_DEFAULT_REGION", meaning: "the function's Region (set by Lambda and the emulator alongside AWS_REGION)" },
  { name: "AWS_EXECUTION_ENV", meaning: "the runtime identifier (AWS_Lambda_<runtime>)" },
  { name: "AWS_LAMBDA_FUNCTION_NAME", meaning: "the function name" },
  { name: "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", meaning: "the configured memory" },
  { name: "AWS_LAMBDA_FUNCTION_VERSION", meaning: "the function version" },
  { name: "AWS_LAMBDA_INITIALIZATION_TYPE", meaning: "on-demand, provisioned-concurrency or snap-start" },
  { name: "AWS_LAMBDA_LOG_GROUP_NAME", meaning: "the CloudWatch Logs group" },
  { name: "AWS_LAMBDA_LOG_STREAM_NAME", meaning: "the CloudWatch Logs stream" },
  { name: "AWS_ACCESS_KEY", credential: true, meaning: "the execution role credentials" },
  { name: "AWS_ACCESS_KEY_ID", credential: true, meaning: "the execution role credentials" },
  { name: "AWS_SECRET_ACCESS_KEY", credential: true, meaning: "the execution role credentials" },
  { name: "AWS_SESSION_TOKEN", credential: true, meaning: "the execution role credentials" },
  { name: "AWS_LAMBDA_RUNTIME_API", meaning: "the host:port of the Runtime API; the base image entrypoint starts the local emulator only when it is unset" },
  { name: "LAMBDA_TASK_ROOT", lambdaValue: "/var/task", meaning: "the function code directory" },
  { name: "LAMBDA_RUNTIME_DIR", lambdaValue: "/var/runtime", meaning: "the runtime directory" }
];
var BY_NAME = new Map(RESERVED_ENV.map((r) => [r.name, r]));
function reservedEnv(name) {
  return BY_NAME.get(name);
}

export {
  DeployConfigError,
  readConfigText,
  uriTailUnresolved,
  overrideUnresolved,
  RESERVED_ENV_SOURCE,
  RESERVED_ENV,
  reservedEnv
};

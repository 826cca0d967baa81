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

export {
  DeployConfigError,
  readConfigText,
  uriTailUnresolved,
  overrideUnresolved
};

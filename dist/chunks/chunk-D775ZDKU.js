import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  statInput
} from "./chunk-GE4CN7KY.js";

// src/deploy/sniff.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
var TEMPLATE_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json", ".template"]);
var SERVERLESS_NAME = /^serverless\.(ya?ml|json|js|cjs|mjs|ts)$/i;
function sniffDeploy(input) {
  let st;
  try {
    st = statInput(input);
  } catch {
    return void 0;
  }
  if (st.isDirectory()) {
    if (isCloudAssembly(input)) return "cdk";
    let names = [];
    try {
      names = readdirSync(input);
    } catch {
      return void 0;
    }
    if (names.includes("oci-layout") || names.includes("index.json")) return void 0;
    return names.some((n) => n.endsWith(".tf")) ? "terraform" : void 0;
  }
  const ext = extname(input).toLowerCase();
  if (ext === ".tf") return "terraform";
  if (SERVERLESS_NAME.test(basename(input))) return "serverless";
  if (basename(input) === "manifest.json" && isCloudAssembly(dirname(input))) return "cdk";
  return TEMPLATE_EXTENSIONS.has(ext) ? "template" : void 0;
}
function isCloudAssembly(dir) {
  const file = join(dir, "manifest.json");
  try {
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return false;
    const m = JSON.parse(readFileSync(file, "utf8"));
    return typeof m.artifacts === "object" && m.artifacts !== null;
  } catch {
    return false;
  }
}

export {
  sniffDeploy
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import "./chunks/chunk-SJXJOZFR.js";
import {
  InputProblem,
  Linter
} from "./chunks/chunk-3EFYWECG.js";
import {
  readDeploy,
  sniffDeploy
} from "./chunks/chunk-YF3F2NRE.js";
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-J5E6W6W3.js";
import {
  parseDockerfile
} from "./chunks/chunk-WVY5C5XE.js";
import {
  DeployConfigError
} from "./chunks/chunk-I2CHTK33.js";
import {
  initShell
} from "./chunks/chunk-A7VI5KV3.js";
import "./chunks/chunk-J5ZGSUT7.js";
import "./chunks/chunk-7KY5IGMZ.js";

// src/linter/lint.ts
function withRegistry(options) {
  return { ...options, rules: options.rules ?? RULES, registry: RULES };
}
function lintDockerfile2(text, options = {}) {
  return lintDockerfile(text, withRegistry(options));
}
function lintDockerfileSync2(text, options = {}) {
  return lintDockerfileSync(text, withRegistry(options));
}
export {
  DeployConfigError,
  InputProblem as LintInputError,
  Linter,
  RULES,
  findRule,
  initShell,
  lintDockerfile2 as lintDockerfile,
  lintDockerfileSync2 as lintDockerfileSync,
  parseDockerfile,
  readDeploy,
  sniffDeploy
};

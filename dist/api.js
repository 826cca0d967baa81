import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import "./chunks/chunk-ATA2GL6D.js";
import {
  InputProblem,
  Linter
} from "./chunks/chunk-FJCFIIDR.js";
import {
  readDeploy,
  sniffDeploy
} from "./chunks/chunk-YXNU6YS3.js";
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-TW46A33N.js";
import {
  parseDockerfile
} from "./chunks/chunk-ERXPFHCV.js";
import {
  DeployConfigError
} from "./chunks/chunk-I2CHTK33.js";
import {
  initShell
} from "./chunks/chunk-BQ7S2PG6.js";
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

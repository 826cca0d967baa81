import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  readDeploy
} from "./chunks/chunk-VM2AVYVL.js";
import "./chunks/chunk-5SE2QOR6.js";
import "./chunks/chunk-JF5WQA5W.js";
import {
  InputProblem,
  Linter
} from "./chunks/chunk-5BWPQLG4.js";
import {
  DeployConfigError
} from "./chunks/chunk-ZR6Z6F3Y.js";
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-ZWSB67GP.js";
import {
  parseDockerfile
} from "./chunks/chunk-JJ6KDY4L.js";
import {
  initShell
} from "./chunks/chunk-7JK6MZ6Q.js";
import "./chunks/chunk-J5ZGSUT7.js";
import {
  sniffDeploy
} from "./chunks/chunk-JKSMVBO5.js";
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

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  readDeploy
} from "./chunks/chunk-4QZRZ5IO.js";
import "./chunks/chunk-SZTVHXW7.js";
import "./chunks/chunk-IAVS5JHN.js";
import {
  InputProblem,
  Linter
} from "./chunks/chunk-ZUDB2XXC.js";
import {
  sniffDeploy
} from "./chunks/chunk-D775ZDKU.js";
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-435VUIJB.js";
import {
  parseDockerfile
} from "./chunks/chunk-OOC7D3CD.js";
import {
  initShell
} from "./chunks/chunk-VXECP6A4.js";
import "./chunks/chunk-GE4CN7KY.js";
import {
  DeployConfigError
} from "./chunks/chunk-WXDG642Z.js";
import "./chunks/chunk-J5ZGSUT7.js";
import "./chunks/chunk-UWHL6UHF.js";
import "./chunks/chunk-AUYTHOBX.js";
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

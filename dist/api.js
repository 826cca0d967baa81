import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-OFF3SGCC.js";
import {
  clearShellMemo,
  initShell,
  parseDockerfile
} from "./chunks/chunk-QUAKLUXA.js";
import "./chunks/chunk-7KY5IGMZ.js";
export {
  RULES,
  clearShellMemo,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

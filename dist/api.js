import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-C5ONFTZQ.js";
import {
  clearShellMemo,
  initShell,
  parseDockerfile
} from "./chunks/chunk-LG2KFZZ7.js";
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

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-C46BA3UR.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-YMCMY2AD.js";
import "./chunks/chunk-MGXXTSR2.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

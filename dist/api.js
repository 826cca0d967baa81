import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-KMWUUTWK.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-M3DJVD2S.js";
import "./chunks/chunk-MGXXTSR2.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

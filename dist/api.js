import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-IY7WGKI6.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-Y3GC5NV6.js";
import "./chunks/chunk-MGXXTSR2.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

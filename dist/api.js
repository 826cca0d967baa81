import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-X55ZNS62.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-X2QOJVUH.js";
import "./chunks/chunk-MGXXTSR2.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-TBI2K7FD.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-E7SEOG2J.js";
import "./chunks/chunk-7KY5IGMZ.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

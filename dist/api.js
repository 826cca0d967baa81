import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-LRU6RTFS.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-M2PC3QXY.js";
import "./chunks/chunk-7KY5IGMZ.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

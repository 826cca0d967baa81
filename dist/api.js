import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-NUGHHQAY.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-HH3CDT7G.js";
import "./chunks/chunk-7KY5IGMZ.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

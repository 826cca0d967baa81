import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-FM7AV2YR.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-PHQ6P76U.js";
import "./chunks/chunk-7KY5IGMZ.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

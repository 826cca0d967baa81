import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync
} from "./chunks/chunk-6OFNM2U7.js";
import {
  initShell,
  parseDockerfile
} from "./chunks/chunk-XK62FZNV.js";
import "./chunks/chunk-7KY5IGMZ.js";
export {
  RULES,
  findRule,
  initShell,
  lintDockerfile,
  lintDockerfileSync,
  parseDockerfile
};

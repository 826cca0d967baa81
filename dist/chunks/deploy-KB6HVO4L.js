import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  isDeployTemplate,
  readDeploy,
  readTemplate
} from "./chunk-KQ4M2MRR.js";
import "./chunk-F6QD3NLH.js";
import {
  sniffDeploy
} from "./chunk-3DW2QXZU.js";
import {
  DeployConfigError
} from "./chunk-YE5A5F2O.js";
import "./chunk-J5ZGSUT7.js";
import "./chunk-7KY5IGMZ.js";
export {
  DeployConfigError,
  isDeployTemplate,
  readDeploy,
  readTemplate,
  sniffDeploy
};

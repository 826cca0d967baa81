import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  isDeployTemplate,
  readDeploy,
  readTemplate
} from "./chunk-E23VILWR.js";
import "./chunk-GT5QHAIF.js";
import {
  sniffDeploy
} from "./chunk-D775ZDKU.js";
import "./chunk-GE4CN7KY.js";
import {
  DeployConfigError
} from "./chunk-WXDG642Z.js";
import "./chunk-J5ZGSUT7.js";
import "./chunk-7KY5IGMZ.js";
export {
  DeployConfigError,
  isDeployTemplate,
  readDeploy,
  readTemplate,
  sniffDeploy
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  isDeployTemplate,
  readDeploy,
  readTemplate
} from "./chunk-4QZRZ5IO.js";
import "./chunk-SZTVHXW7.js";
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

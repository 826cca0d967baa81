import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-J5ZGSUT7.js";
import "./chunk-7KY5IGMZ.js";
export default require_dist();

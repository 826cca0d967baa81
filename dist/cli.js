import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  findRule,
  lintDockerfile
} from "./chunks/chunk-NBJUEX5Z.js";
import {
  ConfigError,
  findConfig,
  loadConfig
} from "./chunks/chunk-JNIROMHQ.js";
import {
  BUILD_ARTIFACT_MB,
  BUILD_ARTIFACT_SOURCE,
  GENERIC_PACKAGE_MB,
  GENERIC_PACKAGE_SOURCE,
  PIP_NAME_NORMALISE,
  atLeast,
  baseImageSize,
  commandName,
  expand,
  installs,
  managerCommands,
  packageByKey,
  packageByName
} from "./chunks/chunk-YMCMY2AD.js";
import "./chunks/chunk-MGXXTSR2.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// package.json
var package_default = {
  name: "lint-lambda-image",
  version: "0.1.0",
  description: "Static analyzer for AWS Lambda container images: Dockerfiles and built images, before deploy.",
  type: "module",
  license: "MIT",
  bin: {
    "lint-lambda-image": "bin/lint-lambda-image.js"
  },
  files: [
    "bin",
    "dist",
    "schema",
    "docs/rules",
    "README.md"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    gen: "node --experimental-strip-types --no-warnings scripts/gen-docs.ts",
    test: "npm run build && tsc -p tsconfig.json && vitest run",
    bench: "npm run build && node bench/dockerfile.mjs"
  },
  devDependencies: {
    "@balena/dockerignore": "1.0.2",
    "@octokit/rest": "22.0.1",
    "@types/node": "20.19.43",
    "@types/sarif": "2.1.7",
    "@types/tar-stream": "3.1.5",
    ajv: "8.20.0",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    chalk: "5.6.2",
    "dockerfile-ast": "0.7.1",
    esbuild: "0.28.2",
    fzstd: "0.1.1",
    "tar-stream": "3.2.2",
    "tree-sitter-bash": "0.25.1",
    typescript: "5.9.3",
    vitest: "4.1.12",
    "web-tree-sitter": "0.25.10",
    yaml: "2.9.1"
  },
  exports: {
    ".": "./dist/api.js"
  }
};

// src/knowledge/cold-start.ts
var FIT = "heuristic: fitted to the reference article figures (illustrative, UNVERIFIED, LAMBDA-FACTS \xA76.2)";
var RUNTIME_START = {
  python: { label: "Python runtime start-up", p50: [200, 400], p99: [550, 1050], source: `${FIT}: Python 3.12 AWS base 300/800 ms` },
  nodejs: { label: "Node.js runtime start-up", p50: [170, 320], p99: [480, 900], source: `${FIT}: Node.js 20 AWS base 250/700 ms` },
  java: { label: "JVM start-up and class loading", p50: [2e3, 4e3], p99: [6e3, 1e4], source: `${FIT}: Java 21 AWS base 3/8 s` },
  dotnet: { label: ".NET runtime (CLR) start-up and JIT", p50: [280, 480], p99: [700, 1200], source: `${FIT}: .NET 8 AWS base 400 ms/1 s` },
  ruby: { label: "Ruby runtime start-up", p50: [220, 450], p99: [600, 1200], source: "heuristic: no reference figure; assumed close to Python" },
  native: { label: "native binary start-up (Go/Rust, custom runtime)", p50: [50, 100], p99: [120, 240], source: `${FIT}: Go on a minimal custom image 80/200 ms` },
  unknown: { label: "runtime start-up (runtime not recognised)", p50: [100, 800], p99: [300, 2e3], source: "heuristic: wide range because the runtime is not known" }
};
var PER_OWN_MB = {
  p50: [0.08, 0.16],
  p99: [0.2, 0.4],
  source: "heuristic: ~6.5% of bytes read at init (Brooker et al., ATC '23) at cache throughput; fitted with the references"
};
var IMPORT_COST = {
  numpy: { label: "import numpy", p50: [50, 90], p99: [120, 210], source: FIT },
  pandas: { label: "import pandas", p50: [170, 270], p99: [380, 620], source: FIT },
  scipy: { label: "import scipy", p50: [80, 160], p99: [200, 400], source: "heuristic" },
  "scikit-learn": { label: "import sklearn", p50: [100, 200], p99: [250, 500], source: "heuristic" },
  pyarrow: { label: "import pyarrow", p50: [60, 140], p99: [150, 350], source: "heuristic" },
  polars: { label: "import polars", p50: [40, 100], p99: [100, 250], source: "heuristic" },
  "torch-cpu": { label: "import torch", p50: [320, 540], p99: [850, 1250], source: FIT },
  torch: { label: "import torch (CUDA build)", p50: [400, 700], p99: [1e3, 1600], source: "heuristic: the CPU figure plus loading CUDA libraries" },
  tensorflow: { label: "import tensorflow", p50: [800, 1600], p99: [2e3, 4e3], source: "heuristic" },
  transformers: { label: "import transformers", p50: [100, 200], p99: [250, 450], source: FIT },
  opencv: { label: "import cv2", p50: [60, 140], p99: [150, 350], source: "heuristic" },
  matplotlib: { label: "import matplotlib", p50: [150, 300], p99: [400, 800], source: "heuristic" },
  numba: { label: "import numba", p50: [200, 400], p99: [500, 1e3], source: "heuristic" },
  spacy: { label: "import spacy", p50: [200, 500], p99: [500, 1200], source: "heuristic" },
  onnxruntime: { label: "import onnxruntime", p50: [60, 150], p99: [150, 400], source: "heuristic" },
  langchain: { label: "import langchain", p50: [150, 400], p99: [400, 1e3], source: "heuristic" },
  "aws-sdk": { label: "require('aws-sdk') (v2)", p50: [50, 110], p99: [140, 260], source: FIT },
  sharp: { label: "require('sharp')", p50: [20, 50], p99: [50, 120], source: FIT },
  "prisma-client": { label: "require('@prisma/client')", p50: [30, 70], p99: [80, 170], source: FIT },
  "puppeteer-core": { label: "require('puppeteer-core')", p50: [15, 35], p99: [40, 90], source: FIT },
  puppeteer: { label: "require('puppeteer')", p50: [15, 35], p99: [40, 90], source: "heuristic" },
  "sparticuz-chromium": { label: "require('@sparticuz/chromium')", p50: [5, 15], p99: [10, 40], source: FIT },
  "tfjs-node": { label: "require('@tensorflow/tfjs-node')", p50: [300, 700], p99: [800, 1800], source: "heuristic" },
  "onnxruntime-node": { label: "require('onnxruntime-node')", p50: [60, 150], p99: [150, 400], source: "heuristic" }
};
var GENERIC_IMPORT = { p50: [1, 4], p99: [3, 10], source: `${FIT}: Node.js with dependencies` };
var GENERIC_IMPORT_CAP = 40;
var ARM64_PRICE_CUT = 0.2;
var SNAPSTART_NOTE = "Lambda SnapStart cuts JVM start-up for zip-packaged functions; whether it applies to container images is not verified here - check the AWS docs before counting on it.";

// src/estimate/cold-start.ts
var center = (r) => (r[0] + r[1]) / 2;
function formatMB(bytes2) {
  if (bytes2 >= 1e9) return `${(bytes2 / 1e9).toFixed(bytes2 >= 1e10 ? 0 : 1)} GB`;
  if (bytes2 >= 1e6) return `${Math.round(bytes2 / 1e6)} MB`;
  if (bytes2 >= 1e3) return `${Math.round(bytes2 / 1e3)} KB`;
  return `${bytes2} B`;
}
var RUNTIME_CUT = {
  python: "fixed cost of the Python runtime; only provisioned concurrency removes it",
  nodejs: "fixed cost of the Node.js runtime; bundle and minify your code (esbuild) so less JavaScript is parsed; provisioned concurrency removes it",
  java: 'load fewer classes at init (no reflection-heavy frameworks), try JAVA_TOOL_OPTIONS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1", or provisioned concurrency; SnapStart support for container images is unverified',
  dotnet: "ReadyToRun compilation (PublishReadyToRun=true) cuts JIT time; Native AOT on provided.al2023 cuts more; provisioned concurrency removes it",
  ruby: "fixed cost of the Ruby runtime; require less at init; provisioned concurrency removes it",
  native: "already minimal: native binaries start fast",
  unknown: "use an AWS base image for a known runtime so the estimate (and Lambda's cache) can help"
};
function estimateColdStart(input) {
  const rt = RUNTIME_START[input.runtime];
  const terms = [{ name: rt.label, p50: rt.p50, p99: rt.p99, cut: RUNTIME_CUT[input.runtime] }];
  const ownMBLow = input.ownBytes.low / 1e6;
  const ownMBHigh = input.ownBytes.high / 1e6;
  const ownMid = (input.ownBytes.low + input.ownBytes.high) / 2;
  const biggest = (input.biggestOwn ?? []).slice(0, 2).map((b) => `${b.what.replace(/ \(line \d+.*?\)$/, "")} ${formatMB(b.bytes)}`).join(", ");
  const ownCut = [
    input.awsBase ? void 0 : "start FROM an AWS base image (Lambda caches its layers, so they stop counting as your bytes)",
    "use a multi-stage build and copy only runtime files into the final stage (no compilers, caches, tests or docs)",
    biggest ? `shrink the biggest: ${biggest}` : void 0
  ].filter(Boolean).join("; ");
  terms.push({
    name: `reading your own ${formatMB(ownMid)} of image (not in an AWS base image)`,
    p50: [ownMBLow * PER_OWN_MB.p50[0], ownMBHigh * PER_OWN_MB.p50[1]],
    p99: [ownMBLow * PER_OWN_MB.p99[0], ownMBHigh * PER_OWN_MB.p99[1]],
    cut: ownCut
  });
  for (const key of input.packages) {
    const c = IMPORT_COST[key];
    if (!c) continue;
    const alt = key === "torch" ? "; install the CPU-only wheel (--index-url https://download.pytorch.org/whl/cpu): Lambda has no GPU" : key === "aws-sdk" ? "; move to AWS SDK v3 (@aws-sdk/client-*, already in the Node.js base image)" : key === "pandas" ? "; or use a lighter library (polars, pyarrow compute) where it fits" : "";
    terms.push({ name: c.label, p50: c.p50, p99: c.p99, cut: `import it lazily, inside the code path that needs it, not at module load${alt}` });
  }
  const generic = Math.min(input.otherPackages, GENERIC_IMPORT_CAP);
  if (generic > 0) {
    terms.push({
      name: `loading ${generic} other package${generic === 1 ? "" : "s"}`,
      p50: [GENERIC_IMPORT.p50[0] * generic, GENERIC_IMPORT.p50[1] * generic],
      p99: [GENERIC_IMPORT.p99[0] * generic, GENERIC_IMPORT.p99[1] * generic],
      cut: "drop unused dependencies and bundle what is left (tree-shaking for Node.js); import lazily"
    });
  }
  const total = (f) => ({
    low: Math.round(terms.reduce((n, t) => n + f(t)[0], 0)),
    high: Math.round(terms.reduce((n, t) => n + f(t)[1], 0))
  });
  const drivers = terms.map((t) => ({ name: t.name, ms: Math.round(center(t.p50)), cut: t.cut })).filter((d) => d.ms > 0).sort((a, b) => b.ms - a.ms).slice(0, 3);
  const notes = [
    "Heuristic estimate, not a measurement: the millisecond parameters are fitted to illustrative figures (see src/knowledge/cold-start.ts).",
    input.awsBase ? `AWS base layers (${formatMB((input.baseBytes.low + input.baseBytes.high) / 2)}) are cached by Lambda; your own ${formatMB(ownMid)} are fetched on demand and the parts read at init cost time.` : `This image is not built on an AWS base image, so all its ${formatMB(ownMid)} count as its own bytes: Lambda does not pre-cache them.`,
    `arm64 (Graviton) is ~${Math.round(ARM64_PRICE_CUT * 100)}% cheaper per GB-second: a cost saving, not a cold-start one.`
  ];
  if (input.runtime === "java") notes.push(SNAPSTART_NOTE);
  if (input.runtime === "unknown") notes.push("The runtime was not recognised, so the runtime start-up range is wide.");
  return { p50: total((t) => t.p50), p99: total((t) => t.p99), drivers, model: "heuristic", notes };
}
function coldStartInputOf(size) {
  const own = size.contributions.filter((c) => !c.base && c.high > 0).map((c) => ({ what: c.what, bytes: (c.low + c.high) / 2 })).sort((a, b) => b.bytes - a.bytes);
  return {
    runtime: size.runtime,
    ownBytes: size.ownBytes,
    baseBytes: size.baseShare,
    packages: size.packages,
    otherPackages: size.otherPackages,
    biggestOwn: own,
    awsBase: size.base?.aws ?? false
  };
}
var pointOf = (r) => (r.low + r.high) / 2;

// src/estimate/size.ts
import { posix } from "node:path";
var MB_BYTES = 1e6;
var SITE = "(site-packages)";
var OS_PATH = "(os)";
var bytes = (mb) => [Math.round(mb[0] * MB_BYTES), Math.round(mb[1] * MB_BYTES)];
function lineOf(ins) {
  return `line ${ins.span.line}`;
}
function within(child, parent) {
  const p = parent.replace(/\/+$/, "");
  return p === "" || child === p || child.startsWith(`${p}/`);
}
function awsFamily(stage) {
  return stage.base.kind.kind === "aws" ? stage.base.kind.family : void 0;
}
function rootOf(stage) {
  let s = stage;
  while (s.base.stage) s = s.base.stage;
  return s;
}
var Estimator = class {
  constructor(model, ctx) {
    this.model = model;
    this.ctx = ctx;
  }
  model;
  ctx;
  memo = /* @__PURE__ */ new Map();
  stage(stage, seen = /* @__PURE__ */ new Set()) {
    const cached = this.memo.get(stage);
    if (cached) return cached;
    if (seen.has(stage)) return { items: [], unknown: [], managers: /* @__PURE__ */ new Set(), root: stage };
    seen.add(stage);
    let facts;
    if (stage.base.stage) {
      const parent = this.stage(stage.base.stage, seen);
      facts = { items: [...parent.items], unknown: [...parent.unknown], managers: new Set(parent.managers), root: parent.root };
    } else {
      facts = { items: [], unknown: [], managers: /* @__PURE__ */ new Set(), root: stage };
      this.baseItem(stage, facts);
    }
    for (const ins of stage.instructions) {
      if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy) this.copy(ins, facts, seen);
      else if (ins.keyword === "RUN") this.run(ins, stage, facts);
    }
    this.memo.set(stage, facts);
    return facts;
  }
  baseItem(stage, facts) {
    const written = stage.base.expanded.value;
    if (stage.base.scratch) return;
    const aws = stage.base.kind.kind === "aws";
    const known = baseImageSize(stage.base.ref.repository, stage.base.ref.tag, aws);
    if (!known) {
      facts.unknown.push(`base image ${written}`);
      return;
    }
    const [low, high] = bytes(known.mb);
    facts.items.push({ what: `base image ${written} (${known.label})`, low, high, source: known.source, base: aws, path: "/", image: true });
  }
  copy(ins, facts, seen) {
    const copy = ins.copy;
    if (copy.heredocs.length > 0 && copy.sources.length === 0) return;
    if (copy.fromStage) {
      const from = this.stage(copy.fromStage, new Set(seen));
      for (const m of from.managers) facts.managers.add(m);
      for (const src of copy.sources) this.copyFromStage(ins, src, from, copy.fromStage, facts);
      return;
    }
    if (copy.from) {
      facts.unknown.push(`COPY --from=${copy.from} ${copy.sources.join(" ")} (${lineOf(ins)}: files of another image)`);
      return;
    }
    for (const src of copy.sources) {
      if (/^[a-z]+:\/\//i.test(src) || src.startsWith("git@")) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: remote file)`);
        continue;
      }
      if (!this.ctx) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: no build context)`);
        continue;
      }
      const files = this.ctx.match(src).filter((f) => !f.dir);
      if (files.length === 0) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: not found in the build context)`);
        continue;
      }
      const total = files.reduce((n, f) => n + f.size, 0);
      const archive = ins.keyword === "ADD" && files.length === 1 && /\.(tar(\.(gz|bz2|xz|zst))?|tgz)$/.test(files[0].path);
      facts.items.push({
        what: `${ins.keyword} ${src} (${lineOf(ins)}, ${files.length} file${files.length === 1 ? "" : "s"})`,
        low: total,
        high: archive ? total * 5 : total,
        source: archive ? "build context; assumption: an extracted archive is 1-5x its size" : `build context${this.ctx.truncated ? " (walk capped: may be more)" : ""}`,
        path: copy.dest
      });
    }
  }
  copyFromStage(ins, srcRaw, from, fromStage, facts) {
    let src = posix.normalize(`/${srcRaw}`).replace(/\/+$/, "") || "/";
    const wildcard = /[*?[]/.test(src);
    if (wildcard) src = src.slice(0, src.search(/[*?[]/)).replace(/\/[^/]*$/, "") || "/";
    const label = `COPY --from=${fromStage.name ?? fromStage.index} ${srcRaw}`;
    let matched = 0;
    for (const item of from.items) {
      let full = false;
      let part = false;
      if (item.image) full = src === "/";
      else if (item.path === SITE) full = /site-packages|dist-packages|^\/usr\/local|^\/var\/lang|venv|^\/root\/\.local|^\/opt\/python/.test(src);
      else if (item.path === OS_PATH) full = src === "/" || src === "/usr";
      else if (within(item.path, src)) full = true;
      else if (within(src, item.path)) part = true;
      if (!full && !part) continue;
      matched++;
      facts.items.push({
        ...item,
        what: `${part || wildcard ? "part of " : ""}${item.what} via ${label} (${lineOf(ins)})`,
        low: part || wildcard ? 0 : item.low,
        base: false,
        image: false,
        path: ins.copy.dest
      });
    }
    if (matched === 0) facts.unknown.push(`${label} (${lineOf(ins)}: what the stage put there is not known)`);
  }
  run(ins, stage, facts) {
    const script = this.model.shell(ins);
    if (!script) return;
    const ex = (s) => expand(s, ins.scope, this.model.escape).value;
    const workdir = stage.workdir?.value ?? "/";
    const wd = workdirAt(stage, ins) ?? workdir;
    for (const inst of installs(script)) {
      facts.managers.add(inst.manager);
      this.install(inst, ins, stage, facts, ex, wd);
    }
    for (const mc of managerCommands(script)) {
      if (mc.manager === "go" && (mc.subcommand === "build" || mc.subcommand === "install")) {
        facts.managers.add("go");
        const o = mc.args.indexOf("-o");
        const out = o >= 0 ? ex(mc.args[o + 1] ?? "") : mc.subcommand === "install" ? "/go/bin" : wd;
        this.artifact("go", `go ${mc.subcommand}`, resolve(out, wd), ins, facts);
      }
    }
    for (const cmd of script.commands) {
      const name = commandName(cmd);
      const args = cmd.args.map(ex);
      if ((name === "curl" || name === "wget") && (args.some((a) => /^-[a-zA-Z]*[oO]/.test(a) || a === "--output" || a.startsWith("--output-document")) || cmd.pipeline.length > 1)) {
        facts.unknown.push(`download by ${name} (${lineOf(ins)})`);
      } else if (name === "git" && args[0] === "clone") {
        facts.unknown.push(`git clone (${lineOf(ins)})`);
      } else if (name === "playwright" || name === "npx" && args[0] === "playwright" || /^python/.test(name) && args[0] === "-m" && args[1] === "playwright") {
        const rest = name === "playwright" ? args : name === "npx" ? args.slice(1) : args.slice(2);
        if (rest[0] === "install" || rest[0] === "install-deps") {
          const deps = rest[0] === "install-deps" || rest.includes("--with-deps");
          if (rest[0] === "install") this.pkg("os", "chromium", ins, facts, OS_PATH, "Playwright browser download");
          if (deps) this.pkg("os", "nss", ins, facts, OS_PATH, "Playwright system dependencies");
        }
      }
    }
  }
  artifact(kind, what, path, ins, facts) {
    const [low, high] = bytes(BUILD_ARTIFACT_MB[kind]);
    facts.items.push({ what: `${what} output ${path} (${lineOf(ins)})`, low, high, source: BUILD_ARTIFACT_SOURCE, path });
  }
  install(inst, ins, stage, facts, ex, wd) {
    const opts = inst.options.map(ex);
    const optValue = (...names) => {
      for (const o of opts) for (const n of names) if (o.startsWith(`${n}=`)) return o.slice(n.length + 1);
      return void 0;
    };
    switch (inst.manager) {
      case "pip":
      case "uv":
      case "poetry":
      case "pipenv":
      case "conda": {
        if (inst.manager === "pip" || inst.manager === "uv") {
          if (inst.packages.length === 0 && inst.files.length === 0 && inst.subcommand !== "sync") return;
        }
        const target = optValue("-t", "--target") ?? optValue("--prefix");
        const cmdPath = ex(inst.cmd.name);
        const venv = /^(\/.+)\/bin\/(pip|python|uv)/.exec(cmdPath)?.[1];
        const path = target ? resolve(target, wd) : venv ?? SITE;
        const names = inst.packages.map(ex).filter((p) => !p.startsWith(".") && !p.startsWith("/") && !p.includes("://"));
        let cpuIndex = opts.some((o) => /download\.pytorch\.org\/whl\/cpu/.test(o));
        for (const f of inst.files) {
          const req = this.readRequirements(ex(f), stage, wd, /* @__PURE__ */ new Set());
          if (!req) {
            facts.unknown.push(`packages of ${ex(f)} (${lineOf(ins)}: file not found in the build context)`);
            continue;
          }
          names.push(...req.names);
          cpuIndex ||= req.cpuIndex;
        }
        if (names.length === 0 && (inst.manager === "poetry" || inst.manager === "uv" || inst.manager === "pipenv")) {
          const lock = this.readPythonLock(stage, wd);
          if (lock) names.push(...lock);
          else facts.unknown.push(`${inst.manager} ${inst.subcommand} (${lineOf(ins)}: no lock file found in the build context)`);
        }
        const arm = /arm64|aarch64/.test(`${stage.base.platform ?? ""} ${rootOf(stage).base.ref.tag ?? ""}`);
        this.packages("pip", names.map((n) => PIP_NAME_NORMALISE(n) === "torch" && (cpuIndex || arm || /\+cpu/.test(n)) ? "torch-cpu" : n), ins, stage, facts, path);
        break;
      }
      case "npm":
      case "yarn":
      case "pnpm":
      case "bun": {
        const path = `${wd.replace(/\/$/, "")}/node_modules`;
        let names = inst.packages.map(ex);
        if (names.length === 0) {
          const pkg = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, "")}/package.json`));
          if (!pkg) {
            facts.unknown.push(`${inst.manager} ${inst.subcommand} (${lineOf(ins)}: package.json not found in the build context)`);
            return;
          }
          const prod = opts.some((o) => /^--omit=dev$|^--production$|^--only=prod/.test(o)) || inst.options.includes("--production") || stage.env.get("NODE_ENV")?.value === "production";
          names = Object.keys(pkg.dependencies ?? {});
          if (!prod) names.push(...Object.keys(pkg.devDependencies ?? {}));
          const lock = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, "")}/package-lock.json`));
          const lockPackages = lock?.packages;
          if (lockPackages) {
            for (const [k, v] of Object.entries(lockPackages)) {
              const m = /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(k);
              if (m && !(prod && v?.dev) && packageByName("npm", m[1]) && !names.includes(m[1])) names.push(`${m[1]}#transitive`);
            }
          }
        }
        const known = names.filter((n) => packageByName("npm", n.replace(/#transitive$/, "")));
        const generic = names.filter((n) => !n.endsWith("#transitive") && !packageByName("npm", n));
        this.packages("npm", [...known.map((n) => n.replace(/#transitive$/, "")), ...generic], ins, stage, facts, path);
        break;
      }
      case "apt-get":
      case "apt":
      case "apk":
      case "yum":
      case "dnf":
      case "microdnf":
        this.osPackages(inst.packages.map(ex), ins, facts);
        break;
      case "cargo":
        if (inst.subcommand === "build" || inst.subcommand === "lambda") this.artifact("cargo", `cargo ${inst.subcommand}`, resolve("target", wd), ins, facts);
        break;
      case "dotnet":
        if (inst.subcommand === "publish") this.artifact("dotnet", "dotnet publish", resolve(optValue("-o", "--output") ?? inst.args[inst.args.indexOf("-o") + 1] ?? "bin", wd), ins, facts);
        break;
      case "mvn":
        if (["package", "install", "verify", "dependency:copy-dependencies"].includes(inst.subcommand)) this.artifact("mvn", `mvn ${inst.subcommand}`, resolve("target", wd), ins, facts);
        break;
      case "gradle":
        if (["build", "assemble", "shadowJar", "installDist"].includes(inst.subcommand)) this.artifact("gradle", `gradle ${inst.subcommand}`, resolve("build", wd), ins, facts);
        break;
      default:
        break;
    }
  }
  osPackages(names, ins, facts) {
    const unknown = [];
    for (const n of names) {
      const p = packageByName("os", n);
      if (p) this.pkg("os", n, ins, facts, OS_PATH);
      else if (!n.startsWith("$")) unknown.push(n);
    }
    if (unknown.length) facts.unknown.push(`OS packages ${unknown.join(", ")} (${lineOf(ins)})`);
  }
  /** One known package (and what it pulls). */
  pkg(eco, name, ins, facts, path, why2, stage) {
    const p = name === "torch-cpu" ? packageByKey("torch-cpu") : packageByName(eco, name);
    if (!p) return false;
    const key = p.key === "small-tools" ? `small-tools:${name}` : p.key;
    if (facts.items.some((i) => i.key === key)) return true;
    const inBase = p.inAwsBase && stage && awsFamily(rootOf(stage)) === p.inAwsBase;
    const [low, high] = inBase ? [0, 0] : bytes(p.mb);
    facts.items.push({
      what: `${p.label}${why2 ? ` (${why2})` : ""}${inBase ? " - already in the AWS base image" : ""} (${lineOf(ins)})`,
      low,
      high,
      source: p.source,
      path,
      key
    });
    for (const pulled of p.pulls ?? []) {
      const q = packageByKey(pulled);
      if (q) this.pkg(q.ecosystem, q.key === "torch" ? "torch" : q.names[0] ?? q.key, ins, facts, path, `pulled by ${p.label.split(" ")[0]}`, stage);
    }
    return true;
  }
  packages(eco, names, ins, stage, facts, path) {
    let generic = 0;
    const seen = /* @__PURE__ */ new Set();
    for (const raw of names) {
      const n = eco === "pip" ? PIP_NAME_NORMALISE(raw) : raw;
      if (!n || seen.has(n)) continue;
      seen.add(n);
      if (!this.pkg(eco, n, ins, facts, path, void 0, stage)) generic++;
    }
    if (generic > 0) {
      const [l, h] = bytes(GENERIC_PACKAGE_MB[eco]);
      facts.items.push({
        what: `${generic} other ${eco} package${generic === 1 ? "" : "s"} (${lineOf(ins)})`,
        low: l * generic,
        high: h * generic,
        source: `${GENERIC_PACKAGE_SOURCE}: ${GENERIC_PACKAGE_MB[eco][0]}-${GENERIC_PACKAGE_MB[eco][1]} MB each`,
        path,
        generic
      });
    }
  }
  /** The build-context path of a file that a COPY put at `imagePath` in this stage (or its parents). */
  contextPath(stage, imagePath) {
    const lineage = [];
    for (let s = stage; s; s = s.base.stage) lineage.unshift(s);
    let found;
    for (const s of lineage) {
      for (const ins of s.instructions) {
        const c = ins.copy;
        if (!c || c.from || c.fromStage) continue;
        for (const src of c.sources) {
          const base = posix.basename(src);
          const destDir = c.dest.endsWith("/") || c.sources.length > 1 || src === "." || src === "./" || !/[^/]\.[^/]+$/.test(c.dest) ? c.dest.replace(/\/$/, "") : void 0;
          if (c.dest === imagePath && !destDir) found = src;
          else if (destDir !== void 0) {
            if (src === "." || src === "./" || this.ctx && this.ctx.match(src).some((f) => f.dir)) {
              if (within(imagePath, destDir)) found = posix.join(src, posix.relative(destDir || "/", imagePath));
            } else if (`${destDir}/${base}` === imagePath) found = src;
          }
        }
      }
    }
    if (found && this.ctx?.read(found, 8 << 20) !== void 0) return found;
    const fallback = posix.basename(imagePath);
    return this.ctx?.read(fallback, 8 << 20) !== void 0 ? fallback : found;
  }
  readJson(path) {
    if (!path || !this.ctx) return void 0;
    const text = this.ctx.read(path, 32 << 20);
    if (text === void 0) return void 0;
    try {
      return JSON.parse(text);
    } catch {
      return void 0;
    }
  }
  readRequirements(imagePath, stage, wd, seen) {
    if (!this.ctx) return void 0;
    const abs = resolve(imagePath, wd);
    const path = this.contextPath(stage, abs) ?? imagePath;
    if (seen.has(path)) return { names: [], cpuIndex: false };
    seen.add(path);
    const text = this.ctx.read(path);
    if (text === void 0) return void 0;
    const names = [];
    let cpuIndex = false;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (!line) continue;
      if (/download\.pytorch\.org\/whl\/cpu/.test(line)) cpuIndex = true;
      const inc = /^(-r|--requirement|-c|--constraint)\s*=?\s*(\S+)/.exec(line);
      if (inc) {
        if (inc[1] === "-r" || inc[1] === "--requirement") {
          const sub = this.readRequirements(posix.join(posix.dirname(abs), inc[2]), stage, wd, seen);
          if (sub) {
            names.push(...sub.names);
            cpuIndex ||= sub.cpuIndex;
          }
        }
        continue;
      }
      if (line.startsWith("-") || line.includes("://") || line.startsWith(".") || line.startsWith("/")) continue;
      const name = line.replace(/\[.*?\]/, "").split(/[=<>!~;@ ]/)[0];
      if (name) names.push(/\+cpu/.test(line) && PIP_NAME_NORMALISE(name) === "torch" ? "torch-cpu" : name);
    }
    return { names, cpuIndex };
  }
  readPythonLock(stage, wd) {
    for (const file of ["poetry.lock", "uv.lock"]) {
      const p = this.contextPath(stage, `${wd.replace(/\/$/, "")}/${file}`);
      const text = p ? this.ctx?.read(p, 32 << 20) : void 0;
      if (text) return [...text.matchAll(/^\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"/gm)].map((m) => m[1]);
    }
    const pipfile = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, "")}/Pipfile.lock`));
    if (pipfile?.default) return Object.keys(pipfile.default);
    return void 0;
  }
};
function resolve(p, wd) {
  return posix.normalize(p.startsWith("/") ? p : `${wd.replace(/\/$/, "")}/${p}`).replace(/\/+$/, "") || "/";
}
function workdirAt(stage, ins) {
  let wd;
  const lineage = [];
  for (let s = stage; s; s = s.base.stage) lineage.unshift(s);
  if (lineage[0].base.kind.kind === "aws") wd = "/var/task";
  for (const s of lineage) {
    for (const i of s.instructions) {
      if (s === stage && i.index >= ins.index) break;
      if (i.keyword === "WORKDIR") {
        const dir = expand(i.words.join(" "), i.scope, "\\").value;
        wd = dir.startsWith("/") ? posix.normalize(dir) : posix.normalize(`${wd ?? "/"}/${dir}`);
      }
    }
  }
  return wd;
}
function runtimeFamily(model, facts) {
  const target = model.target;
  if (!target) return "unknown";
  const root = rootOf(target);
  const kind = root.base.kind;
  if (kind.kind === "aws") {
    if (kind.family === "provided" || kind.family === "go") return "native";
    return kind.family;
  }
  const repo = root.base.ref.repository.replace(/^library\//, "");
  if (/^python$|distroless\/python/.test(repo)) return "python";
  if (/^node$|distroless\/nodejs/.test(repo)) return "nodejs";
  if (/^(eclipse-temurin|amazoncorretto|openjdk|maven|gradle)$|distroless\/java/.test(repo)) return "java";
  if (/dotnet\//.test(repo)) return "dotnet";
  if (/^ruby$/.test(repo)) return "ruby";
  const command = [...target.entrypoint?.value.exec ?? [], ...target.cmd?.value.exec ?? []][0] ?? target.entrypoint?.value.shell ?? "";
  const word = posix.basename(command.split(/\s+/)[0] ?? "");
  if (/^python/.test(word)) return "python";
  if (word === "node") return "nodejs";
  if (word === "java") return "java";
  if (word === "dotnet") return "dotnet";
  if (word === "ruby") return "ruby";
  const m = facts?.managers ?? /* @__PURE__ */ new Set();
  if (m.has("go") || m.has("cargo")) return "native";
  if (m.has("pip") || m.has("uv") || m.has("poetry")) return "python";
  if (m.has("npm") || m.has("yarn") || m.has("pnpm")) return "nodejs";
  if (m.has("dotnet")) return "dotnet";
  if (m.has("mvn") || m.has("gradle")) return "java";
  if (root.base.scratch || /distroless\/(static|base|cc)/.test(repo)) return "native";
  return "unknown";
}
function estimateDockerfile(model, context) {
  const target = model.target;
  const empty = { low: 0, high: 0, baseShare: { low: 0, high: 0 }, ownBytes: { low: 0, high: 0 }, contributions: [], unknown: ["no target stage"], runtime: "unknown", packages: [], otherPackages: 0 };
  if (!target) return empty;
  const est = new Estimator(model, context);
  const facts = est.stage(target);
  const items = [];
  const keys = /* @__PURE__ */ new Set();
  for (const it of facts.items) {
    if (it.key) {
      if (keys.has(it.key)) continue;
      keys.add(it.key);
    }
    items.push(it);
  }
  const sum = (xs, f) => xs.reduce((n, i) => n + f(i), 0);
  const base = items.filter((i) => i.base);
  const own = items.filter((i) => !i.base);
  const baseShare = { low: sum(base, (i) => i.low), high: sum(base, (i) => i.high) };
  const ownBytes = { low: sum(own, (i) => i.low), high: sum(own, (i) => i.high) };
  const root = rootOf(target);
  return {
    low: baseShare.low + ownBytes.low,
    high: baseShare.high + ownBytes.high,
    baseShare,
    ownBytes,
    contributions: items.map(({ what, low, high, source, base: b }) => ({ what, low, high, source, ...b ? { base: true } : {} })),
    unknown: [...new Set(facts.unknown)],
    base: root.base.scratch ? { image: "scratch", aws: false } : { image: root.base.expanded.value, aws: root.base.kind.kind === "aws" },
    runtime: runtimeFamily(model, facts),
    packages: [...keys].filter((k) => !k.startsWith("small-tools") && packageByKey(k)?.ecosystem !== "os"),
    otherPackages: sum(items, (i) => i.generic ?? 0)
  };
}

// src/estimate/format.ts
var ms = (n) => n >= 1e3 ? `${(n / 1e3).toFixed(n >= 1e4 ? 0 : 1)} s` : `${Math.round(n)} ms`;
var msRange = (r) => `${ms(r.low)}-${ms(r.high)}`;
var sizeRange = (r) => r.low === r.high ? formatMB(r.low) : `${formatMB(r.low)}-${formatMB(r.high)}`;
function why(e) {
  const own = formatMB(pointOf(e.size.ownBytes));
  if (e.size.base?.aws && e.size.baseShare.high > 0) return `AWS base layers (${sizeRange(e.size.baseShare)}) are cached by Lambda; your own ${own} are fetched and read at init.`;
  return `Not built on an AWS base image: Lambda caches none of it, so all ${own} are your own bytes to fetch at init.`;
}
function formatEstimateBlock(e, chalk2) {
  const s = e.size;
  const c = e.coldStart;
  const out = [];
  const kind = s.exact ? "measured" : "estimated";
  out.push(`  ${chalk2.bold("Size")} (${kind}): ${sizeRange(s)}${s.compressed !== void 0 ? chalk2.dim(` (${formatMB(s.compressed)} compressed)`) : ""}  ${chalk2.dim("own bytes")} ${sizeRange(s.ownBytes)}${s.base ? chalk2.dim(`  base ${s.base.image}`) : ""}`);
  if (s.unknown.length) out.push(`  ${chalk2.yellow("+ unknown:")} ${s.unknown.slice(0, 4).join("; ")}${s.unknown.length > 4 ? `; +${s.unknown.length - 4} more` : ""}`);
  out.push(`  ${chalk2.bold("Cold start")} ${chalk2.dim("(heuristic)")}: p50 ${msRange(c.p50)}, p99 ${msRange(c.p99)}`);
  out.push(`  ${chalk2.dim(why(e))}`);
  c.drivers.forEach((d, i) => {
    out.push(`  ${i + 1}. ${d.name} ${chalk2.dim(`~${ms(d.ms)}`)}`);
    out.push(`     ${chalk2.green("cut:")} ${d.cut}`);
  });
  out.push(`  ${chalk2.dim("Heuristic model, not a measurement; arm64 is ~20% cheaper per GB-second (cost, not latency).")}`);
  return `${out.join("\n")}
`;
}

// src/estimate/schema.ts
var range = {
  type: "object",
  required: ["low", "high"],
  additionalProperties: false,
  properties: { low: { type: "number", minimum: 0 }, high: { type: "number", minimum: 0 } }
};
var ESTIMATES_SCHEMA = {
  type: "object",
  description: "Size (bytes) and cold-start (ms) estimates. The cold-start figures are a heuristic model, not measurements.",
  required: ["size", "coldStart"],
  additionalProperties: false,
  properties: {
    size: {
      type: "object",
      required: ["low", "high", "baseShare", "ownBytes", "contributions", "unknown", "runtime", "packages", "otherPackages"],
      additionalProperties: false,
      properties: {
        low: { type: "number", minimum: 0, description: "Uncompressed bytes, low end." },
        high: { type: "number", minimum: 0, description: "Uncompressed bytes, high end." },
        baseShare: { ...range, description: "Bytes of AWS base image layers, which Lambda pre-caches." },
        ownBytes: { ...range, description: "All other bytes: what Lambda fetches for this image." },
        contributions: {
          type: "array",
          items: {
            type: "object",
            required: ["what", "low", "high", "source"],
            additionalProperties: false,
            properties: {
              what: { type: "string" },
              low: { type: "number", minimum: 0 },
              high: { type: "number", minimum: 0 },
              source: { type: "string", description: "Source of the figure or the stated assumption." },
              base: { type: "boolean" }
            }
          }
        },
        unknown: { type: "array", items: { type: "string" }, description: "What could not be sized (not in low/high)." },
        exact: { type: "boolean", description: "Measured on a built image." },
        compressed: { type: "number", minimum: 0 },
        base: {
          type: "object",
          required: ["image", "aws"],
          additionalProperties: false,
          properties: { image: { type: "string" }, aws: { type: "boolean" } }
        },
        runtime: { enum: ["python", "nodejs", "java", "dotnet", "ruby", "native", "unknown"] },
        packages: { type: "array", items: { type: "string" } },
        otherPackages: { type: "integer", minimum: 0 }
      }
    },
    coldStart: {
      type: "object",
      required: ["p50", "p99", "drivers", "model", "notes"],
      additionalProperties: false,
      properties: {
        p50: { ...range, description: "Milliseconds." },
        p99: { ...range, description: "Milliseconds." },
        drivers: {
          type: "array",
          maxItems: 3,
          items: {
            type: "object",
            required: ["name", "ms", "cut"],
            additionalProperties: false,
            properties: { name: { type: "string" }, ms: { type: "number", minimum: 0 }, cut: { type: "string" } }
          }
        },
        model: { const: "heuristic" },
        notes: { type: "array", items: { type: "string" } }
      }
    }
  }
};

// src/estimate/index.ts
function estimatesForDockerfile(model, context) {
  const size = estimateDockerfile(model, context);
  return { size, coldStart: estimateColdStart(coldStartInputOf(size)) };
}

// src/report/locate.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";
import { pathToFileURL } from "node:url";
function repoRelative(file, cwd) {
  if (file === "-" || file === "") return void 0;
  const abs = resolve2(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
function displayPath(file, cwd) {
  return repoRelative(file, cwd) ?? file.split(sep).join("/");
}
function dirUri(dir) {
  const u = pathToFileURL(resolve2(dir)).href;
  return u.endsWith("/") ? u : `${u}/`;
}
function fileUri(file, cwd) {
  return pathToFileURL(resolve2(cwd, file)).href;
}
function encodeRelativeUri(path) {
  return path.split("/").map((s) => encodeURIComponent(s)).join("/");
}
function diskReader(cwd) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    if (!cache.has(file)) {
      let text;
      try {
        text = file === "-" ? void 0 : readFileSync(resolve2(cwd, file), "utf8");
      } catch {
        text = void 0;
      }
      cache.set(file, text);
    }
    return cache.get(file);
  };
}
function normalisedSource(text, f) {
  if (text === void 0) return void 0;
  const lines = text.split(/\r?\n/);
  const start = Math.max(1, f.location.line);
  const end = Math.min(lines.length, Math.max(start, f.location.endLine));
  if (start > lines.length) return void 0;
  const joined = lines.slice(start - 1, end).map((l) => l.replace(/\\\s*$/, "")).join(" ");
  return joined.replace(/\s+/g, " ").trim();
}
var FINGERPRINT_KEY = "lintLambdaImage/v1";
function fingerprints(report, cwd, read = diskReader(cwd)) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const t of report.targets) {
    const text = t.kind === "dockerfile" ? read(t.file) : void 0;
    for (const f of t.findings) {
      const path = displayPath(f.location.file || t.file, cwd);
      const basis = (f.source === "dockerfile" ? normalisedSource(text, f) : void 0) ?? `message:${f.message}`;
      const hash = createHash("sha256").update(`${f.code}\0${path}\0${basis}`).digest("hex").slice(0, 32);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      out.set(f, `${hash}:${n}`);
    }
  }
  return out;
}
function hasTextRegions(t) {
  return t.kind === "dockerfile";
}

// src/report/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", info: "info" };
function xmlAttr(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function formatCheckstyle(report, options) {
  const files = /* @__PURE__ */ new Map();
  const add = (file, line) => {
    const list = files.get(file) ?? [];
    list.push(line);
    files.set(file, list);
  };
  for (const t of report.targets) {
    const name = displayPath(t.file, options.cwd);
    if (!files.has(name)) files.set(name, []);
    for (const f of t.findings) {
      const text = f.fix ? `${f.message} Fix: ${f.fix}` : f.message;
      const pos = t.kind === "dockerfile" && f.source === "dockerfile" ? ` line="${f.location.line}" column="${f.location.column}"` : ' line="1"';
      add(displayPath(f.location.file || t.file, options.cwd), `    <error${pos} severity="${SEVERITY[f.severity]}" message="${xmlAttr(text)}" source="${xmlAttr(`lint-lambda-image.${f.code}.${f.name}`)}"/>`);
    }
  }
  for (const e of report.errors) add(displayPath(e.file, options.cwd), `    <error line="1" severity="error" message="${xmlAttr(e.message)}" source="lint-lambda-image.input-error"/>`);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const [file, errors] of files) {
    if (errors.length === 0) out.push(`  <file name="${xmlAttr(file)}"/>`);
    else out.push(`  <file name="${xmlAttr(file)}">`, ...errors, "  </file>");
  }
  out.push("</checkstyle>");
  return `${out.join("\n")}
`;
}

// src/report/types.ts
function countFindings(report) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const t of report.targets) for (const f of t.findings) counts[f.severity]++;
  return counts;
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function formatGithub(report, options) {
  const out = [];
  for (const t of report.targets) {
    for (const f of t.findings) {
      const file = displayPath(f.location.file || t.file, options.cwd);
      const text = t.kind === "dockerfile" && f.source === "dockerfile";
      const props = { file, title: `${f.code} ${f.name}` };
      if (text) {
        props.line = f.location.line;
        props.endLine = f.location.endLine;
        if (f.location.line === f.location.endLine) {
          props.col = f.location.column;
          props.endColumn = Math.max(f.location.column, f.location.endColumn - 1);
        }
      }
      const body = [f.message, f.fix ? `Fix: ${f.fix}` : void 0, `Docs: ${f.docsUrl}`].filter(Boolean).join("\n");
      out.push(workflowCommand(COMMAND[f.severity], ordered(props), body));
    }
  }
  for (const e of report.errors) {
    out.push(workflowCommand("error", { file: displayPath(e.file, options.cwd), title: "lint-lambda-image: input error" }, e.message));
  }
  const c = countFindings(report);
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const unread = report.errors.length ? `, ${report.errors.length} could not be read` : "";
  out.push(`lint-lambda-image: ${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info in ${plural(report.targets.length, "input")}${unread}.`);
  return `${out.join("\n")}
`;
}
function ordered(p) {
  return { file: p.file, line: p.line, col: p.col, endLine: p.endLine, endColumn: p.endColumn, title: p.title };
}

// src/report/gitlab.ts
var GITLAB_SEVERITY = { error: "critical", warning: "major", info: "info" };
function buildGitlab(report, options) {
  const prints = fingerprints(report, options.cwd, options.read);
  const issues = [];
  for (const t of report.targets) {
    for (const f of t.findings) {
      const text = t.kind === "dockerfile" && f.source === "dockerfile";
      issues.push({
        description: `${f.code} ${f.message}${f.fix ? ` Fix: ${f.fix}` : ""}`,
        check_name: `${f.code} ${f.name}`,
        // GitLab wants a unique string per issue; the occurrence suffix keeps it unique.
        fingerprint: prints.get(f).replace(":", "-"),
        severity: GITLAB_SEVERITY[f.severity],
        location: {
          path: displayPath(f.location.file || t.file, options.cwd),
          lines: text ? { begin: f.location.line, end: Math.max(f.location.line, f.location.endLine) } : { begin: 1 }
        }
      });
    }
  }
  return issues;
}
function formatGitlab(report, options) {
  return `${JSON.stringify(buildGitlab(report, options), null, 2)}
`;
}

// src/report/json.ts
var REPORT_VERSION = 1;
function formatJson(report, toolVersion) {
  const counts = countFindings(report);
  return `${JSON.stringify(
    {
      tool: { name: "lint-lambda-image", version: toolVersion },
      reportVersion: REPORT_VERSION,
      targets: report.targets,
      errors: report.errors,
      summary: { errors: counts.error, warnings: counts.warning, infos: counts.info, inputs: report.targets.length }
    },
    null,
    2
  )}
`;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/lint-lambda-image/lint-lambda-image";
var SRCROOT = "%SRCROOT%";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var PROBLEM_SEVERITY = { error: "error", warning: "warning", info: "recommendation" };
function concernOf(code) {
  switch (code.charAt(2)) {
    case "0":
      return "syntax";
    case "1":
      return "runtime-contract";
    case "2":
      return "security";
    case "3":
      return "size";
    default:
      return "other";
  }
}
function firstSentence(text, max = 1024) {
  const m = /^([\s\S]+?[.!?])(?=\s|$)/.exec(text.trim());
  return clip(m ? m[1] : text.trim(), max);
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function fence(code, lang = "dockerfile") {
  const ticks = code.includes("```") ? "````" : "```";
  return `${ticks}${lang}
${code.replace(/\n$/, "")}
${ticks}`;
}
function exampleMarkdown(ex) {
  const parts = [fence(ex.dockerfile)];
  for (const [name, content] of Object.entries(ex.context ?? {})) parts.push(`\`${name}\`:

${fence(content, "")}`);
  return parts.join("\n\n");
}
function ruleDescriptor(rule) {
  const d = rule.docs;
  const concern = concernOf(rule.code);
  const tags = ["lambda", concern];
  if (rule.code.startsWith("LL2") && !tags.includes("security")) tags.push("security");
  const text = [
    `${rule.code} ${rule.name}`,
    "",
    d.what,
    "",
    `Why: ${d.why}`,
    "",
    "Example:",
    d.bad.dockerfile.trimEnd(),
    "",
    "Use instead:",
    d.good.dockerfile.trimEnd(),
    "",
    `Documentation: ${rule.docsUrl}`
  ].join("\n");
  const markdown = [
    `**${rule.code} ${rule.name}**: ${d.what}`,
    "",
    "### Why",
    d.why,
    "",
    "### Example",
    exampleMarkdown(d.bad),
    "",
    "### Use instead",
    exampleMarkdown(d.good),
    "",
    `[Documentation of ${rule.code}](${rule.docsUrl})`,
    ...d.references.length ? ["", "### References", ...d.references.map((r) => `- <${r}>`)] : []
  ].join("\n");
  const properties = {
    tags,
    precision: rule.code.startsWith("LL0") ? "very-high" : "high",
    "problem.severity": PROBLEM_SEVERITY[rule.severity]
  };
  if (rule.securitySeverity !== void 0) properties["security-severity"] = rule.securitySeverity.toFixed(1);
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: firstSentence(d.what) },
    fullDescription: { text: clip(d.what, 1024) },
    help: { text, markdown },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties
  };
}
function fallbackDescriptor(f) {
  return {
    id: f.code,
    name: f.name,
    shortDescription: { text: `${f.code} ${f.name}` },
    fullDescription: { text: `${f.code} ${f.name}` },
    help: { text: `See ${f.docsUrl}`, markdown: `[Documentation of ${f.code}](${f.docsUrl})` },
    helpUri: f.docsUrl,
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { tags: ["lambda", concernOf(f.code)], precision: "high" }
  };
}
function artifactLocation(file, cwd) {
  const rel = repoRelative(file, cwd);
  if (rel !== void 0) return { uri: encodeRelativeUri(rel), uriBaseId: SRCROOT };
  if (file === "-" || file === "") return { uri: "stdin" };
  return { uri: fileUri(file, cwd) };
}
function buildSarif(report, options) {
  const { cwd, toolVersion } = options;
  const descriptors = options.rules.map(ruleDescriptor);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const prints = fingerprints(report, cwd, options.read);
  const results = [];
  for (const t of report.targets) {
    for (const f of t.findings) {
      if (!index.has(f.code)) {
        index.set(f.code, descriptors.length);
        descriptors.push(fallbackDescriptor(f));
      }
      const physicalLocation = { artifactLocation: artifactLocation(f.location.file || t.file, cwd) };
      if (hasTextRegions(t) && f.source === "dockerfile") physicalLocation.region = region(f);
      const properties = { source: f.source, messageId: f.messageId };
      if (f.layer !== void 0) properties.layer = f.layer;
      results.push({
        ruleId: f.code,
        ruleIndex: index.get(f.code),
        level: LEVEL[f.severity],
        message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
        locations: [{ physicalLocation }],
        partialFingerprints: { [FINGERPRINT_KEY]: prints.get(f) },
        properties
      });
    }
  }
  const workingDirectory = dirUri(cwd);
  const notifications = report.errors.map((e) => ({
    level: "error",
    message: { text: `${displayPath(e.file, cwd)}: ${e.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, cwd) } }]
  }));
  const semver = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(toolVersion);
  const run2 = {
    tool: {
      driver: {
        name: "lint-lambda-image",
        version: toolVersion,
        ...semver ? { semanticVersion: toolVersion } : {},
        informationUri: INFORMATION_URI,
        rules: descriptors
      }
    },
    invocations: [
      {
        executionSuccessful: report.errors.length === 0,
        workingDirectory: { uri: workingDirectory },
        ...notifications.length ? { toolExecutionNotifications: notifications } : {}
      }
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: workingDirectory } },
    columnKind: "utf16CodeUnits",
    results
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run2] };
}
function region(f) {
  const { line, column, endLine, endColumn } = f.location;
  const startLine = Math.max(1, line);
  const startColumn = Math.max(1, column);
  const r = { startLine, startColumn };
  const eLine = Math.max(startLine, endLine);
  let eCol = Math.max(1, endColumn);
  if (eLine === startLine && eCol <= startColumn) eCol = startColumn + 1;
  r.endLine = eLine;
  r.endColumn = eCol;
  return r;
}
function formatSarif(report, options) {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}
`;
}

// src/report/stylish.ts
var LABEL = { error: "error", warning: "warning", info: "info" };
function formatStylish(report, chalk2, options = {}) {
  const out = [];
  const paint = { error: chalk2.red, warning: chalk2.yellow, info: chalk2.blue };
  for (const target of report.targets) {
    const findings = options.quiet ? target.findings.filter((f) => f.severity === "error") : target.findings;
    if (findings.length === 0 && (options.quiet || !target.estimates)) continue;
    out.push(chalk2.underline(target.file));
    if (findings.length === 0) out.push(`  ${chalk2.green("no problems")}`);
    const posWidth = Math.max(...findings.map((f) => `${f.location.line}:${f.location.column}`.length));
    for (const f of findings) {
      const pos = `${f.location.line}:${f.location.column}`.padEnd(posWidth);
      const sev = paint[f.severity](LABEL[f.severity].padEnd(7));
      const where = f.source === "dockerfile" ? "" : chalk2.dim(` [${f.source}${f.layer !== void 0 ? ` ${f.layer}` : ""}]`);
      out.push(`  ${chalk2.dim(pos)}  ${sev}  ${chalk2.bold(f.code)} ${chalk2.dim(f.name)}${where}`);
      const indent2 = " ".repeat(2 + posWidth + 2);
      out.push(`${indent2}${f.message}`);
      if (f.fix) out.push(`${indent2}${chalk2.green("fix:")} ${f.fix}`);
      out.push(`${indent2}${chalk2.dim(`docs: ${f.docsUrl}`)}`);
    }
    if (target.estimates && !options.quiet) out.push("", formatEstimateBlock(target.estimates, chalk2).replace(/\n+$/, ""));
    out.push("");
  }
  const c = countFindings(report);
  const total = options.quiet ? c.error : c.error + c.warning + c.info;
  const parts = [`${c.error} error${c.error === 1 ? "" : "s"}`];
  if (!options.quiet) parts.push(`${c.warning} warning${c.warning === 1 ? "" : "s"}`, `${c.info} info`);
  const inputs = `${report.targets.length} input${report.targets.length === 1 ? "" : "s"} linted`;
  const failedInputs = report.errors.length ? `, ${report.errors.length} could not be read` : "";
  if (total === 0) out.push(chalk2.green(`\u2714 No problems (${inputs}${failedInputs}).`));
  else {
    const mark = c.error ? chalk2.red.bold("\u2716") : chalk2.yellow.bold("\u26A0");
    out.push(`${mark} ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")}) in ${inputs}${failedInputs}.`);
  }
  return `${out.join("\n")}
`;
}

// src/report/formats.ts
var FORMATS = {
  stylish: (report, ctx) => formatStylish(report, ctx.chalk, { quiet: ctx.quiet }),
  json: (report, ctx) => formatJson(report, ctx.toolVersion),
  sarif: (report, ctx) => formatSarif(report, { toolVersion: ctx.toolVersion, cwd: ctx.cwd, rules: RULES, read: ctx.read }),
  github: (report, ctx) => formatGithub(report, { cwd: ctx.cwd }),
  checkstyle: (report, ctx) => formatCheckstyle(report, { cwd: ctx.cwd }),
  gitlab: (report, ctx) => formatGitlab(report, { cwd: ctx.cwd, read: ctx.read })
};

// src/cli/explain.ts
function listRules(rules, chalk2) {
  const w = Math.max(...rules.map((r) => r.name.length));
  const lines = rules.map((r) => `${chalk2.bold(r.code)}  ${r.name.padEnd(w)}  ${r.severity.padEnd(7)}  ${firstSentence2(r.docs.what)}`);
  return `${lines.join("\n")}
`;
}
function explainRule(rule, chalk2) {
  const out = [
    `${chalk2.bold(`${rule.code} ${rule.name}`)}  (${rule.severity}, since ${rule.since}${rule.sameAs?.length ? `, same as ${rule.sameAs.join(", ")}` : ""})`,
    "",
    chalk2.bold("What it does"),
    rule.docs.what,
    "",
    chalk2.bold("Why is this bad?"),
    rule.docs.why,
    "",
    chalk2.bold("Example"),
    indent(rule.docs.bad.dockerfile),
    chalk2.bold("Use instead"),
    indent(rule.docs.good.dockerfile),
    chalk2.bold("References"),
    ...rule.docs.references.map((r) => `  ${r}`),
    "",
    `Docs: ${rule.docsUrl}`,
    ""
  ];
  return out.join("\n");
}
function indent(s) {
  return `${s.trimEnd().split("\n").map((l) => `    ${l}`).join("\n")}
`;
}
function firstSentence2(s) {
  const m = /^(.+?[.!?])(\s|$)/.exec(s);
  return m ? m[1] : s;
}

// src/cli/inputs.ts
import { existsSync, openSync, readSync, closeSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { join } from "node:path";
var InputProblem = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
};
var MAX_DOCKERFILE = 4 * 1024 * 1024;
function looksLikeArchive(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return true;
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) return true;
  if (head.length >= 262 && head.toString("latin1", 257, 262) === "ustar") return true;
  return false;
}
async function readInput(input, io, stdinName) {
  if (input === "-") {
    const data = await io.readStdin();
    const name = stdinName ?? "<stdin>";
    if (looksLikeArchive(data.subarray(0, 512))) return { kind: "image-stdin", name, data };
    return { kind: "dockerfile", name, text: decodeDockerfile(name, data) };
  }
  let st;
  try {
    st = statSync(input);
  } catch (e) {
    const code = e.code;
    throw new InputProblem(input, code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  }
  if (st.isDirectory()) {
    if (existsSync(join(input, "oci-layout")) || existsSync(join(input, "index.json"))) return { kind: "image", name: input, path: input, layout: "oci-dir" };
    const hint = existsSync(join(input, "Dockerfile")) ? `; did you mean ${join(input, "Dockerfile")}?` : "";
    throw new InputProblem(input, `is a directory, not a Dockerfile or an OCI image layout${hint}`);
  }
  if (!st.isFile()) throw new InputProblem(input, "is not a regular file");
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fd = openSync(input, "r");
    try {
      n = readSync(fd, head, 0, 512, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = e.code;
    throw new InputProblem(input, code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  }
  if (looksLikeArchive(head.subarray(0, n))) return { kind: "image", name: input, path: input, layout: "archive" };
  if (st.size > MAX_DOCKERFILE) throw new InputProblem(input, `is ${st.size} bytes, too large for a Dockerfile and not an image archive`);
  return { kind: "dockerfile", name: input, text: decodeDockerfile(input, readFileSync2(input)) };
}
function decodeDockerfile(name, data) {
  if (data.length === 0 || data.toString("utf8").trim() === "") throw new InputProblem(name, "is empty; a Dockerfile needs at least a FROM instruction");
  if (data.includes(0)) throw new InputProblem(name, "is binary data (it contains NUL bytes), not a Dockerfile or a known image format");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    const at = firstInvalidUtf8(data);
    throw new InputProblem(name, `is not valid UTF-8 (first bad byte at offset ${at}); save the Dockerfile as UTF-8`);
  }
  return text.replace(/^\uFEFF/, "");
}
function firstInvalidUtf8(data) {
  const dec = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = data.length;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    try {
      dec.decode(data.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

// src/cli/main.ts
var HELP = `Usage: lint-lambda-image [options] <input>...

Lints AWS Lambda container images before deploy. An input is a Dockerfile,
a docker save archive, an OCI layout directory or OCI archive, or - (stdin).

Options:
  -f, --format <name>            stylish (default), json, sarif, github, checkstyle, gitlab
  -t, --failure-threshold <sev>  error (default), warning, info or none
      --ignore <rule>            turn a rule off (code or name; repeatable)
      --build-arg <K=V>          set a build argument (repeatable)
      --target <stage>           lint the image of this stage (as docker build --target)
      --context <dir>            build context (default: the Dockerfile's folder)
  -c, --config <file>            configuration file (default: .lint-lambda-image.yaml found upward)
      --print-config <file>      print the configuration that applies to a file, and exit
      --stdin-filename <name>    name to show for input read from stdin
  -q, --quiet                    show errors only
      --color / --no-color       force or disable colour (also NO_COLOR, FORCE_COLOR)
      --list-rules               list the rules and exit
  -v, --version                  print the version and exit
  -h, --help                     show this help and exit

Commands:
  explain <rule>                 show a rule's documentation (code or name)

Exit codes: 0 no findings at or above the threshold, 1 findings, 2 usage or input error.
Docs: https://github.com/lint-lambda-image/lint-lambda-image#readme
`;
var UsageError = class extends Error {
};
var THRESHOLDS = ["error", "warning", "info", "none"];
async function run(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        "failure-threshold": { type: "string", short: "t" },
        ignore: { type: "string", multiple: true },
        "build-arg": { type: "string", multiple: true },
        target: { type: "string" },
        context: { type: "string" },
        config: { type: "string", short: "c" },
        "print-config": { type: "string" },
        "stdin-filename": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "list-rules": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
        now: { type: "string" }
      }
    });
  } catch (e) {
    io.stderr(`lint-lambda-image: ${e.message.split("\n")[0]} (see --help)
`);
    return 2;
  }
  const { values, positionals } = parsed;
  const chalk2 = makeChalk(values, io);
  try {
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values.version) {
      io.stdout(`${package_default.version}
`);
      return 0;
    }
    if (values["list-rules"]) {
      io.stdout(listRules(RULES, chalk2));
      return 0;
    }
    if (positionals[0] === "explain") {
      const id = positionals[1];
      if (!id) throw new UsageError("explain needs a rule code or name, e.g. explain LL103");
      const rule = findRule(id);
      if (!rule) throw new UsageError(`unknown rule "${id}" (see --list-rules)`);
      io.stdout(explainRule(rule, chalk2));
      return 0;
    }
    const format = values.format ?? "stylish";
    if (!FORMATS[format]) throw new UsageError(`unknown format "${format}"; use one of ${Object.keys(FORMATS).join(", ")}`);
    const thresholdFlag = values["failure-threshold"];
    if (thresholdFlag !== void 0 && !THRESHOLDS.includes(thresholdFlag)) throw new UsageError(`--failure-threshold must be one of ${THRESHOLDS.join(", ")}`);
    const buildArgs = {};
    for (const kv of values["build-arg"] ?? []) {
      const eq = kv.indexOf("=");
      if (eq <= 0) throw new UsageError(`--build-arg needs KEY=VALUE, got "${kv}"`);
      buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
    for (const id of values.ignore ?? []) {
      for (const part of id.split(",")) if (!findRule(part.trim())) throw new UsageError(`--ignore: unknown rule "${part.trim()}" (see --list-rules)`);
    }
    const ignore = (values.ignore ?? []).flatMap((s) => s.split(",").map((x) => x.trim()));
    const now = values.now ? new Date(values.now) : void 0;
    if (values["print-config"] !== void 0) {
      const file = values["print-config"];
      const configPath = values.config ?? findConfig(file);
      const config = configPath ? await loadConfig(configPath, RULES) : {};
      io.stdout(`${JSON.stringify({ file: configPath ?? null, config: effective(config, buildArgs, ignore, thresholdFlag) }, null, 2)}
`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("no input given; pass a Dockerfile, an image archive or - (see --help)");
    const report = { targets: [], errors: [] };
    let failed = false;
    for (const input of positionals) {
      try {
        const configPath = values.config ?? (input === "-" ? findConfig(process.cwd()) : findConfig(input));
        const config = configPath ? await loadConfig(configPath, RULES) : {};
        const threshold = thresholdFlag ?? config["failure-threshold"] ?? "error";
        const loaded = await readInput(input, io, values["stdin-filename"]);
        let target;
        if (loaded.kind === "dockerfile") {
          const result = await lintDockerfile(loaded.text, {
            file: loaded.name,
            contextDir: values.context ?? (input === "-" ? null : void 0),
            buildArgs,
            target: values.target,
            config,
            ignore,
            now
          });
          target = { file: loaded.name, kind: "dockerfile", findings: result.findings, estimates: safeEstimates(() => estimatesForDockerfile(result.model, result.context)) };
        } else {
          throw new InputProblem(loaded.name, "looks like an image archive; image linting is not available in this build");
        }
        report.targets.push(target);
        if (target.findings.some((f) => atLeast(f.severity, threshold))) failed = true;
      } catch (e) {
        if (e instanceof InputProblem || e instanceof ConfigError) {
          const err = e instanceof InputProblem ? { file: e.file, message: e.detail } : { file: e.file, message: e.message.slice(e.file.length + 2) };
          report.errors.push(err);
          io.stderr(`${chalk2.red("lint-lambda-image:")} ${err.file}: ${err.message}
`);
        } else throw e;
      }
    }
    if (format !== "stylish" || report.targets.length > 0) {
      io.stdout(FORMATS[format](report, { chalk: chalk2, toolVersion: package_default.version, quiet: values.quiet, cwd: process.cwd() }));
    }
    if (report.errors.length > 0) return 2;
    return failed ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`lint-lambda-image: ${e.message}
`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.stderr(`lint-lambda-image: ${e.message}
`);
      return 2;
    }
    const err = e;
    io.stderr(`lint-lambda-image: internal error: ${err.message}${io.env.LINT_LAMBDA_IMAGE_DEBUG ? `
${err.stack}` : " (set LINT_LAMBDA_IMAGE_DEBUG=1 for details)"}
`);
    return 2;
  }
}
function safeEstimates(make) {
  try {
    return make();
  } catch {
    return null;
  }
}
function effective(config, buildArgs, ignore, threshold) {
  return {
    ...config,
    ignore: [...config.ignore ?? [], ...ignore],
    "failure-threshold": threshold ?? config["failure-threshold"] ?? "error",
    "build-args": { ...config["build-args"] ?? {}, ...buildArgs }
  };
}
function makeChalk(values, io) {
  let level;
  if (values["no-color"]) level = 0;
  else if (values.color) level = 1;
  else if (io.env.NO_COLOR) level = 0;
  else if (io.env.FORCE_COLOR !== void 0) level = io.env.FORCE_COLOR === "0" || io.env.FORCE_COLOR === "false" ? 0 : 1;
  else level = io.isTTY && io.env.TERM !== "dumb" ? 1 : 0;
  return new Chalk({ level });
}
var isMain = process.argv[1] !== void 0 && !process.env.VITEST;
if (isMain) {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks = [];
      for await (const c of process.stdin) chunks.push(c);
      return Buffer.concat(chunks);
    },
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env
  });
  process.exitCode = code;
}
export {
  run
};

import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  sniffDeploy
} from "./chunk-D775ZDKU.js";
import {
  ContextCache,
  RULES,
  estimatesForDockerfile,
  formatEstimateBlock,
  formatEstimateLine,
  formatMB,
  judgesAsLambda,
  lintDockerfileSync,
  reportEstimates
} from "./chunk-435VUIJB.js";
import {
  ConfigError,
  atLeast,
  defuseWorkflowLine,
  findConfig,
  hasInstruction,
  inputLine,
  loadConfig,
  mapStrings,
  pathWithin,
  redactDeep,
  safeText
} from "./chunk-OOC7D3CD.js";
import {
  initShell,
  shellParserMissed,
  shellReady
} from "./chunk-VXECP6A4.js";
import {
  statInput
} from "./chunk-GE4CN7KY.js";
import {
  DeployConfigError
} from "./chunk-WXDG642Z.js";
import {
  attachStack,
  unexpectedProblem
} from "./chunk-UWHL6UHF.js";
import {
  LIMITS,
  formatLimit
} from "./chunk-AUYTHOBX.js";

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
    "dist/api.js",
    "dist/cli.js",
    "dist/cli.cjs",
    "dist/chunks",
    "dist/wasm",
    "dist/types/src",
    "dist/types/rules",
    "dist/THIRD-PARTY-NOTICES.txt",
    "schema",
    "docs/rules",
    "README.md",
    "CHANGELOG.md",
    "LICENSE"
  ],
  engines: {
    node: "^20.19.0 || ^22.13.0 || >=24"
  },
  scripts: {
    build: "node scripts/build.mjs",
    "build:types": "tsc -p tsconfig.types.json",
    typecheck: "tsc -p tsconfig.json --noEmit",
    gen: "node scripts/build.mjs && node dist/gen-docs.js",
    test: "npm run build && tsc -p tsconfig.json && vitest run --project fast --project fast-isolated",
    "test:slow": "npm run build && vitest run --project slow",
    prepublishOnly: "npm run build && npm run build:types",
    bench: "npm run build && node bench/dockerfile.mjs",
    "fixtures:images": "bash fixtures/images/build.sh fixtures/images/out"
  },
  devDependencies: {
    "@balena/dockerignore": "1.0.2",
    "@cdktf/hcl2json": "0.21.0",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@octokit/rest": "22.0.1",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    "@types/sarif": "2.1.7",
    "@types/semver": "7.8.0",
    "@types/tar-stream": "3.1.5",
    ajv: "8.20.0",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    "aws-cdk-lib": "2.276.0",
    chalk: "5.6.2",
    constructs: "10.8.1",
    "dockerfile-ast": "0.7.1",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    "fast-xml-parser": "5.12.1",
    fzstd: "0.1.1",
    ignore: "7.0.17",
    picomatch: "4.0.7",
    semver: "7.8.6",
    "tar-stream": "3.2.2",
    tinyglobby: "0.2.17",
    "tree-sitter-bash": "0.25.1",
    typescript: "5.9.3",
    vitest: "4.1.12",
    "web-tree-sitter": "0.25.10",
    yaml: "2.9.1"
  },
  exports: {
    ".": {
      types: "./dist/types/src/api.d.ts",
      default: "./dist/api.js"
    },
    "./package.json": "./package.json"
  },
  overrides: {
    "@octokit/request": "10.0.14"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/lint-lambda-image/lint-lambda-image.git"
  },
  homepage: "https://github.com/lint-lambda-image/lint-lambda-image#readme",
  bugs: {
    url: "https://github.com/lint-lambda-image/lint-lambda-image/issues"
  },
  keywords: [
    "aws",
    "lambda",
    "docker",
    "dockerfile",
    "container",
    "linter",
    "oci"
  ],
  types: "./dist/types/src/api.d.ts"
};

// src/linter/inputs.ts
import { existsSync, openSync, readSync, closeSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
var InputProblem = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
};
var MAX_DOCKERFILE = LIMITS.maxDockerfileBytes;
var tooLarge = (size) => `is ${size}, larger than ${formatLimit(MAX_DOCKERFILE)} (the limit for a Dockerfile), and not an image archive; not linted`;
function looksLikeArchive(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return true;
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) return true;
  if (head.length >= 262 && head.toString("latin1", 257, 262) === "ustar") return true;
  return false;
}
function sniffBuffer(data, name) {
  if (looksLikeArchive(data.subarray(0, 512))) return { kind: "image-stdin", name, data };
  if (data.length > MAX_DOCKERFILE) throw new InputProblem(name, tooLarge(`${data.length} bytes`));
  return { kind: "dockerfile", name, text: decodeDockerfile(name, data) };
}
async function sniffStream(src, name) {
  const it = src[Symbol.asyncIterator]();
  const chunks = [];
  let n = 0;
  let done = false;
  while (n < 512) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = Buffer.from(r.value);
    chunks.push(b);
    n += b.length;
  }
  const head = Buffer.concat(chunks);
  if (looksLikeArchive(head.subarray(0, 512))) {
    const rest = async function* () {
      yield head;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.from(r.value);
    };
    return { kind: "image-stdin", name, data: Readable.from(rest(), { objectMode: false }) };
  }
  while (!done) {
    const r = await it.next();
    if (r.done) break;
    const b = Buffer.from(r.value);
    n += b.length;
    if (n > MAX_DOCKERFILE) {
      await it.return?.();
      throw new InputProblem(name, tooLarge(`more than ${formatLimit(MAX_DOCKERFILE)}`));
    }
    chunks.push(b);
  }
  return { kind: "dockerfile", name, text: decodeDockerfile(name, Buffer.concat(chunks)) };
}
function readDockerfileText(input, path) {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new InputProblem(input, `cannot read the --dockerfile (${e.code ?? "error"})`);
  }
  if (!st.isFile()) throw new InputProblem(input, "the --dockerfile is not a regular file; not read");
  if (st.size > MAX_DOCKERFILE) throw new InputProblem(input, `the --dockerfile ${tooLarge(`${st.size} bytes`).replace(", and not an image archive", "")}`);
  return decodeDockerfile(input, readFileSync(path));
}
function readInput(input, cwd = process.cwd(), as) {
  const path = resolve(cwd, input);
  let st;
  try {
    st = statInput(path);
  } catch (e) {
    const code = e.code;
    throw new InputProblem(input, code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  }
  if (st.isDirectory()) {
    if (existsSync(join(path, "oci-layout")) || existsSync(join(path, "index.json"))) return { kind: "image", name: input, path, layout: "oci-dir" };
    const hint = existsSync(join(path, "Dockerfile")) ? `; did you mean ${join(input, "Dockerfile")}?` : "";
    throw new InputProblem(input, `is a directory, not a Dockerfile or an OCI image layout${hint}`);
  }
  if (!st.isFile()) throw new InputProblem(input, "is not a regular file");
  if (as === "image") return { kind: "image", name: input, path, layout: "archive" };
  const unreadable = (e) => {
    const code = e.code;
    return new InputProblem(input, code === "EACCES" ? "permission denied" : `cannot read (${code ?? "error"})`);
  };
  if (st.size <= MAX_DOCKERFILE) {
    let data;
    try {
      data = readFileSync(path);
    } catch (e) {
      throw unreadable(e);
    }
    if (looksLikeArchive(data.subarray(0, 512))) return { kind: "image", name: input, path, layout: "archive" };
    return { kind: "dockerfile", name: input, path, text: decodeDockerfile(input, data) };
  }
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fd = openSync(path, "r");
    try {
      n = readSync(fd, head, 0, 512, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw unreadable(e);
  }
  if (looksLikeArchive(head.subarray(0, n))) return { kind: "image", name: input, path, layout: "archive" };
  throw new InputProblem(input, tooLarge(`${st.size} bytes`));
}
function decodeDockerfile(name, data) {
  if (data.length === 0) throw new InputProblem(name, "is empty (0 bytes): neither a Dockerfile nor an image archive");
  if (data.toString("utf8").trim() === "") throw new InputProblem(name, "is empty (only blank space); a Dockerfile needs at least a FROM instruction");
  if (data.includes(0)) throw new InputProblem(name, "is binary data (it contains NUL bytes), not a Dockerfile or a known image format");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    const at = firstInvalidUtf8(data);
    throw new InputProblem(name, `is not valid UTF-8 (first bad byte at offset ${at}); save the Dockerfile as UTF-8`);
  }
  text = text.replace(/^\uFEFF/, "");
  if (!hasInstruction(text)) throw new InputProblem(name, "does not look like a Dockerfile: none of its lines starts with an instruction (FROM, RUN, COPY ...)");
  return text;
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

// src/linter/index.ts
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname as dirname2, isAbsolute as isAbsolute2, resolve as resolve4 } from "node:path";
import { Readable as Readable2 } from "node:stream";

// src/report/locate.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";
import { pathToFileURL } from "node:url";
var crypto;
var sha256 = (text) => (crypto ??= createRequire(import.meta.url)("node:crypto")).createHash("sha256").update(text).digest("hex");
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
        text = file === "-" ? void 0 : readFileSync2(resolve2(cwd, file), "utf8");
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
  const texts = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file);
  };
  for (const t of report.targets) {
    for (const f of t.findings) {
      const path = displayPath(f.location.file || t.file, cwd);
      const basis = (pointsIntoText(f, t) ? normalisedSource(textOf(f.location.file), f) : void 0) ?? `message:${f.message}`;
      const hash = sha256(`${f.code}\0${path}\0${basis}`).slice(0, 32);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      out.set(f, `${hash}:${n}`);
    }
  }
  return out;
}
function pointsIntoText(f, t) {
  if (f.source === "dockerfile" || f.source === "build-context") return true;
  return t.kind === "image" && f.source !== "image-history" && f.location.file !== t.file;
}
function relatedText(f, cwd) {
  return (f.related ?? []).map((r) => `${r.message} at ${displayPath(r.file, cwd)}:${r.line}`).join("; ");
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
      const also = relatedText(f, options.cwd);
      const text = `${f.message}${f.fix ? ` Fix: ${f.fix}` : ""}${also ? ` See also: ${also}.` : ""}`;
      const pos = pointsIntoText(f, t) ? ` line="${f.location.line}" column="${f.location.column}"` : ' line="1"';
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
      const text = pointsIntoText(f, t);
      const props = { file, title: `${f.code} ${f.name}` };
      if (text) {
        props.line = f.location.line;
        props.endLine = f.location.endLine;
        if (f.location.line === f.location.endLine) {
          props.col = f.location.column;
          props.endColumn = Math.max(f.location.column, f.location.endColumn - 1);
        }
      }
      const also = relatedText(f, options.cwd);
      const body = [f.message, f.fix ? `Fix: ${f.fix}` : void 0, also ? `See also: ${also}` : void 0, `Docs: ${f.docsUrl}`].filter(Boolean).join("\n");
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
      const text = pointsIntoText(f, t);
      const also = relatedText(f, options.cwd);
      issues.push({
        description: `${f.code} ${f.message}${f.fix ? ` Fix: ${f.fix}` : ""}${also ? ` See also: ${also}.` : ""}`,
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
      ...report.unchecked?.length ? { unchecked: report.unchecked } : {},
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
      if (pointsIntoText(f, t)) physicalLocation.region = region(f);
      const properties = { source: f.source, messageId: f.messageId };
      if (f.layer !== void 0) properties.layer = f.layer;
      if (f.function) properties.function = f.function;
      const relatedLocations = (f.related ?? []).map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: artifactLocation(r.file, cwd), region: region({ ...f, location: r }) },
        message: { text: r.message }
      }));
      results.push({
        ruleId: f.code,
        ruleIndex: index.get(f.code),
        level: LEVEL[f.severity],
        message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
        locations: [{ physicalLocation }],
        ...relatedLocations.length ? { relatedLocations } : {},
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
  for (const t of report.targets) {
    for (const s of t.skipped ?? []) {
      const ruleIndex = index.get(s.code);
      notifications.push({
        level: "note",
        message: { text: `${displayPath(t.file, cwd)}: rule ${s.code} (${s.name}) skipped: ${s.reason}` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(t.file, cwd) } }],
        associatedRule: { id: s.code, ...ruleIndex !== void 0 ? { index: ruleIndex } : {} },
        properties: { skipped: true }
      });
    }
  }
  for (const u of report.unchecked ?? []) {
    const line = /^line (\d+): /.exec(u.message);
    notifications.push({
      level: "note",
      message: { text: `${displayPath(u.file, cwd)}: not checked: ${u.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(u.file, cwd), ...line ? { region: { startLine: Number(line[1]) } } : {} } }],
      properties: { unchecked: true }
    });
  }
  const semver = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(toolVersion);
  const run = {
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
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
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
function formatStylish(input, chalk2, options = {}) {
  const estimates = options.quiet ? "none" : options.estimates ?? "full";
  const report = printedStrings(input, options.text ?? safeText, estimates === "full");
  const out = [];
  const paint = { error: chalk2.red, warning: chalk2.yellow, info: chalk2.blue };
  const hidden = { error: 0, warning: 0, info: 0 };
  const shown = { error: 0, warning: 0, info: 0 };
  report.targets.forEach((target, i) => {
    const threshold = options.thresholds?.[i] ?? "error";
    const findings = options.quiet ? target.findings.filter((f) => f.severity === "error" || atLeast(f.severity, threshold)) : target.findings;
    for (const f of target.findings) (findings.includes(f) ? shown : hidden)[f.severity]++;
    const est = target.estimates && estimates !== "none" ? target.estimates : null;
    const skipped = options.quiet ? [] : target.skipped ?? [];
    if (findings.length === 0 && !est && skipped.length === 0) return;
    const fn = target.function;
    out.push(fn ? `${chalk2.underline(`${fn.template.file}:${fn.template.line}`)} ${chalk2.bold(fn.id)}${fn.dockerfile ? ` ${chalk2.dim("\u2192")} ${chalk2.underline(fn.dockerfile)}` : ""}` : chalk2.underline(target.file));
    if (findings.length === 0) out.push(`  ${chalk2.green("no problems")}`);
    const posOf = (f) => `${f.location.line}:${f.location.column}`;
    const posWidth = Math.max(...findings.map((f) => posOf(f).length));
    for (const f of findings) {
      const pos = posOf(f).padEnd(posWidth);
      const sev = paint[f.severity](LABEL[f.severity].padEnd(7));
      const where = f.source === "dockerfile" ? "" : chalk2.dim(` [${f.source}${f.layer !== void 0 ? ` ${f.layer + 1}` : ""}]`);
      const inFile = f.location.file !== target.file ? chalk2.dim(` in ${chalk2.underline(f.location.file)}`) : "";
      out.push(`  ${chalk2.dim(pos)}  ${sev}  ${chalk2.bold(f.code)} ${chalk2.dim(f.name)}${where}${inFile}`);
      const indent = " ".repeat(2 + posWidth + 2);
      out.push(`${indent}${f.message}`);
      if (f.fix) out.push(`${indent}${chalk2.green("fix:")} ${f.fix}`);
      out.push(`${indent}${chalk2.dim(`docs: ${f.docsUrl}`)}`);
    }
    for (const s of skipped) out.push(`  ${chalk2.dim(`skipped ${s.code} ${s.name}: ${s.reason}`)}`);
    if (target.image && estimates === "full") out.push("", formatImageBlock(target.image, chalk2));
    if (est && estimates === "full") out.push("", formatEstimateBlock(est, chalk2).replace(/\n+$/, ""));
    if (est && estimates === "compact") out.push(formatEstimateLine(est, chalk2));
    out.push("");
  });
  const unchecked = options.quiet ? [] : report.unchecked ?? [];
  for (const u of unchecked) out.push(`${chalk2.blue("\u2139")} ${chalk2.underline(u.file)}: not checked: ${u.message}`);
  if (unchecked.length) out.push("");
  const c = shown;
  const total = c.error + c.warning + c.info;
  const parts = [`${c.error} error${c.error === 1 ? "" : "s"}`];
  if (!options.quiet || c.warning) parts.push(`${c.warning} warning${c.warning === 1 ? "" : "s"}`);
  if (!options.quiet || c.info) parts.push(`${c.info} info`);
  const inputs = inputsLinted(report.targets);
  const failedInputs = (report.errors.length ? `, ${report.errors.length} could not be read` : "") + (unchecked.length ? `; ${unchecked.length} note${unchecked.length === 1 ? "" : "s"} on what was not checked` : "");
  const hiddenParts = [hidden.warning ? `${hidden.warning} warning${hidden.warning === 1 ? "" : "s"}` : "", hidden.info ? `${hidden.info} info` : ""].filter(Boolean);
  const hiddenNote = hiddenParts.length ? `; ${hiddenParts.join(" and ")} hidden by --quiet` : "";
  const failed = report.errors.length;
  if (total === 0 && failed) out.push(`${chalk2.red.bold("\u2716")} ${failed} input${failed === 1 ? "" : "s"} could not be read (${failed === 1 ? "its error is" : "their errors are"} on stderr); no ${hiddenNote ? "errors" : "problems"} in ${inputs.replace(/^(\d+) /, "the $1 ")}${failedInputs.replace(/^, \d+ could not be read/, "")}${hiddenNote}.`);
  else if (total === 0) out.push(chalk2.green(`\u2714 No ${hiddenNote ? "errors" : "problems"} (${inputs}${failedInputs}${hiddenNote}).`));
  else {
    const mark = c.error ? chalk2.red.bold("\u2716") : chalk2.yellow.bold("\u26A0");
    out.push(`${mark} ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")}) in ${inputs}${failedInputs}${hiddenNote}.`);
  }
  return `${out.join("\n").split("\n").map(defuseWorkflowLine).join("\n")}
`;
}
function inputsLinted(targets) {
  const settingsOnly = targets.filter((t) => t.kind === "function" && !t.function?.dockerfile).length;
  const full = targets.length - settingsOnly;
  const parts = [];
  if (full || !settingsOnly) parts.push(`${full} input${full === 1 ? "" : "s"} linted`);
  if (settingsOnly) parts.push(`${settingsOnly} function${settingsOnly === 1 ? "" : "s"} linted for deploy settings only`);
  return parts.join(", ");
}
function printedStrings(input, fn, estimatesText) {
  const memo = /* @__PURE__ */ new Map();
  const str = (s) => {
    let r = memo.get(s);
    if (r === void 0) memo.set(s, r = fn(s));
    return r;
  };
  return {
    ...input,
    targets: input.targets.map((t) => ({
      ...t,
      file: str(t.file),
      ...t.function ? { function: mapStrings(t.function, str) } : {},
      findings: t.findings.map((f) => ({
        ...f,
        code: str(f.code),
        name: str(f.name),
        message: str(f.message),
        ...f.fix !== void 0 ? { fix: str(f.fix) } : {},
        docsUrl: str(f.docsUrl),
        source: str(f.source),
        location: { ...f.location, file: str(f.location.file) }
      })),
      ...t.skipped ? { skipped: mapStrings(t.skipped, str) } : {},
      ...t.image ? { image: mapStrings(t.image, str) } : {},
      estimates: estimatesText && t.estimates ? mapStrings(t.estimates, str) : t.estimates
    })),
    ...input.unchecked ? { unchecked: mapStrings(input.unchecked, str) } : {}
  };
}
var mb = formatMB;
var IMAGE_LAYERS_SHOWN = 8;
var LARGEST_SHOWN = 10;
var FORMAT_NAME = {
  "docker-archive": "docker save archive",
  "docker-oci-archive": "docker save archive (OCI layout)",
  "oci-archive": "OCI archive",
  "oci-dir": "OCI layout directory"
};
function madeBy(createdBy) {
  const what = (createdBy ?? "").replace(/\s+/g, " ").replace(/^RUN \|\d+(?: \S+=\S*)* /, "RUN ").replace(/^(RUN )?\/bin\/sh -c #\(nop\) +/, "").replace(/^(RUN )?\/bin\/sh -c /, "RUN ").replace(/ # buildkit$/, "").replace(/\b(file|dir|multi):([0-9a-f]{12})[0-9a-f]{20,}/g, "$1:$2\u2026").trim();
  if (!what) return "(no history)";
  return what.length > 72 ? `${what.slice(0, 71)}\u2026` : what;
}
function formatImageBlock(image, chalk2) {
  const i = image;
  const layers = i.layers ?? [];
  const what = [i.ref, FORMAT_NAME[i.format ?? ""] ?? i.format ?? "image", i.platform || "unknown platform"].filter(Boolean).join(", ");
  const lines = [`  ${chalk2.bold("Image:")} ${what}`];
  if (i.index) {
    const att = i.index.attestations ? ` and ${i.index.attestations} attestation${i.index.attestations === 1 ? "" : "s"}` : "";
    lines.push(`    picked ${i.platform || "one platform"} from an index of ${i.index.platforms.length} platform${i.index.platforms.length === 1 ? "" : "s"}${att} (${i.index.platforms.join(", ")})`);
  }
  const totals = [`${mb(i.uncompressedBytes ?? 0)} uncompressed`, `${mb(i.compressedBytes ?? 0)} compressed`, `${layers.length} layer${layers.length === 1 ? "" : "s"}`];
  if (i.files !== void 0) totals.push(`${i.files} file${i.files === 1 ? "" : "s"}`);
  lines.push(`    ${totals.join(", ")}`);
  if (i.wastedBytes) lines.push(`    ${chalk2.yellow(mb(i.wastedBytes))} deleted or overwritten by later layers (still shipped)`);
  for (const w of i.warnings ?? []) lines.push(`    ${chalk2.yellow("note:")} ${w}`);
  if (layers.length) {
    const compressions = new Set(layers.map((l) => l.compression));
    const mixed = compressions.size > 1;
    const shown = layers.length <= IMAGE_LAYERS_SHOWN ? layers : [...layers].sort((a, b) => b.uncompressedBytes - a.uncompressedBytes || a.index - b.index).slice(0, IMAGE_LAYERS_SHOWN).sort((a, b) => a.index - b.index);
    const hidden = layers.filter((l) => !shown.includes(l));
    const only = [...compressions][0];
    const kind = mixed ? "" : `; ${only === "none" ? "stored uncompressed" : `${only} blobs`}`;
    lines.push(`    Layers, bottom to top (${hidden.length ? `the ${shown.length} largest of ${layers.length}` : "sizes uncompressed"}${kind}):`);
    const idxWidth = String(layers[layers.length - 1].index + 1).length;
    const sizeWidth = Math.max(...shown.map((l) => mb(l.uncompressedBytes).length));
    for (const l of shown) {
      const comp = mixed ? `  ${l.compression.padEnd(4)}` : "";
      lines.push(`      layer ${String(l.index + 1).padStart(idxWidth)}  ${mb(l.uncompressedBytes).padStart(sizeWidth)}${comp}  ${chalk2.dim(madeBy(l.createdBy))}`);
    }
    if (hidden.length) {
      const bytes = hidden.reduce((a, l) => a + l.uncompressedBytes, 0);
      lines.push(`      \u2026 ${hidden.length} smaller layer${hidden.length === 1 ? "" : "s"} not shown (${mb(bytes)} in all; --format json lists every layer)`);
    }
  }
  const largest = (i.largest ?? []).slice(0, LARGEST_SHOWN);
  if (largest.length) {
    lines.push("    Largest files:");
    const sizeWidth = Math.max(...largest.map((p) => mb(p.bytes).length));
    for (const p of largest) lines.push(`      ${mb(p.bytes).padStart(sizeWidth)}  ${p.path}  ${chalk2.dim(`(layer ${p.layer + 1})`)}`);
  }
  return lines.join("\n");
}

// src/report/formats.ts
var FORMATS = {
  stylish: (report, ctx) => formatStylish(report, ctx.chalk, { quiet: ctx.quiet, thresholds: ctx.thresholds, estimates: ctx.estimates, text: ctx.text }),
  json: (report, ctx) => formatJson(report, ctx.toolVersion),
  sarif: (report, ctx) => formatSarif(report, { toolVersion: ctx.toolVersion, cwd: ctx.cwd, rules: RULES, read: ctx.read }),
  github: (report, ctx) => formatGithub(report, { cwd: ctx.cwd }),
  checkstyle: (report, ctx) => formatCheckstyle(report, { cwd: ctx.cwd }),
  gitlab: (report, ctx) => formatGitlab(report, { cwd: ctx.cwd, read: ctx.read })
};

// src/linter/report-dedupe.ts
import { readdirSync, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { dirname, join as join2, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
function pairCdkSources(report, cwd) {
  const assets = report.targets.filter((t) => t.function?.kind === "cdk" && t.function.dockerfile);
  if (assets.length === 0) return;
  const dropped = /* @__PURE__ */ new Set();
  for (const fn of assets) {
    const asset = resolve3(cwd, fn.function.dockerfile);
    const source = report.targets.find((t) => t.kind === "dockerfile" && sameAsset(resolve3(cwd, t.file), asset));
    if (!source) continue;
    dropped.add(source);
    const shown = source.file;
    fn.file = shown;
    fn.function.dockerfile = shown;
    fn.function.context = dirname(shown);
    for (const f of fn.findings) if (resolve3(cwd, f.location.file) === asset) f.location = { ...f.location, file: shown };
  }
  if (dropped.size) report.targets = report.targets.filter((t) => !dropped.has(t));
}
function sameAsset(dockerfile, assetDockerfile) {
  if (dockerfile === assetDockerfile) return false;
  try {
    if (!readFileSync3(dockerfile).equals(readFileSync3(assetDockerfile))) return false;
    const from = dirname(assetDockerfile);
    const to = dirname(dockerfile);
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const there = statSync2(join2(to, entry.name), { throwIfNoEntry: false });
      if (!there || there.isDirectory() !== entry.isDirectory()) return false;
      if (entry.isFile() && there.size !== statSync2(join2(from, entry.name)).size) return false;
    }
    return true;
  } catch {
    return false;
  }
}
function dedupeSharedDockerfiles(report, cwd) {
  const seen = /* @__PURE__ */ new Set();
  for (const t of report.targets) {
    const dockerfile = t.function?.dockerfile;
    if (!dockerfile) continue;
    const df = resolve3(cwd, dockerfile);
    t.findings = t.findings.filter((f) => {
      const file = resolve3(cwd, f.location.file);
      if (file !== df && !file.startsWith(`${dirname(df)}${sep2}`)) return true;
      const key = `${df}|${relative2(cwd, file)}|${f.code}|${f.messageId}|${f.location.line}:${f.location.column}|${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}
function dedupeErrors(report, cwd) {
  const seen = /* @__PURE__ */ new Set();
  report.errors = report.errors.filter((e) => {
    const key = `${resolve3(cwd, e.file)}
${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/linter/index.ts
function ruleErrorEntry(file, e) {
  return { file, message: `internal error in rule ${e.code} (${e.name}): ${e.message}; the other rules' findings are kept` };
}
var Linter = class {
  cwd;
  version = package_default.version;
  options;
  thresholds = /* @__PURE__ */ new WeakMap();
  ruleErrors = /* @__PURE__ */ new WeakMap();
  /** Folder -> the configuration file that applies there (null: none), found once per Linter (as ESLint caches its lookups). */
  configFiles = /* @__PURE__ */ new Map();
  /** Configuration file -> its validated content, read once per Linter. */
  configs = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    const c = options.concurrency;
    if (c !== void 0 && c !== "auto" && c !== "off" && !(Number.isInteger(c) && c >= 1)) throw new TypeError(`concurrency must be a whole number of threads (1 or more), "auto" or "off"; got ${String(c)}`);
    this.options = options;
    this.cwd = resolve4(options.cwd ?? process.cwd());
  }
  /** The configuration file that applies to a file (null: none) and the effective configuration, flags included. */
  async configFor(filePath) {
    return this.single(filePath ?? this.cwd, async () => {
      const c = this.options.config;
      if (c && typeof c === "object") return { file: null, config: this.effective(c) };
      const file = typeof c === "string" ? c : findConfig(filePath ? this.at(filePath) : this.cwd, this.configFiles) ?? null;
      return { file, config: this.effective(file ? await this.load(file) : {}) };
    });
  }
  /**
   * Lints a Dockerfile's text: one target report. Throws LintInputError (file, detail) for a configuration
   * that cannot be used. A rule that fails is left out of the findings and named by errorsOf(target).
   */
  async lintText(text, options = {}) {
    return this.single(options.filePath ?? "Dockerfile", () => this.dockerfileTarget(text, options).then((r) => this.keep(r)));
  }
  /**
   * Lints an image: a docker save or OCI archive or an OCI layout folder (path), or an archive's bytes or
   * stream. Throws LintInputError (file, detail) for an input that is not a readable image.
   */
  async lintImage(source, options = {}) {
    return this.single(options.filePath ?? (typeof source === "string" ? source : "<stdin>"), () => this.imageTarget(source, options).then((r) => this.keep(r)));
  }
  /** The rules that failed on a target of lintText or lintImage (internal errors; lintFiles lists them in `errors`). */
  errorsOf(target) {
    return this.ruleErrors.get(target) ?? [];
  }
  /**
   * Lints files (Dockerfiles and images, told apart by their content; `-` is standard input). An input that
   * cannot be linted is one entry of `errors`, naming it; the other inputs are still linted. With many
   * Dockerfiles, worker threads lint a share of them (the `concurrency` option); the report is the same.
   */
  async lintFiles(paths, options = {}) {
    const contexts = new ContextCache();
    if (loadsShellEarly(paths.length) && !shellReady()) initShell().catch(() => void 0);
    const parts = await this.lintShared(paths, options, contexts) ?? [];
    const report = { targets: [], errors: [] };
    for (let i = 0; i < paths.length; i++) {
      const part = parts[i] ?? await this.lintInput(paths[i], options, contexts);
      report.targets.push(...part.targets);
      report.errors.push(...part.errors);
      if (part.unchecked?.length) (report.unchecked ??= []).push(...part.unchecked);
    }
    dedupeErrors(report, this.cwd);
    dedupeDeployReads(report, this.cwd);
    const built = new Set(report.targets.flatMap((t) => t.function?.dockerfile ? [resolve4(this.cwd, t.function.dockerfile)] : []));
    if (built.size) report.targets = report.targets.filter((t) => t.kind !== "dockerfile" || !built.has(resolve4(this.cwd, t.file)));
    if (built.size) {
      pairCdkSources(report, this.cwd);
      dedupeSharedDockerfiles(report, this.cwd);
    }
    return report;
  }
  /**
   * One input of lintFiles: its targets (thresholds kept) and errors. With `dockerfilesOnly` (a worker thread's
   * share), an input that turns out not to be a Dockerfile read from a file is not linted: undefined.
   * @internal
   */
  async lintInput(path, options, contexts, dockerfilesOnly = false) {
    const part = { targets: [], errors: [] };
    try {
      const deploy = path !== "-" && options.as !== "image" ? sniffDeploy(this.at(path)) : void 0;
      if (deploy) {
        if (dockerfilesOnly) return void 0;
        await this.deployTargets(path, deploy, part);
        return part;
      }
      const loaded = await this.load_(path, options);
      if (dockerfilesOnly && (loaded.kind !== "dockerfile" || !loaded.path)) return void 0;
      const { target, ruleErrors } = loaded.kind === "dockerfile" ? (
        // Standard input has no folder: no build context unless one is given.
        await this.dockerfileTarget(loaded.text, { filePath: loaded.name, contextDir: options.contextDir !== void 0 ? options.contextDir : loaded.path ? void 0 : null }, contexts)
      ) : await this.imageInput(loaded, options);
      part.targets.push(target);
      for (const e of ruleErrors) part.errors.push(ruleErrorEntry(target.file, e));
    } catch (e) {
      part.errors.push(inputError(e, path === "-" ? options.stdinFilename ?? "<stdin>" : path));
    }
    return part;
  }
  /**
   * The Dockerfiles of a run linted by this thread and worker threads together (src/linter/parallel.ts), each
   * input's part at its index; undefined when the run is linted here alone (few Dockerfiles, one core,
   * concurrency off, rules given as code, or no built worker entry: the sources run under a test runner).
   */
  async lintShared(paths, options, contexts) {
    const { concurrency = "off", rules } = this.options;
    if (concurrency === "off" || concurrency === 1 || rules !== void 0 || options.as === "image") return void 0;
    if (workerCount(concurrency, paths.length) < 1) return void 0;
    const shared = [];
    for (let i = 0; i < paths.length; i++) if (paths[i] !== "-" && !sniffDeploy(this.at(paths[i]))) shared.push(i);
    const workers = workerCount(concurrency, shared.length);
    if (workers < 1) return void 0;
    const { lintTogether } = await import("./parallel-3CYV72TP.js");
    return lintTogether({
      paths,
      shared,
      workers,
      linterOptions: { ...this.options, cwd: this.cwd, concurrency: "off" },
      contextDir: options.contextDir,
      lintHere: async (i) => await this.lintInput(paths[i], options, contexts),
      adopt: (target, threshold) => this.thresholds.set(target, threshold)
    });
  }
  /**
   * Whether the configuration that applies to a file leaves it out (`exclude`: globs relative to the
   * configuration file's folder; with a configuration object, relative to the Linter's cwd).
   */
  async isExcluded(filePath) {
    const { file, config } = await this.configFor(filePath);
    if (!config.exclude?.length) return false;
    const { excludeMatcher } = await import("./discover-GQXNREQN.js");
    return excludeMatcher(config.exclude, file ? dirname2(resolve4(this.cwd, file)) : this.cwd)(resolve4(this.cwd, filePath));
  }
  /** The failure threshold that applies to a target of this Linter. */
  thresholdOf(target) {
    return this.thresholds.get(target) ?? this.options.failureThreshold ?? "error";
  }
  /** A report's exit status: 2 when an input could not be linted, 1 for findings at or above a target's threshold, else 0. */
  exitCode(report) {
    if (report.errors.length > 0) return 2;
    return report.targets.some((t) => this.fails(t)) ? 1 : 0;
  }
  /** Whether a target has findings at or above the failure threshold that applies to it. */
  fails(target) {
    const threshold = this.thresholdOf(target);
    return target.findings.some((f) => atLeast(f.severity, threshold));
  }
  /** An output format by name: stylish, json, sarif, github, checkstyle, gitlab. Throws for an unknown name. */
  loadFormatter(name) {
    const format = FORMATS[name];
    if (!format) throw new Error(`unknown format "${name}"; use one of ${Object.keys(FORMATS).join(", ")}`);
    return (report, o = {}) => {
      const thresholds = report.targets.map((t) => this.thresholdOf(t));
      const ctx = { chalk: new Chalk({ level: o.color ? 1 : 0 }), toolVersion: this.version, quiet: o.quiet, cwd: o.cwd ?? this.cwd, thresholds, estimates: o.estimates };
      if (name !== "stylish") return format(redactDeep(report), ctx);
      return format(report, { ...ctx, text: inputLine });
    };
  }
  /** The names of the output formats. */
  static formats() {
    return Object.keys(FORMATS);
  }
  keep({ target, ruleErrors }) {
    if (ruleErrors.length) this.ruleErrors.set(target, ruleErrors.map((e) => ruleErrorEntry(target.file, e)));
    return target;
  }
  /** Runs one lint for a single-input method: a configuration problem becomes a LintInputError. */
  async single(file, lint) {
    try {
      return await lint();
    } catch (e) {
      if (e instanceof ConfigError) throw new InputProblem(e.file, inputError(e, file).message);
      throw e;
    }
  }
  /** A path as the user gave it, made to work from the Linter's cwd (unchanged when cwd is the process's). */
  at(path) {
    return isAbsolute2(path) || this.cwd === process.cwd() ? path : resolve4(this.cwd, path);
  }
  effective(config) {
    const o = this.options;
    return {
      ...config,
      ...o.lambda !== void 0 ? { lambda: o.lambda } : {},
      ignore: [...config.ignore ?? [], ...o.ignore ?? []],
      "failure-threshold": o.failureThreshold ?? config["failure-threshold"] ?? "error",
      "build-args": { ...config["build-args"] ?? {}, ...o.buildArgs ?? {} }
    };
  }
  /** Loads a configuration file; errors name the file as it was given. */
  async load(file) {
    try {
      return await loadConfig(resolve4(this.cwd, file), this.options.rules ?? RULES, this.configs);
    } catch (e) {
      if (e instanceof ConfigError && e.file !== file) throw new ConfigError(file, e.message.slice(e.file.length + 2));
      throw e;
    }
  }
  async load_(path, options) {
    if (path !== "-") return readInput(path, this.cwd, options.as);
    if (options.stdin) return sniffStream(options.stdin(), options.stdinFilename ?? "<stdin>");
    if (!options.readStdin) throw new InputProblem("-", "standard input is not available here");
    return sniffBuffer(Buffer.from(await options.readStdin()), options.stdinFilename ?? "<stdin>");
  }
  async dockerfileTarget(text, options, contexts) {
    const { config } = await this.configFor(options.filePath);
    const file = options.filePath ?? "Dockerfile";
    const contextDir = options.contextDir === void 0 ? options.filePath ? dirname2(this.at(options.filePath)) : null : options.contextDir === null ? null : this.at(options.contextDir);
    const lintOptions = { file, contextDir, contextGiven: typeof options.contextDir === "string", target: this.options.target, config, now: this.options.now, rules: this.options.rules ?? RULES, registry: RULES, contexts };
    const { result, estimates } = await lintLazily(text, lintOptions);
    const target = { file, kind: "dockerfile", findings: result.findings, ...result.skipped.length ? { skipped: result.skipped } : {}, estimates };
    this.thresholds.set(target, config["failure-threshold"] ?? "error");
    return { target, ruleErrors: result.ruleErrors };
  }
  /**
   * A deploy configuration (SAM or CloudFormation template, CDK cloud assembly, Terraform): one target per image
   * function, each its Dockerfile linted as the function runs it; a function that cannot be linted (its Dockerfile
   * is missing) is one error line, and the others are still linted.
   */
  async deployTargets(path, kind, report) {
    const { config } = await this.configFor(path);
    const [{ readDeploy }, { deployErrors, lintFunction }] = await Promise.all([import("./deploy-YW636XYM.js"), import("./lint-NAYTNYXC.js")]);
    const deploy = await readDeploy(this.at(path), kind);
    const readText = (file) => {
      const loaded = readInput(file, this.cwd);
      if (loaded.kind !== "dockerfile") throw new InputProblem(file, "is an image archive, not the Dockerfile the configuration names");
      return loaded.text;
    };
    for (const fn of deploy.functions) {
      const outside = this.options.confineTo !== void 0 ? [fn.context, fn.dockerfile].find((p) => p && !insideFolder(p.value, this.options.confineTo, this.cwd)) : void 0;
      if (outside) {
        report.errors.push({ file: outside.at.file, message: `line ${outside.at.line}: ${fn.id}: ${outside.value} is outside ${this.options.confineTo}; not read` });
        continue;
      }
      try {
        const { target, ruleErrors } = await lintFunction(fn, { config, now: this.options.now, rules: this.options.rules, buildArgs: this.options.buildArgs, readText });
        this.thresholds.set(target, config["failure-threshold"] ?? "error");
        READ_THROUGH.set(target, resolve4(this.at(path)));
        report.targets.push(target);
        for (const e of ruleErrors) report.errors.push(ruleErrorEntry(target.file, e));
      } catch (e) {
        report.errors.push(inputError(e, fn.dockerfile?.value ?? fn.templateFile));
      }
    }
    report.errors.push(...deployErrors(deploy));
    if (deploy.unchecked.length) (report.unchecked ??= []).push(...deploy.unchecked.map((u) => ({ file: u.at.file, message: `line ${u.at.line}: ${u.message}` })));
  }
  async imageInput(loaded, options) {
    const onProgress = options.onProgress;
    try {
      return await this.imageTarget(loaded.kind === "image" ? loaded.path : loaded.data, { ...options, filePath: loaded.name, onProgress: onProgress && ((p) => onProgress(loaded.name, p)) });
    } finally {
      onProgress?.(loaded.name, null);
    }
  }
  async imageTarget(source, options) {
    const file = options.filePath ?? (typeof source === "string" ? source : "<stdin>");
    const { config } = await this.configFor(typeof source === "string" ? source : void 0);
    let dockerfile;
    if (options.dockerfile) {
      dockerfile = { file: options.dockerfile, text: readDockerfileText(options.dockerfile, this.at(options.dockerfile)) };
    }
    const input = typeof source === "string" ? this.at(source) : source instanceof Uint8Array ? Buffer.from(source.buffer, source.byteOffset, source.byteLength) : Readable2.from(source);
    const contextDir = options.contextDir === void 0 || options.contextDir === null ? options.contextDir : this.at(options.contextDir);
    const { lintImageTarget, imageProblem } = await import("./image-target-5UZRYQGR.js");
    try {
      const result = await lintImageTarget(input, { file, dockerfile, context: contextDir, image: options.image, platform: options.platform, buildArgs: {}, target: this.options.target, config, ignore: [], now: this.options.now, rules: this.options.rules ?? RULES, onProgress: options.onProgress });
      this.thresholds.set(result.target, config["failure-threshold"] ?? "error");
      return result;
    } catch (e) {
      const problem = imageProblem(e, file);
      if (problem !== void 0) throw new InputProblem(file, problem);
      throw e;
    }
  }
};
async function lintLazily(text, options) {
  if (shellReady()) return lintWithEstimates(text, options);
  shellParserMissed();
  try {
    const lint = lintWithEstimates(text, options);
    if (!shellParserMissed()) return lint;
  } catch (e) {
    if (!shellParserMissed()) throw e;
  }
  await initShell();
  return lintWithEstimates(text, options);
}
function lintWithEstimates(text, options) {
  const result = lintDockerfileSync(text, options);
  const config = options.config ?? {};
  const estimates = safely(() => reportEstimates(estimatesForDockerfile(result.model, result.context), judgesAsLambda(result.model, result.context, config.lambda, "dockerfile"), config.lambda));
  return { result, estimates };
}
var EARLY_SHELL_INPUTS = 50;
function loadsShellEarly(inputs) {
  return inputs >= EARLY_SHELL_INPUTS;
}
var AUTO_FILES_PER_THREAD = 500;
function workerCount(concurrency, shared) {
  if (concurrency !== "auto") return Math.max(0, Math.min(concurrency - 1, shared - 1));
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(shared / AUTO_FILES_PER_THREAD)));
}
var READ_THROUGH = /* @__PURE__ */ new WeakMap();
function dedupeDeployReads(report, cwd) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of report.targets) {
    if (!t.function) continue;
    const key = `${resolve4(cwd, t.function.template.file)}:${t.function.template.line}`;
    groups.set(key, [...groups.get(key) ?? [], t]);
  }
  const dropped = /* @__PURE__ */ new Set();
  for (const group of groups.values()) {
    group.forEach((t, i) => {
      const id = t.function.id;
      if (group.some((u, j) => j < i && u.function.id === id && READ_THROUGH.get(u) === READ_THROUGH.get(t) || u.function.id.endsWith(`.${id}`))) dropped.add(t);
    });
  }
  if (dropped.size) report.targets = report.targets.filter((t) => !dropped.has(t));
  if (!report.unchecked?.length) return;
  const droppedReads = new Set([...dropped].map((t) => `${dirname2(resolve4(cwd, t.function.template.file))}|${t.function.id}`));
  if (droppedReads.size) {
    report.unchecked = report.unchecked.filter((u) => {
      const address = /^line \d+: ([^\s:]+):/.exec(u.message)?.[1];
      return !address || !droppedReads.has(`${dirname2(resolve4(cwd, u.file))}|${address}`);
    });
  }
  const notes = /* @__PURE__ */ new Map();
  for (const u of report.unchecked) {
    const key = `${resolve4(cwd, u.file)}:${/^line \d+/.exec(u.message)?.[0] ?? u.message}`;
    const kept = notes.get(key);
    if (!kept || u.message.length > kept.message.length) notes.set(key, u);
  }
  report.unchecked = report.unchecked.filter((u) => notes.get(`${resolve4(cwd, u.file)}:${/^line \d+/.exec(u.message)?.[0] ?? u.message}`) === u);
}
function inputError(e, file) {
  if (e instanceof InputProblem || e instanceof DeployConfigError) return { file: e.file, message: e.detail };
  if (e instanceof ConfigError) return { file: e.file, message: e.message.slice(e.file.length + 2) };
  return attachStack({ file, message: unexpectedProblem(e, process.env) }, e);
}
function safely(make) {
  try {
    return make();
  } catch {
    return null;
  }
}
function insideFolder(path, folder, cwd) {
  const real = (p) => {
    try {
      return realpathSync(resolve4(cwd, p));
    } catch {
      return resolve4(cwd, p);
    }
  };
  return pathWithin(real(path), real(folder));
}

export {
  Chalk,
  package_default,
  InputProblem,
  Linter
};

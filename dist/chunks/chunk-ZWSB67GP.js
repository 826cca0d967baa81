import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  ARM64_PRICE_CUT,
  AWS_BASE_CONFIG,
  BOOTSTRAP_PATHS,
  BUILD_ARTIFACT_MB,
  BUILD_ARTIFACT_SOURCE,
  COMPILERS,
  DEPENDENCY_DIRS,
  DOTNET_RIC_DLL,
  GENERIC_IMPORT,
  GENERIC_IMPORT_CAP,
  GENERIC_PACKAGE_MB,
  GENERIC_PACKAGE_SOURCE,
  IMPORT_COST,
  JAVA_RIC_JAR,
  JAVA_RIC_MAIN,
  MissingFact,
  PER_OWN_MB,
  PIP_NAME_NORMALISE,
  RICS,
  RIE_BINARIES,
  RUNTIME_START,
  SEVERITY_RANK,
  SNAPSTART_NOTE_AWS_BASE,
  SNAPSTART_NOTE_OTHER_BASE,
  WEB_ADAPTER,
  baseImageSize,
  classifyLaunch,
  expand,
  formatBytes,
  formatMs,
  functionDefined,
  globToRegExp,
  hubRepository,
  imageContract,
  installs,
  interpolate,
  lambdaNamedRepository,
  managerCommands,
  memoOn,
  msRange,
  normalizePath,
  optionsOf,
  packageByKey,
  packageByName,
  parseDockerfile,
  pathWithin,
  placedAt,
  redactText,
  ricById,
  rules,
  sizeRange,
  stageLineage
} from "./chunk-JJ6KDY4L.js";
import {
  commandName,
  initShell
} from "./chunk-7JK6MZ6Q.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7KY5IGMZ.js";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports2, module) {
    "use strict";
    var path = __require("path");
    var factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = true
      } = {}) {
        this._rules = [];
        this._ignorecase = ignorecase;
        this[KEY_IGNORE] = true;
        this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        this._added = false;
        if (typeof pattern === "string") {
          pattern = pattern.split(/\r?\n/g);
        }
        make_array(pattern).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (this._checkPattern(pattern)) {
          const rule = this._createRule(pattern.trim());
          if (rule !== null) {
            this._added = true;
            this._rules.push(rule);
          }
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern === "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path2) => this._filter(path2));
      }
      createFilter() {
        return (path2) => this._filter(path2);
      }
      ignores(path2) {
        return !this._filter(path2);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        const origin = pattern;
        let negative = false;
        if (pattern[0] === "!") {
          negative = true;
          pattern = pattern.substring(1).trim();
        }
        if (pattern.length > 0) {
          pattern = cleanPath(pattern);
          pattern = toSlash(pattern);
          if (pattern.length > 1 && pattern[0] === "/") {
            pattern = pattern.slice(1);
          }
        }
        if (negative) {
          pattern = "!" + pattern;
        }
        pattern = pattern.trim();
        if (pattern === "") {
          return null;
        }
        pattern = cleanPath(pattern);
        if (pattern[0] === "!") {
          if (pattern.length === 1) {
            return null;
          }
          negative = true;
          pattern = pattern.substring(1);
        } else {
          negative = false;
        }
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path2) {
        if (!path2) {
          return false;
        }
        if (path2 in this._cache) {
          return this._cache[path2];
        }
        return this._cache[path2] = this._test(path2);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath(path.dirname(file));
        const parentPathDirs = parentPath.split(path.sep);
        let matched = false;
        this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".") {
            if (rule.dirs.includes("**")) {
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
              }
            } else if (rule.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
            }
          }
          if (match) {
            matched = !rule.negative;
          }
        });
        return !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule) {
        return this._compile(rule).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule) {
        if (rule.regexp) {
          return rule;
        }
        let regStr = "^";
        let escapedSlash = path.sep === "\\" ? "\\\\" : path.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          const ch = rule.pattern[i];
          if (ch === "*") {
            if (rule.pattern[i + 1] === "*") {
              i++;
              if (rule.pattern[i + 1] === path.sep) {
                i++;
              }
              if (rule.pattern[i + 1] === void 0) {
                regStr += ".*";
              } else {
                regStr += `(.*${escapedSlash})?`;
              }
            } else {
              regStr += `[^${escapedSlash}]*`;
            }
          } else if (ch === "?") {
            regStr += `[^${escapedSlash}]`;
          } else if (ch === "." || ch === "$") {
            regStr += `\\${ch}`;
          } else if (ch === "\\") {
            if (path.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            if (rule.pattern[i + 1] !== void 0) {
              regStr += "\\" + rule.pattern[i + 1];
              i++;
            } else {
              regStr += "\\";
            }
          } else {
            regStr += ch;
          }
        }
        regStr += "$";
        rule.regexp = new RegExp(regStr, this._ignorecase ? "i" : "");
        return rule;
      }
    };
  }
});

// src/estimate/cold-start.ts
var center = (r) => (r[0] + r[1]) / 2;
var formatMB = formatBytes;
var RUNTIME_CUT = {
  python: "fixed cost of the Python runtime; only provisioned concurrency removes it",
  nodejs: "fixed cost of the Node.js runtime; bundle and minify your code (esbuild) so less JavaScript is parsed; provisioned concurrency removes it",
  java: 'load fewer classes at init (no reflection-heavy frameworks), try JAVA_TOOL_OPTIONS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1", SnapStart (published versions; see the note) or provisioned concurrency',
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
  if (input.runtime === "java") notes.push(input.awsBase ? SNAPSTART_NOTE_AWS_BASE : SNAPSTART_NOTE_OTHER_BASE);
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

// src/estimate/image.ts
function family(f) {
  switch (f) {
    case "python":
    case "nodejs":
    case "java":
    case "dotnet":
    case "ruby":
    case "native":
      return f;
    case "node":
      return "nodejs";
    case "provided":
    case "go":
    case "rust":
      return "native";
    default:
      return "unknown";
  }
}
function packageKey(name) {
  if (name === "torch-cpu" || name === "torch") return name;
  return (packageByKey(name) ?? packageByName("pip", name) ?? packageByName("npm", name))?.key;
}
function estimateImageSize(facts) {
  const base = Math.min(facts.baseLayerBytes ?? 0, facts.uncompressedBytes);
  const own = facts.uncompressedBytes - base;
  const runtime = family(facts.runtimeFamily);
  const packages = [...new Set((facts.packages ?? []).map(packageKey).filter((k) => !!k))].filter((k) => packageByKey(k)?.ecosystem !== "os");
  const contributions = facts.layers.map((l, i) => {
    const inBase = facts.baseLayerBytes !== void 0 && i < countBaseLayers(facts);
    return { kind: "layer", what: `layer ${i + 1}${l.createdBy ? `: ${redactText(l.createdBy.replace(/\s+/g, " ")).slice(0, 100)}` : ""} (${l.digest.slice(0, 19)})`, low: l.size, high: l.size, source: "image", ...inBase ? { base: true } : {} };
  });
  return {
    low: facts.uncompressedBytes,
    high: facts.uncompressedBytes,
    baseShare: { low: base, high: base },
    ownBytes: { low: own, high: own },
    contributions,
    unknown: [],
    exact: true,
    compressed: facts.compressedBytes,
    base: base > 0 ? { image: facts.baseImage ?? "AWS base image", aws: true } : facts.baseImage ? { image: facts.baseImage, aws: false } : void 0,
    runtime,
    packages,
    otherPackages: 0
  };
}
function countBaseLayers(facts) {
  let n = 0;
  let sum = 0;
  for (const l of facts.layers) {
    if (sum >= (facts.baseLayerBytes ?? 0)) break;
    sum += l.size;
    n++;
  }
  return n;
}
function estimateImage(facts) {
  const size = estimateImageSize(facts);
  const input = coldStartInputOf(size);
  input.awsBase = (facts.baseLayerBytes ?? 0) > 0;
  return { size, coldStart: estimateColdStart(input) };
}

// src/estimate/size.ts
import { posix as posix2 } from "node:path";

// src/estimate/java.ts
import { posix } from "node:path";

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str2) {
    if (typeof str2 !== "string" || str2.length === 0) return str2;
    if (str2.indexOf("&") === -1) return str2;
    const original = str2;
    const chunks = [];
    const len = str2.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str2.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str2.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str2.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str2.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str2.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str2.slice(last));
    const result = chunks.length === 0 ? str2 : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str2, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str2);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str2) {
  if (typeof str2 !== "string") return str2;
  const len = str2.length;
  if (len === 0) return str2;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str2.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str2.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str2;
  const chars = [];
  if (firstHit > 0) chars.push(str2.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str2.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str2[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str2[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str2.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str2[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str2[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str2, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str2 || typeof str2 !== "string") return str2;
  let trimmedStr = str2.trim();
  if (trimmedStr.length === 0) return str2;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str2;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str2;
    return handleInfinity(str2, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str2, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str2;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str2;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str2;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str2;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str2;
        }
      }
    } else {
      return str2;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str2, trimmedStr, options) {
  if (!options.eNotation) return str2;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str2;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str2;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str2;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str2 = numStr.trim();
  if (base === 2 || base === 8) numStr = str2.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str2, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str2;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list2 of context) {
        if (!Array.isArray(list2) || list2.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list2) {
  if (!list2.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list2) {
  const label = list2.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list2);
  for (const rule of list2) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list2 of lists) {
    if (matchList(value, list2) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str2, i, errMsg) {
  const closingIndex = xmlData.indexOf(str2, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str2.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj2) {
  const keys = Object.keys(obj2);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj2, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj2[atrrName] = [attrMap[atrrName]];
      } else {
        obj2[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj2, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj2).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj2[textNodeName] || typeof obj2[textNodeName] === "boolean" || obj2[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/knowledge/java-artifacts.ts
var CENTRAL = "https://repo1.maven.org/maven2/";
var at = (group, artifact) => `${CENTRAL}${group.replace(/\./g, "/")}/${artifact}/`;
var measured = (group, artifact, what) => `measured: ${what} (${at(group, artifact)})`;
var listed = (group, artifact, what) => `listed: ${what} (${at(group, artifact)})`;
var SDK2_CORE = "(aws-sdk-v2-core)";
var SDK2_HTTP = ["software.amazon.awssdk:apache-client", "software.amazon.awssdk:netty-nio-client"];
var SDK2_SERVICE = [SDK2_CORE, ...SDK2_HTTP];
var SDK1_CORE = "com.amazonaws:aws-java-sdk-core";
var SDK2_SOURCE = (artifact, what) => listed("software.amazon.awssdk", artifact, what);
var JAVA_ARTIFACTS = [
  // AWS Lambda libraries (https://github.com/aws/aws-lambda-java-libs)
  { id: "com.amazonaws:aws-lambda-java-core", label: "aws-lambda-java-core", mb: [7e-3, 0.012], source: listed("com.amazonaws", "aws-lambda-java-core", "1.4.0 jar 10 KB; 1.2.x ~8 KB") },
  { id: "com.amazonaws:aws-lambda-java-events", label: "aws-lambda-java-events", mb: [0.35, 0.8], pulls: ["joda-time:joda-time"], source: listed("com.amazonaws", "aws-lambda-java-events", "3.11.1 jar 410 KB; 3.x adds event types release by release; compile dependency joda-time") },
  { id: "com.amazonaws:aws-lambda-java-serialization", label: "aws-lambda-java-serialization (shaded Jackson, Gson, org.json)", mb: [1, 4], pulls: ["com.amazonaws:aws-lambda-java-core"], source: listed("com.amazonaws", "aws-lambda-java-serialization", "1.x jar, which shades its JSON libraries") },
  { id: "com.amazonaws:aws-lambda-java-log4j2", label: "aws-lambda-java-log4j2", mb: [0.01, 0.03], pulls: ["com.amazonaws:aws-lambda-java-core", "org.apache.logging.log4j:log4j-core", "org.apache.logging.log4j:log4j-api"], source: listed("com.amazonaws", "aws-lambda-java-log4j2", "1.x jar; compile dependencies log4j-core and log4j-api") },
  { id: "com.amazonaws:aws-lambda-java-runtime-interface-client", label: "aws-lambda-java-runtime-interface-client (native libraries for several platforms)", mb: [0.3, 2], pulls: ["com.amazonaws:aws-lambda-java-core", "com.amazonaws:aws-lambda-java-serialization"], source: listed("com.amazonaws", "aws-lambda-java-runtime-interface-client", "2.x jar with its JNI libraries") },
  { id: "joda-time:joda-time", label: "joda-time", mb: [0.57, 0.65], source: measured("joda-time", "joda-time", "2.1 jar 570,478 bytes; 2.10.x ~640 KB listed") },
  // AWS SDK for Java 2.x (https://github.com/aws/aws-sdk-java-v2): service clients and their common runtime
  { id: SDK2_CORE, label: "AWS SDK v2 runtime (sdk-core, regions, auth, protocols ...)", mb: [3.2, 5.5], source: `sum: the jars of the runtime every service client depends on, listed under ${CENTRAL}software/amazon/awssdk/ for 2.2x-2.3x (protocol-core 43 KB, aws-json-protocol ~110 KB, json-utils 29 KB; sdk-core and regions ~1 MB each)` },
  { id: "software.amazon.awssdk:apache-client", label: "AWS SDK v2 apache-client", mb: [0.08, 0.15], pulls: ["org.apache.httpcomponents:httpclient", "org.apache.httpcomponents:httpcore", "commons-codec:commons-codec", "commons-logging:commons-logging"], source: SDK2_SOURCE("apache-client", "2.x jar ~100 KB") },
  { id: "software.amazon.awssdk:netty-nio-client", label: "AWS SDK v2 netty-nio-client", mb: [0.25, 0.3], pulls: ["(netty-http)", "org.reactivestreams:reactive-streams", "org.slf4j:slf4j-api"], source: SDK2_SOURCE("netty-nio-client", "2.38.7 jar 285 KB, 2.16.51 257 KB") },
  { id: "software.amazon.awssdk:url-connection-client", label: "AWS SDK v2 url-connection-client", mb: [0.02, 0.05], source: SDK2_SOURCE("url-connection-client", "2.x jar") },
  { id: "software.amazon.awssdk:aws-crt-client", label: "AWS SDK v2 aws-crt-client", mb: [0.1, 0.25], pulls: ["software.amazon.awssdk.crt:aws-crt"], source: SDK2_SOURCE("aws-crt-client", "2.x jar") },
  { id: "software.amazon.awssdk.crt:aws-crt", label: "aws-crt (native libraries for every platform)", mb: [10, 25], source: listed("software.amazon.awssdk.crt", "aws-crt", "0.2x-0.3x jar with the CRT native libraries of all platforms") },
  { id: "software.amazon.awssdk:s3", label: "AWS SDK v2 s3", mb: [3, 5], pulls: [...SDK2_SERVICE, "software.amazon.awssdk:(s3-extras)"], source: SDK2_SOURCE("s3", "2.2x-2.3x jar 3-4.5 MB") },
  { id: "software.amazon.awssdk:(s3-extras)", label: "AWS SDK v2 s3 extras (arns, crt-core, checksums, aws-xml-protocol)", mb: [0.15, 0.4], source: SDK2_SOURCE("arns", "arns, crt-core, checksums and aws-xml-protocol jars, each under 200 KB") },
  { id: "software.amazon.awssdk:dynamodb", label: "AWS SDK v2 dynamodb", mb: [1.8, 3.5], pulls: SDK2_SERVICE, source: SDK2_SOURCE("dynamodb", "2.13.31 jar 1.8 MB; later releases add operations") },
  { id: "software.amazon.awssdk:dynamodb-enhanced", label: "AWS SDK v2 dynamodb-enhanced", mb: [0.45, 0.8], pulls: ["software.amazon.awssdk:dynamodb"], source: SDK2_SOURCE("dynamodb-enhanced", "2.36.2 jar 701 KB, 2.10.89 458 KB") },
  { id: "software.amazon.awssdk:sqs", label: "AWS SDK v2 sqs", mb: [0.5, 1.3], pulls: SDK2_SERVICE, source: SDK2_SOURCE("sqs", "2.x jar") },
  { id: "software.amazon.awssdk:sns", label: "AWS SDK v2 sns", mb: [0.4, 1.1], pulls: SDK2_SERVICE, source: SDK2_SOURCE("sns", "2.x jar") },
  { id: "software.amazon.awssdk:lambda", label: "AWS SDK v2 lambda", mb: [0.8, 1.8], pulls: SDK2_SERVICE, source: SDK2_SOURCE("lambda", "2.x jar") },
  { id: "software.amazon.awssdk:secretsmanager", label: "AWS SDK v2 secretsmanager", mb: [0.2, 0.6], pulls: SDK2_SERVICE, source: SDK2_SOURCE("secretsmanager", "2.x jar") },
  { id: "software.amazon.awssdk:ssm", label: "AWS SDK v2 ssm", mb: [1.5, 3.5], pulls: SDK2_SERVICE, source: SDK2_SOURCE("ssm", "2.x jar") },
  { id: "software.amazon.awssdk:kinesis", label: "AWS SDK v2 kinesis", mb: [0.6, 1.4], pulls: SDK2_SERVICE, source: SDK2_SOURCE("kinesis", "2.x jar") },
  { id: "software.amazon.awssdk:eventbridge", label: "AWS SDK v2 eventbridge", mb: [0.4, 1.2], pulls: SDK2_SERVICE, source: SDK2_SOURCE("eventbridge", "2.x jar") },
  { id: "software.amazon.awssdk:sts", label: "AWS SDK v2 sts", mb: [0.2, 0.5], pulls: SDK2_SERVICE, source: SDK2_SOURCE("sts", "2.x jar") },
  { id: "software.amazon.awssdk:*", label: "AWS SDK v2 service client", mb: [0.1, 4], pulls: SDK2_SERVICE, source: SDK2_SOURCE("", "service client jars range from ~100 KB to ~4 MB (eks 2.14.16 658 KB, sso 2.10.50 134 KB)") },
  // AWS SDK for Java 1.x (maintenance mode): each service module pulls the v1 core
  { id: SDK1_CORE, label: "AWS SDK v1 core (+ httpclient, jackson-databind, jackson-dataformat-cbor, joda-time, jmespath)", mb: [1, 1.4], pulls: ["org.apache.httpcomponents:httpclient", "org.apache.httpcomponents:httpcore", "commons-codec:commons-codec", "commons-logging:commons-logging", "com.fasterxml.jackson.core:jackson-databind", "joda-time:joda-time", "(aws-sdk-v1-extras)"], source: listed("com.amazonaws", "aws-java-sdk-core", "1.12.x jar") },
  { id: "(aws-sdk-v1-extras)", label: "AWS SDK v1 jmespath-java + jackson-dataformat-cbor", mb: [0.08, 0.15], source: listed("com.amazonaws", "jmespath-java", "1.12.x jars") },
  { id: "com.amazonaws:aws-java-sdk", label: "AWS SDK v1 bundle (every service module)", mb: [200, 450], pulls: [SDK1_CORE], source: `assumption: the sum of every aws-java-sdk-* module (${at("com.amazonaws", "aws-java-sdk")}): hundreds of service jars` },
  { id: "com.amazonaws:aws-java-sdk-*", label: "AWS SDK v1 service module", mb: [0.1, 6], pulls: [SDK1_CORE], source: listed("com.amazonaws", "aws-java-sdk-s3", "1.12.x service jars, from ~100 KB to ~6 MB (ec2)") },
  // JSON, logging, utilities
  { id: "com.fasterxml.jackson.core:jackson-databind", label: "jackson-databind", mb: [1.5, 1.8], pulls: ["com.fasterxml.jackson.core:jackson-core", "com.fasterxml.jackson.core:jackson-annotations"], source: measured("com.fasterxml.jackson.core", "jackson-databind", "2.22.3 jar 1,709,604 bytes, 2.21.0 1,701,513") },
  { id: "com.fasterxml.jackson.core:jackson-core", label: "jackson-core", mb: [0.45, 0.62], source: measured("com.fasterxml.jackson.core", "jackson-core", "2.22.3 jar 594,776 bytes") },
  { id: "com.fasterxml.jackson.core:jackson-annotations", label: "jackson-annotations", mb: [0.07, 0.09], source: measured("com.fasterxml.jackson.core", "jackson-annotations", "2.22 jar 84,211 bytes") },
  { id: "com.fasterxml.jackson.datatype:jackson-datatype-jsr310", label: "jackson-datatype-jsr310", mb: [0.12, 0.14], pulls: ["com.fasterxml.jackson.core:jackson-databind"], source: measured("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", "2.17.1 jar 132,263 bytes") },
  { id: "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml", label: "jackson-dataformat-yaml (+ snakeyaml)", mb: [0.05, 0.07], pulls: ["com.fasterxml.jackson.core:jackson-databind", "org.yaml:snakeyaml"], source: listed("com.fasterxml.jackson.dataformat", "jackson-dataformat-yaml", "2.17.x jar") },
  { id: "com.fasterxml.jackson.*:*", label: "Jackson module", mb: [0.01, 0.5], pulls: ["com.fasterxml.jackson.core:jackson-databind"], source: listed("com.fasterxml.jackson.module", "jackson-module-parameter-names", "Jackson datatype/module jars, 10-500 KB") },
  { id: "com.google.code.gson:gson", label: "gson", mb: [0.28, 0.3], source: measured("com.google.code.gson", "gson", "2.13.2 jar 289,901 bytes") },
  { id: "org.json:json", label: "org.json", mb: [0.07, 0.08], source: listed("org.json", "json", "2024x jar ~75 KB") },
  { id: "org.slf4j:slf4j-api", label: "slf4j-api", mb: [0.04, 0.075], source: measured("org.slf4j", "slf4j-api", "2.0.18 jar 69,982 bytes") },
  { id: "org.slf4j:slf4j-simple", label: "slf4j-simple", mb: [0.015, 0.017], pulls: ["org.slf4j:slf4j-api"], source: measured("org.slf4j", "slf4j-simple", "2.0.20 jar 15,705 bytes") },
  { id: "ch.qos.logback:logback-classic", label: "logback-classic (+ logback-core)", mb: [0.7, 1], pulls: ["org.slf4j:slf4j-api"], source: listed("ch.qos.logback", "logback-classic", "1.5.x jar ~300 KB plus logback-core ~600 KB") },
  { id: "org.apache.logging.log4j:log4j-core", label: "log4j-core", mb: [1.3, 2], pulls: ["org.apache.logging.log4j:log4j-api"], source: listed("org.apache.logging.log4j", "log4j-core", "2.8.2 jar 1,375 KB; 2.2x ~1.8 MB") },
  { id: "org.apache.logging.log4j:log4j-api", label: "log4j-api", mb: [0.22, 0.36], source: listed("org.apache.logging.log4j", "log4j-api", "2.8.2 jar 223 KB; 2.2x ~340 KB") },
  { id: "org.apache.logging.log4j:log4j-slf4j2-impl", label: "log4j-slf4j2-impl", mb: [0.02, 0.04], pulls: ["org.apache.logging.log4j:log4j-api", "org.slf4j:slf4j-api"], source: listed("org.apache.logging.log4j", "log4j-slf4j2-impl", "2.2x jar") },
  { id: "com.google.guava:guava", label: "guava (+ failureaccess, checker-qual, error_prone_annotations, j2objc-annotations)", mb: [3.1, 3.4], source: measured("com.google.guava", "guava", "33.7.2-jre jar 3,057,659 bytes; failureaccess 10,763, checker-qual 241,629, error_prone_annotations 20,252, j2objc-annotations 16,762") },
  { id: "org.apache.commons:commons-lang3", label: "commons-lang3", mb: [0.55, 0.72], source: measured("org.apache.commons", "commons-lang3", "3.20.0 jar 713,862 bytes") },
  { id: "commons-io:commons-io", label: "commons-io", mb: [0.3, 0.62], source: measured("commons-io", "commons-io", "2.22.0 jar 609,182 bytes") },
  { id: "commons-codec:commons-codec", label: "commons-codec", mb: [0.33, 0.43], source: measured("commons-codec", "commons-codec", "1.22.1 jar 422,738 bytes") },
  { id: "commons-logging:commons-logging", label: "commons-logging", mb: [0.06, 0.08], source: measured("commons-logging", "commons-logging", "1.4.0 jar 75,828 bytes") },
  { id: "org.apache.httpcomponents:httpclient", label: "httpclient 4", mb: [0.77, 0.8], source: measured("org.apache.httpcomponents", "httpclient", "4.5.14 jar 785,639 bytes") },
  { id: "org.apache.httpcomponents:httpcore", label: "httpcore 4", mb: [0.32, 0.34], source: measured("org.apache.httpcomponents", "httpcore", "4.4.16 jar 327,891 bytes") },
  { id: "org.apache.httpcomponents.client5:httpclient5", label: "httpclient 5 (+ httpcore5, httpcore5-h2)", mb: [1.8, 2.3], pulls: ["org.slf4j:slf4j-api"], source: measured("org.apache.httpcomponents.client5", "httpclient5", "5.1.3 jar 797,934 bytes, httpcore5 850,808") },
  { id: "com.squareup.okhttp3:okhttp", label: "okhttp (+ okio)", mb: [1.1, 1.3], pulls: ["org.jetbrains.kotlin:kotlin-stdlib"], source: measured("com.squareup.okhttp3", "okhttp", "4.12.0 jar 789,531 bytes, okio-jvm 3.6.0 359,580") },
  { id: "org.reactivestreams:reactive-streams", label: "reactive-streams", mb: [0.011, 0.012], source: measured("org.reactivestreams", "reactive-streams", "1.0.4 jar 11,640 bytes") },
  { id: "(netty-http)", label: "Netty HTTP stack (netty-codec-http, -http2, -handler, -transport ...)", mb: [3.4, 4.6], source: `sum: ${at("io.netty", "netty-buffer")} 4.1.138 jar 365,379 bytes and netty-transport 522,089 measured; codec-http, codec-http2, codec, handler and common listed at 0.35-0.7 MB each` },
  { id: "io.netty:*", label: "Netty module", mb: [0.04, 0.8], source: measured("io.netty", "netty-transport", "Netty 4.1 module jars, 40-800 KB (netty-transport 522,089 bytes)") },
  { id: "com.google.protobuf:protobuf-java", label: "protobuf-java", mb: [1.6, 1.9], source: measured("com.google.protobuf", "protobuf-java", "4.32.1 jar 1,883,046 bytes") },
  { id: "org.yaml:snakeyaml", label: "snakeyaml", mb: [0.33, 0.35], source: measured("org.yaml", "snakeyaml", "2.5 jar 340,015 bytes") },
  // Databases
  { id: "org.postgresql:postgresql", label: "PostgreSQL JDBC driver", mb: [1, 1.25], source: measured("org.postgresql", "postgresql", "42.7.13 jar 1,220,948 bytes") },
  { id: "com.mysql:mysql-connector-j", label: "MySQL Connector/J (+ protobuf-java)", mb: [2.2, 2.7], pulls: ["com.google.protobuf:protobuf-java"], source: listed("com.mysql", "mysql-connector-j", "8.x/9.x jar ~2.5 MB") },
  { id: "mysql:mysql-connector-java", label: "MySQL Connector/J (old coordinates)", mb: [2.2, 2.7], pulls: ["com.google.protobuf:protobuf-java"], source: listed("mysql", "mysql-connector-java", "8.0.x jar ~2.4 MB") },
  { id: "com.zaxxer:HikariCP", label: "HikariCP", mb: [0.15, 0.17], pulls: ["org.slf4j:slf4j-api"], source: measured("com.zaxxer", "HikariCP", "5.1.0 jar 161,840 bytes") },
  // Kotlin
  { id: "org.jetbrains.kotlin:kotlin-stdlib", label: "kotlin-stdlib", mb: [1.6, 1.8], source: measured("org.jetbrains.kotlin", "kotlin-stdlib", "2.1.0 jar 1,690,048 bytes, 2.0.21 1,747,660") },
  { id: "org.jetbrains.kotlin:kotlin-stdlib-jdk8", label: "kotlin-stdlib-jdk8 (a relocation stub since 1.8)", mb: [1e-3, 0.02], pulls: ["org.jetbrains.kotlin:kotlin-stdlib"], source: measured("org.jetbrains.kotlin", "kotlin-stdlib-jdk8", "2.1.0 jar 950 bytes") },
  { id: "org.jetbrains.kotlin:kotlin-reflect", label: "kotlin-reflect", mb: [3, 3.3], pulls: ["org.jetbrains.kotlin:kotlin-stdlib"], source: measured("org.jetbrains.kotlin", "kotlin-reflect", "1.6.10 jar 3,038,560 bytes") },
  { id: "org.jetbrains.kotlinx:kotlinx-coroutines-core", label: "kotlinx-coroutines-core", mb: [1.4, 1.6], pulls: ["org.jetbrains.kotlin:kotlin-stdlib"], source: measured("org.jetbrains.kotlinx", "kotlinx-coroutines-core-jvm", "1.7.3 jar 1,551,152 bytes") },
  { id: "org.jetbrains.kotlinx:kotlinx-coroutines-core-jvm", label: "kotlinx-coroutines-core", mb: [1.4, 1.6], pulls: ["org.jetbrains.kotlin:kotlin-stdlib"], source: measured("org.jetbrains.kotlinx", "kotlinx-coroutines-core-jvm", "1.7.3 jar 1,551,152 bytes") },
  // Frameworks: the closure depends on the features used; wide ranges.
  { id: "org.springframework.cloud:spring-cloud-function-adapter-aws", label: "Spring Cloud Function AWS adapter (+ Spring Boot, Spring Framework, Jackson ...)", mb: [12, 35], source: `assumption: dependency folder of a minimal function (${at("org.springframework.cloud", "spring-cloud-function-adapter-aws")})` },
  { id: "org.springframework.boot:*", label: "Spring Boot starter (+ Spring Framework, its logging and Jackson)", mb: [8, 30], source: `assumption: dependency folder of a minimal Spring Boot application (${at("org.springframework.boot", "spring-boot-starter")})` },
  { id: "io.micronaut.aws:micronaut-function-aws", label: "Micronaut AWS function (+ Micronaut core, inject, serde)", mb: [6, 20], source: `assumption: dependency folder of a minimal function (${at("io.micronaut.aws", "micronaut-function-aws")})` },
  { id: "io.micronaut.aws:*", label: "Micronaut AWS module (+ Micronaut runtime)", mb: [6, 20], source: `assumption: dependency folder of a minimal function (${at("io.micronaut.aws", "micronaut-function-aws-api-proxy")})` },
  { id: "io.quarkus:quarkus-amazon-lambda", label: "Quarkus Amazon Lambda (+ Quarkus core, ArC, Jackson)", mb: [12, 35], pulls: ["com.amazonaws:aws-lambda-java-core", "com.amazonaws:aws-lambda-java-events"], source: `assumption: dependency folder of a minimal JVM-mode function (${at("io.quarkus", "quarkus-amazon-lambda")}; quarkus-amazon-lambda-common 3.13.2 jar 26 KB listed, the rest is its runtime)` },
  { id: "io.quarkus:*", label: "Quarkus extension (+ Quarkus runtime)", mb: [1, 30], source: `assumption: a Quarkus extension with its runtime (${at("io.quarkus", "quarkus-core")})` },
  { id: "software.amazon.lambda:*", label: "Powertools for AWS Lambda (Java) module (+ AspectJ runtime, Jackson)", mb: [0.05, 4], source: listed("software.amazon.lambda", "powertools-serialization", "1.20.0 jar 17 KB; modules pull aspectjrt, Jackson and log4j") }
];
var GENERIC_JAVA_MB = [0.02, 5];
var GENERIC_JAVA_SOURCE = "assumption: a Java artifact not in the jar-size table, with its dependencies";
var PROJECT_CLASSES_MB = [2e-3, 3];
var PROJECT_CLASSES_SOURCE = "assumption: compiled classes of a Lambda handler project (its sources were not found in the build context)";
var CLASSES_PER_SOURCE_BYTE = [0.3, 3];
var PROJECT_FROM_SOURCES = "build context: the project's sources (src/main); assumption: compiled classes are 0.3-3x the source bytes, resources copied as they are";
var NEVER_SHIPPED = /* @__PURE__ */ new Set(["org.projectlombok:lombok", "com.google.auto.value:auto-value", "org.mapstruct:mapstruct-processor", "com.google.dagger:dagger-compiler"]);
var byId;
function javaArtifact(id) {
  byId ??= new Map(JAVA_ARTIFACTS.map((a) => [a.id, a]));
  const exact = byId.get(id);
  if (exact) return exact;
  const [group, artifact = ""] = id.split(":");
  if (group === "com.amazonaws" && artifact.startsWith("aws-java-sdk-")) return byId.get("com.amazonaws:aws-java-sdk-*");
  if (group === "com.amazonaws" || group === "org.jetbrains.kotlin") return void 0;
  if (group.startsWith("com.fasterxml.jackson.")) return byId.get("com.fasterxml.jackson.*:*");
  return byId.get(`${group}:*`);
}

// src/estimate/java.ts
var BUILD_FILE_MAX_BYTES = 1 << 20;
var POM_MAX_NESTING = 64;
var PARENT_DEPTH = 5;
var MAX_DEPENDENCIES = 2e3;
var ARRAYS = /* @__PURE__ */ new Set(["dependency", "plugin", "exclusion", "module", "execution", "descriptorRef", "goal"]);
var POM_PARSER_OPTIONS = {
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  maxNestedTags: POM_MAX_NESTING,
  isArray: (name) => ARRAYS.has(name)
};
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list = (v) => Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : [];
var str = (v) => typeof v === "string" ? v.trim() || void 0 : typeof v === "number" ? String(v) : void 0;
function parsePom(text) {
  if (text.length > BUILD_FILE_MAX_BYTES) return void 0;
  try {
    const doc = new XMLParser(POM_PARSER_OPTIONS).parse(text);
    if (XMLValidator.validate(text) !== true) return void 0;
    const project = doc.project;
    return project && typeof project === "object" ? obj(project) : void 0;
  } catch {
    return void 0;
  }
}
function pomModel(project, readRelative) {
  const chain = [project];
  let dir = ".";
  for (let p = project, depth = 0; depth < PARENT_DEPTH && readRelative; depth++) {
    const parent = obj(p.parent);
    if (!str(parent.artifactId)) break;
    const rel = str(parent.relativePath) ?? "../pom.xml";
    const path = posix.join(dir, rel.endsWith(".xml") ? rel : posix.join(rel, "pom.xml"));
    const text = readRelative(path);
    const next = text === void 0 ? void 0 : parsePom(text);
    if (!next || str(next.artifactId) !== str(parent.artifactId)) break;
    chain.push(next);
    p = next;
    dir = posix.dirname(path);
  }
  const props = /* @__PURE__ */ new Map();
  const managed = /* @__PURE__ */ new Map();
  const deps = [];
  const plugins = [];
  for (const p of [...chain].reverse()) {
    const parent = obj(p.parent);
    for (const [k, v] of Object.entries(obj(p.properties))) if (str(v) !== void 0) props.set(k, str(v));
    const version = str(p.version) ?? str(parent.version);
    const group = str(p.groupId) ?? str(parent.groupId);
    for (const [k, v] of [["project.version", version], ["version", version], ["project.groupId", group], ["project.artifactId", str(p.artifactId)], ["project.parent.version", str(parent.version)]]) if (v) props.set(k, v);
    for (const d of list(obj(obj(p.dependencyManagement).dependencies).dependency)) {
      const key = `${str(d.groupId)}:${str(d.artifactId)}`;
      managed.set(key, { version: str(d.version), scope: str(d.scope) });
    }
    deps.push(...list(obj(p.dependencies).dependency));
    plugins.push(...list(obj(obj(p.build).plugins).plugin));
  }
  return { props, managed, deps, plugins };
}
function interpolate2(value, props) {
  if (value === void 0) return void 0;
  let v = value;
  for (let i = 0; i < 10 && v.includes("${"); i++) v = v.replace(/\$\{([^}]+)\}/g, (m, k) => props.get(k) ?? m);
  return v.includes("${") ? void 0 : v;
}
var SKIPPED_SCOPES = /* @__PURE__ */ new Set(["test", "provided", "system", "import"]);
var FAT_JAR_PLUGINS = /* @__PURE__ */ new Set(["maven-shade-plugin", "maven-assembly-plugin", "spring-boot-maven-plugin"]);
function readPom(text, readRelative) {
  const project = parsePom(text);
  if (!project) return void 0;
  const model = pomModel(project, readRelative);
  const build = { tool: "maven", dependencies: [], skipped: 0, unnamed: 0, fatJar: false, zipLib: false, globalExcludes: [] };
  build.name = interpolate2(str(project.artifactId), model.props);
  build.version = model.props.get("project.version");
  build.finalName = interpolate2(str(obj(project.build).finalName), model.props);
  const seen = /* @__PURE__ */ new Set();
  for (const d of model.deps.slice(0, MAX_DEPENDENCIES)) {
    const group = interpolate2(str(d.groupId), model.props);
    const artifact = interpolate2(str(d.artifactId), model.props);
    if (!group || !artifact) {
      build.unnamed++;
      continue;
    }
    const managed = model.managed.get(`${group}:${artifact}`);
    const scope = str(d.scope) ?? managed?.scope ?? "compile";
    if (SKIPPED_SCOPES.has(scope) || str(d.type) === "pom" || NEVER_SHIPPED.has(`${group}:${artifact}`)) {
      build.skipped++;
      continue;
    }
    if (seen.has(`${group}:${artifact}`)) continue;
    seen.add(`${group}:${artifact}`);
    const excludes = list(obj(d.exclusions).exclusion).map((e) => `${str(e.groupId) ?? "*"}:${str(e.artifactId) ?? "*"}`);
    const version = interpolate2(str(d.version) ?? managed?.version, model.props);
    build.dependencies.push({ group, artifact, ...version ? { version } : {}, excludes });
  }
  build.fatJar = model.plugins.some((p) => FAT_JAR_PLUGINS.has(str(p.artifactId) ?? ""));
  for (const p of model.plugins.filter((q) => str(q.artifactId) === "maven-dependency-plugin")) {
    for (const e of list(obj(p.executions).execution)) {
      const goals = obj(e.goals).goal;
      if (!(Array.isArray(goals) ? goals : [goals]).some((g) => str(g) === "copy-dependencies")) continue;
      const dir = str(obj(e.configuration).outputDirectory) ?? str(obj(p.configuration).outputDirectory) ?? "${project.build.directory}/dependency";
      const resolved = interpolate2(dir, new Map([...model.props, ["project.build.directory", "target"], ["project.basedir", "."], ["basedir", "."]]));
      if (resolved) build.copyInto = resolved.replace(/^\.\//, "").replace(/\/+$/, "");
    }
  }
  return build;
}
var GRADLE_SHIPPED = /* @__PURE__ */ new Set(["implementation", "api", "runtimeOnly", "compile", "runtime"]);
var GRADLE_DEP = /^\s*([A-Za-z_][\w]*)\s*\(?\s*(.*)$/;
var SHADOW_PLUGIN = /com\.github\.johnrengelman\.shadow|com\.gradleup\.shadow|io\.github\.goooler\.shadow|\bshadowJar\b|org\.springframework\.boot/;
function stripComments(text) {
  const parts = [];
  let from = 0;
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote || c === "\n") quote = void 0;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "/" && text[i + 1] === "/") {
      parts.push(text.slice(from, i));
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl - 1;
      from = i + 1;
    } else if (c === "/" && text[i + 1] === "*") {
      parts.push(text.slice(from, i), " ");
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join("");
}
function dependencyBlocks(text) {
  const blocks = [];
  const re = /\b(buildscript|dependencies)\s*\{/g;
  let m;
  let skipUntil = -1;
  while (m = re.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(text, open);
    if (m.index < skipUntil) continue;
    if (m[1] === "buildscript") {
      skipUntil = close;
      continue;
    }
    blocks.push(text.slice(open + 1, close));
    re.lastIndex = close;
  }
  return blocks;
}
function matchingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length;
}
var quoted = (s, key) => new RegExp(`\\b${key}\\s*[:=]\\s*["']([^"']+)["']`).exec(s)?.[1];
function gradleDependency(line, catalog) {
  const m = GRADLE_DEP.exec(line);
  if (!m) return void 0;
  const [, config, rest] = m;
  if (!/^(implementation|api|runtimeOnly|compile|runtime|compileOnly|compileOnlyApi|testImplementation|testRuntimeOnly|testCompileOnly|testCompile|testRuntime|annotationProcessor|kapt|ksp|developmentOnly|testFixtures\w*|\w+Implementation|\w+RuntimeOnly|\w+CompileOnly)$/.test(config)) return void 0;
  if (!GRADLE_SHIPPED.has(config)) return "skip";
  if (/^(platform|enforcedPlatform)\s*\(/.test(rest)) return "skip";
  const s = /^["']([^"'$]+)["']/.exec(rest);
  if (s) {
    const [group2, artifact2, version] = s[1].replace(/@\w+$/, "").split(":");
    return group2 && artifact2 ? { group: group2, artifact: artifact2, ...version ? { version } : {}, excludes: [] } : "unnamed";
  }
  const alias = /^libs\.([\w.]+)/.exec(rest)?.[1];
  if (alias) {
    const bundle = alias.startsWith("bundles.") ? catalog.bundles.get(alias.slice("bundles.".length)) : void 0;
    const found = (bundle ?? [alias]).map((a) => catalog.libraries.get(a)).filter((d) => d !== void 0);
    return found.length > 0 ? found.map((d) => ({ ...d, excludes: [] })) : "unnamed";
  }
  const group = quoted(rest, "group");
  const artifact = quoted(rest, "name");
  if (group && artifact) {
    const version = quoted(rest, "version");
    return { group, artifact, ...version ? { version } : {}, excludes: [] };
  }
  return "unnamed";
}
var aliasKey = (a) => a.trim().replace(/^["']|["']$/g, "").replace(/[-_]/g, ".");
function readVersionCatalog(text) {
  const catalog = { libraries: /* @__PURE__ */ new Map(), bundles: /* @__PURE__ */ new Map() };
  if (!text || text.length > BUILD_FILE_MAX_BYTES) return catalog;
  let section = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, "").trim();
    const head = /^\[([\w.-]+)\]$/.exec(line);
    if (head) {
      section = head[1];
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0 || catalog.libraries.size + catalog.bundles.size >= MAX_DEPENDENCIES) continue;
    const key = aliasKey(line.slice(0, eq));
    const value = line.slice(eq + 1).trim();
    if (section === "libraries") {
      const coords = /^["']([^"':]+):([^"':]+)(?::([^"']+))?["']$/.exec(value);
      const module = quoted(value, "module")?.split(":");
      const [group, artifact] = coords ? [coords[1], coords[2]] : module ?? [quoted(value, "group"), quoted(value, "name")];
      if (group && artifact) catalog.libraries.set(key, { group, artifact, ...coords?.[3] ? { version: coords[3] } : {}, excludes: [] });
    } else if (section === "bundles") {
      catalog.bundles.set(key, [...value.matchAll(/["']([^"']+)["']/g)].map((m) => aliasKey(m[1])));
    }
  }
  return catalog;
}
function readGradle(text, catalogText) {
  if (text.length > BUILD_FILE_MAX_BYTES) return void 0;
  const catalog = readVersionCatalog(catalogText);
  const src = stripComments(text);
  const blocks = dependencyBlocks(src);
  if (blocks.length === 0) return void 0;
  const build = { tool: "gradle", dependencies: [], skipped: 0, unnamed: 0, fatJar: SHADOW_PLUGIN.test(src), zipLib: false, globalExcludes: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const block of blocks) {
    for (const line of block.split(/\n|;/)) {
      if (build.dependencies.length >= MAX_DEPENDENCIES) break;
      const found = gradleDependency(line, catalog);
      if (found === void 0) continue;
      if (found === "skip") build.skipped++;
      else if (found === "unnamed") build.unnamed++;
      else {
        for (const d of Array.isArray(found) ? found : [found]) {
          if (NEVER_SHIPPED.has(`${d.group}:${d.artifact}`)) build.skipped++;
          else if (!seen.has(`${d.group}:${d.artifact}`)) {
            seen.add(`${d.group}:${d.artifact}`);
            build.dependencies.push(d);
          }
        }
      }
    }
  }
  for (const m of src.matchAll(/\bexclude\s*\(?\s*([^)\n}]*)/g)) {
    const group = quoted(m[1], "group");
    const module = quoted(m[1], "module");
    if (group || module) build.globalExcludes.push(`${group ?? "*"}:${module ?? "*"}`);
  }
  const name = /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(src)?.[1];
  if (name) build.name = name;
  const version = /^\s*version\s*=?\s*["']([^"']+)["']/m.exec(src)?.[1];
  if (version) build.version = version;
  readGradlePackaging(src, build);
  return build;
}
function readGradlePackaging(src, build) {
  for (const m of src.matchAll(/configurations\.(runtimeClasspath|runtime|compileClasspath)\b/g)) {
    const start = Math.max(0, src.lastIndexOf("task", m.index));
    const window2 = src.slice(start, Math.min(src.length, m.index + 400));
    if (/\bZip\b/.test(window2)) build.zipLib = true;
    else {
      const into = /\binto\s*\(?\s*(?:file\s*\(\s*)?["']([^"']+)["']/.exec(window2)?.[1]?.replace(/^\$\{?(project\.)?buildDir\}?\//, "build/") ?? /\binto\s*\(?\s*(?:project\.)?layout\.buildDirectory\.dir\s*\(\s*["']([^"'$]+)["']/.exec(window2)?.[1]?.replace(/^/, "build/");
      if (into && !into.includes("$")) build.copyInto = into.replace(/^\.\//, "").replace(/\/+$/, "");
    }
  }
}
var MB_BYTES = 1e6;
function excluded(id, excludes) {
  const [g, a] = id.split(":");
  return excludes.some((e) => {
    const [eg, ea] = e.split(":");
    return (eg === "*" || eg === g) && (ea === "*" || ea === a);
  });
}
function sizeJavaDependencies(build) {
  const items = [];
  const counted = /* @__PURE__ */ new Set();
  const generic = [];
  const add = (id, entry, excludes, via) => {
    const stack = [{ id, entry, via }];
    while (stack.length > 0) {
      const next = stack.pop();
      if (counted.has(next.id)) continue;
      counted.add(next.id);
      items.push({ id: next.id, label: next.entry.label, low: Math.round(next.entry.mb[0] * MB_BYTES), high: Math.round(next.entry.mb[1] * MB_BYTES), source: next.entry.source, ...next.via ? { via: next.via } : {} });
      for (const pulled of next.entry.pulls ?? []) {
        const e = javaArtifact(pulled);
        if (e && !counted.has(pulled) && !excluded(pulled, excludes)) stack.push({ id: pulled, entry: e, via: next.via ?? next.id.split(":")[1] ?? next.id });
      }
    }
  };
  for (const d of build.dependencies) {
    const id = `${d.group}:${d.artifact}`;
    if (excluded(id, build.globalExcludes)) continue;
    const entry = javaArtifact(id);
    if (entry) add(id, entry, [...d.excludes, ...build.globalExcludes]);
    else generic.push(id);
  }
  const genericCount = generic.length + build.unnamed;
  return {
    items,
    generic,
    genericRange: [Math.round(GENERIC_JAVA_MB[0] * MB_BYTES) * genericCount, Math.round(GENERIC_JAVA_MB[1] * MB_BYTES) * genericCount],
    genericSource: `${GENERIC_JAVA_SOURCE}: ${GENERIC_JAVA_MB[0]}-${GENERIC_JAVA_MB[1]} MB each`
  };
}

// src/estimate/size.ts
var MB_BYTES2 = 1e6;
var SITE = "(site-packages)";
var OS_PATH = "(os)";
var Unknowns = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  own = [];
  push(what) {
    this.own.push(what);
  }
  /** Every entry, the bottom stage's first. */
  all() {
    const lists = [];
    for (let u = this; u; u = u.parent) lists.push(u.own);
    return lists.reverse().flat();
  }
};
var bytes = (mb) => [Math.round(mb[0] * MB_BYTES2), Math.round(mb[1] * MB_BYTES2)];
function lineOf(ins) {
  return `line ${ins.span.line}`;
}
function awsFamily(stage) {
  return stage.base.kind.kind === "aws" ? stage.base.kind.family : void 0;
}
function rootOf(stage) {
  let s = stage;
  while (s.base.stage) s = s.base.stage;
  return s;
}
function dependencyOrder(root) {
  const order = [];
  const visited = /* @__PURE__ */ new Set([root]);
  const stack = [{ stage: root, deps: root.dependsOn.values() }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.deps.next();
    if (next.done) {
      order.push(top.stage);
      stack.pop();
    } else if (!visited.has(next.value)) {
      visited.add(next.value);
      stack.push({ stage: next.value, deps: next.value.dependsOn.values() });
    }
  }
  return order;
}
var Estimator = class {
  constructor(model, ctx) {
    this.model = model;
    this.ctx = ctx;
  }
  model;
  ctx;
  memo = /* @__PURE__ */ new Map();
  warming = false;
  stage(stage, seen = /* @__PURE__ */ new Set()) {
    const cached = this.memo.get(stage);
    if (cached) return cached;
    if (!this.warming) {
      this.warming = true;
      try {
        for (const dep of dependencyOrder(stage)) if (dep !== stage) this.stage(dep);
      } finally {
        this.warming = false;
      }
    }
    if (seen.has(stage)) return { items: [], unknown: new Unknowns(), managers: /* @__PURE__ */ new Set(), root: stage };
    seen.add(stage);
    let facts;
    if (stage.base.stage) {
      const parent = this.stage(stage.base.stage, seen);
      facts = { items: [...parent.items], unknown: new Unknowns(parent.unknown), managers: new Set(parent.managers), root: parent.root };
    } else {
      facts = { items: [], unknown: new Unknowns(), managers: /* @__PURE__ */ new Set(), root: stage };
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
    const known = baseImageSize(hubRepository(stage.base.ref), stage.base.ref.tag, aws);
    if (!known) {
      facts.unknown.push(`base image ${written}`);
      return;
    }
    const [low, high] = bytes(known.mb);
    facts.items.push({ what: `base image ${written} (${known.label})`, kind: "base-image", low, high, source: known.source, base: aws, path: "/", image: true });
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
        if (!this.javaOutputFromContext(ins, src, copy.dest, facts)) facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: not found in the build context)`);
        continue;
      }
      const total = files.reduce((n, f) => n + f.size, 0);
      const archive = ins.keyword === "ADD" && files.length === 1 && /\.(tar(\.(gz|bz2|xz|zst))?|tgz)$/.test(files[0].path);
      const framing = tarFraming(src, copy.dest, this.ctx.match(src));
      facts.items.push({
        what: `${ins.keyword} ${src} (${lineOf(ins)}, ${files.length} file${files.length === 1 ? "" : "s"})`,
        kind: "copy",
        line: ins.span.line,
        low: total,
        high: (archive ? total * 5 : total) + framing,
        source: `${archive ? "build context; assumption: an extracted archive is 1-5x its size" : `build context${this.ctx.truncated ? " (walk capped: may be more)" : ""}`}; ${TAR_FRAMING_SOURCE}`,
        // One named file copied into a folder lands at folder/name (so COPY --from of a sibling does not take part of it).
        path: files.length === 1 && copy.dest.endsWith("/") && files[0].path === src.replace(/^\.\//, "") ? `${copy.dest}${posix2.basename(src)}` : copy.dest
      });
    }
  }
  copyFromStage(ins, srcRaw, from, fromStage, facts) {
    let src = posix2.normalize(`/${srcRaw}`).replace(/\/+$/, "") || "/";
    const wildcard = /[*?[]/.test(src);
    if (wildcard) src = src.slice(0, src.search(/[*?[]/)).replace(/\/[^/]*$/, "") || "/";
    const label = `COPY --from=${fromStage.name ?? fromStage.index} ${srcRaw}`;
    const full0 = posix2.normalize(`/${srcRaw}`);
    const tail = posix2.basename(full0);
    const wholeFolder = (item) => wildcard && !/[*?[]/.test(posix2.dirname(full0)) && item.entries !== void 0 && item.path === posix2.dirname(full0) && globToRegExp(tail).test(item.entries);
    let matched = 0;
    for (const item of from.items) {
      let full = false;
      let part = false;
      const whole = wholeFolder(item);
      if (whole) full = true;
      else if (item.image) full = src === "/";
      else if (item.path === SITE) full = /site-packages|dist-packages|^\/usr\/local|^\/var\/lang|venv|^\/root\/\.local|^\/opt\/python/.test(src);
      else if (item.path === OS_PATH) full = src === "/" || src === "/usr";
      else if (pathWithin(item.path, src)) full = true;
      else if (pathWithin(src, item.path)) part = true;
      if (!full && !part) continue;
      matched++;
      facts.items.push({
        ...item,
        what: `${part || wildcard && !whole ? "part of " : ""}${item.what} via ${label} (${lineOf(ins)})`,
        line: ins.span.line,
        low: part || wildcard && !whole ? 0 : item.low,
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
    const wd = ins.workdir;
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
      } else if (mc.manager === "mvn" || mc.manager === "gradle") {
        this.javaCommand(mc, ins, stage, facts, ex, wd);
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
    facts.items.push({ what: `${what} output ${path} (${lineOf(ins)})`, kind: "build-output", line: ins.span.line, low, high, source: BUILD_ARTIFACT_SOURCE, path });
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
      default:
        break;
    }
  }
  /** A Maven or Gradle command: what it builds, sized from the build file of the context when there is one. */
  javaCommand(mc, ins, stage, facts, ex, wd) {
    const maven = mc.manager === "mvn";
    const args = mc.args.map(ex);
    const goals = [ex(mc.subcommand), ...args.filter((a) => !a.startsWith("-"))];
    const builds = goals.some((g) => (maven ? /^(package|install|verify|deploy)$/ : /^(build|assemble|jar|shadowJar|bootJar|installDist|distZip|distTar|buildZip)$/).test(g));
    const copies = maven && goals.includes("dependency:copy-dependencies");
    if (!builds && !copies && (maven || goals.every((g) => /^(clean|dependencies|test|check|tasks|help|--.*)$/.test(g)))) return;
    facts.managers.add(mc.manager);
    const project = this.javaProject(maven, stage, wd);
    if (!project) {
      if (maven ? builds || copies : builds) this.artifact(mc.manager, `${mc.manager} ${mc.subcommand}`, resolve(maven ? "target" : "build", wd), ins, facts);
      return;
    }
    const { build } = project;
    const out = resolve(maven ? "target" : "build", wd);
    const jar = maven ? `${out}/${build.finalName ?? `${build.name ?? "app"}-${build.version ?? "0"}`}.jar` : `${out}/libs`;
    if (builds) {
      this.javaProjectItems(project, `${lineOf(ins)}, ${mc.manager} ${mc.subcommand}`, ins.span.line, [`${out}/classes`, jar], facts);
    }
    let deps;
    const opt = (name) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
    if (copies) deps = resolve(opt("-DoutputDirectory") ?? "target/dependency", wd);
    else if (build.copyInto) deps = resolve(build.copyInto, wd);
    else if (!maven && build.zipLib) deps = `${out}/distributions`;
    else if (build.fatJar) deps = jar;
    else if (!maven && goals.includes("installDist")) deps = `${out}/install`;
    else deps = maven ? resolve(opt("-Dmaven.repo.local") ?? "/root/.m2/repository", wd) : "/root/.gradle/caches";
    this.javaDependencyItems(project, `${lineOf(ins)}, ${mc.manager} ${mc.subcommand}`, ins.span.line, deps, facts);
  }
  /** The build file (pom.xml, build.gradle.kts, build.gradle) at the working directory, read from the context. */
  javaProject(maven, stage, wd) {
    if (!this.ctx) return void 0;
    const names = maven ? ["pom.xml"] : ["build.gradle.kts", "build.gradle"];
    for (const name of names) {
      const file = this.contextPath(stage, `${wd.replace(/\/$/, "")}/${name}`);
      const project = file ? this.javaProjectAt(file) : void 0;
      if (project) return project;
    }
    return void 0;
  }
  javaProjectAt(file) {
    const ctx = this.ctx;
    const text = ctx?.read(file, BUILD_FILE_MAX_BYTES);
    if (!ctx || text === void 0) return void 0;
    const dir = posix2.dirname(file) === "." ? "" : posix2.dirname(file);
    const readRelative = (rel) => {
      const p = posix2.normalize(posix2.join(dir || ".", rel));
      return p.startsWith("..") ? void 0 : ctx.read(p, BUILD_FILE_MAX_BYTES);
    };
    const build = file.endsWith(".xml") ? readPom(text, readRelative) : readGradle(text, ctx.read(posix2.join(dir, "gradle/libs.versions.toml"), BUILD_FILE_MAX_BYTES));
    return build ? { build, file, dir } : void 0;
  }
  /** The project's own classes (and jar) at each of `paths`, sized from its sources in the context. */
  javaProjectItems(project, what, line, paths, facts) {
    const sources = this.ctx?.at(posix2.join(project.dir, "src/main")).filter((f) => !f.dir) ?? [];
    const code = sources.filter((f) => /\.(java|kt|scala|groovy|clj)$/.test(f.path)).reduce((n, f) => n + f.size, 0);
    const resources = sources.reduce((n, f) => n + f.size, 0) - code;
    const [low, high] = code + resources > 0 ? [Math.round(code * CLASSES_PER_SOURCE_BYTE[0] + resources), Math.round(code * CLASSES_PER_SOURCE_BYTE[1] + resources)] : bytes(PROJECT_CLASSES_MB);
    const source = code + resources > 0 ? `${PROJECT_FROM_SOURCES} (${project.file})` : PROJECT_CLASSES_SOURCE;
    for (const path of paths) {
      const kind = /\/classes$/.test(path) ? "classes" : "jar";
      facts.items.push({ what: `project ${kind} (${what} of ${project.file})`, kind: "build-output", line, low, high, source, path, ...kind === "jar" && !path.endsWith(".jar") ? { entries: "app.jar" } : {} });
    }
  }
  /** The runtime dependencies a build file declares, placed at `path` (a lib folder, a fat jar, the local repository). */
  javaDependencyItems(project, what, line, path, facts) {
    const sizes = sizeJavaDependencies(project.build);
    const folder = !path.endsWith(".jar");
    for (const it of sizes.items) {
      const key = `java:${it.id}@${path}`;
      if (facts.items.some((i) => i.key === key)) continue;
      facts.items.push({
        what: `${it.label}${it.via ? `, pulled by ${it.via}` : ""} (${what} of ${project.file})`,
        kind: "package",
        line,
        low: it.low,
        high: it.high,
        source: it.source,
        path,
        key,
        ...folder ? { entries: "x.jar" } : {}
      });
    }
    const n = sizes.generic.length + project.build.unnamed;
    if (n > 0 && !facts.items.some((i) => i.key === `java:(generic)@${path}`)) {
      facts.items.push({
        what: `${n} other Java dependenc${n === 1 ? "y" : "ies"}: ${[...sizes.generic.slice(0, 5), ...n > 5 ? ["..."] : []].join(", ") || "not named in the build file"} (${what} of ${project.file})`,
        kind: "packages",
        line,
        low: sizes.genericRange[0],
        high: sizes.genericRange[1],
        source: sizes.genericSource,
        path,
        key: `java:(generic)@${path}`,
        ...folder ? { entries: "x.jar" } : {}
      });
    }
  }
  /**
   * A COPY of a Java build's output (target/dependency, target/classes, build/libs/*.jar ...) that the context does
   * not hold yet (the build runs after the lint): estimated from the project's build file. False when it is not one.
   */
  javaOutputFromContext(ins, src, dest, facts) {
    const m = /^(?:\.\/)?((?:[^*?[]*\/)?)(target|build)\/(.*)$/.exec(src);
    if (!m || !this.ctx) return false;
    const [, dir, out, rest] = m;
    const maven = out === "target";
    const project = (maven ? ["pom.xml"] : ["build.gradle.kts", "build.gradle"]).map((n) => this.javaProjectAt(`${dir}${n}`)).find(Boolean);
    if (!project) return false;
    const { build } = project;
    const what = `${lineOf(ins)}, ${ins.keyword} ${src} not built in the context: from the build file`;
    const copyDir = build.copyInto && `${out}/${rest}`.startsWith(build.copyInto) && build.copyInto !== out;
    const isDeps = /^(dependency|dependencies|lib)\b/.test(rest) || Boolean(copyDir);
    const isClasses = /^classes\b/.test(rest);
    const isArchive = /^(install|distributions)\b/.test(rest) || /\.(zip|tar)$/.test(rest);
    const isJar = /^(libs\/)?[^/]*\.jar$|^libs\/?\*?$|^\*$/.test(rest);
    if (!isDeps && !isClasses && !isArchive && !isJar) return false;
    if (isClasses || isJar || isArchive) this.javaProjectItems(project, what, ins.span.line, [dest], facts);
    if (isDeps || isArchive || isJar && build.fatJar) this.javaDependencyItems(project, what, ins.span.line, dest, facts);
    return true;
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
      kind: "package",
      line: ins.span.line,
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
        kind: "packages",
        line: ins.span.line,
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
          const base = posix2.basename(src);
          const destDir = c.dest.endsWith("/") || c.sources.length > 1 || src === "." || src === "./" || !/[^/]\.[^/]+$/.test(c.dest) ? c.dest.replace(/\/$/, "") : void 0;
          if (c.dest === imagePath && !destDir) found = src;
          else if (destDir !== void 0) {
            if (src === "." || src === "./" || this.ctx && this.ctx.match(src).some((f) => f.dir)) {
              if (pathWithin(imagePath, destDir)) found = posix2.join(src, posix2.relative(destDir || "/", imagePath));
            } else if (`${destDir}/${base}` === imagePath) found = src;
          }
        }
      }
    }
    if (found && this.ctx?.read(found, 8 << 20) !== void 0) return found;
    const fallback = posix2.basename(imagePath);
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
          const sub = this.readRequirements(posix2.join(posix2.dirname(abs), inc[2]), stage, wd, seen);
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
var TAR_BLOCK = 512;
var TAR_FRAMING_SOURCE = "low = file bytes; high adds the layer tar framing (a 512-byte header per file and directory, padding to 512 bytes, parent directories, a PAX header for paths over 100 bytes, end-of-archive blocks)";
function tarFraming(src, dest, matched) {
  const prefix = src.replace(/^\.?\//, "").replace(/\/+$/, "");
  const destDir = dest.replace(/\/+$/, "");
  let n = 2 * TAR_BLOCK;
  n += destDir.split("/").filter(Boolean).length * TAR_BLOCK;
  for (const f of matched) {
    const rel = prefix === "" || prefix === "." ? f.path : f.path.startsWith(`${prefix}/`) ? f.path.slice(prefix.length + 1) : posix2.basename(f.path);
    const inImage = `${destDir}/${rel}`.replace(/^\//, "");
    n += TAR_BLOCK + (inImage.length + (f.dir ? 1 : 0) > 100 ? 2 * TAR_BLOCK : 0);
    if (!f.dir) n += (TAR_BLOCK - f.size % TAR_BLOCK) % TAR_BLOCK;
  }
  return n;
}
function resolve(p, wd) {
  return posix2.normalize(p.startsWith("/") ? p : `${wd.replace(/\/$/, "")}/${p}`).replace(/\/+$/, "") || "/";
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
  const word = posix2.basename(command.split(/\s+/)[0] ?? "");
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
    contributions: items.map(({ what, kind, line, low, high, source, base: b }) => ({ what, kind, ...line !== void 0 ? { line } : {}, low, high, source, ...b ? { base: true } : {} })),
    unknown: [...new Set(facts.unknown.all())],
    base: root.base.scratch ? { image: "scratch", aws: false } : { image: root.base.expanded.value, aws: root.base.kind.kind === "aws" },
    runtime: runtimeFamily(model, facts),
    packages: [...keys].filter((k) => !k.startsWith("small-tools") && !k.startsWith("java:") && packageByKey(k)?.ecosystem !== "os"),
    otherPackages: sum(items, (i) => i.generic ?? 0)
  };
}

// src/estimate/format.ts
function why(e) {
  const own = formatMB(pointOf(e.size.ownBytes));
  if (e.size.base?.aws && e.size.baseShare.high > 0) return `AWS base layers (${sizeRange(e.size.baseShare)}) are cached by Lambda; your own ${own} are fetched and read at init.`;
  return `Not built on an AWS base image: Lambda caches none of it, so all ${own} are your own bytes to fetch at init.`;
}
function formatEstimateBlock(e, chalk) {
  const s = e.size;
  const c = e.coldStart;
  const out = [];
  const kind = s.exact ? "measured" : "estimated";
  out.push(`  ${chalk.bold("Size")} (${kind}): ${sizeRange(s)}${s.compressed !== void 0 ? chalk.dim(` (${formatMB(s.compressed)} compressed)`) : ""}  ${chalk.dim("own bytes")} ${sizeRange(s.ownBytes)}${s.base ? chalk.dim(`  base ${s.base.image}`) : ""}`);
  if (s.unknown.length) out.push(`  ${chalk.yellow("+ unknown:")} ${s.unknown.slice(0, 4).join("; ")}${s.unknown.length > 4 ? `; +${s.unknown.length - 4} more` : ""}`);
  if (!c) {
    if (e.coldStartReason) out.push(`  ${chalk.dim(`No cold-start estimate: ${e.coldStartReason}`)}`);
    return `${out.join("\n")}
`;
  }
  out.push(`  ${chalk.bold("Cold start")} ${chalk.dim("(heuristic)")}: p50 ${msRange(c.p50)}, p99 ${msRange(c.p99)}`);
  out.push(`  ${chalk.dim(why(e))}`);
  c.drivers.forEach((d, i) => {
    out.push(`  ${i + 1}. ${d.name} ${chalk.dim(`~${formatMs(d.ms)}`)}`);
    out.push(`     ${chalk.green("cut:")} ${d.cut}`);
  });
  out.push(`  ${chalk.dim("Heuristic model, not a measurement; arm64 is ~20% cheaper per GB-second (cost, not latency).")}`);
  return `${out.join("\n")}
`;
}
function formatEstimateLine(e, chalk) {
  const s = e.size;
  const unknown = s.unknown.length ? chalk.dim(`, ${s.unknown.length} part${s.unknown.length === 1 ? "" : "s"} not sized`) : "";
  const start = e.coldStart ? `, cold start p50 ${msRange(e.coldStart.p50)} ${chalk.dim("(heuristic)")}` : "";
  return `  ${chalk.bold("Estimate")}: ${sizeRange(s)} ${chalk.dim(`(own ${sizeRange(s.ownBytes)})`)}${start}${unknown}`;
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
            required: ["what", "kind", "low", "high", "source"],
            additionalProperties: false,
            properties: {
              what: { type: "string", description: "What adds the bytes, for people." },
              kind: { enum: ["base-image", "copy", "package", "packages", "build-output", "layer"], description: "What kind of thing adds the bytes (a contribution copied from another stage keeps its kind)." },
              line: { type: "integer", minimum: 1, description: "Dockerfile line of the instruction that adds the bytes." },
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
    coldStartReason: { type: "string", description: "Why coldStart is null: the input was judged not to be a Lambda image." },
    coldStart: {
      type: ["object", "null"],
      description: "Null for an input judged not to be a Lambda image (see coldStartReason).",
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
var ESTIMATES = /* @__PURE__ */ Symbol("estimates");
function estimatesForDockerfile(model, context) {
  return memoOn(model, ESTIMATES, () => {
    const size = estimateDockerfile(model, context);
    return { size, coldStart: estimateColdStart(coldStartInputOf(size)) };
  });
}
function reportEstimates(e, lambda, forced) {
  if (lambda) return e;
  const reason = forced === false ? "not a Lambda image (lambda: false)" : "the file shows no sign of being a Lambda image (LL100); pass --lambda or set `lambda: true` to estimate it as one";
  return { size: e.size, coldStart: null, coldStartReason: reason };
}

// src/estimate/from-image.ts
var AWS_BASE_ENTRYPOINT = /ENTRYPOINT \[?"?\/lambda-entrypoint\.sh/;
var RUNTIME_MARKERS = [
  [/^\/var\/lang\/bin\/python3/, "python"],
  [/^\/var\/lang\/bin\/node$/, "nodejs"],
  [/^\/var\/lang\/bin\/java$/, "java"],
  [/^\/var\/lang\/bin\/dotnet$/, "dotnet"],
  [/^\/var\/lang\/bin\/ruby$/, "ruby"],
  [/\/site-packages\/awslambdaric\//, "python"],
  [/\/node_modules\/aws-lambda-ric\//, "nodejs"],
  [/\/gems\/aws_lambda_ric-/, "ruby"],
  [/Amazon\.Lambda\.RuntimeSupport\.dll$/, "dotnet"],
  [/aws-lambda-java-runtime-interface-client.*\.jar$/, "java"]
];
var CUDA_MARKER = /\/torch\/lib\/libtorch_cuda\.so$|\/(?:site|dist)-packages\/nvidia\//;
var INTERPRETERS = [
  [/^python[0-9.]*$/, "python"],
  [/^node(js)?$/, "nodejs"],
  [/^java$/, "java"],
  [/^dotnet$/, "dotnet"],
  [/^ruby[0-9.]*$/, "ruby"]
];
var SHELLS = /^(sh|bash|dash|ash|zsh|busybox|tini|dumb-init|env)$/;
function familyOfCommand(image) {
  const words = [...image.config.Entrypoint ?? [], ...image.config.Cmd ?? []];
  let i = 0;
  while (i < words.length && /^(\/usr)?\/bin\/env$|^env$|^(\/sbin\/|\/usr\/bin\/)?(tini|dumb-init)$|^--$/.test(words[i])) i++;
  const cmd = words[i];
  if (!cmd) return void 0;
  const name = cmd.slice(cmd.lastIndexOf("/") + 1);
  for (const [re, fam] of INTERPRETERS) if (re.test(name)) return fam;
  if (SHELLS.test(name) || /\.(sh|py|js|mjs|cjs|rb|pl|jar|dll)$/.test(name)) return void 0;
  const res = image.resolve(cmd.startsWith("/") ? cmd : `${image.config.WorkingDir ?? "/"}/${cmd}`);
  if (!res.ok || res.entry.type !== "file") return void 0;
  const body = image.body(res.path)?.data;
  if (body && body.length >= 4) return body.subarray(0, 4).toString("latin1") === "\x7FELF" ? "native" : void 0;
  return name === "bootstrap" || (res.entry.mode & 73) !== 0 ? "native" : void 0;
}
function imageFacts(image) {
  const layers = image.layers.map((l) => ({ digest: l.digest ?? l.diffId ?? `layer-${l.index}`, size: l.uncompressedSize, createdBy: l.createdBy }));
  let baseLayerBytes;
  let produced = 0;
  for (const h of image.config.history) {
    if (AWS_BASE_ENTRYPOINT.test(h.created_by ?? "")) {
      baseLayerBytes = image.layers.slice(0, produced).reduce((n, l) => n + l.uncompressedSize, 0);
      break;
    }
    if (!h.empty_layer) produced++;
  }
  let runtimeFamily2;
  const packages = /* @__PURE__ */ new Set();
  const taskRoot = (image.config.Env ?? []).find((e) => e.startsWith("LAMBDA_TASK_ROOT="))?.slice(17).replace(/\/+$/, "") || "/var/task";
  const inTaskRoot = new RegExp(`^${taskRoot.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/([A-Za-z0-9_.-]+)/__init__\\.py$`);
  let torchCuda = false;
  for (const path of image.files.keys()) {
    if (!runtimeFamily2) {
      for (const [re, fam] of RUNTIME_MARKERS) if (re.test(path)) runtimeFamily2 = fam;
    }
    const pkg = /\/(?:site|dist)-packages\/([A-Za-z0-9_.-]+)\/__init__\.py$/.exec(path) ?? inTaskRoot.exec(path) ?? /\/node_modules\/((?:@[^/]+\/)?[^/@]+)\/package\.json$/.exec(path);
    if (pkg) packages.add(pkg[1].toLowerCase());
    if (CUDA_MARKER.test(path)) torchCuda = true;
  }
  if (packages.has("torch") && !torchCuda) {
    packages.delete("torch");
    packages.add("torch-cpu");
  }
  if (!runtimeFamily2 && image.files.has("/var/runtime/bootstrap")) runtimeFamily2 = "provided";
  runtimeFamily2 ??= familyOfCommand(image);
  return {
    uncompressedBytes: image.totals.uncompressed,
    compressedBytes: image.totals.compressed,
    layers,
    baseLayerBytes,
    runtimeFamily: runtimeFamily2,
    packages: [...packages]
  };
}

// src/engine/runner.ts
import { dirname as dirname2 } from "node:path";

// src/dockerfile/context.ts
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { basename, dirname, join, resolve as resolve2 } from "node:path";
var import_dockerignore = __toESM(require_ignore(), 1);
var dockerignore = import_dockerignore.default;
var HEAD_BYTES = 8192;
var WALK_CAP = 2e4;
function openContext(root, dockerfilePath) {
  let rootEntries;
  try {
    rootEntries = readdirSync(root, { withFileTypes: true });
  } catch {
    return void 0;
  }
  const ignoreFile = findDockerignore(root, rootEntries, dockerfilePath);
  return new FolderContext(root, rootEntries, ignoreFile, ignoreFile ? readPatterns(ignoreFile) : []);
}
function findDockerignore(root, rootEntries, dockerfilePath) {
  const present = (abs, name) => {
    const e = rootEntries.find((x) => x.name === name);
    return e !== void 0 && (!e.isSymbolicLink() || existsSync(abs));
  };
  if (dockerfilePath) {
    const specific = `${dockerfilePath}.dockerignore`;
    const name = basename(specific);
    const inRoot = dirname(specific) === root || dirname(resolve2(specific)) === resolve2(root);
    if (inRoot ? present(specific, name) : existsSync(specific)) return specific;
  }
  return present(join(root, ".dockerignore"), ".dockerignore") ? join(root, ".dockerignore") : void 0;
}
function readPatterns(ignoreFile) {
  try {
    return readFileSync(ignoreFile, "utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  } catch {
    return [];
  }
}
function ignoreMatcher(patterns) {
  const valid = patterns.filter((p) => {
    try {
      dockerignore({ ignorecase: false }).add([p]).ignores("x");
      return true;
    } catch {
      return false;
    }
  });
  return valid.length > 0 ? dockerignore({ ignorecase: false }).add(valid) : void 0;
}
var FolderContext = class {
  constructor(root, rootEntries, ignoreFile, patterns) {
    this.root = root;
    this.dockerignore = ignoreFile ? { path: ignoreFile, patterns } : void 0;
    this.ig = ignoreMatcher(patterns);
    this.reincludes = patterns.some((p) => p.startsWith("!"));
    this.listings = /* @__PURE__ */ new Map([["", rootEntries]]);
  }
  root;
  dockerignore;
  truncated = false;
  ig;
  /** Some pattern starts with '!': an ignored folder may hold re-included files. */
  reincludes;
  cache;
  project;
  // Several rules ask for the same COPY sources and read the same manifests: match and read each once.
  matches = /* @__PURE__ */ new Map();
  reads = /* @__PURE__ */ new Map();
  // Each folder is listed once, whether a whole walk or a single COPY source asks for it.
  listings;
  ignores(rel) {
    return this.ig !== void 0 && this.ig.ignores(rel);
  }
  list(rel) {
    if (this.listings.has(rel)) return this.listings.get(rel);
    let entries;
    try {
      entries = readdirSync(`${this.root}/${rel}`, { withFileTypes: true });
    } catch {
      entries = void 0;
    }
    this.listings.set(rel, entries);
    return entries;
  }
  /**
   * Walks the folder `rel` ('' for the root), depth first, into `out`: what .dockerignore lets through, the
   * walk's cap counting `out`. Entries are typed as readdir says: a symbolic link is a file, never followed.
   */
  walk(rel, out, skipDependencies = false) {
    const stack = [rel];
    while (stack.length) {
      const dir = stack.pop();
      for (const e of this.list(dir) ?? []) {
        const path = dir ? `${dir}/${e.name}` : e.name;
        const isDir = e.isDirectory();
        if (skipDependencies && isDir && DEPENDENCY_DIRS.includes(e.name)) continue;
        const ignored = this.ignores(path);
        if (ignored && !isDir) continue;
        if (out.length >= WALK_CAP) {
          this.truncated = true;
          return;
        }
        if (isDir) {
          if (ignored && !this.reincludes) continue;
          out.push({ path, size: 0, dir: true });
          stack.push(path);
        } else {
          out.push(new LazyFile(path, `${this.root}/${path}`));
        }
      }
    }
  }
  /** A literal path of the context as the whole walk would find it: the entry and, for a folder, all below it. */
  lookUp(rel) {
    const parts = rel.split("/");
    let dir = "";
    for (let i = 0; i < parts.length; i++) {
      const entry = this.list(dir)?.find((e) => e.name === parts[i]);
      if (!entry) return [];
      const path = dir ? `${dir}/${parts[i]}` : parts[i];
      const isDir = entry.isDirectory();
      const ignored = this.ignores(path);
      const last = i === parts.length - 1;
      if (ignored && (!isDir || !this.reincludes)) return [];
      if (!last && !isDir) return [];
      if (last) {
        if (!isDir) return [new LazyFile(path, `${this.root}/${path}`)];
        const out = [{ path, size: 0, dir: true }];
        this.walk(path, out);
        return out;
      }
      dir = path;
    }
    return [];
  }
  ignored(path) {
    const p = path.replace(/^\.?\//, "").replace(/\/$/, "");
    return p !== "" && this.ignores(p);
  }
  files() {
    if (!this.cache) {
      this.cache = [];
      this.walk("", this.cache);
    }
    return this.cache;
  }
  projectFiles() {
    if (!this.project) {
      if (this.cache && !this.truncated) this.project = this.cache.filter((f) => !f.path.split("/").some((seg, i, all) => DEPENDENCY_DIRS.includes(seg) && (i < all.length - 1 || f.dir)));
      else this.walk("", this.project = [], true);
    }
    return this.project;
  }
  match(source) {
    const src = relative(source);
    if (src === "" || src === ".") return this.files();
    let found = this.matches.get(src);
    if (!found) {
      if (literal(src) && !this.cache) {
        found = this.lookUp(src);
      } else {
        const re = GLOB.test(src) ? globToRegExp(src) : void 0;
        const prefix = `${src}/`;
        found = this.files().filter((f) => (re ? re.test(f.path) : f.path === src) || f.path.startsWith(prefix));
      }
      this.matches.set(src, found);
    }
    return found;
  }
  at(path) {
    const src = relative(path);
    return src !== "" && literal(src) ? this.match(src) : [];
  }
  bytes(path, maxBytes) {
    const rel = path.replace(/^\.?\//, "");
    if (this.ignored(rel)) return void 0;
    try {
      const full = join(this.root, rel);
      const st = statSync(full, { throwIfNoEntry: false });
      return st?.isFile() && st.size <= maxBytes ? readFileSync(full) : void 0;
    } catch {
      return void 0;
    }
  }
  readListed(file, maxBytes, skip) {
    const size = file.size;
    if (file.dir || size > maxBytes) return void 0;
    let fd;
    try {
      fd = openSync(`${this.root}/${file.path}`, "r");
      const buf = Buffer.allocUnsafe(size);
      let got = 0;
      const fill = (upTo) => {
        while (got < upTo) {
          const n = readSync(fd, buf, got, upTo - got, got);
          if (n === 0) break;
          got += n;
        }
      };
      fill(Math.min(size, HEAD_BYTES));
      if (skip?.(buf.subarray(0, got))) return void 0;
      if (got === Math.min(size, HEAD_BYTES)) fill(size);
      return buf.subarray(0, got);
    } catch {
      return void 0;
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
  read(path, maxBytes = 1 << 20) {
    const rel = path.replace(/^\.?\//, "");
    let got = this.reads.get(rel);
    if (!got) {
      got = { size: -1, text: void 0 };
      if (!this.ignored(rel)) {
        try {
          const st = statSync(join(this.root, rel), { throwIfNoEntry: false });
          if (st?.isFile()) got.size = st.size;
        } catch {
        }
      }
      this.reads.set(rel, got);
    }
    if (got.size < 0 || got.size > maxBytes) return void 0;
    if (got.text === void 0) {
      try {
        got.text = readFileSync(join(this.root, rel), "utf8");
      } catch {
        got.size = -1;
      }
    }
    return got.text;
  }
};
var LazyFile = class {
  constructor(path, abs) {
    this.path = path;
    this.abs = abs;
  }
  path;
  abs;
  dir = false;
  #size;
  get size() {
    if (this.#size === void 0) {
      try {
        this.#size = statSync(this.abs, { throwIfNoEntry: false })?.size ?? 0;
      } catch {
        this.#size = 0;
      }
    }
    return this.#size;
  }
};
var GLOB = /[*?[\\]/;
function relative(source) {
  return source.split("/").filter((seg) => seg !== "" && seg !== ".").join("/");
}
function literal(path) {
  return !GLOB.test(path) && !path.split("/").some((p) => p === ".." || p === "." || p === "");
}

// src/dockerfile/context-check.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2 } from "node:path";
var CHECK = /* @__PURE__ */ Symbol("context-check");
var GLOB2 = /[*?[\\]/;
function checkContext(df, context) {
  return memoOn(df, CHECK, () => compute(df, context));
}
function contextCheckOf(df) {
  return df[CHECK]?.value;
}
function literalSource(ins, source) {
  if (ins.keyword === "ADD" && /^(https?|git):\/\/|^git@/.test(source)) return false;
  if (source.includes("$") || GLOB2.test(source)) return false;
  const rel = relative(source);
  return rel !== "" && !rel.split("/").includes("..");
}
function compute(df, context) {
  const missing = [];
  let literal2 = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const stage of df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      const spec = ins.copy;
      if (!spec || spec.from !== void 0) continue;
      for (const source of spec.sources) {
        if (!literalSource(ins, source)) continue;
        literal2++;
        const rel = relative(source);
        if (seen.has(rel)) continue;
        seen.add(rel);
        if (context.at(rel).length > 0 || existsSync2(join2(context.root, rel))) continue;
        missing.push({ ins, source });
      }
    }
  }
  return { context, missing, literal: literal2, wrongFolder: literal2 > 0 && missing.length > 0 && missing.length === seen.size };
}

// src/lambda/dockerfile-contract.ts
import { basename as basename2, posix as posix3 } from "node:path";
var CONTRACT = /* @__PURE__ */ Symbol("contract");
function analyzeDockerfile(df, context) {
  return memoOn(df, CONTRACT, () => df.target ? compute2(df, df.target, context) : void 0);
}
var isAbs = (p) => p.startsWith("/");
var hasVar = (p) => p.includes("$");
var GLOB3 = /[*?[]/;
function compute2(df, target, context) {
  const present = /* @__PURE__ */ new Map();
  const unverifiableBy = /* @__PURE__ */ new Map();
  const own = [];
  for (const stage of df.stages) {
    const list2 = stage.base.stage ? [...present.get(stage.base.stage) ?? []] : [];
    const unv = stage.base.stage ? [...unverifiableBy.get(stage.base.stage) ?? []] : [];
    for (const ins of stage.instructions) {
      const wd = ins.workdir;
      if (ins.keyword === "RUN") {
        for (const ev of runEvidence(df, ins, stage, wd, context, unv)) {
          list2.push(ev);
          own.push(ev);
        }
      } else if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy) {
        const spec = ins.copy;
        if (spec.fromStage) {
          for (const ev of present.get(spec.fromStage) ?? []) {
            const moved = carry(ev, spec.sources, spec.dest);
            if (moved) list2.push(moved);
          }
          for (const u of unverifiableBy.get(spec.fromStage) ?? []) unv.push(u);
        } else {
          for (const ev of copyEvidence(ins, stage, context)) {
            list2.push(ev);
            own.push(ev);
          }
        }
      }
    }
    present.set(stage, list2);
    unverifiableBy.set(stage, unv);
  }
  const lineage = stageLineage(target);
  const evidence = present.get(target) ?? [];
  const origins = new Set(evidence.map((e) => e.origin ?? e));
  const stranded = [];
  for (const ev of own) {
    if (origins.has(ev) || lineage.includes(ev.stage)) continue;
    const copiedPaths = lineage.flatMap((s) => s.instructions).filter((i) => i.copy?.fromStage && stageLineage(i.copy.fromStage).includes(ev.stage)).flatMap((i) => i.copy.sources);
    stranded.push({ ev, reachable: ev.stage.reachesTarget, copiedPaths });
  }
  const files = [];
  const opaqueWrites = [];
  const knownDirs = /* @__PURE__ */ new Set(["/", "/tmp", "/opt"]);
  if (target.base.kind.kind === "aws") for (const d of ["/var/task", "/var/runtime", "/var/lang", "/opt/extensions"]) knownDirs.add(d);
  for (const s of lineage) for (const i of s.instructions) knownDirs.add(i.workdir);
  for (const s of lineage) if (s.workdir) knownDirs.add(s.workdir.value);
  for (const ins of lineage.slice().reverse().flatMap((s) => s.instructions)) {
    if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy) {
      const spec = ins.copy;
      if (spec.from !== void 0 || spec.sources.some((s) => /^(https?|git):\/\//.test(s) || ins.keyword === "ADD" && /\.(tar(\.\w+)?|tgz|zip)$/.test(s))) {
        opaqueWrites.push(ins);
        continue;
      }
      for (const h of spec.heredocs) files.push({ path: spec.dest.endsWith("/") ? `${spec.dest}${h.name}` : spec.dest, ins });
      files.push(...contextFiles(ins, context, knownDirs));
      if (context && spec.sources.some((src) => literalSource(ins, src) && context.match(src).length === 0)) opaqueWrites.push(ins);
    } else if (ins.keyword === "RUN" && !isBenignRun(df, ins)) {
      opaqueWrites.push(ins);
    }
  }
  const analysis = {
    target,
    lineage,
    evidence,
    unverifiable: unverifiableBy.get(target) ?? [],
    stranded,
    files,
    opaqueWrites,
    knownDirs,
    noClient: target.base.kind.kind === "other" && evidence.length === 0 && (unverifiableBy.get(target) ?? []).length === 0,
    classify: (argv) => classifyLaunch(argv, sight)
  };
  const sight = new DockerfileSight(analysis, df, context);
  return analysis;
}
function contextFiles(ins, context, knownDirs) {
  const spec = ins.copy;
  if (!spec || spec.from !== void 0) return [];
  const out = [];
  const sources = spec.sources;
  const destIsDir = spec.dest.endsWith("/") || sources.length > 1 || (knownDirs?.has(spec.dest) ?? false);
  for (const src of sources) {
    if (hasVar(src)) continue;
    const clean = relative(src) || ".";
    const glob = GLOB3.test(clean);
    if (!context) {
      if (glob || clean === "." || clean === "" || /\/\.$/.test(src)) continue;
      out.push({ path: destIsDir || !/\.\w+$/.test(clean) ? posix3.join(spec.dest, basename2(clean)) : spec.dest, contextPath: clean, ins });
      continue;
    }
    for (const f of context.match(src)) {
      if (f.dir) continue;
      let path;
      if (clean === "." || clean === "") path = posix3.join(spec.dest, f.path);
      else if (f.path.startsWith(`${clean}/`)) path = posix3.join(spec.dest, f.path.slice(clean.length + 1));
      else if (glob) {
        const dirMatch = f.path.split("/").slice(0, clean.split("/").length).join("/");
        path = dirMatch !== f.path ? posix3.join(spec.dest, f.path.slice(dirMatch.length + 1)) : posix3.join(spec.dest, basename2(f.path));
      } else path = destIsDir ? posix3.join(spec.dest, basename2(f.path)) : spec.dest;
      out.push({ path: normalizePath(path), contextPath: f.path, ins });
    }
  }
  return out;
}
var BENIGN = /* @__PURE__ */ new Set(["chmod", "chown", "mkdir", "rm", "echo", "useradd", "adduser", "groupadd", "addgroup", "true", "ln", "apt-get", "apk", "yum", "dnf", "microdnf", "gem", "bundle", "pip", "pip3", "uv", "poetry", "pipenv", "conda", "printf", "set", "export", "test", "[", "cd", "ls", "touch", "update-ca-certificates"]);
function isBenignRun(df, ins) {
  const script = df.shell(ins);
  if (!script || script.hasError) return false;
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    if (/^(python[\d.]*)$/.test(name) && cmd.args[0] === "-m" && /^pip\d*$/.test(cmd.args[1] ?? "")) {
      if (cmd.args.some((a) => a === "." || a.startsWith("./") || a === "-e")) return false;
      continue;
    }
    if (name === "npm" && ["ci", "install", "i"].includes(cmd.args.find((a) => !a.startsWith("-")) ?? "")) continue;
    if ((name === "yarn" || name === "pnpm") && ["install", ""].includes(cmd.args.find((a) => !a.startsWith("-")) ?? "")) continue;
    if (!BENIGN.has(name)) return false;
    if ((name === "pip" || name === "pip3") && cmd.args.some((a) => a === "." || a.startsWith("./") || a === "-e")) return false;
  }
  return true;
}
function carry(ev, sources, dest) {
  const origin = ev.origin ?? ev;
  if (!ev.path) return { ...ev, origin, path: void 0 };
  for (const raw of sources) {
    if (hasVar(raw) || GLOB3.test(raw)) return { ...ev, origin, path: void 0 };
    const src = normalizePath(raw.startsWith("/") ? raw : `/${raw}`);
    if (pathWithin(ev.path, src)) {
      const rest = ev.path.slice(src === "/" ? 0 : src.length);
      let path;
      if (rest === "" && dest.endsWith("/") && (ev.compiled || ev.ric === "bootstrap")) path = posix3.join(dest, basename2(src));
      else path = normalizePath(`${dest}${rest}`);
      return { ...ev, origin, path };
    }
    if (pathWithin(src, ev.path)) return { ...ev, origin, path: normalizePath(dest) };
  }
  return void 0;
}
function optionValue(inst, ...names) {
  for (const o of inst.options) {
    const eq = o.indexOf("=");
    if (eq > 0 && names.includes(o.slice(0, eq))) return o.slice(eq + 1);
  }
  return void 0;
}
function resolveIn(wd, p, ins, df) {
  const e = expand(p, ins.scope, df.escape);
  if (e.unresolved.length) return void 0;
  return isAbs(e.value) ? normalizePath(e.value) : normalizePath(`${wd}/${e.value}`);
}
var MANIFESTS = /* @__PURE__ */ Symbol("manifests");
function manifestSays(context, spec, file) {
  if (!context) return { verdict: "unknown" };
  const memo = memoOn(context, MANIFESTS, () => /* @__PURE__ */ new Map());
  const key = `${spec.id}\0${String(file)}`;
  let answer = memo.get(key);
  if (!answer) memo.set(key, answer = readManifest(context, spec, file));
  return answer;
}
function readManifest(context, spec, file) {
  const exact = typeof file === "string" ? context.at(file).filter((f) => !f.dir) : [];
  const byName = context.projectFiles().filter((f) => !f.dir && !exact.some((e) => e.path === f.path) && (typeof file === "string" ? basename2(f.path) === basename2(file) : file.test(basename2(f.path))));
  const candidates = [...exact, ...byName];
  if (candidates.length === 0) return { verdict: "unknown" };
  for (const c of candidates.slice(0, 20)) {
    const text = context.read(c.path, 2 << 20);
    if (text === void 0) return { verdict: "unknown" };
    if (spec.manifests.some((m) => m.pattern.test(text))) return { verdict: "yes", file: c.path };
    if (spec.id === "python") {
      for (const m of text.matchAll(/^\s*(?:-r|--requirement)\s*=?\s*(\S+)/gm)) {
        const inner = context.read(posix3.join(posix3.dirname(c.path), m[1]));
        if (inner && spec.manifests.some((mm) => mm.pattern.test(inner))) return { verdict: "yes", file: c.path };
      }
    }
  }
  return { verdict: "no" };
}
var MANIFEST_FOR = {
  npm: /^package\.json$/,
  yarn: /^package\.json$/,
  pnpm: /^package\.json$/,
  bun: /^package\.json$/,
  bundle: /^(Gemfile|gems\.rb)$/,
  mvn: /^pom\.xml$/,
  gradle: /^build\.gradle(\.kts)?$/,
  dotnet: /\.(cs|fs|vb)proj$/,
  uv: /^(pyproject\.toml|requirements[\w.-]*\.txt)$/,
  poetry: /^pyproject\.toml$/,
  pipenv: /^Pipfile$/
};
function runEvidence(df, ins, stage, wd, context, unv) {
  const script = df.shell(ins);
  const out = [];
  if (!script) return out;
  const cwdOf = /* @__PURE__ */ new Map();
  {
    let dir = wd;
    for (const cmd of script.commands) {
      cwdOf.set(cmd, dir);
      if (commandName(cmd) === "cd" && cmd.args[0] && !cmd.substitutionOf) dir = resolveIn(dir, cmd.args[0], ins, df) ?? dir;
    }
  }
  let cwd = wd;
  for (const inst of installs(script)) {
    cwd = cwdOf.get(inst.cmd) ?? wd;
    const target = optionValue(inst, "-t", "--target", "--prefix", "--install-dir", "-i");
    const global = inst.options.includes("-g") || inst.options.includes("--global");
    const base = { ins, stage };
    for (const spec of RICS) {
      const named = spec.packages.find((p) => p.managers.includes(inst.manager) && inst.packages.includes(p.name));
      if (named) {
        let path;
        if (target) path = resolveIn(cwd, target, ins, df);
        else if (spec.id === "nodejs" && global) path = inst.manager === "yarn" ? "/usr/local/share/.config/yarn/global/node_modules" : stage.base.kind.kind === "aws" ? "/var/lang/lib/node_modules" : "/usr/local/lib/node_modules";
        else if (spec.id === "nodejs") path = resolveIn(cwd, optionValue(inst, "--prefix") ?? ".", ins, df)?.replace(/\/?$/, "/node_modules");
        out.push({ ...base, ric: spec.id, what: `${inst.manager} ${inst.subcommand} ${named.name}`, path });
        continue;
      }
      if (spec.id === "go" || spec.id === "rust" || spec.id === "dotnet") continue;
      if (!spec.manifestManagers.includes(inst.manager) && !(spec.id === "python" && inst.manager === "pip")) continue;
      const files = [...inst.files];
      if (spec.id === "python" && inst.packages.some((p) => p === "." || p.startsWith("./") || p.startsWith("/"))) files.push(/^(pyproject\.toml|setup\.py|setup\.cfg)$/);
      const pkgManagerDriven = inst.packages.length === 0 || ["ci", "sync", "restore", "publish", "build", "package", "install"].includes(inst.subcommand);
      if (files.length === 0 && MANIFEST_FOR[inst.manager] && pkgManagerDriven && spec.manifestManagers.includes(inst.manager) && (inst.packages.length === 0 || ["mvn", "gradle", "dotnet"].includes(inst.manager))) files.push(MANIFEST_FOR[inst.manager]);
      for (const f of files) {
        const { verdict, file } = manifestSays(context, spec, f);
        const label = typeof f === "string" ? f : file ?? String(f);
        if (verdict === "yes") out.push({ ...base, ric: spec.id, what: `${spec.label} in ${file ?? label}`, path: void 0 });
        else if (verdict === "unknown") unv.push({ ins, what: `${inst.manager} ${inst.subcommand} (${typeof f === "string" ? f : "manifest"} not readable)` });
      }
    }
    if (inst.packages.some((p) => hasVar(p))) unv.push({ ins, what: `${inst.manager} ${inst.subcommand} ${inst.packages.join(" ")}` });
  }
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    cwd = cwdOf.get(cmd) ?? cwd;
    const sub = cmd.args.find((x) => !x.startsWith("-")) ?? "";
    const compiler = COMPILERS.find((c) => c.command === name && (!c.sub || c.sub.includes(sub)));
    if (compiler) {
      const spec = ricById(compiler.ric);
      const { verdict, file } = manifestSays(context, spec, spec.manifests[0].files);
      const path = compiledPath(cmd, name, sub, cwd, ins, df);
      if (verdict === "yes" || verdict === "unknown" && compiler.ric !== "dotnet") out.push({ ins, stage, ric: compiler.ric, what: verdict === "yes" ? `${spec.label} in ${file}` : `${name} ${sub}`, path, compiled: true, ...verdict === "yes" ? {} : { assumed: true } });
      else if (verdict === "unknown") unv.push({ ins, what: `${name} ${sub} (project file not readable)` });
    }
    if (["cp", "mv", "install", "ln"].includes(name)) {
      const last = cmd.args.filter((a) => !a.startsWith("-")).pop();
      const dest = last ? resolveIn(cwd, last, ins, df) : void 0;
      if (dest && BOOTSTRAP_PATHS.includes(dest)) out.push({ ins, stage, ric: "bootstrap", what: `${name} to ${dest}`, path: dest });
    }
    if (cmd.redirects.some((r) => BOOTSTRAP_PATHS.includes(resolveIn(cwd, r.target, ins, df) ?? ""))) {
      out.push({ ins, stage, ric: "bootstrap", what: "a bootstrap script written by RUN", path: resolveIn(cwd, cmd.redirects[0].target, ins, df) });
    }
  }
  return out;
}
function compiledPath(cmd, name, sub, cwd, ins, df) {
  if (name === "go" || name === "dotnet") {
    const o = cmd.args.findIndex((x) => x === "-o" || x === "--output");
    const v = o >= 0 ? cmd.args[o + 1] : cmd.args.find((x) => x.startsWith("--output=") || x.startsWith("-o="))?.replace(/^[^=]*=/, "");
    return v ? resolveIn(cwd, v, ins, df) : void 0;
  }
  if (name === "cargo") return resolveIn(cwd, sub === "lambda" ? "target/lambda" : "target", ins, df);
  return void 0;
}
function copyEvidence(ins, stage, context) {
  const spec = ins.copy;
  const out = [];
  const add = (ric, what, path) => out.push({ ric, what, ins, stage, path });
  if (spec.from !== void 0) {
    const from = spec.from.split("@")[0].replace(/:[^/]*$/, "");
    if (WEB_ADAPTER.image.test(from) && pathWithin(spec.dest, WEB_ADAPTER.extensionDir)) add("web-adapter", `the Lambda Web Adapter from ${spec.from}`, spec.dest);
    if (BOOTSTRAP_PATHS.includes(spec.dest)) add("bootstrap", `a bootstrap copied from ${spec.from}`, spec.dest);
    return out;
  }
  const awsDirs = stage.base.kind.kind === "aws" ? ["/var/task", "/var/runtime", "/opt"] : ["/opt"];
  const destIsDir = spec.dest.endsWith("/") || spec.sources.length > 1 || awsDirs.includes(spec.dest);
  for (const h of spec.heredocs) {
    const p = destIsDir ? posix3.join(spec.dest, h.name) : spec.dest;
    if (BOOTSTRAP_PATHS.includes(p)) add("bootstrap", "a bootstrap script", p);
  }
  for (const src of spec.sources) {
    const name = basename2(src.replace(/\/+$/, ""));
    const path = destIsDir ? posix3.join(spec.dest, name) : spec.dest;
    if (JAVA_RIC_JAR.test(name)) add("java", name, path);
    else if (BOOTSTRAP_PATHS.includes(path) || BOOTSTRAP_PATHS.includes(spec.dest)) add("bootstrap", `${src} copied to ${path}`, path);
    else if (context && !hasVar(src)) {
      const matched = context.match(src).filter((f) => !f.dir);
      const jar = matched.find((f) => JAVA_RIC_JAR.test(basename2(f.path)));
      if (jar) add("java", basename2(jar.path), spec.dest);
      const dll = matched.find((f) => basename2(f.path) === DOTNET_RIC_DLL);
      if (dll) add("dotnet", DOTNET_RIC_DLL, spec.dest);
      const boot = matched.find((f) => basename2(f.path) === "bootstrap");
      if (boot && !dll) add("bootstrap", `${boot.path}`, posix3.join(spec.dest, boot.path.slice(src.replace(/^\.?\/?/, "").replace(/\/+$/, "").length).replace(/^\//, "")));
    }
  }
  return out;
}
var DockerfileSight = class {
  constructor(a, df, context) {
    this.a = a;
    this.workdir = a.target.workdir?.value ?? "/";
    this.scripts = { parse: (text) => df.script(text).commands, at: (path) => findScript(path, a, df, context) };
  }
  a;
  seesBuild = true;
  workdir;
  scripts;
  holds(ric) {
    return this.a.evidence.some((e) => e.ric === ric);
  }
  bootstrapAt(path) {
    return this.a.evidence.find((e) => e.path !== void 0 && (e.compiled || e.ric === "bootstrap") && placedAt(path, e.path));
  }
  get unplacedBinary() {
    return this.a.evidence.some((e) => e.compiled && e.path === void 0);
  }
};
function findScript(path, a, df, context) {
  for (const ins of a.lineage.slice().reverse().flatMap((s) => s.instructions).reverse()) {
    if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy && ins.copy.from === void 0) {
      const spec = ins.copy;
      const destIsDir = spec.dest.endsWith("/") || spec.sources.length + spec.heredocs.length > 1;
      for (const h of spec.heredocs) if ((destIsDir ? posix3.join(spec.dest, h.name) : spec.dest) === path) return h.content;
      for (const f of contextFiles(ins, context, a.knownDirs)) if (f.path === path && f.contextPath) return context?.read(f.contextPath, 256 << 10);
    }
    if (ins.keyword === "RUN" && ins.heredocs.length) {
      const script = df.shell(ins);
      const wd = ins.workdir;
      if (script?.commands.some((c) => c.redirects.some((r) => r.target && normalizePath(isAbs(r.target) ? r.target : `${wd}/${r.target}`) === path))) return ins.heredocs[0].content;
    }
  }
  return void 0;
}

// src/lambda/evidence.ts
var LAMBDA_CONTRACT_RULES = /* @__PURE__ */ new Set(["LL101", "LL102", "LL103", "LL104", "LL105", "LL107", "LL108", "LL110"]);
var RIC_WORDS = /\b(awslambdaric|aws-lambda-ric|aws_lambda_ric|aws-lambda-java-runtime-interface-client|Amazon\.Lambda\.RuntimeSupport|aws-lambda-cpp|lambda_runtime|aws-lambda-go)\b/;
var ADAPTER = /aws-lambda-adapter|\/opt\/extensions\/lambda-adapter|\bAWS_LWA_\w+/;
var TASK_ROOT = /\bLAMBDA_TASK_ROOT\b|\bLAMBDA_RUNTIME_DIR\b|(^|[\s"'=:])\/var\/(task|runtime)(\/|\b)/;
var RIE = new RegExp(`\\b(${RIE_BINARIES.join("|")})\\b`);
var HANDLER = /^(?:[\w$-]+\/)*[\w$-]+(?:\.[A-Za-z_$][\w$]*)+$|^[\w.$]+::[\w$]+$|^[\w.]+::[\w.]+::[\w$]+$/;
var FILE_NAME = /\.(js|mjs|cjs|ts|py|rb|sh|jar|war|php|pl|json|ya?ml|conf|ini|toml|html|txt|dll|exe|bin)$/i;
var EVIDENCE = /* @__PURE__ */ Symbol("lambda-evidence");
function lambdaEvidence(df, context) {
  return memoOn(df, EVIDENCE, () => collect(df, context));
}
function handlerShaped(s) {
  return HANDLER.test(s) && !FILE_NAME.test(s) && !/^\d/.test(s);
}
function collect(df, context) {
  const out = [];
  for (let stage = df.target; stage; stage = stage.base.stage) {
    const kind = stage.base.kind;
    const ref = stage.base.ref;
    if (!stage.base.stage && kind.kind === "aws") out.push({ what: `the AWS Lambda base image ${stage.base.expanded.value}`, ins: stage.fromInstruction });
    else if (!stage.base.stage && kind.kind === "lambda-ready") out.push({ what: `the Lambda base image ${stage.base.expanded.value} (${kind.vendor})`, ins: stage.fromInstruction });
    else if (!stage.base.stage && !stage.base.scratch && lambdaNamedRepository(ref.repository)) out.push({ what: `the base image ${stage.base.expanded.value}, whose name says lambda`, ins: stage.fromInstruction });
  }
  for (const ins of df.instructions) {
    if (ins.stage && !ins.stage.reachesTarget) continue;
    const text = ins.keyword === "COPY" || ins.keyword === "ADD" ? `${ins.flags.map((f) => `--${f.name}=${f.value ?? ""}`).join(" ")} ${ins.text}` : ins.text;
    if (ins.keyword === "FROM" || ins.keyword === "LABEL" || ins.keyword === "MAINTAINER") continue;
    let m;
    if (m = RIC_WORDS.exec(text)) out.push({ what: `${m[1]} (a runtime interface client)`, ins });
    else if (m = ADAPTER.exec(text)) out.push({ what: "the Lambda Web Adapter", ins });
    else if (m = RIE.exec(text)) out.push({ what: `the Runtime Interface Emulator (${m[1]})`, ins });
    else if (m = TASK_ROOT.exec(text)) out.push({ what: `${m[0].trim().replace(/^["'=:]/, "")}`, ins });
    else if (ins.keyword === "ENV" && ins.properties.some((p) => p.name === "_HANDLER")) out.push({ what: "a _HANDLER setting", ins });
    else if (ins.copy && ins.copy.from && lambdaNamedRepository(ins.copy.from)) out.push({ what: `files copied from ${ins.copy.from}`, ins });
    else if (ins.copy && /(^|\/)bootstrap\/?$/.test(ins.copy.dest)) out.push({ what: `a bootstrap (${ins.copy.dest})`, ins });
    else if ((ins.keyword === "ENTRYPOINT" || ins.keyword === "CMD") && (ins.exec ?? ins.words).some((w) => /(^|\/)bootstrap$/.test(w) || w === JAVA_RIC_MAIN)) out.push({ what: "a bootstrap executable as the entrypoint", ins });
  }
  const target = df.target;
  if (target) {
    const cmd = target.cmd?.value.exec;
    const handler = cmd && cmd.length === 1 ? cmd[0] : void 0;
    if (handler !== void 0 && handlerShaped(handler)) out.push({ what: `the handler-shaped CMD ["${handler}"]`, ins: target.cmd?.from });
    if (out.length === 0) {
      const a = analyzeDockerfile(df, context);
      const ev = [...a?.evidence ?? [], ...a?.stranded.map((x) => x.ev) ?? []].find((e) => !e.assumed && !e.origin?.assumed);
      if (ev) out.push({ what: ev.what, ins: ev.ins });
    }
  }
  return out;
}
function judgesAsLambda(df, context, forced, mode) {
  if (forced !== void 0) return forced;
  if (mode !== "dockerfile") return true;
  return lambdaEvidence(df, context).length > 0;
}

// src/image/history.ts
var KEYWORDS = /^(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)\b/i;
var SHELL_C = /^\/(?:usr\/)?bin\/(?:ba|da|z|a)?sh((?:\s+-(?!c\s)[A-Za-z]+(?:\s+pipefail)?)*)\s+-c\s+([\s\S]*)$/;
function splitBuildArgs(s) {
  const m = /^\|(\d+)\s+/.exec(s);
  if (!m) return { rest: s, buildArgs: [] };
  let rest = s.slice(m[0].length);
  const buildArgs = [];
  for (let i = 0; i < Number(m[1]); i++) {
    const a = /^([A-Za-z_][A-Za-z0-9_.-]*)=(\S*)(?:\s+|$)/.exec(rest);
    if (!a) break;
    buildArgs.push({ name: a[1], value: a[2] });
    rest = rest.slice(a[0].length);
  }
  return { rest, buildArgs };
}
function parse(createdBy) {
  let s = createdBy.trim().replace(/(?:^|\s+)#\s*buildkit$/i, "").trim();
  if (s === "") return { buildArgs: [] };
  const keywordRun = /^RUN\s+/i.exec(s);
  if (keywordRun) s = s.slice(keywordRun[0].length);
  const { rest, buildArgs } = splitBuildArgs(s);
  s = rest;
  const shell = SHELL_C.exec(s);
  if (shell) {
    s = shell[2].trim();
    const nop = /^#\(nop\)\s*([\s\S]*)$/.exec(s);
    if (!nop) return { instruction: runLine(s), buildArgs };
    s = nop[1].trim();
  } else if (keywordRun || buildArgs.length) {
    return { instruction: runLine(s), buildArgs };
  }
  if (!KEYWORDS.test(s)) return { instruction: runLine(s), buildArgs };
  s = s.replace(/^(COPY|ADD)\s+((?:--\S+\s+)*)(?:multi:|file:|dir:)?(\S+)\s+in\s+(\S+)\s*$/i, "$1 $2$3 $4");
  return { instruction: oneLine(s), buildArgs };
}
function runLine(script) {
  const body = script.trim();
  if (body === "") return void 0;
  return `RUN ${body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(" ; ")}`;
}
function oneLine(s) {
  return s.replace(/\s*\r?\n\s*/g, " ");
}
function argLine(name, value) {
  return /^[A-Za-z0-9_.,:\/@+%=-]*$/.test(value) ? `ARG ${name}=${value}` : `ARG ${name}="${value.replace(/[\\"$`]/g, "\\$&")}"`;
}
function historyLines(history) {
  const out = [];
  let layer = 0;
  history.forEach((h, i) => {
    const produced = h.empty_layer ? void 0 : layer++;
    const createdBy = h.created_by ?? "";
    const { instruction, buildArgs } = parse(createdBy);
    if (!instruction) return;
    if (instruction.startsWith("RUN ")) for (const a of buildArgs) out.push({ history: i, layer: produced, createdBy, instruction: argLine(a.name, a.value) });
    out.push({ history: i, layer: produced, createdBy, instruction });
  });
  return out;
}
function historyDockerfile(lines) {
  return ["FROM scratch", ...lines.map((l) => l.instruction)].join("\n") + "\n";
}

// src/lambda/contract.ts
var LambdaContract = class {
  constructor(df, img, getContext) {
    this.df = df;
    this.img = img;
    this.getContext = getContext;
  }
  df;
  img;
  getContext;
  dockerfileSide;
  imageSide;
  /** The Dockerfile evidence of the target stage; undefined when the file has no FROM. */
  get dockerfile() {
    return (this.dockerfileSide ??= { value: analyzeDockerfile(this.df, this.getContext()) }).value;
  }
  /** The image evidence; undefined when no image is linted. */
  get image() {
    return this.img ? this.imageSide ??= imageContract(this.img) : void 0;
  }
  /** Does this module source visibly define the handler's function? (`defined` undefined: cannot tell.) */
  functionDefined(family2, handler, text, truncated) {
    return functionDefined(family2, handler, text, truncated);
  }
};

// src/engine/env.ts
var EnvMap = class extends Map {
  constructor(complete) {
    super();
    this.complete = complete;
  }
  complete;
};
function dockerfileEnv(df, stage) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  for (let s = stage; s && !seen.has(s); s = s.base.stage) {
    seen.add(s);
    chain.push(s);
  }
  const root = chain[chain.length - 1];
  const env = new EnvMap(root.base.scratch);
  if (root.base.kind.kind === "aws") {
    for (const [name, value] of Object.entries(AWS_BASE_CONFIG.env)) env.set(name, { name, value, unresolved: [], source: "base-image" });
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const ins of chain[i].instructions) {
      if (ins.keyword !== "ENV") continue;
      for (const p of ins.properties) {
        const e = expand(p.value ?? "", ins.scope, df.escape);
        env.set(p.name, { name: p.name, value: e.value, unresolved: e.unresolved, from: ins, source: "dockerfile" });
      }
    }
  }
  return env;
}
function imageEnv(image, dockerfile) {
  const env = new EnvMap(true);
  for (const kv of image.config.Env ?? []) {
    const eq = kv.indexOf("=");
    const name = eq === -1 ? kv : kv.slice(0, eq);
    const value = eq === -1 ? "" : kv.slice(eq + 1);
    if (!name) continue;
    const written = dockerfile?.get(name);
    const from = written?.from && (written.unresolved.length > 0 || written.value === value) ? written.from : void 0;
    env.set(name, { name, value, unresolved: [], ...from ? { from } : {}, source: "image" });
  }
  return env;
}

// src/engine/facts.ts
var NO_ENV = Object.assign(/* @__PURE__ */ new Map(), { complete: false });
var InputFacts = class {
  constructor(df, image, getContext) {
    this.df = df;
    this.image = image;
    this.getContext = getContext;
  }
  df;
  image;
  getContext;
  lineageCache;
  estimatesCache;
  historyCache;
  envCache;
  imageEnvCache;
  lambdaCache;
  get lineage() {
    return this.lineageCache ??= this.df.target ? stageLineage(this.df.target) : [];
  }
  get estimates() {
    if (!this.estimatesCache) {
      try {
        this.estimatesCache = { value: this.image ? estimateImage(imageFacts(this.image)) : estimatesForDockerfile(this.df, this.getContext()) };
      } catch (e) {
        this.estimatesCache = { error: String(e?.message ?? e).split("\n")[0] };
      }
    }
    if (!this.estimatesCache.value) throw new MissingFact("estimates", `the estimates could not be made (${this.estimatesCache.error})`);
    return this.estimatesCache.value;
  }
  get history() {
    if (!this.image) throw new MissingFact("history", "the input is not an image");
    return this.historyCache ??= historyLines(this.image.config.history);
  }
  /** The target's environment in effect: the image config's Env when the input has the image, else the Dockerfile's. */
  get env() {
    if (this.image) return this.imageEnvCache ??= imageEnv(this.image, this.df.target ? this.envOf(this.df.target, false) : void 0);
    return this.df.target ? this.envOf(this.df.target) : NO_ENV;
  }
  /** A stage's environment from the Dockerfile; the target's is the image's when the input has one. */
  envOf(stage, image = true) {
    if (image && this.image && stage === this.df.target) return this.env;
    const cache = this.envCache ??= /* @__PURE__ */ new Map();
    let env = cache.get(stage);
    if (!env) cache.set(stage, env = dockerfileEnv(this.df, stage));
    return env;
  }
  get lambda() {
    return this.lambdaCache ??= new LambdaContract(this.df, this.image, this.getContext);
  }
  get lambdaEvidence() {
    return lambdaEvidence(this.df, this.getContext());
  }
  /** Reading the context checks it (the runner hides a folder that is not the build context); the check is kept. */
  get contextCheck() {
    this.getContext();
    return contextCheckOf(this.df);
  }
};
var DECLARED = /* @__PURE__ */ new WeakMap();
function factsFor(rule, facts) {
  let declared = DECLARED.get(rule);
  if (!declared) DECLARED.set(rule, declared = new Set(rule.needs.facts ?? []));
  return new RuleFactsView(rule.code, declared, facts);
}
var RuleFactsView = class {
  constructor(code, declared, facts) {
    this.code = code;
    this.declared = declared;
    this.facts = facts;
  }
  code;
  declared;
  facts;
  check(name) {
    if (!this.declared.has(name)) throw new Error(`${this.code} reads facts.${name} but its needs.facts does not name it`);
  }
  get lineage() {
    this.check("lineage");
    return this.facts.lineage;
  }
  lineageOf(stage) {
    this.check("lineage");
    return stageLineage(stage);
  }
  get estimates() {
    this.check("estimates");
    return this.facts.estimates;
  }
  get history() {
    this.check("history");
    return this.facts.history;
  }
  get env() {
    this.check("env");
    return this.facts.env;
  }
  envOf(stage) {
    this.check("env");
    return this.facts.envOf(stage);
  }
  get lambda() {
    this.check("lambda");
    return this.facts.lambda;
  }
  get lambdaEvidence() {
    this.check("lambdaEvidence");
    return this.facts.lambdaEvidence;
  }
  get contextCheck() {
    this.check("contextCheck");
    return this.facts.contextCheck;
  }
};

// src/engine/suppressions.ts
var PRAGMA = /^lint-lambda-image\s+(global\s+)?ignore\s*=\s*(.+)$/i;
function readPragmas(df) {
  const pragmas = [];
  const comments = [];
  for (const ins of df.instructions) for (const c of ins.comments) comments.push({ ...c, next: ins });
  const lastLine = df.instructions.length ? df.instructions[df.instructions.length - 1].span.endLine : 0;
  df.lines.forEach((text, i) => {
    if (i + 1 > lastLine && text.trim().startsWith("#")) comments.push({ text: text.trim().replace(/^#\s*/, ""), line: i + 1 });
  });
  for (let i = 0; i < (df.instructions[0]?.span.line ?? 0) - 1; i++) {
    const t = df.lines[i].trim();
    if (t.startsWith("#") && !comments.some((c) => c.line === i + 1)) comments.push({ text: t.replace(/^#\s*/, ""), line: i + 1, next: df.instructions[0] });
  }
  for (const c of comments) {
    const m = PRAGMA.exec(c.text.trim());
    if (!m) continue;
    const ids = m[2].split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
    pragmas.push({ global: Boolean(m[1]), ids, line: c.line, instruction: m[1] ? void 0 : c.next });
  }
  return pragmas;
}

// src/deploy/overrides.ts
function synthetic(stage, keyword, value, label) {
  const base = stage.fromInstruction;
  const exec = Array.isArray(value.value) ? value.value : void 0;
  return {
    ...base,
    keyword,
    text: exec ? JSON.stringify(exec) : String(value.value),
    words: exec ?? [String(value.value)],
    flags: [],
    stage,
    exec,
    jsonInvalid: false,
    shellText: void 0,
    heredocs: [],
    properties: [],
    span: { line: value.at.line, column: value.at.column, endLine: value.at.endLine, endColumn: value.at.endColumn },
    comments: [],
    origin: { location: value.at, label }
  };
}
function applyImageConfig(df, facts) {
  const t = df.target;
  if (!t) return;
  const { command, entryPoint, workingDirectory } = facts.imageConfig;
  const name = facts.kind === "terraform" ? (k) => `image_config.${k}` : (k) => `ImageConfig.${k}`;
  if (entryPoint) {
    const ins = synthetic(t, "ENTRYPOINT", entryPoint, `${name(facts.kind === "terraform" ? "entry_point" : "EntryPoint")} of ${facts.id}`);
    t.entrypoint = { value: { exec: entryPoint.value }, from: ins };
  }
  if (command) {
    const ins = synthetic(t, "CMD", command, `${name(facts.kind === "terraform" ? "command" : "Command")} of ${facts.id}`);
    t.cmd = { value: { exec: command.value }, from: ins };
  }
  if (workingDirectory) {
    const ins = synthetic(t, "WORKDIR", workingDirectory, `${name(facts.kind === "terraform" ? "working_directory" : "WorkingDirectory")} of ${facts.id}`);
    t.workdir = { value: workingDirectory.value, from: ins };
  }
}

// src/engine/runner.ts
function ruleFinder(rules2) {
  const byId2 = /* @__PURE__ */ new Map();
  for (const r of rules2) {
    byId2.set(r.code.toUpperCase(), r);
    byId2.set(r.name.toLowerCase(), r);
  }
  return (id) => byId2.get(id.toUpperCase()) ?? byId2.get(id.toLowerCase());
}
async function lintDockerfile(text, options) {
  await initShell();
  return lintDockerfileSync(text, options);
}
function lintDockerfileSync(text, options) {
  const file = options.file ?? "Dockerfile";
  const config = options.config ?? {};
  const buildArgs = { ...config["build-args"] ?? {}, ...options.buildArgs ?? {} };
  const df = parseDockerfile(text, { file, buildArgs, target: options.target });
  if (options.deploy) applyImageConfig(df, options.deploy);
  const contextDir = options.contextDir === void 0 ? options.file ? dirname2(options.file) : void 0 : options.contextDir;
  const getContext = checkedContext(df, lazyContext(contextDir ?? void 0, options.file));
  const { findings, ruleErrors, skipped } = runRules({ df, mode: "dockerfile", file, getContext, options });
  return new DockerfileLintResult(file, findings, ruleErrors, skipped, df, getContext);
}
var DockerfileLintResult = class {
  constructor(file, findings, ruleErrors, skipped, model, getContext) {
    this.file = file;
    this.findings = findings;
    this.ruleErrors = ruleErrors;
    this.skipped = skipped;
    this.model = model;
    this.getContext = getContext;
  }
  file;
  findings;
  ruleErrors;
  skipped;
  model;
  getContext;
  kind = "dockerfile";
  get context() {
    return this.getContext();
  }
};
var RuleContextImpl = class {
  constructor(rule, df, target, input, mode, now, config, options, report, facts, deploy, getContext) {
    this.rule = rule;
    this.df = df;
    this.target = target;
    this.input = input;
    this.mode = mode;
    this.now = now;
    this.config = config;
    this.options = options;
    this.report = report;
    this.facts = facts;
    this.deploy = deploy;
    this.getContext = getContext;
  }
  rule;
  df;
  target;
  input;
  mode;
  now;
  config;
  options;
  report;
  facts;
  deploy;
  getContext;
  // Reading a source the rule's needs do not name is an error of the rule, as for ctx.facts (the rule tester fails on it).
  get context() {
    if (this.rule.needs.context !== true) throw new Error(`${this.rule.code} reads ctx.context but its needs.context is not true`);
    return this.getContext();
  }
  get image() {
    if (!this.rule.needs.image) throw new Error(`${this.rule.code} reads ctx.image but its needs.image is not set`);
    return this.input;
  }
};
function checkedContext(df, get) {
  return () => {
    const context = get();
    return context && checkContext(df, context).wrongFolder ? void 0 : context;
  };
}
function lazyContext(dir, dockerfile) {
  let context;
  let loaded = false;
  return () => {
    if (!loaded) {
      loaded = true;
      context = dir ? openContext(dir, dockerfile) : void 0;
    }
    return context;
  };
}
function runRules(env) {
  const { df, options } = env;
  const config = options.config ?? {};
  const findRule2 = ruleFinder(options.registry ?? options.rules);
  const ignored = /* @__PURE__ */ new Set();
  for (const id of [...config.ignore ?? [], ...options.ignore ?? []]) {
    const r = findRule2(id);
    if (r) ignored.add(r.code);
  }
  const overrides = /* @__PURE__ */ new Map();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    const r = findRule2(id);
    if (r) overrides.set(r.code, sev);
  }
  const pragmas = env.mode === "history" ? [] : readPragmas(df);
  for (const p of pragmas) {
    for (const id of p.ids) {
      const r = findRule2(id);
      if (!r) {
        const col = (df.lines[p.line - 1] ?? "").indexOf(id) + 1;
        df.problems.push({ messageId: "unknownPragmaId", span: { line: p.line, column: col || 1, endLine: p.line, endColumn: (col || 1) + id.length }, data: { id } });
      } else if (p.global) ignored.add(r.code);
    }
  }
  const findings = [];
  const now = options.now ?? /* @__PURE__ */ new Date();
  const rules2 = options.rules;
  const ruleErrors = [];
  const skipped = [];
  const failed = /* @__PURE__ */ new Set();
  const inputFacts = new InputFacts(df, env.image, env.getContext);
  const guard = (rule, fn) => (...args) => {
    if (failed.has(rule.code)) return;
    try {
      fn(...args);
    } catch (e) {
      failed.add(rule.code);
      if (e instanceof MissingFact) skipped.push({ code: rule.code, name: rule.name, reason: e.reason });
      else ruleErrors.push({ code: rule.code, name: rule.name, message: redactText(String(e?.message ?? e).split("\n")[0]) });
    }
  };
  const onInstruction = [];
  const onEnd = [];
  const onImage = [];
  const imageLocation = { file: env.imageFile ?? env.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  let lambda;
  const isLambda = () => lambda ??= judgesAsLambda(df, env.getContext(), options.deploy ? true : config.lambda, env.mode === "deploy" ? "dockerfile" : env.mode);
  for (const rule of rules2) {
    if (ignored.has(rule.code) || overrides.get(rule.code) === "off") continue;
    if (env.mode === "deploy" && !rule.needs.deploy) continue;
    if ((LAMBDA_CONTRACT_RULES.has(rule.code) || rule.needs.lambda === true) && !isLambda()) continue;
    const dockerfileEvidence = env.mode !== "history" || rule.needs.history === true;
    if (!dockerfileEvidence && !(env.image && rule.needs.image)) continue;
    const report = makeReporter(rule, env, overrides, imageLocation, findings);
    const ctx = new RuleContextImpl(rule, df, df.target, env.image, env.mode, now, config, optionsOf(rule, config), report, factsFor(rule, inputFacts), options.deploy, env.getContext);
    let visitor;
    guard(rule, () => {
      visitor = rule.create(ctx);
    })();
    if (!visitor) continue;
    if (dockerfileEvidence && visitor.instruction) onInstruction.push(guard(rule, visitor.instruction));
    if (dockerfileEvidence && visitor.end) onEnd.push(guard(rule, visitor.end));
    if (visitor.image) onImage.push(guard(rule, visitor.image));
  }
  if (env.mode !== "deploy") for (const ins of df.instructions) for (const visit of onInstruction) visit(ins);
  for (const end of onEnd) end();
  if (env.image) for (const visit of onImage) visit(env.image);
  const kept = failed.size ? findings.filter((f) => !failed.has(f.code)) : findings;
  const suppressed = (f) => f.location.file === env.file && pragmas.some(
    (p) => !p.global && p.instruction && f.location.line >= p.instruction.span.line && f.location.line <= p.instruction.span.endLine && p.ids.some((id) => findRule2(id)?.code === f.code)
  );
  const shown = kept.filter((f) => !suppressed(f));
  shown.sort(
    (a, b) => ordinal(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || ordinal(a.code, b.code)
  );
  const result = dedupe(shown);
  if (options.deploy) for (const f of result) relate(f, options.deploy, env);
  return { findings: result, ruleErrors, skipped };
}
function makeReporter(rule, env, overrides, imageLocation, findings) {
  return (d) => {
    const spec = rule.messages[d.messageId];
    if (!spec) throw new Error(`${rule.code}: unknown messageId ${d.messageId}`);
    let data;
    if (d.data) {
      data = {};
      for (const k in d.data) {
        const v = d.data[k];
        data[k] = typeof v === "string" ? redactText(v) : v;
      }
    }
    const override = overrides.get(rule.code);
    const severity = override && override !== "off" ? override : d.severity ?? spec.severity ?? rule.severity;
    let message = interpolate(spec.text, data);
    let location;
    let source = d.source ?? "dockerfile";
    let layer = d.layer;
    const at2 = d.at;
    if (at2 && "file" in at2) {
      location = { file: at2.file, line: at2.line, column: at2.column, endLine: at2.endLine, endColumn: at2.endColumn };
    } else if (at2 && "keyword" in at2 && at2.origin) {
      location = { ...at2.origin.location };
      message += ` (${at2.origin.label})`;
    } else if (source === "dockerfile" && env.mode === "history") {
      const origin = at2 && "keyword" in at2 ? env.historyOf?.(at2) : void 0;
      source = "image-history";
      layer = origin?.layer;
      location = imageLocation;
      if (origin) message += ` (from the image history${origin.layer !== void 0 ? `, layer ${origin.layer + 1}` : ""}: ${quoteHistory(origin.instruction)})`;
    } else if (source !== "dockerfile") {
      const ins = at2 && "keyword" in at2 ? at2 : layer !== void 0 ? env.instructionOfLayer?.(layer) : void 0;
      location = ins ? { file: env.file, ...ins.span } : at2 && !("keyword" in at2) ? { file: env.file, ...at2 } : imageLocation;
    } else {
      location = { file: env.file, ...toSpan(at2) };
    }
    findings.push({
      code: rule.code,
      name: rule.name,
      messageId: d.messageId,
      severity,
      message,
      location,
      source,
      ...layer !== void 0 ? { layer } : {},
      fix: spec.fix ? interpolate(spec.fix, data) : void 0,
      docsUrl: rule.docsUrl
    });
  };
}
function relate(f, fn, env) {
  f.function = fn.id;
  const related = [];
  if (f.location.file !== fn.at.file || f.location.line !== fn.at.line) related.push({ ...fn.at, message: `function ${fn.id}` });
  const from = env.df.target?.fromInstruction;
  if (f.location.file !== env.file && env.mode !== "deploy" && from) related.push({ file: env.file, ...from.span, message: "the Dockerfile that builds the image" });
  if (related.length > 0) f.related = related;
}
function quoteHistory(instruction) {
  let t = instruction.replace(/\s+/g, " ").trim();
  if (/^(ARG|ENV|LABEL)\s/i.test(t)) t = t.replace(/=("[^"]*"|'[^']*'|\S*)/g, "=\u2026");
  t = redactText(t);
  return t.length > 100 ? `${t.slice(0, 97)}...` : t;
}
function ordinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.code}|${f.location.file}|${f.location.line}|${f.location.column}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toSpan(at2) {
  if (!at2) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if ("keyword" in at2) return at2.span;
  return at2;
}

// rules/registry.ts
var RULES = rules;
var findRule = ruleFinder(RULES);

export {
  judgesAsLambda,
  formatMB,
  estimateImage,
  formatEstimateBlock,
  formatEstimateLine,
  estimatesForDockerfile,
  reportEstimates,
  imageFacts,
  historyLines,
  historyDockerfile,
  ruleFinder,
  lintDockerfile,
  lintDockerfileSync,
  lazyContext,
  runRules,
  RULES,
  findRule
};

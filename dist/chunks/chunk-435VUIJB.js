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
  bareShell,
  baseImageSize,
  baseSetsNoLambdaVariables,
  classifyLaunch,
  commonJsInEsm,
  contextPath,
  copyExcludes,
  entrypointLaunchArgv,
  envPathList,
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
  lockedPythonPackages,
  managerCommands,
  memoOn,
  msRange,
  normalizePath,
  normalizePyName,
  optionsOf,
  packageByKey,
  packageByName,
  parentsLanding,
  parseDockerfile,
  pathWithin,
  placedAt,
  redactText,
  ricById,
  rules,
  sizeRange,
  stageLineage
} from "./chunk-OOC7D3CD.js";
import {
  commandName,
  initShell
} from "./chunk-VXECP6A4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7KY5IGMZ.js";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
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

// node_modules/fast-xml-parser/lib/fxp.cjs
var require_fxp = __commonJS({
  "node_modules/fast-xml-parser/lib/fxp.cjs"(exports, module) {
    (() => {
      "use strict";
      var t = { d: (e2, n2) => {
        for (var i2 in n2) t.o(n2, i2) && !t.o(e2, i2) && Object.defineProperty(e2, i2, { enumerable: true, get: n2[i2] });
      }, o: (t2, e2) => Object.prototype.hasOwnProperty.call(t2, e2), r: (t2) => {
        "undefined" != typeof Symbol && Symbol.toStringTag && Object.defineProperty(t2, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(t2, "__esModule", { value: true });
      } }, e = {};
      t.r(e), t.d(e, { XMLBuilder: () => $e, XMLParser: () => ce, XMLValidator: () => Oe });
      const n = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD", i = new RegExp("^[" + n + "][" + n + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"), r = function(t2) {
        return !(null == i.exec(t2));
      }, s = ["hasOwnProperty", "toString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"], o = ["__proto__", "constructor", "prototype"], a = { allowBooleanAttributes: false, unpairedTags: [] };
      function l(t2, e2) {
        e2 = Object.assign({}, a, e2);
        const n2 = [];
        let i2 = false, r2 = false;
        "\uFEFF" === t2[0] && (t2 = t2.substr(1));
        for (let s2 = 0; s2 < t2.length; s2++) if ("<" === t2[s2] && "?" === t2[s2 + 1]) {
          if (s2 += 2, s2 = p(t2, s2), s2.err) return s2;
        } else {
          if ("<" !== t2[s2]) {
            if (c(t2[s2])) continue;
            return x("InvalidChar", "char '" + t2[s2] + "' is not expected.", N(t2, s2));
          }
          {
            let o2 = s2;
            if (s2++, "!" === t2[s2]) {
              s2 = h(t2, s2);
              continue;
            }
            {
              let a2 = false;
              "/" === t2[s2] && (a2 = true, s2++);
              let l2 = "";
              for (; s2 < t2.length && ">" !== t2[s2] && " " !== t2[s2] && "	" !== t2[s2] && "\n" !== t2[s2] && "\r" !== t2[s2]; s2++) l2 += t2[s2];
              if (l2 = l2.trim(), "/" === l2[l2.length - 1] && (l2 = l2.substring(0, l2.length - 1), s2--), !y(l2)) {
                let e3;
                return e3 = 0 === l2.trim().length ? "Invalid space after '<'." : "Tag '" + l2 + "' is an invalid name.", x("InvalidTag", e3, N(t2, s2));
              }
              const d2 = f(t2, s2);
              if (false === d2) return x("InvalidAttr", "Attributes for '" + l2 + "' have open quote.", N(t2, s2));
              let u2 = d2.value;
              if (s2 = d2.index, "/" === u2[u2.length - 1]) {
                const n3 = s2 - u2.length;
                u2 = u2.substring(0, u2.length - 1);
                const r3 = g(u2, e2);
                if (true !== r3) return x(r3.err.code, r3.err.msg, N(t2, n3 + r3.err.line));
                i2 = true;
              } else if (a2) {
                if (!d2.tagClosed) return x("InvalidTag", "Closing tag '" + l2 + "' doesn't have proper closing.", N(t2, s2));
                if (u2.trim().length > 0) return x("InvalidTag", "Closing tag '" + l2 + "' can't have attributes or invalid starting.", N(t2, o2));
                if (0 === n2.length) return x("InvalidTag", "Closing tag '" + l2 + "' has not been opened.", N(t2, o2));
                {
                  const e3 = n2.pop();
                  if (l2 !== e3.tagName) {
                    let n3 = N(t2, e3.tagStartPos);
                    return x("InvalidTag", "Expected closing tag '" + e3.tagName + "' (opened in line " + n3.line + ", col " + n3.col + ") instead of closing tag '" + l2 + "'.", N(t2, o2));
                  }
                  0 == n2.length && (r2 = true);
                }
              } else {
                const a3 = g(u2, e2);
                if (true !== a3) return x(a3.err.code, a3.err.msg, N(t2, s2 - u2.length + a3.err.line));
                if (true === r2) return x("InvalidXml", "Multiple possible root nodes found.", N(t2, s2));
                -1 !== e2.unpairedTags.indexOf(l2) || n2.push({ tagName: l2, tagStartPos: o2 }), i2 = true;
              }
              for (s2++; s2 < t2.length; s2++) if ("<" === t2[s2]) {
                if ("!" === t2[s2 + 1]) {
                  s2++, s2 = h(t2, s2);
                  continue;
                }
                if ("?" !== t2[s2 + 1]) break;
                if (s2 = p(t2, ++s2), s2.err) return s2;
              } else if ("&" === t2[s2]) {
                const e3 = m(t2, s2);
                if (-1 == e3) return x("InvalidChar", "char '&' is not expected.", N(t2, s2));
                s2 = e3;
              } else if (true === r2 && !c(t2[s2])) return x("InvalidXml", "Extra text at the end", N(t2, s2));
              "<" === t2[s2] && s2--;
            }
          }
        }
        return i2 ? 1 == n2.length ? x("InvalidTag", "Unclosed tag '" + n2[0].tagName + "'.", N(t2, n2[0].tagStartPos)) : !(n2.length > 0) || x("InvalidXml", "Invalid '" + JSON.stringify(n2.map((t3) => t3.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 }) : x("InvalidXml", "Start tag expected.", 1);
      }
      function c(t2) {
        return " " === t2 || "	" === t2 || "\n" === t2 || "\r" === t2;
      }
      function p(t2, e2) {
        const n2 = e2;
        for (; e2 < t2.length; e2++) if ("?" == t2[e2] || " " == t2[e2]) {
          const i2 = t2.substr(n2, e2 - n2);
          if (e2 > 5 && "xml" === i2) return x("InvalidXml", "XML declaration allowed only at the start of the document.", N(t2, e2));
          if ("?" == t2[e2] && ">" == t2[e2 + 1]) {
            e2++;
            break;
          }
          continue;
        }
        return e2;
      }
      function h(t2, e2) {
        if (t2.length > e2 + 5 && "-" === t2[e2 + 1] && "-" === t2[e2 + 2]) {
          for (e2 += 3; e2 < t2.length; e2++) if ("-" === t2[e2] && "-" === t2[e2 + 1] && ">" === t2[e2 + 2]) {
            e2 += 2;
            break;
          }
        } else if (t2.length > e2 + 8 && "D" === t2[e2 + 1] && "O" === t2[e2 + 2] && "C" === t2[e2 + 3] && "T" === t2[e2 + 4] && "Y" === t2[e2 + 5] && "P" === t2[e2 + 6] && "E" === t2[e2 + 7]) {
          let n2 = 1;
          for (e2 += 8; e2 < t2.length; e2++) if ("<" === t2[e2]) n2++;
          else if (">" === t2[e2] && (n2--, 0 === n2)) break;
        } else if (t2.length > e2 + 9 && "[" === t2[e2 + 1] && "C" === t2[e2 + 2] && "D" === t2[e2 + 3] && "A" === t2[e2 + 4] && "T" === t2[e2 + 5] && "A" === t2[e2 + 6] && "[" === t2[e2 + 7]) {
          for (e2 += 8; e2 < t2.length; e2++) if ("]" === t2[e2] && "]" === t2[e2 + 1] && ">" === t2[e2 + 2]) {
            e2 += 2;
            break;
          }
        }
        return e2;
      }
      const d = '"', u = "'";
      function f(t2, e2) {
        let n2 = "", i2 = "", r2 = false;
        for (; e2 < t2.length; e2++) {
          if (t2[e2] === d || t2[e2] === u) "" === i2 ? i2 = t2[e2] : i2 !== t2[e2] || (i2 = "");
          else if (">" === t2[e2] && "" === i2) {
            r2 = true;
            break;
          }
          n2 += t2[e2];
        }
        return "" === i2 && { value: n2, index: e2, tagClosed: r2 };
      }
      function g(t2, e2) {
        const n2 = (function(t3) {
          const e3 = [], n3 = t3.length;
          let i3 = 0;
          for (; i3 < n3; ) {
            const r2 = i3;
            for (; i3 < n3 && c(t3[i3]); ) i3++;
            if (i3 >= n3) break;
            if ("=" === t3[i3]) {
              i3++;
              continue;
            }
            const s2 = t3.slice(r2, i3), o2 = i3;
            for (; i3 < n3 && !c(t3[i3]) && "=" !== t3[i3]; ) i3++;
            const a2 = t3.slice(o2, i3);
            let l2, p2, h2, d2 = i3;
            for (; d2 < n3 && c(t3[d2]); ) d2++;
            d2 < n3 && "=" === t3[d2] && (l2 = t3.slice(i3, d2 + 1), i3 = d2 + 1);
            let u2 = i3;
            for (; u2 < n3 && c(t3[u2]); ) u2++;
            if (u2 < n3 && ('"' === t3[u2] || "'" === t3[u2])) {
              const e4 = u2 + 1, n4 = t3.indexOf(t3[u2], e4);
              -1 !== n4 && (p2 = t3[u2], h2 = t3.slice(e4, n4), i3 = n4 + 1);
            }
            const f2 = { startIndex: r2 };
            f2[1] = s2, f2[2] = a2, f2[3] = l2, f2[4] = void 0 !== p2 || void 0, f2[5] = p2, f2[6] = h2, e3.push(f2);
          }
          return e3;
        })(t2), i2 = {};
        for (let t3 = 0; t3 < n2.length; t3++) {
          if (0 === n2[t3][1].length) return x("InvalidAttr", "Attribute '" + n2[t3][2] + "' has no space in starting.", E(n2[t3]));
          if (void 0 !== n2[t3][3] && void 0 === n2[t3][4]) return x("InvalidAttr", "Attribute '" + n2[t3][2] + "' is without value.", E(n2[t3]));
          if (void 0 === n2[t3][3] && !e2.allowBooleanAttributes) return x("InvalidAttr", "boolean attribute '" + n2[t3][2] + "' is not allowed.", E(n2[t3]));
          const r2 = n2[t3][2];
          if (!b(r2)) return x("InvalidAttr", "Attribute '" + r2 + "' is an invalid name.", E(n2[t3]));
          if (Object.prototype.hasOwnProperty.call(i2, r2)) return x("InvalidAttr", "Attribute '" + r2 + "' is repeated.", E(n2[t3]));
          i2[r2] = 1;
        }
        return true;
      }
      function m(t2, e2) {
        if (";" === t2[++e2]) return -1;
        if ("#" === t2[e2]) return (function(t3, e3) {
          let n3 = /\d/;
          for ("x" === t3[e3] && (e3++, n3 = /[\da-fA-F]/); e3 < t3.length; e3++) {
            if (";" === t3[e3]) return e3;
            if (!t3[e3].match(n3)) break;
          }
          return -1;
        })(t2, ++e2);
        let n2 = 0;
        for (; e2 < t2.length; e2++, n2++) if (!(t2[e2].match(/\w/) && n2 < 20)) {
          if (";" === t2[e2]) break;
          return -1;
        }
        return e2;
      }
      function x(t2, e2, n2) {
        return { err: { code: t2, msg: e2, line: n2.line || n2, col: n2.col } };
      }
      function b(t2) {
        return r(t2);
      }
      function y(t2) {
        return r(t2);
      }
      function N(t2, e2) {
        const n2 = t2.substring(0, e2).split(/\r?\n/);
        return { line: n2.length, col: n2[n2.length - 1].length + 1 };
      }
      function E(t2) {
        return t2.startIndex + t2[1].length;
      }
      const w = (t2) => s.includes(t2) ? "__" + t2 : t2, v = { preserveOrder: false, attributeNamePrefix: "@_", attributesGroupName: false, textNodeName: "#text", ignoreAttributes: true, removeNSPrefix: false, allowBooleanAttributes: false, parseTagValue: true, parseAttributeValue: false, trimValues: true, cdataPropName: false, numberParseOptions: { hex: true, leadingZeros: true, eNotation: true, unicode: false }, tagValueProcessor: function(t2, e2) {
        return e2;
      }, attributeValueProcessor: function(t2, e2) {
        return e2;
      }, stopNodes: [], alwaysCreateTextNode: false, isArray: () => false, commentPropName: false, unpairedTags: [], processEntities: true, htmlEntities: false, entityDecoder: null, ignoreDeclaration: false, ignorePiTags: false, transformTagName: false, transformAttributeName: false, updateTag: function(t2, e2, n2) {
        return t2;
      }, captureMetaData: false, maxNestedTags: 100, strictReservedNames: true, jPath: true, onDangerousProperty: w };
      function S(t2, e2) {
        if ("string" != typeof t2) return;
        const n2 = t2.toLowerCase();
        if (s.some((t3) => n2 === t3.toLowerCase())) throw new Error(`[SECURITY] Invalid ${e2}: "${t2}" is a reserved JavaScript keyword that could cause prototype pollution`);
        if (o.some((t3) => n2 === t3.toLowerCase())) throw new Error(`[SECURITY] Invalid ${e2}: "${t2}" is a reserved JavaScript keyword that could cause prototype pollution`);
      }
      function A(t2, e2) {
        return "boolean" == typeof t2 ? { enabled: t2, maxEntitySize: 1e4, maxExpansionDepth: 1e4, maxTotalExpansions: 1 / 0, maxExpandedLength: 1e5, maxEntityCount: 1e3, allowedTags: null, tagFilter: null, appliesTo: "all" } : "object" == typeof t2 && null !== t2 ? { enabled: false !== t2.enabled, maxEntitySize: Math.max(1, t2.maxEntitySize ?? 1e4), maxExpansionDepth: Math.max(1, t2.maxExpansionDepth ?? 1e4), maxTotalExpansions: Math.max(1, t2.maxTotalExpansions ?? 1 / 0), maxExpandedLength: Math.max(1, t2.maxExpandedLength ?? 1e5), maxEntityCount: Math.max(1, t2.maxEntityCount ?? 1e3), allowedTags: t2.allowedTags ?? null, tagFilter: t2.tagFilter ?? null, appliesTo: t2.appliesTo ?? "all" } : A(true);
      }
      const T = function(t2) {
        const e2 = Object.assign({}, v, t2), n2 = [{ value: e2.attributeNamePrefix, name: "attributeNamePrefix" }, { value: e2.attributesGroupName, name: "attributesGroupName" }, { value: e2.textNodeName, name: "textNodeName" }, { value: e2.cdataPropName, name: "cdataPropName" }, { value: e2.commentPropName, name: "commentPropName" }];
        for (const { value: t3, name: e3 } of n2) t3 && S(t3, e3);
        return null === e2.onDangerousProperty && (e2.onDangerousProperty = w), e2.processEntities = A(e2.processEntities, e2.htmlEntities), e2.unpairedTagsSet = new Set(e2.unpairedTags), e2.stopNodes && Array.isArray(e2.stopNodes) && (e2.stopNodes = e2.stopNodes.map((t3) => "string" == typeof t3 && t3.startsWith("*.") ? ".." + t3.substring(2) : t3)), e2;
      };
      let _;
      _ = "function" != typeof Symbol ? "@@xmlMetadata" : /* @__PURE__ */ Symbol("XML Node Metadata");
      class C {
        constructor(t2) {
          this.tagname = t2, this.child = [], this[":@"] = /* @__PURE__ */ Object.create(null);
        }
        add(t2, e2) {
          "__proto__" === t2 && (t2 = "#__proto__"), this.child.push({ [t2]: e2 });
        }
        addChild(t2, e2) {
          "__proto__" === t2.tagname && (t2.tagname = "#__proto__"), t2[":@"] && Object.keys(t2[":@"]).length > 0 ? this.child.push({ [t2.tagname]: t2.child, ":@": t2[":@"] }) : this.child.push({ [t2.tagname]: t2.child }), this.addStartIndex(e2);
        }
        addStartIndex(t2) {
          void 0 !== t2 && (this.child[this.child.length - 1][_] = { startIndex: t2 });
        }
        addEndIndex(t2) {
          const e2 = this.child[this.child.length - 1];
          void 0 !== e2 && void 0 !== e2[_] && void 0 === e2[_].endIndex && (e2[_].endIndex = t2);
        }
        static getMetaDataSymbol() {
          return _;
        }
      }
      const $ = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD", O = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}", P = O + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040", j = (t2, e2, n2 = "") => {
        const i2 = `[${t2.replace(":", "")}][${e2.replace(":", "")}]*`;
        return { name: new RegExp(`^[${t2}][${e2}]*$`, n2), ncName: new RegExp(`^${i2}$`, n2), qName: new RegExp(`^${i2}(?::${i2})?$`, n2), nmToken: new RegExp(`^[${e2}]+$`, n2), nmTokens: new RegExp(`^[${e2}]+(?:\\s+[${e2}]+)*$`, n2) };
      }, I = j($, $ + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040"), k = j(O, P, "u"), L = ":A-Za-z_", D = j(L, L + "\\-\\.\\d"), M = (t2 = "1.0", e2 = false) => e2 ? D : "1.1" === t2 ? k : I, R = (t2, { xmlVersion: e2 = "1.0", asciiOnly: n2 = false } = {}) => M(e2, n2).qName.test(t2), V = ["name", "ncName", "qName", "nmToken", "nmTokens"], q = (t2, { xmlVersion: e2 = "1.0", asciiOnly: n2 = false, maxCacheSize: i2 = 2048 } = {}) => {
        if (!V.includes(t2)) throw new TypeError(`Unknown production "${t2}". Must be one of: ${V.join(", ")}`);
        const r2 = M(e2, n2)[t2];
        let s2 = /* @__PURE__ */ new Map();
        const o2 = (t3) => {
          const e3 = s2.get(t3);
          if (void 0 !== e3) return e3;
          const n3 = r2.test(t3);
          return s2.size < i2 && s2.set(t3, n3), n3;
        };
        return o2.reset = () => {
          s2 = /* @__PURE__ */ new Map();
        }, o2;
      };
      class F {
        constructor(t2, e2) {
          this.suppressValidationErr = !t2, this.options = t2, this.xmlVersion = e2 || 1;
        }
        setXmlVersion(t2 = 1) {
          this.xmlVersion = t2;
        }
        readDocType(t2, e2) {
          const n2 = /* @__PURE__ */ Object.create(null);
          let i2 = 0;
          if ("O" !== t2[e2 + 3] || "C" !== t2[e2 + 4] || "T" !== t2[e2 + 5] || "Y" !== t2[e2 + 6] || "P" !== t2[e2 + 7] || "E" !== t2[e2 + 8]) throw new Error("Invalid Tag instead of DOCTYPE");
          {
            e2 += 9;
            let r2 = 1, s2 = false, o2 = false, a2 = null, l2 = "";
            for (; e2 < t2.length; e2++) if (null === a2) if (s2 || o2 || '"' !== t2[e2] && "'" !== t2[e2]) if ("<" !== t2[e2] || o2) if (">" === t2[e2]) {
              if (o2 ? "-" === t2[e2 - 1] && "-" === t2[e2 - 2] && (o2 = false, r2--) : r2--, 0 === r2) break;
            } else "[" === t2[e2] ? s2 = true : l2 += t2[e2];
            else {
              if (s2 && B(t2, "!ENTITY", e2)) {
                let r3, s3;
                if (e2 += 7, [r3, s3, e2] = this.readEntityExp(t2, e2 + 1, this.suppressValidationErr), -1 === s3.indexOf("&")) {
                  if (false !== this.options.enabled && null != this.options.maxEntityCount && i2 >= this.options.maxEntityCount) throw new Error(`Entity count (${i2 + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`);
                  n2[r3] = s3, i2++;
                }
              } else if (s2 && B(t2, "!ELEMENT", e2)) {
                e2 += 8;
                const { index: n3 } = this.readElementExp(t2, e2 + 1);
                e2 = n3;
              } else if (s2 && B(t2, "!ATTLIST", e2)) e2 += 8;
              else if (s2 && B(t2, "!NOTATION", e2)) {
                e2 += 9;
                const { index: n3 } = this.readNotationExp(t2, e2 + 1, this.suppressValidationErr);
                e2 = n3;
              } else {
                if (!B(t2, "!--", e2)) throw new Error("Invalid DOCTYPE");
                o2 = true;
              }
              r2++, l2 = "";
            }
            else a2 = t2[e2], l2 += t2[e2];
            else t2[e2] === a2 && (a2 = null), l2 += t2[e2];
            if (null !== a2 || 0 !== r2) throw new Error("Unclosed DOCTYPE");
          }
          return { entities: n2, i: e2 };
        }
        readEntityExp(t2, e2) {
          const n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]) && '"' !== t2[e2] && "'" !== t2[e2]; ) e2++;
          let i2 = t2.substring(n2, e2);
          if (G(i2, { xmlVersion: this.xmlVersion }), e2 = U(t2, e2), !this.suppressValidationErr) {
            if ("SYSTEM" === t2.substring(e2, e2 + 6).toUpperCase()) throw new Error("External entities are not supported");
            if ("%" === t2[e2]) throw new Error("Parameter entities are not supported");
          }
          let r2 = "";
          if ([e2, r2] = this.readIdentifierVal(t2, e2, "entity"), false !== this.options.enabled && null != this.options.maxEntitySize && r2.length > this.options.maxEntitySize) throw new Error(`Entity "${i2}" size (${r2.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`);
          return [i2, r2, --e2];
        }
        readNotationExp(t2, e2) {
          const n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let i2 = t2.substring(n2, e2);
          !this.suppressValidationErr && G(i2, { xmlVersion: this.xmlVersion }), e2 = U(t2, e2);
          const r2 = t2.substring(e2, e2 + 6).toUpperCase();
          if (!this.suppressValidationErr && "SYSTEM" !== r2 && "PUBLIC" !== r2) throw new Error(`Expected SYSTEM or PUBLIC, found "${r2}"`);
          e2 += r2.length, e2 = U(t2, e2);
          let s2 = null, o2 = null;
          if ("PUBLIC" === r2) [e2, s2] = this.readIdentifierVal(t2, e2, "publicIdentifier"), '"' !== t2[e2 = U(t2, e2)] && "'" !== t2[e2] || ([e2, o2] = this.readIdentifierVal(t2, e2, "systemIdentifier"));
          else if ("SYSTEM" === r2 && ([e2, o2] = this.readIdentifierVal(t2, e2, "systemIdentifier"), !this.suppressValidationErr && !o2)) throw new Error("Missing mandatory system identifier for SYSTEM notation");
          return { notationName: i2, publicIdentifier: s2, systemIdentifier: o2, index: --e2 };
        }
        readIdentifierVal(t2, e2, n2) {
          let i2 = "";
          const r2 = t2[e2];
          if ('"' !== r2 && "'" !== r2) throw new Error(`Expected quoted string, found "${r2}"`);
          const s2 = ++e2;
          for (; e2 < t2.length && t2[e2] !== r2; ) e2++;
          if (i2 = t2.substring(s2, e2), t2[e2] !== r2) throw new Error(`Unterminated ${n2} value`);
          return [++e2, i2];
        }
        readElementExp(t2, e2) {
          const n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let i2 = t2.substring(n2, e2);
          if (!this.suppressValidationErr && !R(i2, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid element name: "${i2}"`);
          let r2 = "";
          if ("E" === t2[e2 = U(t2, e2)] && B(t2, "MPTY", e2)) e2 += 4;
          else if ("A" === t2[e2] && B(t2, "NY", e2)) e2 += 2;
          else if ("(" === t2[e2]) {
            const n3 = ++e2;
            for (; e2 < t2.length && ")" !== t2[e2]; ) e2++;
            if (r2 = t2.substring(n3, e2), ")" !== t2[e2]) throw new Error("Unterminated content model");
          } else if (!this.suppressValidationErr) throw new Error(`Invalid Element Expression, found "${t2[e2]}"`);
          return { elementName: i2, contentModel: r2.trim(), index: e2 };
        }
        readAttlistExp(t2, e2) {
          let n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let i2 = t2.substring(n2, e2);
          for (G(i2, { xmlVersion: this.xmlVersion }), n2 = e2 = U(t2, e2); e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let r2 = t2.substring(n2, e2);
          if (!G(r2, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid attribute name: "${r2}"`);
          e2 = U(t2, e2);
          let s2 = "";
          if ("NOTATION" === t2.substring(e2, e2 + 8).toUpperCase()) {
            if (s2 = "NOTATION", "(" !== t2[e2 = U(t2, e2 += 8)]) throw new Error(`Expected '(', found "${t2[e2]}"`);
            e2++;
            let n3 = [];
            for (; e2 < t2.length && ")" !== t2[e2]; ) {
              const i3 = e2;
              for (; e2 < t2.length && "|" !== t2[e2] && ")" !== t2[e2]; ) e2++;
              let r3 = t2.substring(i3, e2);
              if (r3 = r3.trim(), !G(r3, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid notation name: "${r3}"`);
              n3.push(r3), "|" === t2[e2] && (e2++, e2 = U(t2, e2));
            }
            if (")" !== t2[e2]) throw new Error("Unterminated list of notations");
            e2++, s2 += " (" + n3.join("|") + ")";
          } else {
            const n3 = e2;
            for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
            s2 += t2.substring(n3, e2);
            const i3 = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !i3.includes(s2.toUpperCase())) throw new Error(`Invalid attribute type: "${s2}"`);
          }
          e2 = U(t2, e2);
          let o2 = "";
          return "#REQUIRED" === t2.substring(e2, e2 + 8).toUpperCase() ? (o2 = "#REQUIRED", e2 += 8) : "#IMPLIED" === t2.substring(e2, e2 + 7).toUpperCase() ? (o2 = "#IMPLIED", e2 += 7) : [e2, o2] = this.readIdentifierVal(t2, e2, "ATTLIST"), { elementName: i2, attributeName: r2, attributeType: s2, defaultValue: o2, index: e2 };
        }
      }
      const U = (t2, e2) => {
        for (; e2 < t2.length && /\s/.test(t2[e2]); ) e2++;
        return e2;
      };
      function B(t2, e2, n2) {
        for (let i2 = 0; i2 < e2.length; i2++) if (e2[i2] !== t2[n2 + i2 + 1]) return false;
        return true;
      }
      function G(t2, e2) {
        if (R(t2, { xmlVersion: e2 })) return t2;
        throw new Error(`Invalid entity name ${t2}`);
      }
      const X = [48, 1632, 1776, 2406, 2534, 2662, 2790, 2918, 3046, 3174, 3302, 3430, 3558, 3664, 3792, 3872, 4160, 4240, 6112, 6160, 6470, 6608, 6784, 6800, 6992, 7088, 7232, 7248, 65296, 120782, 120792, 120802, 120812, 120822, 66720, 68912, 69734, 69872, 69942, 70096, 70384, 70736, 70864, 71248, 71360, 71472, 71904, 72016, 72688, 72784, 73040, 73120, 73552, 92768, 92864, 93008, 123200, 123632, 124144, 125264, 130032], W = /* @__PURE__ */ new Map(), z = 1632, Y = new Uint8Array(63904).fill(255);
      for (const t2 of X) for (let e2 = 0; e2 < 10; e2++) {
        const n2 = t2 + e2;
        n2 <= 65535 ? Y[n2 - z] = e2 : W.set(n2, e2);
      }
      const H = /* @__PURE__ */ new Set([8722, 65293, 65123]), Q = /^[-+]?0x[a-fA-F0-9]+$/, J = /^0b[01]+$/, Z = /^0o[0-7]+$/, K = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/, tt = { hex: true, binary: false, octal: false, leadingZeros: true, decimalPoint: ".", eNotation: true, infinity: "original", unicode: false };
      function et(t2, e2 = {}) {
        if (e2 = Object.assign({}, tt, e2), !t2 || "string" != typeof t2) return t2;
        let n2 = t2.trim();
        if (0 === n2.length) return t2;
        if (void 0 !== e2.skipLike && e2.skipLike.test(n2)) return t2;
        if ("0" === n2) return 0;
        if (e2.unicode && (n2 = (function(t3) {
          if ("string" != typeof t3) return t3;
          const e3 = t3.length;
          if (0 === e3) return t3;
          let n3 = -1;
          for (let i3 = 0; i3 < e3; i3++) {
            const r2 = t3.charCodeAt(i3);
            if (!(r2 >= 48 && r2 <= 57 || 45 === r2)) {
              if (r2 < z) {
                if (H.has(r2)) {
                  n3 = i3;
                  break;
                }
              } else if (r2 >= 55296 && r2 <= 56319) {
                if (i3 + 1 < e3) {
                  const e4 = t3.charCodeAt(i3 + 1);
                  if (e4 >= 56320 && e4 <= 57343) {
                    const t4 = 65536 + (r2 - 55296 << 10) + (e4 - 56320);
                    if (W.has(t4)) {
                      n3 = i3;
                      break;
                    }
                  }
                }
              } else if (255 !== Y[r2 - z] || H.has(r2)) {
                n3 = i3;
                break;
              }
            }
          }
          if (-1 === n3) return t3;
          const i2 = [];
          n3 > 0 && i2.push(t3.slice(0, n3));
          for (let r2 = n3; r2 < e3; r2++) {
            const n4 = t3.charCodeAt(r2);
            if (n4 >= 48 && n4 <= 57 || 45 === n4) {
              i2.push(t3[r2]);
              continue;
            }
            if (n4 < z) {
              i2.push(H.has(n4) ? "-" : t3[r2]);
              continue;
            }
            if (n4 >= 55296 && n4 <= 56319) {
              if (r2 + 1 < e3) {
                const e4 = t3.charCodeAt(r2 + 1);
                if (e4 >= 56320 && e4 <= 57343) {
                  const t4 = 65536 + (n4 - 55296 << 10) + (e4 - 56320), s3 = W.get(t4);
                  if (void 0 !== s3) {
                    i2.push(String.fromCharCode(s3 + 48)), r2++;
                    continue;
                  }
                }
              }
              i2.push(t3[r2]);
              continue;
            }
            if (H.has(n4)) {
              i2.push("-");
              continue;
            }
            const s2 = Y[n4 - z];
            i2.push(255 !== s2 ? String.fromCharCode(s2 + 48) : t3[r2]);
          }
          return i2.join("");
        })(n2), "0" === n2)) return 0;
        if (e2.hex && Q.test(n2)) return it(n2, 16);
        if (e2.binary && J.test(n2)) return it(n2, 2);
        if (e2.octal && Z.test(n2)) return it(n2, 8);
        if (isFinite(n2)) {
          if (n2.includes("e") || n2.includes("E")) return (function(t3, e3, n3) {
            if (!n3.eNotation) return t3;
            const i2 = e3.match(nt);
            if (i2) {
              let r2 = i2[1] || "";
              const s2 = -1 === i2[3].indexOf("e") ? "E" : "e", o2 = i2[2], a2 = r2 ? e3[o2.length + 1] === s2 : e3[o2.length] === s2;
              return o2.length > 1 && a2 ? t3 : (1 !== o2.length || !i2[3].startsWith(`.${s2}`) && i2[3][0] !== s2) && o2.length > 0 ? n3.leadingZeros && !a2 ? Number(e3) : t3 : Number(e3);
            }
            return t3;
          })(t2, n2, e2);
          {
            const i2 = K.exec(n2);
            if (i2) {
              const r2 = i2[1] || "", s2 = i2[2];
              let o2 = (function(t3) {
                if (t3 && -1 !== t3.indexOf(".")) {
                  let e3 = t3.length;
                  for (; e3 > 0 && 48 === t3.charCodeAt(e3 - 1); ) e3--;
                  return "." === (t3 = t3.slice(0, e3)) ? t3 = "0" : "." === t3[0] ? t3 = "0" + t3 : "." === t3[t3.length - 1] && (t3 = t3.substring(0, t3.length - 1)), t3;
                }
                return t3;
              })(i2[3]);
              const a2 = r2 ? "." === n2[s2.length + 1] : "." === n2[s2.length];
              if (!e2.leadingZeros && (s2.length > 1 || 1 === s2.length && !a2)) return t2;
              {
                const i3 = Number(n2), a3 = String(i3);
                if (0 === i3) return i3;
                if (-1 !== a3.search(/[eE]/)) return e2.eNotation ? i3 : t2;
                if (-1 !== n2.indexOf(".")) return "0" === a3 || a3 === o2 || a3 === `${r2}${o2}` ? i3 : t2;
                let l2 = s2 ? o2 : n2;
                return s2 ? l2 === a3 || r2 + l2 === a3 ? i3 : t2 : l2 === a3 || l2 === r2 + a3 ? i3 : t2;
              }
            }
            return t2;
          }
        }
        {
          const i2 = Number(n2);
          return Number.isNaN(i2) ? t2 : (function(t3, e3, n3) {
            const i3 = e3 === 1 / 0;
            switch (n3.infinity.toLowerCase()) {
              case "null":
                return null;
              case "infinity":
                return e3;
              case "string":
                return i3 ? "Infinity" : "-Infinity";
              default:
                return t3;
            }
          })(t2, i2, e2);
        }
      }
      const nt = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
      function it(t2, e2) {
        const n2 = t2.trim();
        if (2 !== e2 && 8 !== e2 || (t2 = n2.substring(2)), parseInt) return parseInt(t2, e2);
        if (Number.parseInt) return Number.parseInt(t2, e2);
        if (window && window.parseInt) return window.parseInt(t2, e2);
        throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
      }
      class rt {
        constructor(t2) {
          this._matcher = t2;
        }
        get separator() {
          return this._matcher.separator;
        }
        getCurrentTag() {
          const t2 = this._matcher.path;
          return t2.length > 0 ? t2[t2.length - 1].tag : void 0;
        }
        getCurrentNamespace() {
          const t2 = this._matcher.path;
          return t2.length > 0 ? t2[t2.length - 1].namespace : void 0;
        }
        getAttrValue(t2) {
          const e2 = this._matcher.path;
          if (0 !== e2.length) return e2[e2.length - 1].values?.[t2];
        }
        hasAttr(t2) {
          const e2 = this._matcher.path;
          if (0 === e2.length) return false;
          const n2 = e2[e2.length - 1];
          return void 0 !== n2.values && t2 in n2.values;
        }
        getAnyParentAttr(t2) {
          return this._matcher.getAnyParentAttr(t2);
        }
        hasAnyParentAttr(t2) {
          return this._matcher.hasAnyParentAttr(t2);
        }
        getPosition() {
          const t2 = this._matcher.path;
          return 0 === t2.length ? -1 : t2[t2.length - 1].position ?? 0;
        }
        getCounter() {
          const t2 = this._matcher.path;
          return 0 === t2.length ? -1 : t2[t2.length - 1].counter ?? 0;
        }
        getIndex() {
          return this.getPosition();
        }
        getDepth() {
          return this._matcher.path.length;
        }
        toString(t2, e2 = true) {
          return this._matcher.toString(t2, e2);
        }
        toArray() {
          return this._matcher.path.map((t2) => t2.tag);
        }
        matches(t2) {
          return this._matcher.matches(t2);
        }
        matchesAny(t2) {
          return t2.matchesAny(this._matcher);
        }
      }
      class st {
        constructor(t2 = {}) {
          this.separator = t2.separator || ".", this.path = [], this.siblingStacks = [], this._pathStringCache = null, this._view = new rt(this), this._keptAttrs = [];
        }
        push(t2, e2 = null, n2 = null, i2 = null) {
          this._pathStringCache = null, this.path.length > 0 && (this.path[this.path.length - 1].values = void 0);
          const r2 = this.path.length;
          let s2 = this.siblingStacks[r2];
          s2 || (s2 = { counts: /* @__PURE__ */ new Map(), total: 0 }, this.siblingStacks[r2] = s2);
          const o2 = n2 ? `${n2}:${t2}` : t2, a2 = s2.counts.get(o2) || 0, l2 = s2.total;
          s2.counts.set(o2, a2 + 1), s2.total++;
          const c2 = { tag: t2, position: l2, counter: a2 };
          null != n2 && (c2.namespace = n2), null != e2 && (c2.values = e2), this.path.push(c2);
          const p2 = this.path.length, h2 = null !== i2 ? i2.keep : null;
          if (null != h2 && h2.length > 0 && e2) for (let t3 = 0; t3 < h2.length; t3++) {
            const n3 = h2[t3];
            void 0 !== e2[n3] && this._keptAttrs.push({ depth: p2, name: n3, value: e2[n3] });
          }
        }
        pop() {
          if (0 === this.path.length) return;
          this._pathStringCache = null;
          const t2 = this.path.pop();
          this.siblingStacks.length > this.path.length + 1 && (this.siblingStacks.length = this.path.length + 1);
          const e2 = this.path.length + 1;
          for (; this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= e2; ) this._keptAttrs.pop();
          return t2;
        }
        updateCurrent(t2) {
          if (this.path.length > 0) {
            const e2 = this.path[this.path.length - 1];
            null != t2 && (e2.values = t2);
          }
        }
        getCurrentTag() {
          return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
        }
        getCurrentNamespace() {
          return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
        }
        getAttrValue(t2) {
          if (0 !== this.path.length) return this.path[this.path.length - 1].values?.[t2];
        }
        hasAttr(t2) {
          if (0 === this.path.length) return false;
          const e2 = this.path[this.path.length - 1];
          return void 0 !== e2.values && t2 in e2.values;
        }
        getAnyParentAttr(t2) {
          const e2 = this._keptAttrs;
          for (let n2 = e2.length - 1; n2 >= 0; n2--) if (e2[n2].name === t2) return e2[n2].value;
        }
        hasAnyParentAttr(t2) {
          const e2 = this._keptAttrs;
          for (let n2 = e2.length - 1; n2 >= 0; n2--) if (e2[n2].name === t2) return true;
          return false;
        }
        getPosition() {
          return 0 === this.path.length ? -1 : this.path[this.path.length - 1].position ?? 0;
        }
        getCounter() {
          return 0 === this.path.length ? -1 : this.path[this.path.length - 1].counter ?? 0;
        }
        getIndex() {
          return this.getPosition();
        }
        getDepth() {
          return this.path.length;
        }
        toString(t2, e2 = true) {
          const n2 = t2 || this.separator;
          if (n2 === this.separator && true === e2) {
            if (null !== this._pathStringCache) return this._pathStringCache;
            const t3 = this.path.map((t4) => t4.namespace ? `${t4.namespace}:${t4.tag}` : t4.tag).join(n2);
            return this._pathStringCache = t3, t3;
          }
          return this.path.map((t3) => e2 && t3.namespace ? `${t3.namespace}:${t3.tag}` : t3.tag).join(n2);
        }
        toArray() {
          return this.path.map((t2) => t2.tag);
        }
        reset() {
          this._pathStringCache = null, this.path = [], this.siblingStacks = [], this._keptAttrs = [];
        }
        matches(t2) {
          const e2 = t2.segments;
          return 0 !== e2.length && (t2.hasDeepWildcard() ? this._matchWithDeepWildcard(e2) : this._matchSimple(e2));
        }
        _matchSimple(t2) {
          if (this.path.length !== t2.length) return false;
          for (let e2 = 0; e2 < t2.length; e2++) if (!this._matchSegment(t2[e2], this.path[e2], e2 === this.path.length - 1)) return false;
          return true;
        }
        _matchWithDeepWildcard(t2) {
          let e2 = this.path.length - 1, n2 = t2.length - 1;
          for (; n2 >= 0 && e2 >= 0; ) {
            const i2 = t2[n2];
            if ("deep-wildcard" === i2.type) {
              if (n2--, n2 < 0) return true;
              const i3 = t2[n2];
              let r2 = false;
              for (let t3 = e2; t3 >= 0; t3--) if (this._matchSegment(i3, this.path[t3], t3 === this.path.length - 1)) {
                e2 = t3 - 1, n2--, r2 = true;
                break;
              }
              if (!r2) return false;
            } else {
              if (!this._matchSegment(i2, this.path[e2], e2 === this.path.length - 1)) return false;
              e2--, n2--;
            }
          }
          return n2 < 0;
        }
        _matchSegment(t2, e2, n2) {
          if ("*" !== t2.tag && t2.tag !== e2.tag) return false;
          if (void 0 !== t2.namespace && "*" !== t2.namespace && t2.namespace !== e2.namespace) return false;
          if (void 0 !== t2.attrName) {
            if (!n2) return false;
            if (!e2.values || !(t2.attrName in e2.values)) return false;
            if (void 0 !== t2.attrValue && String(e2.values[t2.attrName]) !== String(t2.attrValue)) return false;
          }
          if (void 0 !== t2.position) {
            if (!n2) return false;
            const i2 = e2.counter ?? 0;
            if ("first" === t2.position && 0 !== i2) return false;
            if ("odd" === t2.position && i2 % 2 != 1) return false;
            if ("even" === t2.position && i2 % 2 != 0) return false;
            if ("nth" === t2.position && i2 !== t2.positionValue) return false;
          }
          return true;
        }
        matchesAny(t2) {
          return t2.matchesAny(this);
        }
        snapshot() {
          return { path: this.path.map((t2) => ({ ...t2 })), siblingStacks: this.siblingStacks.map((t2) => t2 ? { counts: new Map(t2.counts), total: t2.total } : t2), keptAttrs: this._keptAttrs.map((t2) => ({ ...t2 })) };
        }
        restore(t2) {
          this._pathStringCache = null, this.path = t2.path.map((t3) => ({ ...t3 })), this.siblingStacks = t2.siblingStacks.map((t3) => t3 ? { counts: new Map(t3.counts), total: t3.total } : t3), this._keptAttrs = (t2.keptAttrs || []).map((t3) => ({ ...t3 }));
        }
        readOnly() {
          return this._view;
        }
      }
      class ot {
        constructor(t2, e2 = {}, n2) {
          this.pattern = t2, this.separator = e2.separator || ".", this.segments = this._parse(t2), this.data = n2, this._hasDeepWildcard = this.segments.some((t3) => "deep-wildcard" === t3.type), this._hasAttributeCondition = this.segments.some((t3) => void 0 !== t3.attrName), this._hasPositionSelector = this.segments.some((t3) => void 0 !== t3.position);
        }
        _parse(t2) {
          const e2 = [];
          let n2 = 0, i2 = "";
          for (; n2 < t2.length; ) t2[n2] === this.separator ? n2 + 1 < t2.length && t2[n2 + 1] === this.separator ? (i2.trim() && (e2.push(this._parseSegment(i2.trim())), i2 = ""), e2.push({ type: "deep-wildcard" }), n2 += 2) : (i2.trim() && e2.push(this._parseSegment(i2.trim())), i2 = "", n2++) : (i2 += t2[n2], n2++);
          return i2.trim() && e2.push(this._parseSegment(i2.trim())), e2;
        }
        _parseSegment(t2) {
          const e2 = { type: "tag" };
          let n2 = null, i2 = t2;
          const r2 = t2.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
          if (r2 && (i2 = r2[1] + r2[3], r2[2])) {
            const t3 = r2[2].slice(1, -1);
            t3 && (n2 = t3);
          }
          let s2, o2, a2 = i2;
          if (i2.includes("::")) {
            const e3 = i2.indexOf("::");
            if (s2 = i2.substring(0, e3).trim(), a2 = i2.substring(e3 + 2).trim(), !s2) throw new Error(`Invalid namespace in pattern: ${t2}`);
          }
          let l2 = null;
          if (a2.includes(":")) {
            const t3 = a2.lastIndexOf(":"), e3 = a2.substring(0, t3).trim(), n3 = a2.substring(t3 + 1).trim();
            ["first", "last", "odd", "even"].includes(n3) || /^nth\(\d+\)$/.test(n3) ? (o2 = e3, l2 = n3) : o2 = a2;
          } else o2 = a2;
          if (!o2) throw new Error(`Invalid segment pattern: ${t2}`);
          if (e2.tag = o2, s2 && (e2.namespace = s2), n2) if (n2.includes("=")) {
            const t3 = n2.indexOf("=");
            e2.attrName = n2.substring(0, t3).trim(), e2.attrValue = n2.substring(t3 + 1).trim();
          } else e2.attrName = n2.trim();
          if (l2) {
            const t3 = l2.match(/^nth\((\d+)\)$/);
            t3 ? (e2.position = "nth", e2.positionValue = parseInt(t3[1], 10)) : e2.position = l2;
          }
          return e2;
        }
        get length() {
          return this.segments.length;
        }
        hasDeepWildcard() {
          return this._hasDeepWildcard;
        }
        hasAttributeCondition() {
          return this._hasAttributeCondition;
        }
        hasPositionSelector() {
          return this._hasPositionSelector;
        }
        toString() {
          return this.pattern;
        }
      }
      class at2 {
        constructor() {
          this._byDepthAndTag = /* @__PURE__ */ new Map(), this._wildcardByDepth = /* @__PURE__ */ new Map(), this._deepWildcards = [], this._deepByTerminalTag = /* @__PURE__ */ new Map(), this._patterns = /* @__PURE__ */ new Set(), this._sealed = false;
        }
        add(t2) {
          if (this._sealed) throw new TypeError("ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.");
          if (this._patterns.has(t2.pattern)) return this;
          if (this._patterns.add(t2.pattern), t2.hasDeepWildcard()) {
            const e3 = t2.segments[t2.segments.length - 1];
            if (e3 && "deep-wildcard" !== e3.type && "*" !== e3.tag) {
              const n3 = e3.tag;
              this._deepByTerminalTag.has(n3) || this._deepByTerminalTag.set(n3, []), this._deepByTerminalTag.get(n3).push(t2);
            } else this._deepWildcards.push(t2);
            return this;
          }
          const e2 = t2.length, n2 = t2.segments[t2.segments.length - 1], i2 = n2?.tag;
          if (i2 && "*" !== i2) {
            const n3 = `${e2}:${i2}`;
            this._byDepthAndTag.has(n3) || this._byDepthAndTag.set(n3, []), this._byDepthAndTag.get(n3).push(t2);
          } else this._wildcardByDepth.has(e2) || this._wildcardByDepth.set(e2, []), this._wildcardByDepth.get(e2).push(t2);
          return this;
        }
        addAll(t2) {
          for (const e2 of t2) this.add(e2);
          return this;
        }
        has(t2) {
          return this._patterns.has(t2.pattern);
        }
        get size() {
          return this._patterns.size;
        }
        seal() {
          return this._sealed = true, this;
        }
        get isSealed() {
          return this._sealed;
        }
        matchesAny(t2) {
          return null !== this.findMatch(t2);
        }
        findMatch(t2) {
          const e2 = t2.getDepth(), n2 = t2.getCurrentTag(), i2 = `${e2}:${n2}`, r2 = this._byDepthAndTag.get(i2);
          if (r2) {
            for (let e3 = 0; e3 < r2.length; e3++) if (t2.matches(r2[e3])) return r2[e3];
          }
          const s2 = this._wildcardByDepth.get(e2);
          if (s2) {
            for (let e3 = 0; e3 < s2.length; e3++) if (t2.matches(s2[e3])) return s2[e3];
          }
          const o2 = this._deepByTerminalTag.get(n2);
          if (o2) {
            for (let e3 = 0; e3 < o2.length; e3++) if (t2.matches(o2[e3])) return o2[e3];
          }
          for (let e3 = 0; e3 < this._deepWildcards.length; e3++) if (t2.matches(this._deepWildcards[e3])) return this._deepWildcards[e3];
          return null;
        }
      }
      const lt = { cent: "\xA2", pound: "\xA3", curren: "\xA4", yen: "\xA5", euro: "\u20AC", dollar: "$", fnof: "\u0192", inr: "\u20B9", af: "\u060B", birr: "\u1265\u122D", peso: "\u20B1", rub: "\u20BD", won: "\u20A9", yuan: "\xA5", cedil: "\xB8" }, ct = { amp: "&", apos: "'", gt: ">", lt: "<", quot: '"' }, pt = { nbsp: "\xA0", copy: "\xA9", reg: "\xAE", trade: "\u2122", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", laquo: "\xAB", raquo: "\xBB", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201C", rdquo: "\u201D", bull: "\u2022", para: "\xB6", sect: "\xA7", deg: "\xB0", frac12: "\xBD", frac14: "\xBC", frac34: "\xBE" }, ht = Object.freeze({ ALLOW: "allow", BLOCK: "block", THROW: "throw" }), dt = new Set("!?\\\\/[]$%{}^&*()<>|+");
      function ut(t2) {
        if ("#" === t2[0]) throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${t2}"`);
        for (const e2 of t2) if (dt.has(e2)) throw new Error(`[EntityReplacer] Invalid character '${e2}' in entity name: "${t2}"`);
        return t2;
      }
      function ft(...t2) {
        const e2 = /* @__PURE__ */ Object.create(null);
        for (const n2 of t2) if (n2) for (const t3 of Object.keys(n2)) {
          const i2 = n2[t3];
          if ("string" == typeof i2) e2[t3] = i2;
          else if (i2 && "object" == typeof i2 && void 0 !== i2.val) {
            const n3 = i2.val;
            "string" == typeof n3 && (e2[t3] = n3);
          }
        }
        return e2;
      }
      const gt = "external", mt = "base", xt = "all", bt = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 }), yt = /* @__PURE__ */ new Set([9, 10, 13]);
      class Nt {
        constructor(t2 = {}) {
          var e2;
          this._limit = t2.limit || {}, this._maxTotalExpansions = this._limit.maxTotalExpansions || 0, this._maxExpandedLength = this._limit.maxExpandedLength || 0, this._postCheck = "function" == typeof t2.postCheck ? t2.postCheck : (t3) => t3, this._limitTiers = (e2 = this._limit.applyLimitsTo ?? gt) && e2 !== gt ? e2 === xt ? /* @__PURE__ */ new Set([xt]) : e2 === mt ? /* @__PURE__ */ new Set([mt]) : Array.isArray(e2) ? new Set(e2) : /* @__PURE__ */ new Set([gt]) : /* @__PURE__ */ new Set([gt]), this._numericAllowed = t2.numericAllowed ?? true, this._baseMap = ft(ct, t2.namedEntities || null), this._externalMap = /* @__PURE__ */ Object.create(null), this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this._removeSet = new Set(t2.remove && Array.isArray(t2.remove) ? t2.remove : []), this._leaveSet = new Set(t2.leave && Array.isArray(t2.leave) ? t2.leave : []);
          const n2 = (function(t3) {
            if (!t3) return { xmlVersion: 1, onLevel: bt.allow, nullLevel: bt.remove };
            const e3 = 1.1 === t3.xmlVersion ? 1.1 : 1, n3 = bt[t3.onNCR] ?? bt.allow, i2 = bt[t3.nullNCR] ?? bt.remove;
            return { xmlVersion: e3, onLevel: n3, nullLevel: Math.max(i2, bt.remove) };
          })(t2.ncr);
          this._ncrXmlVersion = n2.xmlVersion, this._ncrOnLevel = n2.onLevel, this._ncrNullLevel = n2.nullLevel, this._onExternalEntity = "function" == typeof t2.onExternalEntity ? t2.onExternalEntity : null, this._onInputEntity = "function" == typeof t2.onInputEntity ? t2.onInputEntity : null;
        }
        _applyRegistrationHook(t2, e2, n2, i2) {
          if (!t2) return true;
          const r2 = t2(e2, n2);
          if (r2 === ht.BLOCK) return false;
          if (r2 === ht.THROW) throw new Error(`[EntityDecoder] Registration of ${i2} entity "&${e2};" was rejected by hook`);
          return true;
        }
        setExternalEntities(t2) {
          if (t2) for (const e3 of Object.keys(t2)) ut(e3);
          if (!this._onExternalEntity) return void (this._externalMap = ft(t2));
          const e2 = ft(t2), n2 = /* @__PURE__ */ Object.create(null);
          for (const [t3, i2] of Object.entries(e2)) this._applyRegistrationHook(this._onExternalEntity, t3, i2, "external") && (n2[t3] = i2);
          this._externalMap = n2;
        }
        addExternalEntity(t2, e2) {
          ut(t2), "string" == typeof e2 && -1 === e2.indexOf("&") && this._applyRegistrationHook(this._onExternalEntity, t2, e2, "external") && (this._externalMap[t2] = e2);
        }
        addInputEntities(t2) {
          if (this._totalExpansions = 0, this._expandedLength = 0, !this._onInputEntity) return void (this._inputMap = ft(t2));
          const e2 = ft(t2), n2 = /* @__PURE__ */ Object.create(null);
          for (const [t3, i2] of Object.entries(e2)) this._applyRegistrationHook(this._onInputEntity, t3, i2, "input") && (n2[t3] = i2);
          this._inputMap = n2;
        }
        reset() {
          return this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this;
        }
        setXmlVersion(t2) {
          this._ncrXmlVersion = 1.1 === t2 ? 1.1 : 1;
        }
        decode(t2) {
          if ("string" != typeof t2 || 0 === t2.length) return t2;
          if (-1 === t2.indexOf("&")) return t2;
          const e2 = t2, n2 = [], i2 = t2.length;
          let r2 = 0, s2 = 0;
          const o2 = this._maxTotalExpansions > 0, a2 = this._maxExpandedLength > 0, l2 = o2 || a2;
          for (; s2 < i2; ) {
            if (38 !== t2.charCodeAt(s2)) {
              s2++;
              continue;
            }
            let e3 = s2 + 1;
            for (; e3 < i2 && 59 !== t2.charCodeAt(e3) && e3 - s2 <= 32; ) e3++;
            if (e3 >= i2 || 59 !== t2.charCodeAt(e3)) {
              s2++;
              continue;
            }
            const c3 = t2.slice(s2 + 1, e3);
            if (0 === c3.length) {
              s2++;
              continue;
            }
            let p2, h2;
            if (this._removeSet.has(c3)) p2 = "", void 0 === h2 && (h2 = gt);
            else {
              if (this._leaveSet.has(c3)) {
                s2++;
                continue;
              }
              if (35 === c3.charCodeAt(0)) {
                const t3 = this._resolveNCR(c3);
                if (void 0 === t3) {
                  s2++;
                  continue;
                }
                p2 = t3, h2 = mt;
              } else {
                const t3 = this._resolveName(c3);
                p2 = t3?.value, h2 = t3?.tier;
              }
            }
            if (void 0 !== p2) {
              if (s2 > r2 && n2.push(t2.slice(r2, s2)), n2.push(p2), r2 = e3 + 1, s2 = r2, l2 && this._tierCounts(h2)) {
                if (o2 && (this._totalExpansions++, this._totalExpansions > this._maxTotalExpansions)) throw new Error(`[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`);
                if (a2) {
                  const t3 = p2.length - (c3.length + 2);
                  if (t3 > 0 && (this._expandedLength += t3, this._expandedLength > this._maxExpandedLength)) throw new Error(`[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`);
                }
              }
            } else s2++;
          }
          r2 < i2 && n2.push(t2.slice(r2));
          const c2 = 0 === n2.length ? t2 : n2.join("");
          return this._postCheck(c2, e2);
        }
        _tierCounts(t2) {
          return !!this._limitTiers.has(xt) || this._limitTiers.has(t2);
        }
        _resolveName(t2) {
          return t2 in this._inputMap ? { value: this._inputMap[t2], tier: gt } : t2 in this._externalMap ? { value: this._externalMap[t2], tier: gt } : t2 in this._baseMap ? { value: this._baseMap[t2], tier: mt } : void 0;
        }
        _classifyNCR(t2) {
          return 0 === t2 ? this._ncrNullLevel : t2 >= 55296 && t2 <= 57343 || 1 === this._ncrXmlVersion && t2 >= 1 && t2 <= 31 && !yt.has(t2) ? bt.remove : -1;
        }
        _applyNCRAction(t2, e2, n2) {
          switch (t2) {
            case bt.allow:
              return String.fromCodePoint(n2);
            case bt.remove:
              return "";
            case bt.leave:
              return;
            case bt.throw:
              throw new Error(`[EntityDecoder] Prohibited numeric character reference &${e2}; (U+${n2.toString(16).toUpperCase().padStart(4, "0")})`);
            default:
              return String.fromCodePoint(n2);
          }
        }
        _resolveNCR(t2) {
          const e2 = t2.charCodeAt(1);
          let n2;
          if (n2 = 120 === e2 || 88 === e2 ? parseInt(t2.slice(2), 16) : parseInt(t2.slice(1), 10), Number.isNaN(n2) || n2 < 0 || n2 > 1114111) return;
          const i2 = this._classifyNCR(n2);
          if (!this._numericAllowed && i2 < bt.remove) return;
          const r2 = -1 === i2 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, i2);
          return this._applyNCRAction(r2, t2, n2);
        }
      }
      const Et = [{ id: "sql-block-comment-open", description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text", pattern: /\/\*/ }, { id: "sql-union-select", description: "UNION SELECT \u2014 most common SQL injection aggregation attack", pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i }, { id: "sql-drop-table", description: "DROP TABLE \u2014 destructive DDL injection", pattern: /\bDROP\s{1,20}TABLE\b/i }, { id: "sql-drop-database", description: "DROP DATABASE \u2014 destructive DDL injection", pattern: /\bDROP\s{1,20}DATABASE\b/i }, { id: "sql-insert-into", description: "INSERT INTO \u2014 data injection", pattern: /\bINSERT\s{1,20}INTO\b/i }, { id: "sql-delete-from", description: "DELETE FROM \u2014 data deletion injection", pattern: /\bDELETE\s{1,20}FROM\b/i }, { id: "sql-update-set", description: "UPDATE ... SET \u2014 data modification injection", pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i }, { id: "sql-exec-xp", description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution", pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i }, { id: "sql-tautology-string", description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`, pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i }, { id: "sql-tautology-numeric", description: "Numeric tautology: OR 1=1", pattern: /\bOR\s{1,10}1\s*=\s*1\b/i }, { id: "sql-always-true-zero", description: "Numeric tautology: OR 0=0", pattern: /\bOR\s{1,10}0\s*=\s*0\b/i }, { id: "sql-sleep-benchmark", description: "Time-based blind injection: SLEEP() or BENCHMARK()", pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i }, { id: "sql-waitfor-delay", description: "MSSQL time-based blind injection: WAITFOR DELAY", pattern: /\bWAITFOR\s{1,20}DELAY\b/i }, { id: "sql-char-function", description: "CHAR() function \u2014 used to obfuscate injected strings", pattern: /\bCHAR\s*\(\s*\d{1,3}/i }, { id: "sql-information-schema", description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration", pattern: /\bINFORMATION_SCHEMA\b/i }], wt = [...Et, { id: "sql-line-comment", description: "SQL line comment: -- followed by whitespace or end of string", pattern: /--(?:\s|$)/ }, { id: "sql-stacked-query", description: "Stacked queries: semicolon immediately followed by a SQL keyword", pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i }, { id: "sql-hex-encoding", description: "Hex-encoded string injection: 0x41414141 style (MySQL)", pattern: /\b0x[0-9a-f]{4,}/i }], vt = Object.freeze({ colon: ":", Tab: "	", NewLine: "\n" }), St = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g, At = [{ id: "html-script-open", description: "<script opening tag", pattern: /<script[\s>/]/i }, { id: "html-script-close", description: "</script closing tag", pattern: /<\/script[\s>]/i }, { id: "html-javascript-protocol", description: "javascript: URI scheme (with optional whitespace/encoding)", pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i }, { id: "html-vbscript-protocol", description: "vbscript: URI scheme", pattern: /vbscript[\t\n\r ]*:/i }, { id: "html-data-html", description: "data:text/html URI \u2014 can execute scripts in browsers", pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i }, { id: "html-data-xhtml", description: "data:application/xhtml+xml URI", pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i }, { id: "html-data-svg", description: "data:image/svg+xml URI \u2014 can execute scripts", pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i }, { id: "html-inline-event-handler", description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.", pattern: /\bon\w{1,30}\s*=/i }, { id: "html-entity-obfuscated-script", description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)", pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i }, { id: "html-entity-obfuscated-javascript", description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")', pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i }, { id: "html-style-expression", description: "CSS expression() \u2014 IE-era code execution in style attributes", pattern: /style[\s\S]{0,20}expression\s*\(/i }, { id: "html-object-embed", description: "<object or <embed tags that can load active content", pattern: /<(?:object|embed)[\s>/]/i }, { id: "html-base-tag", description: "<base href= \u2014 can hijack all relative URLs on a page", pattern: /<base[\s>]/i }, { id: "html-meta-refresh", description: '<meta http-equiv="refresh" \u2014 can redirect users', pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i }, { id: "html-srcdoc", description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts", pattern: /srcdoc\s*=/i }, { id: "html-iframe", description: "<iframe tag", pattern: /<iframe[\s>/]/i }, { id: "html-form", description: "<form tag \u2014 can be used for phishing / credential harvesting injection", pattern: /<form[\s>/]/i }], Tt = [{ id: "xml-cdata-injection", description: "CDATA section injection: <![CDATA[ breaks out of text node context", pattern: /<!\[CDATA\[/i }, { id: "xml-cdata-close", description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section", pattern: /\]\]>/ }, { id: "xml-processing-instruction", description: "XML processing instruction: <?xml-stylesheet or <?php etc.", pattern: /<\?(?:xml[\- ]|php|asp)/i }, { id: "xml-doctype-injection", description: "DOCTYPE declaration embedded in content \u2014 can define entities", pattern: /<!DOCTYPE(?:[\s[]|$)/i }, { id: "xml-entity-system", description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)", pattern: /\bSYSTEM\s+["']/i }, { id: "xml-entity-public", description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)", pattern: /\bPUBLIC\s+["']/i }, { id: "xml-entity-declaration", description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion", pattern: /<!ENTITY[\s%]/i }, { id: "xml-billion-laughs", description: "Entity reference chaining / billion laughs: repeated &eX; style references", pattern: /(?:&\w{1,20};){3,}/ }, { id: "xml-namespace-confusion", description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers", pattern: /\bxmlns(?::\w{1,40})?\s*=/i }, { id: "xml-comment-injection", description: "<!-- comment injection \u2014 can hide content from some parsers", pattern: /<!--/ }, { id: "xml-comment-close", description: "--> closes an enclosing XML comment", pattern: /-->/ }, { id: "xml-pi-close", description: "?> closes an enclosing processing instruction", pattern: /\?>/ }], _t = [{ id: "svg-script-element", description: "<script element inside SVG executes JavaScript", pattern: /<script[\s>/]/i }, { id: "svg-xlink-href-javascript", description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>", pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i }, { id: "svg-href-javascript", description: "href= with javascript: in SVG context (<a>, <animate>, etc.)", pattern: /href\s*=\s*["']?\s*javascript\s*:/i }, { id: "svg-foreignobject", description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts", pattern: /<foreignObject[\s>/]/i }, { id: "svg-use-external", description: "<use xlink:href or href pointing to external resource (non-fragment URL)", pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i }, { id: "svg-animate-href", description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:', pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i }, { id: "svg-animate-xlinkhref", description: '<animate attributeName="xlink:href"', pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i }, { id: "svg-set-javascript", description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI', pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i }, { id: "svg-event-handler", description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.", pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i }, { id: "svg-handler-generic", description: "Generic on* handler catch-all for SVG attributes", pattern: /\bon\w{1,30}\s*=/i }, { id: "svg-filter-feimage", description: "<feImage href= \u2014 filter primitive that can load external resources", pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i }, { id: "svg-image-external", description: "<image xlink:href with http/https or javascript protocol", pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i }, { id: "svg-style-javascript", description: "style= attribute containing javascript: (e.g. background:url(javascript:...))", pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i }], Ct = [{ id: "shell-path-traversal-unix", description: "Unix path traversal: ../  \u2014 climbing the directory tree", pattern: /\.\.\// }, { id: "shell-path-traversal-windows", description: "Windows path traversal: ..\\ \u2014 climbing the directory tree", pattern: /\.\.\\/ }, { id: "shell-path-traversal-encoded", description: "URL-encoded path traversal: %2e%2e or %2f variants", pattern: /%2e%2e|%2f\.\.|\.\.%2f/i }, { id: "shell-null-byte", description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions", pattern: /\x00|%00/ }, { id: "shell-semicolon", description: "Semicolon command separator: cmd1; cmd2", pattern: /;/ }, { id: "shell-pipe", description: "Pipe operator: cmd1 | cmd2", pattern: /\|/ }, { id: "shell-and-operator", description: "AND operator: cmd1 && cmd2", pattern: /&&/ }, { id: "shell-or-operator", description: "OR operator: cmd1 || cmd2", pattern: /\|\|/ }, { id: "shell-backtick", description: "Backtick command substitution: `cmd`", pattern: /`/ }, { id: "shell-dollar-paren", description: "Dollar-paren command substitution: $(cmd)", pattern: /\$\(/ }, { id: "shell-dollar-brace", description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection", pattern: /\$\{/ }, { id: "shell-redirect-out", description: "Output redirection: cmd > file or cmd >> file", pattern: />{1,2}/ }, { id: "shell-redirect-in", description: "Input redirection: cmd < file", pattern: /</ }, { id: "shell-newline-injection", description: "Newline injection: \\n or \\r \u2014 can inject new shell commands", pattern: /[\n\r]/ }, { id: "shell-glob-star", description: "Glob expansion: * or ? \u2014 can expand to unintended files", pattern: /[/\\][*?]/ }, { id: "shell-absolute-root", description: "Absolute root path injection: string starting with / or \\ (Windows UNC)", pattern: /^(?:\/|\\\\)/ }, { id: "shell-windows-drive", description: "Windows drive letter path injection: C:\\ or D:/", pattern: /^[a-zA-Z]:[/\\]/ }, { id: "shell-curl-wget", description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads", pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i }], $t = [{ id: "redos-nested-quantifier-plus", description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.", pattern: /\([^)]*\+[^)]*\)[+*]/ }, { id: "redos-nested-quantifier-star", description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking", pattern: /\([^)]*\*[^)]*\)[*+]/ }, { id: "redos-nested-groups", description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic", pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/ }, { id: "redos-alternation-overlap", description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths", pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/ }, { id: "redos-star-plus-concat", description: "(x*x)+ pattern \u2014 triggers super-linear backtracking", pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/ }, { id: "redos-dot-star-greedy", description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers", pattern: /\(\.[*+]\)\{?\d/ }, { id: "redos-large-repetition", description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking", pattern: /\{\d{4,}(?:,\d*)?\}/ }, { id: "redos-catastrophic-alternation", description: "Long alternation with many similar branches \u2014 polynomial backtracking risk", pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/ }], Ot = `["'\\s]*:`, Pt = [{ id: "nosql-where-operator", description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB", pattern: new RegExp(`\\$where${Ot}`, "i") }, { id: "nosql-ne-operator", description: '$ne \u2014 "not equal" operator used to bypass equality checks', pattern: new RegExp(`\\$ne${Ot}`, "i") }, { id: "nosql-gt-operator", description: '$gt \u2014 "greater than" used to bypass password/value checks', pattern: new RegExp(`\\$gte?${Ot}`, "i") }, { id: "nosql-lt-operator", description: '$lt / $lte \u2014 "less than" bypass variants', pattern: new RegExp(`\\$lte?${Ot}`, "i") }, { id: "nosql-regex-operator", description: "$regex \u2014 can be used to extract data character by character (blind injection)", pattern: new RegExp(`\\$regex${Ot}`, "i") }, { id: "nosql-or-operator", description: "$or \u2014 logical OR; used to create always-true conditions", pattern: new RegExp(`\\$or${Ot}\\s*\\[`, "i") }, { id: "nosql-and-operator", description: "$and \u2014 logical AND operator injection", pattern: new RegExp(`\\$and${Ot}\\s*\\[`, "i") }, { id: "nosql-nor-operator", description: "$nor \u2014 logical NOR operator injection", pattern: new RegExp(`\\$nor${Ot}\\s*\\[`, "i") }, { id: "nosql-exists-operator", description: "$exists \u2014 can enumerate fields to determine schema", pattern: new RegExp(`\\$exists${Ot}`, "i") }, { id: "nosql-in-operator", description: "$in \u2014 matches any value in a list; can enumerate values", pattern: new RegExp(`\\$in${Ot}\\s*\\[`, "i") }, { id: "nosql-expr-operator", description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)", pattern: new RegExp(`\\$expr${Ot}`, "i") }, { id: "nosql-function-operator", description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+", pattern: new RegExp(`\\$function${Ot}`, "i") }, { id: "nosql-accumulator-operator", description: "$accumulator \u2014 custom aggregation with arbitrary JS execution", pattern: new RegExp(`\\$accumulator${Ot}`, "i") }, { id: "nosql-proto-pollution", description: "__proto__ \u2014 prototype pollution via object key injection", pattern: /__proto__/ }, { id: "nosql-constructor-prototype", description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)", pattern: /constructor[\s"':.,{\[]*prototype/i }, { id: "nosql-proto-bracket", description: '["__proto__"] \u2014 bracket-notation prototype pollution', pattern: /\[["']__proto__["']\]/ }], jt = [{ id: "log-crlf-injection", description: "CRLF injection: literal \\r or \\n embeds fake log lines", pattern: /[\r\n]/ }, { id: "log-url-encoded-crlf", description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers", pattern: /%0[dDaA]/ }, { id: "log-unicode-newline", description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)", pattern: /[\u2028\u2029]/ }, { id: "log-log4shell-jndi", description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j", pattern: /\$\{jndi\s*:/i }, { id: "log-log4shell-obfuscated", description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection", pattern: /\$\{::-/ }, { id: "log-log4j-lookup", description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration", pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i }, { id: "log-ssti-double-brace", description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.", pattern: /\{\{[\s\S]{0,80}\}\}/ }, { id: "log-ssti-hash-brace", description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB", pattern: /#\{[\s\S]{0,80}\}/ }, { id: "log-ssti-dollar-brace", description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL", pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i }, { id: "log-ssti-percent-tag", description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP", pattern: /<%=[\s\S]{0,80}%>/ }, { id: "log-null-byte", description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers", pattern: /\x00|%00/ }, { id: "log-ansi-escape", description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed", pattern: /\x1b\[/ }];
      function It(t2, e2) {
        const n2 = e2.label ?? "CUSTOM", i2 = (function(t3, e3) {
          if (!e3.decodeEntities) return null;
          const n3 = -1 === (i3 = t3).indexOf("&") ? i3 : i3.replace(St, (t4, e4, n4, i4) => {
            if (void 0 !== i4) return Object.prototype.hasOwnProperty.call(vt, i4) ? vt[i4] : t4;
            const r2 = void 0 !== e4 ? parseInt(e4, 16) : parseInt(n4, 10);
            return !Number.isFinite(r2) || r2 > 1114111 ? t4 : String.fromCodePoint(r2);
          });
          var i3;
          return n3 === t3 ? null : n3;
        })(t2, e2);
        for (const r2 of e2) if (r2.pattern.test(t2) || null !== i2 && r2.pattern.test(i2)) return { context: n2, id: r2.id, description: r2.description, pattern: r2.pattern };
        return null;
      }
      function kt(t2, e2) {
        (function(t3) {
          if ("string" != typeof t3) throw new TypeError("is-unsafe: first argument must be a string, got " + typeof t3);
        })(t2), (function(t3) {
          if (!(t3 instanceof RegExp)) {
            if (!Array.isArray(t3)) throw new TypeError("is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: " + typeof t3);
            if (0 === t3.length) throw new TypeError("is-unsafe: context must not be an empty array");
            if (Array.isArray(t3[0])) {
              for (const e3 of t3) if (!Array.isArray(e3) || 0 === e3.length) throw new TypeError("is-unsafe: each context in the array must be a non-empty pattern array (PatternList)");
            }
          }
        })(e2);
        const { lists: n2, regex: i2 } = (function(t3) {
          return t3 instanceof RegExp ? { lists: null, regex: t3 } : Array.isArray(t3[0]) ? { lists: t3, regex: null } : { lists: [t3], regex: null };
        })(e2);
        if (i2) return i2.test(t2);
        for (const e3 of n2) if (null !== It(t2, e3)) return true;
        return false;
      }
      function Lt(t2, e2) {
        if (!t2) return {};
        const n2 = e2.attributesGroupName ? t2[e2.attributesGroupName] : t2;
        if (!n2) return {};
        const i2 = {};
        for (const t3 in n2) t3.startsWith(e2.attributeNamePrefix) ? i2[t3.substring(e2.attributeNamePrefix.length)] = n2[t3] : i2[t3] = n2[t3];
        return i2;
      }
      function Dt(t2) {
        if (!t2 || "string" != typeof t2) return;
        const e2 = t2.indexOf(":");
        if (-1 !== e2 && e2 > 0) {
          const n2 = t2.substring(0, e2);
          if ("xmlns" !== n2) return n2;
        }
      }
      At.label = "HTML", Tt.label = "XML", _t.label = "SVG", At.decodeEntities = true, Tt.decodeEntities = true, _t.decodeEntities = true, Et.label = "SQL", wt.label = "SQL-STRICT", Ct.label = "SHELL", $t.label = "REDOS", Pt.label = "NOSQL", jt.label = "LOG", Object.freeze({ HTML: At, XML: Tt, SVG: _t, SQL: Et, "SQL-STRICT": wt, SHELL: Ct, REDOS: $t, NOSQL: Pt, LOG: jt });
      class Mt {
        constructor(t2, e2) {
          var n2;
          this.options = t2, this.currentNode = null, this.tagsNodeStack = [], this.parseXml = Bt, this.parseTextData = Rt, this.resolveNameSpace = Vt, this.buildAttributesMap = Ut, this.isItStopNode = Yt, this.replaceEntitiesValue = Wt, this.readStopNodeData = Zt, this.saveTextToParentTag = zt, this.addChild = Xt, this.ignoreAttributesFn = "function" == typeof (n2 = this.options.ignoreAttributes) ? n2 : Array.isArray(n2) ? (t3) => {
            for (const e3 of n2) {
              if ("string" == typeof e3 && t3 === e3) return true;
              if (e3 instanceof RegExp && e3.test(t3)) return true;
            }
          } : () => false, this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = false;
          let i2 = { ...ct };
          this.options.entityDecoder ? this.entityDecoder = this.options.entityDecoder : ("object" == typeof this.options.htmlEntities ? i2 = this.options.htmlEntities : true === this.options.htmlEntities && (i2 = { ...pt, ...lt }), this.entityDecoder = new Nt({ namedEntities: { ...i2, ...e2 }, numericAllowed: this.options.htmlEntities, limit: { maxTotalExpansions: this.options.processEntities.maxTotalExpansions, maxExpandedLength: this.options.processEntities.maxExpandedLength, applyLimitsTo: this.options.processEntities.appliesTo }, onInputEntity: (t3, e3) => kt(e3, [At, Tt]) ? ht.BLOCK : ht.ALLOW })), this.matcher = new st(), this.readonlyMatcher = this.matcher.readOnly(), this.isCurrentNodeStopNode = false, this.stopNodeExpressionsSet = new at2();
          const r2 = this.options.stopNodes;
          if (r2 && r2.length > 0) {
            for (let t3 = 0; t3 < r2.length; t3++) {
              const e3 = r2[t3];
              "string" == typeof e3 ? this.stopNodeExpressionsSet.add(new ot(e3)) : e3 instanceof ot && this.stopNodeExpressionsSet.add(e3);
            }
            this.stopNodeExpressionsSet.seal();
          }
        }
      }
      function Rt(t2, e2, n2, i2, r2, s2, o2) {
        const a2 = this.options;
        if (void 0 !== t2 && (a2.trimValues && !i2 && (t2 = t2.trim()), t2.length > 0)) {
          o2 || (t2 = this.replaceEntitiesValue(t2, e2, n2));
          const i3 = a2.jPath ? n2.toString() : n2, l2 = a2.tagValueProcessor(e2, t2, i3, r2, s2);
          return null == l2 ? t2 : typeof l2 != typeof t2 || l2 !== t2 ? l2 : a2.trimValues || t2.trim() === t2 ? Kt(t2, a2.parseTagValue, a2.numberParseOptions) : t2;
        }
      }
      function Vt(t2) {
        if (this.options.removeNSPrefix) {
          const e2 = t2.split(":"), n2 = "/" === t2.charAt(0) ? "/" : "";
          if ("xmlns" === e2[0]) return "";
          2 === e2.length && (t2 = n2 + e2[1]);
        }
        return t2;
      }
      const qt = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
      function Ft(t2) {
        return void 0 !== t2[3] ? t2[3] : t2[4];
      }
      function Ut(t2, e2, n2, i2 = false) {
        const r2 = this.options;
        if (true === i2 || true !== r2.ignoreAttributes && "string" == typeof t2) {
          const i3 = (function(t3, e3) {
            const n3 = [];
            let i4 = e3.exec(t3);
            for (; i4; ) {
              const r3 = [];
              r3.startIndex = e3.lastIndex - i4[0].length;
              const s3 = i4.length;
              for (let t4 = 0; t4 < s3; t4++) r3.push(i4[t4]);
              n3.push(r3), i4 = e3.exec(t3);
            }
            return n3;
          })(t2, qt), s2 = i3.length, o2 = {}, a2 = new Array(s2);
          let l2 = false;
          const c2 = {};
          for (let t3 = 0; t3 < s2; t3++) {
            const e3 = this.resolveNameSpace(i3[t3][1]), s3 = Ft(i3[t3]);
            if (e3.length && void 0 !== s3) {
              let i4 = s3;
              r2.trimValues && (i4 = i4.trim()), i4 = this.replaceEntitiesValue(i4, n2, this.readonlyMatcher), a2[t3] = i4, c2[e3] = i4, l2 = true;
            }
          }
          l2 && "object" == typeof e2 && e2.updateCurrent && e2.updateCurrent(c2);
          const p2 = r2.jPath ? e2.toString() : this.readonlyMatcher;
          let h2 = false;
          for (let t3 = 0; t3 < s2; t3++) {
            const e3 = this.resolveNameSpace(i3[t3][1]);
            if (this.ignoreAttributesFn(e3, p2)) continue;
            let n3 = r2.attributeNamePrefix + e3;
            if (e3.length) if (r2.transformAttributeName && (n3 = r2.transformAttributeName(n3)), n3 = ee(n3, r2), void 0 !== Ft(i3[t3])) {
              const i4 = a2[t3], s3 = r2.attributeValueProcessor(e3, i4, p2);
              o2[n3] = null == s3 ? i4 : typeof s3 != typeof i4 || s3 !== i4 ? s3 : Kt(i4, r2.parseAttributeValue, r2.numberParseOptions), h2 = true;
            } else r2.allowBooleanAttributes && (o2[n3] = true, h2 = true);
          }
          if (!h2) return;
          if (r2.attributesGroupName && !r2.preserveOrder) {
            const t3 = {};
            return t3[r2.attributesGroupName] = o2, t3;
          }
          return o2;
        }
      }
      const Bt = function(t2) {
        const e2 = this.options, n2 = e2.captureMetaData ? [] : void 0;
        t2 = t2.replace(/\r\n?/g, e2.captureMetaData ? (t3, e3) => (2 === t3.length && n2.push(e3 - n2.length), "\n") : "\n");
        const i2 = new C("!xml");
        let r2 = i2, s2 = "";
        this.matcher.reset(), this.entityDecoder.reset(), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = false;
        const o2 = new F(e2.processEntities), a2 = t2.length;
        for (let l2 = 0; l2 < a2; l2++) if ("<" === t2[l2]) {
          const c2 = t2.charCodeAt(l2 + 1);
          if (47 === c2) {
            const o3 = Ht(t2, ">", l2, "Closing Tag is not closed.");
            let a3 = t2.substring(l2 + 2, o3).trim();
            if (e2.removeNSPrefix) {
              const t3 = a3.indexOf(":");
              -1 !== t3 && (a3 = a3.substr(t3 + 1));
            }
            a3 = te(e2.transformTagName, a3, "", e2).tagName, r2 && (s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher));
            const c3 = this.matcher.getCurrentTag();
            if (a3 && e2.unpairedTagsSet.has(a3)) throw new Error(`Unpaired tag can not be used as closing tag: </${a3}>`);
            c3 && e2.unpairedTagsSet.has(c3) && (this.matcher.pop(), this.tagsNodeStack.pop()), this.matcher.pop(), this.isCurrentNodeStopNode = false, r2 = this.tagsNodeStack.pop() || i2, e2.captureMetaData && r2 && r2.addEndIndex(Gt(o3 + 1, n2)), s2 = "", l2 = o3;
          } else if (63 === c2) {
            let i3 = Jt(t2, l2, false, "?>");
            if (!i3) throw new Error("Pi Tag is not closed.");
            s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher);
            const a3 = this.buildAttributesMap(i3.tagExp, this.matcher, i3.tagName, true);
            if (a3) {
              const t3 = a3[this.options.attributeNamePrefix + "version"];
              this.entityDecoder.setXmlVersion(Number(t3) || 1), o2.setXmlVersion(Number(t3) || 1);
            }
            if (e2.ignoreDeclaration && "?xml" === i3.tagName || e2.ignorePiTags) ;
            else {
              const t3 = new C(i3.tagName);
              t3.add(e2.textNodeName, ""), i3.tagName !== i3.tagExp && i3.attrExpPresent && true !== e2.ignoreAttributes && (t3[":@"] = a3);
              const s3 = e2.captureMetaData ? Gt(l2, n2) : l2;
              this.addChild(r2, t3, this.readonlyMatcher, s3), e2.captureMetaData && r2.addEndIndex(Gt(i3.closeIndex + 2, n2));
            }
            l2 = i3.closeIndex + 1;
          } else if (33 === c2 && 45 === t2.charCodeAt(l2 + 2) && 45 === t2.charCodeAt(l2 + 3)) {
            const n3 = Ht(t2, "-->", l2 + 4, "Comment is not closed.");
            if (e2.commentPropName) {
              const i3 = t2.substring(l2 + 4, n3 - 2);
              s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher), r2.add(e2.commentPropName, [{ [e2.textNodeName]: i3 }]);
            }
            l2 = n3;
          } else if (33 === c2 && 68 === t2.charCodeAt(l2 + 2)) {
            if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
            this.doctypefound = true;
            const e3 = o2.readDocType(t2, l2);
            this.entityDecoder.addInputEntities(e3.entities), l2 = e3.i;
          } else if (33 === c2 && 91 === t2.charCodeAt(l2 + 2)) {
            const n3 = Ht(t2, "]]>", l2, "CDATA is not closed.") - 2, i3 = t2.substring(l2 + 9, n3);
            s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher);
            let o3 = this.parseTextData(i3, r2.tagname, this.readonlyMatcher, true, false, true, true);
            null == o3 && (o3 = ""), e2.cdataPropName ? r2.add(e2.cdataPropName, [{ [e2.textNodeName]: i3 }]) : r2.add(e2.textNodeName, o3), l2 = n3 + 2;
          } else {
            let o3 = Jt(t2, l2, e2.removeNSPrefix);
            if (!o3) {
              const e3 = t2.substring(Math.max(0, l2 - 50), Math.min(a2, l2 + 50));
              throw new Error(`readTagExp returned undefined at position ${l2}. Context: "${e3}"`);
            }
            let c3 = o3.tagName;
            const p2 = o3.rawTagName;
            let h2 = o3.tagExp, d2 = o3.attrExpPresent, u2 = o3.closeIndex;
            if ({ tagName: c3, tagExp: h2 } = te(e2.transformTagName, c3, h2, e2), e2.strictReservedNames && (c3 === e2.commentPropName || c3 === e2.cdataPropName || c3 === e2.textNodeName || c3 === e2.attributesGroupName)) throw new Error(`Invalid tag name: ${c3}`);
            r2 && s2 && "!xml" !== r2.tagname && (s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher, false));
            const f2 = r2;
            f2 && e2.unpairedTagsSet.has(f2.tagname) && (r2 = this.tagsNodeStack.pop(), this.matcher.pop());
            let g2 = false;
            h2.length > 0 && h2.lastIndexOf("/") === h2.length - 1 && (g2 = true, "/" === c3[c3.length - 1] ? (c3 = c3.substr(0, c3.length - 1), h2 = c3) : h2 = h2.substr(0, h2.length - 1), d2 = c3 !== h2);
            let m2, x2 = null, b2 = {};
            m2 = Dt(p2), c3 !== i2.tagname && this.matcher.push(c3, {}, m2), c3 !== h2 && d2 && (x2 = this.buildAttributesMap(h2, this.matcher, c3), x2 && (b2 = Lt(x2, e2))), c3 !== i2.tagname && (this.isCurrentNodeStopNode = this.isItStopNode());
            const y2 = e2.captureMetaData ? Gt(l2, n2) : l2;
            if (this.isCurrentNodeStopNode) {
              let i3 = "";
              if (g2) l2 = o3.closeIndex;
              else if (e2.unpairedTagsSet.has(c3)) l2 = o3.closeIndex;
              else {
                const e3 = this.readStopNodeData(t2, p2, u2 + 1);
                if (!e3) throw new Error(`Unexpected end of ${p2}`);
                l2 = e3.i, i3 = e3.tagContent;
              }
              const s3 = new C(c3);
              x2 && (s3[":@"] = x2), s3.add(e2.textNodeName, i3), this.matcher.pop(), this.isCurrentNodeStopNode = false, this.addChild(r2, s3, this.readonlyMatcher, y2), e2.captureMetaData && r2.addEndIndex(Gt(l2 + 1, n2));
            } else {
              if (g2) {
                ({ tagName: c3, tagExp: h2 } = te(e2.transformTagName, c3, h2, e2));
                const t3 = new C(c3);
                x2 && (t3[":@"] = x2), this.addChild(r2, t3, this.readonlyMatcher, y2), e2.captureMetaData && r2.addEndIndex(Gt(u2 + 1, n2)), this.matcher.pop(), this.isCurrentNodeStopNode = false;
              } else {
                if (e2.unpairedTagsSet.has(c3)) {
                  const t3 = new C(c3);
                  x2 && (t3[":@"] = x2), this.addChild(r2, t3, this.readonlyMatcher, y2), e2.captureMetaData && r2.addEndIndex(Gt(o3.closeIndex + 1, n2)), this.matcher.pop(), this.isCurrentNodeStopNode = false, l2 = o3.closeIndex;
                  continue;
                }
                {
                  const t3 = new C(c3);
                  if (this.tagsNodeStack.length > e2.maxNestedTags) throw new Error("Maximum nested tags exceeded");
                  this.tagsNodeStack.push(r2), x2 && (t3[":@"] = x2), this.addChild(r2, t3, this.readonlyMatcher, y2), r2 = t3;
                }
              }
              s2 = "", l2 = u2;
            }
          }
        } else s2 += t2[l2];
        return i2.child;
      };
      function Gt(t2, e2) {
        let n2 = 0, i2 = e2.length;
        for (; n2 < i2; ) {
          const r2 = Math.floor((n2 + i2) / 2);
          e2[r2] < t2 ? n2 = r2 + 1 : i2 = r2;
        }
        return t2 + n2;
      }
      function Xt(t2, e2, n2, i2) {
        this.options.captureMetaData || (i2 = void 0);
        const r2 = this.options.jPath ? n2.toString() : n2, s2 = this.options.updateTag(e2.tagname, r2, e2[":@"]);
        false === s2 || ("string" == typeof s2 ? (e2.tagname = s2, t2.addChild(e2, i2)) : t2.addChild(e2, i2));
      }
      function Wt(t2, e2, n2) {
        const i2 = this.options.processEntities;
        if (!i2 || !i2.enabled) return t2;
        if (i2.allowedTags) {
          const r2 = this.options.jPath ? n2.toString() : n2;
          if (!(Array.isArray(i2.allowedTags) ? i2.allowedTags.includes(e2) : i2.allowedTags(e2, r2))) return t2;
        }
        if (i2.tagFilter) {
          const r2 = this.options.jPath ? n2.toString() : n2;
          if (!i2.tagFilter(e2, r2)) return t2;
        }
        return this.entityDecoder.decode(t2);
      }
      function zt(t2, e2, n2, i2) {
        return t2 && (void 0 === i2 && (i2 = 0 === e2.child.length), void 0 !== (t2 = this.parseTextData(t2, e2.tagname, n2, false, !!e2[":@"] && 0 !== Object.keys(e2[":@"]).length, i2)) && "" !== t2 && e2.add(this.options.textNodeName, t2), t2 = ""), t2;
      }
      function Yt() {
        return 0 !== this.stopNodeExpressionsSet.size && this.matcher.matchesAny(this.stopNodeExpressionsSet);
      }
      function Ht(t2, e2, n2, i2) {
        const r2 = t2.indexOf(e2, n2);
        if (-1 === r2) throw new Error(i2);
        return r2 + e2.length - 1;
      }
      function Qt(t2, e2, n2, i2) {
        const r2 = t2.indexOf(e2, n2);
        if (-1 === r2) throw new Error(i2);
        return r2;
      }
      function Jt(t2, e2, n2, i2 = ">") {
        const r2 = (function(t3, e3, n3 = ">") {
          const i3 = t3.length, r3 = n3.charCodeAt(0), s3 = n3.length > 1 ? n3.charCodeAt(1) : -1;
          let o3 = "", a3 = e3;
          for (let n4 = e3; n4 < i3; n4++) {
            const e4 = t3.charCodeAt(n4);
            if (34 === e4 || 39 === e4) {
              if (n4 = t3.indexOf(t3[n4], n4 + 1), -1 === n4) return;
            } else if (e4 === r3) {
              if (-1 === s3) return o3 += t3.substring(a3, n4), { data: o3, index: n4 };
              if (t3.charCodeAt(n4 + 1) === s3) return o3 += t3.substring(a3, n4), { data: o3, index: n4 };
            } else 9 === e4 && (o3 += t3.substring(a3, n4) + " ", a3 = n4 + 1);
          }
        })(t2, e2 + 1, i2);
        if (!r2) return;
        let s2 = r2.data;
        const o2 = r2.index, a2 = s2.search(/\s/);
        let l2 = s2, c2 = true;
        -1 !== a2 && (l2 = s2.substring(0, a2), s2 = s2.substring(a2 + 1).trimStart());
        const p2 = l2;
        if (n2) {
          const t3 = l2.indexOf(":");
          -1 !== t3 && (l2 = l2.substr(t3 + 1), c2 = l2 !== r2.data.substr(t3 + 1));
        }
        return { tagName: l2, tagExp: s2, closeIndex: o2, attrExpPresent: c2, rawTagName: p2 };
      }
      function Zt(t2, e2, n2) {
        const i2 = n2;
        let r2 = 1, s2 = false, o2 = -1;
        const a2 = t2.length;
        for (; n2 < a2; n2++) if ("<" === t2[n2]) {
          const a3 = t2.charCodeAt(n2 + 1);
          if (47 === a3) {
            const s3 = Qt(t2, ">", n2, `${e2} is not closed`);
            if (t2.substring(n2 + 2, s3).trim() === e2 && (r2--, 0 === r2)) return { tagContent: t2.substring(i2, n2), i: s3 };
            n2 = s3;
          } else if (63 === a3) n2 = Ht(t2, "?>", n2 + 1, "StopNode is not closed.");
          else if (33 === a3 && 45 === t2.charCodeAt(n2 + 2) && 45 === t2.charCodeAt(n2 + 3)) n2 = Ht(t2, "-->", n2 + 3, "StopNode is not closed.");
          else if (33 === a3 && 91 === t2.charCodeAt(n2 + 2)) n2 = Ht(t2, "]]>", n2, "StopNode is not closed.") - 2;
          else {
            const i3 = s2 ? void 0 : Jt(t2, n2, false);
            if (i3) i3.tagName === e2 && "/" !== i3.tagExp[i3.tagExp.length - 1] && r2++, n2 = i3.closeIndex;
            else {
              if (s2 = true, o2 < n2 && (o2 = t2.indexOf(">", n2), -1 === o2)) return;
              const i4 = t2.indexOf("<", n2 + 1);
              if (-1 === i4 || i4 > o2) {
                const i5 = t2.substring(n2 + 1, o2), s3 = i5.search(/\s/);
                (-1 === s3 ? i5 : i5.substring(0, s3)) === e2 && "/" !== i5[i5.length - 1] && r2++, n2 = o2;
              }
            }
          }
        }
      }
      function Kt(t2, e2, n2) {
        if (e2 && "string" == typeof t2) {
          const e3 = t2.trim();
          return "true" === e3 || "false" !== e3 && et(t2, n2);
        }
        return void 0 !== t2 ? t2 : "";
      }
      function te(t2, e2, n2, i2) {
        if (t2) {
          const i3 = t2(e2);
          n2 === e2 && (n2 = i3), e2 = i3;
        }
        return { tagName: e2 = ee(e2, i2), tagExp: n2 };
      }
      function ee(t2, e2) {
        if (o.includes(t2)) throw new Error(`[SECURITY] Invalid name: "${t2}" is a reserved JavaScript keyword that could cause prototype pollution`);
        return s.includes(t2) ? e2.onDangerousProperty(t2) : t2;
      }
      const ne = C.getMetaDataSymbol();
      function ie(t2, e2) {
        if (!t2 || "object" != typeof t2) return {};
        if (!e2) return t2;
        const n2 = {};
        for (const i2 in t2) i2.startsWith(e2) ? n2[i2.substring(e2.length)] = t2[i2] : n2[i2] = t2[i2];
        return n2;
      }
      function re(t2, e2, n2, i2) {
        return se(t2, e2, n2, i2);
      }
      function se(t2, e2, n2, i2) {
        let r2;
        const s2 = {};
        for (let o2 = 0; o2 < t2.length; o2++) {
          const a2 = t2[o2], l2 = oe(a2);
          if (void 0 !== l2 && l2 !== e2.textNodeName) {
            const t3 = ie(a2[":@"] || {}, e2.attributeNamePrefix);
            n2.push(l2, t3);
          }
          if (l2 === e2.textNodeName) void 0 === r2 ? r2 = a2[l2] : r2 += "" + a2[l2];
          else {
            if (void 0 === l2) continue;
            if (a2[l2]) {
              let t3 = se(a2[l2], e2, n2, i2);
              const r3 = le(t3, e2);
              if (0 === Object.keys(t3).length && e2.alwaysCreateTextNode && (t3[e2.textNodeName] = ""), a2[":@"] ? ae(t3, a2[":@"], i2, e2) : 1 !== Object.keys(t3).length || void 0 === t3[e2.textNodeName] || e2.alwaysCreateTextNode ? 0 === Object.keys(t3).length && (e2.alwaysCreateTextNode ? t3[e2.textNodeName] = "" : t3 = "") : t3 = t3[e2.textNodeName], void 0 !== a2[ne] && "object" == typeof t3 && null !== t3 && (t3[ne] = a2[ne]), void 0 !== s2[l2] && Object.prototype.hasOwnProperty.call(s2, l2)) Array.isArray(s2[l2]) || (s2[l2] = [s2[l2]]), s2[l2].push(t3);
              else {
                const n3 = e2.jPath ? i2.toString() : i2;
                e2.isArray(l2, n3, r3) ? s2[l2] = [t3] : s2[l2] = t3;
              }
              void 0 !== l2 && l2 !== e2.textNodeName && n2.pop();
            }
          }
        }
        return "string" == typeof r2 ? r2.length > 0 && (s2[e2.textNodeName] = r2) : void 0 !== r2 && (s2[e2.textNodeName] = r2), s2;
      }
      function oe(t2) {
        const e2 = Object.keys(t2);
        for (let t3 = 0; t3 < e2.length; t3++) {
          const n2 = e2[t3];
          if (":@" !== n2) return n2;
        }
      }
      function ae(t2, e2, n2, i2) {
        if (e2) {
          const r2 = Object.keys(e2), s2 = r2.length;
          for (let o2 = 0; o2 < s2; o2++) {
            const s3 = r2[o2], a2 = s3.startsWith(i2.attributeNamePrefix) ? s3.substring(i2.attributeNamePrefix.length) : s3, l2 = i2.jPath ? n2.toString() + "." + a2 : n2;
            i2.isArray(s3, l2, true, true) ? t2[s3] = [e2[s3]] : t2[s3] = e2[s3];
          }
        }
      }
      function le(t2, e2) {
        const { textNodeName: n2 } = e2, i2 = Object.keys(t2).length;
        return 0 === i2 || !(1 !== i2 || !t2[n2] && "boolean" != typeof t2[n2] && 0 !== t2[n2]);
      }
      class ce {
        constructor(t2) {
          this.externalEntities = {}, this.options = T(t2);
        }
        parse(t2, e2) {
          if ("string" != typeof t2 && t2.toString) t2 = t2 instanceof Uint8Array && ("undefined" == typeof Buffer || !Buffer.isBuffer(t2)) ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(t2) : t2.toString();
          else if ("string" != typeof t2) throw new Error("XML data is accepted in String or Bytes[] form.");
          if (e2) {
            true === e2 && (e2 = {});
            const n3 = l(t2, e2);
            if (true !== n3) throw Error(`${n3.err.msg}:${n3.err.line}:${n3.err.col}`);
          }
          const n2 = new Mt(this.options, this.externalEntities), i2 = n2.parseXml(t2);
          return this.options.preserveOrder || void 0 === i2 ? i2 : re(i2, this.options, n2.matcher, n2.readonlyMatcher);
        }
        addEntity(t2, e2) {
          if (-1 !== e2.indexOf("&")) throw new Error("Entity value can't have '&'");
          if (-1 !== t2.indexOf("&") || -1 !== t2.indexOf(";")) throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
          if ("&" === e2) throw new Error("An entity with value '&' is not permitted");
          this.externalEntities[t2] = e2;
        }
        static getMetaDataSymbol() {
          return C.getMetaDataSymbol();
        }
      }
      function pe(t2) {
        return "number" == typeof t2 && Object.is(t2, -0) ? "-0" : String(t2);
      }
      function he(t2) {
        return pe(t2).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
      }
      function de(t2) {
        return pe(t2).replace(/\]\]>/g, "]]]]><![CDATA[>");
      }
      function ue(t2) {
        return pe(t2).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
      }
      function fe(t2, e2, n2, i2, r2) {
        if (!n2.sanitizeName) return t2;
        const s2 = !e2 && "?" === t2[0], o2 = s2 ? t2.slice(1) : t2;
        if (r2(o2)) return t2;
        const a2 = n2.sanitizeName(o2, { isAttribute: e2, matcher: i2.readOnly() });
        if ("string" != typeof a2 || !r2(a2)) throw new Error(`sanitizeName returned an invalid XML name for "${o2}"`);
        return s2 ? "?" + a2 : a2;
      }
      function ge(t2, e2) {
        let n2 = "";
        e2.format && (n2 = "\n");
        const i2 = [];
        if (e2.stopNodes && Array.isArray(e2.stopNodes)) for (let t3 = 0; t3 < e2.stopNodes.length; t3++) {
          const n3 = e2.stopNodes[t3];
          "string" == typeof n3 ? i2.push(new ot(n3)) : n3 instanceof ot && i2.push(n3);
        }
        const r2 = (function(t3, e3) {
          if (!Array.isArray(t3) || 0 === t3.length) return "1.0";
          const n3 = t3[0];
          if ("?xml" === Ne(n3)) {
            const t4 = n3[":@"];
            if (t4) {
              const n4 = e3.attributeNamePrefix + "version";
              if (t4[n4]) return t4[n4];
            }
          }
          return "1.0";
        })(t2, e2), s2 = q("qName", { xmlVersion: r2 });
        return me(t2, e2, n2, new st(), i2, s2);
      }
      function me(t2, e2, n2, i2, r2, s2) {
        let o2 = "", a2 = false;
        if (e2.maxNestedTags && i2.getDepth() > e2.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        if (!Array.isArray(t2)) {
          if (null != t2) {
            let n3 = pe(t2);
            return n3 = ve(n3, e2), n3;
          }
          return "";
        }
        for (let l2 = 0; l2 < t2.length; l2++) {
          const c2 = t2[l2], p2 = Ne(c2);
          if (void 0 === p2) continue;
          const h2 = p2 === e2.textNodeName || p2 === e2.cdataPropName || p2 === e2.commentPropName ? p2 : fe(p2, false, e2, i2, s2), d2 = xe(c2[":@"], e2);
          i2.push(h2, d2);
          const u2 = we(i2, r2);
          if (h2 === e2.textNodeName) {
            let t3 = c2[p2];
            u2 || (t3 = e2.tagValueProcessor(h2, t3), t3 = ve(t3, e2)), t3 = pe(t3), a2 && (o2 += n2), o2 += t3, a2 = false, i2.pop();
            continue;
          }
          if (h2 === e2.cdataPropName) {
            a2 && (o2 += n2), o2 += `<![CDATA[${de(c2[p2][0][e2.textNodeName])}]]>`, a2 = false, i2.pop();
            continue;
          }
          if (h2 === e2.commentPropName) {
            o2 += n2 + `<!--${he(c2[p2][0][e2.textNodeName])}-->`, a2 = true, i2.pop();
            continue;
          }
          if ("?" === h2[0]) {
            o2 += ("?xml" === h2 ? "" : n2) + `<${h2}${Ee(c2[":@"], e2, u2, i2, s2)}?>`, a2 = true, i2.pop();
            continue;
          }
          let f2 = n2;
          "" !== f2 && (f2 += e2.indentBy);
          const g2 = n2 + `<${h2}${Ee(c2[":@"], e2, u2, i2, s2)}`;
          let m2;
          m2 = u2 ? be(c2[p2], e2, i2.getDepth()) : me(c2[p2], e2, f2, i2, r2, s2), -1 !== e2.unpairedTags.indexOf(h2) ? e2.suppressUnpairedNode ? o2 += g2 + ">" : o2 += g2 + "/>" : m2 && 0 !== m2.length || !e2.suppressEmptyNode ? m2 && m2.endsWith(">") ? o2 += g2 + `>${m2}${n2}</${h2}>` : (o2 += g2 + ">", m2 && "" !== n2 && (m2.includes("/>") || m2.includes("</")) ? o2 += n2 + e2.indentBy + m2 + n2 : o2 += m2, o2 += `</${h2}>`) : o2 += g2 + "/>", a2 = true, i2.pop();
        }
        return o2;
      }
      function xe(t2, e2) {
        if (!t2 || e2.ignoreAttributes) return null;
        const n2 = {};
        let i2 = false;
        for (let r2 in t2) Object.prototype.hasOwnProperty.call(t2, r2) && (n2[r2.startsWith(e2.attributeNamePrefix) ? r2.substr(e2.attributeNamePrefix.length) : r2] = ue(t2[r2]), i2 = true);
        return i2 ? n2 : null;
      }
      function be(t2, e2, n2 = 0) {
        if (e2.maxNestedTags && n2 > e2.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        if (!Array.isArray(t2)) return null != t2 ? pe(t2) : "";
        let i2 = "";
        for (let r2 = 0; r2 < t2.length; r2++) {
          const s2 = t2[r2], o2 = Ne(s2);
          if (o2 === e2.textNodeName) i2 += pe(s2[o2]);
          else if (o2 === e2.cdataPropName) i2 += s2[o2][0][e2.textNodeName];
          else if (o2 === e2.commentPropName) i2 += s2[o2][0][e2.textNodeName];
          else {
            if (o2 && "?" === o2[0]) continue;
            if (o2) {
              const t3 = ye(s2[":@"], e2), r3 = be(s2[o2], e2, n2 + 1);
              r3 && 0 !== r3.length ? i2 += `<${o2}${t3}>${r3}</${o2}>` : i2 += `<${o2}${t3}/>`;
            }
          }
        }
        return i2;
      }
      function ye(t2, e2) {
        let n2 = "";
        if (t2 && !e2.ignoreAttributes) for (let i2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, i2)) continue;
          let r2 = t2[i2];
          true === r2 && e2.suppressBooleanAttributes ? n2 += ` ${i2.substr(e2.attributeNamePrefix.length)}` : n2 += ` ${i2.substr(e2.attributeNamePrefix.length)}="${ue(r2)}"`;
        }
        return n2;
      }
      function Ne(t2) {
        const e2 = Object.keys(t2);
        for (let n2 = 0; n2 < e2.length; n2++) {
          const i2 = e2[n2];
          if (Object.prototype.hasOwnProperty.call(t2, i2) && ":@" !== i2) return i2;
        }
      }
      function Ee(t2, e2, n2, i2, r2) {
        let s2 = "";
        if (t2 && !e2.ignoreAttributes) for (let o2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, o2)) continue;
          const a2 = o2.substr(e2.attributeNamePrefix.length), l2 = n2 ? a2 : fe(a2, true, e2, i2, r2);
          let c2;
          n2 ? c2 = t2[o2] : (c2 = e2.attributeValueProcessor(o2, t2[o2]), c2 = ve(c2, e2)), true === c2 && e2.suppressBooleanAttributes ? s2 += ` ${l2}` : s2 += ` ${l2}="${ue(c2)}"`;
        }
        return s2;
      }
      function we(t2, e2) {
        if (!e2 || 0 === e2.length) return false;
        for (let n2 = 0; n2 < e2.length; n2++) if (t2.matches(e2[n2])) return true;
        return false;
      }
      function ve(t2, e2) {
        if (t2 && t2.length > 0 && e2.processEntities) for (let n2 = 0; n2 < e2.entities.length; n2++) {
          const i2 = e2.entities[n2];
          t2 = t2.replace(i2.regex, i2.val);
        }
        return t2;
      }
      const Se = { attributeNamePrefix: "@_", attributesGroupName: false, textNodeName: "#text", ignoreAttributes: true, cdataPropName: false, format: false, indentBy: "  ", suppressEmptyNode: false, suppressUnpairedNode: true, suppressBooleanAttributes: true, tagValueProcessor: function(t2, e2) {
        return e2;
      }, attributeValueProcessor: function(t2, e2) {
        return e2;
      }, preserveOrder: false, commentPropName: false, unpairedTags: [], entities: [{ regex: new RegExp("&", "g"), val: "&amp;" }, { regex: new RegExp(">", "g"), val: "&gt;" }, { regex: new RegExp("<", "g"), val: "&lt;" }, { regex: new RegExp("'", "g"), val: "&apos;" }, { regex: new RegExp('"', "g"), val: "&quot;" }], processEntities: true, stopNodes: [], oneListGroup: false, maxNestedTags: 100, jPath: true, sanitizeName: false };
      function Ae(t2) {
        if (this.options = Object.assign({}, Se, t2), this.options.stopNodes && Array.isArray(this.options.stopNodes) && (this.options.stopNodes = this.options.stopNodes.map((t3) => "string" == typeof t3 && t3.startsWith("*.") ? ".." + t3.substring(2) : t3)), this.stopNodeExpressions = [], this.options.stopNodes && Array.isArray(this.options.stopNodes)) for (let t3 = 0; t3 < this.options.stopNodes.length; t3++) {
          const e3 = this.options.stopNodes[t3];
          "string" == typeof e3 ? this.stopNodeExpressions.push(new ot(e3)) : e3 instanceof ot && this.stopNodeExpressions.push(e3);
        }
        var e2;
        true === this.options.ignoreAttributes || this.options.attributesGroupName ? this.isAttribute = function() {
          return false;
        } : (this.ignoreAttributesFn = "function" == typeof (e2 = this.options.ignoreAttributes) ? e2 : Array.isArray(e2) ? (t3) => {
          for (const n2 of e2) {
            if ("string" == typeof n2 && t3 === n2) return true;
            if (n2 instanceof RegExp && n2.test(t3)) return true;
          }
        } : () => false, this.attrPrefixLen = this.options.attributeNamePrefix.length, this.isAttribute = Ce), this.processTextOrObjNode = Te, this.options.format ? (this.indentate = _e, this.tagEndChar = ">\n", this.newLine = "\n") : (this.indentate = function() {
          return "";
        }, this.tagEndChar = ">", this.newLine = "");
      }
      function Te(t2, e2, n2, i2, r2) {
        const s2 = this.extractAttributes(t2);
        if (i2.push(e2, s2), this.checkStopNode(i2)) {
          const r3 = this.buildRawContent(t2, i2.getDepth()), s3 = this.buildAttributesForStopNode(t2);
          return i2.pop(), this.buildObjectNode(r3, e2, s3, n2);
        }
        const o2 = this.j2x(t2, n2 + 1, i2, r2);
        return i2.pop(), "?" === e2[0] ? this.buildTextValNode("", e2, o2.attrStr, n2, i2) : void 0 !== t2[this.options.textNodeName] && 1 === Object.keys(t2).length ? this.buildTextValNode(t2[this.options.textNodeName], e2, o2.attrStr, n2, i2) : this.buildObjectNode(o2.val, e2, o2.attrStr, n2);
      }
      function _e(t2) {
        return this.options.indentBy.repeat(t2);
      }
      function Ce(t2) {
        return !(!t2.startsWith(this.options.attributeNamePrefix) || t2 === this.options.textNodeName) && t2.substr(this.attrPrefixLen);
      }
      Ae.prototype.build = function(t2) {
        if (this.options.preserveOrder) return ge(t2, this.options);
        {
          Array.isArray(t2) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1 && (t2 = { [this.options.arrayNodeName]: t2 });
          const e2 = new st(), n2 = (function(t3, e3) {
            const n3 = t3["?xml"];
            if (n3 && "object" == typeof n3) {
              if (e3.attributesGroupName && n3[e3.attributesGroupName]) {
                const t5 = n3[e3.attributesGroupName][e3.attributeNamePrefix + "version"];
                if (t5) return t5;
              }
              const t4 = n3[e3.attributeNamePrefix + "version"];
              if (t4) return t4;
            }
            return "1.0";
          })(t2, this.options), i2 = q("qName", { xmlVersion: n2 });
          return this.j2x(t2, 0, e2, i2).val;
        }
      }, Ae.prototype.j2x = function(t2, e2, n2, i2) {
        let r2 = "", s2 = "";
        if (this.options.maxNestedTags && n2.getDepth() >= this.options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        const o2 = this.options.jPath ? n2.toString() : n2, a2 = this.checkStopNode(n2);
        for (let l2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, l2)) continue;
          const c2 = l2 === this.options.textNodeName || l2 === this.options.cdataPropName || l2 === this.options.commentPropName || this.options.attributesGroupName && l2 === this.options.attributesGroupName || this.isAttribute(l2) ? l2 : fe(l2, false, this.options, n2, i2);
          if (void 0 === t2[l2]) this.isAttribute(l2) && (s2 += "");
          else if (null === t2[l2]) this.isAttribute(l2) || c2 === this.options.cdataPropName || c2 === this.options.commentPropName ? s2 += "" : "?" === c2[0] ? s2 += this.indentate(e2) + "<" + c2 + "?" + this.tagEndChar : s2 += this.indentate(e2) + "<" + c2 + "/" + this.tagEndChar;
          else if (t2[l2] instanceof Date) s2 += this.buildTextValNode(t2[l2], c2, "", e2, n2);
          else if ("object" != typeof t2[l2]) {
            const p2 = this.isAttribute(l2);
            if (p2 && !this.ignoreAttributesFn(p2, o2)) {
              const e3 = fe(p2, true, this.options, n2, i2);
              r2 += this.buildAttrPairStr(e3, pe(t2[l2]), a2);
            } else if (!p2) if (l2 === this.options.textNodeName) {
              let e3 = this.options.tagValueProcessor(l2, pe(t2[l2]));
              s2 += this.replaceEntitiesValue(e3);
            } else {
              n2.push(c2);
              const i3 = this.checkStopNode(n2);
              if (n2.pop(), i3) {
                const n3 = pe(t2[l2]);
                s2 += "" === n3 ? this.indentate(e2) + "<" + c2 + this.closeTag(c2) + this.tagEndChar : this.indentate(e2) + "<" + c2 + ">" + n3 + "</" + c2 + this.tagEndChar;
              } else s2 += this.buildTextValNode(t2[l2], c2, "", e2, n2);
            }
          } else if (Array.isArray(t2[l2])) {
            const r3 = t2[l2].length;
            let o3 = "", a3 = "";
            for (let p2 = 0; p2 < r3; p2++) {
              const r4 = t2[l2][p2];
              if (void 0 === r4) ;
              else if (null === r4) "?" === c2[0] ? s2 += this.indentate(e2) + "<" + c2 + "?" + this.tagEndChar : s2 += this.indentate(e2) + "<" + c2 + "/" + this.tagEndChar;
              else if ("object" == typeof r4) if (this.options.oneListGroup) {
                n2.push(c2);
                const t3 = this.j2x(r4, e2 + 1, n2, i2);
                n2.pop(), o3 += t3.val, this.options.attributesGroupName && r4.hasOwnProperty(this.options.attributesGroupName) && (a3 += t3.attrStr);
              } else o3 += this.processTextOrObjNode(r4, c2, e2, n2, i2);
              else if (this.options.oneListGroup) {
                let t3 = this.options.tagValueProcessor(c2, r4);
                t3 = this.replaceEntitiesValue(t3), t3 = pe(t3), o3 += t3;
              } else {
                n2.push(c2);
                const t3 = this.checkStopNode(n2);
                if (n2.pop(), t3) {
                  const t4 = pe(r4);
                  o3 += "" === t4 ? this.indentate(e2) + "<" + c2 + this.closeTag(c2) + this.tagEndChar : this.indentate(e2) + "<" + c2 + ">" + t4 + "</" + c2 + this.tagEndChar;
                } else o3 += this.buildTextValNode(r4, c2, "", e2, n2);
              }
            }
            this.options.oneListGroup && (o3 = this.buildObjectNode(o3, c2, a3, e2)), s2 += o3;
          } else if (this.options.attributesGroupName && l2 === this.options.attributesGroupName) {
            const e3 = Object.keys(t2[l2]), s3 = e3.length;
            for (let o3 = 0; o3 < s3; o3++) {
              const s4 = fe(e3[o3], true, this.options, n2, i2);
              r2 += this.buildAttrPairStr(s4, pe(t2[l2][e3[o3]]), a2);
            }
          } else s2 += this.processTextOrObjNode(t2[l2], c2, e2, n2, i2);
        }
        return { attrStr: r2, val: s2 };
      }, Ae.prototype.buildAttrPairStr = function(t2, e2, n2) {
        return n2 || (e2 = this.options.attributeValueProcessor(t2, pe(e2)), e2 = this.replaceEntitiesValue(e2)), this.options.suppressBooleanAttributes && "true" === e2 ? " " + t2 : " " + t2 + '="' + ue(e2) + '"';
      }, Ae.prototype.extractAttributes = function(t2) {
        if (!t2 || "object" != typeof t2) return null;
        const e2 = {};
        let n2 = false;
        if (this.options.attributesGroupName && t2[this.options.attributesGroupName]) {
          const i2 = t2[this.options.attributesGroupName];
          for (let t3 in i2) Object.prototype.hasOwnProperty.call(i2, t3) && (e2[t3.startsWith(this.options.attributeNamePrefix) ? t3.substring(this.options.attributeNamePrefix.length) : t3] = ue(i2[t3]), n2 = true);
        } else for (let i2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, i2)) continue;
          const r2 = this.isAttribute(i2);
          r2 && (e2[r2] = ue(t2[i2]), n2 = true);
        }
        return n2 ? e2 : null;
      }, Ae.prototype.buildRawContent = function(t2, e2 = 0) {
        if (this.options.maxNestedTags && e2 >= this.options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        if ("string" == typeof t2) return t2;
        if ("object" != typeof t2 || null === t2) return String(t2);
        if (void 0 !== t2[this.options.textNodeName]) return t2[this.options.textNodeName];
        let n2 = "";
        for (let i2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, i2)) continue;
          if (this.isAttribute(i2)) continue;
          if (this.options.attributesGroupName && i2 === this.options.attributesGroupName) continue;
          const r2 = t2[i2];
          if (i2 === this.options.textNodeName) n2 += r2;
          else if (Array.isArray(r2)) {
            for (let t3 of r2) if ("string" == typeof t3 || "number" == typeof t3) n2 += `<${i2}>${t3}</${i2}>`;
            else if ("object" == typeof t3 && null !== t3) {
              const r3 = this.buildRawContent(t3, e2 + 1), s2 = this.buildAttributesForStopNode(t3);
              n2 += "" === r3 ? `<${i2}${s2}/>` : `<${i2}${s2}>${r3}</${i2}>`;
            }
          } else if ("object" == typeof r2 && null !== r2) {
            const t3 = this.buildRawContent(r2, e2 + 1), s2 = this.buildAttributesForStopNode(r2);
            n2 += "" === t3 ? `<${i2}${s2}/>` : `<${i2}${s2}>${t3}</${i2}>`;
          } else n2 += `<${i2}>${r2}</${i2}>`;
        }
        return n2;
      }, Ae.prototype.buildAttributesForStopNode = function(t2) {
        if (!t2 || "object" != typeof t2) return "";
        let e2 = "";
        if (this.options.attributesGroupName && t2[this.options.attributesGroupName]) {
          const n2 = t2[this.options.attributesGroupName];
          for (let t3 in n2) {
            if (!Object.prototype.hasOwnProperty.call(n2, t3)) continue;
            const i2 = t3.startsWith(this.options.attributeNamePrefix) ? t3.substring(this.options.attributeNamePrefix.length) : t3, r2 = n2[t3];
            true === r2 && this.options.suppressBooleanAttributes ? e2 += " " + i2 : e2 += " " + i2 + '="' + ue(r2) + '"';
          }
        } else for (let n2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, n2)) continue;
          const i2 = this.isAttribute(n2);
          if (i2) {
            const r2 = t2[n2];
            true === r2 && this.options.suppressBooleanAttributes ? e2 += " " + i2 : e2 += " " + i2 + '="' + ue(r2) + '"';
          }
        }
        return e2;
      }, Ae.prototype.buildObjectNode = function(t2, e2, n2, i2) {
        if ("" === t2) return "?" === e2[0] ? this.indentate(i2) + "<" + e2 + n2 + "?" + this.tagEndChar : this.indentate(i2) + "<" + e2 + n2 + this.closeTag(e2) + this.tagEndChar;
        if ("?" === e2[0]) return this.indentate(i2) + "<" + e2 + n2 + "?" + this.tagEndChar;
        {
          let r2 = "</" + e2 + this.tagEndChar, s2 = "";
          return "?" === e2[0] && (s2 = "?", r2 = ""), !n2 && "" !== n2 || -1 !== t2.indexOf("<") ? false !== this.options.commentPropName && e2 === this.options.commentPropName && 0 === s2.length ? this.indentate(i2) + `<!--${he(t2)}-->` + this.newLine : this.indentate(i2) + "<" + e2 + n2 + s2 + this.tagEndChar + t2 + this.indentate(i2) + r2 : this.indentate(i2) + "<" + e2 + n2 + s2 + ">" + t2 + r2;
        }
      }, Ae.prototype.closeTag = function(t2) {
        let e2 = "";
        return -1 !== this.options.unpairedTags.indexOf(t2) ? this.options.suppressUnpairedNode || (e2 = "/") : e2 = this.options.suppressEmptyNode ? "/" : `></${t2}`, e2;
      }, Ae.prototype.checkStopNode = function(t2) {
        if (!this.stopNodeExpressions || 0 === this.stopNodeExpressions.length) return false;
        for (let e2 = 0; e2 < this.stopNodeExpressions.length; e2++) if (t2.matches(this.stopNodeExpressions[e2])) return true;
        return false;
      }, Ae.prototype.buildTextValNode = function(t2, e2, n2, i2, r2) {
        if (false !== this.options.cdataPropName && e2 === this.options.cdataPropName) {
          const e3 = de(t2);
          return this.indentate(i2) + `<![CDATA[${e3}]]>` + this.newLine;
        }
        if (false !== this.options.commentPropName && e2 === this.options.commentPropName) {
          const e3 = he(t2);
          return this.indentate(i2) + `<!--${e3}-->` + this.newLine;
        }
        if ("?" === e2[0]) return this.indentate(i2) + "<" + e2 + n2 + "?" + this.tagEndChar;
        {
          let r3 = this.options.tagValueProcessor(e2, t2);
          return r3 = this.replaceEntitiesValue(r3), r3 = pe(r3), "" === r3 ? this.indentate(i2) + "<" + e2 + n2 + this.closeTag(e2) + this.tagEndChar : this.indentate(i2) + "<" + e2 + n2 + ">" + r3 + "</" + e2 + this.tagEndChar;
        }
      }, Ae.prototype.replaceEntitiesValue = function(t2) {
        if (t2 && t2.length > 0 && this.options.processEntities) for (let e2 = 0; e2 < this.options.entities.length; e2++) {
          const n2 = this.options.entities[e2];
          t2 = t2.replace(n2.regex, n2.val);
        }
        return t2;
      };
      const $e = Ae, Oe = { validate: l };
      module.exports = e;
    })();
  }
});

// src/dockerfile/context.ts
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var import_dockerignore = __toESM(require_ignore(), 1);
var dockerignore = import_dockerignore.default;
var HEAD_BYTES = 8192;
var WALK_CAP = 2e4;
var KEEP_BYTES = 256 * 1024;
var KEEP_LISTED = 4 * 1024 * 1024;
function statOnce(memo, abs) {
  let st = memo.get(abs);
  if (st === void 0 && !memo.has(abs)) {
    try {
      st = statSync(abs, { throwIfNoEntry: false });
    } catch {
      st = null;
    }
    memo.set(abs, st);
  }
  return st;
}
var ContextCache = class {
  /** Root (resolved) -> its entries (null: not a readable folder). */
  roots = /* @__PURE__ */ new Map();
  /** Root (resolved) and .dockerignore path -> the context. */
  contexts = /* @__PURE__ */ new Map();
  /**
   * @internal .dockerignore lines -> their matcher (it keeps each path's answer): contexts of one run with the same
   * lines share one, and the answers die with the run (a program that embeds the library does not keep every path it
   * was asked). Internal: its type is the matcher package's, which the published types do not carry.
   */
  matchers = /* @__PURE__ */ new Map();
};
function openContext(root, dockerfilePath, cache) {
  const key = cache ? resolve(root) : root;
  let rootEntries = cache?.roots.get(key);
  if (rootEntries === void 0) {
    try {
      rootEntries = readdirSync(root, { withFileTypes: true });
    } catch {
      rootEntries = null;
    }
    cache?.roots.set(key, rootEntries);
  }
  if (rootEntries === null) return void 0;
  const ignoreFile = findDockerignore(root, rootEntries, dockerfilePath);
  if (!cache) return new FolderContext(root, rootEntries, ignoreFile, void 0);
  const contextKey = `${key}\0${ignoreFile === void 0 ? "" : resolve(ignoreFile)}`;
  let context = cache.contexts.get(contextKey);
  if (!context) {
    context = new FolderContext(root, rootEntries, ignoreFile, cache.matchers);
    cache.contexts.set(contextKey, context);
  }
  return context;
}
function findDockerignore(root, rootEntries, dockerfilePath) {
  const present = (abs, name) => {
    const e = rootEntries.find((x) => x.name === name);
    return e !== void 0 && (!e.isSymbolicLink() || existsSync(abs));
  };
  if (dockerfilePath) {
    const specific = `${dockerfilePath}.dockerignore`;
    const name = basename(specific);
    const inRoot = dirname(specific) === root || dirname(resolve(specific)) === resolve(root);
    if (inRoot ? present(specific, name) : existsSync(specific)) return specific;
  }
  return present(join(root, ".dockerignore"), ".dockerignore") ? join(root, ".dockerignore") : void 0;
}
function patternsOf(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}
function ignoreMatcher(patterns, shared) {
  const valid = patterns.filter(validPattern);
  if (valid.length === 0) return void 0;
  const key = valid.join("\n");
  let matcher = shared?.get(key);
  if (!matcher) {
    matcher = dockerignore({ ignorecase: false }).add(valid);
    shared?.set(key, matcher);
  }
  return matcher;
}
var PATTERN_VALID = /* @__PURE__ */ new Map();
function validPattern(p) {
  let ok = PATTERN_VALID.get(p);
  if (ok === void 0) {
    try {
      dockerignore({ ignorecase: false }).add([p]).ignores("x");
      ok = true;
    } catch {
      ok = false;
    }
    if (PATTERN_VALID.size >= 4096) PATTERN_VALID.clear();
    PATTERN_VALID.set(p, ok);
  }
  return ok;
}
var FolderContext = class {
  constructor(root, rootEntries, ignoreFile, matchers) {
    this.root = root;
    let patterns = [];
    if (ignoreFile) {
      try {
        const buf = readFileSync(ignoreFile);
        if (buf.length <= KEEP_BYTES) this.contents.set(ignoreFile, buf);
        patterns = patternsOf(buf.toString("utf8"));
      } catch {
      }
    }
    this.dockerignore = ignoreFile ? { path: ignoreFile, patterns } : void 0;
    this.ig = ignoreMatcher(patterns, matchers);
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
  // A manifest that one rule reads as text and another scans as bytes is stat'ed and read once.
  stats = /* @__PURE__ */ new Map();
  contents = /* @__PURE__ */ new Map();
  keptListed = 0;
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
          out.push(new LazyFile(path, `${this.root}/${path}`, this.stats));
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
        if (!isDir) return [new LazyFile(path, `${this.root}/${path}`, this.stats)];
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
    const src = contextPath(source);
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
    const src = contextPath(path);
    return src !== "" && literal(src) ? this.match(src) : [];
  }
  absent(path) {
    const rel = contextPath(path);
    if (rel === "" || !literal(rel)) return false;
    let dir = "";
    for (const name of rel.split("/")) {
      if (!PLAIN_NAME.test(name)) return false;
      const entries = this.list(dir);
      if (!entries) return false;
      const entry = entries.find((e) => e.name === name);
      if (!entry) {
        const lower = name.toLowerCase();
        return !entries.some((e) => e.name.toLowerCase() === lower);
      }
      if (!entry.isDirectory()) return false;
      dir = dir ? `${dir}/${name}` : name;
    }
    return false;
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
    const abs = `${this.root}/${file.path}`;
    const kept = this.contents.get(abs);
    if (kept !== void 0 && kept.length === size) return skip?.(kept.subarray(0, Math.min(size, HEAD_BYTES))) ? void 0 : kept;
    let fd;
    try {
      fd = openSync(abs, "r");
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
      const data = buf.subarray(0, got);
      if (got === size && size <= KEEP_BYTES && this.keptListed + size <= KEEP_LISTED) {
        this.keptListed += size;
        this.contents.set(abs, data);
      }
      return data;
    } catch {
      return void 0;
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
  mode(path) {
    if (process.platform === "win32") return void 0;
    const rel = path.replace(/^\.?\//, "");
    if (this.ignored(rel)) return void 0;
    const st = statOnce(this.stats, join(this.root, rel));
    return st?.isFile() ? st.mode & 4095 : void 0;
  }
  read(path, maxBytes = 1 << 20) {
    const rel = path.replace(/^\.?\//, "");
    let got = this.reads.get(rel);
    if (!got) {
      got = { size: -1, text: void 0 };
      if (!this.ignored(rel)) {
        const st = statOnce(this.stats, join(this.root, rel));
        if (st?.isFile()) got.size = st.size;
      }
      this.reads.set(rel, got);
    }
    if (got.size < 0 || got.size > maxBytes) return void 0;
    if (got.text === void 0) {
      const abs = join(this.root, rel);
      const kept = this.contents.get(abs);
      try {
        if (kept !== void 0 && kept.length === got.size) got.text = kept.toString("utf8");
        else {
          const buf = readFileSync(abs);
          if (buf.length <= KEEP_BYTES) this.contents.set(abs, buf);
          got.text = buf.toString("utf8");
        }
      } catch {
        got.size = -1;
      }
    }
    return got.text;
  }
};
var LazyFile = class {
  constructor(path, abs, stats) {
    this.path = path;
    this.abs = abs;
    this.stats = stats;
  }
  path;
  abs;
  stats;
  dir = false;
  #size;
  get size() {
    if (this.#size === void 0) this.#size = statOnce(this.stats, this.abs)?.size ?? 0;
    return this.#size;
  }
};
var GLOB = /[*?[\\]/;
var PLAIN_NAME = /^\.?[A-Za-z0-9_][A-Za-z0-9_+-]*(?:\.[A-Za-z0-9_+-]+)*$/;
function literal(path) {
  return !GLOB.test(path) && !path.split("/").some((p) => p === ".." || p === "." || p === "");
}

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
      // "other": the packages without an import cost of their own in the table above.
      name: `loading ${generic} more package${generic === 1 ? "" : "s"}`,
      p50: [GENERIC_IMPORT.p50[0] * generic, GENERIC_IMPORT.p50[1] * generic],
      p99: [GENERIC_IMPORT.p99[0] * generic, GENERIC_IMPORT.p99[1] * generic],
      cut: input.runtime === "nodejs" ? "drop unused dependencies and bundle what is left (esbuild tree-shakes it); import lazily" : "drop unused dependencies; import lazily, inside the code path that needs them"
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
import { createRequire } from "node:module";
import { posix } from "node:path";

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
var xmlParser;
var xml = () => xmlParser ??= typeof __require === "function" ? require_fxp() : createRequire(import.meta.url)("fast-xml-parser");
function parsePom(text) {
  if (text.length > BUILD_FILE_MAX_BYTES) return void 0;
  try {
    const { XMLParser, XMLValidator } = xml();
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
        this.artifact("go", `go ${mc.subcommand}`, resolve2(out, wd), ins, facts);
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
        const path = target ? resolve2(target, wd) : venv ?? SITE;
        const names = inst.packages.map(ex).filter((p) => !p.startsWith(".") && !p.startsWith("/") && !p.includes("://"));
        let cpuIndex = opts.some((o) => /download\.pytorch\.org\/whl\/cpu/.test(o)) || inst.args.some((a) => /^torch[=<>~!]=?[^\s+]*\+cpu\b/i.test(ex(a)));
        for (const f of inst.files) {
          const req = this.readRequirements(ex(f), stage, wd, /* @__PURE__ */ new Set());
          if (!req) {
            facts.unknown.push(`packages of ${ex(f)} (${lineOf(ins)}: ${this.ctx ? "file not found in the build context" : "no build context"})`);
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
        if (inst.subcommand === "build" || inst.subcommand === "lambda") this.artifact("cargo", `cargo ${inst.subcommand}`, resolve2("target", wd), ins, facts);
        break;
      case "dotnet":
        if (inst.subcommand === "publish") this.artifact("dotnet", "dotnet publish", resolve2(optValue("-o", "--output") ?? inst.args[inst.args.indexOf("-o") + 1] ?? "bin", wd), ins, facts);
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
      if (maven ? builds || copies : builds) this.artifact(mc.manager, `${mc.manager} ${mc.subcommand}`, resolve2(maven ? "target" : "build", wd), ins, facts);
      return;
    }
    const { build } = project;
    const out = resolve2(maven ? "target" : "build", wd);
    const jar = maven ? `${out}/${build.finalName ?? `${build.name ?? "app"}-${build.version ?? "0"}`}.jar` : `${out}/libs`;
    if (builds) {
      this.javaProjectItems(project, `${lineOf(ins)}, ${mc.manager} ${mc.subcommand}`, ins.span.line, [`${out}/classes`, jar], facts);
    }
    let deps;
    const opt = (name) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
    if (copies) deps = resolve2(opt("-DoutputDirectory") ?? "target/dependency", wd);
    else if (build.copyInto) deps = resolve2(build.copyInto, wd);
    else if (!maven && build.zipLib) deps = `${out}/distributions`;
    else if (build.fatJar) deps = jar;
    else if (!maven && goals.includes("installDist")) deps = `${out}/install`;
    else deps = maven ? resolve2(opt("-Dmaven.repo.local") ?? "/root/.m2/repository", wd) : "/root/.gradle/caches";
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
    if (key === "torch" && facts.items.some((i) => i.key === "torch-cpu" && i.path === path)) return true;
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
  contextPath(stage, imagePath, byName = true) {
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
    if (!byName) return found;
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
    const abs = resolve2(imagePath, wd);
    const path = this.contextPath(stage, abs, !imagePath.includes("/") || imagePath.startsWith("/")) ?? imagePath;
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
      if (text) return lockedPythonPackages(text);
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
function resolve2(p, wd) {
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
  if (word === "ruby" || word === "aws_lambda_ric") return "ruby";
  if (word === "aws-lambda-ric") return "nodejs";
  const m = facts?.managers ?? /* @__PURE__ */ new Set();
  if (m.has("go") || m.has("cargo")) return "native";
  if (m.has("pip") || m.has("uv") || m.has("poetry")) return "python";
  if (m.has("npm") || m.has("yarn") || m.has("pnpm")) return "nodejs";
  if (m.has("dotnet")) return "dotnet";
  if (m.has("mvn") || m.has("gradle")) return "java";
  if (m.has("gem") || m.has("bundle")) return "ruby";
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
  const plus = s.unknown.length ? ` ${chalk.yellow("+ unknown")}` : "";
  out.push(`  ${chalk.bold("Size")} (${kind}): ${sizeRange(s)}${plus}${s.compressed !== void 0 ? chalk.dim(` (${formatMB(s.compressed)} compressed)`) : ""}  ${chalk.dim("own bytes")} ${sizeRange(s.ownBytes)}${plus}${s.base ? chalk.dim(`  base ${s.base.image}`) : ""}`);
  if (s.unknown.length) out.push(`  ${chalk.yellow("unknown:")} ${s.unknown.slice(0, 4).join("; ")}${s.unknown.length > 4 ? `; +${s.unknown.length - 4} more` : ""}`);
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

// src/dockerfile/context-check.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2 } from "node:path";
var CHECK = /* @__PURE__ */ Symbol("context-check");
var GLOB2 = /[*?[\\]/;
function checkContext(df, context, explicit = false) {
  return memoOn(df, CHECK, () => compute(df, context, explicit));
}
function contextCheckOf(df) {
  return df[CHECK]?.value;
}
function literalSource(ins, source) {
  if (ins.keyword === "ADD" && /^(https?|git):\/\/|^git@/.test(source)) return false;
  if (source.includes("$") || GLOB2.test(source)) return false;
  const rel = contextPath(source);
  return rel !== "" && !rel.split("/").includes("..");
}
function compute(df, context, explicit) {
  const missing = [];
  const ignored = [];
  let literal2 = 0;
  let matched = false;
  const seen = /* @__PURE__ */ new Set();
  for (const stage of df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      const spec = ins.copy;
      if (!spec || spec.from !== void 0) continue;
      for (const source of spec.sources) {
        if (!literalSource(ins, source)) {
          if (!matched && GLOB2.test(source) && contextPath(source).includes("/") && !source.includes("$") && !contextPath(source).split("/").includes("..") && !(ins.keyword === "ADD" && /^(https?|git):\/\/|^git@/.test(source))) matched = context.match(contextPath(source)).length > 0;
          continue;
        }
        literal2++;
        const rel = contextPath(source);
        if (seen.has(rel)) continue;
        seen.add(rel);
        if (context.at(rel).length > 0) continue;
        if (!context.absent?.(rel) && existsSync2(join2(context.root, rel))) {
          if (context.ignored(rel)) ignored.push({ ins, source });
          continue;
        }
        missing.push({ ins, source });
      }
    }
  }
  return { context, missing, ignored, literal: literal2, wrongFolder: !explicit && !matched && literal2 > 0 && missing.length > 0 && missing.length === seen.size };
}

// src/lambda/evidence.ts
import { posix as posix4 } from "node:path";

// src/lambda/dockerfile-contract.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { basename as basename2, posix as posix3 } from "node:path";
function unlaunchedInstall(target, a) {
  const kind = target.base.kind;
  if (a.evidence.length > 0 || a.unverifiable.length === 0 || kind.kind !== "other" || kind.os === void 0) return void 0;
  const argv = target.entrypoint?.value.exec ?? (target.entrypoint ? void 0 : target.cmd?.value.exec);
  if (target.entrypoint && !argv) return void 0;
  const launch = argv ? a.classify(argv) : void 0;
  if (launch && !["interpreter", "empty", "unknown"].includes(launch.kind)) return void 0;
  if (launch?.kind === "unknown" && target.entrypoint) return void 0;
  return argv ? `${target.entrypoint ? "ENTRYPOINT" : "CMD"} ${JSON.stringify(argv).replace(/","/g, '", "')}` : "the image (neither ENTRYPOINT nor CMD is set)";
}
var CONTRACT = /* @__PURE__ */ Symbol("contract");
function unheld(ins, src, context) {
  if (literalSource(ins, src)) return context.match(src).length === 0;
  if (!GLOB3.test(src) || hasVar(src)) return false;
  const rel = contextPath(src);
  const folder = rel.split("/").slice(0, -1);
  if (folder.length === 0 || folder.includes("..") || folder.some((seg) => GLOB3.test(seg))) return false;
  return context.match(folder.join("/")).length === 0;
}
var DATA_FILE = /\.(bin|onnx|pt|pth|h5|hdf5|pkl|joblib|safetensors|tflite|npz|npy|parquet|csv|tsv|db|sqlite3?|pem|crt|cer|der|png|jpe?g|gif|webp|mp3|wav|mp4|pdf|ttf|otf|woff2?)$/i;
function dataFile(ins, src) {
  return literalSource(ins, src) && DATA_FILE.test(src) && ins.keyword === "COPY";
}
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
        for (const ev of runEvidence(df, ins, stage, wd, context, unv, list2)) {
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
          for (const ev of stageCopyEvidence(ins, stage, spec.fromStage, context, list2)) {
            list2.push(ev);
            own.push(ev);
          }
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
    if (origins.has(ev) || lineage.includes(ev.stage) || otherTarget(df, ev.stage)) continue;
    const copiedPaths = lineage.flatMap((s) => s.instructions).filter((i) => i.copy?.fromStage && stageLineage(i.copy.fromStage).includes(ev.stage)).flatMap((i) => i.copy.sources);
    stranded.push({ ev, reachable: ev.stage.reachesTarget, copiedPaths });
  }
  const files = [];
  const opaqueWrites = [];
  const knownDirs = /* @__PURE__ */ new Set(["/", "/tmp", "/opt"]);
  if (target.base.kind.kind === "aws") for (const d of ["/var/task", "/var/runtime", "/var/lang", "/opt/extensions"]) knownDirs.add(d);
  for (const s of lineage) for (const i of s.instructions) knownDirs.add(i.workdir);
  for (const s of lineage) if (s.workdir) knownDirs.add(s.workdir.value);
  const codeRoots = codeRootsOf(target, lineage);
  const shipped = [];
  for (let k = lineage.length - 1; k >= 0; k--) for (const ins of lineage[k].instructions) shipped.push(ins);
  for (const ins of shipped) {
    if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy) {
      const spec = ins.copy;
      if (spec.from !== void 0 || spec.sources.some((s) => /^(https?|git):\/\//.test(s) || ins.keyword === "ADD" && /\.(tar(\.\w+)?|tgz|zip)$/.test(s))) {
        opaqueWrites.push(ins);
        continue;
      }
      for (const h of spec.heredocs) files.push({ path: spec.dest.endsWith("/") ? `${spec.dest}${h.name}` : spec.dest, ins });
      files.push(...contextFiles(ins, context, knownDirs));
      if (context && spec.sources.some((src) => unheld(ins, src, context) && !dataFile(ins, src))) opaqueWrites.push(ins);
    } else if (ins.keyword === "RUN" && !isBenignRun(df, ins, codeRoots)) {
      opaqueWrites.push(ins);
    }
  }
  const namedOnly = context ? void 0 : namedSourcePatterns(lineage);
  const analysis = {
    target,
    lineage,
    shipped,
    evidence,
    unverifiable: unverifiableBy.get(target) ?? [],
    stranded,
    files,
    opaqueWrites,
    knownDirs,
    namedOnly,
    noClient: target.base.kind.kind === "other" && evidence.length === 0 && (unverifiableBy.get(target) ?? []).length === 0,
    clientMissing: false,
    classify: (argv) => classifyLaunch(argv, sight)
  };
  const sight = new DockerfileSight(analysis, df, context);
  analysis.unlaunched = unlaunchedInstall(target, analysis);
  analysis.clientMissing = analysis.noClient || analysis.unlaunched !== void 0;
  return analysis;
}
function namedSourcePatterns(lineage) {
  const patterns = [];
  for (const s of lineage) {
    for (const i of s.instructions) {
      if (!i.copy || i.copy.from !== void 0) continue;
      for (const src of i.copy.sources) {
        const clean = contextPath(src);
        if (hasVar(src) || !clean || clean === "." || src.endsWith("/") || /\/\.$/.test(src)) return void 0;
        const name = basename2(clean);
        if (GLOB3.test(posix3.dirname(clean)) || !/\.\w+$/.test(name)) return void 0;
        if (GLOB3.test(name)) patterns.push(name);
      }
    }
  }
  return patterns;
}
function contextFiles(ins, context, knownDirs) {
  const spec = ins.copy;
  if (!spec || spec.from !== void 0) return [];
  const out = [];
  const sources = spec.sources;
  const destIsDir = spec.dest.endsWith("/") || sources.length > 1 || (knownDirs?.has(spec.dest) ?? false);
  for (const src of sources) {
    if (hasVar(src)) continue;
    const clean = contextPath(src) || ".";
    const glob = GLOB3.test(clean);
    if (!context) {
      if (glob || clean === "." || clean === "" || /\/\.$/.test(src)) continue;
      const asFile = !destIsDir && (/\.\w+$/.test(clean) || basename2(spec.dest) === basename2(clean));
      const landing = spec.parents ? parentsLanding(src, clean.replace(/\/\.\//, "/"), spec.dest) : asFile ? spec.dest : posix3.join(spec.dest, basename2(clean));
      out.push({ path: landing, contextPath: clean.replace(/\/\.\//, "/"), ins });
      continue;
    }
    for (const f of context.match(src)) {
      if (f.dir || copyExcludes(spec, f.path)) continue;
      let path;
      if (spec.parents) path = parentsLanding(src, f.path, spec.dest);
      else if (clean === "." || clean === "") path = posix3.join(spec.dest, f.path);
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
var TASK_ROOT_DIR = "/var/task";
function copyOperands(cmd) {
  const words = cmd.args.filter((a) => !a.startsWith("-"));
  return words.length >= 2 ? { sources: words.slice(0, -1), dest: words[words.length - 1] } : void 0;
}
function codeRootsOf(target, lineage) {
  const bottomKind = (lineage[lineage.length - 1] ?? target).base.kind.kind;
  return [bottomKind === "aws" ? TASK_ROOT_DIR : target.workdir?.value ?? "/", ...envPathList(target, "PYTHONPATH")].map((d) => normalizePath(d));
}
var READ_ONLY = /* @__PURE__ */ new Set(["cat", "grep", "egrep", "head", "tail", "which", "command", "type", "id", "whoami", "sleep", "wc", "stat", "du", "df", "uname", "date", "pwd", "readlink", "realpath", "basename", "dirname", "file", "sha256sum", "sha1sum", "md5sum", "exit", ":", "printenv", "nproc", "sed", "awk", "tr", "cut", "xargs", "chgrp", "strip", "ldconfig", "getent", "sort", "uniq", "less", "more", "tee"]);
function writeTargets(cmd, cwd, ins, df) {
  const name = commandName(cmd);
  const args = cmd.args;
  const at2 = (p) => p === void 0 ? void 0 : resolveIn(cwd, p, ins, df);
  const valueOf = (...flags) => {
    for (let i = 0; i < args.length; i++) {
      if (flags.includes(args[i])) return args[i + 1];
      const eq = args[i].indexOf("=");
      if (eq > 0 && flags.includes(args[i].slice(0, eq))) return args[i].slice(eq + 1);
    }
    return void 0;
  };
  const all = (ps) => ps.every((p) => p !== void 0) ? ps : void 0;
  if (name === "tee") return args.some((a) => !a.startsWith("-")) ? void 0 : [];
  if (name === "xargs") return void 0;
  if (READ_ONLY.has(name)) return [];
  if (name === "find") {
    if (args.some((a) => /^-fprint/.test(a))) return void 0;
    for (let i = 0; i < args.length; i++) if (/^-(exec|execdir|ok|okdir)$/.test(args[i]) && !BENIGN.has(args[i + 1] ?? "") && !READ_ONLY.has(args[i + 1] ?? "")) return void 0;
    return [];
  }
  if (name === "tar") {
    const first = args[0] ?? "";
    const extracts = args.some((a) => a === "-x" || a === "--extract" || a === "--get") || /^-?[A-Za-z]+$/.test(first) && !first.startsWith("--") && first.includes("x");
    if (!extracts) return void 0;
    return all([at2(valueOf("-C", "--directory") ?? ".")]);
  }
  if (name === "unzip") return all([at2(valueOf("-d") ?? ".")]);
  if (name === "cp" || name === "mv" || name === "install" || name === "rsync") {
    const t = valueOf("-t", "--target-directory");
    if (t !== void 0) return all([at2(t)]);
    const ops = copyOperands(cmd);
    return ops ? all([at2(ops.dest)]) : void 0;
  }
  if (name === "curl") {
    const out = valueOf("-o", "--output");
    if (out !== void 0) return all([at2(out)]);
    return args.some((a) => a === "-O" || a === "--remote-name" || /^-[A-Za-z]+$/.test(a) && a.includes("O")) ? all([at2(".")]) : [];
  }
  if (name === "wget") {
    const out = valueOf("-O", "--output-document");
    if (out === "-") return [];
    if (out !== void 0) return all([at2(out)]);
    return all([at2(valueOf("-P", "--directory-prefix") ?? ".")]);
  }
  return void 0;
}
function isBenignRun(df, ins, codeRoots = []) {
  const script = df.shell(ins);
  if (!script || script.hasError) return false;
  let cwd = ins.workdir;
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    if (name === "cd" && cmd.args[0] && !cmd.substitutionOf) cwd = resolveIn(cwd, cmd.args[0], ins, df) ?? cwd;
    for (const r of cmd.redirects) {
      if (!/^(>|>>|>\||&>|&>>)$/.test(r.op) || /^\/dev\/(null|stdout|stderr)$/.test(r.target)) continue;
      const to = resolveIn(cwd, r.target, ins, df);
      if (to === void 0 || codeRoots.some((root) => pathWithin(to, root))) return false;
    }
    if (/^(python[\d.]*)$/.test(name) && cmd.args[0] === "-m" && /^pip\d*$/.test(cmd.args[1] ?? "")) {
      if (pipInstallsLocal(cmd.args)) return false;
      continue;
    }
    const sub = cmd.args.find((a) => !a.startsWith("-")) ?? "";
    if (name === "npm" && ["ci", "install", "i", "clean-install", "ic", "install-clean", "isntall-clean"].includes(sub)) continue;
    if (["npm", "yarn", "pnpm", "pip", "pip3", "uv", "gem", "bundle", "composer"].includes(name) && (sub === "cache" || sub === "clean" || sub === "store")) continue;
    if ((name === "yarn" || name === "pnpm") && ["install", ""].includes(cmd.args.find((a) => !a.startsWith("-")) ?? "")) continue;
    if (!BENIGN.has(name)) {
      const targets = writeTargets(cmd, cwd, ins, df);
      if (!targets || targets.some((t) => codeRoots.some((r) => pathWithin(t, r) || pathWithin(r, t)))) return false;
      continue;
    }
    if ((name === "pip" || name === "pip3") && pipInstallsLocal(cmd.args)) return false;
  }
  return true;
}
function otherTarget(df, stage) {
  if (stage.reachesTarget || df.stages.some((s) => s.dependsOn.has(stage))) return false;
  return stage.instructions.some((i) => i.keyword === "ENTRYPOINT" || i.keyword === "CMD");
}
function pipInstallsLocal(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-r" || a === "--requirement" || a === "-c" || a === "--constraint") {
      i++;
      continue;
    }
    if (/^(-[rc].|--(requirement|constraint)=)/.test(a)) continue;
    if (a === "." || a.startsWith("./") || a === "-e") return true;
  }
  return false;
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
    const raw = context.read(c.path, 2 << 20);
    if (raw === void 0) return { verdict: "unknown" };
    const text = spec.id === "java" ? jvmRuntimeDependencies(c.path, raw) : raw;
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
function argExpandedScript(df, ins) {
  const script = df.shell(ins);
  if (!script || !ins.shellText || !script.commands.some((c) => c.name.includes("$"))) return script;
  let expanded = expand(ins.shellText, ins.scope, df.escape);
  const globalNames = new Set(df.globalArgs.flatMap((a) => a.properties.map((p) => p.name)));
  if (expanded.unresolved.length && expanded.unresolved.every((n) => globalNames.has(n) && !ins.scope.has(n))) {
    expanded = expand(ins.shellText, new Map([...ins.scope, ...expanded.unresolved.map((n) => [n, { value: "" }])]), df.escape);
  }
  return expanded.unresolved.length === 0 ? df.script(expanded.value) : script;
}
function jvmRuntimeDependencies(path, text) {
  if (path.endsWith(".xml")) return text.replace(/<!--[\s\S]*?-->/g, "").replace(/<dependency>(?:(?!<\/dependency>)[\s\S])*?<scope>\s*(?:test|provided)\s*<\/scope>[\s\S]*?<\/dependency>/g, "");
  if (/\.(clj|edn)$/.test(path)) return text.replace(/;[^\n]*/g, "");
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/[^\n]*/g, "").split("\n").filter((line) => !/^\s*test\w*\s*[(\s'"]/.test(line) && !/%\s*"?Test"?\s*$/.test(line.trim()) && !/%\s*Test\b/.test(line)).join("\n");
}
var RICS_BY_MANAGER = /* @__PURE__ */ new Map();
function ricsFor(manager) {
  let specs = RICS_BY_MANAGER.get(manager);
  if (!specs) {
    specs = RICS.filter((spec) => spec.packages.some((p) => p.managers.includes(manager)) || spec.manifestManagers.includes(manager) || spec.id === "python" && manager === "pip");
    RICS_BY_MANAGER.set(manager, specs);
  }
  return specs;
}
function runEvidence(df, ins, stage, wd, context, unv, prior = []) {
  const script = argExpandedScript(df, ins);
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
    for (const spec of ricsFor(inst.manager)) {
      const named = spec.packages.find((p) => p.managers.includes(inst.manager) && inst.packages.some((x) => x === p.name || localPackageName(x) === normalizePyName(p.name)));
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
      const path = compiledPath(cmd, name, cwd, ins, df);
      if (verdict === "yes" || verdict === "unknown" && compiler.ric !== "dotnet") out.push({ ins, stage, ric: compiler.ric, what: verdict === "yes" ? `${spec.label} in ${file}` : `${name} ${sub}`, path, compiled: true, ...verdict === "yes" ? {} : { assumed: true } });
      else if (verdict === "unknown") unv.push({ ins, what: `${name} ${sub} (project file not readable)` });
    }
    if (["cp", "mv", "install"].includes(name)) {
      const ops = copyOperands(cmd);
      const dest = ops ? resolveIn(cwd, ops.dest, ins, df) : void 0;
      for (const src of dest ? ops.sources : []) {
        const from = resolveIn(cwd, src, ins, df);
        const built = from === void 0 ? void 0 : [...prior, ...out].find((e) => e.path !== void 0 && e.ric !== "bootstrap" && placedAt(from, e.path));
        if (built) {
          out.push({ ...built, ins, stage, path: dest });
          break;
        }
      }
    }
    if (["cp", "mv", "install", "ln"].includes(name)) {
      const last = copyOperands(cmd)?.dest;
      const dest = last ? resolveIn(cwd, last, ins, df) : void 0;
      if (dest && BOOTSTRAP_PATHS.includes(dest)) out.push({ ins, stage, ric: "bootstrap", what: `${name} to ${dest}`, path: dest });
    }
    if (cmd.redirects.some((r) => BOOTSTRAP_PATHS.includes(resolveIn(cwd, r.target, ins, df) ?? ""))) {
      out.push({ ins, stage, ric: "bootstrap", what: "a bootstrap script written by RUN", path: resolveIn(cwd, cmd.redirects[0].target, ins, df) });
    }
  }
  return out;
}
function compiledPath(cmd, name, cwd, ins, df) {
  if (name === "go" || name === "dotnet") {
    const o = cmd.args.findIndex((x) => x === "-o" || x === "--output");
    const v = o >= 0 ? cmd.args[o + 1] : cmd.args.find((x) => x.startsWith("--output=") || x.startsWith("-o="))?.replace(/^[^=]*=/, "");
    return v ? resolveIn(cwd, v, ins, df) : void 0;
  }
  if (name === "cargo") return resolveIn(cwd, "target", ins, df);
  return void 0;
}
var LLRT_CONTAINER = /^llrt-container(-(x64|arm64))?(-(full-sdk|no-sdk|std-sdk))?$/i;
function copyEvidence(ins, stage, context) {
  const spec = ins.copy;
  const out = [];
  const add = (ric, what, path) => out.push({ ric, what, ins, stage, path });
  if (spec.from !== void 0) {
    const from = spec.from.split("@")[0].replace(/:[^/]*$/, "");
    const adapterCopied = WEB_ADAPTER.image.test(from) || spec.sources.length === 1 && spec.sources[0] === WEB_ADAPTER.binary && /lambda-adapter/.test(basename2(spec.dest));
    if (adapterCopied && pathWithin(spec.dest, WEB_ADAPTER.extensionDir)) add("web-adapter", `the Lambda Web Adapter from ${spec.from}`, spec.dest);
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
    else if (LLRT_CONTAINER.test(name)) add("bootstrap", `LLRT (${name})`, path);
    else if (BOOTSTRAP_PATHS.includes(path) || BOOTSTRAP_PATHS.includes(spec.dest)) add("bootstrap", `${src} copied to ${path}`, path);
    else if (context && !hasVar(src) && prebuiltClient(context, src, name, path, ins, stage, out)) continue;
    else if (context && !hasVar(src)) {
      let jar;
      let dll;
      let boot;
      let appJar;
      for (const f of context.match(src)) {
        if (f.dir) continue;
        const name2 = basename2(f.path);
        if (!jar && JAVA_RIC_JAR.test(name2)) jar = f;
        if (!appJar && name2.endsWith(".jar")) appJar = f;
        if (!dll && name2 === DOTNET_RIC_DLL) dll = f;
        if (!boot && name2 === "bootstrap") boot = f;
      }
      if (jar) add("java", basename2(jar.path), spec.dest);
      else if (appJar) {
        const ev = jarWithClient(context, appJar.path, destIsDir ? posix3.join(spec.dest, basename2(appJar.path)) : spec.dest, ins, stage);
        if (ev) out.push(ev);
      }
      if (dll) add("dotnet", DOTNET_RIC_DLL, spec.dest);
      if (boot && !dll) add("bootstrap", `${boot.path}`, posix3.join(spec.dest, boot.path.slice(src.replace(/^\.?\/?/, "").replace(/\/+$/, "").length).replace(/^\//, "")));
    }
  }
  return out;
}
function stageCopyEvidence(ins, stage, from, context, present) {
  const spec = ins.copy;
  const out = [];
  const jar = builtJar(ins, stage, context, present);
  if (jar) out.push(jar);
  let root = from;
  while (root.base.stage) root = root.base.stage;
  const image = root.base.expanded.value.split("@")[0].replace(/:[^/]*$/, "");
  if (WEB_ADAPTER.image.test(image) && pathWithin(spec.dest, WEB_ADAPTER.extensionDir)) out.push({ ric: "web-adapter", what: `the Lambda Web Adapter from stage ${spec.from} (${root.base.expanded.value})`, ins, stage, path: spec.dest });
  return out;
}
function builtJar(ins, stage, context, present) {
  const spec = ins.copy;
  const jar = spec.sources.find((src) => src.endsWith(".jar"));
  if (!context || !jar || present.some((e) => e.ric === "java")) return void 0;
  return jarWithClient(context, basename2(jar), spec.dest.endsWith("/") || spec.sources.length > 1 ? posix3.join(spec.dest, basename2(jar)) : spec.dest, ins, stage);
}
function jarWithClient(context, jar, path, ins, stage) {
  const java = ricById("java");
  const { verdict, file } = manifestSays(context, java, java.manifests[0].files);
  return verdict === "yes" ? { ric: "java", what: `${jar} (built from ${file})`, ins, stage, path } : void 0;
}
function isElf(context, rel) {
  let fd;
  try {
    fd = openSync2(posix3.join(context.root, rel), "r");
    const head = Buffer.alloc(4);
    return readSync2(fd, head, 0, 4, 0) === 4 && head.toString("latin1") === "\x7FELF";
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
var NOT_A_PROGRAM = /^(Makefile|GNUmakefile|LICEN[CS]E|COPYING|NOTICE|AUTHORS|README|CHANGELOG|VERSION|CODEOWNERS|Dockerfile|Containerfile|Procfile|Gemfile|Pipfile|Rakefile|Jenkinsfile|Vagrantfile|Brewfile|Justfile|Taskfile)$/i;
function prebuiltClient(context, src, name, path, ins, stage, out) {
  if (name.includes(".") || NOT_A_PROGRAM.test(name) || GLOB3.test(src) || !literalSource(ins, src)) return false;
  const files = context.match(src);
  if (files.length !== 1 || files[0].dir || !isElf(context, files[0].path)) return false;
  for (const id of ["go", "rust"]) {
    const spec = ricById(id);
    const { verdict, file } = manifestSays(context, spec, spec.manifests[0].files);
    if (verdict !== "yes") continue;
    out.push({ ric: id, what: `${src} (built from ${file})`, ins, stage, path, compiled: true });
    return true;
  }
  return false;
}
var DockerfileSight = class {
  constructor(a, df, context) {
    this.a = a;
    this.df = df;
    this.workdir = a.target.workdir?.value ?? "/";
    this.scripts = { parse: (text) => df.script(text).commands, at: (path) => findScript(path, a, df, context) };
    this.pathDirs = pathDirsOf(a.target);
    this.awsBase = a.target.base.kind.kind === "aws";
  }
  a;
  df;
  seesBuild = true;
  workdir;
  scripts;
  awsBase;
  pathDirs;
  holds(ric) {
    return this.a.evidence.some((e) => e.ric === ric);
  }
  rieAt(path) {
    return (this.riePaths ??= emulatorPlacements(this.a, this.df)).has(path);
  }
  riePaths;
  bootstrapAt(path) {
    return this.a.evidence.find((e) => e.path !== void 0 && (e.compiled || e.ric === "bootstrap") && placedAt(path, e.path));
  }
  get unplacedBinary() {
    return this.a.evidence.some((e) => e.compiled && e.path === void 0);
  }
};
function emulatorPlacements(a, df) {
  const out = /* @__PURE__ */ new Set();
  for (const ins of a.shipped) {
    if (ins.keyword !== "RUN") continue;
    for (const cmd of df.shell(ins)?.commands ?? []) {
      if (!["ln", "cp", "mv", "install"].includes(commandName(cmd))) continue;
      const ops = copyOperands(cmd);
      const dest = ops && resolveIn(ins.workdir, ops.dest, ins, df);
      const emulator = ops?.sources.find((w) => RIE_BINARIES.includes(basename2(w)));
      if (!dest || !emulator) continue;
      out.add(dest);
      out.add(posix3.join(dest, basename2(emulator)));
    }
  }
  return out;
}
var DEFAULT_PATH_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
function pathDirsOf(target) {
  const dirs = new Set(DEFAULT_PATH_DIRS);
  for (const d of (target.env.get("PATH")?.value ?? "").split(":")) if (d.startsWith("/")) dirs.add(normalizePath(d));
  return [...dirs];
}
function findScript(path, a, df, context) {
  const content = scriptIn(path, a.shipped, df, context, a.knownDirs, 0);
  return content === void 0 || content.startsWith("\x7FELF") || content.includes("\0") ? void 0 : content;
}
function scriptIn(path, instructions, df, context, knownDirs, depth) {
  for (let k = instructions.length - 1; k >= 0; k--) {
    const ins = instructions[k];
    if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy && ins.copy.from === void 0) {
      const spec = ins.copy;
      const destIsDir = spec.dest.endsWith("/") || spec.sources.length + spec.heredocs.length > 1;
      for (const h of spec.heredocs) if ((destIsDir ? posix3.join(spec.dest, h.name) : spec.dest) === path) return h.content;
      for (const f of contextFiles(ins, context, knownDirs)) if (f.path === path && f.contextPath) return context?.read(f.contextPath, 256 << 10);
    }
    if (ins.keyword === "COPY" && ins.copy?.fromStage && depth < 3 && ins.copy.sources.length === 1 && !hasVar(ins.copy.sources[0]) && !hasVar(ins.copy.dest)) {
      const spec = ins.copy;
      const src = normalizePath(spec.sources[0].startsWith("/") ? spec.sources[0] : `/${spec.sources[0]}`);
      const dest = normalizePath(isAbs(spec.dest) ? spec.dest : `${ins.workdir}/${spec.dest}`);
      const from = dest === path ? src : spec.dest.endsWith("/") && posix3.join(dest, posix3.basename(src)) === path ? src : path.startsWith(`${dest}/`) ? `${src}/${path.slice(dest.length + 1)}` : void 0;
      if (from !== void 0) {
        const found = scriptIn(from, stageLineage(spec.fromStage).reverse().flatMap((st) => st.instructions), df, context, void 0, depth + 1);
        if (found !== void 0) return found;
      }
    }
    if (ins.keyword === "RUN" && ins.heredocs.length) {
      const script = df.shell(ins);
      const wd = ins.workdir;
      if (script?.commands.some((c) => c.redirects.some((r) => r.target && normalizePath(isAbs(r.target) ? r.target : `${wd}/${r.target}`) === path))) return ins.heredocs[0].content;
    }
  }
  return void 0;
}
function localPackageName(arg) {
  const file = arg.slice(arg.lastIndexOf("/") + 1);
  const m = /^(.+?)-\d[^/]*\.(gem|whl|tgz|tar\.gz|zip)$/i.exec(file);
  return m ? normalizePyName(m[1]) : void 0;
}

// src/lambda/evidence.ts
var LAMBDA_CONTRACT_RULES = /* @__PURE__ */ new Set(["LL101", "LL102", "LL103", "LL104", "LL105", "LL107", "LL108", "LL110"]);
var RIC_WORDS = /\b(awslambdaric|aws-lambda-ric|aws_lambda_ric|aws-lambda-java-runtime-interface-client|Amazon\.Lambda\.RuntimeSupport|lambda_runtime|aws-lambda-go)\b/;
var ADAPTER = /aws-lambda-adapter|\/opt\/extensions\/lambda-adapter|\bAWS_LWA_\w+/;
var TASK_ROOT = /\bLAMBDA_TASK_ROOT\b|\bLAMBDA_RUNTIME_DIR\b|(^|[\s"'=:])\/var\/(task|runtime)(\/|\b)/;
var RIE = new RegExp(`\\b(${RIE_BINARIES.join("|")})\\b`);
var HANDLER = /^(?:[\w$-]+\/)*[\w$-]+(?:\.[A-Za-z_$][\w$]*)+$|^[\w.$]+::[\w$]+$|^[\w.]+::[\w.]+::[\w$]+$/;
var FILE_NAME = /\.(js|mjs|cjs|ts|py|rb|sh|jar|war|php|pl|json|ya?ml|conf|ini|toml|html|txt|dll|exe|bin)$/i;
var EVIDENCE = /* @__PURE__ */ Symbol("lambda-evidence");
function lambdaEvidence(df, context) {
  return judged(df, context).evidence;
}
function borrowedBase(df, context) {
  return judged(df, context).borrowed;
}
function judged(df, context) {
  return memoOn(df, EVIDENCE, () => {
    const evidence = collect(df, context);
    const server = serverOffLambda(df, evidence);
    if (server) return { evidence: [], borrowed: { ...server, server: true } };
    const why2 = evidence.length > 0 && evidence.every((e) => e.base) ? borrowsBase(df, context) : void 0;
    return why2 ? { evidence: [], borrowed: { base: evidence[0].what, why: why2 } } : { evidence };
  });
}
function serverOffLambda(df, evidence) {
  const target = df.target;
  const workdirOnly = evidence.length > 0 && evidence.every((e) => e.ins?.keyword === "WORKDIR" && !e.variable);
  if (!target || evidence.length === 0 || !(workdirOnly || evidence.every((e) => e.variable))) return void 0;
  if (!baseSetsNoLambdaVariables(target) || target.env.has("LAMBDA_TASK_ROOT")) return void 0;
  let bottom = target;
  while (bottom.base.stage) bottom = bottom.base.stage;
  const expose = lineageInstructions(target).find((i) => i.keyword === "EXPOSE");
  if (!expose) return void 0;
  const image = bottom.base.expanded.value;
  const first = evidence[0];
  if (workdirOnly) return { base: image, why: `works in ${first.what} (WORKDIR, line ${first.ins.span.line}), the folder Lambda loads code from, but exposes a port (EXPOSE, line ${expose.span.line}) and runs a program of its own` };
  return { base: image, why: `names ${first.what}${first.ins ? ` (line ${first.ins.span.line})` : ""}, which ${image} does not define (it expands to nothing), and exposes a port (EXPOSE, line ${expose.span.line})` };
}
function handlerShaped(s) {
  return HANDLER.test(s) && !FILE_NAME.test(s) && !/^\d/.test(s);
}
function collect(df, context) {
  const out = [];
  for (let stage = df.target; stage; stage = stage.base.stage) {
    const kind = stage.base.kind;
    const ref = stage.base.ref;
    if (!stage.base.stage && kind.kind === "aws") out.push({ what: `the AWS Lambda base image ${stage.base.expanded.value}`, ins: stage.fromInstruction, base: true });
    else if (!stage.base.stage && kind.kind === "lambda-ready") out.push({ what: `the Lambda base image ${stage.base.expanded.value} (${kind.vendor})`, ins: stage.fromInstruction, base: true });
    else if (!stage.base.stage && !stage.base.scratch && lambdaNamedRepository(ref.repository)) out.push({ what: `the base image ${stage.base.expanded.value}, whose name says lambda`, ins: stage.fromInstruction, base: true });
  }
  for (const ins of df.instructions) {
    if (ins.stage && !ins.stage.reachesTarget) continue;
    if (ins.keyword === "FROM" || ins.keyword === "LABEL" || ins.keyword === "MAINTAINER") continue;
    const text = ins.keyword === "COPY" || ins.keyword === "ADD" ? `${ins.flags.map((f) => `--${f.name}=${f.value ?? ""}`).join(" ")} ${ins.text}` : ins.text;
    let m;
    const named = text.includes("ambda") || text.includes("LAMBDA_") || text.includes("/var/") || text.includes("AWS_LWA_");
    if (named && (m = RIC_WORDS.exec(text))) out.push({ what: `${m[1]} (a runtime interface client)`, ins });
    else if (named && (m = ADAPTER.exec(text))) {
      if (!ins.copy || pathWithin(expand(ins.copy.dest, ins.scope).value, "/opt/extensions")) out.push({ what: "the Lambda Web Adapter", ins });
    } else if (named && (m = RIE.exec(text))) out.push({ what: `the Runtime Interface Emulator (${m[1]})`, ins });
    else if (named && (m = TASK_ROOT.exec(text))) out.push({ what: `${m[0].trim().replace(/^["'=:]/, "")}`, ins, ...m[0].includes("LAMBDA_") ? { variable: true } : {} });
    else if (ins.keyword === "ENV" && ins.properties.some((p) => p.name === "_HANDLER")) out.push({ what: "a _HANDLER setting", ins });
    else if (ins.copy && ins.copy.from && lambdaNamedRepository(ins.copy.from)) out.push({ what: `files copied from ${ins.copy.from}`, ins });
    else if (ins.copy && /(^|\/)bootstrap\/?$/.test(ins.copy.dest)) out.push({ what: `a bootstrap (${ins.copy.dest})`, ins });
    else if ((ins.keyword === "ENTRYPOINT" || ins.keyword === "CMD") && (ins.exec ?? ins.words).some((w) => /(^|\/)bootstrap$/.test(w) || w === JAVA_RIC_MAIN)) out.push({ what: "a bootstrap executable as the entrypoint", ins });
  }
  const target = df.target;
  if (target) {
    const cmd = target.cmd?.value.exec;
    const handler = cmd && cmd.length === 1 ? cmd[0] : void 0;
    if (handler !== void 0 && handlerShaped(handler) && !siblingLambdaTarget(df)) out.push({ what: `the handler-shaped CMD ["${handler}"]`, ins: target.cmd?.from });
    if (out.length === 0) {
      const a = analyzeDockerfile(df, context);
      const ev = [...a?.evidence ?? [], ...a?.stranded.map((x) => x.ev) ?? []].find((e) => !e.assumed && !e.origin?.assumed);
      if (ev) out.push({ what: ev.what, ins: ev.ins });
    }
    const script = out.length === 0 ? defaultModuleRun(target) : void 0;
    if (script) out.push({ what: `${script.program} running ${script.file} (the module name AWS gives a Python function)`, ins: script.ins, weak: true });
  }
  return out;
}
var FUNCTION_DIRS = ["/var/task", "/var/runtime", "/opt/extensions", "/opt/bootstrap"];
var TOOL_PROGRAMS = /* @__PURE__ */ new Set(["cargo", "make", "cmake", "mvn", "gradle", "pytest", "tox", "zip", "sam", "cdk", "terraform", "rustc", "gcc"]);
var CODE_SOURCE = /^\.\/?$|\.(py|js|mjs|cjs|ts|rb|go|java|jar|cs|csproj|php|rs|kt|dll)$|(^|\/)(src|app|lib|function|functions|handler|handlers|lambda|api)\/?$/;
var SYSTEM_TOOLS = /* @__PURE__ */ new Set(["echo", "true", "cp", "mv", "ls", "cat", "sleep", "tar", "rsync"]);
var TOOL_MODULES = /* @__PURE__ */ new Set(["pytest", "unittest", "tox", "build", "pip", "nox", "mypy", "flake8", "ruff"]);
var RUNS_APP = /^(run|bootRun|spring-boot:run|quarkus:dev|serve|start)$/;
function runsTool(argv) {
  const program = argv[0].slice(argv[0].lastIndexOf("/") + 1);
  if (/^python[\d.]*$/.test(program) && argv[1] === "-m") return TOOL_MODULES.has(argv[2] ?? "");
  if (["npm", "yarn", "pnpm"].includes(program)) return TOOL_SCRIPT.test(argv[1] === "run" ? argv[2] ?? "" : argv[1] ?? "");
  if (/(^|[-_.])(tests?|pytest)([-_.]|$)/i.test(program) && /\.(sh|bash)$/.test(program)) return true;
  return TOOL_PROGRAMS.has(program) && !argv.slice(1).some((a) => RUNS_APP.test(a));
}
var TOOL_SCRIPT = /^(test|lint|build|check|ci)(:|$)/;
var LAYER_DIR = /^(\/opt\/)?(python|nodejs)(\/|$)/;
var LAMBDA_LAUNCHES = /* @__PURE__ */ new Set(["base", "ric", "bootstrap", "rie"]);
function borrowsBase(df, context) {
  const target = df.target;
  if (!target) return void 0;
  const task = scriptTask(df, context, target);
  if (task) return task;
  const instructions = lineageInstructions(target);
  let code = false;
  for (const ins of instructions) {
    if (!ins.copy) continue;
    const dest = expand(ins.copy.dest, ins.scope).value;
    if (dest.includes("$") || FUNCTION_DIRS.some((d) => pathWithin(dest, d))) return void 0;
    code ||= ins.copy.fromStage !== void 0 || ins.copy.from === void 0 && ins.copy.sources.some((src) => CODE_SOURCE.test(src));
  }
  const nothingIn = "and nothing is copied into /var/task";
  const entrypoint = target.entrypoint;
  if (entrypoint?.from) {
    const argv = entrypoint.value.exec;
    if (!argv || argv.length === 0) return void 0;
    if (bareShell(argv)) {
      if (entrypointLaunchArgv(argv, target.cmd?.value.exec).length > argv.length) return void 0;
      return `its ENTRYPOINT is a shell (${argv[0]}) with ${target.cmd ? "a CMD that names no script" : "no CMD"} to run, ${nothingIn}`;
    }
    if (runsTool(argv)) return `its ENTRYPOINT runs ${argv.slice(0, argv[1] === "-m" ? 3 : 2).join(" ")}, a build or test tool, ${nothingIn}`;
    const launch = analyzeDockerfile(df, context)?.classify(argv);
    if (code || launch?.kind !== "script" || !launch.script?.content || launch.script.launches.some((l) => LAMBDA_LAUNCHES.has(l.kind) || l.kind === "script")) return void 0;
    const scriptArg = argv.findIndex((a, i) => i > 0 && !a.startsWith("-"));
    const named = scriptArg > 0 && launch.script.path.endsWith(posix4.basename(argv[scriptArg])) ? `${argv[scriptArg]} with ${argv[0]}` : argv[0];
    return `its ENTRYPOINT runs the script ${named}, which starts no runtime client, and no application code is copied`;
  }
  const cmd = target.cmd?.value.exec;
  if (target.cmd?.from && cmd?.length && (SYSTEM_TOOLS.has(cmd[0].slice(cmd[0].lastIndexOf("/") + 1)) || runsTool(cmd))) return `its CMD runs ${cmd[0]}, not a handler or a runtime client, ${nothingIn}`;
  if (target.cmd?.from) return void 0;
  const zip = instructions.find((ins) => ins.keyword === "RUN" && (df.shell(ins)?.commands ?? []).some((c) => /(^|\/)zip$/.test(c.name) && c.args.some((a) => /\.zip$/.test(a))));
  if (zip) return `it packages a .zip (line ${zip.span.line}) and sets no CMD (no handler), ${nothingIn}`;
  const layer = instructions.find((ins) => ins.keyword === "RUN" && (df.shell(ins)?.commands ?? []).some((c) => c.args.some((a, i) => i > 0 && /^(-t|--target|--prefix)$/.test(c.args[i - 1]) && LAYER_DIR.test(a.replace(/^\.\//, "")))));
  if (layer) return `it installs into a Lambda layer folder (line ${layer.span.line}) and sets no CMD (no handler), ${nothingIn}`;
  const workdir = target.workdir?.value;
  if (!code && workdir && target.workdir?.from && !pathWithin(workdir, "/var/task")) return `it sets no CMD (no handler), works in ${workdir} and copies no application code`;
  return void 0;
}
var SCRIPT_INTERPRETER = /(^|\/)(python(\d+(\.\d+)?)?|node|ruby)$/;
var HANDLER_HINT = /handler|\bdef\s+\w+\s*\(\s*_?event\b|\(\s*_?event\s*,\s*_?(context|ctx)\b/i;
var SERVER_HINT = /\.listen\s*\(|\bapp\.run\s*\(|\buvicorn\b|\bgunicorn\b|\bwaitress\b|\bcreateServer\b|\bhttp\.server\b|\bsocketserver\b|\bFlask\s*\(|\bFastAPI\s*\(|\bexpress\s*\(|\bserve_forever\b|\bweb\.run_app\b/;
function scriptTask(df, context, target) {
  const ep = target.entrypoint?.from ? target.entrypoint.value.exec : void 0;
  const written = ep && ep.length === 1 ? [...ep, ...target.cmd?.value.exec ?? []] : ep;
  if (!written || !SCRIPT_INTERPRETER.test(written[0] ?? "")) return void 0;
  let k = 1;
  while (k < written.length && written[k].startsWith("-") && written[k] !== "-m" && written[k] !== "-c") k++;
  if (k >= written.length || written[k].startsWith("-")) return void 0;
  const argv = [written[0], ...written.slice(k)];
  const launch = analyzeDockerfile(df, context)?.classify(argv);
  const content = launch?.script?.content;
  if (content === void 0 || launch.ric !== void 0 || launch.script.launches.some((l) => LAMBDA_LAUNCHES.has(l.kind))) return void 0;
  const text = content.replace(/\w*(Stream|File|Null|Queue|Http|Socket|Syslog|Memory|Buffering|SMTP|Rotating\w*|Watched\w*|NT\w*)Handler\b|\b(add|remove|has)Handlers?\b|\.handlers\b/g, "");
  if (HANDLER_HINT.test(text) || SERVER_HINT.test(content)) return void 0;
  if (lineageInstructions(target).some((i) => i.keyword === "EXPOSE")) return void 0;
  return `its ENTRYPOINT runs the script ${argv[1]} with ${argv[0]}, which defines no handler, starts no runtime client and serves nothing (a task or a job, not a function)`;
}
var DEFAULT_MODULE_FILE = /(^|\/)lambda_function\.py$/;
var DEFAULT_MODULE = /(^|\.)lambda_function$/;
var PYTHON_PROGRAM = /(^|\/)python(\d+(\.\d+)?)?$/;
function defaultModuleRun(target) {
  const setting = target.entrypoint ?? target.cmd;
  const argv = target.entrypoint?.value.exec ? [...target.entrypoint.value.exec, ...target.cmd?.value.exec ?? []] : target.entrypoint ? void 0 : target.cmd?.value.exec;
  if (!argv || !PYTHON_PROGRAM.test(argv[0] ?? "")) return void 0;
  if (lineageInstructions(target).some((i) => i.keyword === "EXPOSE")) return void 0;
  const at2 = setting?.from;
  const m = argv.indexOf("-m");
  if (m > 0 && argv.slice(1, m).every((w) => w.startsWith("-"))) return DEFAULT_MODULE.test(argv[m + 1] ?? "") ? { program: argv[0], file: `${argv[m + 1]} (-m)`, ins: at2 } : void 0;
  const file = argv.slice(1).find((w) => !w.startsWith("-"));
  return file && DEFAULT_MODULE_FILE.test(file) ? { program: argv[0], file, ins: at2 } : void 0;
}
function lineageInstructions(stage) {
  const out = [];
  for (let s = stage; s; s = s.base.stage) out.push(...s.instructions);
  return out;
}
function siblingLambdaTarget(df) {
  return df.stages.some((s) => !s.reachesTarget && (s.base.kind.kind === "aws" || s.base.kind.kind === "lambda-ready"));
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
  /** Does this ES module (as Node.js loads it) export the CommonJS way, which throws when it loads? */
  commonJsInEsm(text) {
    return commonJsInEsm(text);
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
  get borrowedBase() {
    return borrowedBase(this.df, this.getContext());
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
  get borrowedBase() {
    this.check("lambdaEvidence");
    return this.facts.borrowedBase;
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
var KEYS = {
  default: { entryPoint: "ImageConfig.EntryPoint", command: "ImageConfig.Command", workingDirectory: "ImageConfig.WorkingDirectory" },
  terraform: { entryPoint: "image_config.entry_point", command: "image_config.command", workingDirectory: "image_config.working_directory" },
  serverless: { entryPoint: "image.entryPoint", command: "image.command", workingDirectory: "image.workingDirectory" }
};
function applyImageConfig(df, facts) {
  const t = df.target;
  if (!t) return;
  const { command, entryPoint, workingDirectory } = facts.imageConfig;
  const keys = KEYS[facts.kind] ?? KEYS.default;
  if (entryPoint) {
    const ins = synthetic(t, "ENTRYPOINT", entryPoint, `${keys.entryPoint} of ${facts.id}`);
    t.entrypoint = { value: { exec: entryPoint.value }, from: ins };
  }
  if (command) {
    const ins = synthetic(t, "CMD", command, `${keys.command} of ${facts.id}`);
    t.cmd = { value: { exec: command.value }, from: ins };
  }
  if (workingDirectory) {
    const ins = synthetic(t, "WORKDIR", workingDirectory, `${keys.workingDirectory} of ${facts.id}`);
    t.workdir = { value: workingDirectory.value, from: ins };
  }
}

// src/engine/runner.ts
var finders = /* @__PURE__ */ new WeakMap();
function ruleFinder(rules2) {
  let made = finders.get(rules2);
  if (!made || made.size !== rules2.length) finders.set(rules2, made = { size: rules2.length, find: makeRuleFinder(rules2) });
  return made.find;
}
function makeRuleFinder(rules2) {
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
  const getContext = checkedContext(df, lazyContext(contextDir ?? void 0, options.file, options.contexts), options.contextGiven === true);
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
function checkedContext(df, get, explicit = false) {
  return () => {
    const context = get();
    return context && checkContext(df, context, explicit).wrongFolder ? void 0 : context;
  };
}
function lazyContext(dir, dockerfile, cache) {
  let context;
  let loaded = false;
  return () => {
    if (!loaded) {
      loaded = true;
      context = dir ? openContext(dir, dockerfile, cache) : void 0;
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
  const { fail, guard } = ruleGuards(failed, skipped, ruleErrors);
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
    try {
      visitor = rule.create(ctx);
    } catch (e) {
      fail(rule, e);
    }
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
function ruleGuards(failed, skipped, ruleErrors) {
  const fail = (rule, e) => {
    failed.add(rule.code);
    if (e instanceof MissingFact) skipped.push({ code: rule.code, name: rule.name, reason: e.reason });
    else ruleErrors.push({ code: rule.code, name: rule.name, message: redactText(String(e?.message ?? e).split("\n")[0]) });
  };
  const guard = (rule, fn) => (arg) => {
    if (failed.size > 0 && failed.has(rule.code)) return;
    try {
      fn(arg);
    } catch (e) {
      fail(rule, e);
    }
  };
  return { fail, guard };
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
  ContextCache,
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

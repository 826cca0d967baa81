import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  DEPENDENCY_DIRS,
  LAMBDA_CONTRACT_RULES,
  SEVERITY_RANK,
  initShell,
  interpolate,
  judgesAsLambda,
  parseDockerfile,
  redactText,
  rules
} from "./chunk-QLQ5YQOB.js";
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

// src/engine/runner.ts
import { dirname as dirname2 } from "node:path";

// src/dockerfile/context.ts
var import_dockerignore = __toESM(require_ignore(), 1);
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var dockerignore = import_dockerignore.default;
var WALK_CAP = 2e4;
function openContext(root, dockerfilePath) {
  let rootEntries;
  try {
    rootEntries = readdirSync(root, { withFileTypes: true });
  } catch {
    return void 0;
  }
  const present = (abs, name) => {
    const e = rootEntries.find((x) => x.name === name);
    return e !== void 0 && (!e.isSymbolicLink() || existsSync(abs));
  };
  let ignoreFile;
  if (dockerfilePath) {
    const specific = `${dockerfilePath}.dockerignore`;
    const name = basename(specific);
    const inRoot = dirname(specific) === root || dirname(resolve(specific)) === resolve(root);
    if (inRoot ? present(specific, name) : existsSync(specific)) ignoreFile = specific;
  }
  if (!ignoreFile && present(join(root, ".dockerignore"), ".dockerignore")) ignoreFile = join(root, ".dockerignore");
  let patterns = [];
  if (ignoreFile) {
    try {
      patterns = readFileSync(ignoreFile, "utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    } catch {
      patterns = [];
    }
  }
  const ig = patterns.length > 0 ? dockerignore({ ignorecase: false }).add(patterns) : void 0;
  const ignores = (rel) => ig !== void 0 && ig.ignores(rel);
  const reincludes = patterns.some((p) => p.startsWith("!"));
  let cache;
  let project;
  const matches = /* @__PURE__ */ new Map();
  const reads = /* @__PURE__ */ new Map();
  const listings = /* @__PURE__ */ new Map([["", rootEntries]]);
  const list = (rel) => {
    if (listings.has(rel)) return listings.get(rel);
    let entries;
    try {
      entries = readdirSync(`${root}/${rel}`, { withFileTypes: true });
    } catch {
      entries = void 0;
    }
    listings.set(rel, entries);
    return entries;
  };
  const walk = (rel, out, skipDependencies = false) => {
    const stack = [rel];
    while (stack.length) {
      const dir = stack.pop();
      for (const e of list(dir) ?? []) {
        const path = dir ? `${dir}/${e.name}` : e.name;
        const isDir = e.isDirectory();
        if (skipDependencies && isDir && DEPENDENCY_DIRS.includes(e.name)) continue;
        const ignored = ignores(path);
        if (ignored && !isDir) continue;
        if (out.length >= WALK_CAP) {
          ctx.truncated = true;
          return;
        }
        if (isDir) {
          if (ignored && !reincludes) continue;
          out.push({ path, size: 0, dir: true });
          stack.push(path);
        } else {
          out.push(new LazyFile(path, `${root}/${path}`));
        }
      }
    }
  };
  const lookUp = (rel) => {
    const parts = rel.split("/");
    let dir = "";
    for (let i = 0; i < parts.length; i++) {
      const entry = list(dir)?.find((e) => e.name === parts[i]);
      if (!entry) return [];
      const path = dir ? `${dir}/${parts[i]}` : parts[i];
      const isDir = entry.isDirectory();
      const ignored = ignores(path);
      const last = i === parts.length - 1;
      if (ignored && (!isDir || !reincludes)) return [];
      if (!last && !isDir) return [];
      if (last) {
        if (!isDir) return [new LazyFile(path, `${root}/${path}`)];
        const out = [{ path, size: 0, dir: true }];
        walk(path, out);
        return out;
      }
      dir = path;
    }
    return [];
  };
  const ctx = {
    root,
    dockerignore: ignoreFile ? { path: ignoreFile, patterns } : void 0,
    truncated: false,
    ignored(path) {
      const p = path.replace(/^\.?\//, "").replace(/\/$/, "");
      return p !== "" && ignores(p);
    },
    files() {
      if (!cache) {
        cache = [];
        walk("", cache);
      }
      return cache;
    },
    projectFiles() {
      if (!project) {
        if (cache && !ctx.truncated) project = cache.filter((f) => !f.path.split("/").some((seg, i, all) => DEPENDENCY_DIRS.includes(seg) && (i < all.length - 1 || f.dir)));
        else walk("", project = [], true);
      }
      return project;
    },
    match(source) {
      const src = relative(source);
      if (src === "" || src === ".") return ctx.files();
      let found = matches.get(src);
      if (!found) {
        if (literal(src) && !cache) {
          found = lookUp(src);
        } else {
          const re = GLOB.test(src) ? globToRegExp(src) : void 0;
          const prefix = `${src}/`;
          found = ctx.files().filter((f) => (re ? re.test(f.path) : f.path === src) || f.path.startsWith(prefix));
        }
        matches.set(src, found);
      }
      return found;
    },
    at(path) {
      const src = relative(path);
      return src !== "" && literal(src) ? ctx.match(src) : [];
    },
    read(path, maxBytes = 1 << 20) {
      const rel = path.replace(/^\.?\//, "");
      let got = reads.get(rel);
      if (!got) {
        got = { size: -1, text: void 0 };
        if (!ctx.ignored(rel)) {
          try {
            const st = statSync(join(root, rel), { throwIfNoEntry: false });
            if (st?.isFile()) got.size = st.size;
          } catch {
          }
        }
        reads.set(rel, got);
      }
      if (got.size < 0 || got.size > maxBytes) return void 0;
      if (got.text === void 0) {
        try {
          got.text = readFileSync(join(root, rel), "utf8");
        } catch {
          got.size = -1;
        }
      }
      return got.text;
    }
  };
  return ctx;
}
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
  return source.replace(/^\.?\//, "").replace(/\/+$/, "");
}
function literal(path) {
  return !GLOB.test(path) && !path.split("/").some((p) => p === ".." || p === "." || p === "");
}
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

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

// src/engine/runner.ts
var RULES = rules;
var byId = /* @__PURE__ */ new Map();
for (const r of rules) {
  byId.set(r.code.toUpperCase(), r);
  byId.set(r.name.toLowerCase(), r);
}
function findRule(id) {
  return byId.get(id.toUpperCase()) ?? byId.get(id.toLowerCase());
}
async function lintDockerfile(text, options = {}) {
  await initShell();
  return lintDockerfileSync(text, options);
}
function lintDockerfileSync(text, options = {}) {
  const file = options.file ?? "Dockerfile";
  const config = options.config ?? {};
  const buildArgs = { ...config["build-args"] ?? {}, ...options.buildArgs ?? {} };
  const df = parseDockerfile(text, { file, buildArgs, target: options.target });
  const contextDir = options.contextDir === void 0 ? options.file ? dirname2(options.file) : void 0 : options.contextDir;
  const getContext = lazyContext(contextDir ?? void 0, options.file);
  const findings = runRules({ df, mode: "dockerfile", file, getContext, options });
  return new DockerfileLintResult(file, findings, df, getContext);
}
var DockerfileLintResult = class {
  constructor(file, findings, model, getContext) {
    this.file = file;
    this.findings = findings;
    this.model = model;
    this.getContext = getContext;
  }
  file;
  findings;
  model;
  getContext;
  kind = "dockerfile";
  get context() {
    return this.getContext();
  }
};
var RuleContextImpl = class {
  constructor(df, target, image, mode, now, config, report, needsContext, getContext) {
    this.df = df;
    this.target = target;
    this.image = image;
    this.mode = mode;
    this.now = now;
    this.config = config;
    this.report = report;
    this.needsContext = needsContext;
    this.getContext = getContext;
  }
  df;
  target;
  image;
  mode;
  now;
  config;
  report;
  needsContext;
  getContext;
  get context() {
    return this.needsContext ? this.getContext() : void 0;
  }
};
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
  const ignored = /* @__PURE__ */ new Set();
  for (const id of [...config.ignore ?? [], ...options.ignore ?? []]) {
    const r = findRule(id);
    if (r) ignored.add(r.code);
  }
  const overrides = /* @__PURE__ */ new Map();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    const r = findRule(id);
    if (r) overrides.set(r.code, sev);
  }
  const pragmas = env.mode === "history" ? [] : readPragmas(df);
  for (const p of pragmas) {
    for (const id of p.ids) {
      const r = findRule(id);
      if (!r) {
        const col = (df.lines[p.line - 1] ?? "").indexOf(id) + 1;
        df.problems.push({ messageId: "unknownPragmaId", span: { line: p.line, column: col || 1, endLine: p.line, endColumn: (col || 1) + id.length }, data: { id } });
      } else if (p.global) ignored.add(r.code);
    }
  }
  const findings = [];
  const now = options.now ?? /* @__PURE__ */ new Date();
  const rules2 = options.rules ?? rules;
  const onInstruction = [];
  const onEnd = [];
  const onImage = [];
  const imageLocation = { file: env.imageFile ?? env.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  let lambda;
  const isLambda = () => lambda ??= judgesAsLambda(df, env.getContext(), config.lambda, env.mode);
  for (const rule of rules2) {
    if (ignored.has(rule.code) || overrides.get(rule.code) === "off") continue;
    if (LAMBDA_CONTRACT_RULES.has(rule.code) && !isLambda()) continue;
    const dockerfileEvidence = env.mode !== "history" || rule.needs.history === true;
    if (!dockerfileEvidence && !(env.image && rule.needs.image)) continue;
    const report = (d) => {
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
      const at = d.at;
      if (source === "dockerfile" && env.mode === "history") {
        const origin = at && "keyword" in at ? env.historyOf?.(at) : void 0;
        source = "image-history";
        layer = origin?.layer;
        location = imageLocation;
        if (origin) message += ` (from the image history${origin.layer !== void 0 ? `, layer ${origin.layer + 1}` : ""}: ${quoteHistory(origin.instruction)})`;
      } else if (source !== "dockerfile") {
        const ins = at && "keyword" in at ? at : layer !== void 0 ? env.instructionOfLayer?.(layer) : void 0;
        location = ins ? { file: env.file, ...ins.span } : at && !("keyword" in at) ? { file: env.file, ...at } : imageLocation;
      } else {
        location = { file: env.file, ...toSpan(at) };
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
    const ctx = new RuleContextImpl(df, df.target, env.image, env.mode, now, config, report, rule.needs.context === true, env.getContext);
    const visitor = rule.create(ctx);
    if (dockerfileEvidence && visitor.instruction) onInstruction.push(visitor.instruction);
    if (dockerfileEvidence && visitor.end) onEnd.push(visitor.end);
    if (visitor.image) onImage.push(visitor.image);
  }
  for (const ins of df.instructions) for (const visit of onInstruction) visit(ins);
  for (const end of onEnd) end();
  if (env.image) for (const visit of onImage) visit(env.image);
  const suppressed = (f) => f.location.file === env.file && pragmas.some(
    (p) => !p.global && p.instruction && f.location.line >= p.instruction.span.line && f.location.line <= p.instruction.span.endLine && p.ids.some((id) => findRule(id)?.code === f.code)
  );
  const kept = findings.filter((f) => !suppressed(f));
  kept.sort(
    (a, b) => ordinal(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || ordinal(a.code, b.code)
  );
  return dedupe(kept);
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
function toSpan(at) {
  if (!at) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if ("keyword" in at) return at.span;
  return at;
}

export {
  RULES,
  findRule,
  lintDockerfile,
  lintDockerfileSync,
  lazyContext,
  runRules
};

/**
 * The handler's module inside a built image, and whether the module visibly defines the handler function.
 * Resolution follows each runtime client: awslambdaric bootstrap.py `_get_handler`
 * (module under the task root, PYTHONPATH or site-packages), the Node.js RIC UserFunction.js (file, .js,
 * .mjs, .cjs under the app root), the Java class loader (task root classes, lib/*.jar), the .NET base
 * bootstrap (<Assembly>.dll, .deps.json, .runtimeconfig.json) and the Ruby RIC (`require FILE` from Dir.pwd).
 * Function checks are deliberately conservative: anything dynamic (module.exports = ..., __getattr__,
 * define_method, a truncated body) gives "unknown", never a finding.
 */
import { posix } from 'node:path';
import type { ImageModel } from '../image/types.js';
import type { HandlerFamily } from '../knowledge/ric.js';

export type ModuleLookup =
  | { kind: 'found'; path?: string; layer?: number }
  | { kind: 'missing'; wanted: string[]; error: string; elsewhere?: string }
  | { kind: 'unknown' };

const DEP_TREE = /\/(?:node_modules|site-packages|dist-packages|gems|vendor)\//;
const SYSTEM = /^\/(?:usr|var\/runtime|var\/lang|lib|lib64|etc|proc|sys)\//;

function isFile(image: ImageModel, path: string): { path: string; layer: number } | undefined {
  const r = image.resolve(path);
  return r.ok && (r.entry.type === 'file' || r.entry.type === 'hardlink') ? { path: r.path, layer: r.entry.layer } : undefined;
}

/** The first candidate (relative to one of `roots`) that exists. */
function firstIn(image: ImageModel, roots: string[], rels: string[]): { path: string; layer: number } | undefined {
  for (const root of roots) {
    for (const rel of rels) {
      const hit = isFile(image, posix.join(root, rel));
      if (hit) return { path: posix.join(root, rel), layer: hit.layer };
    }
  }
  return undefined;
}

/** A file with one of the relative paths outside the roots (not in a dependency tree nor a system dir): the directory holding it. */
function elsewhere(image: ImageModel, roots: string[], rels: string[]): string | undefined {
  for (const [path, e] of image.files) {
    if (e.type !== 'file' && e.type !== 'hardlink') continue;
    for (const rel of rels) {
      if (!path.endsWith(`/${rel}`)) continue;
      const dir = path.slice(0, path.length - rel.length - 1) || '/';
      if (roots.includes(dir) || DEP_TREE.test(path) || SYSTEM.test(path)) continue;
      return dir;
    }
  }
  return undefined;
}

export function findHandlerModule(image: ImageModel, family: HandlerFamily, handler: string, root: string, baseMode: boolean, env: Map<string, string>): ModuleLookup {
  const pathList = (name: string) => (env.get(name) ?? '').split(':').filter((p) => p.startsWith('/')).map((p) => posix.normalize(p));
  switch (family) {
    case 'python': {
      const dot = handler.lastIndexOf('.');
      const mod = handler.slice(0, dot).replace(/\./g, '/');
      const rels = [`${mod}.py`, `${mod}/__init__.py`, `${mod}.pyc`];
      const roots = [root, ...pathList('PYTHONPATH')];
      const hit = firstIn(image, roots, rels);
      if (hit) return { kind: 'found', ...hit };
      // Extension modules (mod.cpython-312-x86_64-linux-gnu.so) and site-packages on sys.path.
      const base = posix.basename(mod);
      for (const [path, e] of image.files) {
        if (e.type === 'dir') continue;
        const so = path.endsWith('.so') && posix.basename(path).startsWith(`${base}.`) && roots.some((r) => posix.dirname(path) === posix.join(r, posix.dirname(mod)));
        const site = /\/(?:site|dist)-packages$/.test(path.slice(0, path.length - rels[0].length - 1)) && path.endsWith(`/${rels[0]}`);
        const sitePkg = path.endsWith(`/${rels[1]}`) && /\/(?:site|dist)-packages$/.test(path.slice(0, path.length - rels[1].length - 1));
        if (so || site || sitePkg) return { kind: 'found' };
      }
      return { kind: 'missing', wanted: rels.slice(0, 2), error: `Runtime.ImportModuleError: Unable to import module '${handler.slice(0, dot).replace(/\//g, '.')}'`, elsewhere: elsewhere(image, roots, rels) };
    }
    case 'nodejs': {
      const slash = handler.lastIndexOf('/');
      const tail = handler.slice(slash + 1);
      const base = `${handler.slice(0, slash + 1)}${tail.slice(0, tail.indexOf('.'))}`.replace(/^\.\//, '');
      const rels = [base, `${base}.js`, `${base}.mjs`, `${base}.cjs`];
      const hit = firstIn(image, [root], rels) ?? firstIn(image, [root], [`${base}/index.js`]);
      if (hit) return { kind: 'found', ...hit };
      // require.resolve from the app root: a package of that name.
      if (image.resolve(posix.join(root, 'node_modules', base)).ok) return { kind: 'found' };
      return { kind: 'missing', wanted: rels.slice(1), error: `Runtime.ImportModuleError: Error: Cannot find module '${base}'`, elsewhere: elsewhere(image, [root], rels.slice(1)) };
    }
    case 'ruby': {
      const file = handler.split('.')[0];
      const rels = [`${file}.rb`];
      const roots = [root, ...pathList('RUBYLIB')];
      const hit = firstIn(image, roots, rels);
      if (hit) return { kind: 'found', ...hit };
      return { kind: 'missing', wanted: rels, error: `LoadError: cannot load such file -- ${root}/${file}`, elsewhere: elsewhere(image, roots, rels) };
    }
    case 'java': {
      const sep = handler.lastIndexOf('::');
      const cls = sep >= 0 ? handler.slice(0, sep) : handler;
      const rel = `${cls.replace(/\./g, '/')}.class`;
      const hit = firstIn(image, [root], [rel]);
      if (hit) return { kind: 'found', ...hit };
      // Classes inside jars are not read: any jar on the class path makes the answer unknown.
      for (const [path, e] of image.files) {
        if (e.type === 'dir' || !path.endsWith('.jar')) continue;
        if (path.startsWith(`${root.replace(/\/$/, '')}/`) || path.startsWith('/opt/java/lib/')) return { kind: 'unknown' };
      }
      return { kind: 'missing', wanted: [rel, 'lib/*.jar'], error: `Class not found: ${cls}`, elsewhere: elsewhere(image, [root], [rel]) };
    }
    case 'dotnet': {
      const asm = handler.split('::')[0];
      const need = [`${asm}.dll`, ...(baseMode ? [`${asm}.deps.json`, `${asm}.runtimeconfig.json`] : [])];
      const missing = need.filter((n) => !isFile(image, posix.join(root, n)));
      if (missing.length === 0) return { kind: 'found' };
      const error = missing[0] === need[0] ? 'Could not find the specified handler assembly' : 'exit status 106 (".NET binaries for Lambda function are not correctly installed")';
      return { kind: 'missing', wanted: missing, error };
    }
    default:
      return { kind: 'unknown' };
  }
}

export interface FunctionVerdict {
  /** true: defined; false: visibly not defined; undefined: cannot tell */
  defined: boolean | undefined;
  /**
   * Python: the handler's name is a web framework's application object (`app = FastAPI()`), not a Lambda handler:
   * its framework and kind (ASGI, WSGI), and the module's own adapter object when it has one (`handler = Mangum(app)`).
   */
  webApp?: { framework: string; kind: 'ASGI' | 'WSGI'; adapter?: string };
  fn: string;
  looked: string;
  error: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Web frameworks whose application object is called with the server's arguments, not Lambda's (event, context): ASGI
 * apps take (scope, receive, send), WSGI apps (environ, start_response). Lambda runs them through an adapter: Mangum
 * for ASGI (mangum.fastapiexpert.com), apig-wsgi or serverless-wsgi for WSGI.
 */
const WEB_APPS: Record<string, 'ASGI' | 'WSGI'> = { FastAPI: 'ASGI', Starlette: 'ASGI', Litestar: 'ASGI', Quart: 'ASGI', Sanic: 'ASGI', Flask: 'WSGI', Bottle: 'WSGI', Falcon: 'WSGI' };
const ADAPTERS = [/^(\w+)[ \t]*(?::[^=\n]+)?=[ \t]*(?:mangum\.|apig_wsgi\.)?(?:Mangum|make_lambda_handler)\(/m, /^(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\([ \t]*event\b/m];

/** The handler name assigned a web framework's application object at the top level (`app = FastAPI(...)`), if it is. */
function webAppOf(fn: string, text: string): { webApp?: FunctionVerdict['webApp'] } {
  const m = new RegExp(`^${esc(fn)}[ \\t]*(?::[^=\\n]+)?=[ \\t]*(?:\\w+\\.)?(${Object.keys(WEB_APPS).join('|')})\\(`, 'm').exec(text);
  if (!m) return {};
  // Assigned again below (wrapped: `app = Mangum(app)`): not judged.
  if (new RegExp(`^${esc(fn)}[ \\t]*=`, 'gm').test(text.slice(m.index + m[0].length))) return {};
  const adapter = ADAPTERS.map((re) => re.exec(text)?.[1]).find((a) => a !== undefined);
  return { webApp: { framework: m[1], kind: WEB_APPS[m[1]], ...(adapter && adapter !== fn ? { adapter } : {}) } };
}

/** The names `export { a, b as c }` lists make public (a and c), and `export { x as default }`. */
function exportListNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const spec of m[1].split(',')) {
      const words = spec.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim().split(/\s+/).filter((w) => w && w !== 'type');
      if (words.length === 3 && words[1] === 'as') names.add(words[2].replace(/^['"]|['"]$/g, ''));
      else if (words.length === 1) names.add(words[0]);
    }
  }
  return names;
}

/**
 * A module Node.js loads as an ES module (.mjs, or .js under a package.json with "type": "module") that exports the
 * CommonJS way (`exports.handler = ...`, `module.exports = ...`) with no `export` of its own: `exports` and `module`
 * do not exist there, and loading it throws "ReferenceError: exports is not defined in ES module scope"
 * (https://nodejs.org/api/esm.html#no-require-exports-or-moduleexports). A file that declares them itself is left alone.
 */
export function commonJsInEsm(text: string): boolean {
  // Exports the CommonJS way, or uses module.exports or require() as bundlers' CommonJS output does (Parcel's
  // `$parcel$export(module.exports, ...)`, ncc's `module.exports = __webpack_exports__`).
  if (!/\b(?:module\.)?exports(?:\.\w+|\[[^\]]+\])\s*=(?!=)|\bmodule\.exports\b|\brequire\(\s*["'`]/.test(text)) return false;
  if (/^\s*export\s/m.test(text) || /\b(?:var|let|const|function)\s+(?:exports|module|require)\b|createRequire/.test(text)) return false;
  return true;
}

/** Does the module's source text define the handler's function? Conservative: anything dynamic is unknown. */
export function functionDefined(family: HandlerFamily, handler: string, text: string, truncated: boolean): FunctionVerdict {
  const unknown = (fn: string): FunctionVerdict => ({ defined: undefined, fn, looked: '', error: '' });
  if (family === 'python') {
    const dot = handler.lastIndexOf('.');
    const fn = handler.slice(dot + 1);
    const f = esc(fn);
    const mod = handler.slice(0, dot).replace(/\//g, '.');
    const error = `Runtime.HandlerNotFound: Handler '${fn}' missing on module '${mod}'`;
    const looked = `no top-level def ${fn}, async def ${fn}, assignment or import of ${fn}`;
    const defined = [
      new RegExp(`^(?:async[ \\t]+)?def[ \\t]+${f}[ \\t]*\\(`, 'm'),
      new RegExp(`^${f}[ \\t]*(?::[^=\\n]+)?=(?!=)`, 'm'),
      new RegExp(`^(?:${f}[ \\t]*,|[\\w \\t,]+,[ \\t]*${f}\\b)[\\w \\t,]*=(?!=)`, 'm'),
      new RegExp(`^class[ \\t]+${f}\\b`, 'm'),
      new RegExp(`^(?:from[ \\t]+\\S+[ \\t]+)?import[ \\t][^\\n]*\\b${f}\\b`, 'm'),
      new RegExp(`^from[ \\t]+\\S+[ \\t]+import[ \\t]*\\([^)]*\\b${f}\\b`, 'm'),
    ];
    if (defined.some((re) => re.test(text))) return { defined: true, fn, looked, error, ...webAppOf(fn, text) };
    // Dynamic or conditional definitions: cannot tell.
    if (truncated || /\bimport[ \t]+\*|__getattr__|globals\(\)|setattr\(|\bexec\(/.test(text) || new RegExp(`^[ \\t]+(?:(?:async[ \\t]+)?def[ \\t]+${f}\\b|${f}[ \\t]*=)`, 'm').test(text)) return unknown(fn);
    return { defined: false, fn, looked, error };
  }
  if (family === 'nodejs') {
    const tail = handler.slice(handler.lastIndexOf('/') + 1);
    const fn = tail.slice(tail.indexOf('.') + 1).split('.')[0];
    const f = esc(fn);
    const error = `Runtime.HandlerNotFound: ${tail} is undefined or not exported`;
    const looked = `no exports.${fn}, module.exports.${fn}, export const|function ${fn} or export { ... as ${fn} }`;
    const defined = [
      new RegExp(`\\b(?:module\\.)?exports\\.${f}\\s*=`),
      new RegExp(`\\bexports\\[\\s*['"\`]${f}['"\`]\\s*\\]\\s*=`),
      new RegExp(`\\bexport\\s+(?:async\\s+)?(?:function\\s*\\*?|const|let|var|class)\\s*${f}\\b`),
    ];
    if (defined.some((re) => re.test(text)) || exportListNames(text).has(fn)) return { defined: true, fn, looked, error };
    if (fn === 'default' && /\bexport\s+default\b/.test(text)) return { defined: true, fn, looked, error };
    // Exports made at run time: module.exports = ..., re-exports, and bundlers' helpers (webpack's
    // Object.defineProperty getters, Parcel's $parcel$export, esbuild's __export) define them through a variable.
    // `export default` makes only the default export: it is no sign of a named one.
    if (truncated || /\bmodule\.exports\s*=|\bexport\s*\*|Object\.(?:defineProperty|defineProperties|assign)\(|__export|\$parcel\$export|__webpack_(?:require|exports)__|\bexports\s*=/.test(text)) return unknown(fn);
    return { defined: false, fn, looked, error };
  }
  if (family === 'ruby') {
    const parts = handler.split('.');
    const fn = parts[parts.length - 1];
    const f = esc(fn);
    const error = `NoMethodError: undefined method '${fn}'`;
    const looked = parts.length === 3 ? `no def self.${fn} or def ${fn}` : `no def ${fn}`;
    if (new RegExp(`\\bdef\\s+(?:self\\.)?${f}(?![\\w?!])`).test(text)) return { defined: true, fn, looked, error };
    if (truncated || /define_(?:singleton_)?method|method_missing|\balias(?:_method)?\b|instance_eval|class_eval|\brequire_relative\b|\bload\b/.test(text)) return unknown(fn);
    return { defined: false, fn, looked, error };
  }
  return unknown('');
}

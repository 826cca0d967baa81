/**
 * Handler string formats per runtime family, and where the handler's code must be found.
 *
 * Sources (the handler pages of each runtime, https://docs.aws.amazon.com/lambda/latest/dg/<runtime>-handler.html):
 * - Python: aws/aws-lambda-python-runtime-interface-client awslambdaric/bootstrap.py `_get_handler`
 *   (`handler.rsplit(".", 1)`, `/` in the module becomes `.`, builtin-module conflict check);
 *   https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html
 * - Node.js: aws/aws-lambda-nodejs-runtime-interface-client src/UserFunction.js (`..` is malformed,
 *   the first dot after the last `/` splits module from function; .js/.mjs/.cjs resolution);
 *   https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 * - Java: aws/aws-lambda-java-libs HandlerInfo.java (`pkg.Class::method` or `pkg.Class`);
 *   https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html
 * - .NET: https://docs.aws.amazon.com/lambda/latest/dg/csharp-handler.html (`Assembly::Namespace.Class::Method`;
 *   an executable assembly uses its name alone: UNVERIFIED detail, so a bare name is accepted).
 * - Ruby: aws/aws-lambda-ruby-runtime-interface-client lib/aws_lambda_ric/lambda_handler.rb
 *   (`FILE.METHOD` or `FILE.CLASS.METHOD`, split on `.`); https://docs.aws.amazon.com/lambda/latest/dg/ruby-handler.html
 * - provided / Go / Rust: no handler string is parsed (runtimes-provided.html).
 */
import type { HandlerFamily } from './ric.js';

/** A shell script's extension as the function part (`CMD ["./docker-entrypoint.sh"]` on an AWS base): a file, not a handler. */
const SCRIPT_EXTENSION = /^(sh|bash)$/;

export interface HandlerFormat {
  family: HandlerFamily;
  /** Human description of the form. */
  form: string;
  example: string;
  /** The runtime's error when the string is malformed. */
  error: string;
  /** Returns a reason when the handler string is malformed, undefined when it fits. */
  check(handler: string): string | undefined;
  /** The runtime's error for this malformed handler when it is not `error` (a file name splits into module and export). */
  errorFor?(handler: string): string | undefined;
  /**
   * Files (relative to the task root) one of which must exist for the handler's module to load.
   * Undefined when the family's code is not checked file by file (Java, .NET).
   */
  moduleFiles?(handler: string): string[] | undefined;
  source: string;
}

/** sys.builtin_module_names of CPython 3.12 on Linux: a handler module with one of these names is rejected. */
export const PYTHON_BUILTIN_MODULES = new Set([
  '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator', '_signal', '_sre', '_stat',
  '_string', '_symtable', '_thread', '_tokenize', '_tracemalloc', '_typing', '_warnings', '_weakref', 'atexit', 'builtins',
  'errno', 'faulthandler', 'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype',
]);

const PY_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const JAVA_IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const HANDLER_FORMATS: Record<HandlerFamily, HandlerFormat | undefined> = {
  python: {
    family: 'python',
    form: 'module.function (the module may be dotted or use slashes: pkg/module.function)',
    example: 'app.handler',
    error: 'Runtime.MalformedHandlerName',
    check(h) {
      const dot = h.lastIndexOf('.');
      if (dot <= 0 || dot === h.length - 1) return 'it has no "." between module and function';
      const mod = h.slice(0, dot).replace(/\//g, '.');
      const fn = h.slice(dot + 1);
      if (/^pyc?$/.test(fn) || SCRIPT_EXTENSION.test(fn)) return `it names the file ${h}, not a function in it`;
      if (!PY_IDENT.test(fn)) return `"${fn}" is not a Python function name`;
      const parts = mod.split('.');
      if (parts.some((p) => p === '')) return `"${h.slice(0, dot)}" is not a module path`;
      if (PYTHON_BUILTIN_MODULES.has(parts[0])) return `"${parts[0]}" is a built-in module name (Runtime.BuiltInModuleConflict)`;
      return undefined;
    },
    // `app.py` splits at its last dot: the runtime imports app and finds no function named py.
    errorFor: (h) => (/\.pyc?$/.test(h) ? `Runtime.HandlerNotFound: the runtime imports ${h.replace(/\.pyc?$/, '').replace(/\//g, '.')} and finds no function named ${h.slice(h.lastIndexOf('.') + 1)}` : undefined),
    moduleFiles(h) {
      const dot = h.lastIndexOf('.');
      if (dot <= 0) return undefined;
      const path = h.slice(0, dot).replace(/\./g, '/');
      return [`${path}.py`, `${path}/__init__.py`, `${path}.pyc`, `${path}*.so`];
    },
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html',
  },
  nodejs: {
    family: 'nodejs',
    form: 'file.export (path/to/file.export; the file name has no dots, no "..")',
    example: 'index.handler',
    error: 'Runtime.MalformedHandlerName',
    check(h) {
      if (h.includes('..')) return 'it contains ".."';
      const slash = h.lastIndexOf('/');
      const tail = h.slice(slash + 1);
      const dot = tail.indexOf('.');
      if (dot <= 0 || dot === tail.length - 1) return 'it has no "." between file and exported function';
      if (/^[mc]?[jt]s$/.test(tail.slice(dot + 1)) || SCRIPT_EXTENSION.test(tail.slice(dot + 1))) return `it names the file ${h}, not an exported function of it`;
      return undefined;
    },
    // `dist/main.js` splits at the file name's first dot: the runtime loads dist/main and finds no export named js.
    errorFor(h) {
      const slash = h.lastIndexOf('/');
      const tail = h.slice(slash + 1);
      const dot = tail.indexOf('.');
      return dot > 0 && /^[mc]?js$/.test(tail.slice(dot + 1)) ? `Runtime.HandlerNotFound: the runtime loads ${h.slice(0, slash + 1 + dot)} and finds no export named ${tail.slice(dot + 1)}` : undefined;
    },
    moduleFiles(h) {
      const slash = h.lastIndexOf('/');
      const tail = h.slice(slash + 1);
      const dot = tail.indexOf('.');
      if (dot <= 0) return undefined;
      const base = `${h.slice(0, slash + 1)}${tail.slice(0, dot)}`.replace(/^\.\//, '');
      return [base, `${base}.js`, `${base}.mjs`, `${base}.cjs`, `${base}/index.js`];
    },
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
  },
  java: {
    family: 'java',
    form: 'package.Class::method, or package.Class when the class implements RequestHandler',
    example: 'example.App::handleRequest',
    error: 'Class not found / No public method named ...',
    check(h) {
      const sep = h.lastIndexOf('::');
      const cls = sep >= 0 ? h.slice(0, sep) : h;
      const method = sep >= 0 ? h.slice(sep + 2) : undefined;
      if (!cls.split('.').every((p) => JAVA_IDENT.test(p))) return `"${cls}" is not a Java class name`;
      if (method !== undefined && !JAVA_IDENT.test(method)) return `"${method}" is not a Java method name`;
      return undefined;
    },
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html',
  },
  dotnet: {
    family: 'dotnet',
    form: 'Assembly::Namespace.Class::Method (or the assembly name alone for an executable assembly)',
    example: 'MyFunction::MyFunction.Function::FunctionHandler',
    error: 'Runtime.MalformedHandlerName / Could not find the specified handler assembly',
    check(h) {
      if (!h.includes('::')) return /^[\w.-]+$/.test(h) ? undefined : `"${h}" is not an assembly name`;
      const parts = h.split('::');
      if (parts.length !== 3 || parts.some((p) => p === '')) return 'it does not have the three parts Assembly::Namespace.Class::Method';
      if (!/^[\w.-]+$/.test(parts[0]) || !/^[\w.+`]+$/.test(parts[1]) || !/^\w+$/.test(parts[2])) return 'one of its parts is not a .NET name';
      return undefined;
    },
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/csharp-handler.html',
  },
  ruby: {
    family: 'ruby',
    form: 'file.method or file.Class.method (Class may be Module::Class)',
    example: 'app.App::Handler.process',
    error: 'ArgumentError: Invalid handler',
    check(h) {
      const parts = h.split('.');
      if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) return 'it does not have 2 or 3 "."-separated parts';
      if (parts.length === 2 && parts[1] === 'rb') return `it names the file ${h}, not a method in it`;
      if (!/^[a-z_][A-Za-z0-9_?!]*$/.test(parts[parts.length - 1])) return `"${parts[parts.length - 1]}" is not a Ruby method name`;
      if (parts.length === 3 && !/^[A-Z]\w*(::[A-Z]\w*)*$/.test(parts[1])) return `"${parts[1]}" is not a Ruby class or module name`;
      return undefined;
    },
    moduleFiles(h) {
      const file = h.split('.')[0];
      return file ? [`${file}.rb`] : undefined;
    },
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/ruby-handler.html',
  },
  provided: undefined,
};

/**
 * The go1.x base image (public.ecr.aws/lambda/go) runs the handler as a program: the name of the compiled executable
 * in /var/task (https://docs.aws.amazon.com/lambda/latest/dg/golang-handler.html, "the handler is the name of the
 * executable"; the AWS go1.x image example copies the binary and sets CMD to its name). A Go source file is not one.
 */
export const GO1X_HANDLER = {
  form: 'the name of the compiled executable in /var/task',
  example: 'main',
  error: 'the go1.x runtime starts the handler as a program, and source code does not run',
  check(h: string): string | undefined {
    return /\.go$/i.test(h) ? `it names the Go source file ${h}, not the executable built from it` : undefined;
  },
};

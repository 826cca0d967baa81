import { basename, posix } from 'node:path';
import { globToRegExp } from '../src/core/glob.js';
import { contextPath, pathWithin } from '../src/core/paths.js';
import { defineRule, envPathList, envWritten, expand, intendedExec, parentsLanding, overrideUnresolved, HANDLER_BODY_NEED, type MessageSpec, type RuleContext } from '../src/engine/rule-kit.js';
import { AWS_PYTHON_GOOD, PYTHON_HANDLER } from './doc-examples.js';
import type { DockerfileModel, Instruction, Stage } from '../src/dockerfile/model.js';
import { GO1X_HANDLER, HANDLER_FORMATS } from '../src/knowledge/handlers.js';
import { BASE_ENTRYPOINT, ricById, type HandlerFamily } from '../src/knowledge/ric.js';
import type { DockerfileContract, FunctionVerdict, ImageContract, Launch } from '../src/lambda/contract.js';

/** The words of missingCmd: an error only when a deploy configuration was read and sets no Command either. */
function noCmd(deploy: boolean): { deployNote: string; unless: string; severity: 'error' | 'warning' } {
  return deploy
    ? { deployNote: " and the function's image configuration sets no Command", unless: ', so every invocation fails', severity: 'error' }
    : { deployNote: '', unless: " from the image; unless the function's ImageConfig.Command sets one (the Dockerfile alone cannot show it), every invocation fails", severity: 'warning' };
}

const EXIT_142 = 'it exits with code 142 ("entrypoint requires the handler name to be the first argument", Runtime.ExitError)';

const IMPORT_ERROR: Partial<Record<HandlerFamily, (module: string) => string>> = {
  python: (m) => `Runtime.ImportModuleError: Unable to import module '${m}'`,
  nodejs: (m) => `Runtime.ImportModuleError: Error: Cannot find module '${m}'`,
  ruby: (m) => `LoadError: cannot load such file -- ${m}`,
};

function json(argv: string[]): string {
  return JSON.stringify(argv).replace(/","/g, '", "');
}

const globRe = (path: string): RegExp => globToRegExp(path);

/**
 * Whether the image gets anything a function could be: a COPY or ADD, unless every one goes into the runtime's own
 * folders (/var/runtime, /var/lang, /opt) and one installs a language runtime in /var/lang: a runtime base image, as
 * AWS builds its own, with no code (a bootstrap alone in /var/runtime is a function's, which needs its CMD).
 */
function copiesAnything(df: DockerfileModel, lineage: readonly Stage[]): boolean {
  const stages = new Set(lineage);
  const dests = df.instructions.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.stage !== undefined && stages.has(i.stage)).map((i) => (i.copy ? expand(i.copy.dest, i.scope).value : ''));
  if (dests.length === 0) return false;
  return !(dests.some((d) => pathWithin(d, '/var/lang')) && dests.every((d) => RUNTIME_DIRS.some((r) => pathWithin(d, r))));
}
const RUNTIME_DIRS = ['/var/runtime', '/var/lang', '/opt'];

const messages = {
  missingCmd: {
    // A warning from the Dockerfile alone: the function's ImageConfig.Command may set the handler, and the
    // tool cannot see it here (unknown is never an error). An error when a deploy configuration was read
    // (it would have set CMD) and sets none.
    text: 'There is no CMD{{deployNote}}, so {{launcher}} gets no handler{{unless}}: {{consequence}}.',
    severity: 'warning',
    fix: 'Add CMD ["{{example}}"] to the Dockerfile, or set ImageConfig.Command on the function (AWS takes the handler from either); lint the deploy configuration to have it checked.',
  },
  shellCmd: {
    text: 'CMD in shell form reaches {{launcher}} as {{argv}}: {{consequence}}.',
    severity: 'error',
    fix: 'Write CMD in exec form: CMD {{fixed}}.',
  },
  notOneElement: {
    text: 'CMD {{cmd}} passes {{count}} arguments to /lambda-entrypoint.sh, which takes exactly one (the handler): {{consequence}}.',
    severity: 'error',
    fix: '{{fix}}',
  },
  handlerVariable: {
    text: 'The handler "{{handler}}" holds {{variable}}, which the exec (JSON) form of {{keyword}} does not expand (no shell runs it): the runtime receives it as written, cannot load it, and every invocation fails.',
    severity: 'error',
    fix: '{{fix}}',
  },
  badFormat: {
    text: 'Handler "{{handler}}" is not of the {{family}} form {{form}}: {{reason}} ({{error}}).',
    severity: 'error',
    fix: 'Use the form {{form}}, e.g. "{{example}}".',
  },
  moduleMissingInImage: {
    evidence: 'image',
    text: 'Handler "{{handler}}" (from {{source}}) needs {{files}} in {{root}}, but the image has none of them; every invocation fails with {{error}}.',
    severity: 'error',
    fix: 'COPY {{file}} into {{root}}, or correct the handler.',
  },
  functionMissingInImage: {
    evidence: 'image',
    text: 'Handler "{{handler}}": {{path}} does not define {{fn}} ({{looked}}); every invocation fails with {{error}}.',
    severity: 'error',
    fix: 'Define {{fn}} in {{path}} (or export it), or correct the handler name.',
  },
  handlerIsWebApp: {
    text: 'Handler "{{handler}}": {{fn}} in {{path}} is a {{framework}} application ({{kind}}), not a Lambda handler: Lambda calls it with (event, context), which {{kindA}} application does not take, and every invocation fails with a TypeError.',
    severity: 'error',
    fix: '{{fix}}',
  },
  commonJsInEsm: {
    text: 'Handler "{{handler}}": Node.js loads {{path}} as an ES module ({{why}}), but it is written as CommonJS (exports.x = ..., module.exports, require(...)): none of them exists there, so the function fails to load ("ReferenceError: exports is not defined in ES module scope", or module, or require).',
    severity: 'error',
    fix: 'Compile or write it as an ES module (export const handler = ...), or make Node.js load it as CommonJS: a .cjs (or .js without "type": "module") file.',
  },
  functionMissing: {
    text: 'Handler "{{handler}}": {{path}} does not define {{fn}} ({{looked}}); every invocation fails with {{error}}.',
    severity: 'error',
    fix: 'Name the function the module defines in the handler, or define {{fn}} in {{path}}.',
  },
  moduleNotCopied: {
    text: 'Handler "{{handler}}" needs {{files}} in {{root}}, but no COPY puts it in the image; every invocation fails with {{error}}.{{judged}}',
    severity: 'error',
    fix: 'COPY {{file}} into {{root}}, or correct the handler.',
  },
  folderFlattened: {
    text: 'Handler "{{handler}}" loads {{files}} from {{root}}, but the COPY at line {{line}} puts what is inside {{folder}}/ into {{root}} (Docker copies a folder\'s contents, not the folder) and no COPY creates {{root}}/{{folder}}; every invocation fails with {{error}}. Judged from the names in the Dockerfile: if {{folder}}/ holds a {{folder}} folder of its own, ignore this.',
    severity: 'warning',
    fix: 'Name the module where it lands ("{{suggest}}"), or copy the folder to its own name (COPY {{folder}}/ {{root}}/{{folder}}/).',
  },
  moduleElsewhere: {
    text: 'Handler "{{handler}}" loads {{files}} from {{root}}, but the COPY at line {{line}} puts the module at {{found}}; every invocation fails with {{error}}.{{judged}}',
    severity: 'error',
    fix: 'Name the module where it is in the handler ("{{suggest}}"), or copy it to {{root}}/{{file}}.',
  },
} satisfies Record<string, MessageSpec>;

type MessageId = keyof typeof messages;
type Ctx = RuleContext<MessageId>;

export default defineRule({
  code: 'LL103',
  name: 'handler-invalid',
  severity: 'error',
  since: '0.1.0',
  sameAs: ['hadolint DL3025', 'BuildKit JSONArgsRecommended'],
  needs: { facts: ['lineage', 'lambda'], dockerfile: true, context: true, history: false, image: { bodies: [HANDLER_BODY_NEED] } },
  docs: {
    what: 'Checks that CMD fits the entrypoint that receives it. With the AWS base entrypoint (/lambda-entrypoint.sh), CMD must exist, be in exec form and hold exactly one string: the handler. With a runtime interface client as ENTRYPOINT, the first argument after it (or CMD) is the handler. A handler that names a web framework\'s application object (`app = FastAPI()` or `Flask(...)`: an ASGI or WSGI application, not a function of (event, context)) is an error, with the module\'s own adapter (`handler = Mangum(app)`) as the fix when it has one. A handler written with a variable (`CMD ["${HANDLER}"]`) is an error: the exec form expands none, so the runtime receives the variable\'s name. The handler must have the runtime\'s form: Python `module.function` (dots or slashes in the module), Node.js `file.export` (no `..`), Java `pkg.Class::method` or `pkg.Class`, .NET `Assembly::Namespace.Class::Method`, Ruby `file.method` or `file.Class.method`; provided / Rust need no handler form, and on the go1.x base the handler is the name of the executable (not a .go source file). When the build context is readable, the handler\'s module (module.py, package/__init__.py, file.js/.mjs/.cjs, file.rb) must be copied into the image, and define the function (bundler output whose exports are made at run time is left unjudged); a Node.js module that Node.js loads as an ES module (.mjs, or .js under a package.json with "type": "module") must not export the CommonJS way (`exports.handler = ...` there throws "exports is not defined in ES module scope"); without the context this is judged, as a warning, only on an AWS base: when every source the Dockerfile copies names a file and no wildcard could match the module; when no COPY can land the module where the runtime loads it, judged by where each COPY lands (`COPY src/ ${LAMBDA_TASK_ROOT}/src/` cannot give /var/task/app.py; PYTHONPATH folders count); or when the handler names a folder (`src/index.handler`) whose contents a COPY flattens into the task root (`COPY src/* .`: Docker copies a folder\'s contents, not the folder) and no COPY creates that folder. On a custom base the runtime family comes from the client that ENTRYPOINT launches. A missing CMD is a warning when the Dockerfile is linted alone, because AWS takes the handler from the Dockerfile\'s CMD or from the function\'s ImageConfig.Command, which the Dockerfile cannot show; it is an error when a deploy configuration is linted and sets no Command either. An AWS-based Dockerfile that copies nothing into the image, or only into the runtime\'s folders (/var/runtime, /var/lang, /opt) with a language runtime in /var/lang, and has no CMD is a base image meant for other Dockerfiles (they add the code and the CMD) and is not reported.',
    why: '/lambda-entrypoint.sh checks `$# -ne 1` and exits with code 142 ("entrypoint requires the handler name to be the first argument") when CMD is missing, in shell form (which becomes `/bin/sh -c ...`, three arguments) or has several elements: Lambda shows `Runtime exited with error: exit status 142`. A malformed handler fails every invocation with `Runtime.MalformedHandlerName` (Python, Node.js; a file name such as `app.py` or `index.js` splits into a module and a function named after the extension: `Runtime.HandlerNotFound`), `Class not found` (Java) or `ArgumentError: Invalid handler` (Ruby); a handler whose module is not in the image fails with `Runtime.ImportModuleError: Unable to import module`.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["python", "app.py"]\n',
      context: PYTHON_HANDLER,
    },
    good: AWS_PYTHON_GOOD,
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-parms.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/csharp-handler.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/ruby-handler.html',
    ],
  },
  messages,
  create(ctx) {
    // The function's ImageConfig sets what this judges to a value not resolved here: unknown, said as not checked.
    if (overrideUnresolved(ctx.deploy, 'command', 'entryPoint', 'workingDirectory')) return {};
    return {
      image() {
        checkImageHandler(ctx, ctx.facts.lambda.image!);
      },
      end() {
        const t = ctx.target;
        const a = ctx.facts.lambda.dockerfile;
        if (!t || !a || t.base.kind.kind === 'lambda-ready') return;
        // LL101 reports a missing client as the root cause; but on a base this tool does not know, an ENTRYPOINT that
        // starts a client by name (python -m awslambdaric) says the base holds it: its handler is judged.
        const clientInBase = a.clientMissing && t.base.kind.kind === 'other' && t.base.kind.os === undefined && t.entrypoint?.value.exec !== undefined && a.classify(t.entrypoint.value.exec).kind === 'ric';
        if (a.clientMissing && !clientInBase) return;
        const h = handlerOf(ctx, t, a);
        if (!h || !h.family || !h.handler) return;
        if (h.handler.includes('$')) return void handlerVariable(ctx, t, h);
        if (t.base.kind.kind === 'aws' && t.base.kind.family === 'go') {
          const reason = GO1X_HANDLER.check(h.handler);
          if (reason) ctx.report({ messageId: 'badFormat', data: { handler: h.handler, family: 'go1.x', form: GO1X_HANDLER.form, reason, error: GO1X_HANDLER.error, example: GO1X_HANDLER.example }, at: h.at });
          return;
        }
        const fmt = HANDLER_FORMATS[h.family];
        if (!fmt) return;
        const reason = fmt.check(h.handler);
        if (reason) {
          ctx.report({ messageId: 'badFormat', data: { handler: h.handler, family: h.family, form: fmt.form, reason, error: fmt.errorFor?.(h.handler) ?? fmt.error, example: fmt.example }, at: h.at });
          return;
        }
        // With the built image at hand its filesystem is the exact evidence.
        if (ctx.mode === 'image' && ctx.image) return;
        // Such a base may hold the module too: only a module the build copies is judged.
        checkModuleCopied(ctx, a, h, clientInBase);
      },
    };
  },

});

/**
 * What the shellCmd message says of a CMD in shell form: the argv it reaches the launcher as, why (an exec-form array
 * that is not JSON names its fault), and the exec form it meant (its one word or handler, else the runtime's example).
 */
function shellCmdData(cmd: NonNullable<Stage['cmd']>, launcher: string, consequence: string, example: string): Record<string, string> {
  const shell = cmd.value.shell ?? '';
  const meant = cmd.from?.jsonInvalid ? intendedExec(shell) : undefined;
  const invalidJson = cmd.from?.jsonInvalid ? `it is not valid JSON (${meant?.problem ?? 'it is not valid JSON'}), so Docker treats it as shell form: ` : '';
  const handler = /^[\w./:-]+$/.test(shell) ? shell : meant?.words.length === 1 ? meant.words[0] : example;
  return { launcher, argv: json(['/bin/sh', '-c', shell]), consequence: `${invalidJson}${consequence}`, fixed: json([handler]) };
}

/** The handler Lambda passes, the runtime family that loads it, where it is written and the root it loads from. */
interface HandlerUse {
  family: HandlerFamily;
  handler: string;
  at: Instruction;
  root: string;
}

/**
 * The handler of the Dockerfile: CMD's one element under the AWS base entrypoint, or the argument after the runtime
 * client that ENTRYPOINT launches (else CMD's first element). Reports a CMD that cannot carry it; undefined when
 * there is no handler to judge.
 */
function handlerOf(ctx: Ctx, t: Stage, a: DockerfileContract): HandlerUse | undefined {
  const kind = t.base.kind;
  const ep = t.entrypoint?.value;
  const baseMode = kind.kind === 'aws' && (!t.entrypoint?.from || (ep?.exec?.length === 1 && ep.exec[0] === BASE_ENTRYPOINT));
  // A bootstrap of its own in /var/runtime replaces the runtime's (a custom runtime on a language base): the
  // base's /lambda-entrypoint.sh still wants one argument, but that program reads the handler, not the language's runtime.
  const ownRuntime = a.evidence.some((e) => e.path === '/var/runtime/bootstrap' && (e.compiled || e.ric === 'bootstrap'));
  if (baseMode) return baseHandler(ctx, t, kind.family === 'go' || ownRuntime ? 'provided' : kind.family);
  if (t.entrypoint?.from && ep?.exec) return clientHandler(ctx, t, t.entrypoint.from, a.classify(ep.exec));
  return undefined;
}

/** /lambda-entrypoint.sh takes exactly one argument, CMD in exec form: the handler. */
function baseHandler(ctx: Ctx, t: Stage, family: HandlerFamily): HandlerUse | undefined {
  const cmd = t.cmd;
  const example = HANDLER_FORMATS[family]?.example ?? 'function.handler';
  if (!cmd) {
    // A base image meant for others (no COPY or ADD into the image: nothing of a function): their CMD comes later.
    if (!ctx.deploy && !copiesAnything(ctx.df, ctx.facts.lineage)) return undefined;
    const { severity, ...words } = noCmd(Boolean(ctx.deploy));
    ctx.report({ messageId: 'missingCmd', data: { launcher: BASE_ENTRYPOINT, consequence: EXIT_142, example, ...words }, severity, at: t.fromInstruction });
    return undefined;
  }
  const at = cmd.from ?? t.fromInstruction;
  if (cmd.value.shell !== undefined) {
    ctx.report({ messageId: 'shellCmd', data: shellCmdData(cmd, BASE_ENTRYPOINT, `three arguments instead of one, so ${EXIT_142}`, example), at });
    return undefined;
  }
  const exec = cmd.value.exec ?? [];
  if (exec.length !== 1) {
    // With the Web Adapter the command is the web app: it belongs in ENTRYPOINT (the adapter's README, for AWS base images).
    const adapter = ctx.facts.lambda.dockerfile?.evidence.some((e) => e.ric === 'web-adapter');
    const fix = adapter ? `The image runs the Lambda Web Adapter: start the web app from ENTRYPOINT instead, ENTRYPOINT ${json(exec)} with CMD [].` : `Keep only the handler, e.g. CMD ["${example}"]; to run another program, override ENTRYPOINT instead.`;
    ctx.report({ messageId: 'notOneElement', data: { cmd: json(exec), count: exec.length, consequence: EXIT_142, fix }, at });
    return undefined;
  }
  return { family, handler: exec[0], at, root: '/var/task' };
}

/** A runtime client as ENTRYPOINT (also wrapped by the emulator) takes the handler after it, else from CMD. */
function clientHandler(ctx: Ctx, t: Stage, epIns: Instruction, outer: Launch): HandlerUse | undefined {
  const launch = outer.kind === 'rie' && outer.inner?.kind === 'ric' ? outer.inner : outer;
  const ric = launch.ric ?? launch.inner?.ric;
  if (!ric || (launch.kind !== 'ric' && launch.kind !== 'script')) return undefined;
  const spec = ricById(ric);
  const family = spec.handlerFamily;
  const root = t.workdir?.value ?? '/';
  const cmd = t.cmd;
  const example = HANDLER_FORMATS[family]?.example ?? 'function.handler';
  if (launch.kind === 'ric' && launch.handlerIndex !== undefined && launch.argv.length > launch.handlerIndex) return { family, handler: launch.argv[launch.handlerIndex], at: epIns, root };
  if (cmd?.value.shell !== undefined) {
    ctx.report({ messageId: 'shellCmd', data: shellCmdData(cmd, spec.label, 'the client takes "/bin/sh" as the handler', example), at: cmd.from ?? epIns });
    return undefined;
  }
  if (cmd?.value.exec?.length) return { family, handler: cmd.value.exec[0], at: cmd.from ?? epIns, root };
  if (launch.kind === 'ric' && ric !== 'dotnet' && spec.handlerFamily !== 'provided') {
    // Lambda passes CMD as the handler (and sets _HANDLER from it): without CMD there is none.
    const consequence = spec.handlerFromArgv ? 'it reads the handler from its first argument and fails with "Handler not set"' : 'Lambda sets _HANDLER from CMD, so the client starts with no handler to load';
    ctx.report({ messageId: 'missingCmd', data: { launcher: spec.label, consequence, example, ...noCmd(Boolean(ctx.deploy)) }, severity: noCmd(Boolean(ctx.deploy)).severity, at: epIns });
  }
  return undefined;
}

/**
 * Is the handler's module copied into the root it loads from, and does it define the function? Only when
 * everything that writes there is visible (no opaque writes) and the build context is readable.
 */
function checkModuleCopied(ctx: Ctx, a: DockerfileContract, h: HandlerUse, copiedOnly = false): void {
  const { family, handler, root, at } = h;
  const fmt = HANDLER_FORMATS[family]!;
  const context = ctx.context;
  if (context?.truncated || !fmt.moduleFiles || a.opaqueWrites.length > 0) return;
  const rels = fmt.moduleFiles(handler);
  if (!rels?.length) return;
  if (!context && !namedOnlyShows(a, rels)) {
    if (checkFolderFlattened(ctx, a, h, rels) || !noCopyCanLand(a, root, rels)) return;
  }
  // Python imports the module from each PYTHONPATH folder too (awslambdaric/bootstrap.py and the AWS base's runtime
  // use importlib.import_module, which searches sys.path).
  const roots = [root, ...(family === 'python' ? envPathList(a.target, 'PYTHONPATH') : [])];
  const wanted = roots.flatMap((r0) => rels.map((r) => globRe(posix.join(r0, r))));
  const module = a.files.filter((f) => wanted.some((re) => re.test(f.path)));
  if (module.length === 0 && copiedOnly) return;
  if (module.length > 0) {
    if (!context) return;
    // The module is copied from the context: does it define the function? (readable source only)
    const f = module[module.length - 1];
    const text = f.contextPath && /\.(py|js|mjs|cjs|rb)$/.test(f.path) && module.length === 1 ? context.read(f.contextPath, 1 << 20) : undefined;
    if (text === undefined) return;
    if (family === 'nodejs' && loadsAsEsm(a, f.path, context) && ctx.facts.lambda.commonJsInEsm(text)) {
      ctx.report({ messageId: 'commonJsInEsm', data: { handler, path: f.contextPath!, why: f.path.endsWith('.mjs') ? 'its name ends in .mjs' : 'the nearest package.json says "type": "module"' }, at });
      return;
    }
    const verdict = ctx.facts.lambda.functionDefined(family, handler, text, false);
    if (verdict.defined === false) ctx.report({ messageId: 'functionMissing', data: { handler, path: f.contextPath!, fn: verdict.fn, looked: verdict.looked, error: verdict.error }, at });
    if (verdict.webApp) ctx.report({ messageId: 'handlerIsWebApp', data: webAppData(handler, verdict.fn, f.contextPath!, verdict.webApp), at });
    return;
  }
  // Without the context a source named like a file is taken to be one: a warning, since it could be a folder.
  const severity = context ? undefined : ('warning' as const);
  const judged = context ? '' : ' Judged from the names in the Dockerfile (the build context was not read): if a source named like a file is a folder holding the module, ignore this.';
  // Found by its name elsewhere: the module file, or a package's __init__.py under the package's folder name (any
  // __init__.py is no match for module `handler`).
  const tails = rels.map((r) => { const parts = r.split('/'); const n = parts[parts.length - 1] === '__init__.py' ? 2 : 1; return { n, re: globRe(parts.slice(-n).join('/')) }; });
  const sameName = a.files.filter((f) => tails.some(({ n, re }) => re.test(f.path.split('/').slice(-n).join('/'))));
  const moduleName = rels[0].replace(/\.\w+$/, '');
  const error = IMPORT_ERROR[family]?.(moduleName) ?? fmt.error;
  const files = rels.filter((r) => !r.includes('*') && !r.endsWith('.pyc') && /\./.test(basename(r))).join(' or ');
  // In the root under another folder (`COPY handler.js /var/task/` for "src/handler.handler"): the handler names
  // the wrong path. Outside the root: LL104 reports the directory.
  const inRoot = sameName.find((f) => pathWithin(f.path, root));
  if (inRoot) {
    const fn = handler.slice(handler.lastIndexOf('.') + 1);
    const suggest = `${posix.relative(root, inRoot.path).replace(/\.\w+$/, '')}.${fn}`;
    ctx.report({ messageId: 'moduleElsewhere', data: { handler, files, root, error, found: inRoot.path, line: String(inRoot.ins.span.line), suggest, judged, file: rels.find((r) => /\.\w+$/.test(r)) ?? rels[0] }, at, severity });
    return;
  }
  if (sameName.length > 0) return;
  ctx.report({ messageId: 'moduleNotCopied', data: { handler, files, root, error, judged, file: rels.find((r) => /\.\w+$/.test(r)) ?? rels[0] }, at, severity });
}

/** Files a runtime loads as code. */
const MODULE_FILE = /\.(py|pyc|js|mjs|cjs|ts|rb|jar|class|dll|so)$/;

/**
 * Whether Node.js loads the module as an ES module: a .mjs file, or a .js file whose nearest package.json in the image
 * (copied from the build context) says "type": "module" (https://nodejs.org/api/packages.html#type).
 */
function loadsAsEsm(a: DockerfileContract, path: string, context: NonNullable<Ctx['context']>): boolean {
  if (path.endsWith('.mjs')) return true;
  if (!path.endsWith('.js')) return false;
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    const pkg = a.files.filter((f) => f.path === posix.join(dir, 'package.json')).pop();
    if (pkg) {
      const text = pkg.contextPath ? context.read(pkg.contextPath, 1 << 20) : undefined;
      if (text === undefined) return false;
      try {
        return (JSON.parse(text) as { type?: unknown }).type === 'module';
      } catch {
        return false;
      }
    }
    if (dir === '/' || dir === '.') return false;
  }
}

/**
 * Without the build context, on an AWS base (its /var/task starts empty): the handler names its module under a
 * folder (`src/index.handler`), a COPY puts what is inside that folder into the root (`COPY src/* .`, `COPY src/ .`:
 * Docker copies a folder's contents, not the folder), and no COPY can create the folder there. Only a folder of the
 * same name nested inside it (src/src/index.py) could still bring the module: a warning, judged from the names.
 */
function checkFolderFlattened(ctx: Ctx, a: DockerfileContract, h: HandlerUse, rels: string[]): boolean {
  const bottom = a.lineage[a.lineage.length - 1] ?? a.target;
  const folder = rels[0].split('/')[0];
  if (bottom.base.kind.kind !== 'aws' || !rels.every((r) => r.includes('/') && r.split('/')[0] === folder) || /[*?[]/.test(folder)) return false;
  const target = posix.join(h.root, folder);
  let flattened: Instruction | undefined;
  for (const s of a.lineage) {
    for (const ins of s.instructions) {
      const copy = ins.copy;
      if (!copy || copy.from !== undefined) continue;
      if (copy.dest.includes('$') || copy.sources.some((src) => src.includes('$'))) return false;
      const dest = copy.dest.replace(/\/+$/, '') || '/';
      if (pathWithin(dest, target)) return false; // COPY ... src/ (or deeper): the folder is created
      if (!pathWithin(target, dest)) continue; // lands elsewhere
      for (const src of copy.sources) {
        const path = contextPath(src);
        const named = !/[*?[]/.test(path) && /\.\w+$/.test(basename(path));
        const inside = path === folder || (posix.dirname(path) === folder && /[*?[]/.test(basename(path)));
        if (named) continue; // a file keeps its own name
        if (!inside) return false; // the whole context or another folder may hold it
        if (dest === h.root) flattened ??= ins;
      }
    }
  }
  if (!flattened) return false;
  const { handler, at, family } = h;
  const moduleName = rels[0].replace(/\.\w+$/, '');
  const error = IMPORT_ERROR[family]?.(moduleName) ?? HANDLER_FORMATS[family]!.error;
  const files = rels.filter((r) => !r.includes('*') && !r.endsWith('.pyc') && /\./.test(basename(r))).join(' or ');
  const sep = handler.includes('/') ? '/' : '.';
  const suggest = handler.slice(handler.indexOf(sep) + 1);
  ctx.report({ messageId: 'folderFlattened', data: { handler, files, root: h.root, folder, line: String(flattened.span.line), error, suggest }, at, severity: 'warning' });
  return true;
}

/**
 * Without the build context, on an AWS base (its /var/task starts empty): can any COPY put the handler's module where
 * the runtime loads it? Judged from where each COPY lands: a file named in the Dockerfile lands under its own name, a
 * folder, a wildcard or the whole context lands anywhere below the destination. `COPY src/ ${LAMBDA_TASK_ROOT}/src/`
 * cannot give /var/task/app.py.
 */
function noCopyCanLand(a: DockerfileContract, root: string, rels: string[]): boolean {
  const bottom = a.lineage[a.lineage.length - 1] ?? a.target;
  if (bottom.base.kind.kind !== 'aws') return false;
  // PYTHONPATH / NODE_PATH / RUBYLIB folders are searched too.
  const extra = ['PYTHONPATH', 'NODE_PATH', 'RUBYLIB'].flatMap((v) => (a.target.env.get(v)?.value ?? '').split(':')).filter(Boolean);
  if (extra.some((d) => d.includes('$'))) return false;
  const roots = [root, ...extra];
  const wanted = rels.filter((r) => !r.includes('*')).flatMap((r) => roots.map((d) => posix.join(d, r)));
  let copies = 0;
  for (const s of a.lineage) {
    for (const ins of s.instructions) {
      const copy = ins.copy;
      if (!copy) continue;
      // A heredoc writes a file this check does not name; a stage or a variable may bring anything.
      if (copy.from !== undefined || copy.heredocs.length > 0 || copy.dest.includes('$') || copy.sources.some((src) => src.includes('$'))) return false;
      copies++;
      const dest = copy.dest.replace(/\/+$/, '') || '/';
      const destIsDir = copy.dest.endsWith('/') || copy.sources.length > 1 || a.knownDirs.has(dest);
      for (const src of copy.sources) {
        const path = contextPath(src);
        const named = path !== '' && !/[*?[]/.test(path) && /\.\w+$/.test(basename(path));
        // Code copied outside the task root, or a folder kept in a folder inside it, is LL104's finding, not a missing module.
        if (!pathWithin(dest, root) && (!named || MODULE_FILE.test(path))) return false;
        if (!named && dest !== root && pathWithin(dest, root)) return false;
        const lands = named ? (copy.parents ? parentsLanding(src, path.replace(/\/\.\//, '/'), dest) : destIsDir ? posix.join(dest, basename(path)) : dest) : undefined;
        if (lands !== undefined ? wanted.includes(lands) : wanted.some((w) => pathWithin(w, dest) && w !== dest)) return false;
      }
    }
  }
  return copies > 0;
}

/**
 * Without the build context: on an AWS base (its /var/task starts empty), when every context source names a file and
 * no wildcard can match the module's file name, the files the Dockerfile names are all the code there is.
 */
function namedOnlyShows(a: DockerfileContract, rels: string[]): boolean {
  const bottom = a.lineage[a.lineage.length - 1] ?? a.target;
  if (bottom.base.kind.kind !== 'aws' || !a.namedOnly) return false;
  const names = rels.map((r) => basename(r));
  return !a.namedOnly.some((p) => names.some((n) => globRe(p).test(n) || globRe(n).test(p)));
}

/**
 * A handler written with a variable in the Dockerfile's exec form (`CMD ["${LAMBDA_HANDLER}"]`): Docker expands no
 * variable in CMD or ENTRYPOINT (docs.docker.com/reference/dockerfile/#cmd), and /lambda-entrypoint.sh passes "$@" on
 * as it is. A handler the deploy configuration sets is not the Dockerfile's.
 */
function handlerVariable(ctx: Ctx, t: Stage, h: HandlerUse): void {
  const written = envWritten(t, h.handler);
  if (!written || ctx.deploy?.imageConfig?.command || (h.at.keyword !== 'CMD' && h.at.keyword !== 'ENTRYPOINT')) return;
  const argv = (h.at.keyword === 'CMD' ? t.cmd?.value.exec : t.entrypoint?.value.exec) ?? [h.handler];
  const fix = !written.known || written.value === '' ? `Write the handler out in ${h.at.keyword} (e.g. "${HANDLER_FORMATS[h.family]?.example ?? 'app.handler'}"), or set it with ImageConfig.Command in the function's configuration.` : `Write the handler out: ${h.at.keyword} ${json(argv.map((w) => (w === h.handler ? written.value : w)))}.`;
  ctx.report({ messageId: 'handlerVariable', data: { handler: h.handler, variable: `$${written.variable}`, keyword: h.at.keyword, fix }, at: h.at });
}

/**
 * The words of handlerIsWebApp: the module's own adapter when it has one (`handler = Mangum(app)`), else the adapter
 * that makes the application a handler (Mangum for ASGI, apig-wsgi for WSGI).
 */
function webAppData(handler: string, fn: string, path: string, app: NonNullable<FunctionVerdict['webApp']>): Record<string, string> {
  const module = handler.slice(0, handler.lastIndexOf('.'));
  const fix = app.adapter
    ? `Point the handler at the module's adapter: "${module}.${app.adapter}" (CMD or ImageConfig.Command).`
    : app.kind === 'ASGI'
      ? `Wrap the application with Mangum (pip install mangum): handler = Mangum(${fn}) in ${path}, and use the handler "${module}.handler"; or run it as a web app with the Lambda Web Adapter.`
      : `Wrap the application with apig-wsgi (pip install apig-wsgi): handler = make_lambda_handler(${fn}) in ${path}, and use the handler "${module}.handler"; or run it as a web app with the Lambda Web Adapter.`;
  return { handler, fn, path, framework: app.framework, kind: app.kind, kindA: app.kind === 'ASGI' ? 'an ASGI' : 'a WSGI', fix };
}

/** The built image: the handler's module where its runtime loads it, defining the function. */
function checkImageHandler(ctx: Ctx, c: ImageContract): void {
  const h = c.handler;
  if (!h || h.value.includes('$')) return;
  const fmt = HANDLER_FORMATS[h.family];
  if (!fmt || fmt.check(h.value)) return; // the Dockerfile evidence reports malformed handlers
  const found = c.handlerModule(h.family, h.value, h.root, c.baseMode);
  if (found.kind === 'unknown') return;
  if (found.kind === 'missing') {
    if (found.elsewhere) return; // LL104 reports the working directory
    ctx.report({ messageId: 'moduleMissingInImage', data: { handler: h.value, source: h.source, files: found.wanted.join(' or '), root: h.root, error: found.error, file: found.wanted[0] }, source: 'image-config' });
    return;
  }
  if (!found.path) return;
  const body = ctx.image!.body(found.path);
  if (!body) return;
  const verdict = ctx.facts.lambda.functionDefined(h.family, h.value, body.data.toString('utf8'), body.truncated);
  if (verdict.webApp) ctx.report({ messageId: 'handlerIsWebApp', data: webAppData(h.value, verdict.fn, found.path, verdict.webApp), source: 'image-layer', layer: found.layer });
  if (verdict.defined !== false) return;
  ctx.report({ messageId: 'functionMissingInImage', data: { handler: h.value, path: found.path, fn: verdict.fn, looked: verdict.looked, error: verdict.error }, source: 'image-layer', layer: found.layer });
}

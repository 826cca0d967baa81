import { posix } from 'node:path';
import { defineRule, installs, commandName, isShell, type EnvVar, type MessageSpec, type RuleContext, type StageEnv } from '../src/engine/rule-kit.js';
import type { DockerfileModel, Instruction, Stage } from '../src/dockerfile/model.js';
import { type ShellCommand } from '../src/dockerfile/shell.js';
import { NPM_CACHE, RUNTIME_WRITERS, normalizePyName, underTmp } from '../src/knowledge/writable-paths.js';
import { PYTHON_LOCKS, lockedPythonPackages } from '../src/knowledge/dependency-manifests.js';
import { hubRepository } from '../src/knowledge/base-images.js';

const PY_MANAGERS = new Set(['pip', 'uv', 'poetry', 'pipenv', 'conda']);
const TRUE = new Set(['1', 'true', 'yes', 'on']);

/** Package names of a requirements file (one level of nested -r). */
function requirementNames(text: string, read: (path: string) => string | undefined, depth = 0): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const nested = /^(?:-r|--requirement)(?:\s+|=)(\S+)/.exec(line);
    if (nested) {
      if (depth < 2) {
        const body = read(nested[1]);
        if (body) out.push(...requirementNames(body, read, depth + 1));
      }
      continue;
    }
    if (line.startsWith('-')) continue;
    const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (name) out.push(normalizePyName(name));
  }
  return out;
}

function baseName(p: string): string {
  return p.split('/').filter(Boolean).pop() ?? p;
}

function isNpxRic(cmd: ShellCommand): boolean {
  return commandName(cmd) === 'npx' && cmd.args.some((a) => a === 'aws-lambda-ric' || a.startsWith('aws-lambda-ric@'));
}

function npxCacheOption(cmd: ShellCommand): string | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i];
    if (a === '--cache') return cmd.args[i + 1];
    if (a.startsWith('--cache=')) return a.slice('--cache='.length);
  }
  return undefined;
}

function envValue(env: StageEnv, name: string): EnvVar | undefined {
  const s = env.get(name);
  if (!s || s.unresolved.length > 0) return undefined; // unknown value: cannot judge
  return s;
}

const messages = {
  npxCache: {
    text: 'ENTRYPOINT{{via}} starts the runtime client with `npx aws-lambda-ric`, and npm writes its cache to {{where}}, which is read-only on Lambda: {{consequence}}.',
    severity: 'error',
    fix: 'Add ENV NPM_CONFIG_CACHE=/tmp/.npm, as the aws-lambda-ric README does.',
  },
  cacheOutsideTmp: {
    text: '{{variable}}={{value}} puts the {{library}} directory outside /tmp, and the image installs {{packages}}: on Lambda only /tmp is writable, so {{effect}}.',
    severity: 'error',
    fix: 'Use ENV {{suggested}}{{alternative}}.',
  },
  defaultUnderHome: {
    text: 'The image installs {{packages}} but nothing points the {{library}} directory at /tmp ({{variables}} unset), so it defaults to {{defaultPath}} in the home directory, which is read-only on Lambda; likely, {{effect}}.',
    severity: 'warning',
    fix: 'Add ENV {{suggested}}{{alternative}}.',
  },
  nextCache: {
    text: 'The image runs a Next.js server ({{launch}}), which writes its cache (pages it regenerates, fetched data, optimized images) to {{dir}}/.next/cache, outside /tmp: on Lambda those writes fail (EROFS: read-only file system).',
    severity: 'warning',
    fix: 'Link the cache to /tmp after copying the build: RUN ln -s /tmp/cache {{dir}}/.next/cache, as the Lambda Web Adapter\'s Next.js example does.',
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  code: 'LL108',
  name: 'write-outside-tmp',
  severity: 'error',
  since: '0.1.0',
  needs: { facts: ['env', 'lambda', 'lineage'], dockerfile: true, context: true, history: true },
  docs: {
    what: 'Finds run-time writes outside /tmp, the only writable directory on Lambda: an ENTRYPOINT that starts `npx aws-lambda-ric` while the npm cache (NPM_CONFIG_CACHE, else ~/.npm) is not under /tmp; and cache variables (NUMBA_CACHE_DIR, HF_HOME / HF_HUB_CACHE / TRANSFORMERS_CACHE, MPLCONFIGDIR, or HOME / XDG_CACHE_HOME they default to) set outside /tmp while the library that writes there is installed (pip, uv or conda installs in the stages that make the image, requirements files read from the build context, and for an install of the project itself (`pip install .`, `uv sync`, or a requirements file the RUN exports) the packages its uv.lock or poetry.lock pins). When nothing points such a library at /tmp at all, librosa/numba, Hugging Face and matplotlib are reported as warnings: their default location is in the home directory, which is read-only on Lambda. A Next.js server (`node server.js` beside a copied .next/standalone, or `next start`) whose .next/cache is not linked to /tmp is a warning: Next.js writes its cache there.',
    why: 'Lambda mounts the image read-only; writes anywhere but /tmp fail with "OSError: [Errno 30] Read-only file system" or EROFS. `import librosa` dies at init with "RuntimeError: cannot cache function ...: no locator available for file ...", npx cannot create its cache before starting the runtime client, and a Hugging Face model download fails on the first invoke. matplotlib survives but rebuilds its font cache in a fresh temporary directory on every cold start. Locally, under `docker run`, the same image works, because the container filesystem is writable.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nENV NUMBA_CACHE_DIR=/var/task/.numba\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'librosa==0.10.2\n', 'app.py': 'import librosa\n\ndef handler(event, context):\n    return librosa.__version__\n' },
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nENV NUMBA_CACHE_DIR=/tmp/numba_cache\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { 'requirements.txt': 'librosa==0.10.2\n', 'app.py': 'import librosa\n\ndef handler(event, context):\n    return librosa.__version__\n' },
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://github.com/aws/aws-lambda-nodejs-runtime-interface-client#usage',
      'https://github.com/librosa/librosa/issues/1868',
      'https://numba.readthedocs.io/en/stable/reference/envvars.html#envvar-NUMBA_CACHE_DIR',
      'https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables',
      'https://matplotlib.org/stable/install/environment_variables_faq.html',
    ],
  },
  messages,
  create(ctx) {
    return {
      end() {
        const target = ctx.target;
        if (!target) return;
        checkNpx(ctx, target);
        checkWriters(ctx, () => ctx.facts.env);
        checkNextCache(ctx, target);
      },
    };
  },
});

type Context = RuleContext<keyof typeof messages>;

/**
 * A Next.js standalone server (`node server.js` beside a copied .next/standalone, or `next start`): Next.js writes its
 * cache under .next/cache of the app's folder, so the image links it to /tmp
 * (github.com/awslabs/aws-lambda-web-adapter/blob/main/examples/nextjs: RUN ln -s /tmp/cache ./.next/cache).
 */
function checkNextCache(ctx: Context, target: Stage): void {
  const ep = target.entrypoint?.value.exec;
  const argv = ep ? [...ep, ...(target.cmd?.value.exec ?? [])] : target.cmd?.value.exec;
  if (!argv?.length) return;
  const lineage = ctx.facts.lineage;
  const copies = lineage.flatMap((s) => s.instructions).filter((i) => i.copy?.sources.some((src) => /(^|\/)\.next(\/standalone)?\/?$/.test(src)));
  const server = posix.basename(argv[0]) === 'node' && argv.some((a) => /(^|\/)server\.js$/.test(a)) && copies.length > 0;
  const nextStart = argv.some((a, i) => /(^|\/)next$/.test(a) && argv[i + 1] === 'start');
  if (!server && !nextStart) return;
  // Linked elsewhere by a RUN (ln -s /tmp/cache ./.next/cache): not judged.
  const linked = lineage.flatMap((s) => s.instructions).some((i) => i.keyword === 'RUN' && ctx.df.shell(i)?.commands.some((c) => commandName(c) === 'ln' && c.args.some((a) => /\.next\/cache\/?$/.test(a))));
  if (linked) return;
  const dir = (target.workdir?.value ?? '/').replace(/(.)\/+$/, '$1');
  ctx.report({ messageId: 'nextCache', data: { launch: JSON.stringify(argv).replace(/","/g, '", "'), dir: dir === '/' ? '' : dir }, at: (ep ? target.entrypoint?.from : target.cmd?.from) ?? target.fromInstruction });
}

/** `npx aws-lambda-ric` in the target's ENTRYPOINT, with the npm cache outside /tmp. */
function checkNpx(ctx: Context, target: Stage): void {
  const ep = target.entrypoint;
  if (!ep?.from) return;
  const direct = entrypointCommands(ctx.df, ep.from, ep.value.exec).find(isNpxRic);
  const npx = direct ?? scriptCommands(ctx, ep.value.exec).find(isNpxRic);
  if (!npx) return;
  const via = direct ? '' : ` (through its script ${ep.value.exec![0]})`;
  const where = npmCacheOutsideTmp(npx, ctx.facts.env);
  if (where === undefined) return;
  // The aws-lambda-ric README asks for NPM_CONFIG_CACHE=/tmp/.npm "for runtimes which use npm@8.6.0+": certain only
  // on an official node image whose npm is that recent; elsewhere the npm version is not known here.
  const known = npmAtLeast86(target);
  ctx.report({ messageId: 'npxCache', data: { via, where, consequence: known ? 'npx fails (EROFS) before the function starts' : 'with npm 8.6.0 or later (the npm of this base image is not known here) npx fails (EROFS) before the function starts' }, at: ep.from, severity: known ? 'error' : 'warning' });
}

/**
 * Whether the official node image the target is built on ships npm 8.6.0 or later: Node.js 18.0.0 came with npm 8.6.0,
 * 16.16.0 with npm 8.11.0 (https://nodejs.org/en/about/previous-releases lists each release's npm); a tag with no
 * version (lts, current, slim) is a current release.
 */
function npmAtLeast86(target: Stage): boolean {
  let root = target;
  while (root.base.stage) root = root.base.stage;
  const ref = root.base.ref;
  if (hubRepository(ref) !== 'library/node' && hubRepository(ref) !== 'node') return false;
  const m = /^(\d+)(?:\.(\d+))?/.exec(ref.tag ?? 'latest');
  if (!m) return /^(latest|lts|current|slim|alpine|bookworm|bullseye|trixie|lts-|current-)/.test(ref.tag ?? 'latest');
  const major = Number(m[1]);
  const minor = m[2] === undefined ? undefined : Number(m[2]);
  return major >= 17 || (major === 16 && (minor === undefined || minor >= 16));
}

/**
 * The commands of the script an exec-form ENTRYPOINT runs, when the build copies it from the context (the emulator
 * guard AWS documents: `if [ -z "$AWS_LAMBDA_RUNTIME_API" ] ... else exec npx aws-lambda-ric "$@"`).
 */
function scriptCommands(ctx: Context, exec: string[] | undefined): ShellCommand[] {
  if (!exec?.length) return [];
  const launch = ctx.facts.lambda.dockerfile?.classify(exec);
  const content = launch?.kind === 'script' ? launch.script?.content : undefined;
  return content ? ctx.df.script(content).commands : [];
}

/** The commands an ENTRYPOINT runs: an exec-form `npx ...` itself, the body of `sh -c '...'`, or the shell form. */
function entrypointCommands(df: DockerfileModel, from: Instruction, exec: string[] | undefined): ShellCommand[] {
  if (!exec) return df.shell(from)?.commands ?? [];
  const name = baseName(exec[0] ?? '');
  if (name === 'npx') return [{ name: 'npx', args: exec.slice(1), literal: exec.slice(1).map(() => true), assignments: {}, text: exec.join(' '), pipeline: [], pipeIndex: 0, redirects: [], wrappers: [] }];
  if (isShell(name)) {
    const c = exec.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
    if (c > 0 && exec[c + 1]) return df.script(exec[c + 1]).commands;
  }
  return [];
}

/**
 * Where npm puts the cache of this npx, told for the message, when that is outside /tmp; undefined when it is
 * under /tmp or cannot be told. The first setting found decides: --cache, an assignment on the command line, the
 * environment's NPM_CONFIG_CACHE, else ~/.npm under HOME.
 */
function npmCacheOutsideTmp(npx: ShellCommand, env: StageEnv): string | undefined {
  const option = npxCacheOption(npx);
  if (option !== undefined) return underTmp(option) ? undefined : `${option} (--cache)`;
  const inline = NPM_CACHE.variables.map((v) => npx.assignments[v]).find((v) => v !== undefined);
  if (inline !== undefined) return underTmp(inline) ? undefined : inline;
  const cacheVar = NPM_CACHE.variables.map((v) => [v, env.get(v)] as const).find(([, s]) => s !== undefined);
  if (cacheVar) {
    const [name, s] = cacheVar;
    return s!.unresolved.length === 0 && !underTmp(s!.value) ? `${s!.value} (${name})` : undefined;
  }
  const home = env.get('HOME');
  if (home && (home.unresolved.length > 0 || underTmp(home.value))) return undefined;
  return home ? `${NPM_CACHE.defaultPath} (HOME=${home.value})` : `${NPM_CACHE.defaultPath} in the home directory`;
}

/** Python packages installed in the stages that make the image, with the RUN that installs each. */
function installedPython(ctx: Context): Map<string, Instruction> {
  const { df } = ctx;
  const out = new Map<string, Instruction>();
  const context = ctx.context;
  const read = (p: string) => context?.read(p.replace(/^\.\//, ''));
  for (const stage of df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'RUN') continue;
      for (const inst of installs(df.shell(ins))) {
        if (!PY_MANAGERS.has(inst.manager)) continue;
        for (const p of inst.packages) if (!out.has(normalizePyName(p))) out.set(normalizePyName(p), ins);
        if (!context) continue;
        let unread = false;
        for (const file of inst.files) {
          const body = requirementsBody(stage, ins, file, read);
          if (body === undefined) {
            unread = true;
            continue;
          }
          for (const name of requirementNames(body, read)) if (!out.has(name)) out.set(name, ins);
        }
        // The project's own dependencies (`pip install .`, `uv sync`, `poetry install`, or a requirements file the
        // RUN exports from the project: `uv export -o requirements.txt`): its lock file names them all, transitive ones too.
        const project = inst.packages.some((p) => p === '.' || p.startsWith('./')) || (['uv', 'poetry', 'pipenv'].includes(inst.manager) && ['sync', 'install'].includes(inst.subcommand) && inst.packages.length === 0) || unread;
        if (!project) continue;
        for (const lock of PYTHON_LOCKS) {
          const body = requirementsBody(stage, ins, lock, read);
          if (body === undefined) continue;
          for (const name of lockedPythonPackages(body)) if (!out.has(normalizePyName(name))) out.set(normalizePyName(name), ins);
          break;
        }
      }
    }
  }
  return out;
}

/** The build-context file a requirements path in a RUN came from: the COPY source with that name, else the path itself. */
function requirementsBody(stage: Stage, ins: Instruction, file: string, read: (p: string) => string | undefined): string | undefined {
  const wanted = baseName(file);
  for (const prior of stage.instructions) {
    if (prior.index >= ins.index) break;
    const copy = prior.copy;
    if (!copy || copy.from !== undefined) continue;
    for (const src of copy.sources) {
      if (baseName(src) === wanted) {
        const body = read(src);
        if (body !== undefined) return body;
      }
      if (src === '.' || src === './') {
        const body = read(file.startsWith('/') ? wanted : file);
        if (body !== undefined) return body;
      }
    }
  }
  return file.startsWith('/') || file.includes('$') ? read(wanted) : read(file);
}

/** Libraries that write a cache at run time, installed while their cache directory (or its default) is outside /tmp. */
function checkWriters(ctx: Context, envOf: () => StageEnv): void {
  const installed = installedPython(ctx);
  if (installed.size === 0) return;
  // The environment is made only for an image that installs one of these libraries (most do not).
  let known: StageEnv | undefined;
  for (const w of RUNTIME_WRITERS) {
    const present = w.packages.filter((p) => installed.has(p));
    if (present.length === 0) continue;
    const env = (known ??= envOf());
    if (w.offline.some((v) => TRUE.has((env.get(v)?.value ?? '').toLowerCase()))) continue;
    // The function's configuration sets one of them: Lambda gives it at run time over the image's ENV.
    if ([...w.variables, ...w.offline, 'HOME', 'XDG_CACHE_HOME'].some((v) => ctx.deploy?.envNames?.includes(v))) continue;
    const base = { library: w.library, effect: w.effect, suggested: w.suggested, alternative: w.alternative ?? '' };
    const own = w.variables.map((v) => [v, envValue(env, v)] as const).find(([, s]) => s !== undefined);
    if (own) {
      const [variable, s] = own;
      if (!underTmp(s!.value) && s!.from) {
        ctx.report({ messageId: 'cacheOutsideTmp', severity: w.severity, data: { ...base, variable, value: s!.value, packages: present.join(', ') }, at: s!.from });
      }
      continue;
    }
    if (w.variables.some((v) => env.has(v))) continue; // set but unresolved
    const triggers = w.writesWithoutOptIn.filter((p) => installed.has(p));
    if (triggers.length === 0) continue;
    const fallbacks = [...(w.usesXdgCache ? ['XDG_CACHE_HOME'] : []), 'HOME'];
    const fb = fallbacks.map((v) => [v, env.get(v)] as const).find(([, s]) => s !== undefined);
    if (fb) {
      const [variable, s] = fb;
      if (s!.unresolved.length > 0 || underTmp(s!.value) || !s!.from) continue;
      ctx.report({ messageId: 'cacheOutsideTmp', severity: w.severity, data: { ...base, variable, value: s!.value, packages: triggers.join(', ') }, at: s!.from });
      continue;
    }
    ctx.report({
      messageId: 'defaultUnderHome',
      data: { ...base, packages: triggers.join(', '), variables: [...w.variables, ...fallbacks].join(', '), defaultPath: w.defaultPath },
      at: installed.get(triggers[0]),
    });
  }
}

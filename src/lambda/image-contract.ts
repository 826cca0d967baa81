/**
 * The Lambda runtime contract as seen in a built image (config + merged filesystem): what the config's
 * Entrypoint / Cmd launch (the one classifier, ./launch.ts), which runtime interface client the filesystem
 * holds, the handler and the root its module resolves against. The image side of the `lambda` fact (./contract.ts).
 *
 * Sources: https://docs.aws.amazon.com/lambda/latest/dg/images-create.html (non-root user, o+r / o+x; absolute entrypoint, no symlinks),
 * §3 (RIC detection paths, entrypoints), §4 (handler resolution, e_machine EM_X86_64=62 / EM_AARCH64=183).
 */
import { basename, posix } from 'node:path';
import type { BodyNeed } from '../image/needs.js';
import type { ImageModel } from '../image/types.js';
import { BASE_ENTRYPOINT, BOOTSTRAP_PATHS, DOTNET_RIC_DLL, IMAGE_RIC_PATTERNS, type HandlerFamily, type RicId } from '../knowledge/ric.js';
import { findHandlerModule, type ModuleLookup } from './image-handler.js';
import { classifyLaunch, CONFIG_ONLY, type Launch } from './launch.js';

export const TASK_ROOT = '/var/task';
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Bytes wanted from executables (ELF header / shebang line): files without an extension, or .sh, outside dependency trees. */
export const EXEC_HEADER_NEED: BodyNeed = {
  regexes: [/^\/(?!(?:.*\/)?(?:node_modules|site-packages|dist-packages|gems|\.git)\/)(?:[^/]+\/){0,4}(?:[^/.]+|[^/]+\.sh)$/],
  maxBytes: 256,
};

/** Handler modules at the top two levels of the usual task roots, and package.json files there (for "type"). */
export const HANDLER_BODY_NEED: BodyNeed = {
  regexes: [/^\/(?:var\/task|function|app|lambda|code|src|srv)\/(?!(?:node_modules|site-packages|dist-packages|vendor|\.venv|venv)\/)(?:[^/]+\/)?(?:[^/]+\.(?:py|js|mjs|cjs|rb)|package\.json)$/],
  maxBytes: 64 * 1024,
};

export interface RicFound {
  ric: RicId;
  path: string;
  what: string;
}

export interface ImageContract {
  entrypoint: string[];
  cmd: string[];
  /** Entrypoint + Cmd, what Lambda execs. */
  argv: string[];
  /** Config WorkingDir ('' when unset). */
  workingDir: string;
  /** Effective working directory ('/' when unset). */
  workdir: string;
  env: Map<string, string>;
  /** /lambda-entrypoint.sh is in the filesystem (an AWS base image). */
  awsBase: boolean;
  /** The config keeps the AWS base entrypoint. */
  baseMode: boolean;
  /** On an AWS base: the runtime family of the base (from AWS_EXECUTION_ENV or /var/lang). */
  baseFamily?: HandlerFamily;
  /** What Entrypoint + Cmd launch, seen from the config alone. */
  launch: Launch;
  rics: RicFound[];
  /** The handler string and the root its module resolves against. */
  handler?: { value: string; family: HandlerFamily; root: string; source: 'Cmd' | 'Entrypoint' };
  arch?: 'amd64' | 'arm64';
  /** Looks a program up as execvp does: against the working directory, or on the config's PATH (Docker's default). */
  lookup(program: string): { path: string; found: boolean; tried: string[] };
  /** Where the handler's module is in the image, as the family's runtime client resolves it from `root`. */
  handlerModule(family: HandlerFamily, handler: string, root: string, baseMode: boolean): ModuleLookup;
}



/** Looks a program up like execvp: a path with a slash resolves against the working directory, a bare name on PATH. */
function lookupProgram(image: ImageModel, name: string, workdir: string, pathVar: string): { path: string; found: boolean; tried: string[] } {
  if (name.includes('/')) {
    const path = posix.normalize(name.startsWith('/') ? name : posix.join(workdir || '/', name));
    return { path, found: image.resolve(path).ok, tried: [path] };
  }
  const tried: string[] = [];
  for (const dir of pathVar.split(':').filter(Boolean)) {
    const path = posix.join(dir, name);
    tried.push(path);
    const r = image.resolve(path);
    if (r.ok && r.entry.type !== 'dir') return { path, found: true, tried };
  }
  return { path: tried[0] ?? name, found: false, tried };
}

const FAMILY_BY_EXEC_ENV: [RegExp, HandlerFamily][] = [
  [/python/, 'python'], [/nodejs/, 'nodejs'], [/java/, 'java'], [/dotnet/, 'dotnet'], [/ruby/, 'ruby'], [/provided|go/, 'provided'],
];

function baseFamilyOf(image: ImageModel, env: Map<string, string>): HandlerFamily {
  const execEnv = env.get('AWS_EXECUTION_ENV');
  if (execEnv) for (const [re, f] of FAMILY_BY_EXEC_ENV) if (re.test(execEnv)) return f;
  const has = (p: string) => image.files.has(p);
  for (const p of image.files.keys()) {
    if (!p.startsWith('/var/lang/bin/')) continue;
    const n = basename(p);
    if (/^python\d/.test(n)) return 'python';
    if (n === 'node') return 'nodejs';
    if (n === 'ruby') return 'ruby';
    if (n === 'java') return 'java';
    if (n === 'dotnet') return 'dotnet';
  }
  if (has('/var/runtime/bootstrap.py') || has('/var/runtime/awslambdaric')) return 'python';
  if (has('/var/runtime/index.mjs')) return 'nodejs';
  if (has(`/var/runtime/${DOTNET_RIC_DLL}`)) return 'dotnet';
  return 'provided';
}

/** Runtime interface clients in the final filesystem (IMAGE_RIC_PATTERNS of knowledge/ric.ts). */
function findRics(image: ImageModel, roots: string[], awsBase: boolean): RicFound[] {
  const out: RicFound[] = [];
  const seen = new Set<RicId>();
  const add = (ric: RicId, path: string, what: string) => {
    if (seen.has(ric)) return;
    seen.add(ric);
    out.push({ ric, path, what });
  };
  for (const [path, e] of image.files) {
    if (e.type === 'dir') continue;
    for (const p of IMAGE_RIC_PATTERNS) {
      const m = p.pattern.exec(path);
      if (!m) continue;
      if (p.ric === 'python' && p.rooted) {
        // A --target install: only where Python imports from (the task roots, PYTHONPATH).
        const dir = path.slice(0, m.index) || '/';
        if (!roots.some((r) => posix.normalize(r) === dir)) continue;
      }
      add(p.ric, path, p.what);
    }
  }
  if (awsBase && image.files.has('/var/runtime/bootstrap')) add('bootstrap', '/var/runtime/bootstrap', 'the AWS base image runtime (/var/runtime/bootstrap)');
  for (const b of BOOTSTRAP_PATHS) {
    const e = image.files.get(b);
    if (e && (e.type === 'file' || e.type === 'hardlink' || e.type === 'symlink')) add('bootstrap', b, `a bootstrap at ${b}`);
  }
  return out;
}

/** The contract read off an image (its config and final filesystem); computed once per input by the `lambda` fact. */
export function imageContract(image: ImageModel): ImageContract {
  const cfg = image.config;
  const entrypoint = cfg.Entrypoint ?? [];
  const cmd = cfg.Cmd ?? [];
  const argv = [...entrypoint, ...cmd];
  const workingDir = cfg.WorkingDir ?? '';
  const workdir = workingDir ? posix.normalize(workingDir) : '/';
  const env = new Map<string, string>();
  for (const kv of cfg.Env ?? []) {
    const eq = kv.indexOf('=');
    if (eq > 0) env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  const awsBase = image.files.has(BASE_ENTRYPOINT);
  const launch = classifyLaunch(argv, CONFIG_ONLY);
  const baseMode = launch.kind === 'base';
  const pyPath = (env.get('PYTHONPATH') ?? '').split(':').filter((p) => p.startsWith('/'));
  const roots = [workdir, TASK_ROOT, ...pyPath];
  const rics = findRics(image, roots, awsBase);
  const baseFamily = awsBase ? baseFamilyOf(image, env) : undefined;
  let handler: ImageContract['handler'];
  if (baseMode && baseFamily && baseFamily !== 'provided' && cmd.length === 1 && entrypoint.length === 1) {
    handler = { value: cmd[0], family: baseFamily, root: TASK_ROOT, source: 'Cmd' };
  } else if (launch.kind === 'ric' && launch.ric) {
    const family = ({ python: 'python', nodejs: 'nodejs', ruby: 'ruby', java: 'java', dotnet: 'dotnet' } as Partial<Record<RicId, HandlerFamily>>)[launch.ric];
    const idx = launch.handlerIndex ?? argv.length;
    const value = argv[idx];
    if (family && value) handler = { value, family, root: workdir, source: idx >= entrypoint.length ? 'Cmd' : 'Entrypoint' };
  }
  const arch = cfg.architecture === 'amd64' || cfg.architecture === 'arm64' ? cfg.architecture : undefined;
  const pathVar = env.get('PATH') ?? DEFAULT_PATH;
  const lookup = (program: string) => lookupProgram(image, program, workdir, pathVar);
  const handlerModule = (family: HandlerFamily, value: string, root: string, base: boolean) => findHandlerModule(image, family, value, root, base, env);
  return { entrypoint, cmd, argv, workingDir, workdir, env, awsBase, baseMode, baseFamily, launch, rics, handler, arch, lookup, handlerModule };
}

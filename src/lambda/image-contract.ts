/**
 * The Lambda runtime contract as seen in a built image (config + merged filesystem): what the config's
 * Entrypoint / Cmd launch, which runtime interface client the filesystem holds, the handler and where
 * its module must be, ELF headers and shebang lines. Shared by LL101-LL104 and LL107; memoized per image.
 *
 * Sources: LAMBDA-FACTS.md §1.1 (non-root user, o+r / o+x), §1.4 (absolute entrypoint, no symlinks),
 * §3 (RIC detection paths, entrypoints), §4 (handler resolution, e_machine EM_X86_64=62 / EM_AARCH64=183).
 */
import { basename, posix } from 'node:path';
import type { BodyNeed } from '../image/needs.js';
import type { FsEntry, ImageModel } from '../image/types.js';
import {
  BASE_ENTRYPOINT, BOOTSTRAP_PATHS, DOTNET_RIC_DLL, IMAGE_RIC_PATTERNS, INIT_WRAPPERS, JAVA_RIC_MAIN, RIE_BINARIES,
  type HandlerFamily, type RicId,
} from '../knowledge/ric.js';

export const TASK_ROOT = '/var/task';
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

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

export type ImageLaunchKind = 'base' | 'ric' | 'rie' | 'exec' | 'empty';

export interface ImageLaunch {
  kind: ImageLaunchKind;
  ric?: RicId;
  argv: string[];
  handlerIndex?: number;
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
  launch: ImageLaunch;
  rics: RicFound[];
  /** The handler string and the root its module resolves against. */
  handler?: { value: string; family: HandlerFamily; root: string; source: 'Cmd' | 'Entrypoint' };
  arch?: 'amd64' | 'arm64';
}

const cache = new WeakMap<ImageModel, ImageContract>();


export function isElf(data: Buffer | undefined): boolean {
  return !!data && data.length >= 20 && data[0] === 0x7f && data[1] === 0x45 && data[2] === 0x4c && data[3] === 0x46;
}

/** e_machine of an ELF header (EI_DATA: 1 little endian, 2 big endian). */
export function elfMachine(data: Buffer): number {
  return data[5] === 2 ? data.readUInt16BE(18) : data.readUInt16LE(18);
}

export const ELF_MACHINE: Record<string, number> = { amd64: 62, arm64: 183 };
export const MACHINE_NAME: Record<number, string> = { 3: 'x86 (32-bit)', 40: 'ARM (32-bit)', 62: 'x86_64 (amd64)', 183: 'aarch64 (arm64)', 243: 'RISC-V' };

/** The shebang line of a script: interpreter path and its first argument. */
export function shebang(data: Buffer | undefined): { line: string; interpreter: string; arg?: string; crlf: boolean } | undefined {
  if (!data || data.length < 3 || data[0] !== 0x23 || data[1] !== 0x21) return undefined;
  const end = data.indexOf(0x0a);
  const raw = data.subarray(2, end === -1 ? data.length : end).toString('latin1');
  const crlf = raw.endsWith('\r');
  const words = raw.replace(/\r$/, '').trim().split(/[ \t]+/);
  return { line: `#!${raw.replace(/\r$/, '')}`, interpreter: words[0] ?? '', arg: words[1], crlf };
}

/** Looks a program up like execvp: a path with a slash resolves against the working directory, a bare name on PATH. */
export function lookupProgram(image: ImageModel, name: string, workdir: string, pathVar: string): { path: string; found: boolean; tried: string[] } {
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

const PY = /^python(\d+(\.\d+)?)?$/;

function classifyArgv(argvIn: string[], image: ImageModel): ImageLaunch {
  let argv = argvIn.filter((w) => w !== '');
  while (argv.length && (INIT_WRAPPERS.test(basename(argv[0])) || argv[0] === 'exec')) {
    argv = argv.slice(1);
    while (argv.length && argv[0].startsWith('-')) argv = argv.slice(1);
  }
  if (argv.length === 0) return { kind: 'empty', argv };
  const head = argv[0];
  const name = basename(head);
  if (head === BASE_ENTRYPOINT) return { kind: 'base', argv, handlerIndex: 1 };
  if ((RIE_BINARIES as readonly string[]).includes(name)) return { kind: 'rie', argv };
  if (PY.test(name)) {
    const m = argv.indexOf('-m');
    if (m > 0 && argv[m + 1] === 'awslambdaric') return { kind: 'ric', ric: 'python', argv, handlerIndex: m + 2 };
  }
  if (name === 'npx' || name === 'pnpx' || name === 'bunx') {
    const i = argv.findIndex((w, j) => j > 0 && !w.startsWith('-'));
    if (i > 0 && argv[i].replace(/@[^/]*$/, '') === 'aws-lambda-ric') return { kind: 'ric', ric: 'nodejs', argv, handlerIndex: i + 1 };
  }
  if (name === 'aws-lambda-ric') return { kind: 'ric', ric: 'nodejs', argv, handlerIndex: 1 };
  if (name === 'node' || name === 'nodejs') {
    const i = argv.findIndex((w, j) => j > 0 && /(^|\/)aws-lambda-ric\//.test(w));
    if (i > 0) return { kind: 'ric', ric: 'nodejs', argv, handlerIndex: i + 1 };
  }
  if (name === 'aws_lambda_ric') return { kind: 'ric', ric: 'ruby', argv, handlerIndex: 1 };
  if ((name === 'bundle' || name === 'bundler') && argv[1] === 'exec') {
    const inner = classifyArgv(argv.slice(2), image);
    if (inner.kind === 'ric') return { ...inner, argv, handlerIndex: (inner.handlerIndex ?? 0) + 2 };
  }
  if (name === 'java') {
    const i = argv.indexOf(JAVA_RIC_MAIN);
    if (i > 0) return { kind: 'ric', ric: 'java', argv, handlerIndex: i + 1 };
  }
  if (name === 'dotnet') {
    const i = argv.findIndex((w) => w.endsWith('.dll'));
    if (i > 0 && basename(argv[i]) === DOTNET_RIC_DLL) return { kind: 'ric', ric: 'dotnet', argv, handlerIndex: i + 1 };
  }
  return { kind: 'exec', argv };
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

export function imageContract(image: ImageModel): ImageContract {
  const hit = cache.get(image);
  if (hit) return hit;
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
  const launch = classifyArgv(argv, image);
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
  const result: ImageContract = { entrypoint, cmd, argv, workingDir, workdir, env, awsBase, baseMode, baseFamily, launch, rics, handler, arch };
  cache.set(image, result);
  return result;
}

/** A regular file (following symlinks), or undefined. */
export function regularFile(image: ImageModel, path: string): FsEntry | undefined {
  const r = image.resolve(path);
  return r.ok && (r.entry.type === 'file' || r.entry.type === 'hardlink') ? r.entry : undefined;
}

export function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

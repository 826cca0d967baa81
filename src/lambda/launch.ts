/**
 * What an argv launches (a Dockerfile's ENTRYPOINT / CMD, an image's Entrypoint + Cmd): the AWS base entrypoint,
 * a runtime interface client, a bootstrap, the Runtime Interface Emulator, a wrapper script, an interpreter.
 * One classifier for both evidences, driven by the runtime clients' launch forms (knowledge/ric.ts `launches`);
 * what each evidence can see beyond the argv (scripts, files the build puts in place) comes in a `LaunchSight`.
 */
import { basename, posix } from 'node:path';
import { pathWithin } from '../core/paths.js';
import { normalizePath } from '../dockerfile/model.js';
import { isShell, type ShellCommand } from '../dockerfile/shell.js';
import {
  BASE_ENTRYPOINT, BOOTSTRAP_PATHS, CLIENT_LAUNCHERS, INIT_WRAPPERS, NOT_A_RUNTIME, RICS, RIE_BINARIES, RIE_GUARD_VARIABLE,
  type LaunchForm, type RicId,
} from '../knowledge/ric.js';

export type LaunchKind = 'base' | 'ric' | 'bootstrap' | 'rie' | 'script' | 'interpreter' | 'unknown' | 'empty';

export interface Launch {
  kind: LaunchKind;
  ric?: RicId;
  /** The argv analysed (after init wrappers and `sh -c` were unwrapped). */
  argv: string[];
  /** Index in argv of the first argument after the client (where the handler goes). */
  handlerIndex?: number;
  /** For kind 'script' (and `sh -c` bodies): the script path and its content when visible. */
  script?: { path: string; content?: string; launches: Launch[]; rie: boolean; guarded: boolean; unseen?: string };
  /** For kind 'rie': what the emulator runs. */
  inner?: Launch;
}

/** What the evidence shows beyond the argv. An image's config alone shows nothing more; a Dockerfile shows its build. */
export interface LaunchSight {
  /** The directory relative program paths resolve against. */
  readonly workdir: string;
  /** The build is visible: the names a publish step gives a client count (a .NET project published as bootstrap.dll). */
  readonly seesBuild: boolean;
  /** The image holds this client by other evidence (an install, a manifest that names it). */
  holds(ric: RicId): boolean;
  /** A compiled binary or bootstrap the build puts at this absolute path: its client. */
  bootstrapAt(path: string): { ric?: RicId } | undefined;
  /** A RUN links, copies or moves the Runtime Interface Emulator to this absolute path (`ln -sf /usr/bin/aws-lambda-rie /lambda-entrypoint.sh`). */
  rieAt?(path: string): boolean;
  /** The image is built on an AWS base: its /lambda-entrypoint.sh (a copy the build edits included) is the base's. */
  readonly awsBase?: boolean;
  /** The folders a bare program name is looked up in (PATH), when known. */
  readonly pathDirs?: readonly string[];
  /** A compiled binary of a builder stage whose path is not known is in the image. */
  readonly unplacedBinary: boolean;
  /** Shell scripts are read (`sh -c` bodies and script files); undefined: not looked into. */
  readonly scripts?: {
    parse(text: string): ShellCommand[];
    /** The content of the script at this absolute path in the image, when visible. */
    at(path: string): string | undefined;
  };
}

/** An image's config with nothing else in sight. */
export const CONFIG_ONLY: LaunchSight = { workdir: '/', seesBuild: false, holds: () => false, bootstrapAt: () => undefined, unplacedBinary: false };

const FORMS: readonly { ric: RicId; form: LaunchForm }[] = RICS.flatMap((r) => r.launches.map((form) => ({ ric: r.id, form })));
const OK = ['ric', 'bootstrap', 'base'];
/** Programs of the OS's own folders (/bin/echo, /usr/bin/env): never a runtime client, nothing to read. */
const SYSTEM_PROGRAM = /^\/(usr\/)?(local\/)?s?bin\/(?!.*(bootstrap|lambda))/;

/**
 * A shell ENTRYPOINT with nothing of its own to run (`["/bin/sh"]`, flags only, no -c; not busybox, which runs applets):
 * it runs its first CMD argument as a script.
 */
export function bareShell(entrypoint: readonly string[]): boolean {
  return entrypoint.length > 0 && isShell(entrypoint[0]) && !/(^|\/)busybox$/.test(entrypoint[0]) && entrypoint.slice(1).every((w) => w.startsWith('-') && !/^-[a-z]*c[a-z]*$/.test(w));
}

/**
 * What an exec-form ENTRYPOINT starts: with a bare shell and a CMD that names a script (`CMD ["/lambda-entrypoint.sh",
 * "app.handler"]`), the two together; otherwise the ENTRYPOINT alone.
 */
export function entrypointLaunchArgv(entrypoint: readonly string[], cmd: readonly string[] | undefined): string[] {
  const script = cmd?.[0];
  return bareShell(entrypoint) && script !== undefined && (script.startsWith('/') || /\.(sh|bash)$/.test(script)) ? [...entrypoint, ...cmd!] : [...entrypoint];
}

export function classifyLaunch(argv: string[], sight: LaunchSight): Launch {
  return classify(argv, sight, 0);
}

/** argv without init wrappers (tini -- cmd, dumb-init cmd, exec cmd) and empty words. */
function unwrap(argvIn: string[]): string[] {
  let argv = argvIn.filter((w) => w !== '');
  while (argv.length && (INIT_WRAPPERS.test(basename(argv[0])) || argv[0] === 'exec')) {
    argv = argv.slice(1);
    while (argv.length && argv[0].startsWith('-')) argv = argv.slice(1);
  }
  // Package runners other than npx run a package's program the same way: `npm exec -- aws-lambda-ric`, `npm x`,
  // `pnpm exec` / `pnpm dlx`, `yarn exec` / `yarn dlx`, `bun x` (https://docs.npmjs.com/cli/commands/npm-exec).
  const runner = basename(argv[0] ?? '');
  const sub = argv[1] ?? '';
  if ((runner === 'npm' && (sub === 'exec' || sub === 'x')) || ((runner === 'pnpm' || runner === 'yarn') && (sub === 'exec' || sub === 'dlx')) || (runner === 'bun' && sub === 'x')) {
    let rest = argv.slice(2);
    while (rest.length && rest[0].startsWith('-') && rest[0] !== '--') rest = rest.slice(1);
    if (rest[0] === '--') rest = rest.slice(1);
    argv = ['npx', ...rest];
  }
  return argv;
}

function classify(argvIn: string[], sight: LaunchSight, depth: number): Launch {
  const argv = unwrap(argvIn);
  if (argv.length === 0) return { kind: 'empty', argv };
  const head = argv[0];
  const name = basename(head);
  // The emulator under another name (linked over the base's entrypoint, say): it runs unconditionally.
  if (head.startsWith('/') && sight.rieAt?.(posix.normalize(head))) return { kind: 'rie', argv, inner: classify(argv.slice(1), sight, depth + 1) };
  // The AWS base's entrypoint, unless the build writes its own script there (a custom base copying a lookalike).
  if (head === BASE_ENTRYPOINT && (depth > 0 || sight.awsBase || sight.scripts?.at(head) === undefined)) return { kind: 'base', argv, handlerIndex: 1 };
  if ((RIE_BINARIES as readonly string[]).includes(name)) return { kind: 'rie', argv, inner: classify(argv.slice(1), sight, depth + 1) };
  if (sight.scripts && isShell(head)) return shellLaunch(argv, sight, depth);
  const client = clientLaunch(argv, name, sight, depth);
  if (client) return client;
  if (name === 'bootstrap') return { kind: 'bootstrap', argv };
  return programLaunch(argv, head, name, sight, depth);
}

/** The launch forms of the runtime clients; 'interpreter' when the program is one of theirs without the client. */
function clientLaunch(argv: string[], name: string, sight: LaunchSight, depth: number): Launch | undefined {
  const launcher = CLIENT_LAUNCHERS.find((l) => l.program.test(name));
  if (launcher && argv[1] === launcher.sub) {
    const inner = classify(argv.slice(2), sight, depth + 1);
    return inner.kind === 'ric' ? { ...inner, argv, handlerIndex: (inner.handlerIndex ?? 0) + 2 } : { kind: 'interpreter', argv };
  }
  let program: RicId | undefined;
  for (const { ric, form } of FORMS) {
    if (!form.program.test(name)) continue;
    program ??= ric;
    const at = clientIndex(argv, form, ric, sight);
    if (at !== undefined) return { kind: 'ric', ric, argv, handlerIndex: at + 1 };
  }
  if (!program) return undefined;
  return interpretedScript(argv, program, sight, depth) ?? { kind: 'interpreter', argv };
}

/** How a program in each language starts its runtime client (what a wrapper written in that language names). */
const CLIENT_IN_SOURCE: Partial<Record<RicId, RegExp>> = {
  python: /\bawslambdaric\b/,
  nodejs: /aws-lambda-ric/,
  ruby: /aws_lambda_ric/,
  java: /com\.amazonaws\.services\.lambda\.runtime\.api\.client\.AWSLambda/,
};

/**
 * An interpreter running a script file (`python /entry.py`, `node wrapper.mjs`): the script decides. Its content,
 * when the build shows it, is searched for the client it starts (a wrapper that execs `python -m awslambdaric`).
 * Undefined when there is no script operand (`python -c ...`, `python -m x`) or its content is not visible.
 */
function interpretedScript(argv: string[], ric: RicId, sight: LaunchSight, depth: number): Launch | undefined {
  if (!sight.scripts || !CLIENT_IN_SOURCE[ric]) return undefined;
  const i = argv.findIndex((w, j) => j > 0 && !w.startsWith('-'));
  if (i < 0 || argv.slice(1, i).some((w) => /^-[a-zA-Z]*[mce]$|^--(eval|require)$/.test(w))) return undefined;
  const file = argv[i];
  if (!/\.(py|js|mjs|cjs|rb|jar)$/.test(file) && !file.includes('/')) return undefined;
  const path = normalizePath(file.startsWith('/') ? file : `${sight.workdir}/${file}`);
  const content = depth < 2 ? sight.scripts.at(path) : undefined;
  // Unseen, it is judged as the interpreter it is run by (a script that starts the client is the rare case).
  if (content === undefined) return undefined;
  const starts = CLIENT_IN_SOURCE[ric]!.test(content);
  return {
    kind: 'script',
    ric: starts ? ric : undefined,
    argv,
    script: { path, content, launches: starts ? [{ kind: 'ric', ric, argv: [] }] : [], rie: /aws-lambda-rie/.test(content), guarded: content.includes(RIE_GUARD_VARIABLE) },
  };
}

/** Where in argv the form names its client (0: the program itself), or undefined when it does not. */
function clientIndex(argv: string[], form: LaunchForm, ric: RicId, sight: LaunchSight): number | undefined {
  const c = form.client;
  if (!c) return 0;
  let i: number;
  if (c.at === 'first-operand') i = argv.findIndex((w, j) => j > 0 && !w.startsWith('-'));
  else if ('flag' in c.at) {
    const f = argv.indexOf(c.at.flag);
    i = f > 0 ? f + 1 : -1;
  } else {
    const where = c.at.where;
    i = argv.findIndex((w, j) => j > 0 && where.test(w));
  }
  if (i <= 0 || argv[i] === undefined) return undefined;
  const word = argv[i];
  if (c.is.test(word) || (sight.seesBuild && c.built?.test(word)) || (c.anyWhenHeld && sight.holds(ric))) return i;
  return undefined;
}

/** `sh -c '...'` (the body is classified) or `sh script.sh` (the script is read when visible). */
function shellLaunch(argv: string[], sight: LaunchSight, depth: number): Launch {
  const c = argv.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w));
  if (c > 0 && argv[c + 1] !== undefined) return scriptText(argv[c + 1], argv.slice(c + 2), sight, depth, undefined);
  const at = argv.findIndex((w, i) => i > 0 && !w.startsWith('-'));
  if (at < 0) return { kind: 'interpreter', argv };
  // `sh /lambda-entrypoint.sh app.handler`: the shell runs the AWS base's entrypoint script with the handler after it.
  if (argv[at] === BASE_ENTRYPOINT && sight.awsBase) return { kind: 'base', argv, handlerIndex: at + 1 };
  return scriptLaunch(argv[at], argv, sight, depth);
}

/** A program named by path or name: a bootstrap the build places, an interpreter, a script, or unknown. */
function programLaunch(argv: string[], head: string, name: string, sight: LaunchSight, depth: number): Launch {
  const path = head.includes('/') ? normalizePath(head.startsWith('/') ? head : `${sight.workdir}/${head}`) : undefined;
  if (path) {
    const placed = sight.bootstrapAt(path);
    if (placed) return { kind: 'bootstrap', ric: placed.ric, argv };
    if ((BOOTSTRAP_PATHS as readonly string[]).includes(path)) return { kind: 'bootstrap', argv };
  }
  // A bare name found on PATH (`ENTRYPOINT ["lambda"]` with the binary copied to a folder ENV PATH names).
  if (!path && sight.pathDirs) {
    for (const dir of sight.pathDirs) {
      const placed = sight.bootstrapAt(posix.join(dir, head));
      if (placed) return { kind: 'bootstrap', ric: placed.ric, argv };
    }
  }
  if (NOT_A_RUNTIME.test(name)) return { kind: 'interpreter', argv };
  if (path && sight.scripts && (/\.(sh|bash)$/.test(name) || sight.scripts.at(path) !== undefined)) return scriptLaunch(head, argv, sight, depth);
  // A binary copied from a builder stage that compiled something we could not judge.
  if (path && sight.unplacedBinary) return { kind: 'bootstrap', argv };
  return { kind: 'unknown', argv };
}

function scriptLaunch(file: string, argv: string[], sight: LaunchSight, depth: number): Launch {
  const path = normalizePath(file.startsWith('/') ? file : `${sight.workdir}/${file}`);
  const content = depth < 2 ? sight.scripts?.at(path) : undefined;
  if (content === undefined) return { kind: 'script', argv, script: { path, launches: [], rie: false, guarded: false } };
  const inner = scriptText(content, [], sight, depth, path);
  return { ...inner, kind: 'script', argv };
}

function scriptText(text: string, extra: string[], sight: LaunchSight, depth: number, path: string | undefined): Launch {
  let commands: ShellCommand[] = [];
  try {
    commands = sight.scripts!.parse(text).filter((c) => !c.substitutionOf);
  } catch {
    commands = [];
  }
  const all = commands.map((c) => classify([c.name, ...c.args], sight, depth + 1));
  const launches = all.filter((l) => l.kind !== 'unknown' && l.kind !== 'empty');
  const rie = launches.some((l) => l.kind === 'rie');
  const guarded = text.includes(RIE_GUARD_VARIABLE);
  // A script that runs another script which starts the client (entry.sh: `/run.sh "$@" &`; run.sh: `exec python -m awslambdaric`).
  const best = launches.find((l) => OK.includes(l.kind)) ?? launches.find((l) => l.kind === 'script' && l.ric !== undefined) ?? launches.find((l) => l.kind === 'rie' && l.inner && OK.includes(l.inner.kind));
  // What the script runs that cannot be read here: a script whose content is not visible (or that runs such a
  // thing itself), or a program given by path outside the system folders (/opt/launcher/run).
  const unseenOf = (l: Launch): string | undefined =>
    l.kind === 'script' ? (l.script?.content === undefined ? (l.script?.path ?? l.argv[0]) : l.script.unseen) : l.kind === 'unknown' && /[/$]/.test(l.argv[0] ?? '') && !SYSTEM_PROGRAM.test(l.argv[0]) ? l.argv[0] : undefined;
  // A program named by a variable (`exec $RUNTIME_ENTRYPOINT`) is not known here either.
  const dynamic = commands.find((c) => c.name === '' && c.text.trim() !== '');
  const unseen = all.map(unseenOf).find((u) => u !== undefined) ?? (dynamic ? dynamic.text.trim().split(/\s+/).slice(0, 2).join(' ') : undefined);
  const script = { path: path ?? '(sh -c)', content: text, launches, rie, guarded, ...(unseen ? { unseen } : {}) };
  if (path === undefined) {
    // `sh -c '...'` inline: treat like the command it runs.
    if (rie && !guarded) return { kind: 'rie', argv: extra, inner: launches.find((l) => l.kind === 'rie')?.inner, script };
    if (best) return { ...(best.kind === 'rie' ? best.inner! : best), script };
    return { kind: launches[0]?.kind ?? 'unknown', argv: extra, script };
  }
  return { kind: 'script', ric: best?.ric ?? best?.inner?.ric, argv: [], script };
}

/** Is `path` a bootstrap or compiled client placed at `placed` (the file itself or inside that folder)? */
export function placedAt(path: string, placed: string): boolean {
  return placed === path || pathWithin(path, placed);
}

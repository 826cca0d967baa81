/**
 * The Lambda runtime contract as seen from a Dockerfile: which runtime interface client (RIC) the
 * target image holds (installed, copied from a builder stage, or stranded in a stage the target never
 * copies), what the ENTRYPOINT / CMD launch, and which build-context files land where (each instruction's
 * working directory comes from the model). The Dockerfile side of the `lambda` fact (./contract.ts); computed
 * once per model.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, posix } from 'node:path';
import { memoOn } from '../core/memo.js';
import type { BuildContext, ContextFile } from '../dockerfile/context.js';
import { literalSource } from '../dockerfile/context-check.js';
import { installs, type PackageInstall } from '../dockerfile/commands.js';
import { copyExcludes, envPathList, normalizePath, parentsLanding, stageLineage, type DockerfileModel, type Instruction, type Stage } from '../dockerfile/model.js';
import { normalizePyName } from '../knowledge/python-names.js';
import { commandName, type ShellCommand } from '../dockerfile/shell.js';
import { expand } from '../dockerfile/vars.js';
import { contextPath, pathWithin } from '../core/paths.js';
import { BOOTSTRAP_PATHS, COMPILERS, DOTNET_RIC_DLL, JAVA_RIC_JAR, RICS, RIE_BINARIES, WEB_ADAPTER, ricById, type RicId, type RicSpec } from '../knowledge/ric.js';
import { classifyLaunch, placedAt, type Launch, type LaunchSight } from './launch.js';

export interface RicEvidence {
  ric: RicId;
  /** What was seen, for messages: "pip install awslambdaric", "aws-lambda-ric in package.json". */
  what: string;
  /** The instruction that installed it (the original install, also for copies). */
  ins: Instruction;
  /** The stage that installed it. */
  stage: Stage;
  /** Where the files are in the stage holding this evidence (absolute), when known. */
  path?: string;
  /** A compiled binary (go build, cargo lambda build, dotnet publish). */
  compiled?: boolean;
  /** The original evidence when this one was carried by COPY --from. */
  origin?: RicEvidence;
  /** Assumed, not seen: a compiled binary whose manifest could not be read (it may or may not be a Lambda one). */
  assumed?: boolean;
}

export interface ImageFile {
  /** Absolute path in the image. */
  path: string;
  /** Path in the build context, when it came from there. */
  contextPath?: string;
  ins: Instruction;
}

export interface DockerfileContract {
  target: Stage;
  lineage: Stage[];
  /** The instructions of the lineage in build order (the bottom stage's first, the target's last), made once for every rule. */
  shipped: readonly Instruction[];
  /** RIC evidence present in the target image. */
  evidence: RicEvidence[];
  /** Installs whose content could not be verified (manifest unreadable, package from a variable). */
  unverifiable: { ins: Instruction; what: string }[];
  /** RIC installed in stages whose files do not reach the target (only meaningful when `evidence` is empty). */
  stranded: { ev: RicEvidence; reachable: boolean; copiedPaths: string[] }[];
  /** Context files copied into the target (COPY/ADD without --from), with their image paths. */
  files: ImageFile[];
  /** Something else may put files in the target that we cannot see (COPY --from, ADD URL, build steps). */
  opaqueWrites: Instruction[];
  /** Directories known to exist in the target (COPY into them keeps file names). */
  knownDirs: ReadonlySet<string>;
  /**
   * Without the build context: the file-name patterns of the wildcard sources that bring context files into the
   * target, when every other source names one file (a name with an extension, so `files` holds it); undefined when a
   * source may be a folder (`.`, `src/`, a name without extension) or a variable, and so may bring anything.
   */
  namedOnly?: string[];
  /**
   * No runtime client at all: the base is neither an AWS nor a Lambda-ready image, and nothing installs, copies
   * or may install one (LL101's root cause, which the other contract rules leave to it).
   */
  noClient: boolean;
  /** An unread install that nothing launches, as the launch reads in messages (see `unlaunchedInstall`). */
  unlaunched?: string;
  /** LL101 reports the missing client (`noClient`, or `unlaunched`): the other contract rules leave it. */
  clientMissing: boolean;
  /** Classify an argv (ENTRYPOINT / CMD) against this image. */
  classify(argv: string[]): Launch;
}

/**
 * An install this tool cannot read (a dependency manifest it does not see) on a custom base of known OS, while
 * ENTRYPOINT (or, without one, CMD) launches no runtime interface client: LL101 reports it (`notLaunched`) as the
 * root cause, and the other contract rules leave it, as with `noClient`. Returns the launch as messages show it.
 * On a base this tool does not know, the base may carry the client: only the launch is judged (LL102).
 */
function unlaunchedInstall(target: Stage, a: DockerfileContract): string | undefined {
  const kind = target.base.kind;
  if (a.evidence.length > 0 || a.unverifiable.length === 0 || kind.kind !== 'other' || kind.os === undefined) return undefined;
  const argv = target.entrypoint?.value.exec ?? (target.entrypoint ? undefined : target.cmd?.value.exec);
  if (target.entrypoint && !argv) return undefined; // shell form: LL102
  const launch = argv ? a.classify(argv) : undefined;
  if (launch && !['interpreter', 'empty', 'unknown'].includes(launch.kind)) return undefined;
  if (launch?.kind === 'unknown' && target.entrypoint) return undefined; // a program we cannot see
  return argv ? `${target.entrypoint ? 'ENTRYPOINT' : 'CMD'} ${JSON.stringify(argv).replace(/","/g, '", "')}` : 'the image (neither ENTRYPOINT nor CMD is set)';
}

const CONTRACT = Symbol('contract');

/**
 * A COPY source the context does not hold (a build output such as build/runtime/*, made before docker build): what it
 * brings is unknown (never "not copied"). BuildKit lets a wildcard match nothing (`COPY poetry.lock* ./`), but not
 * one whose folder is missing (build/runtime/*): then the context read here is not the one the image is built from.
 */
function unheld(ins: Instruction, src: string, context: BuildContext): boolean {
  if (literalSource(ins, src)) return context.match(src).length === 0;
  if (!GLOB.test(src) || hasVar(src)) return false;
  const rel = contextPath(src);
  const folder = rel.split('/').slice(0, -1);
  if (folder.length === 0 || folder.includes('..') || folder.some((seg) => GLOB.test(seg))) return false;
  return context.match(folder.join('/')).length === 0;
}

/** File names of data a build fetches before docker build (a model, a certificate, a dataset): never code. */
const DATA_FILE = /\.(bin|onnx|pt|pth|h5|hdf5|pkl|joblib|safetensors|tflite|npz|npy|parquet|csv|tsv|db|sqlite3?|pem|crt|cer|der|png|jpe?g|gif|webp|mp3|wav|mp4|pdf|ttf|otf|woff2?)$/i;

/** A literal COPY source naming one data file: what it brings, even unseen, is that file and no code. */
function dataFile(ins: Instruction, src: string): boolean {
  return literalSource(ins, src) && DATA_FILE.test(src) && ins.keyword === 'COPY';
}

/** Analyses the target stage (memoized per model). */
export function analyzeDockerfile(df: DockerfileModel, context: BuildContext | undefined): DockerfileContract | undefined {
  return memoOn(df, CONTRACT, () => (df.target ? compute(df, df.target, context) : undefined));
}

const isAbs = (p: string) => p.startsWith('/');
const hasVar = (p: string) => p.includes('$');
const GLOB = /[*?[]/;


function compute(df: DockerfileModel, target: Stage, context: BuildContext | undefined): DockerfileContract {
  const present = new Map<Stage, RicEvidence[]>();
  const unverifiableBy = new Map<Stage, { ins: Instruction; what: string }[]>();
  const own: RicEvidence[] = [];
  for (const stage of df.stages) {
    const list: RicEvidence[] = stage.base.stage ? [...(present.get(stage.base.stage) ?? [])] : [];
    const unv: { ins: Instruction; what: string }[] = stage.base.stage ? [...(unverifiableBy.get(stage.base.stage) ?? [])] : [];
    for (const ins of stage.instructions) {
      const wd = ins.workdir;
      if (ins.keyword === 'RUN') {
        for (const ev of runEvidence(df, ins, stage, wd, context, unv, list)) {
          list.push(ev);
          own.push(ev);
        }
      } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy) {
        const spec = ins.copy;
        if (spec.fromStage) {
          for (const ev of present.get(spec.fromStage) ?? []) {
            const moved = carry(ev, spec.sources, spec.dest);
            if (moved) list.push(moved);
          }
          for (const u of unverifiableBy.get(spec.fromStage) ?? []) unv.push(u);
          for (const ev of stageCopyEvidence(ins, stage, spec.fromStage, context, list)) {
            list.push(ev);
            own.push(ev);
          }
        } else {
          for (const ev of copyEvidence(ins, stage, context)) {
            list.push(ev);
            own.push(ev);
          }
        }
      }
    }
    present.set(stage, list);
    unverifiableBy.set(stage, unv);
  }

  const lineage = stageLineage(target);
  const evidence = present.get(target) ?? [];
  const origins = new Set(evidence.map((e) => e.origin ?? e));
  const stranded: DockerfileContract['stranded'] = [];
  for (const ev of own) {
    if (origins.has(ev) || lineage.includes(ev.stage) || otherTarget(df, ev.stage)) continue;
    const copiedPaths = lineage.flatMap((s) => s.instructions).filter((i) => i.copy?.fromStage && stageLineage(i.copy.fromStage).includes(ev.stage)).flatMap((i) => i.copy!.sources);
    stranded.push({ ev, reachable: ev.stage.reachesTarget, copiedPaths });
  }

  // Context files in the target, and writes we cannot see.
  const files: ImageFile[] = [];
  const opaqueWrites: Instruction[] = [];
  const knownDirs = new Set<string>(['/', '/tmp', '/opt']);
  if (target.base.kind.kind === 'aws') for (const d of ['/var/task', '/var/runtime', '/var/lang', '/opt/extensions']) knownDirs.add(d);
  for (const s of lineage) for (const i of s.instructions) knownDirs.add(i.workdir);
  for (const s of lineage) if (s.workdir) knownDirs.add(s.workdir.value);
  const codeRoots = codeRootsOf(target, lineage);
  // The shipped instructions in build order: the bottom stage's first.
  const shipped: Instruction[] = [];
  for (let k = lineage.length - 1; k >= 0; k--) for (const ins of lineage[k].instructions) shipped.push(ins);
  for (const ins of shipped) {
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy) {
      const spec = ins.copy;
      if (spec.from !== undefined || spec.sources.some((s) => /^(https?|git):\/\//.test(s) || (ins.keyword === 'ADD' && /\.(tar(\.\w+)?|tgz|zip)$/.test(s)))) {
        opaqueWrites.push(ins);
        continue;
      }
      for (const h of spec.heredocs) files.push({ path: spec.dest.endsWith('/') ? `${spec.dest}${h.name}` : spec.dest, ins });
      files.push(...contextFiles(ins, context, knownDirs));
      if (context && spec.sources.some((src) => unheld(ins, src, context) && !dataFile(ins, src))) opaqueWrites.push(ins);
    } else if (ins.keyword === 'RUN' && !isBenignRun(df, ins, codeRoots)) {
      opaqueWrites.push(ins);
    }
  }

  const namedOnly = context ? undefined : namedSourcePatterns(lineage);
  const analysis: DockerfileContract = {
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
    noClient: target.base.kind.kind === 'other' && evidence.length === 0 && (unverifiableBy.get(target) ?? []).length === 0,
    clientMissing: false,
    classify: (argv) => classifyLaunch(argv, sight),
  };
  const sight = new DockerfileSight(analysis, df, context);
  analysis.unlaunched = unlaunchedInstall(target, analysis);
  analysis.clientMissing = analysis.noClient || analysis.unlaunched !== undefined;
  return analysis;
}

/** The `namedOnly` patterns: undefined as soon as a context source of the shipped stages may be a folder. */
function namedSourcePatterns(lineage: readonly Stage[]): string[] | undefined {
  const patterns: string[] = [];
  for (const s of lineage) {
    for (const i of s.instructions) {
      if (!i.copy || i.copy.from !== undefined) continue;
      for (const src of i.copy.sources) {
        const clean = contextPath(src);
        if (hasVar(src) || !clean || clean === '.' || src.endsWith('/') || /\/\.$/.test(src)) return undefined;
        const name = basename(clean);
        if (GLOB.test(posix.dirname(clean)) || !/\.\w+$/.test(name)) return undefined;
        if (GLOB.test(name)) patterns.push(name);
      }
    }
  }
  return patterns;
}

/** Image paths of the context files a COPY brings (Docker's rules for directories and renames). */
function contextFiles(ins: Instruction, context: BuildContext | undefined, knownDirs?: ReadonlySet<string>): ImageFile[] {
  const spec = ins.copy;
  if (!spec || spec.from !== undefined) return [];
  const out: ImageFile[] = [];
  const sources = spec.sources;
  // Docker copies into <dest> when it ends with / or already exists as a directory.
  const destIsDir = spec.dest.endsWith('/') || sources.length > 1 || (knownDirs?.has(spec.dest) ?? false);
  for (const src of sources) {
    if (hasVar(src)) continue;
    // `src/.` copies the contents of src, as `src/` does.
    const clean = contextPath(src) || '.';
    const glob = GLOB.test(clean);
    if (!context) {
      // Without a context we only know named files; a name without an extension may be a folder, unless the
      // destination names it again (`COPY bootstrap /var/runtime/bootstrap` copies the file to that path).
      if (glob || clean === '.' || clean === '' || /\/\.$/.test(src)) continue;
      const asFile = !destIsDir && (/\.\w+$/.test(clean) || basename(spec.dest) === basename(clean));
      const landing = spec.parents ? parentsLanding(src, clean.replace(/\/\.\//, '/'), spec.dest) : asFile ? spec.dest : posix.join(spec.dest, basename(clean));
      out.push({ path: landing, contextPath: clean.replace(/\/\.\//, '/'), ins });
      continue;
    }
    for (const f of context.match(src)) {
      if (f.dir || copyExcludes(spec, f.path)) continue;
      let path: string;
      if (spec.parents) path = parentsLanding(src, f.path, spec.dest);
      else if (clean === '.' || clean === '') path = posix.join(spec.dest, f.path);
      else if (f.path.startsWith(`${clean}/`)) path = posix.join(spec.dest, f.path.slice(clean.length + 1));
      else if (glob) {
        // A wildcard matching a directory copies its contents; a file keeps its name.
        const dirMatch = f.path.split('/').slice(0, clean.split('/').length).join('/');
        path = dirMatch !== f.path ? posix.join(spec.dest, f.path.slice(dirMatch.length + 1)) : posix.join(spec.dest, basename(f.path));
      } else path = destIsDir ? posix.join(spec.dest, basename(f.path)) : spec.dest;
      out.push({ path: normalizePath(path), contextPath: f.path, ins });
    }
  }
  return out;
}

const BENIGN = new Set(['chmod', 'chown', 'mkdir', 'rm', 'echo', 'useradd', 'adduser', 'groupadd', 'addgroup', 'true', 'ln', 'apt-get', 'apk', 'yum', 'dnf', 'microdnf', 'gem', 'bundle', 'pip', 'pip3', 'uv', 'poetry', 'pipenv', 'conda', 'printf', 'set', 'export', 'test', '[', 'cd', 'ls', 'touch', 'update-ca-certificates']);

const TASK_ROOT_DIR = '/var/task';

/** The sources and destination of a cp, mv, install, rsync or ln command (options left out); undefined with fewer than two operands. */
function copyOperands(cmd: ShellCommand): { sources: string[]; dest: string } | undefined {
  const words = cmd.args.filter((a) => !a.startsWith('-'));
  return words.length >= 2 ? { sources: words.slice(0, -1), dest: words[words.length - 1] } : undefined;
}

/**
 * Where a handler's module can be loaded from: a RUN that writes only elsewhere (a tool unpacked in /tmp and copied
 * to /usr/local/bin) cannot make it. On an AWS base the runtime loads from /var/task whatever WORKDIR says; a
 * runtime client, from the working directory; Python also from PYTHONPATH.
 */
function codeRootsOf(target: Stage, lineage: readonly Stage[]): string[] {
  const bottomKind = (lineage[lineage.length - 1] ?? target).base.kind.kind;
  return [bottomKind === 'aws' ? TASK_ROOT_DIR : (target.workdir?.value ?? '/'), ...envPathList(target, 'PYTHONPATH')].map((d) => normalizePath(d));
}

/** Commands that read, print or wait, and write no file. */
const READ_ONLY = new Set(['cat', 'grep', 'egrep', 'head', 'tail', 'which', 'command', 'type', 'id', 'whoami', 'sleep', 'wc', 'stat', 'du', 'df', 'uname', 'date', 'pwd', 'readlink', 'realpath', 'basename', 'dirname', 'file', 'sha256sum', 'sha1sum', 'md5sum', 'exit', ':', 'printenv', 'nproc', 'sed', 'awk', 'tr', 'cut', 'xargs', 'chgrp', 'strip', 'ldconfig', 'getent', 'sort', 'uniq', 'less', 'more', 'tee']);

/**
 * The folders a command writes files into, for commands whose targets their arguments say (relative to `cwd`);
 * [] for a command that writes none; undefined when not known. `xargs`, `sed -i` and the like only change or feed
 * existing files, `tee` writes where its arguments say (counted as unknown when it names any).
 */
function writeTargets(cmd: ShellCommand, cwd: string, ins: Instruction, df: DockerfileModel): string[] | undefined {
  const name = commandName(cmd);
  const args = cmd.args;
  const at = (p: string | undefined) => (p === undefined ? undefined : resolveIn(cwd, p, ins, df));
  const valueOf = (...flags: string[]) => {
    for (let i = 0; i < args.length; i++) {
      if (flags.includes(args[i])) return args[i + 1];
      const eq = args[i].indexOf('=');
      if (eq > 0 && flags.includes(args[i].slice(0, eq))) return args[i].slice(eq + 1);
    }
    return undefined;
  };
  const all = (ps: (string | undefined)[]) => (ps.every((p) => p !== undefined) ? (ps as string[]) : undefined);
  if (name === 'tee') return args.some((a) => !a.startsWith('-')) ? undefined : [];
  if (name === 'xargs') return undefined;
  if (READ_ONLY.has(name)) return [];
  if (name === 'find') {
    // -delete removes; -exec runs a command (judged by its name); -fprint writes a file.
    if (args.some((a) => /^-fprint/.test(a))) return undefined;
    for (let i = 0; i < args.length; i++) if (/^-(exec|execdir|ok|okdir)$/.test(args[i]) && !BENIGN.has(args[i + 1] ?? '') && !READ_ONLY.has(args[i + 1] ?? '')) return undefined;
    return [];
  }
  if (name === 'tar') {
    const first = args[0] ?? '';
    const extracts = args.some((a) => a === '-x' || a === '--extract' || a === '--get') || (/^-?[A-Za-z]+$/.test(first) && !first.startsWith('--') && first.includes('x'));
    if (!extracts) return undefined;
    return all([at(valueOf('-C', '--directory') ?? '.')]);
  }
  if (name === 'unzip') return all([at(valueOf('-d') ?? '.')]);
  if (name === 'cp' || name === 'mv' || name === 'install' || name === 'rsync') {
    const t = valueOf('-t', '--target-directory');
    if (t !== undefined) return all([at(t)]);
    const ops = copyOperands(cmd);
    return ops ? all([at(ops.dest)]) : undefined;
  }
  if (name === 'curl') {
    const out = valueOf('-o', '--output');
    if (out !== undefined) return all([at(out)]);
    return args.some((a) => a === '-O' || a === '--remote-name' || (/^-[A-Za-z]+$/.test(a) && a.includes('O'))) ? all([at('.')]) : [];
  }
  if (name === 'wget') {
    const out = valueOf('-O', '--output-document');
    if (out === '-') return [];
    if (out !== undefined) return all([at(out)]);
    return all([at(valueOf('-P', '--directory-prefix') ?? '.')]);
  }
  return undefined;
}

/**
 * A RUN that only installs registry packages, adjusts permissions, or writes where no handler is loaded from (a
 * tool unpacked in /tmp and copied to /usr/local/bin): it cannot create the handler's module.
 */
function isBenignRun(df: DockerfileModel, ins: Instruction, codeRoots: readonly string[] = []): boolean {
  const script = df.shell(ins);
  if (!script || script.hasError) return false;
  let cwd = ins.workdir;
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    if (name === 'cd' && cmd.args[0] && !cmd.substitutionOf) cwd = resolveIn(cwd, cmd.args[0], ins, df) ?? cwd;
    // Any command writes files through its redirections (`printf ... > /var/task/app.py`, `cat <<EOF > handler.js`).
    for (const r of cmd.redirects) {
      if (!/^(>|>>|>\||&>|&>>)$/.test(r.op) || /^\/dev\/(null|stdout|stderr)$/.test(r.target)) continue;
      const to = resolveIn(cwd, r.target, ins, df);
      if (to === undefined || codeRoots.some((root) => pathWithin(to, root))) return false;
    }
    if (/^(python[\d.]*)$/.test(name) && cmd.args[0] === '-m' && /^pip\d*$/.test(cmd.args[1] ?? '')) {
      if (pipInstallsLocal(cmd.args)) return false;
      continue;
    }
    const sub = cmd.args.find((a) => !a.startsWith('-')) ?? '';
    // npm ci's aliases too (clean-install, ic, install-clean: https://docs.npmjs.com/cli/commands/npm-ci).
    if (name === 'npm' && ['ci', 'install', 'i', 'clean-install', 'ic', 'install-clean', 'isntall-clean'].includes(sub)) continue;
    // Cleaning a package manager's cache (LL301's own fix) writes no code.
    if (['npm', 'yarn', 'pnpm', 'pip', 'pip3', 'uv', 'gem', 'bundle', 'composer'].includes(name) && (sub === 'cache' || sub === 'clean' || sub === 'store')) continue;
    if ((name === 'yarn' || name === 'pnpm') && ['install', ''].includes(cmd.args.find((a) => !a.startsWith('-')) ?? '')) continue;
    if (!BENIGN.has(name)) {
      const targets = writeTargets(cmd, cwd, ins, df);
      if (!targets || targets.some((t) => codeRoots.some((r) => pathWithin(t, r) || pathWithin(r, t)))) return false;
      continue;
    }
    if ((name === 'pip' || name === 'pip3') && pipInstallsLocal(cmd.args)) return false;
  }
  return true;
}

/**
 * A stage that is a build target of its own (`docker build --target lambda` beside `--target server`): the built
 * target does not use it, no stage is built from it or copies from it, and it sets its own ENTRYPOINT or CMD. A client
 * installed there belongs to that image, not one left behind by this one.
 */
function otherTarget(df: DockerfileModel, stage: Stage): boolean {
  if (stage.reachesTarget || df.stages.some((s) => s.dependsOn.has(stage))) return false;
  return stage.instructions.some((i) => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD');
}

/** pip installs a local project (`.`, `./pkg`, `-e`), not only files it reads (`-r ./requirements.txt`, `-c ./c.txt`). */
function pipInstallsLocal(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-r' || a === '--requirement' || a === '-c' || a === '--constraint') {
      i++;
      continue;
    }
    if (/^(-[rc].|--(requirement|constraint)=)/.test(a)) continue;
    if (a === '.' || a.startsWith('./') || a === '-e') return true;
  }
  return false;
}

/** Moves evidence along a COPY --from: kept when a source covers it (unknown paths always are). */
function carry(ev: RicEvidence, sources: string[], dest: string): RicEvidence | undefined {
  const origin = ev.origin ?? ev;
  if (!ev.path) return { ...ev, origin, path: undefined };
  for (const raw of sources) {
    if (hasVar(raw) || GLOB.test(raw)) return { ...ev, origin, path: undefined };
    const src = normalizePath(raw.startsWith('/') ? raw : `/${raw}`);
    if (pathWithin(ev.path, src)) {
      const rest = ev.path.slice(src === '/' ? 0 : src.length);
      let path: string;
      // A file (a bootstrap) keeps its name in a destination folder; a folder's contents land in the destination.
      if (rest === '' && dest.endsWith('/') && (ev.compiled || ev.ric === 'bootstrap')) path = posix.join(dest, basename(src));
      else path = normalizePath(`${dest}${rest}`);
      return { ...ev, origin, path };
    }
    if (pathWithin(src, ev.path)) return { ...ev, origin, path: normalizePath(dest) };
  }
  return undefined;
}

function optionValue(inst: PackageInstall, ...names: string[]): string | undefined {
  for (const o of inst.options) {
    const eq = o.indexOf('=');
    if (eq > 0 && names.includes(o.slice(0, eq))) return o.slice(eq + 1);
  }
  return undefined;
}

function resolveIn(wd: string, p: string, ins: Instruction, df: DockerfileModel): string | undefined {
  const e = expand(p, ins.scope, df.escape);
  if (e.unresolved.length) return undefined;
  return isAbs(e.value) ? normalizePath(e.value) : normalizePath(`${wd}/${e.value}`);
}

type Verdict = 'yes' | 'no' | 'unknown';

const MANIFESTS = Symbol('manifests');

/** Does a manifest in the build context name the client? Looks for `file` (a path or a basename pattern). */
function manifestSays(context: BuildContext | undefined, spec: RicSpec, file: string | RegExp): { verdict: Verdict; file?: string } {
  if (!context) return { verdict: 'unknown' };
  // The same manifest is asked about for every install that uses it: answer once per context.
  const memo = memoOn(context, MANIFESTS, () => new Map<string, { verdict: Verdict; file?: string }>());
  const key = `${spec.id}\0${String(file)}`;
  let answer = memo.get(key);
  if (!answer) memo.set(key, (answer = readManifest(context, spec, file)));
  return answer;
}

function readManifest(context: BuildContext, spec: RicSpec, file: string | RegExp): { verdict: Verdict; file?: string } {
  // The file at the path named, wherever it is; then same-named files among the project's own files, not
  // those of its dependencies (a node_modules in the context holds thousands of package.json).
  const exact = typeof file === 'string' ? context.at(file).filter((f) => !f.dir) : [];
  const byName = context.projectFiles().filter((f) => !f.dir && !exact.some((e) => e.path === f.path) && (typeof file === 'string' ? basename(f.path) === basename(file) : file.test(basename(f.path))));
  const candidates = [...exact, ...byName];
  // Not in the context: it may be generated during the build (poetry export, a builder stage).
  if (candidates.length === 0) return { verdict: 'unknown' };
  for (const c of candidates.slice(0, 20)) {
    const raw = context.read(c.path, 2 << 20);
    if (raw === undefined) return { verdict: 'unknown' };
    const text = spec.id === 'java' ? jvmRuntimeDependencies(c.path, raw) : raw;
    if (spec.manifests.some((m) => m.pattern.test(text))) return { verdict: 'yes', file: c.path };
    // requirements files may include others (-r other.txt), one level deep.
    if (spec.id === 'python') {
      for (const m of text.matchAll(/^\s*(?:-r|--requirement)\s*=?\s*(\S+)/gm)) {
        const inner = context.read(posix.join(posix.dirname(c.path), m[1]));
        if (inner && spec.manifests.some((mm) => mm.pattern.test(inner))) return { verdict: 'yes', file: c.path };
      }
    }
  }
  return { verdict: 'no' };
}

const MANIFEST_FOR: Partial<Record<string, RegExp>> = {
  npm: /^package\.json$/, yarn: /^package\.json$/, pnpm: /^package\.json$/, bun: /^package\.json$/,
  bundle: /^(Gemfile|gems\.rb)$/, mvn: /^pom\.xml$/, gradle: /^build\.gradle(\.kts)?$/, dotnet: /\.(cs|fs|vb)proj$/,
  uv: /^(pyproject\.toml|requirements[\w.-]*\.txt)$/, poetry: /^pyproject\.toml$/, pipenv: /^Pipfile$/,
};

/**
 * The RUN's script, read with the stage's build arguments in place when a command name holds one
 * (`python${PY_VERSION} -m pip install awslambdaric`): RUN sees ARG values as environment variables. Only when every
 * variable of the text resolves, else the text as written.
 */
function argExpandedScript(df: DockerfileModel, ins: Instruction): ReturnType<DockerfileModel['shell']> {
  const script = df.shell(ins);
  if (!script || !ins.shellText || !script.commands.some((c) => c.name.includes('$'))) return script;
  let expanded = expand(ins.shellText, ins.scope, df.escape);
  // An ARG declared before the first FROM and not declared again in the stage is not passed to RUN: the shell
  // expands it to nothing (`python${PY} -m pip` runs `python -m pip`).
  const globalNames = new Set(df.globalArgs.flatMap((a) => a.properties.map((p) => p.name)));
  if (expanded.unresolved.length && expanded.unresolved.every((n) => globalNames.has(n) && !ins.scope.has(n))) {
    expanded = expand(ins.shellText, new Map([...ins.scope, ...expanded.unresolved.map((n) => [n, { value: '' }] as const)]), df.escape);
  }
  return expanded.unresolved.length === 0 ? df.script(expanded.value) : script;
}

/**
 * A JVM build file without what never reaches the function's jar: comments (XML, line and block comments, Clojure ;), and Maven
 * dependencies of test or provided scope, Gradle test configurations (testImplementation ...), sbt `% Test`.
 */
function jvmRuntimeDependencies(path: string, text: string): string {
  if (path.endsWith('.xml')) return text.replace(/<!--[\s\S]*?-->/g, '').replace(/<dependency>(?:(?!<\/dependency>)[\s\S])*?<scope>\s*(?:test|provided)\s*<\/scope>[\s\S]*?<\/dependency>/g, '');
  if (/\.(clj|edn)$/.test(path)) return text.replace(/;[^\n]*/g, '');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .split('\n')
    .filter((line) => !/^\s*test\w*\s*[(\s'"]/.test(line) && !/%\s*"?Test"?\s*$/.test(line.trim()) && !/%\s*Test\b/.test(line))
    .join('\n');
}

/** Per package manager: the clients it can install, by name or through a manifest (RICS order); the others cannot match. */
const RICS_BY_MANAGER = new Map<string, readonly RicSpec[]>();

function ricsFor(manager: string): readonly RicSpec[] {
  let specs = RICS_BY_MANAGER.get(manager);
  if (!specs) {
    specs = RICS.filter((spec) => spec.packages.some((p) => (p.managers as readonly string[]).includes(manager)) || (spec.manifestManagers as readonly string[]).includes(manager) || (spec.id === 'python' && manager === 'pip'));
    RICS_BY_MANAGER.set(manager, specs);
  }
  return specs;
}

function runEvidence(df: DockerfileModel, ins: Instruction, stage: Stage, wd: string, context: BuildContext | undefined, unv: { ins: Instruction; what: string }[], prior: readonly RicEvidence[] = []): RicEvidence[] {
  const script = argExpandedScript(df, ins);
  const out: RicEvidence[] = [];
  if (!script) return out;
  // The working directory of each command: `cd /function && npm install aws-lambda-ric` installs in /function.
  const cwdOf = new Map<ShellCommand, string>();
  {
    let dir = wd;
    for (const cmd of script.commands) {
      cwdOf.set(cmd, dir);
      if (commandName(cmd) === 'cd' && cmd.args[0] && !cmd.substitutionOf) dir = resolveIn(dir, cmd.args[0], ins, df) ?? dir;
    }
  }
  let cwd = wd;
  for (const inst of installs(script)) {
    cwd = cwdOf.get(inst.cmd) ?? wd;
    const target = optionValue(inst, '-t', '--target', '--prefix', '--install-dir', '-i');
    const global = inst.options.includes('-g') || inst.options.includes('--global');
    const base = { ins, stage };
    for (const spec of ricsFor(inst.manager)) {
      const named = spec.packages.find((p) => p.managers.includes(inst.manager) && inst.packages.some((x) => x === p.name || localPackageName(x) === normalizePyName(p.name)));
      if (named) {
        let path: string | undefined;
        if (target) path = resolveIn(cwd, target, ins, df);
        // Global installs: npm's prefix on the official node images is /usr/local (lib/node_modules), yarn's global
        // folder is ~/.config/yarn/global as root on them (https://docs.npmjs.com/cli/v10/configuring-npm/folders,
        // https://classic.yarnpkg.com/en/docs/cli/global); on an AWS base npm's prefix is /var/lang.
        else if (spec.id === 'nodejs' && global) path = inst.manager === 'yarn' ? '/usr/local/share/.config/yarn/global/node_modules' : stage.base.kind.kind === 'aws' ? '/var/lang/lib/node_modules' : '/usr/local/lib/node_modules';
        else if (spec.id === 'nodejs') path = resolveIn(cwd, optionValue(inst, '--prefix') ?? '.', ins, df)?.replace(/\/?$/, '/node_modules');
        out.push({ ...base, ric: spec.id, what: `${inst.manager} ${inst.subcommand} ${named.name}`, path });
        continue;
      }
      if (spec.id === 'go' || spec.id === 'rust' || spec.id === 'dotnet') continue; // compilers: below
      if (!spec.manifestManagers.includes(inst.manager) && !(spec.id === 'python' && inst.manager === 'pip')) continue;
      // Installs driven by a manifest of the build context.
      const files: (string | RegExp)[] = [...inst.files];
      if (spec.id === 'python' && inst.packages.some((p) => p === '.' || p.startsWith('./') || p.startsWith('/'))) files.push(/^(pyproject\.toml|setup\.py|setup\.cfg)$/);
      const pkgManagerDriven = inst.packages.length === 0 || ['ci', 'sync', 'restore', 'publish', 'build', 'package', 'install'].includes(inst.subcommand);
      if (files.length === 0 && MANIFEST_FOR[inst.manager] && pkgManagerDriven && spec.manifestManagers.includes(inst.manager) && (inst.packages.length === 0 || ['mvn', 'gradle', 'dotnet'].includes(inst.manager))) files.push(MANIFEST_FOR[inst.manager]!);
      for (const f of files) {
        const { verdict, file } = manifestSays(context, spec, f);
        const label = typeof f === 'string' ? f : (file ?? String(f));
        if (verdict === 'yes') out.push({ ...base, ric: spec.id, what: `${spec.label} in ${file ?? label}`, path: undefined });
        else if (verdict === 'unknown') unv.push({ ins, what: `${inst.manager} ${inst.subcommand} (${typeof f === 'string' ? f : 'manifest'} not readable)` });
      }
    }
    if (inst.packages.some((p) => hasVar(p))) unv.push({ ins, what: `${inst.manager} ${inst.subcommand} ${inst.packages.join(' ')}` });
  }
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    cwd = cwdOf.get(cmd) ?? cwd;
    // Compilers: the binary is a runtime client when its manifest names the Lambda library; a manifest
    // we cannot read still gives a binary (Go, Rust) or an unverifiable install (.NET).
    const sub = cmd.args.find((x) => !x.startsWith('-')) ?? '';
    const compiler = COMPILERS.find((c) => c.command === name && (!c.sub || c.sub.includes(sub)));
    if (compiler) {
      const spec = ricById(compiler.ric);
      const { verdict, file } = manifestSays(context, spec, spec.manifests[0].files);
      const path = compiledPath(cmd, name, cwd, ins, df);
      if (verdict === 'yes' || (verdict === 'unknown' && compiler.ric !== 'dotnet')) out.push({ ins, stage, ric: compiler.ric, what: verdict === 'yes' ? `${spec.label} in ${file}` : `${name} ${sub}`, path, compiled: true, ...(verdict === 'yes' ? {} : { assumed: true }) });
      else if (verdict === 'unknown') unv.push({ ins, what: `${name} ${sub} (project file not readable)` });
    }
    // cp / mv / install of a compiled binary or an installed client elsewhere (`cargo build --release && cp
    // target/release/app /lambda`; `npm install aws-lambda-ric` in a cache-mounted folder, then `cp -a
    // node_modules/. /var/task/node_modules/`): the copy is the client too.
    if (['cp', 'mv', 'install'].includes(name)) {
      const ops = copyOperands(cmd);
      const dest = ops ? resolveIn(cwd, ops.dest, ins, df) : undefined;
      for (const src of dest ? ops!.sources : []) {
        const from = resolveIn(cwd, src, ins, df);
        const built = from === undefined ? undefined : [...prior, ...out].find((e) => e.path !== undefined && e.ric !== 'bootstrap' && placedAt(from, e.path));
        if (built) {
          out.push({ ...built, ins, stage, path: dest });
          break;
        }
      }
    }
    // cp / mv / install / ln of something to a bootstrap path.
    if (['cp', 'mv', 'install', 'ln'].includes(name)) {
      const last = copyOperands(cmd)?.dest;
      const dest = last ? resolveIn(cwd, last, ins, df) : undefined;
      if (dest && (BOOTSTRAP_PATHS as readonly string[]).includes(dest)) out.push({ ins, stage, ric: 'bootstrap', what: `${name} to ${dest}`, path: dest });
    }
    if (cmd.redirects.some((r) => (BOOTSTRAP_PATHS as readonly string[]).includes(resolveIn(cwd, r.target, ins, df) ?? ''))) {
      out.push({ ins, stage, ric: 'bootstrap', what: 'a bootstrap script written by RUN', path: resolveIn(cwd, cmd.redirects[0].target, ins, df) });
    }
  }
  return out;
}

function compiledPath(cmd: ShellCommand, name: string, cwd: string, ins: Instruction, df: DockerfileModel): string | undefined {
  if (name === 'go' || name === 'dotnet') {
    const o = cmd.args.findIndex((x) => x === '-o' || x === '--output');
    const v = o >= 0 ? cmd.args[o + 1] : cmd.args.find((x) => x.startsWith('--output=') || x.startsWith('-o='))?.replace(/^[^=]*=/, '');
    return v ? resolveIn(cwd, v, ins, df) : undefined;
  }
  // cargo lambda build runs cargo with a --target triple (its binary in target/<triple>/release/<bin>, as cargo puts it)
  // and copies each binary to target/lambda/<bin>/bootstrap (https://github.com/cargo-lambda/cargo-lambda): a COPY of
  // either takes the program.
  if (name === 'cargo') return resolveIn(cwd, 'target', ins, df);
  return undefined;
}

/** The LLRT release asset for container images (`llrt-container-x64`, `llrt-container-arm64`, SDK variants). */
const LLRT_CONTAINER = /^llrt-container(-(x64|arm64))?(-(full-sdk|no-sdk|std-sdk))?$/i;

function copyEvidence(ins: Instruction, stage: Stage, context: BuildContext | undefined): RicEvidence[] {
  const spec = ins.copy!;
  const out: RicEvidence[] = [];
  const add = (ric: RicId, what: string, path?: string) => out.push({ ric, what, ins, stage, path });
  if (spec.from !== undefined) {
    const from = spec.from.split('@')[0].replace(/:[^/]*$/, '');
    // The adapter's image, or any image whose /lambda-adapter lands as an extension (a mirror under another name).
    const adapterCopied = WEB_ADAPTER.image.test(from) || (spec.sources.length === 1 && spec.sources[0] === WEB_ADAPTER.binary && /lambda-adapter/.test(basename(spec.dest)));
    if (adapterCopied && pathWithin(spec.dest, WEB_ADAPTER.extensionDir)) add('web-adapter', `the Lambda Web Adapter from ${spec.from}`, spec.dest);
    // An image other than a stage: we cannot see what it holds; a bootstrap destination still counts.
    if ((BOOTSTRAP_PATHS as readonly string[]).includes(spec.dest)) add('bootstrap', `a bootstrap copied from ${spec.from}`, spec.dest);
    return out;
  }
  // Docker copies into a folder the image already has (/var/runtime, /var/task on an AWS base: ${LAMBDA_RUNTIME_DIR}).
  const awsDirs = stage.base.kind.kind === 'aws' ? ['/var/task', '/var/runtime', '/opt'] : ['/opt'];
  const destIsDir = spec.dest.endsWith('/') || spec.sources.length > 1 || awsDirs.includes(spec.dest);
  for (const h of spec.heredocs) {
    const p = destIsDir ? posix.join(spec.dest, h.name) : spec.dest;
    if ((BOOTSTRAP_PATHS as readonly string[]).includes(p)) add('bootstrap', 'a bootstrap script', p);
  }
  for (const src of spec.sources) {
    const name = basename(src.replace(/\/+$/, ''));
    const path = destIsDir ? posix.join(spec.dest, name) : spec.dest;
    if (JAVA_RIC_JAR.test(name)) add('java', name, path);
    // LLRT's container build implements the Runtime API itself, as a custom runtime's bootstrap does
    // (github.com/awslabs/llrt#using-llrt-in-container-images: ADD .../llrt-container-arm64 /usr/bin/llrt, CMD ["llrt"]).
    else if (LLRT_CONTAINER.test(name)) add('bootstrap', `LLRT (${name})`, path);
    else if ((BOOTSTRAP_PATHS as readonly string[]).includes(path) || (BOOTSTRAP_PATHS as readonly string[]).includes(spec.dest)) add('bootstrap', `${src} copied to ${path}`, path);
    else if (context && !hasVar(src) && prebuiltClient(context, src, name, path, ins, stage, out)) continue;
    else if (context && !hasVar(src)) {
      // The first file of each kind, in one pass over the matched files (a `COPY . .` matches them all).
      let jar: ContextFile | undefined;
      let dll: ContextFile | undefined;
      let boot: ContextFile | undefined;
      let appJar: ContextFile | undefined;
      for (const f of context.match(src)) {
        if (f.dir) continue;
        const name = basename(f.path);
        if (!jar && JAVA_RIC_JAR.test(name)) jar = f;
        if (!appJar && name.endsWith('.jar')) appJar = f;
        if (!dll && name === DOTNET_RIC_DLL) dll = f;
        if (!boot && name === 'bootstrap') boot = f;
      }
      if (jar) add('java', basename(jar.path), spec.dest);
      // A jar built before docker build (mvn package, a shaded or fat jar) from a project whose pom.xml or build.gradle
      // declares the client: the client is in it, as the client's README adds it ("include the library as a part of
      // the function's dependencies", github.com/aws/aws-lambda-java-libs/tree/main/aws-lambda-java-runtime-interface-client).
      else if (appJar) {
        const ev = jarWithClient(context, appJar.path, destIsDir ? posix.join(spec.dest, basename(appJar.path)) : spec.dest, ins, stage);
        if (ev) out.push(ev);
      }
      if (dll) add('dotnet', DOTNET_RIC_DLL, spec.dest);
      if (boot && !dll) add('bootstrap', `${boot.path}`, posix.join(spec.dest, boot.path.slice(src.replace(/^\.?\/?/, '').replace(/\/+$/, '').length).replace(/^\//, '')));
    }
  }
  return out;
}

/**
 * What a COPY --from=<stage> brings beyond the evidence it carries: the Web Adapter when the stage is the adapter's
 * image itself (FROM public.ecr.aws/awsguru/aws-lambda-adapter AS adapter), a jar with the Java client built in.
 */
function stageCopyEvidence(ins: Instruction, stage: Stage, from: Stage, context: BuildContext | undefined, present: readonly RicEvidence[]): RicEvidence[] {
  const spec = ins.copy!;
  const out: RicEvidence[] = [];
  const jar = builtJar(ins, stage, context, present);
  if (jar) out.push(jar);
  let root = from;
  while (root.base.stage) root = root.base.stage;
  const image = root.base.expanded.value.split('@')[0].replace(/:[^/]*$/, '');
  if (WEB_ADAPTER.image.test(image) && pathWithin(spec.dest, WEB_ADAPTER.extensionDir)) out.push({ ric: 'web-adapter', what: `the Lambda Web Adapter from stage ${spec.from} (${root.base.expanded.value})`, ins, stage, path: spec.dest });
  return out;
}

/**
 * A jar a builder stage made (lein uberjar, sbt assembly, a mvn or gradle build this tool did not read) copied into
 * this stage, from a project whose build file declares the Java client: the client is in it. Only when nothing carried
 * the client already.
 */
function builtJar(ins: Instruction, stage: Stage, context: BuildContext | undefined, present: readonly RicEvidence[]): RicEvidence | undefined {
  const spec = ins.copy!;
  const jar = spec.sources.find((src) => src.endsWith('.jar'));
  if (!context || !jar || present.some((e) => e.ric === 'java')) return undefined;
  return jarWithClient(context, basename(jar), spec.dest.endsWith('/') || spec.sources.length > 1 ? posix.join(spec.dest, basename(jar)) : spec.dest, ins, stage);
}

/** A jar (built by the project, or before docker build) that carries the Java client when the project's build file declares it. */
function jarWithClient(context: BuildContext, jar: string, path: string, ins: Instruction, stage: Stage): RicEvidence | undefined {
  const java = ricById('java');
  const { verdict, file } = manifestSays(context, java, java.manifests[0].files);
  return verdict === 'yes' ? { ric: 'java', what: `${jar} (built from ${file})`, ins, stage, path } : undefined;
}

/** The context file starts with the ELF magic (a Linux program), read from its first bytes only. */
function isElf(context: BuildContext, rel: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(posix.join(context.root, rel), 'r');
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === '\x7fELF';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Files without an extension that are not programs. */
const NOT_A_PROGRAM = /^(Makefile|GNUmakefile|LICEN[CS]E|COPYING|NOTICE|AUTHORS|README|CHANGELOG|VERSION|CODEOWNERS|Dockerfile|Containerfile|Procfile|Gemfile|Pipfile|Rakefile|Jenkinsfile|Vagrantfile|Brewfile|Justfile|Taskfile)$/i;

/**
 * A program built before docker build and copied from the context (`COPY ./build_artifact_bin lambdahandler`): a
 * file without an extension, in a context whose go.mod or Cargo.toml names the Lambda library, is that compiled client.
 */
function prebuiltClient(context: BuildContext, src: string, name: string, path: string, ins: Instruction, stage: Stage, out: RicEvidence[]): boolean {
  if (name.includes('.') || NOT_A_PROGRAM.test(name) || GLOB.test(src) || !literalSource(ins, src)) return false;
  const files = context.match(src);
  if (files.length !== 1 || files[0].dir || !isElf(context, files[0].path)) return false;
  for (const id of ['go', 'rust'] as const) {
    const spec = ricById(id);
    const { verdict, file } = manifestSays(context, spec, spec.manifests[0].files);
    if (verdict !== 'yes') continue;
    out.push({ ric: id, what: `${src} (built from ${file})`, ins, stage, path, compiled: true });
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// What an ENTRYPOINT / CMD argv launches, with what the Dockerfile shows (one classifier: ./launch.ts).

/** What the Dockerfile shows beyond an argv: its clients, the bootstraps it places, its scripts. */
class DockerfileSight implements LaunchSight {
  readonly seesBuild = true;
  readonly workdir: string;
  readonly scripts: LaunchSight['scripts'];

  constructor(
    private readonly a: DockerfileContract,
    private readonly df: DockerfileModel,
    context: BuildContext | undefined,
  ) {
    this.workdir = a.target.workdir?.value ?? '/';
    this.scripts = { parse: (text) => df.script(text).commands, at: (path) => findScript(path, a, df, context) };
    this.pathDirs = pathDirsOf(a.target);
    this.awsBase = a.target.base.kind.kind === 'aws';
  }

  readonly awsBase: boolean;

  readonly pathDirs: readonly string[];

  holds(ric: RicId): boolean {
    return this.a.evidence.some((e) => e.ric === ric);
  }

  rieAt(path: string): boolean {
    return (this.riePaths ??= emulatorPlacements(this.a, this.df)).has(path);
  }

  private riePaths: Set<string> | undefined;

  bootstrapAt(path: string): RicEvidence | undefined {
    return this.a.evidence.find((e) => e.path !== undefined && (e.compiled || e.ric === 'bootstrap') && placedAt(path, e.path));
  }

  get unplacedBinary(): boolean {
    return this.a.evidence.some((e) => e.compiled && e.path === undefined);
  }
}

/** The paths the shipped RUNs link, copy or move the Runtime Interface Emulator to (`ln -sf /usr/bin/aws-lambda-rie /lambda-entrypoint.sh`). */
function emulatorPlacements(a: DockerfileContract, df: DockerfileModel): Set<string> {
  const out = new Set<string>();
  for (const ins of a.shipped) {
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of df.shell(ins)?.commands ?? []) {
      if (!['ln', 'cp', 'mv', 'install'].includes(commandName(cmd))) continue;
      const ops = copyOperands(cmd);
      const dest = ops && resolveIn(ins.workdir, ops.dest, ins, df);
      const emulator = ops?.sources.find((w) => (RIE_BINARIES as readonly string[]).includes(basename(w)));
      if (!dest || !emulator) continue;
      out.add(dest);
      out.add(posix.join(dest, basename(emulator)));
    }
  }
  return out;
}

/** Docker's default PATH (what the official images set too), and the folders the target's ENV PATH adds. */
const DEFAULT_PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

function pathDirsOf(target: Stage): string[] {
  const dirs = new Set(DEFAULT_PATH_DIRS);
  // The model's environment of the stage (inherited through FROM <stage>), values expanded.
  for (const d of (target.env.get('PATH')?.value ?? '').split(':')) if (d.startsWith('/')) dirs.add(normalizePath(d));
  return [...dirs];
}

/** The content of a script at `path` in the target image, when visible (COPY from context, COPY heredoc, RUN heredoc). */
function findScript(path: string, a: DockerfileContract, df: DockerfileModel, context: BuildContext | undefined): string | undefined {
  const content = scriptIn(path, a.shipped, df, context, a.knownDirs, 0);
  // A compiled program (an ELF or Mach-O header, NUL bytes) is no script: what it does is not read from its bytes.
  return content === undefined || content.startsWith('\x7fELF') || content.includes('\0') ? undefined : content;
}

/**
 * The file at `path` as the instructions leave it: a heredoc, a build-context file, a file a RUN heredoc writes, or one
 * copied from another stage of this file (COPY --from=builder /app/entry.py /entry.py), followed into that stage.
 */
function scriptIn(path: string, instructions: readonly Instruction[], df: DockerfileModel, context: BuildContext | undefined, knownDirs: ReadonlySet<string> | undefined, depth: number): string | undefined {
  for (let k = instructions.length - 1; k >= 0; k--) {
    const ins = instructions[k];
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy && ins.copy.from === undefined) {
      const spec = ins.copy;
      const destIsDir = spec.dest.endsWith('/') || spec.sources.length + spec.heredocs.length > 1;
      for (const h of spec.heredocs) if ((destIsDir ? posix.join(spec.dest, h.name) : spec.dest) === path) return h.content;
      for (const f of contextFiles(ins, context, knownDirs)) if (f.path === path && f.contextPath) return context?.read(f.contextPath, 256 << 10);
    }
    if (ins.keyword === 'COPY' && ins.copy?.fromStage && depth < 3 && ins.copy.sources.length === 1 && !hasVar(ins.copy.sources[0]) && !hasVar(ins.copy.dest)) {
      const spec = ins.copy;
      const src = normalizePath(spec.sources[0].startsWith('/') ? spec.sources[0] : `/${spec.sources[0]}`);
      const dest = normalizePath(isAbs(spec.dest) ? spec.dest : `${ins.workdir}/${spec.dest}`);
      // The file itself (COPY --from=b /app/entry.py /entry.py, or into a folder), or a file inside a copied folder.
      const from = dest === path ? src : spec.dest.endsWith('/') && posix.join(dest, posix.basename(src)) === path ? src : path.startsWith(`${dest}/`) ? `${src}/${path.slice(dest.length + 1)}` : undefined;
      if (from !== undefined) {
        const found = scriptIn(from, stageLineage(spec.fromStage!).reverse().flatMap((st) => st.instructions), df, context, undefined, depth + 1);
        if (found !== undefined) return found;
      }
    }
    if (ins.keyword === 'RUN' && ins.heredocs.length) {
      const script = df.shell(ins);
      const wd = ins.workdir;
      if (script?.commands.some((c) => c.redirects.some((r) => r.target && normalizePath(isAbs(r.target) ? r.target : `${wd}/${r.target}`) === path))) return ins.heredocs[0].content;
    }
  }
  return undefined;
}

/**
 * The package a local package file holds, from its file name: `/tmp/aws_lambda_ric-3.1.1.gem` (gem build, as AWS's
 * Ruby client sample installs it), `awslambdaric-3.1.1-cp312-...whl` (a wheel), `./aws-lambda-ric-3.0.0.tgz` (npm
 * pack), `awslambdaric-3.1.1.tar.gz` (an sdist). Undefined for a name that is no such file.
 */
function localPackageName(arg: string): string | undefined {
  const file = arg.slice(arg.lastIndexOf('/') + 1);
  const m = /^(.+?)-\d[^/]*\.(gem|whl|tgz|tar\.gz|zip)$/i.exec(file);
  return m ? normalizePyName(m[1]) : undefined;
}

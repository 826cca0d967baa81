import { posix } from 'node:path';
import { defineRule, flattenedFrom, cacheMountTargets, managerCommand, managerCommands, commandName, expand } from '../src/engine/rule-kit.js';
import { pathWithin } from '../src/core/paths.js';
import { type Manager, type ManagerCommand } from '../src/dockerfile/commands.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';
import { type ShellCommand, type ShellScript } from '../src/dockerfile/shell.js';
import { type Scope } from '../src/dockerfile/vars.js';
import { CACHE_IMAGE_MIN_BYTES, CACHES, cacheFor, cacheOfPath, formatMb, type CacheInfo } from '../src/knowledge/caches.js';
import { systemManagersMissing } from '../src/knowledge/managers.js';
import type { ImageModel } from '../src/image/types.js';
import { formatBytes } from '../src/core/bytes.js';

interface ImageCache {
  info: CacheInfo;
  bytes: number;
  files: number;
  deleted: number;
  dirs: Set<string>;
  byLayer: Map<number, number>;
}

/** Bytes under the known cache folders of an image: the final filesystem plus deleted or overwritten copies (they still ship). */
export function imageCaches(image: ImageModel): ImageCache[] {
  const out = new Map<string, ImageCache>();
  const add = (path: string, size: number, layer: number, deleted: boolean) => {
    const hit = cacheOfPath(path);
    if (!hit) return;
    const c = out.get(hit.info.label) ?? { info: hit.info, bytes: 0, files: 0, deleted: 0, dirs: new Set<string>(), byLayer: new Map<number, number>() };
    out.set(hit.info.label, c);
    c.bytes += size;
    c.files++;
    if (deleted) c.deleted += size;
    c.dirs.add(hit.dir);
    c.byLayer.set(layer, (c.byLayer.get(layer) ?? 0) + size);
  };
  for (const e of image.files.values()) if (e.type === 'file') add(e.path, e.size, e.layer, false);
  for (const r of image.removed) if (r.type === 'file') add(r.path, r.size, r.layerAdded, true);
  return [...out.values()].filter((c) => c.bytes > CACHE_IMAGE_MIN_BYTES).sort((a, b) => b.bytes - a.bytes);
}

/** Subcommands that download packages (and so fill the cache), per manager. */
const FILLS_CACHE: Partial<Record<Manager, readonly string[]>> = {
  pip: ['install'],
  uv: ['install', 'sync'],
  // The package lists are written by update; install and upgrade read them (and write the .deb archives).
  'apt-get': ['update', 'install', 'upgrade', 'dist-upgrade', 'full-upgrade'],
  apt: ['update', 'install', 'upgrade', 'dist-upgrade', 'full-upgrade'],
  yum: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade'],
  // dnf's aliases (in, up, upgrade-minimal, distro-sync; dnf(8) and dnf5(8) COMMANDS) and makecache fill the cache too.
  dnf: ['install', 'in', 'groupinstall', 'reinstall', 'rei', 'update', 'up', 'upgrade', 'upgrade-minimal', 'up-min', 'distro-sync', 'dsync', 'makecache', 'mc', 'group', 'localinstall', 'swap'],
  microdnf: ['install', 'reinstall', 'update', 'upgrade', 'makecache'],
  aptitude: ['install', 'upgrade', 'safe-upgrade', 'full-upgrade', 'reinstall'],
  apk: ['add'],
  npm: ['install', 'i', 'ci', 'add', 'in', 'isntall'],
  yarn: ['install', 'add', '', 'global'],
  pnpm: ['install', 'i', 'add'],
  conda: ['install', 'create', 'update', 'env'],
  gem: ['install', 'update'],
  // A bare `bundle` runs `bundle install`.
  bundle: ['install', 'update', ''],
};

/** Where `gem install` puts .gem archives when no GEM_HOME or --install-dir says: the gem directory's cache. */
const GEM_DIR_CACHE = '$(gem env gemdir)/cache';
/** rm of a RubyGems/Bundler cache folder or of its .gem archives (`.../cache`, `.../cache/*.gem`). */
const GEM_CACHE_RM = /(^|\/)cache(\/\*(\.gem)?)?\/?$/;

/** Bundler settings made earlier in the stage with `bundle config [set] [--local|--global] NAME VALUE`. */
interface BundleSettings {
  path?: string;
  deployment?: boolean;
}

function readBundleConfig(mc: ManagerCommand, settings: BundleSettings): void {
  if (mc.manager !== 'bundle' || mc.subcommand !== 'config') return;
  const words = mc.args.filter((a) => !a.startsWith('-'));
  if (words[0] === 'set') words.shift();
  const [name, value] = words;
  if (value === undefined) return;
  if (name === 'path') settings.path = value;
  if (name === 'deployment') settings.deployment = !FALSEY_WORDS.has(value.toLowerCase());
}
const FALSEY_WORDS = new Set(['0', 'false', 'no', 'off']);

const FALSEY = new Set(['', '0', 'false', 'no', 'off']);

interface Evaluated {
  info: CacheInfo;
  mc: ManagerCommand;
  /** Cache locations this command writes to (home-relative paths written with ~). */
  paths: string[];
}

interface Pending extends Evaluated {
  ins: Instruction;
  cleanedAt?: Instruction;
}

/** The RUN's variables with what `export NAME=value` earlier in the same script adds. */
function exportedScope(script: ShellScript, cmd: ShellCommand, scope: Scope): Scope {
  const at = script.commands.indexOf(cmd);
  let out: Map<string, { value: string } | { unknown: true }> | undefined;
  for (let i = 0; i < at; i++) {
    const c = script.commands[i];
    if (c.name !== 'export' || c.substitutionOf) continue;
    out ??= new Map(scope);
    for (const [k, v] of Object.entries(c.assignments)) out.set(k, { value: v });
  }
  return out ?? scope;
}

function varOf(scope: Scope, cmd: ShellCommand, name: string): string | undefined {
  if (name in cmd.assignments) return cmd.assignments[name];
  const v = scope.get(name);
  return v && 'value' in v ? v.value : undefined;
}

/**
 * An argument's value with the RUN's ARG/ENV variables expanded (they are environment variables of the
 * RUN); `$HOME` is kept for `canonical`; undefined when some other variable has no known value.
 */
function argValue(arg: string, scope: Scope): string | undefined {
  const { value, unresolved } = expand(arg.replace(/^(\$\{HOME\}|\$HOME)(?=\/|$)/, '~'), scope);
  return unresolved.length || /[$`]/.test(value) ? undefined : value;
}

/** /root/x, /home/app/x, ~/x, $HOME/x and the Dockerfile's HOME are all written ~/x, so that HOME does not matter. */
function canonical(path: string, home: string | undefined): string {
  let p = path.replace(/^(\$\{HOME\}|\$HOME)(?=\/|$)/, '~');
  if (home && home !== '/' && (p === home || p.startsWith(`${home}/`))) p = `~${p.slice(home.replace(/\/+$/, '').length)}`;
  // root's (or a user's) home stands for ~ only while HOME is unset or is that folder: with ENV HOME=/tmp the caches
  // go to /tmp/.cache, and a mount or removal of /root/.cache misses them.
  if (!home || /^(\/root|\/home\/[^/]+)\/?$/.test(home)) p = p.replace(/^(\/root|\/home\/[^/]+)(?=\/|$)/, '~');
  // A glob in the last segment (rm -rf /var/cache/apk/*) removes the folder's content.
  const segments = p.split('/');
  if (segments.length > 1 && /[*?[]/.test(segments[segments.length - 1])) segments.pop();
  return segments.join('/').replace(/\/+$/, '') || '/';
}

/**
 * Builder stages outside the lineage whose files a lineage stage copies (COPY --from=<stage> <src>), with the absolute
 * source paths: a cache such a stage leaves under one of them is copied into the image with the files around it
 * (`bundle install` with a deployment path keeps its .gem archives under vendor/bundle/ruby/<version>/cache).
 */
/** The cache folder as an absolute path: `~` is the HOME of that RUN (/root without one), a relative one its WORKDIR. */
function absoluteCache(p: { paths: string[]; ins: Instruction }): string {
  const path = withHome(p);
  return path.startsWith('/') ? path : posix.join(p.ins.workdir, path);
}

/** Cache paths are kept home-relative (~): named with the HOME of that RUN (ENV HOME=/tmp is common on Lambda), else /root. */
function withHome(p: { paths: string[]; ins: Instruction }): string {
  const home = p.ins.scope.get('HOME');
  return p.paths[0].replace(/^~/, home && 'value' in home && home.value.startsWith('/') ? home.value.replace(/\/+$/, '') : '/root');
}

/** The cache mounts of a RUN, written home-relative as cache paths are. */
function mountsOf(ins: Instruction): string[] {
  const home = ins.scope.get('HOME');
  return cacheMountTargets(ins.flags).map((m) => canonical(m, home && 'value' in home ? home.value : undefined));
}

/** A later command of the same RUN cleans the cache; what the script exports before it counts (`export PIP_CACHE_DIR=...`). */
function cleanedLater(script: ShellScript, mc: ManagerCommand, target: Evaluated, ins: Instruction): boolean {
  const at = script.commands.indexOf(mc.cmd);
  return script.commands.some((c, i) => (i > at || Boolean(c.viaShellC) || Boolean(mc.cmd.viaShellC)) && c !== mc.cmd && cleans(c, target, exportedScope(script, c, ins.scope)));
}

/** What a finding on a cache left says: the command, the manager, the cache folder and the fix. */
function pendingData(p: { info: CacheInfo; mc: ManagerCommand; paths: string[]; ins: Instruction }): { command: string; manager: string; path: string; fix: string } {
  const { info, mc } = p;
  const path = withHome(p);
  const mountAt = absoluteCache(p);
  const manager = info.label === 'dnf' ? mc.manager : info.label;
  // A cache mount goes where this install keeps its cache (npm_config_cache=/tmp/.npm, UV_CACHE_DIR, a HOME of its own).
  const fix = info.fix.replace('{{manager}}', mc.manager).replace('{{path}}', p.paths[0] === GEM_DIR_CACHE ? '"$(gem env gemdir)"/cache' : path).replace(/target=(\/[^)\s,]+)/, (m, target: string) => (pathWithin(mountAt, target) ? m : `target=${mountAt.replace(/\/_cacache$/, '')}`));
  // `RUN apt-get update` alone: deleting its lists would leave the next RUN's install without them.
  if (isApt(mc) && mc.subcommand === 'update') return { command: shortText(mc.cmd), manager, path, fix: 'move the apt-get install into this RUN and end it there: RUN apt-get update && apt-get install -y --no-install-recommends <packages> && rm -rf /var/lib/apt/lists/*' };
  return { command: shortText(mc.cmd), manager, path: p.paths[0] === GEM_DIR_CACHE ? 'the gem directory\'s cache/ (`gem env gemdir`)' : path, fix };
}

/** A manager the stage's base OS lacks fails the RUN (LL109): it leaves no cache, and a fix naming it would not build. */
const missingOn = (stage: Stage, manager: Manager): boolean => systemManagersMissing(stage.base.kind.os, stage.base.kind.kind === 'aws').includes(manager);
const isApt = (m: ManagerCommand): boolean => m.manager === 'apt-get' || m.manager === 'apt';

/**
 * The apt lists are in a RUN's layer only when it updates them: one finding per RUN for them, on its install (or on
 * the update alone: `RUN apt-get update` in a stage of its own). An install without update writes no lists.
 */
function aptListsOf(commands: readonly ManagerCommand[]): { aptUpdates: boolean; aptJudged: ManagerCommand | undefined } {
  const aptUpdates = commands.some((m) => isApt(m) && m.subcommand === 'update');
  if (!aptUpdates) return { aptUpdates, aptJudged: undefined };
  const install = commands.find((m) => isApt(m) && m.subcommand !== 'update' && FILLS_CACHE[m.manager]!.includes(m.subcommand));
  return { aptUpdates, aptJudged: install ?? commands.find((m) => isApt(m) && m.subcommand === 'update') };
}

/**
 * A builder's cache that every copy of its folder takes from a stage where it was already cleaned: the stage that
 * cleans it or one built FROM that stage (not a sibling the clean-up never reaches). A builder stage ships only the
 * files a COPY --from takes at its end, not its layers.
 */
function cleanedBeforeCopy(p: { ins: Instruction; paths: string[]; cleanedAt?: Instruction }, lineage: Stage[], lineageOf: (s: Stage) => Stage[]): boolean {
  const copies = lineage.flatMap((s) => s.instructions.filter((i) => i.copy?.fromStage && !lineage.includes(i.copy.fromStage) && lineageOf(i.copy.fromStage).includes(p.ins.stage!)));
  const path = absoluteCache(p);
  const taking = copies.filter((i) => i.copy!.sources.some((src) => src.startsWith('/') && (pathWithin(path, src) || pathWithin(src, path))));
  return taking.length > 0 && taking.every((i) => lineageOf(i.copy!.fromStage!).includes(p.cleanedAt!.stage!));
}

function copiedOut(lineage: ReadonlySet<Stage>, lineageOf: (s: Stage) => Stage[]): Map<Stage, string[]> {
  const out = new Map<Stage, string[]>();
  for (const s of lineage) {
    for (const i of s.instructions) {
      const c = i.copy;
      if (!c?.fromStage || lineage.has(c.fromStage)) continue;
      const sources = c.sources.filter((src) => src.startsWith('/'));
      for (const f of lineageOf(c.fromStage)) if (!lineage.has(f)) out.set(f, [...(out.get(f) ?? []), ...sources]);
    }
  }
  return out;
}

/** Is the cache at `path` (canonical: ~ for HOME, relative to the RUN's WORKDIR) under one of `sources`? */
function underCopied(path: string, ins: Instruction, sources: readonly string[]): boolean {
  if (path === GEM_DIR_CACHE) return sources.some((src) => pathWithin('/', src));
  const home = ins.scope.get('HOME');
  const abs = path.startsWith('~') ? path.replace(/^~/, home && 'value' in home && home.value.startsWith('/') ? home.value.replace(/\/+$/, '') : '/root') : path.startsWith('/') ? path : `${ins.workdir.replace(/\/+$/, '')}/${path.replace(/^\.\//, '')}`;
  return sources.some((src) => pathWithin(abs, src));
}

function optionValue(args: readonly string[], names: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    for (const n of names) {
      if (args[i] === n) return args[i + 1];
      if (args[i].startsWith(`${n}=`)) return args[i].slice(n.length + 1);
    }
  }
  return undefined;
}

function hasFlag(args: readonly string[], flags: readonly string[]): boolean {
  return args.some((a) => flags.includes(a) || flags.some((f) => a.startsWith(`${f}=`)));
}

/** The cache locations a manager command writes to, or undefined when it keeps no cache. */
function evaluate(mc: ManagerCommand, info: CacheInfo, scope: Scope, pipConfigNoCache: boolean, bundle: BundleSettings = {}): string[] | undefined {
  const { cmd, manager } = mc;
  const args = cmd.args.map((a, i) => (cmd.literal[i] ? a : (argValue(a, scope) ?? a)));
  const env = (n: string) => varOf(scope, cmd, n);
  const home = env('HOME');
  const canon = (p: string) => canonical(p, home);
  if (info.noCacheFlags && hasFlag(args, info.noCacheFlags)) return undefined;
  switch (manager) {
    case 'pip': {
      // Any valid value of PIP_NO_CACHE_DIR disables the cache, "false" included (pip's backwards-compatible quirk).
      const v = env('PIP_NO_CACHE_DIR');
      if ((v !== undefined && v !== '') || pipConfigNoCache) return undefined;
      const dir = optionValue(args, ['--cache-dir']) ?? env('PIP_CACHE_DIR') ?? (env('XDG_CACHE_HOME') ? `${env('XDG_CACHE_HOME')}/pip` : '~/.cache/pip');
      return [canon(dir)];
    }
    case 'uv': {
      const v = env('UV_NO_CACHE');
      if (v !== undefined && !FALSEY.has(v.toLowerCase())) return undefined;
      const dir = optionValue(args, ['--cache-dir']) ?? env('UV_CACHE_DIR') ?? (env('XDG_CACHE_HOME') ? `${env('XDG_CACHE_HOME')}/uv` : '~/.cache/uv');
      return [canon(dir)];
    }
    case 'npm': {
      const dir = optionValue(args, ['--cache']) ?? env('npm_config_cache') ?? env('NPM_CONFIG_CACHE') ?? '~/.npm';
      return [canon(dir)];
    }
    case 'yarn': {
      // Yarn 2+ (Plug'n'Play) may need its cache at run time: leave it alone.
      if (hasFlag(args, ['--immutable', '--immutable-cache'])) return undefined;
      if (mc.subcommand === 'global' && args[args.indexOf('global') + 1] !== 'add') return undefined;
      const dir = optionValue(args, ['--cache-folder']) ?? env('YARN_CACHE_FOLDER');
      return dir ? [canon(dir)] : info.paths.map(canon);
    }
    case 'pnpm': {
      const dir = optionValue(args, ['--store-dir']) ?? env('npm_config_store_dir') ?? env('NPM_CONFIG_STORE_DIR');
      if (dir) return [canon(dir)];
      const pnpmHome = env('PNPM_HOME');
      const xdg = env('XDG_DATA_HOME');
      return [...(pnpmHome ? [`${pnpmHome}/store`] : []), ...(xdg ? [`${xdg}/pnpm/store`] : []), ...info.paths].map(canon);
    }
    case 'conda': {
      if (mc.subcommand === 'env' && !['create', 'update'].includes(args.find((a) => !a.startsWith('-')) ?? '')) return undefined;
      const roots = [env('CONDA_DIR'), env('MAMBA_ROOT_PREFIX'), env('CONDA_PREFIX')].filter((r): r is string => !!r);
      return [...roots.map((r) => `${r}/pkgs`), ...info.paths].map(canon);
    }
    case 'gem': {
      if (hasFlag(args, ['--user-install'])) return [canon('~/.gem/ruby/*/cache')];
      const dir = optionValue(args, ['--install-dir', '-i']) ?? env('GEM_HOME');
      return [dir ? canon(`${dir}/cache`) : GEM_DIR_CACHE];
    }
    case 'bundle': {
      const deployment = hasFlag(args, ['--deployment']) || (env('BUNDLE_DEPLOYMENT') !== undefined && !FALSEY_WORDS.has(env('BUNDLE_DEPLOYMENT')!.toLowerCase())) || bundle.deployment;
      const path = optionValue(args, ['--path']) ?? env('BUNDLE_PATH') ?? bundle.path ?? (deployment ? 'vendor/bundle' : undefined);
      if (path) return [canon(`${path}/ruby/*/cache`)];
      const home = env('GEM_HOME');
      return [home ? canon(`${home}/cache`) : GEM_DIR_CACHE];
    }
    case 'dnf':
      if (mc.subcommand === 'group' && !['install', 'upgrade'].includes(args.find((a) => !a.startsWith('-')) ?? '')) return undefined;
      return info.paths.map(canon);
    default:
      return info.paths.map(canon);
  }
}

/** Does `cmd` (a later command) remove or clean the cache at `paths`? */
function cleans(cmd: ShellCommand, target: Evaluated, scope: Scope): boolean {
  const name = commandName(cmd);
  const home = varOf(scope, cmd, 'HOME');
  if (name === 'rm') {
    return cmd.args.some((a, i) => {
      if (a.startsWith('-')) return false;
      // The .gem archives: `rm -rf "$(gem env gemdir)"/cache`, `$GEM_HOME/cache/*.gem`, `vendor/bundle/ruby/*/cache`.
      if (target.info.label === 'gem' && GEM_CACHE_RM.test(a.replace(/["']/g, '')) && /gem|bundle|ruby/i.test(a)) return true;
      const value = cmd.literal[i] ? a : argValue(a, scope);
      // A folder known only as written (`export YARN_CACHE_FOLDER="$(mktemp -d)"`) removed through the same variable.
      if (value === undefined) return target.paths.includes(expand(a, scope).value);
      const removed = canonical(value, home);
      if (target.info.label === 'conda' && /(^|\/)pkgs$/.test(removed)) return true;
      return target.paths.some((p) => pathWithin(p, removed) || (target.info.label === 'npm' && pathWithin(`${p}/_cacache`, removed) && removed.endsWith('_cacache')));
    });
  }
  const m = managerCommand(cmd);
  if (!m || !target.info.managers.includes(m.manager)) {
    // yum and dnf clean each other's metadata on Amazon Linux 2023 (yum is dnf there).
    if (!m || !(['yum', 'dnf', 'microdnf'] as Manager[]).includes(m.manager) || !(['yum', 'dnf', 'microdnf'] as Manager[]).includes(target.mc.manager)) return false;
  }
  const positional = m.args.filter((a) => !a.startsWith('-'));
  // `rm -rf $(pip cache dir)`, `rm -rf "$(yarn cache dir)"`, `rm -rf $(pnpm store path)`.
  if (cmd.substitutionOf && commandName(cmd.substitutionOf) === 'rm' && ['cache', 'store', 'config'].includes(m.subcommand)) return true;
  switch (m.manager) {
    case 'pip':
      return m.subcommand === 'cache' && ['purge', 'remove'].includes(positional[0] ?? '');
    case 'uv':
      return m.subcommand === 'cache' && ['clean', 'prune'].includes(positional[0] ?? '');
    case 'apt-get':
    case 'apt':
      return m.subcommand === 'dist-clean' || (m.subcommand === 'clean' && target.paths[0] === APT_ARCHIVES);
    case 'yum':
    case 'dnf':
    case 'microdnf':
      return m.subcommand === 'clean' && positional[0] === 'all';
    case 'apk':
      return m.subcommand === 'cache' && ['clean', 'purge'].includes(positional[0] ?? '');
    case 'npm':
      return m.subcommand === 'cache' && ['clean', 'rm', 'clear'].includes(positional[0] ?? '');
    case 'yarn':
      return m.subcommand === 'cache' && positional[0] === 'clean';
    case 'pnpm':
      return m.subcommand === 'store' && positional[0] === 'prune';
    case 'conda':
      return m.subcommand === 'clean' && m.args.some((a) => a === '--all' || /^-[a-zA-Z]*a[a-zA-Z]*$/.test(a));
    default:
      return false;
  }
}

/**
 * The Debian and Ubuntu images delete the downloaded .deb files after each install (the docker-clean hook,
 * /etc/apt/apt.conf.d/docker-clean); a RUN that removes the hook makes apt keep them in /var/cache/apt/archives
 * (Docker's cache-mount example removes it only together with a mount of /var/cache/apt).
 */
const APT_ARCHIVES = '/var/cache/apt/archives';
const removesDockerClean = (script: ShellScript): boolean =>
  script.commands.some((c) => commandName(c) === 'rm' && c.args.some((a) => /(^|\/)apt\.conf\.d\/docker-clean$/.test(a)));

/** An apt install whose lists are taken care of but whose archives stay, once the docker-clean hook is gone. */
function archivesLeft(script: ShellScript, target: Evaluated, mounts: readonly string[], scope: Scope): Evaluated | undefined {
  if (target.info.label !== 'apt' || mounts.some((m) => pathWithin(APT_ARCHIVES, m))) return undefined;
  const archives: Evaluated = { ...target, paths: [APT_ARCHIVES] };
  const at = script.commands.indexOf(target.mc.cmd);
  return script.commands.some((c, i) => i > at && cleans(c, archives, scope)) ? undefined : archives;
}

function shortText(cmd: ShellCommand): string {
  const t = cmd.text.replace(/\s*\\\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > 70 ? `${t.slice(0, 67)}...` : t;
}

export default defineRule({
  code: 'LL301',
  name: 'cache-leftover',
  severity: 'warning',
  since: '0.1.0',
  sameAs: ['hadolint DL3009', 'hadolint DL3019', 'hadolint DL3032', 'hadolint DL3040', 'hadolint DL3042', 'hadolint DL3060', 'trivy DS-0015', 'trivy DS-0019', 'trivy DS-0025', 'trivy DS-0027', 'dockle DKL-DI-0004', 'dockle DKL-DI-0005'],
  // With the built image (also when the Dockerfile is rebuilt from its history) only the image is judged:
  // its cache folders show exactly what the installs left, so no Dockerfile finding repeats or contradicts them.
  needs: { facts: ['lineage'], dockerfile: true, history: false, image: {} },
  docs: {
    what: "Checks that package installs in the image's own stages (the target stage and the stages it is built FROM) leave no package-manager cache in their layer: an install that neither avoids the cache (a no-cache flag or variable) nor cleans it is reported; the managers, their cache folders and the flags and commands that avoid or clean each are in \"Package caches\" below (apt-get clean keeps the lists; once a RUN removes the Debian/Ubuntu images' docker-clean hook, /etc/apt/apt.conf.d/docker-clean, apt also keeps the downloaded .deb files in /var/cache/apt/archives, which must then be mounted or cleaned too; for RubyGems and Bundler the .gem archives in the gem directory's cache/, also <path>/ruby/<version>/cache with a Bundler path or deployment setting; `bundle install --no-cache` only skips vendor/cache and `--no-document` only skips the docs). The clean-up must come later in the same RUN; a removal in a later RUN is reported too, because it cannot shrink the earlier layer. RUN --mount=type=cache or type=tmpfs over the cache path, PIP_NO_CACHE_DIR (any value, as pip reads it), UV_NO_CACHE, `pip config set global.no-cache-dir`, and custom cache locations (--cache-dir, --cache, npm_config_cache, YARN_CACHE_FOLDER, --store-dir) that are removed are understood. Builder stages whose files are only copied with COPY --from are checked only for caches under a path that is copied (COPY --from=build /var/task/ ships the .gem archives a Bundler deployment install keeps in /var/task/vendor/bundle/ruby/<version>/cache); their other caches never ship. On a built image (with or without its Dockerfile, or rebuilt from the history) the image alone is judged: the bytes under the known cache folders (pip, uv, apt lists and archives, yum/dnf, apk, npm _cacache, yarn, pnpm store, conda pkgs, RubyGems/Bundler .gem archives; /root or /home/<user>), in the final filesystem and in copies a later layer deleted (they still ship), summed per cache with the layers that hold them; a cache is reported above 64 KiB (a proper clean-up leaves only a few files under 1 KiB). The finding sits on the RUN that made the layer when the Dockerfile is given.",
    why: 'A cache left in a layer is shipped in the function image for nothing: tens to hundreds of MB of wheels, tarballs and repository metadata that count against the 10 GB image limit, make every push and deployment slower, and add to the bytes Lambda has to fetch and cache when it prepares the image for new execution environments. Deleting the cache in a later RUN does not help: the earlier layer still holds it.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
      'https://pip.pypa.io/en/stable/topics/caching/',
      'https://docs.aws.amazon.com/linux/al2023/ug/package-management.html',
      'https://github.com/hadolint/hadolint/wiki/DL3042',
      'https://bundler.io/man/bundle-install.1.html',
      'https://guides.rubygems.org/command-reference/#gem-install',
    ],
    tables: [
      {
        title: 'Package caches',
        intro: 'The caches this rule knows (src/knowledge/caches.ts): where each manager keeps them when building as root, and what avoids or removes them in the same RUN, with the manager documentation each entry comes from.',
        columns: ['cache', 'managers', 'folders', 'avoided by', 'cleaned by', 'source'],
        rows: () =>
          CACHES.map((c) => [c.label, c.managers.join(', '), c.paths.join(', '), [...(c.noCacheFlags ?? []), ...(c.noCacheEnv ?? [])].join(', ') || '-', c.cleanCommands.join('; ') || '-', c.source]),
      },
    ],
  },
  messages: {
    misleadingNoCacheDir: {
      text: 'PIP_NO_CACHE_DIR={{value}} reads as "keep the cache", but pip disables its cache for any value of PIP_NO_CACHE_DIR, "{{value}}" included (kept for backwards compatibility): the setting says the opposite of what it does.',
      severity: 'info',
      fix: 'Write PIP_NO_CACHE_DIR=1 (or pass --no-cache-dir) to say what happens; remove the variable if you want the cache.',
    },
    cacheLeft: {
      text: '`{{command}}` leaves the {{manager}} cache in {{path}} ({{size}}) in this layer, and it ships with the image.{{note}}',
      severity: 'warning',
      fix: '{{fix}}.',
    },
    cleanedInLaterLayer: {
      text: '`{{command}}` leaves the {{manager}} cache in {{path}} in this layer; the RUN at line {{cleanLine}} removes it, but a later layer cannot shrink an earlier one, so the bytes still ship.',
      severity: 'warning',
      fix: 'Clean up in the same RUN as the install: {{fix}}.',
    },
    imageCache: {
      text: 'The {{manager}} cache ships {{size}} in the image ({{files}} under {{paths}}, layer {{layers}}){{note}}.',
      severity: 'warning',
      fix: '{{fix}}.',
      evidence: 'image',
    },
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    // FROM scratch + COPY --from=<stage> / /: that stage's whole filesystem (caches included) is shipped.
    for (const s of [...lineage]) {
      const whole = flattenedFrom(s);
      if (whole) for (const f of ctx.facts.lineageOf(whole)) lineage.add(f);
    }
    const builders = copiedOut(lineage, (s) => ctx.facts.lineageOf(s));
    const pending: Pending[] = [];
    let pipConfigNoCache = false;
    let keepsArchives = false;
    const bundleSettings: BundleSettings = {};
    return {
      image(image) {
        const total = image.layers.length;
        for (const c of imageCaches(image)) {
          const layers = [...c.byLayer.entries()].filter(([, b]) => b > 0).sort((a, b) => a[0] - b[0]);
          const main = [...layers].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
          const dirs = [...c.dirs].sort();
          const paths = dirs.length > 3 ? `${dirs.slice(0, 3).join(', ')} + ${dirs.length - 3} more` : dirs.join(', ');
          const layerList = layers.map(([l, b]) => (layers.length > 1 ? `${l + 1} (${formatBytes(b)})` : `${l + 1}`)).join(', ');
          const note = c.deleted > 0 ? `; ${formatBytes(c.deleted)} of it was deleted by a later layer but still ships` : '';
          const manager = c.info.label;
          const fix = c.info.fix.replace('{{manager}}', c.info.managers[0]).replace('{{path}}', dirs[0] ?? c.info.mainPath);
          ctx.report({
            messageId: 'imageCache',
            source: 'image-layer',
            layer: main,
            data: { manager, size: `${formatBytes(c.bytes)} (${c.bytes} bytes)`, files: `${c.files} file${c.files === 1 ? '' : 's'}`, paths, layers: `${layerList}${total ? ` of ${total}` : ''}`, note, fix },
          });
        }
      },
      instruction(ins) {
        // The built image's filesystem is exact: see image().
        if (ctx.image) return;
        if (ins.keyword !== 'RUN' || !ins.stage || !(lineage.has(ins.stage) || builders.has(ins.stage))) return;
        const copied = lineage.has(ins.stage) ? undefined : builders.get(ins.stage);
        const script: ShellScript | undefined = ctx.df.shell(ins);
        if (!script) return;
        // A later RUN that cleans what an earlier one left: the bytes stay in the earlier layer.
        for (const p of pending) {
          if (!p.cleanedAt && script.commands.some((c) => cleans(c, p, ins.scope))) p.cleanedAt = ins;
        }
        if (removesDockerClean(script)) keepsArchives = true;
        const mounts = mountsOf(ins);
        const commands = managerCommands(script);
        const { aptUpdates, aptJudged } = aptListsOf(commands);
        let aptSeen = false;
        // One finding per cache and RUN (`yum update -y && yum install -y zip` fills one yum cache).
        const left = new Set<string>();
        for (const mc of commands) {
          if (mc.manager === 'pip' && mc.subcommand === 'config' && mc.args[0] === 'set' && /\.no-cache-dir$/.test(mc.args[1] ?? '')) pipConfigNoCache = true;
          readBundleConfig(mc, bundleSettings);
          const info = cacheFor(mc.manager);
          if (!info || !FILLS_CACHE[mc.manager]?.includes(mc.subcommand) || missingOn(ins.stage, mc.manager)) continue;
          const scope = exportedScope(script, mc.cmd, ins.scope);
          if (mc.manager === 'pip') {
            // pip/_internal/cli/cmdoptions.py _handle_no_cache_dir: any valid value disables the cache, "false" too.
            const v = varOf(scope, mc.cmd, 'PIP_NO_CACHE_DIR');
            if (v !== undefined && v !== '' && FALSEY.has(v.toLowerCase())) {
              ctx.report({ messageId: 'misleadingNoCacheDir', data: { value: v }, at: ins });
              continue;
            }
          }
          const paths = evaluate(mc, info, scope, pipConfigNoCache, bundleSettings);
          if (!paths || (copied && !underCopied(paths[0], ins, copied))) continue;
          const target: Evaluated = { info, mc, paths };
          const archives = keepsArchives ? archivesLeft(script, target, mounts, ins.scope) : undefined;
          if (isApt(mc) && mc !== aptJudged) {
            // No lists written here (or judged on this RUN's install): only the archives a removed docker-clean keeps.
            if (archives && !aptUpdates && !aptSeen) pending.push({ ...archives, ins });
            aptSeen ||= archives !== undefined;
            continue;
          }
          // A cache mount keeps what it covers out of the image; the main cache path must be covered
          // (a mount of /var/cache/apt alone still leaves the lists of /var/lib/apt/lists).
          if (!mounts.some((m) => pathWithin(paths[0], m)) && !cleanedLater(script, mc, target, ins)) {
            if (!left.has(paths[0])) pending.push({ ...target, ins });
            left.add(paths[0]);
          } else if (archives) pending.push({ ...archives, ins });
        }
      },
      end() {
        for (const p of pending) {
          const { info, mc } = p;
          const data = pendingData(p);
          if (p.cleanedAt) {
            // A builder stage ships only what a COPY --from takes at its end, not its layers (see cleanedBeforeCopy).
            if (!lineage.has(p.ins.stage!) && cleanedBeforeCopy(p, [...lineage], (s) => ctx.facts.lineageOf(s))) continue;
            ctx.report({ messageId: 'cleanedInLaterLayer', at: p.ins, data: { ...data, cleanLine: p.cleanedAt.span.line } });
            continue;
          }
          const aptClean = isApt(mc) && (ctx.df.shell(p.ins)?.commands ?? []).some((c) => ['apt-get', 'apt'].includes(commandName(c)) && c.args.includes('clean'));
          const note = aptClean ? ' `apt-get clean` empties /var/cache/apt/archives but keeps the lists.' : '';
          const size = info.typicalMb ? `typically ${formatMb(info.typicalMb)}` : 'size varies';
          ctx.report({ messageId: 'cacheLeft', at: p.ins, data: { ...data, size, note } });
        }
      },
    };
  },
});

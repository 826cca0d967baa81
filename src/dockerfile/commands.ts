/**
 * What a RUN does, asked of parsed command words: package installs per manager, cache clean-ups,
 * removals. Rules share these answers instead of reading the raw line.
 */
import { memoOn } from '../core/memo.js';
import { commandName, type ShellCommand, type ShellScript } from './shell.js';
import { pathWithin } from '../core/paths.js';
import type { Manager } from '../knowledge/managers.js';

export { pathWithin };

export type { Manager };

export interface ManagerCommand {
  manager: Manager;
  /** install, ci, add, update, clean, download, restore, ... */
  subcommand: string;
  /** Arguments after the subcommand. */
  args: string[];
  cmd: ShellCommand;
}

export interface PackageInstall extends ManagerCommand {
  /** Package names as written (version specifiers removed). */
  packages: string[];
  /** -r requirements files, -c constraints, package.json implied for npm ci ... */
  files: string[];
  /** Options given (e.g. --no-cache-dir, --no-install-recommends). */
  options: string[];
}

const PY_RE = /^python(\d+(\.\d+)?)?$/;

/** `python -m pip install ...` is a pip command; `/usr/bin/pip3.12` is pip. */
function managerOf(cmd: ShellCommand): { manager: Manager; rest: string[] } | undefined {
  const name = commandName(cmd);
  const args = cmd.args;
  if (PY_RE.test(name)) {
    const m = args.indexOf('-m');
    if (m >= 0 && /^pip\d*(\.\d+)?$/.test(args[m + 1] ?? '')) return { manager: 'pip', rest: args.slice(m + 2) };
    if (m >= 0 && args[m + 1] === 'uv') return { manager: 'uv', rest: args.slice(m + 2) };
    return undefined;
  }
  if (/^pip\d*(\.\d+)?$/.test(name)) return { manager: 'pip', rest: args };
  if (name === 'uv' && args[0] === 'pip') return { manager: 'uv', rest: args.slice(1) };
  if (name === 'uv') return { manager: 'uv', rest: args };
  if (name === 'corepack' && ['yarn', 'pnpm'].includes(args[0] ?? '')) return { manager: args[0] as Manager, rest: args.slice(1) };
  if (['mamba', 'micromamba'].includes(name)) return { manager: 'conda', rest: args };
  if (name === 'mvnw' || name === './mvnw') return { manager: 'mvn', rest: args };
  if (name === 'gradlew') return { manager: 'gradle', rest: args };
  const known: Manager[] = ['apt-get', 'apt', 'aptitude', 'apk', 'yum', 'dnf', 'microdnf', 'poetry', 'pipenv', 'conda', 'npm', 'yarn', 'pnpm', 'bun', 'gem', 'bundle', 'go', 'mvn', 'gradle', 'dotnet', 'cargo'];
  if ((known as string[]).includes(name)) return { manager: name as Manager, rest: args };
  if (name === 'bundler') return { manager: 'bundle', rest: args };
  return undefined;
}

/** Options that take a value, per manager, so that the value is not read as a package. */
const VALUE_OPTIONS: Partial<Record<Manager, Set<string>>> = {
  pip: new Set(['-r', '--requirement', '-c', '--constraint', '-t', '--target', '-i', '--index-url', '--extra-index-url', '--prefix', '--root', '-f', '--find-links', '--platform', '--python-version', '--implementation', '--abi', '--only-binary', '--no-binary', '--cache-dir', '--trusted-host', '-e', '--editable', '--src', '--progress-bar', '--timeout', '--retries', '--log']),
  uv: new Set(['-r', '--requirement', '-c', '--constraint', '-t', '--target', '-i', '--index-url', '--extra-index-url', '--prefix', '--python', '-p', '--cache-dir', '--extra', '--group', '--only-group', '--no-group', '--package', '--project', '--directory', '--index', '--python-platform']),
  // https://python-poetry.org/docs/cli/#install, #add and the global options (-C/--directory, -P/--project).
  poetry: new Set(['--with', '--without', '--only', '-E', '--extras', '-C', '--directory', '-P', '--project', '-G', '--group', '--source', '--python', '--platform']),
  // https://pipenv.pypa.io/en/latest/commands.html
  pipenv: new Set(['--python', '-r', '--requirements', '--categories', '--extra-pip-args', '-i', '--index', '--pypi-mirror']),
  // https://bundler.io/man/bundle-install.1.html
  bundle: new Set(['--path', '-j', '--jobs', '--retry', '--without', '--with', '--gemfile', '--binstubs', '--shebang', '--target-rbconfig', '--trust-policy']),
  'apt-get': new Set(['-o', '-t', '--target-release', '-c']),
  apt: new Set(['-o', '-t', '--target-release', '-c']),
  aptitude: new Set(['-o', '-t', '--target-release', '-c']),
  apk: new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root', '--cache-dir']),
  yum: new Set(['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--exclude', '-x']),
  dnf: new Set(['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--exclude', '-x']),
  microdnf: new Set(['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever']),
  npm: new Set(['--prefix', '--cache', '--registry', '-w', '--workspace', '--omit', '--include']),
  yarn: new Set(['--cwd', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex']),
  pnpm: new Set(['--dir', '-C', '--store-dir', '--filter', '-F']),
  gem: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--source']),
  conda: new Set(['-c', '--channel', '-n', '--name', '-p', '--prefix', '--file']),
};

const MANAGERS = Symbol('managerCommands');
const INSTALLS = Symbol('installs');
const MANAGER = Symbol('managerCommand');

/** Every package-manager command in a script, with its subcommand (memoized per parsed script). */
export function managerCommands(script: ShellScript | undefined): ManagerCommand[] {
  if (!script) return [];
  return memoOn(script, MANAGERS, () => findManagerCommands(script));
}

function findManagerCommands(script: ShellScript): ManagerCommand[] {
  const out: ManagerCommand[] = [];
  for (const cmd of script.commands) {
    const m = managerCommand(cmd);
    if (m) out.push(m);
  }
  return out;
}

/** The package-manager reading of one command (memoized per command), or undefined. */
export function managerCommand(cmd: ShellCommand): ManagerCommand | undefined {
  return memoOn(cmd, MANAGER, () => readManagerCommand(cmd));
}

function readManagerCommand(cmd: ShellCommand): ManagerCommand | undefined {
  const m = managerOf(cmd);
  if (!m) return undefined;
  const values = VALUE_OPTIONS[m.manager];
  let i = 0;
  // Skip global options before the subcommand (apt-get -y install, yum -y install, npm --prefix x ci).
  while (i < m.rest.length && m.rest[i].startsWith('-')) {
    if (values?.has(m.rest[i]) && !m.rest[i].includes('=')) i++;
    i++;
  }
  const subcommand = m.rest[i] ?? '';
  // `yarn global add x` is an install of x into yarn's global folder.
  if (m.manager === 'yarn' && subcommand === 'global' && m.rest[i + 1]) return { manager: 'yarn', subcommand: m.rest[i + 1], args: ['--global', ...m.rest.slice(0, i), ...m.rest.slice(i + 2)], cmd };
  return { manager: m.manager, subcommand, args: [...m.rest.slice(0, i), ...m.rest.slice(i + 1)], cmd };
}

const INSTALL_SUBCOMMANDS: Record<Manager, string[]> = {
  'apt-get': ['install'],
  apt: ['install'],
  aptitude: ['install'],
  apk: ['add'],
  yum: ['install', 'groupinstall', 'localinstall', 'reinstall'],
  dnf: ['install', 'in', 'groupinstall', 'reinstall'],
  microdnf: ['install', 'reinstall'],
  pip: ['install'],
  uv: ['install', 'sync', 'add'],
  poetry: ['install', 'add'],
  pipenv: ['install', 'sync'],
  conda: ['install', 'create', 'update'],
  npm: ['install', 'i', 'ci', 'add', 'isntall', 'in'],
  yarn: ['install', 'add', ''],
  pnpm: ['install', 'i', 'add'],
  bun: ['install', 'i', 'add'],
  gem: ['install'],
  bundle: ['install'],
  go: ['get', 'install', 'mod'],
  mvn: ['dependency:go-offline', 'dependency:resolve', 'install', 'package', 'verify', 'dependency:copy-dependencies'],
  gradle: ['build', 'dependencies', 'assemble', 'shadowJar', 'installDist'],
  dotnet: ['restore', 'publish', 'build'],
  cargo: ['build', 'fetch', 'install', 'lambda'],
};

/** Package installs (and dependency downloads) in a script (memoized per parsed script). */
export function installs(script: ShellScript | undefined): PackageInstall[] {
  if (!script) return [];
  return memoOn(script, INSTALLS, () => findInstalls(script));
}

function findInstalls(script: ShellScript): PackageInstall[] {
  const out: PackageInstall[] = [];
  for (const mc of managerCommands(script)) {
    if (!INSTALL_SUBCOMMANDS[mc.manager].includes(mc.subcommand)) continue;
    if (mc.manager === 'go' && mc.subcommand === 'mod' && mc.args[0] !== 'download') continue;
    const values = VALUE_OPTIONS[mc.manager] ?? new Set<string>();
    const packages: string[] = [];
    const files: string[] = [];
    const options: string[] = [];
    for (let i = 0; i < mc.args.length; i++) {
      const a = mc.args[i];
      if (a.startsWith('-')) {
        const eq = a.indexOf('=');
        const opt = eq > 0 ? a.slice(0, eq) : a;
        options.push(opt);
        const value = eq > 0 ? a.slice(eq + 1) : values.has(a) ? mc.args[++i] : undefined;
        if (value !== undefined && ['-r', '--requirement', '-c', '--constraint', '--file'].includes(opt)) files.push(value);
        if (value !== undefined) options.push(`${opt}=${value}`);
        continue;
      }
      if (mc.manager === 'go' && mc.subcommand === 'mod') continue;
      // `bundle install` names no gems (the Gemfile does); a word after an option is that option's list
      // (`--without development test`, an array option).
      if (mc.manager === 'bundle') continue;
      packages.push(stripVersion(mc.manager, a));
    }
    out.push({ ...mc, packages: packages.filter(Boolean), files, options });
  }
  return out;
}

function stripVersion(manager: Manager, spec: string): string {
  switch (manager) {
    case 'pip':
    case 'uv':
    case 'poetry':
    case 'pipenv':
    case 'conda':
      return spec.replace(/\[.*?\]/, '').split(/[=<>!~;@ ]/)[0].toLowerCase();
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'bun': {
      const at = spec.lastIndexOf('@');
      return at > 0 ? spec.slice(0, at) : spec;
    }
    case 'apt-get':
    case 'apt':
      return spec.split('=')[0];
    case 'apk':
      return spec.split(/[=<>~]/)[0];
    case 'gem':
      return spec.split(':')[0];
    default:
      return spec;
  }
}

/** `rm -rf` targets (after option parsing) anywhere in the script. */
export function removedPaths(script: ShellScript | undefined): string[] {
  if (!script) return [];
  const out: string[] = [];
  for (const cmd of script.commands) {
    if (commandName(cmd) !== 'rm') continue;
    for (const a of cmd.args) if (!a.startsWith('-')) out.push(a);
  }
  return out;
}

/** True when some command in the script is `name` with the given leading arguments. */
export function hasCommand(script: ShellScript | undefined, name: string, ...leading: string[]): boolean {
  if (!script) return false;
  return script.commands.some((c) => commandName(c) === name && leading.every((l, i) => c.args.filter((a) => !a.startsWith('-'))[i] === l));
}

/** The options of each `RUN --mount=key=value,...` flag, by key. */
export function mountOptions(flags: readonly { name: string; value?: string }[]): Map<string, string>[] {
  return flags.filter((f) => f.name === 'mount' && f.value).map((f) => new Map(f.value!.split(',').map((p) => [p.slice(0, p.indexOf('=') >>> 0).trim(), p.slice(p.indexOf('=') + 1).trim()] as const)));
}

/**
 * Targets of `RUN --mount=type=cache|tmpfs,target=...` flags: what the RUN writes there never reaches
 * the layer. (`target`, `dst` and `destination` are synonyms; the default mount type is bind.)
 */
export function cacheMountTargets(flags: readonly { name: string; value?: string }[]): string[] {
  const out: string[] = [];
  for (const kv of mountOptions(flags)) {
    const type = kv.get('type') ?? 'bind';
    const target = kv.get('target') ?? kv.get('dst') ?? kv.get('destination');
    if ((type === 'cache' || type === 'tmpfs') && target) out.push(target.replace(/\/+$/, '') || '/');
  }
  return out;
}


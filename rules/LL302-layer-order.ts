import { defineRule, type RuleContext, cacheMountTargets, installs, managerCommands, commandName } from '../src/engine/rule-kit.js';
import { posix } from 'node:path';
import { pathWithin } from '../src/core/paths.js';
import { globToRegExp as copyGlob } from '../src/core/glob.js';
import { type Manager, type ManagerCommand } from '../src/dockerfile/commands.js';
import type { Instruction, Stage } from '../src/dockerfile/model.js';
import { type ShellCommand } from '../src/dockerfile/shell.js';
import { cachePathsFor } from '../src/knowledge/caches.js';
import { ARTIFACT_EXTENSIONS, BUILD_CONFIG_EXAMPLES, DEPENDENCY_DIRS, ECOSYSTEMS, MANIFEST_EXAMPLES, isBuildConfigName, isManifestName } from '../src/knowledge/dependency-manifests.js';

/**
 * What a package-manager command is, for layer order:
 * - deps: installs dependencies from manifests only (pip install -r, npm ci, go mod download ...);
 * - build: compiles the code and fetches dependencies on the way (mvn package, go build, cargo build ...);
 * - packages: installs named packages that do not need the code (pip install boto3, dnf install gcc).
 */
type Kind = 'deps' | 'build' | 'packages';

/** Ecosystem families: a deps step of the family makes a later build step cheap. */
const FAMILY: Partial<Record<Manager, string>> = {
  pip: 'python', uv: 'python', poetry: 'python', pipenv: 'python', conda: 'python',
  npm: 'node', yarn: 'node', pnpm: 'node', bun: 'node',
  bundle: 'ruby', gem: 'ruby', go: 'go', mvn: 'mvn', gradle: 'gradle', dotnet: 'dotnet', cargo: 'cargo',
};

const OS_MANAGERS: readonly Manager[] = ['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf'];
/** Commands that may share a RUN with package installs without needing the application code. */
// update-alternatives picks an installed program; amazon-linux-extras enables (and installs) Amazon Linux 2 topics.
const HARMLESS = new Set(['rm', 'echo', 'set', 'true', 'mkdir', 'ln', 'chmod', 'apt-mark', 'update-ca-certificates', 'ldconfig', 'printf', 'update-alternatives', 'amazon-linux-extras']);

/** Package-manager subcommands that never read the application code. */
const MAINTENANCE = ['update', 'clean', 'cache', 'makecache', 'upgrade', 'config', 'autoremove', 'purge', 'remove', 'del', 'dist-clean', 'erase'];
const MVN_DEPS = ['dependency:go-offline', 'dependency:resolve', 'dependency:resolve-plugins', 'de.qaware.maven:go-offline-maven-plugin:resolve-dependencies'];
const MVN_BUILD = ['package', 'install', 'verify', 'compile', 'deploy'];
const GRADLE_BUILD = ['build', 'assemble', 'shadowJar', 'installDist', 'jar', 'bootJar', 'buildZip', 'compileJava', 'distZip'];

function isLocalPath(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('$') || spec.includes('/') || ARTIFACT_EXTENSIONS.some((e) => spec.endsWith(e)) || spec.startsWith('git+') || spec.startsWith('file:');
}

function positional(args: readonly string[]): string[] {
  return args.filter((a) => !a.startsWith('-'));
}

interface Classified {
  kind: Kind;
  mc: ManagerCommand;
  files: string[];
}

function classify(mc: ManagerCommand, install: { packages: string[]; files: string[] } | undefined): Classified | undefined {
  const pos = positional(mc.args);
  const all = [mc.subcommand, ...mc.args];
  const named = install?.packages ?? [];
  const local = named.filter(isLocalPath);
  const remote = named.filter((p) => !isLocalPath(p));
  const files = install?.files ?? [];
  const done = (kind: Kind): Classified => ({ kind, mc, files });
  if (OS_MANAGERS.includes(mc.manager)) return install && remote.length ? done('packages') : undefined;
  switch (mc.manager) {
    case 'pip':
      if (!install) return undefined;
      if (files.length) return done('deps');
      if (local.some((p) => p === '.' || p === './' || p.startsWith('./') || p === '.[dev]' || /^\.\[/.test(p))) return done('build');
      return remote.length && !local.length ? done('packages') : undefined;
    case 'uv':
      if (mc.subcommand === 'sync') return done('deps');
      if (mc.subcommand === 'pip' && pos[0] === 'sync') return done('deps');
      if (!install) return undefined;
      if (files.length) return done('deps');
      return remote.length && !local.length ? done('packages') : undefined;
    case 'poetry':
      return mc.subcommand === 'install' ? done('deps') : undefined;
    case 'pipenv':
      return install && !remote.length && !local.length ? done('deps') : undefined;
    case 'conda':
      if (mc.subcommand === 'env' && ['create', 'update'].includes(pos[0] ?? '')) return done('deps');
      if (install && files.length) return done('deps');
      return install && remote.length && !local.length ? done('packages') : undefined;
    case 'npm':
      if (mc.subcommand === 'ci') return done('deps');
      if (!install) return undefined;
      if (!named.length) return done('deps');
      return !local.length && !mc.args.includes('-g') && !mc.args.includes('--global') ? done('packages') : undefined;
    case 'yarn':
    case 'pnpm':
    case 'bun':
      if (!install) return undefined;
      if (mc.subcommand !== 'add' && !named.length) return done('deps');
      return mc.subcommand === 'add' && remote.length && !local.length ? done('packages') : undefined;
    case 'bundle':
      return mc.subcommand === 'install' ? done('deps') : undefined;
    case 'go':
      if (mc.subcommand === 'mod' && pos[0] === 'download') return done('deps');
      if (mc.args.some((a) => a === '-mod=vendor')) return undefined;
      if (mc.subcommand === 'build' || (mc.subcommand === 'install' && pos.every((p) => !p.includes('@')))) return done('build');
      return undefined;
    case 'mvn':
      if (all.some((a) => MVN_DEPS.includes(a))) return done('deps');
      if (all.some((a) => MVN_BUILD.includes(a)) && !mc.args.includes('-o') && !mc.args.includes('--offline')) return done('build');
      return undefined;
    case 'gradle':
      if (all.includes('dependencies') || all.includes('downloadDependencies')) return done('deps');
      if (all.some((a) => GRADLE_BUILD.includes(a)) && !mc.args.includes('--offline')) return done('build');
      return undefined;
    case 'dotnet':
      if (mc.subcommand === 'restore') return done('deps');
      if (['publish', 'build'].includes(mc.subcommand) && !mc.args.includes('--no-restore')) return done('build');
      return undefined;
    case 'cargo':
      if (mc.subcommand === 'fetch') return done('deps');
      if (mc.subcommand === 'build' || (mc.subcommand === 'lambda' && pos[0] === 'build')) return done('build');
      return undefined;
    default:
      return undefined;
  }
}

function basename(p: string): string {
  const clean = p.replace(/\/+$/, '');
  return clean.slice(clean.lastIndexOf('/') + 1);
}

const globToRegExp = (glob: string): RegExp => copyGlob(glob, '.*');

/**
 * Names of handler files: a COPY glob that matches one brings code, even when it matches a manifest too
 * (`COPY src/* .`, `COPY * ./`), while `COPY package*.json ./` or `COPY requirements*.txt ./` brings manifests only.
 */
const CODE_EXAMPLES: readonly string[] = ['app.py', 'lambda_function.py', 'index.js', 'index.mjs', 'handler.ts', 'main.go', 'app.rb', 'Function.cs', 'Handler.java', 'main.rs'];

/** A COPY/ADD source the image history records as a content hash (`COPY file:4b2e... in /var/task`). */
const HASH_SOURCE = /^(?:[a-z0-9]+:)?[0-9a-f]{10,}$/;

/**
 * History mode: what a COPY/ADD rebuilt from the image history brought. `ADD file:... in /` is a base
 * image's root filesystem, and a hashed source tells nothing of its name: it counts as code only when it
 * lands in the task root or the working directory (and its destination is not a manifest's name).
 */
function historyCodeSource(ins: Instruction, workdir: string | undefined): string | undefined | null {
  const copy = ins.copy;
  if (!copy) return undefined;
  const dest = copy.dest.replace(/\/+$/, '') || '/';
  if (dest === '/') return undefined;
  if (!copy.sources.some((s) => HASH_SOURCE.test(s))) return null; // real names (BuildKit, kaniko): judge as usual
  const roots = ['/var/task', ...(workdir && workdir !== '/' ? [workdir.replace(/\/+$/, '')] : [])];
  if (!roots.some((r) => dest === r || dest.startsWith(`${r}/`))) return undefined;
  if (!copy.dest.endsWith('/') && isManifestName(basename(dest))) return undefined;
  return copy.sources[0];
}

/** The first COPY/ADD source that brings application code from the build context, if any. */
function codeSource(ins: Instruction): string | undefined {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.copy || ins.copy.from !== undefined) return undefined;
  // A file copied to /tmp feeds a build step (a package list, an installer script); it is not the function's code.
  if (ins.copy.dest === '/tmp' || ins.copy.dest.startsWith('/tmp/')) return undefined;
  // Nor is what goes into the system's configuration (CA certificates into /etc/pki, /etc/ssl, a config file in /etc).
  if (ins.copy.dest.startsWith('/etc/') || ins.copy.dest.startsWith('/usr/local/share/ca-certificates')) return undefined;
  for (const src of ins.copy.sources) {
    if (!src || src.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith('<<')) continue;
    const base = basename(src);
    if (base === '' || base === '.' || base === '..' || src === '/') return src;
    if (/[*?[]/.test(base)) {
      const re = globToRegExp(base);
      if ((MANIFEST_EXAMPLES.some((m) => re.test(m)) || BUILD_CONFIG_EXAMPLES.some((m) => re.test(m))) && !CODE_EXAMPLES.some((c) => re.test(c))) continue;
      return src;
    }
    if (isManifestName(base) || isBuildConfigName(base) || DEPENDENCY_DIRS.includes(base) || ARTIFACT_EXTENSIONS.some((e) => base.endsWith(e)) || DOC_FILE.test(base)) continue;
    return src;
  }
  return undefined;
}

/** A project's documents (LICENSE, NOTICE, README.md, CHANGELOG): they change without the code and need no install. */
const DOC_FILE = /^(LICEN[CS]E|COPYING|NOTICE|AUTHORS|README|CHANGELOG|CHANGES)([.-][\w.-]*)?$|\.(md|rst)$/i;

/**
 * The manifests to copy first, never a lock file the build context lacks: with the context at hand only those it
 * holds; without it a lock file is written with a trailing * (`COPY package.json package-lock.json* ./`), which
 * copies it when it is there and builds when it is not.
 */
function presentManifests(list: string | undefined, context: RuleContext<string>['context'], folder = ''): string {
  if (!list) return 'the dependency manifests';
  const names = list.split(' ');
  const lock = (n: string) => /lock|\.sum$/i.test(n);
  if (!context) return names.map((n) => (lock(n) && !n.includes('*') ? `${n}*` : n)).join(' ');
  const kept = names.filter((n) => !lock(n) || n.includes('*') || context.at(`${folder}${n}`).length > 0);
  return kept.join(' ');
}

/**
 * The install a fix moves before the code, whole: with only the manifests there, Poetry (2 and later) must not install
 * the project itself (`--no-root`), nor uv (`--no-install-project`).
 */
function fixCommandOf(mc: ManagerCommand): string {
  const text = oneLine(mc.cmd);
  if (mc.manager === 'poetry' && mc.subcommand === 'install' && !mc.args.some((a) => a === '--no-root' || a === '--only-root')) return `${text} --no-root`;
  if (mc.manager === 'uv' && mc.subcommand === 'sync' && !mc.args.includes('--no-install-project')) return `${text} --no-install-project`;
  return text;
}

/**
 * The manifests a fix copies before the install, and where to: the files it reads, with the lock file it also reads
 * when not named (`bundle install --deployment` needs Gemfile.lock); from the folder the code COPY brings
 * (`COPY lambda-function/ ./`), and into the subfolder the install names (`pip install -r requirements/prod.txt`).
 */
function manifestCopy(deps: Classified, code: Instruction, dest: string, context: RuleContext<string>['context'], installDir?: string): { manifests: string; destDir: string } {
  const ecosystem = ECOSYSTEMS[deps.mc.manager]?.manifests;
  const named = deps.files.map(basename);
  const dir = deps.files.length ? posix.dirname(deps.files[0]) : '.';
  // A subfolder named relative to the install's folder (not `${LAMBDA_TASK_ROOT}/requirements.txt`).
  const sub = named.length && dir !== '.' && !/^[/$]/.test(dir) && deps.files.every((f) => posix.dirname(f) === dir) ? dir.replace(/^\.\//, '') : '';
  // The code folder holds them unless the context shows them at its top (copied there by an earlier COPY).
  // The whole context copied above the install's folder (`COPY . /project`, then `WORKDIR /project/api`): the
  // manifests are in that subfolder of the context (api/pyproject.toml).
  const whole = codeFolder(code, dest === destWritten(code));
  const above = whole ? '' : contextSubfolder(code, installDir);
  const folder = whole || above;
  // Then the manifests go to the install's folder by its absolute path: the WORKDIR that names it may come after.
  if (above) dest = installDir!;
  const first = `${sub ? `${sub}/` : ''}${named[0] ?? ''}`;
  const from = folder && context && named.length && context.at(`${folder}${first}`).length === 0 && context.at(first).length > 0 ? '' : folder;
  const locks = ecosystem ? presentManifests(ecosystem, context, from).split(' ').filter((n) => /lock|\.sum$/i.test(n) && !named.includes(n.replace(/\*$/, ''))) : [];
  const list = named.length ? [...named, ...locks] : presentManifests(ecosystem, context, from).split(' ');
  // Install configuration the code COPY brought with it (`.puppeteerrc.cjs`, read by puppeteer's install script for
  // where to put the browser) goes first too: copied after the install, it would change what the install did.
  const manifests = list.map((n) => `${from}${sub ? `${sub}/` : ''}${n}`);
  for (const src of code.copy?.sources ?? []) if (isBuildConfigName(basename(src)) && !manifests.includes(src)) manifests.push(src);
  return { manifests: manifests.join(' '), destDir: withSlash(sub ? `${withSlash(dest)}${sub}` : dest) };
}

/**
 * Cargo's download cache in this stage: under CARGO_HOME when set (the official rust images set /usr/local/cargo),
 * else under the home folder (~/.cargo, /root/.cargo for root, as rustup installs it): doc.rust-lang.org/cargo/guide/cargo-home.html.
 */
function cargoCache(manager: string, stage: Stage, lineage: readonly Stage[]): string | undefined {
  if (manager !== 'cargo') return undefined;
  const home = stage.env.get('CARGO_HOME')?.value;
  if (home && home.startsWith('/') && !home.includes('$')) return `${home.replace(/\/+$/, '')}/registry`;
  const root = lineage[lineage.length - 1] ?? stage;
  return /(^|\/)rust$/.test(root.base.ref.repository) ? '/usr/local/cargo/registry' : '/root/.cargo/registry';
}

/** `api/` for `COPY . /project` and an install in /project/api; '' otherwise. */
function contextSubfolder(code: Instruction, installDir: string | undefined): string {
  const spec = code.copy;
  if (!installDir || !spec || spec.sources.length !== 1 || !['.', './'].includes(spec.sources[0]) || spec.dest.includes('$')) return '';
  const codeDest = posix.normalize(spec.dest.startsWith('/') ? spec.dest : posix.join(code.workdir, spec.dest)).replace(/(.)\/+$/, '$1');
  const wd = posix.normalize(installDir).replace(/(.)\/+$/, '$1');
  return wd !== codeDest && pathWithin(wd, codeDest) ? withSlash(posix.relative(codeDest, wd)) : '';
}

/** The folder a code COPY takes whole into the install's folder (`COPY lambda-function/ ./`): its manifests are there. */
function codeFolder(code: Instruction, intoInstallDir: boolean): string {
  const sources = code.copy?.sources ?? [];
  if (!intoInstallDir || sources.length !== 1) return '';
  const src = sources[0].replace(/^\.\//, '');
  return src !== '' && src !== '.' && !src.includes('$') && !/[*?[]/.test(src) && (src.endsWith('/') || !/\.\w+$/.test(src)) ? withSlash(src) : '';
}

/** Commands that write a requirements file from a project's own manifests, by the manager whose manifests they read. */
const EXPORTERS: Record<string, { subcommand: string | undefined; manager: Manager }> = {
  uv: { subcommand: 'export', manager: 'uv' },
  poetry: { subcommand: 'export', manager: 'poetry' },
  pipenv: { subcommand: 'requirements', manager: 'pipenv' },
};

/** Where a COPY is, for a message: its line, or in history mode the image layer it made. */
function copyPlace(code: Instruction, history: readonly { layer?: number }[] | undefined): string {
  if (!history) return `line ${code.span.line}`;
  const layer = history[code.index - 1]?.layer;
  return layer !== undefined ? `image layer ${layer + 1}` : 'earlier in the image history';
}

/**
 * An install that, after the dependencies, installs the project itself: uv's and Poetry's two-step pattern installs
 * the dependencies from the manifests alone first (`uv sync --no-install-project`, `poetry install --no-root`), then,
 * after the code, runs the same command again for the project on top of them
 * (https://docs.astral.sh/uv/guides/integration/docker/#intermediate-layers).
 */
function projectStep(mc: ManagerCommand): boolean {
  if (mc.manager === 'uv') return mc.subcommand === 'sync' && !mc.args.includes('--no-install-project') && !mc.args.includes('--only-group');
  if (mc.manager === 'poetry') return mc.subcommand === 'install' && !mc.args.includes('--no-root');
  return false;
}

/** The command before the install, in the same script, that writes the file the install reads (`-o`, `--output`, `>`). */
function exporterOf(scripts: readonly (readonly ShellCommand[])[], deps: Classified): { text: string; manager: Manager } | undefined {
  if (deps.files.length === 0) return undefined;
  const read = new Set(deps.files.map(basename));
  for (const commands of scripts) {
    // A `> file` may sit on another command of the && list (the shell grammar gives a list's redirections to its first command).
    const redirected = commands.flatMap((c) => c.redirects).find((r) => (r.op === '>' || r.op === '>>') && read.has(basename(r.target)));
    for (let k = 0; k < commands.length; k++) {
      const c = commands[k];
      if (c === deps.mc.cmd) break;
      const e = EXPORTERS[c.name];
      if (!e || c.args[0] !== e.subcommand) continue;
      const out = c.args.find((a, i) => i > 0 && /^(-o|--output|--output-file)$/.test(c.args[i - 1])) ?? c.args.find((a) => /^--output(-file)?=/.test(a))?.replace(/^--output(-file)?=/, '');
      if (!(out && read.has(basename(out))) && !(!out && redirected)) continue;
      // What the RUN does before the export (installing poetry or the export plugin) comes with it.
      const before = commands.slice(0, k).filter((x) => !x.substitutionOf && !x.viaShellC).map(oneLine);
      const exported = out ? oneLine(c) : `${oneLine(c)} ${redirected!.op} ${redirected!.target}`;
      return { text: [...before, exported].join(' && '), manager: e.manager };
    }
  }
  return undefined;
}

/** A command on one line, whole (a fix text repeats it). */
function oneLine(cmd: ShellCommand): string {
  return cmd.text.replace(/\s*\\\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

function shortText(cmd: ShellCommand): string {
  const t = oneLine(cmd);
  return t.length > 70 ? `${t.slice(0, 67)}...` : t;
}

function copyText(ins: Instruction): string {
  const t = `${ins.keyword} ${ins.words.join(' ')}`;
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** The destination of a COPY as written (the JSON form's last element unquoted), for a fix to repeat. */
function destWritten(ins: Instruction): string {
  const body = ins.text.trim();
  if (body.startsWith('[')) {
    try {
      const parts: unknown = JSON.parse(body);
      if (Array.isArray(parts) && typeof parts[parts.length - 1] === 'string') return parts[parts.length - 1] as string;
    } catch {
      // Not JSON after all: the words as written.
    }
  }
  return ins.words[ins.words.length - 1] ?? '.';
}

function withSlash(dest: string): string {
  return dest.endsWith('/') ? dest : `${dest}/`;
}

export default defineRule({
  code: 'LL302',
  name: 'layer-order',
  severity: 'warning',
  since: '0.1.0',
  needs: { facts: ['lineage', 'history'], dockerfile: true, context: true, history: true },
  docs: {
    what: "Checks, in each stage that is built for the target, that application code is copied after the dependency install, not before it. Any COPY/ADD from the build context that brings a file which is not a dependency manifest counts as code (COPY . , COPY src/, and also `COPY app.py requirements.txt ./`); dependency manifests, build configuration such as tsconfig.json, dependency folders and pre-built artifacts (the Not code table below), and project documents (LICENSE, NOTICE, README, CHANGELOG, *.md), do not. It reports (1) a dependency install (the Dependency installs table below, and the other install commands of each manager) after code; (2) a build that downloads its dependencies (mvn package, gradle build, dotnet publish, cargo build, go build, pip install .) after code when no earlier step fetched them from the manifests alone and no cache mount keeps them; (3) a RUN that only installs named packages (pip install boto3, dnf install -y gcc) after code. Stages the target is built FROM are reported as warnings; builder stages that are only copied from as info (build time only); stages the target never uses are skipped. COPY --from is not judged. On an image without its Dockerfile the rule judges the history: BuildKit and kaniko record real COPY sources; the classic builder and buildah record content hashes (`COPY dir:4b2e... in /var/task`), which count as code when they land in /var/task or the working directory (a destination named like a manifest, e.g. .../requirements.txt, does not), and `ADD file:... in /` (a base image root filesystem) never counts.",
    why: 'Docker reuses a cached layer only while every earlier layer is unchanged. When the code is copied first, any edit to a handler invalidates the cache for the install, so every build downloads and installs every dependency again: minutes per build instead of seconds. In the function image it also produces a new dependency layer with a new digest on each deploy, so the push uploads it again and Lambda has to fetch and cache it again for new execution environments, instead of reusing the unchanged layer.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n' },
    references: [
      'https://docs.docker.com/build/cache/optimize/#order-your-layers',
      'https://docs.docker.com/build/cache/',
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.astral.sh/uv/guides/integration/docker/#intermediate-layers',
    ],
    tables: [
      {
        title: 'Dependency installs',
        intro: 'Per package manager: the manifests to copy before the code, and the command that fetches the dependencies from them alone (src/knowledge/dependency-manifests.ts).',
        columns: ['manager', 'copy first', 'then'],
        rows: () => Object.entries(ECOSYSTEMS).map(([manager, e]) => [manager, e!.manifests, e!.prefetch]),
      },
      {
        title: 'Not code',
        intro: 'What a COPY may bring before the install without counting as code (src/knowledge/dependency-manifests.ts).',
        columns: ['kind', 'entries'],
        rows: () => [
          ['manifests (examples; every file name a manager reads counts)', MANIFEST_EXAMPLES.join(', ')],
          ['build and install configuration (changes as rarely; an install script may read it)', BUILD_CONFIG_EXAMPLES.join(', ')],
          ['dependency folders', DEPENDENCY_DIRS.map((d) => `${d}/`).join(', ')],
          ['pre-built artifacts', ARTIFACT_EXTENSIONS.map((x) => `*${x}`).join(', ')],
        ],
      },
    ],
  },
  messages: {
    codeBeforeInstall: {
      text: '{{copy}} ({{copyAt}}) brings application code in before `{{command}}`: every code change re-runs this install{{impact}}.',
      severity: 'warning',
      fix: 'Copy only the dependency manifests first: COPY {{manifests}} {{destDir}}, then RUN {{fixCommand}}, then {{copyFull}} (the code){{projectStep}}.',
    },
    buildWithoutDependencyLayer: {
      text: '`{{command}}` fetches every dependency after {{copy}} ({{copyAt}}) brought the code in, and no earlier step fetched them from the manifests alone: every code change downloads them again{{impact}}.',
      severity: 'warning',
      fix: 'COPY {{manifests}} {{destDir}} and RUN {{prefetch}} before {{copyFull}}, then build; or keep the downloads in a cache mount (RUN --mount=type=cache,target={{cache}} ...).',
    },
    installAfterCode: {
      text: '`{{command}}` does not need the application code but runs after {{copy}} ({{copyAt}}): every code change re-runs it{{impact}}.',
      severity: 'warning',
      fix: 'Move this RUN above {{copyAt}}, before the code is copied.',
    },
  },
  create(ctx) {
    const lineage = new Set<Stage>(ctx.facts.lineage);
    /** The COPY/ADD instructions that bring code, per stage, in order. */
    const codeCopies = new Map<Stage, Instruction[]>();
    /** Families whose dependencies were fetched in the stage before any code was copied. */
    const prefetched = new Map<Stage, Set<string>>();
    /** Base names of the files installs read, in this RUN or before: manifests under any name (requirements/base.txt). */
    const readByInstalls = new Set<string>();
    /** Families with a deps step anywhere earlier in the stage (reported or not). */
    const depsSeen = new Map<Stage, Set<string>>();
    // History mode: the working directory so far, and where each rebuilt instruction came from (for "layer N").
    let workdir: string | undefined;
    const history = ctx.mode === 'history' ? ctx.facts.history : undefined;
    const copyAt = (code: Instruction): string => copyPlace(code, history);
    return {
      instruction(ins) {
        const stage = ins.stage;
        if (!stage || !stage.reachesTarget) return;
        if (ins.keyword === 'WORKDIR' && ins.words[0]) workdir = ins.words[0].startsWith('/') ? ins.words[0] : `${(workdir ?? '').replace(/\/+$/, '')}/${ins.words[0]}`;
        if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
          const fromHistory = history ? historyCodeSource(ins, workdir) : null;
          const src = fromHistory === null ? codeSource(ins) : fromHistory;
          if (src !== undefined) codeCopies.set(stage, [...(codeCopies.get(stage) ?? []), ins]);
          return;
        }
        if (ins.keyword !== 'RUN') return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        const byCmd = new Map(installs(script).map((i) => [i.cmd, i] as const));
        const found: Classified[] = [];
        for (const mc of managerCommands(script)) {
          const c = classify(mc, byCmd.get(mc.cmd));
          if (c) found.push(c);
        }
        // Code copied in a stage this one is built FROM busts the cache of this stage too. A COPY of only the files
        // this RUN's install reads (`COPY req.txt ./` for `pip install -r req.txt`) brings its manifests, not code.
        for (const c of found) for (const f of c.files) readByInstalls.add(basename(f));
        const code = ctx.facts.lineageOf(stage).flatMap((s) => codeCopies.get(s) ?? []).find((c) => !c.copy?.sources.every((src) => readByInstalls.has(basename(src))));
        const seen = depsSeen.get(stage) ?? new Set<string>();
        depsSeen.set(stage, seen);
        const pre = prefetched.get(stage) ?? new Set<string>();
        prefetched.set(stage, pre);
        if (!code) {
          for (const c of found) if (c.kind === 'deps' || c.kind === 'build') pre.add(FAMILY[c.mc.manager] ?? c.mc.manager);
          for (const c of found) if (c.kind === 'deps') seen.add(FAMILY[c.mc.manager] ?? c.mc.manager);
          return;
        }
        const inTarget = lineage.has(stage);
        const impact = inTarget ? ', and every deploy ships a new copy of the dependency layer' : ' (build time only: this stage is only copied from)';
        const severity = inTarget ? undefined : ('info' as const);
        // The message shortens the COPY; a fix repeats it whole (a user copies it).
        const base = { copy: copyText(code), copyFull: `${code.keyword} ${code.words.join(' ')}`, copyAt: copyAt(code), impact };
        // Manifests go where the install runs (its working directory), not where the code goes (`COPY src ./src/`).
        const codeDest = code.copy?.dest.replace(/\/+$/, '') || '/';
        const dest = codeDest === (ins.workdir.replace(/\/+$/, '') || '/') ? destWritten(code) : './';
        // Dependencies fetched in this stage or in a stage it is built FROM (`FROM build AS publish`) are in its layers.
        const fetched = (family: string) => ctx.facts.lineageOf(stage).some((s) => depsSeen.get(s)?.has(family) || prefetched.get(s)?.has(family));
        // After a dependency-only step, uv sync / poetry install installs the project itself (projectStep).
        const deps = found.find((c) => c.kind === 'deps' && !(projectStep(c.mc) && fetched(FAMILY[c.mc.manager] ?? c.mc.manager)));
        const build = found.find((c) => c.kind === 'build' && !fetched(FAMILY[c.mc.manager] ?? ''));
        for (const c of found) if (c.kind === 'deps') seen.add(FAMILY[c.mc.manager] ?? c.mc.manager);
        if (deps) {
          // A requirements file the same RUN writes (`uv export -o requirements.txt && pip install -r requirements.txt`)
          // is no manifest to copy: the exporter's are, and the fix keeps the export in front of the install.
          // The export may be a RUN of its own before this one (`RUN poetry export -o requirements.txt`).
          const earlier = stage.instructions.filter((i) => i.keyword === 'RUN' && i.index < ins.index).map((i) => ctx.df.shell(i)?.commands ?? []);
          const exporter = exporterOf([script.commands, ...earlier.reverse()], deps);
          const { manifests, destDir } = manifestCopy(exporter ? { ...deps, files: [], mc: { ...deps.mc, manager: exporter.manager } } : deps, code, dest, ctx.context, ins.workdir);
          const fixCommand = exporter ? `${exporter.text} && ${fixCommandOf(deps.mc)}` : fixCommandOf(deps.mc);
          // uv and Poetry then install the project itself, on top of the dependency layer, with the command as written.
          const projectStep = fixCommand !== oneLine(deps.mc.cmd) && !exporter ? `, then RUN ${oneLine(deps.mc.cmd)} (the project itself)` : '';
          ctx.report({ messageId: 'codeBeforeInstall', at: ins, severity, data: { ...base, command: shortText(deps.mc.cmd), fixCommand, manifests, destDir, projectStep } });
          return;
        }
        if (build) {
          const mounts = cacheMountTargets(ins.flags);
          const caches = cachePathsFor(build.mc.manager);
          if (caches.some((p) => mounts.some((m) => pathWithin(p, m)))) return;
          const eco = ECOSYSTEMS[build.mc.manager];
          ctx.report({
            messageId: 'buildWithoutDependencyLayer',
            at: ins,
            severity,
            data: { ...base, command: shortText(build.mc.cmd), manifests: presentManifests(eco?.manifests, ctx.context), prefetch: eco?.prefetch ?? 'the dependency download', destDir: withSlash(dest), cache: cargoCache(build.mc.manager, stage, ctx.facts.lineageOf(stage)) ?? caches[0] ?? '<cache dir>' },
          });
          return;
        }
        const packages = found.find((c) => c.kind === 'packages');
        const onlyInstalls = script.commands.every((cmd) => {
          if (HARMLESS.has(commandName(cmd))) return true;
          const mc = managerCommands({ text: cmd.text, commands: [cmd], hasError: false })[0];
          return mc !== undefined && (MAINTENANCE.includes(mc.subcommand) || found.some((c) => c.mc.cmd === cmd && c.kind === 'packages'));
        });
        const installsOnly = found.every((c) => c.kind === 'packages');
        if (packages && onlyInstalls && installsOnly && !script.hasError) {
          ctx.report({ messageId: 'installAfterCode', at: ins, severity, data: { ...base, command: shortText(packages.mc.cmd) } });
        }
      },
    };
  },
});

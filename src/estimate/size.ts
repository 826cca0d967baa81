/**
 * Size estimate of the image a Dockerfile builds, without building it: the base image's size, what
 * package installs add (from the build context's requirements / package.json / lock files), and what
 * COPY brings from the context or from builder stages. Only the target stage (with its FROM parents)
 * and what it copies out of other stages count. What cannot be sized is named in `unknown`.
 */
import { lockedPythonPackages } from '../knowledge/dependency-manifests.js';
import { posix } from 'node:path';
import type { BuildContext } from '../dockerfile/context.js';
import { installs, managerCommands, type ManagerCommand, type PackageInstall } from '../dockerfile/commands.js';
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import { commandName } from '../dockerfile/shell.js';
import { hubRepository } from '../knowledge/base-images.js';
import { expand } from '../dockerfile/vars.js';
import { pathWithin } from '../core/paths.js';
import { globToRegExp } from '../core/glob.js';
import type { StartFamily } from '../knowledge/cold-start.js';
import {
  BUILD_ARTIFACT_MB, BUILD_ARTIFACT_SOURCE, GENERIC_PACKAGE_MB, GENERIC_PACKAGE_SOURCE, PIP_NAME_NORMALISE,
  baseImageSize, packageByKey, packageByName, type Ecosystem, type MB, type PackageSize,
} from '../knowledge/sizes.js';
import type { SizeContribution, SizeEstimate } from './types.js';
import { BUILD_FILE_MAX_BYTES, readGradle, readPom, sizeJavaDependencies, type JavaBuild } from './java.js';
import { CLASSES_PER_SOURCE_BYTE, PROJECT_CLASSES_MB, PROJECT_CLASSES_SOURCE, PROJECT_FROM_SOURCES } from '../knowledge/java-artifacts.js';

const MB_BYTES = 1_000_000;
const SITE = '(site-packages)';
const OS_PATH = '(os)';

interface Item extends SizeContribution {
  /** Where the bytes land in the image (approximate), for COPY --from matching. */
  path: string;
  /** Package key (dedupe and cold-start import cost). */
  key?: string;
  /** Count of generic packages in this item. */
  generic?: number;
  /** The base image itself (AWS or not). */
  image?: boolean;
  /** A name like those of the files in the folder at `path` (x.jar): a COPY of `<path>/*.jar` then takes it whole. */
  entries?: string;
}

/** Where a Java build leaves what it makes (relative to the project folder), and the build file read. */
interface JavaProject {
  build: JavaBuild;
  /** The build file's path in the build context. */
  file: string;
  /** The project's folder in the build context ('' for the root). */
  dir: string;
}

/**
 * What could not be sized: a stage's own entries after those of the stage it is built FROM. The parent's list is
 * linked, not copied: a chain of 10,000 stages that each add one entry would otherwise hold 50 million.
 */
class Unknowns {
  private readonly own: string[] = [];
  constructor(private readonly parent?: Unknowns) {}

  push(what: string): void {
    this.own.push(what);
  }

  /** Every entry, the bottom stage's first. */
  all(): string[] {
    const lists: string[][] = [];
    for (let u: Unknowns | undefined = this; u; u = u.parent) lists.push(u.own);
    return lists.reverse().flat();
  }
}

interface StageFacts {
  items: Item[];
  unknown: Unknowns;
  /** Package managers used (language hint). */
  managers: Set<string>;
  /** The ultimate base image of the stage's FROM chain. */
  root: Stage;
}

const bytes = (mb: MB): [number, number] => [Math.round(mb[0] * MB_BYTES), Math.round(mb[1] * MB_BYTES)];

function lineOf(ins: Instruction): string {
  return `line ${ins.span.line}`;
}


/** The family of the AWS base, or undefined. */
function awsFamily(stage: Stage): string | undefined {
  return stage.base.kind.kind === 'aws' ? stage.base.kind.family : undefined;
}

function rootOf(stage: Stage): Stage {
  let s = stage;
  while (s.base.stage) s = s.base.stage;
  return s;
}

/** The stage and all it depends on (FROM <stage>, COPY --from, RUN --mount from=), dependencies first; iterative. */
function dependencyOrder(root: Stage): Stage[] {
  const order: Stage[] = [];
  const visited = new Set<Stage>([root]);
  const stack: { stage: Stage; deps: Iterator<Stage> }[] = [{ stage: root, deps: root.dependsOn.values() }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.deps.next();
    if (next.done) {
      order.push(top.stage);
      stack.pop();
    } else if (!visited.has(next.value)) {
      visited.add(next.value);
      stack.push({ stage: next.value, deps: next.value.dependsOn.values() });
    }
  }
  return order;
}

class Estimator {
  private memo = new Map<Stage, StageFacts>();
  constructor(private model: DockerfileModel, private ctx: BuildContext | undefined) {}

  private warming = false;

  stage(stage: Stage, seen = new Set<Stage>()): StageFacts {
    const cached = this.memo.get(stage);
    if (cached) return cached;
    if (!this.warming) {
      // The stages it builds on first, dependencies before dependents: each then finds its own in the memo, so a
      // chain of 10,000 stages never recurses deeper than one stage.
      this.warming = true;
      try {
        for (const dep of dependencyOrder(stage)) if (dep !== stage) this.stage(dep);
      } finally {
        this.warming = false;
      }
    }
    if (seen.has(stage)) return { items: [], unknown: new Unknowns(), managers: new Set(), root: stage };
    seen.add(stage);
    let facts: StageFacts;
    if (stage.base.stage) {
      const parent = this.stage(stage.base.stage, seen);
      facts = { items: [...parent.items], unknown: new Unknowns(parent.unknown), managers: new Set(parent.managers), root: parent.root };
    } else {
      facts = { items: [], unknown: new Unknowns(), managers: new Set(), root: stage };
      this.baseItem(stage, facts);
    }
    for (const ins of stage.instructions) {
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.copy) this.copy(ins, facts, seen);
      else if (ins.keyword === 'RUN') this.run(ins, stage, facts);
    }
    this.memo.set(stage, facts);
    return facts;
  }

  private baseItem(stage: Stage, facts: StageFacts): void {
    const written = stage.base.expanded.value;
    if (stage.base.scratch) return;
    const aws = stage.base.kind.kind === 'aws';
    const known = baseImageSize(hubRepository(stage.base.ref), stage.base.ref.tag, aws);
    if (!known) {
      facts.unknown.push(`base image ${written}`);
      return;
    }
    const [low, high] = bytes(known.mb);
    facts.items.push({ what: `base image ${written} (${known.label})`, kind: 'base-image', low, high, source: known.source, base: aws, path: '/', image: true });
  }

  private copy(ins: Instruction, facts: StageFacts, seen: Set<Stage>): void {
    const copy = ins.copy!;
    if (copy.heredocs.length > 0 && copy.sources.length === 0) return;
    if (copy.fromStage) {
      const from = this.stage(copy.fromStage, new Set(seen));
      for (const m of from.managers) facts.managers.add(m);
      for (const src of copy.sources) this.copyFromStage(ins, src, from, copy.fromStage, facts);
      return;
    }
    if (copy.from) {
      facts.unknown.push(`COPY --from=${copy.from} ${copy.sources.join(' ')} (${lineOf(ins)}: files of another image)`);
      return;
    }
    for (const src of copy.sources) {
      if (/^[a-z]+:\/\//i.test(src) || src.startsWith('git@')) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: remote file)`);
        continue;
      }
      if (!this.ctx) {
        facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: no build context)`);
        continue;
      }
      const files = this.ctx.match(src).filter((f) => !f.dir);
      if (files.length === 0) {
        if (!this.javaOutputFromContext(ins, src, copy.dest, facts)) facts.unknown.push(`${ins.keyword} ${src} (${lineOf(ins)}: not found in the build context)`);
        continue;
      }
      const total = files.reduce((n, f) => n + f.size, 0);
      // ADD extracts local tar archives: the extracted size is unknown (assume up to 5x).
      const archive = ins.keyword === 'ADD' && files.length === 1 && /\.(tar(\.(gz|bz2|xz|zst))?|tgz)$/.test(files[0].path);
      const framing = tarFraming(src, copy.dest, this.ctx.match(src));
      facts.items.push({
        what: `${ins.keyword} ${src} (${lineOf(ins)}, ${files.length} file${files.length === 1 ? '' : 's'})`,
        kind: 'copy',
        line: ins.span.line,
        low: total,
        high: (archive ? total * 5 : total) + framing,
        source: `${archive ? 'build context; assumption: an extracted archive is 1-5x its size' : `build context${this.ctx.truncated ? ' (walk capped: may be more)' : ''}`}; ${TAR_FRAMING_SOURCE}`,
        // One named file copied into a folder lands at folder/name (so COPY --from of a sibling does not take part of it).
        path: files.length === 1 && copy.dest.endsWith('/') && files[0].path === src.replace(/^\.\//, '') ? `${copy.dest}${posix.basename(src)}` : copy.dest,
      });
    }
  }

  private copyFromStage(ins: Instruction, srcRaw: string, from: StageFacts, fromStage: Stage, facts: StageFacts): void {
    // COPY --from sources are relative to the source stage's root; a wildcard tail copies part of a folder.
    let src = posix.normalize(`/${srcRaw}`).replace(/\/+$/, '') || '/';
    const wildcard = /[*?[]/.test(src);
    if (wildcard) src = src.slice(0, src.search(/[*?[]/)).replace(/\/[^/]*$/, '') || '/';
    const label = `COPY --from=${fromStage.name ?? fromStage.index} ${srcRaw}`;
    // `dir/*` or `dir/*.jar` of a folder whose files are all alike (a Java dependency folder) takes the folder whole.
    const full0 = posix.normalize(`/${srcRaw}`);
    const tail = posix.basename(full0);
    const wholeFolder = (item: Item) => wildcard && !/[*?[]/.test(posix.dirname(full0)) && item.entries !== undefined && item.path === posix.dirname(full0) && globToRegExp(tail).test(item.entries);
    let matched = 0;
    for (const item of from.items) {
      let full = false;
      let part = false;
      const whole = wholeFolder(item);
      if (whole) full = true;
      else if (item.image) full = src === '/';
      else if (item.path === SITE) full = /site-packages|dist-packages|^\/usr\/local|^\/var\/lang|venv|^\/root\/\.local|^\/opt\/python/.test(src);
      else if (item.path === OS_PATH) full = src === '/' || src === '/usr';
      else if (pathWithin(item.path, src)) full = true;
      else if (pathWithin(src, item.path)) part = true;
      if (!full && !part) continue;
      matched++;
      facts.items.push({
        ...item,
        what: `${part || (wildcard && !whole) ? 'part of ' : ''}${item.what} via ${label} (${lineOf(ins)})`,
        line: ins.span.line,
        low: part || (wildcard && !whole) ? 0 : item.low,
        base: false,
        image: false,
        path: ins.copy!.dest,
      });
    }
    if (matched === 0) facts.unknown.push(`${label} (${lineOf(ins)}: what the stage put there is not known)`);
  }

  private run(ins: Instruction, stage: Stage, facts: StageFacts): void {
    const script = this.model.shell(ins);
    if (!script) return;
    const ex = (s: string) => expand(s, ins.scope, this.model.escape).value;
    // The working directory in effect when this RUN runs (the model follows WORKDIR through FROM <stage>).
    const wd = ins.workdir;
    for (const inst of installs(script)) {
      facts.managers.add(inst.manager);
      this.install(inst, ins, stage, facts, ex, wd);
    }
    for (const mc of managerCommands(script)) {
      if (mc.manager === 'go' && (mc.subcommand === 'build' || mc.subcommand === 'install')) {
        facts.managers.add('go');
        const o = mc.args.indexOf('-o');
        const out = o >= 0 ? ex(mc.args[o + 1] ?? '') : mc.subcommand === 'install' ? '/go/bin' : wd;
        this.artifact('go', `go ${mc.subcommand}`, resolve(out, wd), ins, facts);
      } else if (mc.manager === 'mvn' || mc.manager === 'gradle') {
        this.javaCommand(mc, ins, stage, facts, ex, wd);
      }
    }
    for (const cmd of script.commands) {
      const name = commandName(cmd);
      const args = cmd.args.map(ex);
      if ((name === 'curl' || name === 'wget') && (args.some((a) => /^-[a-zA-Z]*[oO]/.test(a) || a === '--output' || a.startsWith('--output-document')) || cmd.pipeline.length > 1)) {
        facts.unknown.push(`download by ${name} (${lineOf(ins)})`);
      } else if (name === 'git' && args[0] === 'clone') {
        facts.unknown.push(`git clone (${lineOf(ins)})`);
      } else if ((name === 'playwright' || (name === 'npx' && args[0] === 'playwright') || (/^python/.test(name) && args[0] === '-m' && args[1] === 'playwright'))) {
        const rest = name === 'playwright' ? args : name === 'npx' ? args.slice(1) : args.slice(2);
        if (rest[0] === 'install' || rest[0] === 'install-deps') {
          const deps = rest[0] === 'install-deps' || rest.includes('--with-deps');
          if (rest[0] === 'install') this.pkg('os', 'chromium', ins, facts, OS_PATH, 'Playwright browser download');
          if (deps) this.pkg('os', 'nss', ins, facts, OS_PATH, 'Playwright system dependencies');
        }
      }
    }
  }

  private artifact(kind: keyof typeof BUILD_ARTIFACT_MB, what: string, path: string, ins: Instruction, facts: StageFacts): void {
    const [low, high] = bytes(BUILD_ARTIFACT_MB[kind]);
    facts.items.push({ what: `${what} output ${path} (${lineOf(ins)})`, kind: 'build-output', line: ins.span.line, low, high, source: BUILD_ARTIFACT_SOURCE, path });
  }

  private install(inst: PackageInstall, ins: Instruction, stage: Stage, facts: StageFacts, ex: (s: string) => string, wd: string): void {
    const opts = inst.options.map(ex);
    const optValue = (...names: string[]) => {
      for (const o of opts) for (const n of names) if (o.startsWith(`${n}=`)) return o.slice(n.length + 1);
      return undefined;
    };
    switch (inst.manager) {
      case 'pip':
      case 'uv':
      case 'poetry':
      case 'pipenv':
      case 'conda': {
        if (inst.manager === 'pip' || inst.manager === 'uv') {
          if (inst.packages.length === 0 && inst.files.length === 0 && inst.subcommand !== 'sync') return;
        }
        const target = optValue('-t', '--target') ?? optValue('--prefix');
        const cmdPath = ex(inst.cmd.name);
        const venv = /^(\/.+)\/bin\/(pip|python|uv)/.exec(cmdPath)?.[1];
        const path = target ? resolve(target, wd) : venv ?? SITE;
        const names: string[] = inst.packages.map(ex).filter((p) => !p.startsWith('.') && !p.startsWith('/') && !p.includes('://'));
        // The CPU-only wheel: from its index, or named by its local version (`torch==2.2.0+cpu -f .../torch_stable.html`,
        // pytorch.org/get-started/previous-versions), which the package name (version removed) no longer shows.
        let cpuIndex = opts.some((o) => /download\.pytorch\.org\/whl\/cpu/.test(o)) || inst.args.some((a) => /^torch[=<>~!]=?[^\s+]*\+cpu\b/i.test(ex(a)));
        for (const f of inst.files) {
          const req = this.readRequirements(ex(f), stage, wd, new Set());
          if (!req) {
            facts.unknown.push(`packages of ${ex(f)} (${lineOf(ins)}: ${this.ctx ? 'file not found in the build context' : 'no build context'})`);
            continue;
          }
          names.push(...req.names);
          cpuIndex ||= req.cpuIndex;
        }
        if (names.length === 0 && (inst.manager === 'poetry' || inst.manager === 'uv' || inst.manager === 'pipenv')) {
          const lock = this.readPythonLock(stage, wd);
          if (lock) names.push(...lock);
          else facts.unknown.push(`${inst.manager} ${inst.subcommand} (${lineOf(ins)}: no lock file found in the build context)`);
        }
        const arm = /arm64|aarch64/.test(`${stage.base.platform ?? ''} ${rootOf(stage).base.ref.tag ?? ''}`);
        this.packages('pip', names.map((n) => (PIP_NAME_NORMALISE(n) === 'torch' && (cpuIndex || arm || /\+cpu/.test(n)) ? 'torch-cpu' : n)), ins, stage, facts, path);
        break;
      }
      case 'npm':
      case 'yarn':
      case 'pnpm':
      case 'bun': {
        const path = `${wd.replace(/\/$/, '')}/node_modules`;
        let names = inst.packages.map(ex);
        if (names.length === 0) {
          const pkg = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, '')}/package.json`));
          if (!pkg) {
            facts.unknown.push(`${inst.manager} ${inst.subcommand} (${lineOf(ins)}: package.json not found in the build context)`);
            return;
          }
          const prod = opts.some((o) => /^--omit=dev$|^--production$|^--only=prod/.test(o)) || inst.options.includes('--production') || stage.env.get('NODE_ENV')?.value === 'production';
          names = Object.keys((pkg.dependencies as Record<string, string>) ?? {});
          if (!prod) names.push(...Object.keys((pkg.devDependencies as Record<string, string>) ?? {}));
          // Heavy packages that come in transitively show up in the lock file.
          const lock = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, '')}/package-lock.json`));
          const lockPackages = lock?.packages as Record<string, { dev?: boolean }> | undefined;
          if (lockPackages) {
            for (const [k, v] of Object.entries(lockPackages)) {
              const m = /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(k);
              if (m && !(prod && v?.dev) && packageByName('npm', m[1]) && !names.includes(m[1])) names.push(`${m[1]}#transitive`);
            }
          }
        }
        const known = names.filter((n) => packageByName('npm', n.replace(/#transitive$/, '')));
        const generic = names.filter((n) => !n.endsWith('#transitive') && !packageByName('npm', n));
        this.packages('npm', [...known.map((n) => n.replace(/#transitive$/, '')), ...generic], ins, stage, facts, path);
        break;
      }
      case 'apt-get':
      case 'apt':
      case 'apk':
      case 'yum':
      case 'dnf':
      case 'microdnf':
        this.osPackages(inst.packages.map(ex), ins, facts);
        break;
      case 'cargo':
        if (inst.subcommand === 'build' || inst.subcommand === 'lambda') this.artifact('cargo', `cargo ${inst.subcommand}`, resolve('target', wd), ins, facts);
        break;
      case 'dotnet':
        if (inst.subcommand === 'publish') this.artifact('dotnet', 'dotnet publish', resolve(optValue('-o', '--output') ?? inst.args[inst.args.indexOf('-o') + 1] ?? 'bin', wd), ins, facts);
        break;
      default:
        break;
    }
  }

  /** A Maven or Gradle command: what it builds, sized from the build file of the context when there is one. */
  private javaCommand(mc: ManagerCommand, ins: Instruction, stage: Stage, facts: StageFacts, ex: (s: string) => string, wd: string): void {
    const maven = mc.manager === 'mvn';
    const args = mc.args.map(ex);
    const goals = [ex(mc.subcommand), ...args.filter((a) => !a.startsWith('-'))];
    const builds = goals.some((g) => (maven ? /^(package|install|verify|deploy)$/ : /^(build|assemble|jar|shadowJar|bootJar|installDist|distZip|distTar|buildZip)$/).test(g));
    const copies = maven && goals.includes('dependency:copy-dependencies');
    if (!builds && !copies && (maven || goals.every((g) => /^(clean|dependencies|test|check|tasks|help|--.*)$/.test(g)))) return;
    facts.managers.add(mc.manager);
    const project = this.javaProject(maven, stage, wd);
    if (!project) {
      // Today's assumption without a readable build file: a jar / target folder of typical size.
      if (maven ? builds || copies : builds) this.artifact(mc.manager as 'mvn' | 'gradle', `${mc.manager} ${mc.subcommand}`, resolve(maven ? 'target' : 'build', wd), ins, facts);
      return;
    }
    const { build } = project;
    const out = resolve(maven ? 'target' : 'build', wd);
    const jar = maven ? `${out}/${build.finalName ?? `${build.name ?? 'app'}-${build.version ?? '0'}`}.jar` : `${out}/libs`;
    if (builds) {
      this.javaProjectItems(project, `${lineOf(ins)}, ${mc.manager} ${mc.subcommand}`, ins.span.line, [`${out}/classes`, jar], facts);
    }
    let deps: string;
    const opt = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
    if (copies) deps = resolve(opt('-DoutputDirectory') ?? 'target/dependency', wd);
    else if (build.copyInto) deps = resolve(build.copyInto, wd);
    else if (!maven && build.zipLib) deps = `${out}/distributions`;
    else if (build.fatJar) deps = jar;
    else if (!maven && goals.includes('installDist')) deps = `${out}/install`;
    else deps = maven ? resolve(opt('-Dmaven.repo.local') ?? '/root/.m2/repository', wd) : '/root/.gradle/caches';
    this.javaDependencyItems(project, `${lineOf(ins)}, ${mc.manager} ${mc.subcommand}`, ins.span.line, deps, facts);
  }

  /** The build file (pom.xml, build.gradle.kts, build.gradle) at the working directory, read from the context. */
  private javaProject(maven: boolean, stage: Stage, wd: string): JavaProject | undefined {
    if (!this.ctx) return undefined;
    const names = maven ? ['pom.xml'] : ['build.gradle.kts', 'build.gradle'];
    for (const name of names) {
      const file = this.contextPath(stage, `${wd.replace(/\/$/, '')}/${name}`);
      const project = file ? this.javaProjectAt(file) : undefined;
      if (project) return project;
    }
    return undefined;
  }

  private javaProjectAt(file: string): JavaProject | undefined {
    const ctx = this.ctx;
    const text = ctx?.read(file, BUILD_FILE_MAX_BYTES);
    if (!ctx || text === undefined) return undefined;
    const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    const readRelative = (rel: string) => {
      const p = posix.normalize(posix.join(dir || '.', rel));
      return p.startsWith('..') ? undefined : ctx.read(p, BUILD_FILE_MAX_BYTES);
    };
    const build = file.endsWith('.xml') ? readPom(text, readRelative) : readGradle(text, ctx.read(posix.join(dir, 'gradle/libs.versions.toml'), BUILD_FILE_MAX_BYTES));
    return build ? { build, file, dir } : undefined;
  }

  /** The project's own classes (and jar) at each of `paths`, sized from its sources in the context. */
  private javaProjectItems(project: JavaProject, what: string, line: number, paths: string[], facts: StageFacts): void {
    const sources = this.ctx?.at(posix.join(project.dir, 'src/main')).filter((f) => !f.dir) ?? [];
    const code = sources.filter((f) => /\.(java|kt|scala|groovy|clj)$/.test(f.path)).reduce((n, f) => n + f.size, 0);
    const resources = sources.reduce((n, f) => n + f.size, 0) - code;
    const [low, high] = code + resources > 0 ? [Math.round(code * CLASSES_PER_SOURCE_BYTE[0] + resources), Math.round(code * CLASSES_PER_SOURCE_BYTE[1] + resources)] : bytes(PROJECT_CLASSES_MB);
    const source = code + resources > 0 ? `${PROJECT_FROM_SOURCES} (${project.file})` : PROJECT_CLASSES_SOURCE;
    for (const path of paths) {
      const kind = /\/classes$/.test(path) ? 'classes' : 'jar';
      facts.items.push({ what: `project ${kind} (${what} of ${project.file})`, kind: 'build-output', line, low, high, source, path, ...(kind === 'jar' && !path.endsWith('.jar') ? { entries: 'app.jar' } : {}) });
    }
  }

  /** The runtime dependencies a build file declares, placed at `path` (a lib folder, a fat jar, the local repository). */
  private javaDependencyItems(project: JavaProject, what: string, line: number, path: string, facts: StageFacts): void {
    const sizes = sizeJavaDependencies(project.build);
    const folder = !path.endsWith('.jar');
    for (const it of sizes.items) {
      const key = `java:${it.id}@${path}`;
      if (facts.items.some((i) => i.key === key)) continue;
      facts.items.push({
        what: `${it.label}${it.via ? `, pulled by ${it.via}` : ''} (${what} of ${project.file})`,
        kind: 'package', line, low: it.low, high: it.high, source: it.source, path, key, ...(folder ? { entries: 'x.jar' } : {}),
      });
    }
    const n = sizes.generic.length + project.build.unnamed;
    if (n > 0 && !facts.items.some((i) => i.key === `java:(generic)@${path}`)) {
      facts.items.push({
        what: `${n} other Java dependenc${n === 1 ? 'y' : 'ies'}: ${[...sizes.generic.slice(0, 5), ...(n > 5 ? ['...'] : [])].join(', ') || 'not named in the build file'} (${what} of ${project.file})`,
        kind: 'packages', line, low: sizes.genericRange[0], high: sizes.genericRange[1], source: sizes.genericSource, path, key: `java:(generic)@${path}`, ...(folder ? { entries: 'x.jar' } : {}),
      });
    }
  }

  /**
   * A COPY of a Java build's output (target/dependency, target/classes, build/libs/*.jar ...) that the context does
   * not hold yet (the build runs after the lint): estimated from the project's build file. False when it is not one.
   */
  private javaOutputFromContext(ins: Instruction, src: string, dest: string, facts: StageFacts): boolean {
    const m = /^(?:\.\/)?((?:[^*?[]*\/)?)(target|build)\/(.*)$/.exec(src);
    if (!m || !this.ctx) return false;
    const [, dir, out, rest] = m;
    const maven = out === 'target';
    const project = (maven ? ['pom.xml'] : ['build.gradle.kts', 'build.gradle']).map((n) => this.javaProjectAt(`${dir}${n}`)).find(Boolean);
    if (!project) return false;
    const { build } = project;
    const what = `${lineOf(ins)}, ${ins.keyword} ${src} not built in the context: from the build file`;
    const copyDir = build.copyInto && `${out}/${rest}`.startsWith(build.copyInto) && build.copyInto !== out;
    const isDeps = /^(dependency|dependencies|lib)\b/.test(rest) || Boolean(copyDir);
    const isClasses = /^classes\b/.test(rest);
    const isArchive = /^(install|distributions)\b/.test(rest) || /\.(zip|tar)$/.test(rest);
    const isJar = /^(libs\/)?[^/]*\.jar$|^libs\/?\*?$|^\*$/.test(rest);
    if (!isDeps && !isClasses && !isArchive && !isJar) return false;
    if (isClasses || isJar || isArchive) this.javaProjectItems(project, what, ins.span.line, [dest], facts);
    if (isDeps || isArchive || (isJar && build.fatJar)) this.javaDependencyItems(project, what, ins.span.line, dest, facts);
    return true;
  }

  private osPackages(names: string[], ins: Instruction, facts: StageFacts): void {
    const unknown: string[] = [];
    for (const n of names) {
      const p = packageByName('os', n);
      if (p) this.pkg('os', n, ins, facts, OS_PATH);
      else if (!n.startsWith('$')) unknown.push(n);
    }
    if (unknown.length) facts.unknown.push(`OS packages ${unknown.join(', ')} (${lineOf(ins)})`);
  }

  /** One known package (and what it pulls). */
  private pkg(eco: Ecosystem, name: string, ins: Instruction, facts: StageFacts, path: string, why?: string, stage?: Stage): boolean {
    const p: PackageSize | undefined = name === 'torch-cpu' ? packageByKey('torch-cpu') : packageByName(eco, name);
    if (!p) return false;
    const key = p.key === 'small-tools' ? `small-tools:${name}` : p.key;
    if (facts.items.some((i) => i.key === key)) return true;
    // A later install that needs torch keeps the CPU-only wheel already there: pip's default upgrade strategy is
    // only-if-needed (pip.pypa.io/en/stable/cli/pip_install/#cmdoption-upgrade-strategy).
    if (key === 'torch' && facts.items.some((i) => i.key === 'torch-cpu' && i.path === path)) return true;
    const inBase = p.inAwsBase && stage && awsFamily(rootOf(stage)) === p.inAwsBase;
    const [low, high] = inBase ? [0, 0] : bytes(p.mb);
    facts.items.push({
      what: `${p.label}${why ? ` (${why})` : ''}${inBase ? ' - already in the AWS base image' : ''} (${lineOf(ins)})`,
      kind: 'package',
      line: ins.span.line,
      low,
      high,
      source: p.source,
      path,
      key,
    });
    for (const pulled of p.pulls ?? []) {
      const q = packageByKey(pulled);
      if (q) this.pkg(q.ecosystem, q.key === 'torch' ? 'torch' : q.names[0] ?? q.key, ins, facts, path, `pulled by ${p.label.split(' ')[0]}`, stage);
    }
    return true;
  }

  private packages(eco: 'pip' | 'npm', names: string[], ins: Instruction, stage: Stage, facts: StageFacts, path: string): void {
    let generic = 0;
    const seen = new Set<string>();
    for (const raw of names) {
      const n = eco === 'pip' ? PIP_NAME_NORMALISE(raw) : raw;
      if (!n || seen.has(n)) continue;
      seen.add(n);
      if (!this.pkg(eco, n, ins, facts, path, undefined, stage)) generic++;
    }
    if (generic > 0) {
      const [l, h] = bytes(GENERIC_PACKAGE_MB[eco]);
      facts.items.push({
        what: `${generic} other ${eco} package${generic === 1 ? '' : 's'} (${lineOf(ins)})`,
        kind: 'packages',
        line: ins.span.line,
        low: l * generic,
        high: h * generic,
        source: `${GENERIC_PACKAGE_SOURCE}: ${GENERIC_PACKAGE_MB[eco][0]}-${GENERIC_PACKAGE_MB[eco][1]} MB each`,
        path,
        generic,
      });
    }
  }

  /** The build-context path of a file that a COPY put at `imagePath` in this stage (or its parents). */
  contextPath(stage: Stage, imagePath: string, byName = true): string | undefined {
    const lineage: Stage[] = [];
    for (let s: Stage | undefined = stage; s; s = s.base.stage) lineage.unshift(s);
    let found: string | undefined;
    for (const s of lineage) {
      for (const ins of s.instructions) {
        const c = ins.copy;
        if (!c || c.from || c.fromStage) continue;
        for (const src of c.sources) {
          const base = posix.basename(src);
          const destDir = c.dest.endsWith('/') || c.sources.length > 1 || src === '.' || src === './' || !/[^/]\.[^/]+$/.test(c.dest) ? c.dest.replace(/\/$/, '') : undefined;
          if (c.dest === imagePath && !destDir) found = src;
          else if (destDir !== undefined) {
            if (src === '.' || src === './' || (this.ctx && this.ctx.match(src).some((f) => f.dir))) {
              if (pathWithin(imagePath, destDir)) found = posix.join(src, posix.relative(destDir || '/', imagePath));
            } else if (`${destDir}/${base}` === imagePath) found = src;
          }
        }
      }
    }
    if (found && this.ctx?.read(found, 8 << 20) !== undefined) return found;
    if (!byName) return found;
    const fallback = posix.basename(imagePath);
    return this.ctx?.read(fallback, 8 << 20) !== undefined ? fallback : found;
  }

  private readJson(path: string | undefined): Record<string, unknown> | undefined {
    if (!path || !this.ctx) return undefined;
    const text = this.ctx.read(path, 32 << 20);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }

  private readRequirements(imagePath: string, stage: Stage, wd: string, seen: Set<string>): { names: string[]; cpuIndex: boolean } | undefined {
    if (!this.ctx) return undefined;
    const abs = resolve(imagePath, wd);
    // A file named with a folder (`-r y/requirements.txt`) is that file, maybe of a folder a RUN made (git clone):
    // not the context's file of the same name elsewhere.
    const path = this.contextPath(stage, abs, !imagePath.includes('/') || imagePath.startsWith('/')) ?? imagePath;
    if (seen.has(path)) return { names: [], cpuIndex: false };
    seen.add(path);
    const text = this.ctx.read(path);
    if (text === undefined) return undefined;
    const names: string[] = [];
    let cpuIndex = false;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (!line) continue;
      if (/download\.pytorch\.org\/whl\/cpu/.test(line)) cpuIndex = true;
      const inc = /^(-r|--requirement|-c|--constraint)\s*=?\s*(\S+)/.exec(line);
      if (inc) {
        if (inc[1] === '-r' || inc[1] === '--requirement') {
          const sub = this.readRequirements(posix.join(posix.dirname(abs), inc[2]), stage, wd, seen);
          if (sub) {
            names.push(...sub.names);
            cpuIndex ||= sub.cpuIndex;
          }
        }
        continue;
      }
      if (line.startsWith('-') || line.includes('://') || line.startsWith('.') || line.startsWith('/')) continue;
      const name = line.replace(/\[.*?\]/, '').split(/[=<>!~;@ ]/)[0];
      if (name) names.push(/\+cpu/.test(line) && PIP_NAME_NORMALISE(name) === 'torch' ? 'torch-cpu' : name);
    }
    return { names, cpuIndex };
  }

  private readPythonLock(stage: Stage, wd: string): string[] | undefined {
    for (const file of ['poetry.lock', 'uv.lock']) {
      const p = this.contextPath(stage, `${wd.replace(/\/$/, '')}/${file}`);
      const text = p ? this.ctx?.read(p, 32 << 20) : undefined;
      if (text) return lockedPythonPackages(text);
    }
    const pipfile = this.readJson(this.contextPath(stage, `${wd.replace(/\/$/, '')}/Pipfile.lock`));
    if (pipfile?.default) return Object.keys(pipfile.default as object);
    return undefined;
  }
}

const TAR_BLOCK = 512;
const TAR_FRAMING_SOURCE = 'low = file bytes; high adds the layer tar framing (a 512-byte header per file and directory, padding to 512 bytes, parent directories, a PAX header for paths over 100 bytes, end-of-archive blocks)';

/**
 * Bytes a COPY adds to the layer tar beyond its file contents (the image's uncompressed size counts them): each entry
 * has a 512-byte header, file data is padded to a multiple of 512, the destination's parent directories get entries,
 * paths longer than 100 bytes may need a PAX header (512 + 512), and a layer ends with two zero blocks. Exact for
 * USTAR layers as Go's archive/tar writes them (BuildKit, buildah); an upper bound when several COPYs share a layer.
 */
function tarFraming(src: string, dest: string, matched: { path: string; size: number; dir?: boolean }[]): number {
  const prefix = src.replace(/^\.?\//, '').replace(/\/+$/, '');
  const destDir = dest.replace(/\/+$/, '');
  let n = 2 * TAR_BLOCK;
  // The destination and its parents, created if missing.
  n += destDir.split('/').filter(Boolean).length * TAR_BLOCK;
  for (const f of matched) {
    const rel = prefix === '' || prefix === '.' ? f.path : f.path.startsWith(`${prefix}/`) ? f.path.slice(prefix.length + 1) : posix.basename(f.path);
    const inImage = `${destDir}/${rel}`.replace(/^\//, '');
    n += TAR_BLOCK + (inImage.length + (f.dir ? 1 : 0) > 100 ? 2 * TAR_BLOCK : 0);
    if (!f.dir) n += (TAR_BLOCK - (f.size % TAR_BLOCK)) % TAR_BLOCK;
  }
  return n;
}

function resolve(p: string, wd: string): string {
  return posix.normalize(p.startsWith('/') ? p : `${wd.replace(/\/$/, '')}/${p}`).replace(/\/+$/, '') || '/';
}

/** The runtime family of the target image, for the cold-start model. */
export function runtimeFamily(model: DockerfileModel, facts?: { managers: Set<string> }): StartFamily {
  const target = model.target;
  if (!target) return 'unknown';
  const root = rootOf(target);
  const kind = root.base.kind;
  if (kind.kind === 'aws') {
    if (kind.family === 'provided' || kind.family === 'go') return 'native';
    return kind.family as StartFamily;
  }
  const repo = root.base.ref.repository.replace(/^library\//, '');
  if (/^python$|distroless\/python/.test(repo)) return 'python';
  if (/^node$|distroless\/nodejs/.test(repo)) return 'nodejs';
  if (/^(eclipse-temurin|amazoncorretto|openjdk|maven|gradle)$|distroless\/java/.test(repo)) return 'java';
  if (/dotnet\//.test(repo)) return 'dotnet';
  if (/^ruby$/.test(repo)) return 'ruby';
  const command = [...(target.entrypoint?.value.exec ?? []), ...(target.cmd?.value.exec ?? [])][0] ?? target.entrypoint?.value.shell ?? '';
  const word = posix.basename(command.split(/\s+/)[0] ?? '');
  if (/^python/.test(word)) return 'python';
  if (word === 'node') return 'nodejs';
  if (word === 'java') return 'java';
  if (word === 'dotnet') return 'dotnet';
  if (word === 'ruby' || word === 'aws_lambda_ric') return 'ruby';
  if (word === 'aws-lambda-ric') return 'nodejs';
  const m = facts?.managers ?? new Set();
  if (m.has('go') || m.has('cargo')) return 'native';
  if (m.has('pip') || m.has('uv') || m.has('poetry')) return 'python';
  if (m.has('npm') || m.has('yarn') || m.has('pnpm')) return 'nodejs';
  if (m.has('dotnet')) return 'dotnet';
  if (m.has('mvn') || m.has('gradle')) return 'java';
  if (m.has('gem') || m.has('bundle')) return 'ruby';
  if (root.base.scratch || /distroless\/(static|base|cc)/.test(repo)) return 'native';
  return 'unknown';
}

/** Size estimate of the target image of a Dockerfile. */
export function estimateDockerfile(model: DockerfileModel, context: BuildContext | undefined): SizeEstimate {
  const target = model.target;
  const empty: SizeEstimate = { low: 0, high: 0, baseShare: { low: 0, high: 0 }, ownBytes: { low: 0, high: 0 }, contributions: [], unknown: ['no target stage'], runtime: 'unknown', packages: [], otherPackages: 0 };
  if (!target) return empty;
  const est = new Estimator(model, context);
  const facts = est.stage(target);
  // Dedupe packages installed twice (e.g. by a builder and again in the target).
  const items: Item[] = [];
  const keys = new Set<string>();
  for (const it of facts.items) {
    if (it.key) {
      if (keys.has(it.key)) continue;
      keys.add(it.key);
    }
    items.push(it);
  }
  const sum = (xs: Item[], f: (i: Item) => number) => xs.reduce((n, i) => n + f(i), 0);
  const base = items.filter((i) => i.base);
  const own = items.filter((i) => !i.base);
  const baseShare = { low: sum(base, (i) => i.low), high: sum(base, (i) => i.high) };
  const ownBytes = { low: sum(own, (i) => i.low), high: sum(own, (i) => i.high) };
  const root = rootOf(target);
  return {
    low: baseShare.low + ownBytes.low,
    high: baseShare.high + ownBytes.high,
    baseShare,
    ownBytes,
    contributions: items.map(({ what, kind, line, low, high, source, base: b }) => ({ what, kind, ...(line !== undefined ? { line } : {}), low, high, source, ...(b ? { base: true } : {}) })),
    unknown: [...new Set(facts.unknown.all())],
    base: root.base.scratch ? { image: 'scratch', aws: false } : { image: root.base.expanded.value, aws: root.base.kind.kind === 'aws' },
    runtime: runtimeFamily(model, facts),
    packages: [...keys].filter((k) => !k.startsWith('small-tools') && !k.startsWith('java:') && packageByKey(k)?.ecosystem !== 'os'),
    otherPackages: sum(items, (i) => i.generic ?? 0),
  };
}

/**
 * Java build files of the build context (pom.xml, build.gradle, build.gradle.kts): the dependencies the function
 * ships, and their jar bytes from the table of common Lambda Java artifacts (src/knowledge/java-artifacts.ts).
 *
 * pom.xml is read with a real XML parser (fast-xml-parser) with entity expansion off, a nesting cap and a size cap;
 * properties (`${jackson.version}`), dependencyManagement and a parent pom found in the build context are resolved,
 * scopes test/provided/system/import are left out. Gradle files are read for the usual `dependencies { ... }` forms
 * (string notation `'g:a:v'`, map notation `group: 'g', name: 'a'`, the Kotlin DSL's `implementation("g:a:v")`); only
 * the configurations that end up on the runtime classpath count (implementation, api, runtimeOnly, compile, runtime).
 * Versions hardly matter for size: an artifact missing from the table is counted with a stated per-artifact range.
 */
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import type * as FastXmlParser from 'fast-xml-parser';
import {
  GENERIC_JAVA_MB, GENERIC_JAVA_SOURCE, NEVER_SHIPPED, javaArtifact, type JavaArtifact,
} from '../knowledge/java-artifacts.js';

export interface JavaDependency {
  group: string;
  artifact: string;
  version?: string;
  /** `group:artifact` (or `group:*`) left out of this dependency's closure. */
  excludes: string[];
}

export interface JavaBuild {
  tool: 'maven' | 'gradle';
  /** The project's artifact name (Maven artifactId; Gradle rootProject.name when written). */
  name?: string;
  version?: string;
  /** Maven `<build><finalName>`, resolved. */
  finalName?: string;
  /** Dependencies on the runtime classpath, as written (duplicates removed). */
  dependencies: JavaDependency[];
  /** Dependencies left out: test, provided, compileOnly, annotation processors, BOMs. */
  skipped: number;
  /** Dependencies that could not be named (a version catalog alias, `files(...)`, a property not resolved). */
  unnamed: number;
  /** The build makes one jar with the dependencies inside (shade, assembly, Spring Boot, Gradle shadow). */
  fatJar: boolean;
  /** A Gradle Copy task or a Maven copy-dependencies execution puts the runtime classpath in this folder (relative to the project). */
  copyInto?: string;
  /** Gradle: a Zip task packs the runtime classpath (build/distributions). */
  zipLib: boolean;
  /** Exclusions that apply to every dependency (Gradle `configurations.all { exclude ... }`). */
  globalExcludes: string[];
}

/** Bytes read of a build file at most (1 MiB): real ones are tens of KB; larger ones are not written by hand. */
export const BUILD_FILE_MAX_BYTES = 1 << 20;
/** Nesting depth of a pom.xml (real ones stay under 10). */
const POM_MAX_NESTING = 64;
/** Parent poms followed within the build context. */
const PARENT_DEPTH = 5;
/** Dependencies read per build file (a build file with more is not a Lambda function's). */
const MAX_DEPENDENCIES = 2000;

const ARRAYS = new Set(['dependency', 'plugin', 'exclusion', 'module', 'execution', 'descriptorRef', 'goal']);
const POM_PARSER_OPTIONS = {
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  maxNestedTags: POM_MAX_NESTING,
  isArray: (name: string) => ARRAYS.has(name),
};

type Node = Record<string, unknown>;
const obj = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined);

/**
 * fast-xml-parser, loaded on the first pom.xml read: evaluating its modules cost every CLI run at start-up, and most
 * runs read none. The bundles take it through `require` (esbuild bundles the call; the ES module bundles define
 * `require`); the sources run as ES modules in the tests, which have none.
 */
let xmlParser: typeof FastXmlParser | undefined;
const xml = (): typeof FastXmlParser => (xmlParser ??= typeof require === 'function' ? require('fast-xml-parser') : createRequire(import.meta.url)('fast-xml-parser'));

/** The parsed `<project>` of a pom.xml, or undefined when it is not one (or breaks a limit). */
function parsePom(text: string): Node | undefined {
  if (text.length > BUILD_FILE_MAX_BYTES) return undefined;
  try {
    const { XMLParser, XMLValidator } = xml();
    // The parser caps the nesting and is lenient; the validator (run on what passed the cap) refuses broken XML.
    const doc = new XMLParser(POM_PARSER_OPTIONS).parse(text) as Node;
    if (XMLValidator.validate(text) !== true) return undefined;
    const project = doc.project;
    return project && typeof project === 'object' ? obj(project) : undefined;
  } catch {
    return undefined;
  }
}

interface PomModel {
  props: Map<string, string>;
  managed: Map<string, { version?: string; scope?: string }>;
  deps: Node[];
  plugins: Node[];
}

/** Reads a pom and its local parents (child wins): properties, managed versions, dependencies, plugins. */
function pomModel(project: Node, readRelative: ((path: string) => string | undefined) | undefined): PomModel {
  const chain: Node[] = [project];
  let dir = '.';
  for (let p = project, depth = 0; depth < PARENT_DEPTH && readRelative; depth++) {
    const parent = obj(p.parent);
    if (!str(parent.artifactId)) break;
    const rel = str(parent.relativePath) ?? '../pom.xml';
    const path = posix.join(dir, rel.endsWith('.xml') ? rel : posix.join(rel, 'pom.xml'));
    const text = readRelative(path);
    const next = text === undefined ? undefined : parsePom(text);
    if (!next || str(next.artifactId) !== str(parent.artifactId)) break;
    chain.push(next);
    p = next;
    dir = posix.dirname(path);
  }
  const props = new Map<string, string>();
  const managed = new Map<string, { version?: string; scope?: string }>();
  const deps: Node[] = [];
  const plugins: Node[] = [];
  for (const p of [...chain].reverse()) {
    const parent = obj(p.parent);
    for (const [k, v] of Object.entries(obj(p.properties))) if (str(v) !== undefined) props.set(k, str(v)!);
    const version = str(p.version) ?? str(parent.version);
    const group = str(p.groupId) ?? str(parent.groupId);
    for (const [k, v] of [['project.version', version], ['version', version], ['project.groupId', group], ['project.artifactId', str(p.artifactId)], ['project.parent.version', str(parent.version)]] as const) if (v) props.set(k, v);
    for (const d of list(obj(obj(p.dependencyManagement).dependencies).dependency)) {
      const key = `${str(d.groupId)}:${str(d.artifactId)}`;
      managed.set(key, { version: str(d.version), scope: str(d.scope) });
    }
    deps.push(...list(obj(p.dependencies).dependency));
    plugins.push(...list(obj(obj(p.build).plugins).plugin));
  }
  return { props, managed, deps, plugins };
}

/** `${name}` references replaced from the properties (nested, at most 10 rounds); undefined if one is left. */
function interpolate(value: string | undefined, props: Map<string, string>): string | undefined {
  if (value === undefined) return undefined;
  let v = value;
  for (let i = 0; i < 10 && v.includes('${'); i++) v = v.replace(/\$\{([^}]+)\}/g, (m, k: string) => props.get(k) ?? m);
  return v.includes('${') ? undefined : v;
}

const SKIPPED_SCOPES = new Set(['test', 'provided', 'system', 'import']);
const FAT_JAR_PLUGINS = new Set(['maven-shade-plugin', 'maven-assembly-plugin', 'spring-boot-maven-plugin']);

/**
 * The runtime dependencies of a pom.xml. `readRelative` reads a path relative to this pom's folder (for local
 * parents); undefined when the text is not a readable pom.
 */
export function readPom(text: string, readRelative?: (path: string) => string | undefined): JavaBuild | undefined {
  const project = parsePom(text);
  if (!project) return undefined;
  const model = pomModel(project, readRelative);
  const build: JavaBuild = { tool: 'maven', dependencies: [], skipped: 0, unnamed: 0, fatJar: false, zipLib: false, globalExcludes: [] };
  build.name = interpolate(str(project.artifactId), model.props);
  build.version = model.props.get('project.version');
  build.finalName = interpolate(str(obj(project.build).finalName), model.props);
  const seen = new Set<string>();
  for (const d of model.deps.slice(0, MAX_DEPENDENCIES)) {
    const group = interpolate(str(d.groupId), model.props);
    const artifact = interpolate(str(d.artifactId), model.props);
    if (!group || !artifact) {
      build.unnamed++;
      continue;
    }
    const managed = model.managed.get(`${group}:${artifact}`);
    const scope = str(d.scope) ?? managed?.scope ?? 'compile';
    if (SKIPPED_SCOPES.has(scope) || str(d.type) === 'pom' || NEVER_SHIPPED.has(`${group}:${artifact}`)) {
      build.skipped++;
      continue;
    }
    if (seen.has(`${group}:${artifact}`)) continue;
    seen.add(`${group}:${artifact}`);
    const excludes = list(obj(d.exclusions).exclusion).map((e) => `${str(e.groupId) ?? '*'}:${str(e.artifactId) ?? '*'}`);
    const version = interpolate(str(d.version) ?? managed?.version, model.props);
    build.dependencies.push({ group, artifact, ...(version ? { version } : {}), excludes });
  }
  build.fatJar = model.plugins.some((p) => FAT_JAR_PLUGINS.has(str(p.artifactId) ?? ''));
  // maven-dependency-plugin's copy-dependencies bound to a phase: `mvn package` fills its outputDirectory.
  for (const p of model.plugins.filter((q) => str(q.artifactId) === 'maven-dependency-plugin')) {
    for (const e of list(obj(p.executions).execution)) {
      const goals = obj(e.goals).goal;
      if (!(Array.isArray(goals) ? goals : [goals]).some((g) => str(g) === 'copy-dependencies')) continue;
      const dir = str(obj(e.configuration).outputDirectory) ?? str(obj(p.configuration).outputDirectory) ?? '${project.build.directory}/dependency';
      const resolved = interpolate(dir, new Map([...model.props, ['project.build.directory', 'target'], ['project.basedir', '.'], ['basedir', '.']]));
      if (resolved) build.copyInto = resolved.replace(/^\.\//, '').replace(/\/+$/, '');
    }
  }
  return build;
}

/** Gradle configurations whose dependencies are on the runtime classpath. */
const GRADLE_SHIPPED = new Set(['implementation', 'api', 'runtimeOnly', 'compile', 'runtime']);
const GRADLE_DEP = /^\s*([A-Za-z_][\w]*)\s*\(?\s*(.*)$/;
const SHADOW_PLUGIN = /com\.github\.johnrengelman\.shadow|com\.gradleup\.shadow|io\.github\.goooler\.shadow|\bshadowJar\b|org\.springframework\.boot/;

/** Gradle source without comments (strings kept, so `'https://...'` survives). Slices, not a string per character. */
function stripComments(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || c === '\n') quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '/' && text[i + 1] === '/') {
      parts.push(text.slice(from, i));
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl - 1; // the newline stays
      from = i + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      parts.push(text.slice(from, i), ' ');
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The bodies of top-level-ish `dependencies { }` blocks, not those of `buildscript { }` (the build's own classpath). */
function dependencyBlocks(text: string): string[] {
  const blocks: string[] = [];
  const re = /\b(buildscript|dependencies)\s*\{/g;
  let m: RegExpExecArray | null;
  let skipUntil = -1;
  while ((m = re.exec(text))) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(text, open);
    if (m.index < skipUntil) continue;
    if (m[1] === 'buildscript') {
      skipUntil = close;
      continue;
    }
    blocks.push(text.slice(open + 1, close));
    re.lastIndex = close;
  }
  return blocks;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

const quoted = (s: string, key: string): string | undefined => new RegExp(`\\b${key}\\s*[:=]\\s*["']([^"']+)["']`).exec(s)?.[1];

/** One dependency statement of a Gradle `dependencies` block (several for a catalog bundle), or 'skip' / 'unnamed'. */
function gradleDependency(line: string, catalog: Catalog): JavaDependency | JavaDependency[] | 'skip' | 'unnamed' | undefined {
  const m = GRADLE_DEP.exec(line);
  if (!m) return undefined;
  const [, config, rest] = m;
  if (!/^(implementation|api|runtimeOnly|compile|runtime|compileOnly|compileOnlyApi|testImplementation|testRuntimeOnly|testCompileOnly|testCompile|testRuntime|annotationProcessor|kapt|ksp|developmentOnly|testFixtures\w*|\w+Implementation|\w+RuntimeOnly|\w+CompileOnly)$/.test(config)) return undefined;
  if (!GRADLE_SHIPPED.has(config)) return 'skip';
  if (/^(platform|enforcedPlatform)\s*\(/.test(rest)) return 'skip';
  const s = /^["']([^"'$]+)["']/.exec(rest);
  if (s) {
    const [group, artifact, version] = s[1].replace(/@\w+$/, '').split(':');
    return group && artifact ? { group, artifact, ...(version ? { version } : {}), excludes: [] } : 'unnamed';
  }
  const alias = /^libs\.([\w.]+)/.exec(rest)?.[1];
  if (alias) {
    const bundle = alias.startsWith('bundles.') ? catalog.bundles.get(alias.slice('bundles.'.length)) : undefined;
    const found = (bundle ?? [alias]).map((a) => catalog.libraries.get(a)).filter((d): d is JavaDependency => d !== undefined);
    return found.length > 0 ? found.map((d) => ({ ...d, excludes: [] })) : 'unnamed';
  }
  const group = quoted(rest, 'group');
  const artifact = quoted(rest, 'name');
  if (group && artifact) {
    const version = quoted(rest, 'version');
    return { group, artifact, ...(version ? { version } : {}), excludes: [] };
  }
  return 'unnamed';
}

interface Catalog {
  libraries: Map<string, JavaDependency>;
  bundles: Map<string, string[]>;
}

const aliasKey = (a: string) => a.trim().replace(/^["']|["']$/g, '').replace(/[-_]/g, '.');

/**
 * A Gradle version catalog (gradle/libs.versions.toml): its [libraries] (`a = "g:a:v"`, `a = { module = "g:a" }`,
 * `a = { group = "g", name = "a" }`, one line each as the format's examples write them) and [bundles].
 * https://docs.gradle.org/current/userguide/version_catalogs.html
 */
export function readVersionCatalog(text: string | undefined): Catalog {
  const catalog: Catalog = { libraries: new Map(), bundles: new Map() };
  if (!text || text.length > BUILD_FILE_MAX_BYTES) return catalog;
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, '').trim();
    const head = /^\[([\w.-]+)\]$/.exec(line);
    if (head) {
      section = head[1];
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0 || catalog.libraries.size + catalog.bundles.size >= MAX_DEPENDENCIES) continue;
    const key = aliasKey(line.slice(0, eq));
    const value = line.slice(eq + 1).trim();
    if (section === 'libraries') {
      const coords = /^["']([^"':]+):([^"':]+)(?::([^"']+))?["']$/.exec(value);
      const module = quoted(value, 'module')?.split(':');
      const [group, artifact] = coords ? [coords[1], coords[2]] : module ?? [quoted(value, 'group'), quoted(value, 'name')];
      if (group && artifact) catalog.libraries.set(key, { group, artifact, ...(coords?.[3] ? { version: coords[3] } : {}), excludes: [] });
    } else if (section === 'bundles') {
      catalog.bundles.set(key, [...value.matchAll(/["']([^"']+)["']/g)].map((m) => aliasKey(m[1])));
    }
  }
  return catalog;
}

/**
 * The runtime dependencies of a build.gradle / build.gradle.kts (with the project's version catalog, when there is
 * one, for `libs.x` aliases); undefined when it has no dependencies block.
 */
export function readGradle(text: string, catalogText?: string): JavaBuild | undefined {
  if (text.length > BUILD_FILE_MAX_BYTES) return undefined;
  const catalog = readVersionCatalog(catalogText);
  const src = stripComments(text);
  const blocks = dependencyBlocks(src);
  if (blocks.length === 0) return undefined;
  const build: JavaBuild = { tool: 'gradle', dependencies: [], skipped: 0, unnamed: 0, fatJar: SHADOW_PLUGIN.test(src), zipLib: false, globalExcludes: [] };
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const line of block.split(/\n|;/)) {
      if (build.dependencies.length >= MAX_DEPENDENCIES) break;
      const found = gradleDependency(line, catalog);
      if (found === undefined) continue;
      if (found === 'skip') build.skipped++;
      else if (found === 'unnamed') build.unnamed++;
      else {
        for (const d of Array.isArray(found) ? found : [found]) {
          if (NEVER_SHIPPED.has(`${d.group}:${d.artifact}`)) build.skipped++;
          else if (!seen.has(`${d.group}:${d.artifact}`)) {
            seen.add(`${d.group}:${d.artifact}`);
            build.dependencies.push(d);
          }
        }
      }
    }
  }
  for (const m of src.matchAll(/\bexclude\s*\(?\s*([^)\n}]*)/g)) {
    const group = quoted(m[1], 'group');
    const module = quoted(m[1], 'module');
    if (group || module) build.globalExcludes.push(`${group ?? '*'}:${module ?? '*'}`);
  }
  const name = /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(src)?.[1];
  if (name) build.name = name;
  const version = /^\s*version\s*=?\s*["']([^"']+)["']/m.exec(src)?.[1];
  if (version) build.version = version;
  readGradlePackaging(src, build);
  return build;
}

/** A Copy or Zip task fed by the runtime classpath (the AWS guides' `copyRuntimeDependencies` and `buildZip`). */
function readGradlePackaging(src: string, build: JavaBuild): void {
  for (const m of src.matchAll(/configurations\.(runtimeClasspath|runtime|compileClasspath)\b/g)) {
    const start = Math.max(0, src.lastIndexOf('task', m.index));
    const window = src.slice(start, Math.min(src.length, m.index + 400));
    if (/\bZip\b/.test(window)) build.zipLib = true;
    else {
      const into = /\binto\s*\(?\s*(?:file\s*\(\s*)?["']([^"']+)["']/.exec(window)?.[1]?.replace(/^\$\{?(project\.)?buildDir\}?\//, 'build/')
        ?? /\binto\s*\(?\s*(?:project\.)?layout\.buildDirectory\.dir\s*\(\s*["']([^"'$]+)["']/.exec(window)?.[1]?.replace(/^/, 'build/');
      if (into && !into.includes('$')) build.copyInto = into.replace(/^\.\//, '').replace(/\/+$/, '');
    }
  }
}

export interface JavaSizeItem {
  /** `group:artifact`, or a pseudo id of the table. */
  id: string;
  label: string;
  low: number;
  high: number;
  source: string;
  /** The declared dependency that pulled it (absent for a declared one). */
  via?: string;
}

export interface JavaSizes {
  items: JavaSizeItem[];
  /** Declared dependencies the table does not know (with `build.unnamed` they get GENERIC_JAVA_MB each). */
  generic: string[];
  genericRange: [number, number];
  genericSource: string;
}

const MB_BYTES = 1_000_000;

function excluded(id: string, excludes: string[]): boolean {
  const [g, a] = id.split(':');
  return excludes.some((e) => {
    const [eg, ea] = e.split(':');
    return (eg === '*' || eg === g) && (ea === '*' || ea === a);
  });
}

/** The jar bytes of a build's runtime dependencies: known ones with their closure (each counted once), the others generic. */
export function sizeJavaDependencies(build: JavaBuild): JavaSizes {
  const items: JavaSizeItem[] = [];
  const counted = new Set<string>();
  const generic: string[] = [];
  const add = (id: string, entry: JavaArtifact, excludes: string[], via?: string) => {
    const stack: { id: string; entry: JavaArtifact; via?: string }[] = [{ id, entry, via }];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (counted.has(next.id)) continue;
      counted.add(next.id);
      items.push({ id: next.id, label: next.entry.label, low: Math.round(next.entry.mb[0] * MB_BYTES), high: Math.round(next.entry.mb[1] * MB_BYTES), source: next.entry.source, ...(next.via ? { via: next.via } : {}) });
      for (const pulled of next.entry.pulls ?? []) {
        const e = javaArtifact(pulled);
        if (e && !counted.has(pulled) && !excluded(pulled, excludes)) stack.push({ id: pulled, entry: e, via: next.via ?? next.id.split(':')[1] ?? next.id });
      }
    }
  };
  for (const d of build.dependencies) {
    const id = `${d.group}:${d.artifact}`;
    if (excluded(id, build.globalExcludes)) continue;
    const entry = javaArtifact(id);
    if (entry) add(id, entry, [...d.excludes, ...build.globalExcludes]);
    else generic.push(id);
  }
  const genericCount = generic.length + build.unnamed;
  return {
    items,
    generic,
    genericRange: [Math.round(GENERIC_JAVA_MB[0] * MB_BYTES) * genericCount, Math.round(GENERIC_JAVA_MB[1] * MB_BYTES) * genericCount],
    genericSource: `${GENERIC_JAVA_SOURCE}: ${GENERIC_JAVA_MB[0]}-${GENERIC_JAVA_MB[1]} MB each`,
  };
}

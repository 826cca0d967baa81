/**
 * Turns command-line and Action inputs into files: directories are searched for Dockerfiles, globs are expanded
 * (`**`, `{a,b}`, `!negated`, by tinyglobby/picomatch), and the configuration's `exclude` (globs relative to
 * the configuration file) and .gitignore (the `ignore` package, git's own rules) leave files out.
 *
 * Loaded only when an input needs it (a directory, a glob, or a configuration with `exclude`): a run on one
 * Dockerfile never evaluates this module or its libraries.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { sniffDeploy } from '../deploy/sniff.js';

/**
 * The names a Dockerfile goes by: `Dockerfile`, `Containerfile`, `<name>.Dockerfile`, `Dockerfile.<name>`, and the
 * `Dockerfile-<name>` / `Dockerfile_<name>` variants many repositories use (`Dockerfile-python3.12`; and the lower-case
 * spellings); never the per-Dockerfile ignore file `Dockerfile.dockerignore`, docs (`Dockerfile.md`) or files of other
 * kinds named after Dockerfiles (`dockerfile.py`, `dockerfile_lint.sh`, `Dockerfile-diagram.png`, `Dockerfile.json`).
 */
const DOCKERFILE_NAME = /^(?:(?:[^/]*\.)?(?:Dockerfile|Containerfile|dockerfile|containerfile)(?:\.[^/]*)?|(?:Dockerfile|Containerfile|dockerfile|containerfile)[-_][\w.-]+)$/;
/** Extensions of files that are never Dockerfiles: docs, data, images, and source code named after Dockerfiles. */
const NOT_A_DOCKERFILE = /\.(?:dockerignore|md|rst|txt|json|ya?ml|toml|ini|cfg|conf|lock|sh|bash|bats|ps1|py|js|mjs|cjs|ts|go|rs|rb|java|kt|cs|php|html|png|jpe?g|gif|svg|pdf|zip|gz|tgz)$/i;

export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name) && !NOT_A_DOCKERFILE.test(name);
}

/**
 * Folders never searched (and never matched by a glob): VCS data, installed dependencies, and the module caches
 * `terraform init` and Terragrunt download (whole third-party repositories, example Dockerfiles included).
 */
const ALWAYS_SKIPPED = ['**/.git/**', '**/node_modules/**', '**/.terraform/**', '**/.terragrunt-cache/**'];
/**
 * Folders a Dockerfile search skips too: a CDK cloud assembly's asset folders hold copies of the project's
 * Dockerfiles (the assembly is read as a deploy configuration: its functions bring the copies they build).
 */
const DOCKERFILE_SKIPPED = [...ALWAYS_SKIPPED, '**/cdk.out/**'];
/** A CDK asset folder (`asset.<sha256>`), in a cloud assembly of any name (`cdk synth --output`). */
const CDK_ASSET_FOLDER = /^asset\.[0-9a-f]{64}$/;

export interface DiscoverOptions {
  cwd: string;
  /** Whether a file (absolute path) is excluded by the configuration that applies to it. */
  excluded?: (file: string) => Promise<boolean>;
  /** Honour .gitignore for files found in folders or by globs (default true). */
  gitignore?: boolean;
}

export interface Discovered {
  /** Inputs to lint, in the order given (folders and globs sorted), each once; `-` kept. */
  files: string[];
  /** Folders and globs that matched nothing: each a usage error. */
  empty: { input: string; why: string }[];
  /** How many files the configuration's `exclude` left out. */
  excluded: number;
}

export const hasGlob = (input: string): boolean => isDynamicPattern(input);

/** Whether an input needs discovery (a folder that is not an OCI layout nor a deploy configuration, a glob, a negation). */
export function needsDiscovery(input: string, cwd: string): boolean {
  if (input === '-') return false;
  if (input.startsWith('!')) return true;
  const abs = resolve(cwd, input);
  const st = statSync(abs, { throwIfNoEntry: false });
  if (st) return st.isDirectory() && !isImageLayout(abs) && sniffDeploy(abs) === undefined;
  return hasGlob(input);
}

/** A folder read as a Terraform configuration (it holds .tf files). */
export function isTerraformFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true && sniffDeploy(path) === 'terraform';
}

function isImageLayout(dir: string): boolean {
  return existsSync(join(dir, 'oci-layout')) || existsSync(join(dir, 'index.json'));
}

/** Expands inputs; explicit files stay as given (subject to `exclude` only), found files are shown relative to cwd. */
export async function discover(inputs: readonly string[], options: DiscoverOptions): Promise<Discovered> {
  const { cwd } = options;
  const negations = inputs.filter((i) => i.startsWith('!')).map((i) => i.slice(1).replace(/^\.\//, ''));
  const gitignore = options.gitignore === false ? undefined : new GitIgnore(cwd);
  const out: string[] = [];
  const seen = new Set<string>();
  const empty: Discovered['empty'] = [];
  let excluded = 0;
  const add = async (shown: string, explicit: boolean): Promise<boolean> => {
    const abs = resolve(cwd, shown);
    if (seen.has(abs)) return true;
    if (!explicit && gitignore?.ignores(abs)) return false;
    if (options.excluded && (await options.excluded(abs))) {
      excluded++;
      return false;
    }
    seen.add(abs);
    out.push(shown);
    return true;
  };
  for (const input of inputs) {
    if (input.startsWith('!')) continue;
    if (!needsDiscovery(input, cwd)) {
      if (input === '-') out.push(input);
      else await add(input, true);
      // A Terraform folder: its configuration, and the Dockerfiles under it (Terraform often builds them through a
      // provider or a script the configuration does not show); one a function builds is linted as that function.
      if (input !== '-' && isTerraformFolder(resolve(cwd, input))) {
        const root = resolve(cwd, input);
        for (const f of findDockerfiles(root, negations, cwd)) await add(f, false);
        // Nested folders are configurations of their own (envs/prod, examples/*): Terraform does not include them
        // (https://developer.hashicorp.com/terraform/language/files); a module one of them calls, read alone too, is
        // dropped for the read through its caller (dedupeDeployReads).
        for (const f of findDeployConfigs(root, negations, cwd)) if (resolve(cwd, f) !== root) await add(f, false);
      }
      continue;
    }
    const abs = resolve(cwd, input);
    const isDir = statSync(abs, { throwIfNoEntry: false })?.isDirectory() === true;
    // A folder: its Dockerfiles and its deploy configurations (a SAM template, serverless.yml, Terraform, a CDK
    // cloud assembly), as `sam build` and the Action find them; a Dockerfile a function builds is then reported
    // once, as that function, with the configuration's settings (lintFiles).
    const found = isDir ? [...findDockerfiles(abs, negations, cwd), ...findDeployConfigs(abs, negations, cwd)] : globFiles(input, negations, cwd);
    let kept = 0;
    for (const f of found) if (await add(f, false)) kept++;
    if (kept === 0 && found.length === 0) empty.push({ input, why: isDir ? 'is a directory with no Dockerfile (Dockerfile, *.Dockerfile, Dockerfile.*, Dockerfile-*, Dockerfile_*, Containerfile; any letter case) and no deploy configuration (Terraform, template.yaml, serverless.yml, a CDK cloud assembly) in it' : 'no file matches this pattern' });
  }
  return { files: out, empty, excluded };
}

/** The Dockerfiles under a folder that .gitignore does not leave out, as paths relative to cwd when inside it. */
export function dockerfilesUnder(dir: string, cwd: string): string[] {
  const gitignore = new GitIgnore(cwd);
  return findDockerfiles(resolve(cwd, dir), [], cwd).filter((f) => !gitignore.ignores(resolve(cwd, f)));
}

/** The Dockerfiles under a folder, as paths relative to cwd when inside it. */
function findDockerfiles(dir: string, negations: string[], cwd: string): string[] {
  const found = globSync(['**/*'], { cwd: dir, ignore: DOCKERFILE_SKIPPED, onlyFiles: true, dot: true, expandDirectories: false, followSymbolicLinks: false });
  const negate = negations.length ? picomatch(negations, { dot: true }) : undefined;
  return found
    .filter((rel) => isDockerfileName(rel.slice(rel.lastIndexOf('/') + 1)) && !rel.split('/').some((part) => CDK_ASSET_FOLDER.test(part)))
    .map((rel) => shown(join(dir, rel), cwd))
    .filter((p) => !negate?.(p.split(sep).join('/')))
    .sort();
}

/**
 * Names of the deploy configurations a folder search takes (as `sam` and `serverless` find them, and
 * serverless.template, the template the AWS .NET tooling, Amazon.Lambda.Tools, deploys by default); the content decides.
 */
const DEPLOY_FILE = /^(?:template|serverless)\.(?:ya?ml|json)$|^serverless\.template$/;

/**
 * The deploy configurations under a folder: each folder of .tf files (a Terraform configuration or module; a
 * function a root configuration reads through a local module is reported once), the SAM, CloudFormation and
 * Serverless files named as their tools look for them, and CDK cloud assemblies (cdk.out). A file that only has
 * such a name (a `template.yaml` of another tool) is not one: a search passes over it.
 */
function findDeployConfigs(dir: string, negations: string[], cwd: string): string[] {
  const found = globSync(['**/*.tf', '**/template.{yaml,yml,json}', '**/serverless.{yaml,yml,json,template}', '**/manifest.json'], { cwd: dir, ignore: ALWAYS_SKIPPED, onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: false });
  const negate = negations.length ? picomatch(negations, { dot: true }) : undefined;
  const inputs = new Set<string>();
  for (const rel of found) {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (name.endsWith('.tf')) {
      inputs.add(shown(join(dir, rel, '..'), cwd));
      continue;
    }
    if (name === 'manifest.json') {
      const assembly = join(dir, rel, '..');
      if (sniffDeploy(assembly) === 'cdk') inputs.add(shown(assembly, cwd));
      continue;
    }
    const path = join(dir, rel);
    if (!DEPLOY_FILE.test(name) || sniffDeploy(path) === undefined || !looksDeployed(path, name)) continue;
    inputs.add(shown(path, cwd));
  }
  return [...inputs].filter((p) => !negate?.(p.split(sep).join('/'))).sort();
}

/**
 * Whether a file a folder search found by its name is a deploy configuration by its content: a CloudFormation or SAM
 * template names its format version, the SAM transform or AWS:: resource types, and has Resources; a serverless.yml
 * has a provider.
 * A file named on the command line is read whatever it holds (and said when it is none).
 */
function looksDeployed(path: string, name: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').slice(0, 256 * 1024);
  } catch {
    return false;
  }
  if (name.startsWith('serverless.') && name !== 'serverless.template') return /(^|\n)\s*"?provider"?\s*:/.test(text);
  // A template without Resources (a fragment, a parameters file) deploys nothing: not one to read in a search.
  return /AWSTemplateFormatVersion|AWS::Serverless|["']?Type["']?\s*:\s*["']?AWS::/.test(text) && /(^|\n)\s*"?Resources"?\s*:/.test(text);
}

/** Files matching a glob (relative to cwd, or absolute), minus negated patterns. */
function globFiles(pattern: string, negations: string[], cwd: string): string[] {
  const abs = isAbsolute(pattern);
  const found = globSync([pattern], { cwd, ignore: [...ALWAYS_SKIPPED, ...negations], onlyFiles: true, dot: true, expandDirectories: false, absolute: abs });
  return found.map((p) => (abs ? p : p.split('/').join(sep))).sort();
}

function shown(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/**
 * .gitignore files as git reads them: each applies to the paths below its folder, from the file's folder up
 * to the repository root (the folder with .git), or up to the filesystem root outside a repository.
 */
/** Whether a path is a folder (for .gitignore patterns that end in /). */
function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}

class GitIgnore {
  private readonly perDir = new Map<string, Ignore | null>();
  constructor(private readonly cwd: string) {}

  ignores(file: string): boolean {
    // A folder is matched as one: `cdk.out/` in .gitignore (a pattern for folders only) matches the folder cdk.out.
    const slash = isDirectory(file) ? '/' : '';
    let dir = dirname(file);
    for (;;) {
      const ig = this.at(dir);
      if (ig) {
        const rel = relative(dir, file).split(sep).join('/');
        if (rel && !rel.startsWith('..') && ig.ignores(rel + slash)) return true;
      }
      if (existsSync(join(dir, '.git'))) return false;
      const parent = dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
  }

  private at(dir: string): Ignore | null {
    let ig = this.perDir.get(dir);
    if (ig === undefined) {
      let text: string | undefined;
      try {
        text = readFileSync(join(dir, '.gitignore'), 'utf8');
      } catch {
        text = undefined;
      }
      ig = text === undefined ? null : ignore().add(text);
      this.perDir.set(dir, ig);
    }
    return ig;
  }
}

/** A matcher for the configuration's `exclude`: globs relative to the configuration file's folder. */
export function excludeMatcher(patterns: readonly string[], base: string): (file: string) => boolean {
  const match = picomatch([...patterns].map((p) => p.replace(/^\.\//, '').replace(/\/+$/, '')), { dot: true });
  return (file) => {
    const rel = relative(base, file).split(sep).join('/');
    if (!rel || rel.startsWith('../') || isAbsolute(rel)) return false;
    // A folder pattern (`legacy/` or `legacy`) excludes what is under it, as in .gitignore.
    return match(rel) || rel.split('/').some((_, i, parts) => i < parts.length - 1 && match(parts.slice(0, i + 1).join('/')));
  };
}

/**
 * Expands a list of paths and globs (the Action's `dockerfiles` and `images` inputs): `**`, `{a,b}`, and `!pattern`
 * entries that leave matches out. Plain paths pass through as given (a missing one is the Linter's to report).
 * With `directories`, a glob may also match folders that are OCI image layouts.
 */
export function expandGlobs(patterns: readonly string[], cwd: string, options: { directories?: boolean } = {}): string[] {
  const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\.\//, ''));
  const out = new Set<string>();
  for (const p of patterns) {
    if (p.startsWith('!')) continue;
    if (!hasGlob(p)) {
      out.add(p);
      continue;
    }
    const found = globSync([p.replace(/^\.\//, '')], { cwd, ignore: [...ALWAYS_SKIPPED, ...negations], onlyFiles: !options.directories, dot: true, expandDirectories: false, absolute: isAbsolute(p) });
    for (const f of found.sort()) {
      const path = f.replace(/\/$/, '');
      if (f.endsWith('/') && !isImageLayout(resolve(cwd, path))) continue;
      out.add(path);
    }
  }
  return [...out];
}

/** Action inputs (INPUT_* environment variables, as the runner sets them) and glob expansion. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Threshold } from '../core/types.js';
import { isDeployTemplate } from '../deploy/index.js';

export type AnnotationMode = 'check-run' | 'workflow-commands' | 'none';

export interface ActionInputs {
  dockerfiles: string[];
  images: string[];
  /** Deploy configurations (templates, cdk.out, Terraform files or folders), or ['auto'] to discover them. */
  deployConfigs: string[];
  config?: string;
  failureThreshold: Threshold;
  annotate: AnnotationMode;
  sarifFile?: string;
  token?: string;
  checkName: string;
}

export class InputsError extends Error {}

/** The runner sets INPUT_<NAME> with the name upper-cased and spaces replaced by '_' (hyphens kept). */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const threshold = getInput(env, 'failure-threshold') || 'error';
  if (!['error', 'warning', 'info', 'none'].includes(threshold)) throw new InputsError(`input failure-threshold must be error, warning, info or none, got "${threshold}"`);
  const annotate = getInput(env, 'annotate') || 'check-run';
  if (!['check-run', 'workflow-commands', 'none'].includes(annotate)) throw new InputsError(`input annotate must be check-run, workflow-commands or none, got "${annotate}"`);
  return {
    dockerfiles: list(getInput(env, 'dockerfiles')),
    images: list(getInput(env, 'images')),
    deployConfigs: list(getInput(env, 'deploy-configs')),
    config: getInput(env, 'config') || undefined,
    failureThreshold: threshold as Threshold,
    annotate: annotate as AnnotationMode,
    sarifFile: getInput(env, 'sarif-file') || undefined,
    token: getInput(env, 'token') || undefined,
    checkName: getInput(env, 'check-name') || 'lint-lambda-image',
  };
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/** Glob syntax: `**` any number of folders, `*` and `?` within a name, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((a) => a.replace(/[.+^${}()|[\]\\*?]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expands globs against the files under `root` (paths relative to root, forward slashes); plain paths pass through. */
export function expandGlobs(patterns: string[], root: string): string[] {
  const out = new Set<string>();
  let files: string[] | undefined;
  for (const p of patterns) {
    if (!/[*?{]/.test(p)) {
      out.add(p);
      continue;
    }
    files ??= walk(root, root);
    const re = globToRegExp(p.replace(/^\.\//, ''));
    for (const f of files) if (re.test(f)) out.add(f);
  }
  return [...out];
}

function walk(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walk(abs, root));
    } else if (entry.isFile() || (entry.isSymbolicLink() && statSync(abs, { throwIfNoEntry: false })?.isFile())) {
      out.push(relative(root, abs).split(sep).join('/'));
    }
  }
  return out.sort();
}

/**
 * Deploy configurations under `root`: SAM/CloudFormation templates named template.yaml, template.yml or
 * template.json, CDK cloud assemblies (a cdk.out folder with a manifest.json), and each folder that holds .tf
 * files (one Terraform configuration; Terraform's own .terraform folder of downloaded modules is skipped).
 */
export function discoverDeployConfigs(root: string): string[] {
  const out = new Set<string>();
  for (const f of walk(root, root)) {
    const parts = f.split('/');
    const name = parts[parts.length - 1];
    const dir = parts.slice(0, -1).join('/') || '.';
    if (parts.includes('.terraform') || (parts.includes('cdk.out') && name !== 'manifest.json')) continue;
    if (/^template\.(ya?ml|json)$/.test(name)) {
      if (isDeployTemplate(join(root, f))) out.add(f);
    }
    else if (name === 'manifest.json' && parts[parts.length - 2] === 'cdk.out') out.add(dir);
    else if (name.endsWith('.tf')) out.add(dir);
  }
  return [...out].sort();
}

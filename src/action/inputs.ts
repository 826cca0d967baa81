/** Action inputs (INPUT_* environment variables, as the runner sets them) and glob expansion. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Threshold } from '../core/types.js';
import { FORMATS } from '../report/formats.js';
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
  /** Rules to turn off (codes or names), as --ignore. */
  ignore: string[];
  /** Build arguments, KEY=VALUE per line, as --build-arg. */
  buildArgs: Record<string, string>;
  /** The stage to lint, as --target. */
  target?: string;
  /** An extra report in this format, written to outputFile (any format of the CLI). */
  format?: string;
  outputFile?: string;
  /** Never fail the step for findings (hadolint-action's no-fail); inputs that cannot be read still fail it. */
  noFail: boolean;
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
  const format = getInput(env, 'format') || undefined;
  const outputFile = getInput(env, 'output-file') || undefined;
  if (format && !FORMATS[format]) throw new InputsError(`input format must be one of ${Object.keys(FORMATS).join(', ')}, got "${format}"`);
  if (format && !outputFile) throw new InputsError('input format needs output-file (the file to write the report to)');
  const buildArgs: Record<string, string> = {};
  for (const kv of getInput(env, 'build-args').split('\n').map((l) => l.trim()).filter(Boolean)) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new InputsError(`input build-args needs KEY=VALUE lines, got "${kv}"`);
    buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  const noFail = getInput(env, 'no-fail') || 'false';
  if (!['true', 'false'].includes(noFail)) throw new InputsError(`input no-fail must be true or false, got "${noFail}"`);
  return {
    ignore: list(getInput(env, 'ignore')),
    buildArgs,
    target: getInput(env, 'target') || undefined,
    format,
    outputFile: outputFile,
    noFail: noFail === 'true',
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

/** Globs of the `dockerfiles` and `images` inputs: `**`, `{a,b}` and `!negated` lines (src/linter/discover.ts). */
export { expandGlobs } from '../linter/discover.js';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

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
 * Deploy configurations under `root`: SAM/CloudFormation templates named template.yaml, template.yml,
 * template.json or serverless.template (the AWS .NET tooling's default), Serverless Framework configurations named serverless.yml, serverless.yaml or serverless.json (not
 * serverless.ts/.js, which cannot be read without running them), CDK cloud assemblies (a cdk.out folder with a manifest.json), and each folder that holds .tf
 * files (one Terraform configuration; Terraform's own .terraform folder of downloaded modules is skipped).
 */
export function discoverDeployConfigs(root: string): string[] {
  const out = new Set<string>();
  for (const f of walk(root, root)) {
    const parts = f.split('/');
    const name = parts[parts.length - 1];
    const dir = parts.slice(0, -1).join('/') || '.';
    if (parts.includes('.terraform') || (parts.includes('cdk.out') && name !== 'manifest.json')) continue;
    if (/^template\.(ya?ml|json)$|^serverless\.template$/.test(name)) {
      if (isDeployTemplate(join(root, f))) out.add(f);
    }
    else if (/^serverless\.(ya?ml|json)$/.test(name)) out.add(f);
    else if (name === 'manifest.json' && parts[parts.length - 2] === 'cdk.out') out.add(dir);
    else if (name.endsWith('.tf')) out.add(dir);
  }
  return [...out].sort();
}

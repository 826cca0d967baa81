/**
 * Lints every image function of a deploy configuration as Lambda will run it: its Dockerfile with the
 * configuration's build context, build args and target, with the ImageConfig overrides and the architecture
 * applied (LintOptions.deploy). A function deployed by image URI alone gets the deploy checks only.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../engine/config.js';
import type { Rule } from '../engine/rule-kit.js';
import { RULES } from '../../rules/registry.js';
import { lintDockerfile, runRules, type RuleError } from '../engine/runner.js';
import { redactText } from '../core/redact.js';
import { parseDockerfile } from '../dockerfile/model.js';
import { estimatesForDockerfile } from '../estimate/index.js';
import type { InputError, TargetReport } from '../report/types.js';
import { DeployConfigError, type DeployConfig, type DeployedFunction, type FunctionFacts } from './types.js';

export interface DeployLintOptions {
  config?: Config;
  ignore?: string[];
  now?: Date;
  /** Build args given on the command line: they win over the configuration's, as `sam build --build-arg` does. */
  buildArgs?: Record<string, string>;
  rules?: readonly Rule[];
  /** Reads a function's Dockerfile (the Linter's reader: size limit, UTF-8, one-line errors); default readFileSync. */
  readText?: (path: string) => string;
}

export interface FunctionLint {
  target: TargetReport;
  ruleErrors: RuleError[];
}

export function factsOf(fn: DeployedFunction): FunctionFacts {
  return { id: fn.id, kind: fn.kind, at: fn.at, architecture: fn.architecture, platform: fn.platform, imageConfig: fn.imageConfig, imageUri: fn.imageUri, built: fn.built, ...(fn.zipOnly?.length ? { zipOnly: fn.zipOnly } : {}), ...(fn.reservedEnv?.length ? { reservedEnv: fn.reservedEnv } : {}), ...(fn.envNames?.length ? { envNames: fn.envNames } : {}), ...(fn.urlInvokeMode ? { urlInvokeMode: fn.urlInvokeMode } : {}), ...(fn.adapterInvokeMode !== undefined ? { adapterInvokeMode: fn.adapterInvokeMode } : {}) };
}

/** The function as the JSON report describes it. */
export function functionInfo(fn: DeployedFunction): NonNullable<TargetReport['function']> {
  return {
    id: fn.id,
    kind: fn.kind,
    template: fn.at,
    ...(fn.dockerfile ? { dockerfile: fn.dockerfile.value } : {}),
    ...(fn.context ? { context: fn.context.value } : {}),
    buildArgs: Object.keys(fn.buildArgs),
    ...(fn.target ? { target: fn.target.value } : {}),
    ...(fn.platform ? { platform: fn.platform.value } : {}),
    architecture: fn.architecture?.value ?? null,
    imageConfig: {
      ...(fn.imageConfig.command ? { command: fn.imageConfig.command.value.map(redactText) } : {}),
      ...(fn.imageConfig.entryPoint ? { entryPoint: fn.imageConfig.entryPoint.value.map(redactText) } : {}),
      ...(fn.imageConfig.workingDirectory ? { workingDirectory: fn.imageConfig.workingDirectory.value } : {}),
    },
    ...(fn.imageUri ? { imageUri: redactText(fn.imageUri.value) } : {}),
  };
}

export async function lintFunction(fn: DeployedFunction, options: DeployLintOptions = {}): Promise<FunctionLint> {
  const deploy = factsOf(fn);
  const info = functionInfo(fn);
  if (fn.dockerfile) {
    const text = options.readText ? options.readText(fn.dockerfile.value) : readFileSync(fn.dockerfile.value, 'utf8').replace(/^\uFEFF/, '');
    const result = await lintDockerfile(text, {
      file: fn.dockerfile.value,
      contextDir: fn.context?.value,
      contextGiven: fn.context !== undefined,
      buildArgs: { ...fn.buildArgs, ...(options.buildArgs ?? {}) },
      target: fn.target?.value,
      config: options.config,
      ignore: options.ignore,
      now: options.now,
      rules: options.rules ?? RULES,
      registry: RULES,
      deploy,
    });
    // docker build fails on a target that names no stage ("target stage ... could not be found"): bad configuration.
    if (fn.target && !result.model.stageByName(fn.target.value)) {
      const stages = result.model.stages.flatMap((st) => (st.name ? [st.name] : []));
      throw new DeployConfigError(fn.target.at.file, `line ${fn.target.at.line}: ${fn.id}: the build target "${fn.target.value}" names no stage of ${fn.dockerfile.value}${stages.length ? ` (stages: ${stages.join(', ')})` : ' (it names none)'}`);
    }
    let estimates: TargetReport['estimates'] = null;
    try {
      estimates = estimatesForDockerfile(result.model, result.context);
    } catch {
      estimates = null;
    }
    return { target: { file: fn.dockerfile.value, kind: 'function', function: info, findings: result.findings, ...(result.skipped.length ? { skipped: result.skipped } : {}), estimates }, ruleErrors: result.ruleErrors };
  }
  const df = parseDockerfile('', { file: fn.templateFile });
  const { findings, ruleErrors, skipped } = runRules({ df, mode: 'deploy', file: fn.templateFile, getContext: () => undefined, options: { file: fn.templateFile, config: options.config, ignore: options.ignore, now: options.now, rules: options.rules ?? RULES, registry: RULES, deploy } });
  return { target: { file: fn.templateFile, kind: 'function', function: info, findings, ...(skipped.length ? { skipped } : {}), estimates: null }, ruleErrors };
}

/** A configuration's problems (a missing Dockerfile ...) as input errors, one line each. */
export function deployErrors(config: DeployConfig): InputError[] {
  // A configuration without image functions (zip functions only, other resources) lints nothing: not an error.
  return config.problems.map((p) => ({ file: p.at.file, message: `line ${p.at.line}: ${p.message}` }));
}

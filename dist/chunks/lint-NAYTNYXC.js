import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  RULES,
  estimatesForDockerfile,
  lintDockerfile,
  runRules
} from "./chunk-435VUIJB.js";
import {
  parseDockerfile,
  redactText
} from "./chunk-OOC7D3CD.js";
import "./chunk-VXECP6A4.js";
import "./chunk-GE4CN7KY.js";
import {
  DeployConfigError
} from "./chunk-WXDG642Z.js";
import "./chunk-AUYTHOBX.js";
import "./chunk-7KY5IGMZ.js";

// src/deploy/lint.ts
import { readFileSync } from "node:fs";
function factsOf(fn) {
  return { id: fn.id, kind: fn.kind, at: fn.at, architecture: fn.architecture, platform: fn.platform, imageConfig: fn.imageConfig, imageUri: fn.imageUri, built: fn.built, ...fn.zipOnly?.length ? { zipOnly: fn.zipOnly } : {}, ...fn.reservedEnv?.length ? { reservedEnv: fn.reservedEnv } : {}, ...fn.envNames?.length ? { envNames: fn.envNames } : {}, ...fn.urlInvokeMode ? { urlInvokeMode: fn.urlInvokeMode } : {}, ...fn.adapterInvokeMode !== void 0 ? { adapterInvokeMode: fn.adapterInvokeMode } : {} };
}
function functionInfo(fn) {
  return {
    id: fn.id,
    kind: fn.kind,
    template: fn.at,
    ...fn.dockerfile ? { dockerfile: fn.dockerfile.value } : {},
    ...fn.context ? { context: fn.context.value } : {},
    buildArgs: Object.keys(fn.buildArgs),
    ...fn.target ? { target: fn.target.value } : {},
    ...fn.platform ? { platform: fn.platform.value } : {},
    architecture: fn.architecture?.value ?? null,
    imageConfig: {
      ...fn.imageConfig.command ? { command: fn.imageConfig.command.value.map(redactText) } : {},
      ...fn.imageConfig.entryPoint ? { entryPoint: fn.imageConfig.entryPoint.value.map(redactText) } : {},
      ...fn.imageConfig.workingDirectory ? { workingDirectory: fn.imageConfig.workingDirectory.value } : {}
    },
    ...fn.imageUri ? { imageUri: redactText(fn.imageUri.value) } : {}
  };
}
async function lintFunction(fn, options = {}) {
  const deploy = factsOf(fn);
  const info = functionInfo(fn);
  if (fn.dockerfile) {
    const text = options.readText ? options.readText(fn.dockerfile.value) : readFileSync(fn.dockerfile.value, "utf8").replace(/^\uFEFF/, "");
    const result = await lintDockerfile(text, {
      file: fn.dockerfile.value,
      contextDir: fn.context?.value,
      contextGiven: fn.context !== void 0,
      buildArgs: { ...fn.buildArgs, ...options.buildArgs ?? {} },
      target: fn.target?.value,
      config: options.config,
      ignore: options.ignore,
      now: options.now,
      rules: options.rules ?? RULES,
      registry: RULES,
      deploy
    });
    if (fn.target && !result.model.stageByName(fn.target.value)) {
      const stages = result.model.stages.flatMap((st) => st.name ? [st.name] : []);
      throw new DeployConfigError(fn.target.at.file, `line ${fn.target.at.line}: ${fn.id}: the build target "${fn.target.value}" names no stage of ${fn.dockerfile.value}${stages.length ? ` (stages: ${stages.join(", ")})` : " (it names none)"}`);
    }
    let estimates = null;
    try {
      estimates = estimatesForDockerfile(result.model, result.context);
    } catch {
      estimates = null;
    }
    return { target: { file: fn.dockerfile.value, kind: "function", function: info, findings: result.findings, ...result.skipped.length ? { skipped: result.skipped } : {}, estimates }, ruleErrors: result.ruleErrors };
  }
  const df = parseDockerfile("", { file: fn.templateFile });
  const { findings, ruleErrors, skipped } = runRules({ df, mode: "deploy", file: fn.templateFile, getContext: () => void 0, options: { file: fn.templateFile, config: options.config, ignore: options.ignore, now: options.now, rules: options.rules ?? RULES, registry: RULES, deploy } });
  return { target: { file: fn.templateFile, kind: "function", function: info, findings, ...skipped.length ? { skipped } : {}, estimates: null }, ruleErrors };
}
function deployErrors(config) {
  return config.problems.map((p) => ({ file: p.at.file, message: `line ${p.at.line}: ${p.message}` }));
}
export {
  deployErrors,
  factsOf,
  functionInfo,
  lintFunction
};

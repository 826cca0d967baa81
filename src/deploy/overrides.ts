/**
 * Lambda's ImageConfig applied to a Dockerfile's target stage, as Lambda applies it when it starts the container:
 * EntryPoint replaces ENTRYPOINT, Command replaces CMD, WorkingDirectory replaces WORKDIR; each is set on its own
 * (an EntryPoint override keeps the image's CMD). https://docs.aws.amazon.com/lambda/latest/api/API_ImageConfig.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/images-parms.html
 *
 * An override becomes a setting whose `from` is a synthetic instruction located in the template (`origin`):
 * the rules judge it as they judge the Dockerfile's own CMD/ENTRYPOINT/WORKDIR, and their findings on it land on
 * the template line. It is never added to the instruction list, so instruction visitors do not see it.
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import type { FunctionFacts, Located } from './types.js';

function synthetic(stage: Stage, keyword: string, value: Located<string[] | string>, label: string): Instruction {
  const base = stage.fromInstruction;
  const exec = Array.isArray(value.value) ? value.value : undefined;
  return {
    ...base,
    keyword,
    text: exec ? JSON.stringify(exec) : String(value.value),
    words: exec ?? [String(value.value)],
    flags: [],
    stage,
    exec,
    jsonInvalid: false,
    shellText: undefined,
    heredocs: [],
    properties: [],
    span: { line: value.at.line, column: value.at.column, endLine: value.at.endLine, endColumn: value.at.endColumn },
    comments: [],
    origin: { location: value.at, label },
  };
}

const KEYS: Record<string, { entryPoint: string; command: string; workingDirectory: string }> = {
  default: { entryPoint: 'ImageConfig.EntryPoint', command: 'ImageConfig.Command', workingDirectory: 'ImageConfig.WorkingDirectory' },
  terraform: { entryPoint: 'image_config.entry_point', command: 'image_config.command', workingDirectory: 'image_config.working_directory' },
  serverless: { entryPoint: 'image.entryPoint', command: 'image.command', workingDirectory: 'image.workingDirectory' },
};

/** Applies the function's ImageConfig to the target stage of the model (in place). */
export function applyImageConfig(df: DockerfileModel, facts: FunctionFacts): void {
  const t = df.target;
  if (!t) return;
  const { command, entryPoint, workingDirectory } = facts.imageConfig;
  // Each configuration's own name for the override, so a finding on it reads as the user wrote it.
  const keys = KEYS[facts.kind] ?? KEYS.default;
  if (entryPoint) {
    const ins = synthetic(t, 'ENTRYPOINT', entryPoint, `${keys.entryPoint} of ${facts.id}`);
    t.entrypoint = { value: { exec: entryPoint.value }, from: ins };
  }
  if (command) {
    const ins = synthetic(t, 'CMD', command, `${keys.command} of ${facts.id}`);
    t.cmd = { value: { exec: command.value }, from: ins };
  }
  if (workingDirectory) {
    const ins = synthetic(t, 'WORKDIR', workingDirectory, `${keys.workingDirectory} of ${facts.id}`);
    t.workdir = { value: workingDirectory.value, from: ins };
  }
}

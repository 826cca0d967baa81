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

/** Applies the function's ImageConfig to the target stage of the model (in place). */
export function applyImageConfig(df: DockerfileModel, facts: FunctionFacts): void {
  const t = df.target;
  if (!t) return;
  const { command, entryPoint, workingDirectory } = facts.imageConfig;
  const name = facts.kind === 'terraform' ? (k: string) => `image_config.${k}` : (k: string) => `ImageConfig.${k}`;
  if (entryPoint) {
    const ins = synthetic(t, 'ENTRYPOINT', entryPoint, `${name(facts.kind === 'terraform' ? 'entry_point' : 'EntryPoint')} of ${facts.id}`);
    t.entrypoint = { value: { exec: entryPoint.value }, from: ins };
  }
  if (command) {
    const ins = synthetic(t, 'CMD', command, `${name(facts.kind === 'terraform' ? 'command' : 'Command')} of ${facts.id}`);
    t.cmd = { value: { exec: command.value }, from: ins };
  }
  if (workingDirectory) {
    const ins = synthetic(t, 'WORKDIR', workingDirectory, `${name(facts.kind === 'terraform' ? 'working_directory' : 'WorkingDirectory')} of ${facts.id}`);
    t.workdir = { value: workingDirectory.value, from: ins };
  }
}

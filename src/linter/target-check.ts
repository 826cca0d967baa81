/**
 * `--target` (the Action's `target`) must name a stage (`FROM ... AS <name>`) of each Dockerfile linted, as
 * `docker build --target` requires; otherwise the input cannot be linted as asked (exit 2). Checked on the
 * Dockerfile's own stages, whichever rules are enabled.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import type { InputError, Report } from '../report/types.js';

export function unknownTargets(report: Report, target: string | undefined, cwd: string): InputError[] {
  if (target === undefined) return [];
  const out: InputError[] = [];
  for (const t of report.targets) {
    if (t.kind !== 'dockerfile' || t.function) continue;
    let text: string;
    try {
      text = readFileSync(resolve(cwd, t.file), 'utf8');
    } catch {
      continue; // standard input: the LL001 finding says it
    }
    const stages = DockerfileParser.parse(text).getFROMs().map((f) => f.getBuildStage()?.toLowerCase()).filter(Boolean);
    if (!stages.includes(target.toLowerCase())) out.push({ file: t.file, message: `--target "${target}" names no stage of this Dockerfile${stages.length ? ` (stages: ${stages.join(', ')})` : ' (it has no named stage: FROM <image> AS <name>)'}` });
  }
  return out;
}

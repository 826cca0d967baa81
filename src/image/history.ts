/**
 * Image history (`config.history[].created_by`) turned back into Dockerfile instructions, so that the
 * Dockerfile rules can also judge an image whose Dockerfile is not at hand.
 *
 * Formats seen in the wild:
 *   classic builder  `/bin/sh -c #(nop)  CMD ["app.handler"]`, `/bin/sh -c #(nop) COPY file:ab12 in /var/task/ `,
 *                    `/bin/sh -c pip install -r requirements.txt` (a RUN)
 *   BuildKit         `RUN /bin/sh -c pip install x # buildkit`, `RUN |2 A=1 B=2 /bin/sh -c cmd # buildkit`,
 *                    `COPY app.py /var/task/ # buildkit`, `ENV A=b`, `WORKDIR /var/task`, `ARG X=1`
 *   classic / buildah with build args in scope: `|1 NPM_TOKEN=x /bin/sh -c npm ci` (no RUN keyword)
 *   kaniko           the instruction as written: `RUN pip install x`, `COPY requirements.txt .`
 *   buildah / kaniko otherwise like the classic builder; AWS base images: `ADD file:... in /`, `ENTRYPOINT [...]`
 *   a build SHELL    `/bin/bash -o pipefail -c cmd`
 * Build args recorded before a RUN (`|N A=1 B=2`) become `ARG A=1` lines in front of the RUN, tied to the
 * same history entry: their values are in the image history, and the secret rule must see them.
 */
import type { HistoryEntry } from './types.js';

export interface HistoryLine {
  /** Index in config.history. */
  history: number;
  /** Index of the layer this entry produced; undefined for empty layers. */
  layer?: number;
  createdBy: string;
  /** The entry as a Dockerfile instruction. */
  instruction: string;
}

const KEYWORDS = /^(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)\b/i;

/** `/bin/sh -c`, `/bin/bash -o pipefail -c`, `/usr/bin/bash -eux -c`: a shell invoked on a script (the SHELL of the build). */
const SHELL_C = /^\/(?:usr\/)?bin\/(?:ba|da|z|a)?sh((?:\s+-(?!c\s)[A-Za-z]+(?:\s+pipefail)?)*)\s+-c\s+([\s\S]*)$/;

interface Parsed {
  instruction?: string;
  /** Build args the RUN saw, as recorded before the command (`|2 A=1 B=2`). */
  buildArgs: { name: string; value: string }[];
}

/**
 * Splits the `|N A=1 B=2 ` prefix that the classic builder, buildah and BuildKit record in front of a RUN
 * when build args are in scope (the values are in the history, readable with `docker history`).
 */
function splitBuildArgs(s: string): { rest: string; buildArgs: { name: string; value: string }[] } {
  const m = /^\|(\d+)\s+/.exec(s);
  if (!m) return { rest: s, buildArgs: [] };
  let rest = s.slice(m[0].length);
  const buildArgs: { name: string; value: string }[] = [];
  for (let i = 0; i < Number(m[1]); i++) {
    const a = /^([A-Za-z_][A-Za-z0-9_.-]*)=(\S*)(?:\s+|$)/.exec(rest);
    if (!a) break;
    buildArgs.push({ name: a[1], value: a[2] });
    rest = rest.slice(a[0].length);
  }
  return { rest, buildArgs };
}

function parse(createdBy: string): Parsed {
  let s = createdBy.trim().replace(/(?:^|\s+)#\s*buildkit$/i, '').trim();
  if (s === '') return { buildArgs: [] };
  // BuildKit and kaniko write the keyword (`RUN |1 A=x /bin/sh -c cmd`, `RUN pip install x`); the classic
  // builder and buildah write only the command (`|1 A=x /bin/sh -c cmd`, `/bin/sh -c #(nop)  ENV A=b`).
  const keywordRun = /^RUN\s+/i.exec(s);
  if (keywordRun) s = s.slice(keywordRun[0].length);
  const { rest, buildArgs } = splitBuildArgs(s);
  s = rest;
  const shell = SHELL_C.exec(s);
  if (shell) {
    s = shell[2].trim();
    const nop = /^#\(nop\)\s*([\s\S]*)$/.exec(s);
    if (!nop) return { instruction: runLine(s), buildArgs };
    s = nop[1].trim();
  } else if (keywordRun || buildArgs.length) {
    return { instruction: runLine(s), buildArgs };
  }
  if (!KEYWORDS.test(s)) return { instruction: runLine(s), buildArgs };
  // `COPY file:ab12 in /var/task/` and `ADD dir:cd34 in /`: the source is a content hash.
  s = s.replace(/^(COPY|ADD)\s+((?:--\S+\s+)*)(?:multi:|file:|dir:)?(\S+)\s+in\s+(\S+)\s*$/i, '$1 $2$3 $4');
  return { instruction: oneLine(s), buildArgs };
}

/** One Dockerfile instruction for a history entry, or undefined when it says nothing usable. */
export function historyInstruction(createdBy: string): string | undefined {
  return parse(createdBy).instruction;
}

/** The build args a history entry recorded in front of its RUN (`RUN |1 NPM_TOKEN=x /bin/sh -c npm ci`). */
export function historyBuildArgs(createdBy: string): { name: string; value: string }[] {
  return parse(createdBy).buildArgs;
}

function runLine(script: string): string | undefined {
  const body = script.trim();
  if (body === '') return undefined;
  // A shell newline separates commands like `;`.
  return `RUN ${body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(' ; ')}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ');
}

/** `ARG NAME=value`, quoted when the value holds characters the Dockerfile parser would read otherwise. */
function argLine(name: string, value: string): string {
  return /^[A-Za-z0-9_.,:\/@+%=-]*$/.test(value) ? `ARG ${name}=${value}` : `ARG ${name}="${value.replace(/[\\"$`]/g, '\\$&')}"`;
}

/** The history as Dockerfile lines (after a synthetic `FROM scratch`), each tied to its entry and layer. */
export function historyLines(history: readonly HistoryEntry[]): HistoryLine[] {
  const out: HistoryLine[] = [];
  let layer = 0;
  history.forEach((h, i) => {
    const produced = h.empty_layer ? undefined : layer++;
    const createdBy = h.created_by ?? '';
    const { instruction, buildArgs } = parse(createdBy);
    if (!instruction) return;
    // The build args a RUN saw are part of its history entry: an ARG line before the RUN keeps them visible to the rules.
    if (instruction.startsWith('RUN ')) for (const a of buildArgs) out.push({ history: i, layer: produced, createdBy, instruction: argLine(a.name, a.value) });
    out.push({ history: i, layer: produced, createdBy, instruction });
  });
  return out;
}

/** A Dockerfile text for the history: `FROM scratch` then one instruction per line. */
export function historyDockerfile(lines: readonly HistoryLine[]): string {
  return ['FROM scratch', ...lines.map((l) => l.instruction)].join('\n') + '\n';
}

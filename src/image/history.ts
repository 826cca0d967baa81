/**
 * Image history (`config.history[].created_by`) turned back into Dockerfile instructions, so that the
 * Dockerfile rules can also judge an image whose Dockerfile is not at hand.
 *
 * Formats seen in the wild:
 *   classic builder  `/bin/sh -c #(nop)  CMD ["app.handler"]`, `/bin/sh -c #(nop) COPY file:ab12 in /var/task/ `,
 *                    `/bin/sh -c pip install -r requirements.txt` (a RUN)
 *   BuildKit         `RUN /bin/sh -c pip install x # buildkit`, `RUN |2 A=1 B=2 /bin/sh -c cmd # buildkit`,
 *                    `COPY app.py /var/task/ # buildkit`, `ENV A=b`, `WORKDIR /var/task`, `ARG X=1`
 *   buildah / kaniko like the classic builder; AWS base images: `ADD file:... in /`, `ENTRYPOINT [...]`
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

/** One Dockerfile instruction for a history entry, or undefined when it says nothing usable. */
export function historyInstruction(createdBy: string): string | undefined {
  let s = createdBy.trim().replace(/\s+#\s*buildkit$/i, '');
  if (s === '') return undefined;
  // BuildKit RUN with build args: `RUN |2 A=1 B=2 /bin/sh -c cmd`.
  const buildkitRun = /^RUN\s+(?:\|\d+\s+(?:\S+=\S*\s+)*)?(?:\/bin\/(?:ba)?sh\s+-c\s+)?([\s\S]*)$/i.exec(s);
  if (buildkitRun) return runLine(buildkitRun[1]);
  const classic = /^\/bin\/(?:ba)?sh\s+-c\s+([\s\S]*)$/.exec(s);
  if (classic) {
    s = classic[1].trim();
    const nop = /^#\(nop\)\s*([\s\S]*)$/.exec(s);
    if (!nop) return runLine(s);
    s = nop[1].trim();
  }
  if (!KEYWORDS.test(s)) return runLine(s);
  // `COPY file:ab12 in /var/task/` and `ADD dir:cd34 in /`: the source is a content hash.
  s = s.replace(/^(COPY|ADD)\s+((?:--\S+\s+)*)(?:multi:|file:|dir:)?(\S+)\s+in\s+(\S+)\s*$/i, '$1 $2$3 $4');
  return oneLine(s);
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

/** The history as Dockerfile lines (after a synthetic `FROM scratch`), each tied to its entry and layer. */
export function historyLines(history: readonly HistoryEntry[]): HistoryLine[] {
  const out: HistoryLine[] = [];
  let layer = 0;
  history.forEach((h, i) => {
    const produced = h.empty_layer ? undefined : layer++;
    const instruction = historyInstruction(h.created_by ?? '');
    if (instruction) out.push({ history: i, layer: produced, createdBy: h.created_by ?? '', instruction });
  });
  return out;
}

/** A Dockerfile text for the history: `FROM scratch` then one instruction per line. */
export function historyDockerfile(lines: readonly HistoryLine[]): string {
  return ['FROM scratch', ...lines.map((l) => l.instruction)].join('\n') + '\n';
}

/**
 * Inline suppressions in Dockerfile comments:
 *   # lint-lambda-image ignore=LL201,cache-leftover         (the next instruction)
 *   # lint-lambda-image global ignore=LL110                 (the whole file)
 * Codes and names are both accepted; unknown ones are reported by LL001.
 */
import type { DockerfileModel, Instruction } from '../dockerfile/model.js';
import type { Span } from '../core/types.js';

export interface Pragma {
  global: boolean;
  ids: string[];
  line: number;
  /** The instruction a non-global pragma applies to. */
  instruction?: Instruction;
}

export interface UnknownPragmaId {
  id: string;
  span: Span;
}

const PRAGMA = /^lint-lambda-image\s+(global\s+)?ignore\s*=\s*(.+)$/i;

export function readPragmas(df: DockerfileModel): Pragma[] {
  const pragmas: Pragma[] = [];
  const comments: { text: string; line: number; next?: Instruction }[] = [];
  for (const ins of df.instructions) for (const c of ins.comments) comments.push({ ...c, next: ins });
  // Comments after the last instruction.
  const lastLine = df.instructions.length ? df.instructions[df.instructions.length - 1].span.endLine : 0;
  df.lines.forEach((text, i) => {
    if (i + 1 > lastLine && text.trim().startsWith('#')) comments.push({ text: text.trim().replace(/^#\s*/, ''), line: i + 1 });
  });
  // Comments before the first instruction may also be parser directives; dockerfile-ast keeps them apart.
  for (let i = 0; i < (df.instructions[0]?.span.line ?? 0) - 1; i++) {
    const t = df.lines[i].trim();
    if (t.startsWith('#') && !comments.some((c) => c.line === i + 1)) comments.push({ text: t.replace(/^#\s*/, ''), line: i + 1, next: df.instructions[0] });
  }
  for (const c of comments) {
    const m = PRAGMA.exec(c.text.trim());
    if (!m) continue;
    const ids = m[2]
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    pragmas.push({ global: Boolean(m[1]), ids, line: c.line, instruction: m[1] ? undefined : c.next });
  }
  return pragmas;
}

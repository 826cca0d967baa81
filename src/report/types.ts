import type { Finding } from '../core/types.js';
import type { Estimates } from '../estimate/types.js';

/** One linted input and what was found. */
export interface TargetReport {
  file: string;
  kind: 'dockerfile' | 'image';
  findings: Finding[];
  /** Size and cold-start estimates (a heuristic); null when they could not be made. */
  estimates: Estimates | null;
  /** Extra facts about an image target (sizes, layers). */
  image?: Record<string, unknown>;
}

/** An input that could not be linted (exit code 2). */
export interface InputError {
  file: string;
  message: string;
}

export interface Report {
  targets: TargetReport[];
  errors: InputError[];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(report: Report): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const t of report.targets) for (const f of t.findings) counts[f.severity]++;
  return counts;
}

import type { Finding, Location } from '../core/types.js';
import type { ReportEstimates } from '../estimate/types.js';

/** One linted input and what was found. */
export interface TargetReport {
  file: string;
  kind: 'dockerfile' | 'image' | 'function';
  /** For a function of a deploy configuration: what the configuration says about it. */
  function?: FunctionReport;
  findings: Finding[];
  /**
   * Rules that did not judge this input because a fact they need has no source here (no image for the history,
   * an estimate that could not be made): an outcome, not an error. Present only when a rule was skipped.
   */
  skipped?: SkippedRule[];
  /** Size and cold-start estimates (a heuristic); null when they could not be made. */
  estimates: ReportEstimates | null;
  /** Extra facts about an image target (sizes, layers). */
  image?: Record<string, unknown>;
}

/** A Lambda function of a deploy configuration (SAM, CloudFormation, CDK, Terraform), as linted. */
export interface FunctionReport {
  /** Logical id, or Terraform resource address. */
  id: string;
  kind: 'sam' | 'cloudformation' | 'cdk' | 'terraform' | 'serverless';
  /** Where the function is declared. */
  template: Location;
  dockerfile?: string;
  context?: string;
  /** Names of the build args the configuration gives (values are not reported: they may be secrets). */
  buildArgs: string[];
  target?: string;
  platform?: string;
  /** x86_64 or arm64 (Lambda's default x86_64 when not given); null when it cannot be known. */
  architecture: string | null;
  imageConfig: { command?: string[]; entryPoint?: string[]; workingDirectory?: string };
  imageUri?: string;
}

/** A rule that did not judge an input, and why. */
export interface SkippedRule {
  code: string;
  name: string;
  reason: string;
}

/** An input that could not be linted (exit code 2). */
export interface InputError {
  file: string;
  message: string;
}

export interface Report {
  targets: TargetReport[];
  errors: InputError[];
  /** What an input holds that this tool could not check (a deploy configuration's unresolved values): never an error. */
  unchecked?: InputError[];
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

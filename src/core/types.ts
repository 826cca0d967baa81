/** Core types shared by the engine, the rules and the reporters. */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export type Threshold = Severity | 'none';

/** Where a piece of evidence came from. */
export type EvidenceSource = 'dockerfile' | 'image-config' | 'image-layer' | 'image-history' | 'config' | 'build-context';

/** 1-based, inclusive line and column range, as editors and SARIF count. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Location extends Span {
  /** Path as given on the command line (or the image path for image findings). */
  file: string;
}

/** A second place that explains a finding (the function in its template, the Dockerfile line an override replaces). */
export interface RelatedLocation extends Location {
  message: string;
}

export interface Finding {
  code: string;
  name: string;
  /** Which of the rule's messages this is (stable; useful for filtering and tests). */
  messageId: string;
  severity: Severity;
  message: string;
  location: Location;
  source: EvidenceSource;
  /** For image-layer evidence: the 0-based layer index. */
  layer?: number;
  fix?: string;
  docsUrl: string;
  /** The function of a deploy configuration this finding is about (logical id or resource address). */
  function?: string;
  /** Other places that belong to the finding: the function's declaration, the Dockerfile behind a template line. */
  related?: RelatedLocation[];
}

export function atLeast(severity: Severity, threshold: Threshold): boolean {
  if (threshold === 'none') return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export const DOCS_BASE = 'https://github.com/lint-lambda-image/lint-lambda-image/blob/main/docs/rules/';

export function docsUrlFor(code: string): string {
  return `${DOCS_BASE}${code}.md`;
}

/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF viewers.
 * GitHub's supported subset: tool.driver.rules with short/full descriptions and help (markdown shown;
 * helpUri alone is ignored, so the docs link is inside help.markdown), security-severity for security
 * rules, results with physical locations, partialFingerprints.
 * Never prints instruction source text (region snippets): secrets stay out of the log.
 */
import type * as Sarif from 'sarif';
import type { Rule } from '../engine/rule-kit.js';
import type { Finding, Severity } from '../core/types.js';
import { dirUri, displayPath, fileUri, encodeRelativeUri, FINGERPRINT_KEY, fingerprints, pointsIntoText, repoRelative, type SourceReader } from './locate.js';
import type { Report } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/lint-lambda-image/lint-lambda-image';
const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  toolVersion: string;
  cwd: string;
  rules: readonly Rule[];
  /** Reads source text for fingerprints (default: from disk, relative to cwd). */
  read?: SourceReader;
}

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };

/** The concern of a rule code range (the rule code ranges of the README): LL0xx input, LL1xx runtime contract, LL2xx security, LL3xx size. */
export function concernOf(code: string): string {
  switch (code.charAt(2)) {
    case '0':
      return 'syntax';
    case '1':
      return 'runtime-contract';
    case '2':
      return 'security';
    case '3':
      return 'size';
    default:
      return 'other';
  }
}

/** First sentence of a text (for shortDescription), at most `max` characters. */
export function firstSentence(text: string, max = 1024): string {
  const m = /^([\s\S]+?[.!?])(?=\s|$)/.exec(text.trim());
  return clip(m ? m[1] : text.trim(), max);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function fence(code: string, lang = 'dockerfile'): string {
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${code.replace(/\n$/, '')}\n${ticks}`;
}

function exampleMarkdown(ex: Rule['docs']['bad']): string {
  const parts = [fence(ex.dockerfile)];
  for (const [name, content] of Object.entries(ex.context ?? {})) parts.push(`\`${name}\`:\n\n${fence(content, '')}`);
  return parts.join('\n\n');
}

function ruleDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  const d = rule.docs;
  const concern = concernOf(rule.code);
  const tags = ['lambda', concern];
  if (rule.code.startsWith('LL2') && !tags.includes('security')) tags.push('security');
  const text = [
    `${rule.code} ${rule.name}`,
    '',
    d.what,
    '',
    `Why: ${d.why}`,
    '',
    'Example:',
    d.bad.dockerfile.trimEnd(),
    '',
    'Use instead:',
    d.good.dockerfile.trimEnd(),
    '',
    `Documentation: ${rule.docsUrl}`,
  ].join('\n');
  const markdown = [
    `**${rule.code} ${rule.name}**: ${d.what}`,
    '',
    '### Why',
    d.why,
    '',
    '### Example',
    exampleMarkdown(d.bad),
    '',
    '### Use instead',
    exampleMarkdown(d.good),
    '',
    `[Documentation of ${rule.code}](${rule.docsUrl})`,
    ...(d.references.length ? ['', '### References', ...d.references.map((r) => `- <${r}>`)] : []),
  ].join('\n');
  const properties: Sarif.PropertyBag = {
    tags,
    precision: rule.code.startsWith('LL0') ? 'very-high' : 'high',
    'problem.severity': PROBLEM_SEVERITY[rule.severity],
  };
  if (rule.securitySeverity !== undefined) properties['security-severity'] = rule.securitySeverity.toFixed(1);
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: firstSentence(d.what) },
    fullDescription: { text: clip(d.what, 1024) },
    help: { text, markdown },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties,
  };
}

/** A descriptor for a finding whose rule is not registered (e.g. produced by another build). */
function fallbackDescriptor(f: Finding): Sarif.ReportingDescriptor {
  return {
    id: f.code,
    name: f.name,
    shortDescription: { text: `${f.code} ${f.name}` },
    fullDescription: { text: `${f.code} ${f.name}` },
    help: { text: `See ${f.docsUrl}`, markdown: `[Documentation of ${f.code}](${f.docsUrl})` },
    helpUri: f.docsUrl,
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { tags: ['lambda', concernOf(f.code)], precision: 'high' },
  };
}

function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const rel = repoRelative(file, cwd);
  if (rel !== undefined) return { uri: encodeRelativeUri(rel), uriBaseId: SRCROOT };
  if (file === '-' || file === '') return { uri: 'stdin' };
  // Outside the working directory: an absolute file URI (GitHub converts those against the checkout path).
  return { uri: fileUri(file, cwd) };
}

export function buildSarif(report: Report, options: SarifOptions): Sarif.Log {
  const { cwd, toolVersion } = options;
  const descriptors: Sarif.ReportingDescriptor[] = options.rules.map(ruleDescriptor);
  const index = new Map<string, number>(descriptors.map((d, i) => [d.id, i]));
  const prints = fingerprints(report, cwd, options.read);
  const results: Sarif.Result[] = [];
  for (const t of report.targets) {
    for (const f of t.findings) {
      if (!index.has(f.code)) {
        index.set(f.code, descriptors.length);
        descriptors.push(fallbackDescriptor(f));
      }
      const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: artifactLocation(f.location.file || t.file, cwd) };
      if (pointsIntoText(f, t)) physicalLocation.region = region(f);
      const properties: Sarif.PropertyBag = { source: f.source, messageId: f.messageId };
      if (f.layer !== undefined) properties.layer = f.layer;
      if (f.function) properties.function = f.function;
      // A function's finding: the template that declares it and the Dockerfile that builds it.
      const relatedLocations: Sarif.Location[] = (f.related ?? []).map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: artifactLocation(r.file, cwd), region: region({ ...f, location: r }) },
        message: { text: r.message },
      }));
      results.push({
        ruleId: f.code,
        ruleIndex: index.get(f.code)!,
        level: LEVEL[f.severity],
        message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
        locations: [{ physicalLocation }],
        ...(relatedLocations.length ? { relatedLocations } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: prints.get(f)! },
        properties,
      });
    }
  }
  const workingDirectory = dirUri(cwd);
  const notifications: Sarif.Notification[] = report.errors.map((e) => ({
    level: 'error',
    message: { text: `${displayPath(e.file, cwd)}: ${e.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, cwd) } }],
  }));
  // A rule that could not judge an input (a fact without a source): a note naming the rule (associatedRule), not a result.
  for (const t of report.targets) {
    for (const s of t.skipped ?? []) {
      const ruleIndex = index.get(s.code);
      notifications.push({
        level: 'note',
        message: { text: `${displayPath(t.file, cwd)}: rule ${s.code} (${s.name}) skipped: ${s.reason}` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(t.file, cwd) } }],
        associatedRule: { id: s.code, ...(ruleIndex !== undefined ? { index: ruleIndex } : {}) },
        properties: { skipped: true },
      });
    }
  }
  // What a deploy configuration holds that could not be checked (an unresolved value): a note, never an error.
  for (const u of report.unchecked ?? []) {
    const line = /^line (\d+): /.exec(u.message);
    notifications.push({
      level: 'note',
      message: { text: `${displayPath(u.file, cwd)}: not checked: ${u.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(u.file, cwd), ...(line ? { region: { startLine: Number(line[1]) } } : {}) } }],
      properties: { unchecked: true },
    });
  }
  const semver = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(toolVersion);
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'lint-lambda-image',
        version: toolVersion,
        ...(semver ? { semanticVersion: toolVersion } : {}),
        informationUri: INFORMATION_URI,
        rules: descriptors,
      },
    },
    invocations: [
      {
        executionSuccessful: report.errors.length === 0,
        workingDirectory: { uri: workingDirectory },
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: workingDirectory } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function region(f: Finding): Sarif.Region {
  const { line, column, endLine, endColumn } = f.location;
  const startLine = Math.max(1, line);
  const startColumn = Math.max(1, column);
  const r: Sarif.Region = { startLine, startColumn };
  const eLine = Math.max(startLine, endLine);
  // Spans are end-exclusive columns (as SARIF's endColumn); an empty span on one line covers one column.
  let eCol = Math.max(1, endColumn);
  if (eLine === startLine && eCol <= startColumn) eCol = startColumn + 1;
  r.endLine = eLine;
  r.endColumn = eCol;
  return r;
}

export function formatSarif(report: Report, options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}

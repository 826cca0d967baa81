/**
 * The runner: parse once, dispatch instructions to every enabled rule's visitor, then `end()`;
 * apply suppressions, configuration and severity overrides.
 */
import { dirname } from 'node:path';
import { parseDockerfile, type DockerfileModel, type Instruction } from '../dockerfile/model.js';
import { initShell } from '../dockerfile/shell.js';
import { openContext, type BuildContext } from '../dockerfile/context.js';
import { rules as allRules } from '../../rules/index.js';
import type { Config } from './config.js';
import { interpolate, type ReportDescriptor, type Rule } from './rule-kit.js';
import { readPragmas } from './suppressions.js';
import { redactText } from '../knowledge/secrets.js';
import { SEVERITY_RANK, type Finding, type Severity, type Span } from './types.js';

export interface LintOptions {
  /** Path shown in findings. */
  file?: string;
  /** Build context folder; default: the Dockerfile's folder. `null` = no context. */
  contextDir?: string | null;
  buildArgs?: Record<string, string>;
  target?: string;
  config?: Config;
  /** Extra ignores (codes or names), e.g. from --ignore. */
  ignore?: string[];
  now?: Date;
  /** Run only these rules (tests). */
  rules?: readonly Rule[];
}

export interface LintResult {
  file: string;
  kind: 'dockerfile';
  findings: Finding[];
  model: DockerfileModel;
  /** The build context (read on first use); undefined when it cannot be read. */
  readonly context: BuildContext | undefined;
}

export const RULES: readonly Rule[] = allRules;

const byId = new Map<string, Rule>();
for (const r of allRules) {
  byId.set(r.code.toUpperCase(), r);
  byId.set(r.name.toLowerCase(), r);
}

/** A rule by code (LL201) or name (base-image-unpinned), case-insensitive. */
export function findRule(id: string): Rule | undefined {
  return byId.get(id.toUpperCase()) ?? byId.get(id.toLowerCase());
}

export async function lintDockerfile(text: string, options: LintOptions = {}): Promise<LintResult> {
  await initShell();
  return lintDockerfileSync(text, options);
}

/** Lints a Dockerfile; `initShell()` must have completed. */
export function lintDockerfileSync(text: string, options: LintOptions = {}): LintResult {
  const file = options.file ?? 'Dockerfile';
  const config = options.config ?? {};
  const buildArgs = { ...(config['build-args'] ?? {}), ...(options.buildArgs ?? {}) };
  const df = parseDockerfile(text, { file, buildArgs, target: options.target });
  const contextDir = options.contextDir === undefined ? (options.file ? dirname(options.file) : undefined) : options.contextDir;
  let context: BuildContext | undefined;
  let contextLoaded = false;
  const getContext = () => {
    if (!contextLoaded) {
      contextLoaded = true;
      context = contextDir ? openContext(contextDir, options.file) : undefined;
    }
    return context;
  };

  const ignored = new Set<string>();
  for (const id of [...(config.ignore ?? []), ...(options.ignore ?? [])]) {
    const r = findRule(id);
    if (r) ignored.add(r.code);
  }
  const overrides = new Map<string, Severity | 'off'>();
  for (const [id, sev] of Object.entries(config.rules ?? {})) {
    const r = findRule(id);
    if (r) overrides.set(r.code, sev);
  }

  const pragmas = readPragmas(df);
  for (const p of pragmas) {
    for (const id of p.ids) {
      const r = findRule(id);
      if (!r) {
        const col = (df.lines[p.line - 1] ?? '').indexOf(id) + 1;
        df.problems.push({ messageId: 'unknownPragmaId', span: { line: p.line, column: col || 1, endLine: p.line, endColumn: (col || 1) + id.length }, data: { id } });
      } else if (p.global) ignored.add(r.code);
    }
  }

  const findings: Finding[] = [];
  const now = options.now ?? new Date();
  const rules = options.rules ?? allRules;
  const visitors: { rule: Rule; visitor: ReturnType<Rule['create']> }[] = [];
  for (const rule of rules) {
    if (ignored.has(rule.code) || overrides.get(rule.code) === 'off') continue;
    const report = (d: ReportDescriptor<string>) => {
      const spec = rule.messages[d.messageId];
      if (!spec) throw new Error(`${rule.code}: unknown messageId ${d.messageId}`);
      const span = toSpan(d.at);
      // Never print a secret: whatever a rule quotes from the source goes through the redactor.
      const data = d.data && Object.fromEntries(Object.entries(d.data).map(([k, v]) => [k, typeof v === 'string' ? redactText(v) : v]));
      const override = overrides.get(rule.code);
      const severity: Severity = override && override !== 'off' ? override : (d.severity ?? spec.severity ?? rule.severity);
      findings.push({
        code: rule.code,
        name: rule.name,
        messageId: d.messageId,
        severity,
        message: interpolate(spec.text, data),
        location: { file, ...span },
        source: d.source ?? 'dockerfile',
        fix: spec.fix ? interpolate(spec.fix, data) : undefined,
        docsUrl: rule.docsUrl,
      });
    };
    const ctx = {
      df,
      target: df.target,
      get context() {
        return rule.needs.context ? getContext() : undefined;
      },
      now,
      config,
      report,
    };
    visitors.push({ rule, visitor: rule.create(ctx) });
  }
  for (const ins of df.instructions) {
    for (const { visitor } of visitors) visitor.instruction?.(ins);
  }
  for (const { visitor } of visitors) visitor.end?.();

  // Next-instruction pragmas.
  const suppressed = (f: Finding) =>
    pragmas.some(
      (p) =>
        !p.global &&
        p.instruction &&
        f.location.line >= p.instruction.span.line &&
        f.location.line <= p.instruction.span.endLine &&
        p.ids.some((id) => findRule(id)?.code === f.code),
    );
  const kept = findings.filter((f) => !suppressed(f));
  kept.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.code.localeCompare(b.code));
  return {
    file,
    kind: 'dockerfile',
    findings: dedupe(kept),
    model: df,
    get context() {
      return getContext();
    },
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.location.line}|${f.location.column}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toSpan(at: Instruction | Span | undefined): Span {
  if (!at) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if ('keyword' in at) return at.span;
  return at;
}

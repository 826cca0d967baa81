/**
 * Shared by the CI formats (sarif, github, checkstyle, gitlab): repository-relative paths and
 * stable finding fingerprints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../core/types.js';
import type { Report, TargetReport } from './types.js';

// node:crypto is loaded only by the formats that fingerprint findings: importing it costs every CLI run ~5 ms.
let crypto: typeof import('node:crypto') | undefined;
const sha256 = (text: string): string => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(text).digest('hex');

/** Path of `file` relative to `cwd` with forward slashes, or undefined when it lies outside `cwd`. */
export function repoRelative(file: string, cwd: string): string | undefined {
  if (file === '-' || file === '') return undefined;
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** A path for display in CI systems: repository-relative when possible, else as given (forward slashes). */
export function displayPath(file: string, cwd: string): string {
  return repoRelative(file, cwd) ?? file.split(sep).join('/');
}

/** A directory as a file: URI ending in '/'. */
export function dirUri(dir: string): string {
  const u = pathToFileURL(resolve(dir)).href;
  return u.endsWith('/') ? u : `${u}/`;
}

/** A file as an absolute file: URI (resolved against cwd). */
export function fileUri(file: string, cwd: string): string {
  return pathToFileURL(resolve(cwd, file)).href;
}

/** Encodes a relative path as a URI reference (spaces, '#', '?' and '%' escaped; '/' kept). */
export function encodeRelativeUri(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** Reads a source file's text (for fingerprints); undefined when it cannot be read. */
export type SourceReader = (file: string) => string | undefined;

export function diskReader(cwd: string): SourceReader {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      let text: string | undefined;
      try {
        text = file === '-' ? undefined : readFileSync(resolve(cwd, file), 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(file, text);
    }
    return cache.get(file);
  };
}

/**
 * The instruction text a finding points at, normalised: the lines of its span joined, line continuations
 * removed and whitespace collapsed. Whole lines are used so that a change of column alone keeps identity.
 */
export function normalisedSource(text: string | undefined, f: Finding): string | undefined {
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const start = Math.max(1, f.location.line);
  const end = Math.min(lines.length, Math.max(start, f.location.endLine));
  if (start > lines.length) return undefined;
  const joined = lines
    .slice(start - 1, end)
    .map((l) => l.replace(/\\\s*$/, ''))
    .join(' ');
  return joined.replace(/\s+/g, ' ').trim();
}

export const FINGERPRINT_KEY = 'lintLambdaImage/v1';

/**
 * Stable identity of each finding: sha256 of rule code, repository-relative path and the normalised
 * instruction text (the message when the source cannot be read, e.g. stdin or image findings), plus an
 * occurrence index among findings with the same key. The line number is deliberately not part of it, so a
 * finding keeps its identity when lines above it are added or removed.
 * Returns a map from finding to `<32 hex>:<occurrence>`.
 */
export function fingerprints(report: Report, cwd: string, read: SourceReader = diskReader(cwd)): Map<Finding, string> {
  const out = new Map<Finding, string>();
  const seen = new Map<string, number>();
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file);
  };
  for (const t of report.targets) {
    for (const f of t.findings) {
      const path = displayPath(f.location.file || t.file, cwd);
      const basis = (pointsIntoText(f, t) ? normalisedSource(textOf(f.location.file), f) : undefined) ?? `message:${f.message}`;
      const hash = sha256(`${f.code}\0${path}\0${basis}`).slice(0, 32);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      out.set(f, `${hash}:${n}`);
    }
  }
  return out;
}

/**
 * Whether a finding points at a line of a text file (a Dockerfile) rather than at an image archive: Dockerfile
 * findings, and image findings that --dockerfile mapped onto the instruction that made their layer.
 */
export function pointsIntoText(f: Finding, t: TargetReport): boolean {
  // Build-context findings (LL306) point at the COPY instruction that takes the context: a Dockerfile line.
  if (f.source === 'dockerfile' || f.source === 'build-context') return true;
  return t.kind === 'image' && f.source !== 'image-history' && f.location.file !== t.file;
}

/** A finding's other places, for formats with one location per finding: "function Hello at template.yaml:4; ...". */
export function relatedText(f: Finding, cwd: string): string {
  return (f.related ?? []).map((r) => `${r.message} at ${displayPath(r.file, cwd)}:${r.line}`).join('; ');
}

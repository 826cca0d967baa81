/**
 * Pull request annotations through the Checks API: one check run on the PR head SHA, annotations in
 * batches of 50 (the API's maxItems; later batches are appended with checks.update), conclusion at the end.
 * A 403 that is not a rate limit means the token cannot write checks (fork PRs): PermissionDenied.
 * Secondary rate limits (403/429 with retry-after or "secondary rate limit") are retried.
 */
import type { Octokit } from '@octokit/rest';
import type { Finding, Severity } from '../core/types.js';
import { displayPath, relatedText } from '../report/locate.js';
import type { Report } from '../report/types.js';

export const BATCH = 50;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, Annotation['annotation_level']> = { error: 'failure', warning: 'warning', info: 'notice' };

export class PermissionDenied extends Error {}

export function toAnnotations(report: Report, cwd: string): Annotation[] {
  const out: Annotation[] = [];
  for (const t of report.targets) {
    for (const f of t.findings) out.push(annotation(f, t.kind !== 'image' && f.source === 'dockerfile', displayPath(f.location.file || t.file, cwd), relatedText(f, cwd)));
  }
  return out;
}

function annotation(f: Finding, text: boolean, path: string, also: string): Annotation {
  const a: Annotation = {
    path,
    start_line: text ? Math.max(1, f.location.line) : 1,
    end_line: text ? Math.max(1, f.location.line, f.location.endLine) : 1,
    annotation_level: LEVEL[f.severity],
    message: clip(`${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}${also ? `\nSee also: ${also}` : ''}`, 60_000),
    title: clip(`${f.code} ${f.name}`, 255),
    raw_details: `Docs: ${f.docsUrl}`,
  };
  // Columns are allowed only when the annotation is on one line.
  if (text && a.start_line === a.end_line) {
    a.start_column = Math.max(1, f.location.column);
    a.end_column = Math.max(a.start_column, f.location.endColumn - 1);
  }
  return a;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export interface RetryOptions {
  retries?: number;
  /** Sleep (ms); injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Upper bound of one wait (ms). */
  maxWaitMs?: number;
  log?: (s: string) => void;
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

function rateLimitWait(e: HttpError): number | undefined {
  if (e.status !== 403 && e.status !== 429) return undefined;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
  if (/secondary rate limit/i.test(e.message ?? '')) return 60_000;
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) : 60_000;
  }
  return e.status === 429 ? 60_000 : undefined;
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const e = err as HttpError;
      const wait = rateLimitWait(e);
      if (wait !== undefined && attempt < retries) {
        const ms = Math.min(wait, options.maxWaitMs ?? 120_000);
        options.log?.(`lint-lambda-image: GitHub rate limit (HTTP ${e.status}); retrying in ${Math.round(ms / 1000)} s.\n`);
        await sleep(ms);
        continue;
      }
      if (e.status === 403 && wait === undefined) throw new PermissionDenied(e.message ?? 'forbidden');
      throw err;
    }
  }
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  title: string;
  summary: string;
  text?: string;
  conclusion: 'success' | 'failure' | 'neutral';
  annotations: Annotation[];
}

/** Creates the check run and sends all annotations; returns the check run id and the number of requests. */
export async function publishCheckRun(octokit: Octokit, req: CheckRunRequest, retry: RetryOptions = {}): Promise<{ id: number; requests: number }> {
  const batches: Annotation[][] = [];
  for (let i = 0; i < req.annotations.length; i += BATCH) batches.push(req.annotations.slice(i, i + BATCH));
  const output = (annotations: Annotation[] | undefined) => ({
    title: req.title,
    summary: clip(req.summary, 65_535),
    ...(req.text ? { text: clip(req.text, 65_535) } : {}),
    ...(annotations && annotations.length ? { annotations } : {}),
  });
  const single = batches.length <= 1;
  const created = await withRetry(
    () =>
      octokit.rest.checks.create({
        owner: req.owner,
        repo: req.repo,
        name: req.name,
        head_sha: req.headSha,
        ...(single ? { status: 'completed' as const, conclusion: req.conclusion, completed_at: new Date().toISOString() } : { status: 'in_progress' as const }),
        output: output(batches[0]),
      }),
    retry,
  );
  const id = created.data.id;
  let requests = 1;
  for (let i = 1; i < batches.length; i++) {
    const last = i === batches.length - 1;
    await withRetry(
      () =>
        octokit.rest.checks.update({
          owner: req.owner,
          repo: req.repo,
          check_run_id: id,
          ...(last ? { status: 'completed' as const, conclusion: req.conclusion, completed_at: new Date().toISOString() } : {}),
          output: output(batches[i]),
        }),
      retry,
    );
    requests++;
  }
  return { id, requests };
}

/**
 * The GitHub Action: lint Dockerfiles, write SARIF, annotate the pull request (check run on the PR head SHA,
 * or workflow commands), write the job summary, set outputs, fail at the threshold.
 */
import { appendFileSync, existsSync, lstatSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { Octokit } from '@octokit/rest';
import { redactDeep, redactText } from '../core/redact.js';
import { pathWithin } from '../core/paths.js';
import { RULES } from '../../rules/registry.js';
import { Linter } from '../linter/index.js';
import { estimateMarkdown } from '../estimate/format.js';
import { formatGithub } from '../report/github.js';
import { displayPath } from '../report/locate.js';
import { formatSarif } from '../report/sarif.js';
import { countFindings, type Report } from '../report/types.js';
import { PermissionDenied, publishCheckRun, toAnnotations, type RetryOptions } from './checks.js';
import { dockerfilesUnder } from '../linter/discover.js';
import { unknownTargets } from '../linter/target-check.js';
import { discoverDeployConfigs, expandGlobs, InputsError, readInputs } from './inputs.js';

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  /** Octokit options override (tests: baseUrl of a stand-in server). */
  octokit?: ConstructorParameters<typeof Octokit>[0];
  retry?: RetryOptions;
  toolVersion?: string;
}

export interface ActionResult {
  exitCode: number;
  report: Report;
  annotatedWith: 'check-run' | 'workflow-commands' | 'none';
  checkRunId?: number;
}

/** The commit to annotate: the PR head (GITHUB_SHA is the test merge commit on pull_request events). */
export function headSha(env: NodeJS.ProcessEnv): string | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (path && existsSync(path)) {
    try {
      const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { head?: { sha?: string } } };
      const sha = event.pull_request?.head?.sha;
      if (sha) return sha;
    } catch {
      /* fall through */
    }
  }
  return env.GITHUB_SHA;
}

export async function runAction(io: ActionIo): Promise<ActionResult> {
  const { env } = io;
  // The token itself (and any secret in what the API echoes back) never reaches the log.
  const token = env.INPUT_TOKEN ?? env.GITHUB_TOKEN ?? '';
  const scrub = (text: string) => {
    const t = token.length >= 8 ? text.split(token).join('***') : text;
    return redactText(t);
  };
  const out = (text: string) => io.stdout(scrub(text));
  const version = io.toolVersion ?? '0.0.0';
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const rawReport: Report = { targets: [], errors: [] };
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (e) {
    if (e instanceof InputsError) {
      out(`::error title=lint-lambda-image::${e.message}\n`);
      return { exitCode: 2, report: rawReport, annotatedWith: 'none' };
    }
    throw e;
  }
  // One Linter for Dockerfiles and images, as the CLI lints them: configuration found upward from each
  // input (or the config input), build context and estimates for Dockerfiles, image facts for images.
  const linter = new Linter({
    cwd: workspace,
    // A pull request controls its templates: the Dockerfiles and contexts they name must stay in the workspace.
    confineTo: workspace,
    config: inputs.config ? resolve(workspace, inputs.config) : undefined,
    failureThreshold: env['INPUT_FAILURE-THRESHOLD'] ? inputs.failureThreshold : undefined,
    ignore: inputs.ignore,
    buildArgs: inputs.buildArgs,
    target: inputs.target,
  });
  const defaulted = !(inputs.dockerfiles.length || inputs.images.length);
  const patterns = defaulted ? ['**/Dockerfile', '**/*.Dockerfile', '**/Dockerfile.*', '**/Dockerfile-*', '**/Dockerfile_*', '**/Containerfile'] : inputs.dockerfiles;
  // No `dockerfiles` input: every Dockerfile of the workspace, as `lint-lambda-image .` finds them (.gitignore honoured).
  const found = defaulted ? dockerfilesUnder(workspace, workspace) : expandGlobs(patterns, workspace);
  let files: string[] = [];
  for (const f of found) if (!(await linter.isExcluded(f).catch(() => false))) files.push(f);
  const images = expandGlobs(inputs.images, workspace, { directories: true });
  const absolute = (rel: string) => (isAbsolute(rel) ? rel : resolve(workspace, rel));
  // A pull request controls the workspace: inputs that are links leading out of it are refused, not read.
  const inside = (list: string[]) =>
    list.map(absolute).filter((file) => {
      const problem = outsideWorkspace(file, workspace);
      if (problem) rawReport.errors.push({ file, message: problem });
      return !problem;
    });
  // Deploy configurations first: a Dockerfile that one of their functions builds is linted as that function
  // (with its template's overrides and architecture), not a second time alone, unless `dockerfiles` names it.
  const auto = inputs.deployConfigs.length === 1 && inputs.deployConfigs[0] === 'auto';
  const deployInputs = auto ? discoverDeployConfigs(workspace) : expandGlobs(inputs.deployConfigs, workspace);
  const deployed = await linter.lintFiles(inside(deployInputs));
  if (!inputs.dockerfiles.length) {
    const built = new Set(deployed.targets.flatMap((t) => (t.function?.dockerfile ? [absolute(t.function.dockerfile)] : [])));
    files = files.filter((f) => !built.has(absolute(f)));
  }
  for (const linted of [deployed, await linter.lintFiles(inside(files)), await linter.lintFiles(inside(images), { as: 'image' })]) {
    rawReport.targets.push(...linted.targets);
    rawReport.errors.push(...linted.errors);
  }
  rawReport.errors.push(...unknownTargets(rawReport, inputs.target, workspace));
  const failed = rawReport.targets.some((t) => linter.fails(t));
  if (inputs.images.length && images.length === 0) out(`::warning title=lint-lambda-image::No image archive matched ${inputs.images.join(', ')}\n`);
  if (inputs.deployConfigs.length && deployInputs.length === 0) out(`::warning title=lint-lambda-image::No deploy configuration matched ${inputs.deployConfigs.join(', ')}\n`);
  if (files.length === 0 && inputs.images.length === 0 && deployInputs.length === 0) out(`::warning title=lint-lambda-image::No Dockerfile matched ${patterns.join(', ')}\n`);

  // The redaction boundary: from here on, only the redacted report is written, printed or sent.
  const report = redactDeep(rawReport);
  if (inputs.sarifFile) writeFileSync(resolve(workspace, inputs.sarifFile), formatSarif(report, { toolVersion: version, cwd: workspace, rules: RULES }));
  if (inputs.format && inputs.outputFile) writeFileSync(resolve(workspace, inputs.outputFile), linter.loadFormatter(inputs.format)(rawReport, { cwd: workspace }));

  const counts = countFindings(report);
  const conclusion = failed || report.errors.length ? 'failure' : 'success';
  const { annotatedWith, checkRunId } = await annotate({ io, inputs, out, scrub, version, report, workspace, conclusion, counts });
  if (annotatedWith === 'workflow-commands') out(formatGithub(report, { cwd: workspace }));
  else out(`lint-lambda-image: ${countsText(counts)} in ${plural(report.targets.length, 'input')}.\n`);

  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summaryMarkdown(report, workspace, { limit: 1000 }));
  if (env.GITHUB_OUTPUT) {
    appendFileSync(env.GITHUB_OUTPUT, `findings=${counts.error + counts.warning + counts.info}\nerrors=${counts.error}\nwarnings=${counts.warning}\n${inputs.sarifFile ? `sarif-file=${inputs.sarifFile}\n` : ''}${inputs.outputFile ? `output-file=${inputs.outputFile}\n` : ''}`);
  }
  const exitCode = report.errors.length ? 2 : failed && !inputs.noFail ? 1 : 0;
  if (exitCode === 1) out(`::error title=lint-lambda-image::Findings at or above the failure threshold (${inputs.failureThreshold}).\n`);
  else if (failed) out(`lint-lambda-image: findings at or above the failure threshold (${inputs.failureThreshold}); not failing the step (no-fail: true).\n`);
  return { exitCode, report, annotatedWith, checkRunId };
}

/**
 * A pull request controls the workspace: a `Dockerfile` that is a symbolic link to /etc/passwd or to the
 * runner's secrets must not be read and quoted back in annotations. The problem, or undefined when the
 * input may be read (a path the workflow names outside the workspace is the workflow's choice; a link that
 * leads out is not).
 */
export function outsideWorkspace(file: string, workspace: string): string | undefined {
  let real: string;
  try {
    lstatSync(file);
    real = realpathSync(file);
  } catch {
    return undefined; // missing: the Linter reports it
  }
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch {
    root = resolve(workspace);
  }
  if (real !== resolve(file) && !pathWithin(real, root)) return 'is a symbolic link to a file outside the workspace; not read';
  return undefined;
}

/** Every request to the GitHub API: its output text redacted; an error's message and body scrubbed of secrets. */
function guardRequests(octokit: Octokit, scrub: (s: string) => string): void {
  octokit.hook.wrap('request', async (request, options) => {
    const o = options as Record<string, unknown>;
    if (o.output && typeof o.output === 'object') o.output = redactDeep(o.output);
    try {
      return await request(options);
    } catch (e) {
      const err = e as { message?: string; response?: { data?: unknown } };
      if (typeof err.message === 'string') {
        try {
          err.message = scrub(err.message);
        } catch {
          /* read-only message */
        }
      }
      if (err.response && err.response.data !== undefined) err.response.data = redactDeep(typeof err.response.data === 'string' ? scrub(err.response.data) : err.response.data);
      throw e;
    }
  });
}

/** `1 warning`, `2 warnings`; `info` has no plural. */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

function countsText(c: { error: number; warning: number; info: number }): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}`;
}

interface AnnotateContext {
  io: ActionIo;
  inputs: ReturnType<typeof readInputs>;
  out: (text: string) => void;
  scrub: (text: string) => string;
  version: string;
  report: Report;
  workspace: string;
  conclusion: 'success' | 'failure';
  counts: ReturnType<typeof countFindings>;
}

/** The pull request's annotations: a check run on the PR head, or workflow commands when it cannot be made. */
async function annotate(a: AnnotateContext): Promise<{ annotatedWith: ActionResult['annotatedWith']; checkRunId?: number }> {
  const { io, inputs, out, scrub, version, report, workspace, conclusion, counts } = a;
  const env = io.env;
  let annotatedWith: ActionResult['annotatedWith'] = 'none';
  let checkRunId: number | undefined;
  if (inputs.annotate === 'check-run') {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const sha = headSha(env);
    if (!inputs.token || !owner || !repo || !sha) {
      out('lint-lambda-image: no token, repository or commit for a check run; annotating with workflow commands instead.\n');
      annotatedWith = 'workflow-commands';
    } else {
      try {
        const octokit = new Octokit({ auth: inputs.token, baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com', userAgent: `lint-lambda-image/${version}`, log: { debug: () => {}, info: () => {}, warn: (m: string) => out(`${m}\n`), error: () => {} }, ...io.octokit });
        guardRequests(octokit, scrub);
        const res = await publishCheckRun(
          octokit,
          {
            owner, repo, headSha: sha, name: inputs.checkName, conclusion,
            title: countsText(counts),
            summary: summaryMarkdown(report, workspace, { limit: 200 }),
            annotations: toAnnotations(report, workspace),
          },
          { log: out, ...io.retry },
        );
        checkRunId = res.id;
        annotatedWith = 'check-run';
      } catch (e) {
        if (!(e instanceof PermissionDenied)) throw e;
        out('::notice title=lint-lambda-image::The token cannot create check runs (HTTP 403; pull requests from forks get a read-only token). Annotating with workflow commands instead; grant `permissions: checks: write` for a check run.\n');
        annotatedWith = 'workflow-commands';
      }
    }
  } else if (inputs.annotate === 'workflow-commands') annotatedWith = 'workflow-commands';
  return { annotatedWith, checkRunId };
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Markdown for the job summary and the check run summary: counts, findings table, estimates. */
export function summaryMarkdown(report: Report, cwd: string, options: { limit: number }): string {
  const c = countFindings(report);
  const lines = ['## lint-lambda-image', '', `**${c.error}** error${c.error === 1 ? '' : 's'}, **${c.warning}** warning${c.warning === 1 ? '' : 's'}, **${c.info}** info in ${plural(report.targets.length, 'input')}.`, ''];
  const rows = report.targets.flatMap((t) => t.findings.map((f) => ({ t, f })));
  if (rows.length) {
    lines.push('| Severity | Rule | File | Line | Message |', '| --- | --- | --- | --- | --- |');
    for (const { t, f } of rows.slice(0, options.limit)) {
      const line = t.kind === 'dockerfile' && f.source === 'dockerfile' ? String(f.location.line) : '';
      lines.push(`| ${f.severity} | [${f.code}](${f.docsUrl}) ${f.name} | ${cell(displayPath(f.location.file || t.file, cwd))} | ${line} | ${cell(f.message)} |`);
    }
    if (rows.length > options.limit) lines.push('', `…and ${rows.length - options.limit} more (see the log or the SARIF file).`);
    lines.push('');
  }
  const estimates = report.targets.filter((t) => t.estimates);
  if (estimates.length) {
    // A Dockerfile with no sign of Lambda gets a size estimate only (no Lambda cold-start model): say so in the heading.
    lines.push(estimates.some((t) => t.estimates!.coldStart) ? '### Size and cold-start estimates' : '### Size estimates', '');
    for (const t of estimates) lines.push(`**${cell(displayPath(t.file, cwd))}**`, '', estimateMarkdown(t.estimates!));
  }
  if (report.errors.length) {
    lines.push('### Inputs that could not be linted', '');
    for (const e of report.errors) lines.push(`- ${cell(displayPath(e.file, cwd))}: ${cell(e.message)}`);
    lines.push('');
  }
  if (report.unchecked?.length) {
    lines.push('### Not checked', '');
    for (const u of report.unchecked) lines.push(`- ${cell(displayPath(u.file, cwd))}: ${cell(u.message)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

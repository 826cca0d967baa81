/**
 * One problem, one report, where the user edits it: a run over a folder reads a Dockerfile both on its own and
 * through the functions of a deploy configuration, and a Terraform module alone and through its root. lintFiles drops
 * the plain read of a Dockerfile a function builds; these finish the job where the path alone does not show it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Report, TargetReport } from '../report/types.js';

/**
 * A CDK function builds a copy of its source folder that `cdk synth` stages in the cloud assembly (cdk.out/asset.<hash>,
 * docs.aws.amazon.com/cdk/v2/guide/assets.html): when a Dockerfile read on its own is that source (the same text, and
 * every file of the asset folder beside it with the same size), the function's report moves to it (the file the user
 * edits) and the plain read goes, since the function's settings (its command) judge the Dockerfile better.
 */
export function pairCdkSources(report: Report, cwd: string): void {
  const assets = report.targets.filter((t) => t.function?.kind === 'cdk' && t.function.dockerfile);
  if (assets.length === 0) return;
  const dropped = new Set<TargetReport>();
  for (const fn of assets) {
    const asset = resolve(cwd, fn.function!.dockerfile!);
    // A source already paired with another function's asset stays the file each of them reports on.
    const source = report.targets.find((t) => t.kind === 'dockerfile' && sameAsset(resolve(cwd, t.file), asset));
    if (!source) continue;
    dropped.add(source);
    const shown = source.file;
    fn.file = shown;
    fn.function!.dockerfile = shown;
    fn.function!.context = dirname(shown);
    for (const f of fn.findings) if (resolve(cwd, f.location.file) === asset) f.location = { ...f.location, file: shown };
  }
  // A source shared by two functions stays dropped once (each function now points at it).
  if (dropped.size) report.targets = report.targets.filter((t) => !dropped.has(t));
}

/** The same Dockerfile text, and each entry of the asset folder in the source folder (files of the same size). */
function sameAsset(dockerfile: string, assetDockerfile: string): boolean {
  if (dockerfile === assetDockerfile) return false;
  try {
    if (!readFileSync(dockerfile).equals(readFileSync(assetDockerfile))) return false;
    const from = dirname(assetDockerfile);
    const to = dirname(dockerfile);
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const there = statSync(join(to, entry.name), { throwIfNoEntry: false });
      if (!there || there.isDirectory() !== entry.isDirectory()) return false;
      if (entry.isFile() && there.size !== statSync(join(from, entry.name)).size) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Several functions built from one Dockerfile (a SAM template whose functions differ by their Command): a finding
 * about the Dockerfile itself is the same for each, and is reported on the first only; what depends on a function's
 * settings (its command, its architecture) differs in its message and stays on each.
 */
export function dedupeSharedDockerfiles(report: Report, cwd: string): void {
  const seen = new Set<string>();
  for (const t of report.targets) {
    const dockerfile = t.function?.dockerfile;
    if (!dockerfile) continue;
    const df = resolve(cwd, dockerfile);
    t.findings = t.findings.filter((f) => {
      const file = resolve(cwd, f.location.file);
      if (file !== df && !file.startsWith(`${dirname(df)}${sep}`)) return true;
      const key = `${df}|${relative(cwd, file)}|${f.code}|${f.messageId}|${f.location.line}:${f.location.column}|${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

/** A file read twice in one run (a Terraform module, through its root and as a folder of its own) fails once. */
export function dedupeErrors(report: Report, cwd: string): void {
  const seen = new Set<string>();
  report.errors = report.errors.filter((e) => {
    const key = `${resolve(cwd, e.file)}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

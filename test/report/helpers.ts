/** Shared by the report tests: a scratch "repository" of Dockerfiles, linted through the production runner. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { Chalk } from 'chalk';
import { lintDockerfile } from '../../src/linter/lint.js';
import type { FormatContext } from '../../src/report/formats.js';
import type { Report } from '../../src/report/types.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The SARIF 2.1.0 JSON schema (draft-04) as Microsoft's SARIF SDK ships it in @microsoft/jest-sarif
 * (github.com/microsoft/sarif-js-sdk): a pinned dev dependency, so a clone needs nothing beside it.
 */
const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
/** CommonJS default-export interop (NodeNext types see the module object; the runtime may give either). */
export function cjsDefault<T>(mod: { default: T }): T {
  return ((mod as { default?: T }).default ?? mod) as T;
}
const Ajv04 = cjsDefault(AjvDraft04Module);
export const addFormats = cjsDefault(addFormatsModule);
let validator: ReturnType<InstanceType<typeof Ajv04>['compile']> | undefined;

/** Validates a SARIF log against the SARIF 2.1.0 schema (draft-04); returns the error list. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    // The rtm.5 language pattern has a stray ']' (fixed by the OASIS errata): valid without the u flag only.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  }
  if (validator(log)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export function scratchRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lli-report-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  return dir;
}

/** Lints the given Dockerfiles (paths relative to `cwd`, passed as absolute paths like a CLI user might). */
export async function lintFiles(cwd: string, files: string[], now = new Date('2026-11-27')): Promise<Report> {
  const report: Report = { targets: [], errors: [] };
  for (const rel of files) {
    const abs = join(cwd, rel);
    const result = await lintDockerfile(readFileSync(abs, 'utf8'), { file: abs, now });
    report.targets.push({ file: abs, kind: 'dockerfile', findings: result.findings, estimates: null });
  }
  return report;
}

export function ctxFor(cwd: string): FormatContext {
  return { chalk: new Chalk({ level: 0 }), toolVersion: '0.1.0', cwd };
}

export const PIN = '@sha256:0000000000000000000000000000000000000000000000000000000000000000';

/** A Dockerfile with findings of several rules and severities. */
export const BAD = `FROM public.ecr.aws/lambda/python
COPY app.py \${LAMBDA_TASK_ROOT}/
CMD ['app.handler']
`;

export const GOOD = `FROM public.ecr.aws/lambda/python:3.12${PIN}
COPY app.py \${LAMBDA_TASK_ROOT}/
CMD ["app.handler"]
`;

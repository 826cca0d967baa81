/** The programmatic API: lint a Dockerfile from code (editors, benchmarks, other tools). */
export { initShell } from './dockerfile/shell.js';
export { lintDockerfile, lintDockerfileSync, findRule, RULES, type LintOptions, type LintResult } from './engine/runner.js';
export { parseDockerfile, type DockerfileModel } from './dockerfile/model.js';
export type { Finding, Severity } from './engine/types.js';

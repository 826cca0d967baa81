/**
 * The programmatic API. `Linter` is the one entry point the CLI and the GitHub Action use too:
 *
 *   const linter = new Linter({ cwd: process.cwd() });
 *   const target = await linter.lintText('FROM public.ecr.aws/lambda/python:3.12\n', { filePath: 'Dockerfile' });
 *   const report = await linter.lintFiles(['Dockerfile', 'image.tar']);
 *   process.stdout.write(linter.loadFormatter('stylish')(report));
 *   process.exitCode = linter.exitCode(report);
 */
export {
  Linter,
  LintInputError,
  type LinterOptions,
  type LintTextOptions,
  type LintImageOptions,
  type LintFilesOptions,
  type ImageProgress,
  type FormatOptions,
  type Formatter,
} from './linter/index.js';
export type { Config } from './engine/config.js';
export type { EvidenceSource, Finding, Location, Severity, Span, Threshold } from './core/types.js';
export type { Estimates, ReportEstimates } from './estimate/types.js';
export type { FunctionReport, InputError, Report, SkippedRule, TargetReport } from './report/types.js';
// Deploy configurations (SAM, CloudFormation, CDK cloud assemblies, Terraform) read into image functions;
// Linter.lintFiles lints them directly.
export { readDeploy, sniffDeploy, DeployConfigError, type DeployConfig, type DeployedFunction, type DeployInput } from './deploy/index.js';

// Lower-level entry points (benchmarks, editors): one Dockerfile, synchronously after initShell().
export { initShell } from './dockerfile/shell.js';
export { lintDockerfile, lintDockerfileSync, findRule, RULES, type DefaultLintOptions as LintOptions } from './linter/lint.js';
export type { LintResult, RuleError } from './engine/runner.js';
export { parseDockerfile, type DockerfileModel } from './dockerfile/model.js';

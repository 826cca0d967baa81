/**
 * One input at a time with every registered rule: the engine's entry points with the registry filled in
 * (benchmarks, editors and tests; the Linter is the entry point for everything else).
 */
import { lintImage as lintImageWith, type ImageLintOptions, type ImageLintResult } from '../engine/image-runner.js';
import { lintDockerfile as lintDockerfileWith, lintDockerfileSync as lintDockerfileSyncWith, type LintOptions, type LintResult } from '../engine/runner.js';
import { findRule, RULES } from '../../rules/registry.js';
import type { Readable } from 'node:stream';

export { findRule, RULES };

/** Options of one lint; `rules` defaults to every registered rule. */
export type DefaultLintOptions = Omit<LintOptions, 'rules'> & { rules?: LintOptions['rules'] };

function withRegistry<T extends { rules?: LintOptions['rules'] }>(options: T): T & Pick<LintOptions, 'rules' | 'registry'> {
  return { ...options, rules: options.rules ?? RULES, registry: RULES };
}

export function lintDockerfile(text: string, options: DefaultLintOptions = {}): Promise<LintResult> {
  return lintDockerfileWith(text, withRegistry(options));
}

/** Lints a Dockerfile; `initShell()` must have completed. */
export function lintDockerfileSync(text: string, options: DefaultLintOptions = {}): LintResult {
  return lintDockerfileSyncWith(text, withRegistry(options));
}

export function lintImage(source: string | Buffer | Readable, options: Omit<ImageLintOptions, 'rules'> & { rules?: ImageLintOptions['rules'] } = {}): Promise<ImageLintResult> {
  return lintImageWith(source, withRegistry(options));
}

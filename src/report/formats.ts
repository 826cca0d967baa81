/** The output formats, by name. Formatters are pure: a report in, text out. */
import type { ChalkInstance } from 'chalk';
import type { Threshold } from '../core/types.js';
import { RULES } from '../../rules/registry.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import type { SourceReader } from './locate.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Report } from './types.js';

export interface FormatContext {
  chalk: ChalkInstance;
  toolVersion: string;
  quiet?: boolean;
  /** The failure threshold of each target (parallel to report.targets); quiet shows findings at or above it. */
  thresholds?: Threshold[];
  /** Estimates in stylish: the full block (default), one line per input, or none. */
  estimates?: 'full' | 'compact' | 'none';
  /** What stylish passes each string of the report through before printing it (default safeText). */
  text?: (s: string) => string;
  /** Working directory, for formats that want repository-relative paths. */
  cwd: string;
  /**
   * Reads a linted file's text, for the stable fingerprints of sarif and gitlab (hashed, never printed).
   * Default: read from disk relative to cwd.
   */
  read?: SourceReader;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;

export const FORMATS: Record<string, Formatter> = {
  stylish: (report, ctx) => formatStylish(report, ctx.chalk, { quiet: ctx.quiet, thresholds: ctx.thresholds, estimates: ctx.estimates, text: ctx.text }),
  json: (report, ctx) => formatJson(report, ctx.toolVersion),
  sarif: (report, ctx) => formatSarif(report, { toolVersion: ctx.toolVersion, cwd: ctx.cwd, rules: RULES, read: ctx.read }),
  github: (report, ctx) => formatGithub(report, { cwd: ctx.cwd }),
  checkstyle: (report, ctx) => formatCheckstyle(report, { cwd: ctx.cwd }),
  gitlab: (report, ctx) => formatGitlab(report, { cwd: ctx.cwd, read: ctx.read }),
};

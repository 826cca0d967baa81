/** The output formats, by name. Formatters are pure: a report in, text out. */
import type { ChalkInstance } from 'chalk';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { Report } from './types.js';

export interface FormatContext {
  chalk: ChalkInstance;
  toolVersion: string;
  quiet?: boolean;
  /** Working directory, for formats that want repository-relative paths. */
  cwd: string;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;

export const FORMATS: Record<string, Formatter> = {
  stylish: (report, ctx) => formatStylish(report, ctx.chalk, { quiet: ctx.quiet }),
  json: (report, ctx) => formatJson(report, ctx.toolVersion),
};

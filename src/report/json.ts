/** JSON output, described by schema/report.schema.json. */
import { countFindings, type Report } from './types.js';

export const REPORT_VERSION = 1;

export function formatJson(report: Report, toolVersion: string): string {
  const counts = countFindings(report);
  return `${JSON.stringify(
    {
      tool: { name: 'lint-lambda-image', version: toolVersion },
      reportVersion: REPORT_VERSION,
      targets: report.targets,
      errors: report.errors,
      ...(report.unchecked?.length ? { unchecked: report.unchecked } : {}),
      summary: { errors: counts.error, warnings: counts.warning, infos: counts.info, inputs: report.targets.length },
    },
    null,
    2,
  )}\n`;
}

/** ajv validator for schema/report.schema.json (draft-07). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { ROOT } from './cli.js';

export const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(reportSchema);

/** Returns the validation errors as readable lines (empty when the report is valid). */
export function reportErrors(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/**
 * The external fixtures (real images published by other projects, studied in ../shared/fixtures/external)
 * exist only beside the project's own checkout, never in a user's clone: the tests that read them skip,
 * and say why, when the folder is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { ROOT } from './cli.js';

export const EXTERNAL = join(ROOT, '..', 'shared', 'fixtures', 'external');
export const haveExternal = existsSync(EXTERNAL);
export const EXTERNAL_MISSING = `skipped: the external fixtures (${EXTERNAL}) are not beside this clone`;

if (!haveExternal) console.warn(`lint-lambda-image tests: ${EXTERNAL_MISSING}; the tests that read them are skipped.`);

/** A suite over the external fixtures; without them, a skipped suite whose name gives the reason. */
export function describeExternal(title: string, body: () => void): void {
  if (haveExternal) describe(title, body);
  else describe.skip(`${title} (${EXTERNAL_MISSING})`, body);
}

/**
 * An internal error while reading an image (here a JavaScript stack overflow, the "nested too deeply" line)
 * is one line naming the input; with LINT_LAMBDA_IMAGE_DEBUG set, the CLI prints the error's stack under it.
 * The stack never enters the report (JSON output stays one message per input).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cliInProcess } from '../helpers/cli.js';
import { buildImage } from '../image-kit.js';

vi.mock('../../src/image/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/image/index.js')>();
  return {
    ...real,
    readImage: async function deeplyNestedReader(): Promise<never> {
      throw new RangeError('Maximum call stack size exceeded');
    },
  };
});

async function imageFile(): Promise<string> {
  const p = join(mkdtempSync(join(tmpdir(), 'lli-internal-')), 'img.tar');
  writeFileSync(p, await buildImage({ config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'] }, layers: [{ 'var/task/app.py': 'x = 1\n' }] }));
  return p;
}

describe('internal errors of an image input', () => {
  it('are one line naming the input and the limit, without debug mode', async () => {
    const img = await imageFile();
    const r = await cliInProcess(['-f', 'json', img]);
    expect(r.status).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([`lint-lambda-image: ${img}: is nested too deeply to analyse (limit: the JavaScript call stack); not linted`]);
  });

  it('print their stack under the line with LINT_LAMBDA_IMAGE_DEBUG set', async () => {
    const img = await imageFile();
    const r = await cliInProcess(['-f', 'json', img], { env: { LINT_LAMBDA_IMAGE_DEBUG: '1' } });
    expect(r.status).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toBe(`lint-lambda-image: ${img}: is nested too deeply to analyse (limit: the JavaScript call stack); not linted`);
    expect(lines[1]).toBe('RangeError: Maximum call stack size exceeded');
    expect(lines.slice(2).some((l) => /^\s+at .*deeplyNestedReader/.test(l))).toBe(true);
    // the report itself keeps the one line
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([{ file: img, message: 'is nested too deeply to analyse (limit: the JavaScript call stack); not linted' }]);
  });
});

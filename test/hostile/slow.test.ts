/**
 * The slow rows of the hostile-input table (test/hostile/rows.ts): compression bombs of gigabytes, big
 * generated Dockerfiles, and a 256 MB image on stdin (streamed, never held in memory); and the fast rows the
 * fast tier runs in-process, here as the built CLI, for their peak memory. Slow tier.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImage } from '../image-kit.js';
import { hostileTable, setup } from './rows.js';
import { measureCli } from './run.js';

setup();
hostileTable('slow');
hostileTable('fast-as-process');

describe('a stdin image is streamed', () => {
  it('a 256 MB image on stdin uses far less memory than its size', async () => {
    const big = await buildImage({
      config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'] },
      layers: [{ 'var/task/app.py': 'x = 1\n', 'var/task/blob.bin': Buffer.alloc(256 * 1024 * 1024, 1) }],
    });
    const tmp = mkdtempSync(join(tmpdir(), 'lli-tmpdir-'));
    const r = measureCli(['-', '-f', 'json'], { input: big, env: { TMPDIR: tmp }, timeoutMs: 120_000 });
    if (process.env.CI || process.env.LLI_HOSTILE_LOG) console.info(`[hostile] 256 MB image on stdin: exit ${r.status}, ${r.ms} ms, ${r.rssMB} MB`);
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout).targets[0].image.uncompressedBytes).toBeGreaterThan(256 * 1024 * 1024);
    expect(r.rssMB).toBeLessThan(200);
    expect(readdirSync(tmp)).toEqual([]);
  }, 180_000);
});

/** One unit system in a report: decimal units from one formatter, in rule messages, estimates and image facts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/core/bytes.js';
import { cli } from '../helpers/cli.js';
import { buildImage } from '../image-kit.js';
import { AWS_EP, AWS_PYTHON } from '../rules/image-fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'], [999, '999 B'], [1000, '1 KB'], [1536, '1.5 KB'], [9_960, '10 KB'], [23_456_789, '23 MB'], [2_199_552, '2.2 MB'],
    [1_500_000_000, '1.5 GB'], [10 * 1024 ** 3, '11 GB'],
  ])('%d bytes -> %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});

describe('a report with image findings, image facts and estimates', () => {
  it('uses decimal units only (binary only in the name of Lambda\'s 10 GiB limit)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lli-units-'));
    dirs.push(dir);
    const bytes = (n: number) => Buffer.alloc(n, 0x61);
    const image = await buildImage({
      config: { Entrypoint: AWS_EP, Cmd: ['app.handler'], WorkingDir: '/var/task' },
      layers: [
        AWS_PYTHON,
        { 'var/task/app.py': 'def handler(e, c):\n    return 1\n', 'root/.cache/pip/http/a/b': bytes(2_199_552), 'tmp/model.tar.gz': bytes(13_000_000) },
        { 'tmp/.wh.model.tar.gz': '' },
      ],
    });
    const tar = join(dir, 'fn.tar');
    writeFileSync(tar, image);
    const r = cli(['--no-color', tar]);
    expect(r.stdout).toMatch(/LL301 cache-leftover/);
    expect(r.stdout).toMatch(/LL304 wasted-space/);
    expect(r.stdout).toMatch(/\d (KB|MB)\b/);
    expect(r.stdout.replace(/10 GiB/g, '')).not.toMatch(/\d\s?(KiB|MiB|GiB)\b/);
  });
});

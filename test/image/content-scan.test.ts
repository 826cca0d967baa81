/** Content scanning inside the image reader's one pass: synthetic layers built with tar-stream (test/image-kit). */
import { describe, expect, it } from 'vitest';
import { readImage } from '../../src/image/index.js';
import { contentScan } from '../../src/engine/image-runner.js';
import rule from '../../rules/LL202-secret-baked.js';
import { buildImage, type ImageLayer } from '../image-kit.js';

const GH = 'ghp_' + 'k3Jd9QmZ2xLp7RtV0bNc4WyH8sFa1GeU5oTi';
const SK = 'sk_live_' + 'Zq81LmXr40PkWn27JhYt5Vb3';
const scan = contentScan([rule]);

describe('content scanning in the image reader', () => {
  it('finds tokens in a 3 MB file whose data crosses many chunks, with exact lines', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 60000; i++) lines.push(`value_${i} = compute(${i}, "${'x'.repeat(i % 40)}")`);
    lines[41234] = `TOKEN = "${GH}"`;
    lines[59998] = `STRIPE = "${SK}"`;
    const big = lines.join('\n') + '\n';
    expect(big.length).toBeGreaterThan(3_000_000);
    const archive = await buildImage({ layers: [{ 'var/task/app.py': 'x = 1\n' }, { 'var/task/gen/settings.py': big }] });
    const m = await readImage(archive, { contentScan: scan });
    expect(m.secrets.map((s) => ({ path: s.path, line: s.line, id: s.id, layer: s.layer, status: s.status }))).toEqual([
      { path: '/var/task/gen/settings.py', line: 41235, id: 'github-pat', layer: 1, status: 'final' },
      { path: '/var/task/gen/settings.py', line: 59999, id: 'stripe-secret-key', layer: 1, status: 'final' },
    ]);
    expect(JSON.stringify(m.secrets)).not.toContain(GH.slice(4, 12));
    // The body matcher and the scanner share the stream: nothing more is kept.
    expect(m.bodies.length).toBe(0);
  });

  it('skips the layers of an AWS base image (history up to the base ENTRYPOINT), reads every layer otherwise', async () => {
    const layers: ImageLayer[] = [{ 'var/runtime/x.py': `T = "${GH}"\n` }, { 'var/task/app.py': `S = "${SK}"\n` }];
    const history = ['ADD file:base in /', { created_by: 'ENTRYPOINT ["/lambda-entrypoint.sh"]', empty_layer: true }, 'COPY app.py /var/task/'];
    const aws = await readImage(await buildImage({ layers, history }), { contentScan: scan });
    expect(aws.scannedLayers).toEqual([1]);
    expect(aws.secrets.map((s) => s.id)).toEqual(['stripe-secret-key']);
    const other = await readImage(await buildImage({ layers, history: ['ADD file:base in /', 'COPY app.py /var/task/'] }), { contentScan: scan });
    expect(other.scannedLayers).toEqual([0, 1]);
    expect(other.secrets.map((s) => s.id)).toEqual(['github-pat', 'stripe-secret-key']);
    const off = await readImage(await buildImage({ layers, history }));
    expect(off.secrets).toEqual([]);
    expect(off.scannedLayers).toEqual([]);
  });

  it('files deleted (whiteout) or overwritten later are still found, marked removed', async () => {
    const archive = await buildImage({
      layers: [{ 'var/task/a.py': `A = "${GH}"\n`, 'var/task/b.py': `B = "${SK}"\n`, 'var/task/c.py': `C = "${SK}"\n` }, { 'var/task/.wh.a.py': '', 'var/task/b.py': 'B = None\n' }],
    });
    const m = await readImage(archive, { contentScan: scan });
    expect(m.secrets.map((s) => `${s.path}:${s.status}`).sort()).toEqual(['/var/task/a.py:removed', '/var/task/b.py:removed', '/var/task/c.py:final']);
  });

  it('binaries, lock files, test folders and files over the size cap are not read', async () => {
    const archive = await buildImage({
      layers: [
        {
          'var/task/lib.so': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from(`\0${GH}`)]),
          'var/task/data.bin2': Buffer.concat([Buffer.from(`x\0`), Buffer.from(GH)]),
          'var/task/yarn.lock': `t ${GH}\n`,
          'var/task/tests/test_x.py': `T = "${GH}"\n`,
          'var/task/huge.txt': Buffer.concat([Buffer.from(`T = "${GH}"\n`), Buffer.alloc(11 * 1024 * 1024, 0x20)]),
        },
      ],
    });
    const m = await readImage(archive, { contentScan: scan });
    expect(m.secrets).toEqual([]);
  });
});

describe('content scanning follows the rule switches', () => {
  it('LL202 off (config rules, ignore) reads no content; on by default', async () => {
    const { lintImage } = await import('../../src/linter/lint.js');
    const archive = await buildImage({ layers: [{ 'var/task/app.py': `T = "${GH}"\n` }] });
    const on = await lintImage(archive);
    expect(on.image.scannedLayers).toEqual([0]);
    expect(on.findings.map((f) => f.messageId)).toContain('contentInImage');
    const off = await lintImage(archive, { config: { rules: { LL202: 'off' } } });
    expect(off.image.scannedLayers).toEqual([]);
    const ignored = await lintImage(archive, { ignore: ['secret-baked'] });
    expect(ignored.image.secrets).toEqual([]);
  });
});

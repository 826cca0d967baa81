/**
 * Image reader limits against hostile layers: member paths past PATH_MAX, a blob listed by many layers (read
 * once), and the inflate-ratio guard on a 900x gzip stream. Every input is generated here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/core/limits.js';
import { readImage, type ImageError } from '../../src/image/index.js';
import { DirStore } from '../../src/image/store.js';
import { gzipBomb, tarHeader } from '../hostile/bomb.js';
import { desc, LAMBDA_CONFIG, layer, MT, ociLayout, sha256 } from '../hostile/gen.js';
import { packTar } from '../image-kit.js';

const root = mkdtempSync(join(tmpdir(), 'lli-reader-limits-'));
let n = 0;

/** An OCI layout of one image whose layers are the given blobs (a blob may be listed many times). */
function oci(layers: { blob: Buffer; mediaType: string }[]): string {
  const d = join(root, `oci-${n++}`);
  const cfg = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: LAMBDA_CONFIG, rootfs: { type: 'layers', diff_ids: layers.map((l) => sha256(l.blob)) } }));
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MT.manifest, config: desc(MT.config, cfg), layers: layers.map((l) => desc(l.mediaType, l.blob)) }));
  ociLayout(d, { schemaVersion: 2, manifests: [desc(MT.manifest, manifest)] }, [cfg, manifest, ...new Map(layers.map((l) => [sha256(l.blob), l.blob])).values()]);
  return d;
}

async function failure(p: Promise<unknown>): Promise<ImageError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e, 'the read fails').toBeInstanceOf(Error);
  return e as ImageError;
}

afterEach(() => vi.restoreAllMocks());

describe('member paths and link targets past PATH_MAX', () => {
  it('a path of 4096 bytes is read; one of 4097 bytes ends the read with one line naming the limit', async () => {
    expect(LIMITS.maxPathBytes).toBe(4096);
    // the member name as the tar stores it (no leading slash), `len` bytes long
    const at = (len: number) => `var/task/${'p'.repeat(len - 'var/task/'.length)}`;
    const ok = await readImage(oci([{ blob: await layer({ [at(4096)]: 'x' }), mediaType: MT.tar }]));
    expect(ok.files.get(`/${at(4096)}`)?.type).toBe('file');
    const e = await failure(readImage(oci([{ blob: await layer({ [at(4097)]: 'x' }), mediaType: MT.tar }])));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/layer 1 of 1 \(sha256:[0-9a-f]{12}\) in .* has a member whose path is 4097 bytes long, more than PATH_MAX \(limit: 4096 bytes, the longest path Linux opens\); not read$/);
  });

  it('counts bytes, not characters (UTF-8 names)', async () => {
    const name = `var/task/${'é'.repeat(2044)}`; // 9 + 4088 bytes, 2053 characters
    const e = await failure(readImage(oci([{ blob: await layer({ [name]: 'x' }), mediaType: MT.tar }])));
    expect(e.message).toMatch(/path is 4097 bytes long/);
  });

  it('a symlink target past PATH_MAX is refused too', async () => {
    const blob = await packTar([{ name: 'var/task/link', type: 'symlink', linkname: 'a/'.repeat(2100), mode: 0o777, uid: 0, gid: 0 }]);
    const e = await failure(readImage(oci([{ blob, mediaType: MT.tar }])));
    expect(e.message).toMatch(/has a member whose link target is 4200 bytes long, more than PATH_MAX/);
  });

  it('a path of 200,000 components ends at once (one length test, no walk over its parents)', async () => {
    const blob = paxLayer(`${'a/'.repeat(200_000)}f`, 'x');
    const t = Date.now();
    const e = await failure(readImage(oci([{ blob, mediaType: MT.tar }])));
    expect(e.message).toMatch(/path is 400001 bytes long/);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

describe('a blob listed by many layers', () => {
  it('is read once; each layer gets its own records and bodies', async () => {
    const blob = gzipSync(await layer({ 'var/task/app.py': 'TOKEN = 1\n', 'var/task/data.bin': Buffer.alloc(64 * 1024) }));
    const dir = oci(Array.from({ length: 20 }, () => ({ blob, mediaType: MT.gzip })));
    const streams = vi.spyOn(DirStore.prototype, 'stream');
    const m = await readImage(dir, { needs: [{ paths: ['/var/task/app.py'], maxBytes: 1024 }] });
    expect(streams).toHaveBeenCalledTimes(1);
    expect(m.layers).toHaveLength(20);
    expect(new Set(m.layers.map((l) => l.uncompressedSize)).size).toBe(1);
    expect(m.totals.uncompressed).toBe(20 * m.layers[0].uncompressedSize);
    // the file of the last layer is the one in the final filesystem; the 19 below it were overwritten
    expect(m.files.get('/var/task/app.py')?.layer).toBe(19);
    expect(m.body('/var/task/app.py')?.layer).toBe(19);
    expect(m.body('/var/task/app.py')?.status).toBe('final');
    const bodies = m.bodies.filter((b) => b.path === '/var/task/app.py');
    expect(bodies.map((b) => b.layer)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(bodies.filter((b) => b.status === 'overwritten')).toHaveLength(19);
    expect(m.removed.filter((r) => r.path === '/var/task/app.py' && r.reason === 'overwritten')).toHaveLength(19);
  });
});

describe('the inflate-ratio guard', () => {
  it('stops a 900x gzip layer (12 MB -> 10 GiB) after 256 MiB, naming the limit', async () => {
    const blob = gzipBomb(10 * 1024 ** 3, 900);
    expect(blob.length).toBeLessThan(12.5e6);
    expect((10 * 1024 ** 3) / blob.length).toBeGreaterThan(850);
    const t = Date.now();
    const e = await failure(readImage(oci([{ blob, mediaType: MT.gzip }])));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/inflates more than 200 times its compressed size \(limit: 200x past 256 MiB; \d+ -> over \d+ bytes\): decompression bomb guard$/);
    const over = Number(/-> over (\d+) bytes/.exec(e.message)![1]);
    expect(over).toBeLessThan(LIMITS.ratioMinBytes + 8 * 1024 * 1024);
    expect(Date.now() - t).toBeLessThan(20_000);
  });

  it('lets a layer at 150x through (a layer of mostly one-byte runs, below the guard)', async () => {
    const blob = gzipBomb(300 * 1024 ** 2, 150);
    const m = await readImage(oci([{ blob, mediaType: MT.gzip }]));
    expect(m.totals.uncompressed).toBeGreaterThan(300 * 1024 ** 2);
  });
});


/** A tar of one file whose name is carried by a pax extended header (POSIX.1-2001 `path` record). */
function paxLayer(name: string, body: string): Buffer {
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
  const rec = ` path=${name}\n`;
  let len = rec.length + 1;
  while (`${len}${rec}`.length !== len) len++;
  const pax = Buffer.from(`${len}${rec}`);
  const data = Buffer.from(body);
  return Buffer.concat([tarHeader('PaxHeader', pax.length, 'x'), pad(pax), tarHeader('f', data.length), pad(data), Buffer.alloc(1024)]);
}

/**
 * gzip layers whose digest is checked are inflated as raw deflate after their member header (no CRC-32 of the
 * inflated bytes: the sha256 of the blob is the check). Whatever is not one member and its trailer is read again
 * through gunzip, so every layer reads as it did: several members, bytes after the trailer, header fields,
 * a cut or altered blob. Every input is generated here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readImage, type ImageError, type ImageModel } from '../../src/image/index.js';
import { gzipHeaderLength } from '../../src/image/compression.js';
import { DirStore } from '../../src/image/store.js';
import { desc, LAMBDA_CONFIG, layer, MT, ociLayout, sha256, simpleArchive } from '../hostile/gen.js';

const root = mkdtempSync(join(tmpdir(), 'lli-gzip-members-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** An OCI layout of one image whose layers are the given blobs (each verified against its digest). */
function oci(blobs: Buffer[], diffs: Buffer[] = blobs): string {
  const d = join(root, `oci-${n++}`);
  const cfg = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: LAMBDA_CONFIG, rootfs: { type: 'layers', diff_ids: diffs.map((l) => sha256(l)) } }));
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MT.manifest, config: desc(MT.config, cfg), layers: blobs.map((b) => desc(MT.gzip, b)) }));
  ociLayout(d, { schemaVersion: 2, manifests: [desc(MT.manifest, manifest)] }, [cfg, manifest, ...blobs]);
  return d;
}

async function failure(p: Promise<unknown>): Promise<ImageError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e, 'the read fails').toBeInstanceOf(Error);
  return e as ImageError;
}

/** A gzip member of `data` with the given header flags and fields (RFC 1952 §2.3), its trailer right. */
function member(data: Buffer, o: { extra?: Buffer; name?: string; comment?: string; hcrc?: boolean; crc?: number } = {}): Buffer {
  const flags = (o.hcrc ? 2 : 0) | (o.extra ? 4 : 0) | (o.name !== undefined ? 8 : 0) | (o.comment !== undefined ? 16 : 0);
  const parts: Buffer[] = [Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3])];
  if (o.extra) parts.push(Buffer.from([o.extra.length & 0xff, o.extra.length >> 8]), o.extra);
  if (o.name !== undefined) parts.push(Buffer.from(`${o.name}\0`, 'latin1'));
  if (o.comment !== undefined) parts.push(Buffer.from(`${o.comment}\0`, 'latin1'));
  if (o.hcrc) {
    const h = Buffer.alloc(2);
    h.writeUInt16LE(crc32(Buffer.concat(parts)) & 0xffff);
    parts.push(h);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(o.crc ?? crc32(data), 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([...parts, deflateRawSync(data), trailer]);
}

const FILES = { 'var/task/app.py': 'def handler(e, c):\n    return 1\n', 'var/task/lib/data.bin': Buffer.alloc(300 * 1024, 7), 'var/task/z.txt': 'z' };
const paths = (m: ImageModel) => [...m.files.keys()].sort();

describe('gzipHeaderLength (RFC 1952 member header)', () => {
  const data = Buffer.from('x');
  it.each([
    ['the 10 fixed bytes (gzip -n)', member(data), 10],
    ['a file name', member(data, { name: 'layer.tar' }), 20],
    ['FEXTRA, name, comment and header CRC', member(data, { extra: Buffer.alloc(6, 1), name: 'a', comment: 'bc', hcrc: true }), 10 + 8 + 2 + 3 + 2],
  ])('%s', (_, b, len) => expect(gzipHeaderLength(b)).toBe(len));
  it.each([
    ['not gzip', Buffer.from('hello, world')],
    ['another method than deflate (CM 7)', Buffer.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 3, 0])],
    ['reserved flag bits set', Buffer.from([0x1f, 0x8b, 8, 0x20, 0, 0, 0, 0, 0, 3, 0])],
    ['a name that runs past the bytes read', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 8, 0, 0, 0, 0, 0, 3]), Buffer.alloc(50, 0x61)])],
    ['an FEXTRA longer than the bytes read', Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 1, 2])],
    ['fewer than 10 bytes', Buffer.from([0x1f, 0x8b, 8, 0])],
  ])('0 for %s (read through gunzip)', (_, b) => expect(gzipHeaderLength(b)).toBe(0));
});

describe('a gzip layer checked against its digest', () => {
  it('reads as the same files whatever its member header holds', async () => {
    const tar = await layer(FILES);
    const plain = await readImage(oci([gzipSync(tar)], [tar]));
    expect(paths(plain)).toContain('/var/task/app.py');
    for (const blob of [member(tar, { name: 'layer.tar' }), member(tar, { extra: Buffer.alloc(300, 2), name: 'l', comment: 'c', hcrc: true })]) {
      const m = await readImage(oci([blob], [tar]));
      expect(paths(m)).toEqual(paths(plain));
      expect(m.totals.uncompressed).toBe(tar.length);
      expect(m.layers[0].compression).toBe('gzip');
    }
  });

  it('of several members (concatenated gzip, as eStargz writes) is read again through gunzip: all of it, its bodies once', async () => {
    const a = await layer({ 'var/task/app.py': 'A = 1\n' });
    const b = await layer({ 'var/task/b.py': 'B = 2\n', 'var/task/app.py': 'A = 3\n' });
    // one tar stream cut in two members: the first ends inside the tar (no end-of-archive marker)
    const tar = Buffer.concat([a.subarray(0, a.length - 1024), b]);
    const blob = Buffer.concat([gzipSync(tar.subarray(0, 1536)), gzipSync(tar.subarray(1536))]);
    const streams = vi.spyOn(DirStore.prototype, 'stream');
    const m = await readImage(oci([blob], [tar]), { needs: [{ paths: ['/var/task/app.py'], maxBytes: 1024 }], maxBodyBytes: 12 });
    expect(streams).toHaveBeenCalledTimes(2);
    streams.mockRestore();
    expect(paths(m)).toEqual(expect.arrayContaining(['/var/task/app.py', '/var/task/b.py']));
    expect(m.totals.uncompressed).toBe(tar.length);
    // the 6 bytes the first read took from the 12-byte budget were given back: both bodies fit in it again
    expect(m.bodies.map((x) => x.data.toString())).toEqual(['A = 1\n', 'A = 3\n']);
  });

  it('with bytes after its trailer reads as gunzip reads it (they are left unread)', async () => {
    const tar = await layer(FILES);
    const m = await readImage(oci([Buffer.concat([gzipSync(tar), Buffer.alloc(4096)])], [tar]));
    expect(m.totals.uncompressed).toBe(tar.length);
    expect(paths(m)).toContain('/var/task/z.txt');
  });

  it('cut short, even inside its trailer, is refused with one line', async () => {
    const g = gzipSync(await layer(FILES));
    for (const cut of [g.length - 3, g.length - 8, Math.floor(g.length / 2)]) {
      const e = await failure(readImage(oci([g.subarray(0, cut)])));
      expect(e.code).toBe('truncated');
      expect(e.message).toMatch(/layer 1 of 1 \(sha256:[0-9a-f]{12}\) in .* is truncated: gzip data ends early$/);
    }
  });

  it('altered after hashing (a byte of its data, of its trailer) is refused: exit 2, one line', async () => {
    const tar = await layer(FILES);
    const g = gzipSync(tar);
    const d = oci([g], [tar]);
    const file = join(d, 'blobs', 'sha256', sha256(g).slice(7));
    for (const at of [g.length - 6, g.length - 2]) {
      const bad = Buffer.from(g);
      bad[at] ^= 0xff;
      writeFileSync(file, bad);
      const e = await failure(readImage(d));
      expect(e.code).toBe('corrupt');
      expect(e.message).toMatch(/does not match its digest \(sha256:[0-9a-f]{12} expected, sha256:[0-9a-f]{12} found\): the blob was altered or is corrupt$/);
    }
  });

  it('with megabytes of zeros (padding gunzip lets by) appended after hashing is refused: the digest covers every byte, not only those the inflater took', async () => {
    const tar = await layer(FILES);
    const g = gzipSync(tar);
    const d = oci([g], [tar]);
    writeFileSync(join(d, 'blobs', 'sha256', sha256(g).slice(7)), Buffer.concat([g, Buffer.alloc(3 * 1024 * 1024)]));
    const e = await failure(readImage(d));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/does not match its digest/);
  });

  it('a wrong CRC-32 under a matching digest is read (the digest is the check); in a layer with no digest to check, gunzip refuses it', async () => {
    const tar = await layer(FILES);
    const bad = member(tar, { crc: (crc32(tar) ^ 1) >>> 0 });
    const m = await readImage(oci([bad], [tar]));
    expect(m.totals.uncompressed).toBe(tar.length);
    const f = join(root, `plain-${n++}.tar`);
    writeFileSync(f, await simpleArchive(LAMBDA_CONFIG, [bad]));
    const e = await failure(readImage(f));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/is corrupt: gzip data is invalid \(incorrect data check\)$/);
  });
});

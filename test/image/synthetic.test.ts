/** Synthetic images built in memory with tar-stream: layer semantics, compression, hostile input. */
import { afterAll, describe, expect, it } from 'vitest';
import tar from 'tar-stream';
import zlib from 'node:zlib';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { readImage, ImageError } from '../../src/image/index.js';
import { compileNeeds } from '../../src/image/needs.js';

type Ent = { name: string; type?: 'file' | 'directory' | 'symlink' | 'link'; body?: string | Buffer; linkname?: string; mode?: number; size?: number };

async function packTar(entries: Ent[]): Promise<Buffer> {
  const p = tar.pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((r) => p.on('end', () => r()));
  for (const e of entries) {
    const body = typeof e.body === 'string' ? Buffer.from(e.body) : e.body;
    const h = { name: e.name, type: e.type ?? 'file', linkname: e.linkname, mode: e.mode ?? (e.type === 'directory' ? 0o755 : 0o644), size: e.size ?? body?.length };
    if (body) p.entry(h, body);
    else (p.entry(h) as unknown as { end(): void }).end();
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

const sha = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lli-img-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;

function config(layers: Buffer[], extra: Record<string, unknown> = {}) {
  return Buffer.from(JSON.stringify({
    architecture: 'amd64', os: 'linux',
    config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task', Env: ['PATH=/usr/bin'] },
    rootfs: { type: 'layers', diff_ids: layers.map(sha) },
    history: [{ created_by: 'ENV A=1', empty_layer: true }, ...layers.map((_, i) => ({ created_by: `RUN step ${i}` }))],
    ...extra,
  }));
}

/** Classic docker save: <id>/layer.tar as symlinks to top-level <sha>.tar like skopeo writes. */
async function dockerArchive(rawLayers: Buffer[], blobs: Buffer[] = rawLayers, opts: { gzipOuter?: boolean; tags?: string[] } = {}): Promise<string> {
  const cfg = config(rawLayers);
  const cfgName = sha(cfg).slice(7) + '.json';
  const ents: Ent[] = [{ name: cfgName, body: cfg }];
  const layerNames: string[] = [];
  blobs.forEach((b, i) => {
    const h = sha(b).slice(7);
    ents.push({ name: `${h}.tar`, body: b });
    ents.push({ name: `id${i}/`, type: 'directory' });
    ents.push({ name: `id${i}/layer.tar`, type: 'symlink', linkname: `../${h}.tar` });
    layerNames.push(`id${i}/layer.tar`);
  });
  ents.unshift({ name: 'manifest.json', body: JSON.stringify([{ Config: cfgName, RepoTags: opts.tags ?? ['test/app:1'], Layers: layerNames }]) });
  let out = await packTar(ents);
  if (opts.gzipOuter) out = zlib.gzipSync(out);
  const f = path.join(tmp, `img${n++}.tar`);
  fs.writeFileSync(f, out);
  return f;
}

/** OCI layout directory. */
function ociDir(blobs: Buffer[], rawLayers: Buffer[], mediaTypes: string[], cfgOverride?: { mediaType: string; body: Buffer }): string {
  const d = path.join(tmp, `oci${n++}`);
  fs.mkdirSync(path.join(d, 'blobs/sha256'), { recursive: true });
  const put = (b: Buffer) => (fs.writeFileSync(path.join(d, 'blobs/sha256', sha(b).slice(7)), b), sha(b));
  const cfg = cfgOverride?.body ?? config(rawLayers);
  const man = Buffer.from(JSON.stringify({
    schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: cfgOverride?.mediaType ?? 'application/vnd.oci.image.config.v1+json', digest: put(cfg), size: cfg.length },
    layers: blobs.map((b, i) => ({ mediaType: mediaTypes[i], digest: put(b), size: b.length })),
  }));
  const md = put(man);
  fs.writeFileSync(path.join(d, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  fs.writeFileSync(path.join(d, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: md, size: man.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }] }));
  return d;
}

const base: Ent[] = [
  { name: 'var/', type: 'directory' },
  { name: 'var/task/', type: 'directory' },
  { name: 'var/task/app.py', body: 'def handler(e, c):\n    return 1\n' },
  { name: 'var/task/.env', body: 'AWS_SECRET_ACCESS_KEY=abcd1234' },
  { name: 'root/.ssh/id_rsa', body: 'PRIVATE KEY' },
  { name: 'etc/', type: 'directory' },
  { name: 'etc/conf/a', body: 'a' },
  { name: 'etc/conf/b', body: 'bb' },
  { name: 'usr/bin/python3', body: Buffer.alloc(3000, 1), mode: 0o755 },
  { name: 'usr/bin/python', type: 'symlink', linkname: 'python3' },
  { name: 'usr/bin/py-hard', type: 'link', linkname: 'usr/bin/python3' },
  { name: 'loop/a', type: 'symlink', linkname: 'b' },
  { name: 'loop/b', type: 'symlink', linkname: '/loop/a' },
  { name: '../../escape.txt', body: 'x' },
  { name: '/abs/file', body: 'y' },
];
const upper: Ent[] = [
  { name: 'root/.wh..ssh', body: '' },
  { name: 'etc/conf/', type: 'directory' },
  { name: 'etc/conf/.wh..wh..opq', body: '' },
  { name: 'etc/conf/c', body: 'ccc' },
  { name: 'var/task/app.py', body: 'def handler(e, c):\n    return 2\n' },
  { name: 'var/task/' + 'd'.repeat(120) + '/' + 'f'.repeat(150) + '.txt', body: 'long' },
];

describe('synthetic images', () => {
  it('docker-archive (symlinked layer.tar): whiteouts, opaque dirs, hardlinks, symlinks, long names, needs', async () => {
    const l0 = await packTar(base);
    const l1 = await packTar(upper);
    const f = await dockerArchive([l0, l1]);
    const m = await readImage(f, { needs: [{ paths: ['/var/task/app.py'], globs: ['**/.env', '/root/.ssh/*'], maxBytes: 10 }] });
    expect(m.format).toBe('docker-archive');
    expect(m.config).toMatchObject({ Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task', Env: ['PATH=/usr/bin'] });
    expect(m.layers.map((l) => l.createdBy)).toEqual(['RUN step 0', 'RUN step 1']);
    expect(m.layers.map((l) => l.compression)).toEqual(['none', 'none']);
    expect(m.layers[0].uncompressedSize).toBe(l0.length);
    // whiteout of a directory removes its files; recorded as deleted but shipped
    expect(m.files.has('/root/.ssh')).toBe(false);
    expect(m.files.has('/root/.ssh/id_rsa')).toBe(false);
    const del = m.removed.find((r) => r.path === '/root/.ssh/id_rsa')!;
    expect(del).toMatchObject({ reason: 'whiteout', layerAdded: 0, layerRemoved: 1, size: 11 });
    expect(del.body?.data.toString()).toBe('PRIVATE KE');
    expect(del.body).toMatchObject({ truncated: true, status: 'deleted' });
    // opaque dir hides lower content only
    expect([...m.files.keys()].filter((p) => p.startsWith('/etc/conf/'))).toEqual(['/etc/conf/c']);
    expect(m.removed.filter((r) => r.reason === 'opaque').map((r) => r.path).sort()).toEqual(['/etc/conf/a', '/etc/conf/b']);
    // overwrite: both versions' bodies kept, per layer
    const versions = m.bodies.filter((b) => b.path === '/var/task/app.py');
    expect(versions.map((b) => [b.layer, b.status])).toEqual([[0, 'overwritten'], [1, 'final']]);
    expect(m.body('/var/task/app.py')?.layer).toBe(1);
    expect(m.body('/var/task/.env')?.data.toString()).toBe('AWS_SECRET');
    // symlinks, hardlinks, loops
    expect(m.resolve('/usr/bin/python')).toMatchObject({ ok: true, path: '/usr/bin/python3' });
    expect(m.files.get('/usr/bin/py-hard')).toMatchObject({ type: 'hardlink', linkname: '/usr/bin/python3' });
    expect(m.resolve('/loop/a')).toMatchObject({ ok: false, error: 'loop' });
    expect(m.resolve('/nope/x')).toMatchObject({ ok: false, error: 'not-found' });
    expect(m.resolve('/var/task/app.py/x')).toMatchObject({ ok: false, error: 'not-dir' });
    // ../ and absolute names are normalised, never escape
    expect(m.files.has('/escape.txt')).toBe(true);
    expect(m.files.has('/abs/file')).toBe(true);
    // PAX long name (tar-stream writes a pax header for > 100 chars)
    const long = [...m.files.keys()].find((p) => p.endsWith('f'.repeat(150) + '.txt'));
    expect(long).toBe('/var/task/' + 'd'.repeat(120) + '/' + 'f'.repeat(150) + '.txt');
    expect(m.largest[0]).toMatchObject({ path: '/usr/bin/python3', size: 3000, layer: 0 });
    expect(m.totals.wasted).toBe(11 + 1 + 2 + 'def handler(e, c):\n    return 1\n'.length);
  });

  it('GNU long names (L records)', async () => {
    const name = 'g'.repeat(200);
    const hdr = (nm: string, type: string, size: number) => {
      const b = Buffer.alloc(512);
      b.write(nm, 0, 100);
      b.write('0000644\0', 100); b.write('0000000\0', 108); b.write('0000000\0', 116);
      b.write(size.toString(8).padStart(11, '0') + '\0', 124); b.write('00000000000\0', 136);
      b.write(type, 156); b.write('ustar  \0', 257);
      b.fill(0x20, 148, 156);
      let s = 0; for (const x of b) s += x;
      b.write(s.toString(8).padStart(6, '0') + '\0 ', 148);
      return b;
    };
    const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
    const layer = Buffer.concat([hdr('././@LongLink', 'L', name.length + 1), pad(Buffer.from(name + '\0')), hdr('short', '0', 2), pad(Buffer.from('hi')), Buffer.alloc(1024)]);
    const m = await readImage(await dockerArchive([layer]));
    expect(m.files.get('/' + name)).toMatchObject({ type: 'file', size: 2 });
  });

  it('gzip-wrapped archive, gzip layers, OCI dir with zstd and uncompressed layers, mediaTypes that lie', async () => {
    const l0 = await packTar(base);
    const l1 = await packTar(upper);
    const gz = await readImage(await dockerArchive([l0, l1], [zlib.gzipSync(l0), zlib.gzipSync(l1)], { gzipOuter: true }));
    expect(gz.outerCompression).toBe('gzip');
    expect(gz.layers.map((l) => l.compression)).toEqual(['gzip', 'gzip']);
    expect(gz.files.get('/etc/conf/c')?.size).toBe(3);
    const zf = path.join(tmp, 'l1.tar');
    fs.writeFileSync(zf, l1);
    execFileSync('zstd', ['-q', '-f', zf, '-o', zf + '.zst']);
    const zst = fs.readFileSync(zf + '.zst');
    const d = ociDir([l0, zst], [l0, l1], ['application/vnd.oci.image.layer.v1.tar+gzip', 'application/vnd.oci.image.layer.v1.tar+zstd']);
    const m = await readImage(d);
    expect(m.format).toBe('oci-dir');
    expect(m.layers.map((l) => l.compression)).toEqual(['none', 'zstd']);
    expect(m.layers[1].uncompressedSize).toBe(l1.length);
    expect(m.warnings.join()).toMatch(/mediaType says .*tar\+gzip but the data is uncompressed/);
    expect(m.files.has('/root/.ssh/id_rsa')).toBe(false);
    expect(m.totals.compressed).toBe(l0.length + zst.length);
  });

  it('stdin stream is spooled once', async () => {
    const l0 = await packTar(base);
    const f = await dockerArchive([zlib.gzipSync(l0)].map(() => l0), [zlib.gzipSync(l0)], { gzipOuter: true });
    const m = await readImage(Readable.from([fs.readFileSync(f)]));
    expect(m.files.has('/var/task/app.py')).toBe(true);
  });

  it('artifact config gives a clear error', async () => {
    const d = ociDir([], [], [], { mediaType: 'application/vnd.cncf.helm.config.v1+json', body: Buffer.from('{}') });
    await expect(readImage(d)).rejects.toThrow(/is an OCI artifact \(application\/vnd\.cncf\.helm\.config\.v1\+json\), not a container image/);
  });
});

describe('hostile input', () => {
  const expectErr = async (p: Promise<unknown>, code: string, re: RegExp) => {
    const e = await p.then(() => undefined, (x) => x);
    expect(e).toBeInstanceOf(ImageError);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(re);
    expect(e.message).not.toContain('\n');
  };

  it('truncated archive', async () => {
    const l0 = await packTar(base);
    const f = await dockerArchive([l0]);
    const buf = fs.readFileSync(f);
    const cut = path.join(tmp, 'cut.tar');
    fs.writeFileSync(cut, buf.subarray(0, buf.length - 2048 - 1024));
    await expectErr(readImage(cut), 'truncated', /truncated/);
  });

  it('an archive cut before its manifest.json says truncated, a whole tar without one says not an image', async () => {
    // docker save writes manifest.json last, so a cut between members loses it and the end-of-archive marker.
    const l0 = await packTar(base);
    // The config last: its data does not end in zero blocks, so stripping them cuts exactly at the end-of-archive marker.
    const whole = await packTar([{ name: 'abc.tar', body: l0 }, { name: 'abc.json', body: config([l0]) }]);
    let end = whole.length;
    while (end >= 512 && whole.subarray(end - 512, end).every((b) => b === 0)) end -= 512;
    const cut = path.join(tmp, 'cut-before-manifest.tar');
    fs.writeFileSync(cut, whole.subarray(0, end));
    await expectErr(readImage(cut), 'truncated', /is truncated: the tar ends without its end-of-archive marker and before any manifest\.json/);
    const intact = path.join(tmp, 'no-manifest.tar');
    fs.writeFileSync(intact, whole);
    await expectErr(readImage(intact), 'not-an-image', /no manifest\.json or index\.json/);
    // Trailing data instead of the end-of-archive marker: the archive did not run out, so not "truncated".
    const trailing = path.join(tmp, 'no-manifest-trailing.tar');
    fs.writeFileSync(trailing, Buffer.concat([whole.subarray(0, end), Buffer.alloc(600, 'S')]));
    await expectErr(readImage(trailing), 'not-an-image', /no manifest\.json or index\.json/);
  });

  it('corrupt gzip layer', async () => {
    const l0 = await packTar(base);
    const g = zlib.gzipSync(l0);
    g.fill(0x55, 20, 60);
    await expectErr(readImage(await dockerArchive([l0], [g])), 'corrupt', /layer 1 of 1 .* is corrupt: gzip data is invalid/);
  });

  it('truncated gzip layer', async () => {
    const l0 = await packTar(base);
    const g = zlib.gzipSync(l0);
    await expectErr(readImage(await dockerArchive([l0], [g.subarray(0, g.length - 30)])), 'truncated', /gzip data ends early/);
  });

  it('tar header whose claimed size lies', async () => {
    const layer = await packTar([{ name: 'big', body: Buffer.alloc(10) }]);
    // claim 1 GiB in the header (checksum recomputed)
    layer.write((1024 ** 3).toString(8).padStart(11, '0') + '\0', 124);
    layer.fill(0x20, 148, 156);
    let s = 0;
    for (let i = 0; i < 512; i++) s += layer[i];
    layer.write(s.toString(8).padStart(6, '0') + '\0 ', 148);
    await expectErr(readImage(await dockerArchive([layer])), 'truncated', /tar stream ends inside an entry/);
  });

  it('missing blob', async () => {
    const l0 = await packTar(base);
    const d = ociDir([l0], [l0], ['application/vnd.oci.image.layer.v1.tar']);
    for (const b of fs.readdirSync(path.join(d, 'blobs/sha256'))) if ('sha256:' + b === sha(l0)) fs.rmSync(path.join(d, 'blobs/sha256', b));
    await expectErr(readImage(d), 'missing-blob', /layer 1 of 1 \(sha256:[0-9a-f]{12}\) is missing/);
  });

  it('decompression bomb: ratio guard and absolute cap', async () => {
    const big = await packTar([{ name: 'zeros', body: Buffer.alloc(8 * 1024 * 1024) }]);
    const g = zlib.gzipSync(big, { level: 9 });
    await expectErr(readImage(await dockerArchive([big], [g]), { maxRatio: 100, ratioMinBytes: 1024 * 1024 }), 'too-large', /decompression bomb guard/);
    await expectErr(readImage(await dockerArchive([big], [g]), { maxLayerBytes: 1024 * 1024 }), 'too-large', /inflates past 1048576 bytes/);
  });

  it('not an image, random bytes, empty file, missing path', async () => {
    const junk = path.join(tmp, 'junk.bin');
    fs.writeFileSync(junk, Buffer.from('this is not a tar file at all'.repeat(40)));
    await expectErr(readImage(junk), 'not-an-image', /is not a container image/);
    const empty = path.join(tmp, 'empty.tar');
    fs.writeFileSync(empty, '');
    await expectErr(readImage(empty), 'not-an-image', /not a container image/);
    await expectErr(readImage(path.join(tmp, 'nope.tar')), 'not-found', /does not exist/);
    const gzJunk = path.join(tmp, 'junk.gz');
    fs.writeFileSync(gzJunk, Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(100, 7)]));
    await expectErr(readImage(gzJunk), 'corrupt', /gzip data is invalid/);
  });

  it('layer that is not a tar', async () => {
    const l = Buffer.from('hello, not a tar');
    await expectErr(readImage(await dockerArchive([l])), 'corrupt', /is not a tar archive/);
  });
});

describe('needs matcher', () => {
  it('compiles paths, prefixes, globs and regexes with the largest cap', () => {
    const m = compileNeeds([{ paths: ['/a'], maxBytes: 5 }, { prefixes: ['/opt/'], maxBytes: 7 }, { globs: ['**/*.{py,js}', '/etc/*.conf'], maxBytes: 9 }, { regexes: [/secret/], maxBytes: 11 }])!;
    expect(m('/a')).toBe(5);
    expect(m('/opt/x/y')).toBe(7);
    expect(m('/var/task/app.py')).toBe(9);
    expect(m('/etc/x.conf')).toBe(9);
    expect(m('/etc/a/x.conf')).toBe(0);
    expect(m('/opt/secret.py')).toBe(11);
    expect(m('/b')).toBe(0);
  });
});

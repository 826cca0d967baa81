/**
 * The layer tar reader (src/image/tar-walk.ts) reads what tar-stream's extract reads, in any chunking: the same
 * members, names, types, sizes and data; GNU long names, PAX records (global ones too), base-256 sizes and v7
 * headers; and the same errors for a bad checksum, a stream cut inside a member, its padding or a header, and a
 * long header past 4 MiB. Every archive is generated here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import tar from 'tar-stream';
import { readImage } from '../../src/image/index.js';
import { TarWalker, type TarHeader } from '../../src/image/tar-walk.js';
import { desc, LAMBDA_CONFIG, MT, ociLayout, sha256 } from '../hostile/gen.js';
import { packTar, type TarEnt } from '../image-kit.js';

interface Seen {
  name: string;
  type: string | null;
  size: number;
  mode: number;
  linkname: string | null;
  data: string;
}

/** Every member the walker reads, fed the archive in chunks of `step` bytes. */
function walk(archive: Buffer, step = archive.length): Seen[] {
  const seen: Seen[] = [];
  const w = new TarWalker((h: TarHeader) => {
    const parts: Buffer[] = [];
    const s: Seen = { name: h.name, type: h.type, size: h.size, mode: h.mode, linkname: h.linkname, data: '' };
    seen.push(s);
    return { data: (c) => void parts.push(Buffer.from(c)), end: () => void (s.data = Buffer.concat(parts).toString('latin1')) };
  });
  for (let o = 0; o < archive.length; o += step) w.write(archive.subarray(o, o + step));
  w.end();
  return seen;
}

/** The same, through tar-stream's extract. */
async function extract(archive: Buffer): Promise<Seen[]> {
  const seen: Seen[] = [];
  const ex = tar.extract({ allowUnknownFormat: true } as Parameters<typeof tar.extract>[0]);
  ex.on('entry', (h, stream, next) => {
    const parts: Buffer[] = [];
    stream.on('error', () => undefined);
    stream.on('data', (c: unknown) => void parts.push(c as Buffer));
    stream.on('end', () => {
      seen.push({ name: h.name, type: h.type ?? null, size: h.size ?? 0, mode: h.mode ?? 0, linkname: h.linkname ?? null, data: Buffer.concat(parts).toString('latin1') });
      next();
    });
  });
  const done = new Promise<void>((resolve, reject) => {
    ex.on('finish', () => resolve());
    ex.on('error', reject);
  });
  ex.end(archive);
  await done;
  return seen;
}

const f = (name: string, body: string | Buffer, extra: Partial<TarEnt> = {}): TarEnt => ({ name, type: 'file', mode: 0o644, uid: 0, gid: 0, body: Buffer.from(body), ...extra });

/** A raw header block: name, type flag and size as given (ustar magic unless `magic` says otherwise), checksum set. */
function block(name: string, flag: string, size: number | Buffer, o: { magic?: Buffer; linkname?: string } = {}): Buffer {
  const b = Buffer.alloc(512);
  b.write(name, 0, 100, 'utf8');
  b.write('0000644\0', 100, 'latin1');
  b.write('0000000\0', 108, 'latin1');
  b.write('0000000\0', 116, 'latin1');
  if (Buffer.isBuffer(size)) size.copy(b, 124);
  else b.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  b.write('00000000000\0', 136, 'latin1');
  b.write(flag, 156, 'latin1');
  if (o.linkname) b.write(o.linkname, 157, 100, 'utf8');
  (o.magic ?? Buffer.from('ustar\x0000', 'latin1')).copy(b, 257);
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const x of b) sum += x;
  b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return b;
}
const data = (s: string | Buffer) => {
  const b = Buffer.from(s);
  return Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
};
const EOF = Buffer.alloc(1024);

describe('TarWalker reads what tar-stream reads', () => {
  const long = `var/task/${'d'.repeat(120)}/${'f'.repeat(150)}.py`;
  const cases: [string, () => Promise<Buffer> | Buffer][] = [
    ['files, folders, links (tar-stream pack)', () => packTar([
      { name: 'var/', type: 'directory', mode: 0o755, uid: 0, gid: 0 },
      f('var/task/app.py', 'def handler(e, c):\n    return 1\n'),
      f('var/task/empty', ''),
      f('var/task/big.bin', Buffer.alloc(70_000, 9), { mode: 0o755 }),
      { name: 'var/task/ln', type: 'symlink', linkname: 'app.py', mode: 0o777, uid: 0, gid: 0 },
      { name: 'var/task/hard', type: 'link', linkname: 'var/task/app.py', mode: 0o644, uid: 0, gid: 0 },
    ])],
    ['a PAX path and link path (names past 100 bytes)', () => packTar([f(long, 'x = 1\n'), { name: `${long}.ln`, type: 'symlink', linkname: long, mode: 0o777, uid: 0, gid: 0 }])],
    ['GNU long name and long link (L, K)', () => Buffer.concat([
      block('././@LongLink', 'L', long.length + 1, { magic: Buffer.from('ustar  \0', 'latin1') }), data(`${long}\0`),
      block('././@LongLink', 'K', long.length + 1, { magic: Buffer.from('ustar  \0', 'latin1') }), data(`${long}\0`),
      block('short', '2', 0, { magic: Buffer.from('ustar  \0', 'latin1') }), EOF,
    ])],
    ['a PAX global header under a PAX header; a PAX size', () => {
      const rec = (k: string, v: string) => {
        const body = ` ${k}=${v}\n`;
        let n = body.length + 1;
        if (`${n}${body}`.length !== n) n = `${n}${body}`.length;
        return `${n}${body}`;
      };
      const g = rec('comment', 'global');
      const x = rec('path', 'from/pax.txt') + rec('size', '5');
      return Buffer.concat([block('g', 'g', g.length), data(g), block('x', 'x', x.length), data(x), block('ignored', '0', 3), data('hello'), EOF]);
    }],
    ['a base-256 size; a v7 header (no magic); a type-0 name ending in / (a file, as tar-stream reads it)', () => {
      const size = Buffer.alloc(12);
      size[0] = 0x80;
      size.writeUInt32BE(600, 8);
      return Buffer.concat([block('b256', '0', size), data('y'.repeat(600)), block('old', '0', 2, { magic: Buffer.alloc(8) }), data('v7'), block('dir/', '\0', 0, { magic: Buffer.alloc(8) }), EOF]);
    }],
    ['zero blocks between members (read on, as tar -i does)', () => Buffer.concat([block('a', '0', 1), data('a'), EOF, block('b', '0', 1), data('b'), EOF])],
  ];
  it.each(cases)('%s', async (_, make) => {
    const archive = await make();
    const want = await extract(archive);
    expect(want.length).toBeGreaterThan(0);
    for (const step of [archive.length, 512, 500, 7, 1]) expect(walk(archive, step), `chunks of ${step}`).toEqual(want);
  });
});

describe('TarWalker refuses what tar-stream refuses, with its messages', () => {
  const ok = Buffer.concat([block('a', '0', 700), data('z'.repeat(700)), EOF]);
  const bad = Buffer.from(ok);
  bad[10] ^= 1;
  it.each([
    ['a bad header checksum', bad, /^Invalid tar header\. Maybe the tar is corrupted or it needs to be gunzipped\?$/],
    ['a stream cut inside a member', ok.subarray(0, 800), /^Unexpected end of data$/],
    ['a stream cut inside the padding after a member', ok.subarray(0, 512 + 800), /^Unexpected end of data$/],
    ['a stream cut inside a header block', Buffer.concat([ok.subarray(0, 1536), block('b', '0', 0).subarray(0, 100)]), /^Unexpected end of data$/],
    ['a long header past 4 MiB', block('././@LongLink', 'L', 5 * 1024 * 1024), /^Header exceeds max size$/],
    ['a PAX size that is no number', Buffer.concat([block('x', 'x', 12), data('12 size=zz\n'), block('a', '0', 0), EOF]), /^Invalid header$/],
  ])('%s', async (_, archive, message) => {
    const fromTarStream = await extract(archive).then(() => 'read', (e: Error) => e.message);
    expect(fromTarStream).toMatch(message);
    expect(() => walk(archive)).toThrow(message);
    expect(() => walk(archive, 3)).toThrow(message);
  });
});

describe('a folder header that claims data', () => {
  const root = mkdtempSync(join(tmpdir(), 'lli-tar-walk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is a folder; its data is passed over and the members after it are read (the read used to stall on it)', async () => {
    const layer = Buffer.concat([block('var/task/', '5', 5), data('abcde'), block('var/task/app.py', '0', 6), data('A = 1\n'), EOF]);
    expect(walk(layer).map((m) => [m.name, m.type])).toEqual([['var/task/', 'directory'], ['var/task/app.py', 'file']]);
    const d = join(root, 'oci');
    const cfg = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: LAMBDA_CONFIG, rootfs: { type: 'layers', diff_ids: [sha256(layer)] } }));
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MT.manifest, config: desc(MT.config, cfg), layers: [desc(MT.tar, layer)] }));
    ociLayout(d, { schemaVersion: 2, manifests: [desc(MT.manifest, manifest)] }, [cfg, manifest, layer]);
    const m = await readImage(d);
    expect(m.files.get('/var/task')?.type).toBe('dir');
    expect(m.files.get('/var/task/app.py')?.size).toBe(6);
  }, 10_000);
});

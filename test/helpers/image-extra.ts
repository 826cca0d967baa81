/**
 * What the rule tests of LL105, LL303 and LL304 need beyond test/image-kit.ts: OCI archives (with an index,
 * attestation manifests, zstd or uncompressed layers, manifest annotations).
 */
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { packTar as packKitTar } from '../image-kit.js';

type Ent = { name: string; body?: Buffer; type?: 'file' | 'directory'; mode?: number };

/** The image kit's tar packer, with file defaults (0644 files, 0755 directories, root-owned). */
export function packTar(entries: Ent[]): Promise<Buffer> {
  return packKitTar(
    entries.map((e) => {
      const type = e.type ?? 'file';
      return { name: e.name, type, body: e.body, mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644), uid: 0, gid: 0 };
    }),
  );
}

/** A layer tar from path -> body. */
export function layerTar(files: Record<string, string | Buffer>): Promise<Buffer> {
  return packTar(Object.entries(files).map(([name, body]) => ({ name: name.replace(/^\/+/, ''), body: typeof body === 'string' ? Buffer.from(body) : body })));
}

/** A zstd frame of raw (stored) blocks: valid zstd without a compressor. */
export function zstdStored(data: Buffer): Buffer {
  const header = Buffer.alloc(9);
  header.writeUInt32LE(0xfd2fb528, 0);
  header[4] = 0xa0; // single segment, 4-byte frame content size
  header.writeUInt32LE(data.length, 5);
  const parts: Buffer[] = [header];
  const MAX = 128 * 1024;
  for (let off = 0; off < data.length || off === 0; off += MAX) {
    const chunk = data.subarray(off, Math.min(off + MAX, data.length));
    const last = off + MAX >= data.length ? 1 : 0;
    const bh = Buffer.alloc(3);
    bh.writeUIntLE(last | (0 << 1) | (chunk.length << 3), 0, 3);
    parts.push(bh, chunk);
    if (data.length === 0) break;
  }
  return Buffer.concat(parts);
}

const sha = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');

export interface OciImage {
  os?: string;
  architecture?: string;
  variant?: string;
  layers: Record<string, string | Buffer>[];
  compression?: 'gzip' | 'zstd' | 'none';
  manifestAnnotations?: Record<string, string>;
  config?: Record<string, unknown>;
}

/**
 * An OCI archive (tar of an OCI layout). With `index`, index.json points to an image index listing the images
 * and `attestations` attestation manifests (as BuildKit writes them); without, index.json lists the manifest.
 */
export async function ociArchive(opts: { images: OciImage[]; index?: 'oci' | 'docker'; attestations?: number }): Promise<Buffer> {
  const blobs = new Map<string, Buffer>();
  const put = (b: Buffer) => {
    const d = sha(b);
    blobs.set(d, b);
    return d;
  };
  const descs: Record<string, unknown>[] = [];
  for (const img of opts.images) {
    const raw = await Promise.all(img.layers.map(layerTar));
    const comp = img.compression ?? 'gzip';
    const blobsOf = raw.map((r) => (comp === 'gzip' ? zlib.gzipSync(r) : comp === 'zstd' ? zstdStored(r) : r));
    const mt = comp === 'gzip' ? 'application/vnd.oci.image.layer.v1.tar+gzip' : comp === 'zstd' ? 'application/vnd.oci.image.layer.v1.tar+zstd' : 'application/vnd.oci.image.layer.v1.tar';
    const platform = { os: img.os ?? 'linux', architecture: img.architecture ?? 'amd64', ...(img.variant ? { variant: img.variant } : {}) };
    const cfg = Buffer.from(JSON.stringify({
      ...platform,
      config: img.config ?? { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' },
      rootfs: { type: 'layers', diff_ids: raw.map(sha) },
      history: raw.map((_, i) => ({ created_by: `RUN layer ${i}` })),
    }));
    const man = Buffer.from(JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: put(cfg), size: cfg.length },
      layers: blobsOf.map((b) => ({ mediaType: mt, digest: put(b), size: b.length })),
      ...(img.manifestAnnotations ? { annotations: img.manifestAnnotations } : {}),
    }));
    descs.push({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: put(man), size: man.length, platform });
  }
  let top: Record<string, unknown>[] = descs.map((d) => ({ ...d, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }));
  if (opts.index) {
    const atts: Record<string, unknown>[] = [];
    for (let i = 0; i < (opts.attestations ?? 0); i++) {
      const att = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(Buffer.from('{}')), size: 2 }, layers: [], n: i }));
      atts.push({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: put(att), size: att.length, platform: { os: 'unknown', architecture: 'unknown' }, annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': String(descs[0].digest) } });
    }
    const idxType = opts.index === 'docker' ? 'application/vnd.docker.distribution.manifest.list.v2+json' : 'application/vnd.oci.image.index.v1+json';
    const idx = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: idxType, manifests: [...descs, ...atts] }));
    top = [{ mediaType: idxType, digest: put(idx), size: idx.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }];
  }
  const ents: Ent[] = [
    { name: 'oci-layout', body: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
    { name: 'index.json', body: Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: top })) },
    { name: 'blobs/', type: 'directory' },
    { name: 'blobs/sha256/', type: 'directory' },
  ];
  for (const [d, b] of blobs) ents.push({ name: `blobs/sha256/${d.slice(7)}`, body: b });
  return packTar(ents);
}

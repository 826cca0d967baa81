/** Generators of hostile inputs (nothing committed as a blob): image archives and OCI layouts built from parts. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packTar, type TarEnt } from '../image-kit.js';

export const sha256 = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const file = (name: string, body: Buffer | string): TarEnt => ({ name, type: 'file', mode: 0o644, uid: 0, gid: 0, body: Buffer.isBuffer(body) ? body : Buffer.from(body) });

/** A layer tar with the given files. */
export function layer(files: Record<string, string | Buffer>): Promise<Buffer> {
  return packTar(Object.entries(files).map(([n, b]) => file(n, b)));
}

export const LAMBDA_CONFIG = { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' };

/**
 * A docker-save archive from raw parts: the manifest and config are given as they are written (mistyped
 * fields allowed), blobs by name.
 */
export async function dockerArchive(o: { manifest: unknown; config?: unknown; configName?: string; blobs?: Record<string, Buffer> }): Promise<Buffer> {
  const ents: TarEnt[] = [file('manifest.json', typeof o.manifest === 'string' ? o.manifest : JSON.stringify(o.manifest))];
  if (o.config !== undefined) ents.push(file(o.configName ?? 'config.json', typeof o.config === 'string' ? o.config : JSON.stringify(o.config)));
  for (const [n, b] of Object.entries(o.blobs ?? {})) ents.push(file(n, b));
  return packTar(ents);
}

/** A well-formed single-image docker-save archive whose config and history are given. */
export async function simpleArchive(config: Record<string, unknown>, layers: Buffer[], extra: Record<string, unknown> = {}): Promise<Buffer> {
  const cfg = { architecture: 'amd64', os: 'linux', config, rootfs: { type: 'layers', diff_ids: layers.map((l) => sha256(l)) }, history: layers.map((_, i) => ({ created_by: `RUN layer ${i}` })), ...extra };
  const blobs: Record<string, Buffer> = {};
  layers.forEach((l, i) => (blobs[`${i}/layer.tar`] = l));
  return dockerArchive({ manifest: [{ Config: 'config.json', RepoTags: ['x:1'], Layers: layers.map((_, i) => `${i}/layer.tar`) }], config: cfg, blobs });
}

/** An OCI layout folder: blobs written by digest, index.json and oci-layout. Returns the digests. */
export function ociLayout(dir: string, index: unknown, blobs: Buffer[]): string[] {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(join(dir, 'index.json'), typeof index === 'string' ? index : JSON.stringify(index));
  return blobs.map((b) => {
    const d = sha256(b);
    writeFileSync(join(dir, 'blobs', 'sha256', d.slice(7)), b);
    return d;
  });
}

export const desc = (mediaType: string, b: Buffer | string, extra: Record<string, unknown> = {}) => ({ mediaType, digest: sha256(b), size: Buffer.byteLength(b), ...extra });
export const MT = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  tar: 'application/vnd.oci.image.layer.v1.tar',
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
};

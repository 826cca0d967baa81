/** Find the image inside an archive or layout: docker manifest.json, OCI index.json (nested indexes, manifest lists), platform and name selection. */
import { createHash } from 'node:crypto';
import { LIMITS } from '../core/limits.js';
import { ImageError, shortDigest } from './errors.js';
import type { BlobStore, StoreEntry } from './store.js';
import type { Descriptor, ImageFormat, ImageModel, IndexInfo, Platform } from './types.js';

export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
  dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
};
const INDEX_TYPES = new Set([MT.ociIndex, MT.dockerList]);
const MANIFEST_TYPES = new Set([MT.ociManifest, MT.dockerManifest]);
const CONFIG_TYPES = new Set([MT.ociConfig, MT.dockerConfig]);
const JSON_CAP = LIMITS.maxJsonBytes;

export interface LayerRef {
  entry: StoreEntry | undefined;
  source: string;
  digest?: string;
  mediaType?: string;
  declaredSize?: number;
  annotations?: Record<string, string>;
}

/** What resolving the archive or layout decides, before any layer is read (the image model's head). */
export interface Resolved
  extends Pick<ImageModel, 'format' | 'refs' | 'selected' | 'index' | 'manifest' | 'manifestMediaType' | 'schemaVersion' | 'configMediaType' | 'warnings'> {
  /** The config JSON as found (parsed into ImageConfig later). */
  config: Record<string, unknown>;
  layers: LayerRef[];
}

export interface SelectOptions {
  image?: string;
  platform?: string;
}

type Json = Record<string, any>;

/** An image manifest found in an OCI layout: its descriptor, the index.json root it came from, its ref name. */
interface Candidate {
  desc: Descriptor;
  root: Descriptor;
  rootIsIndex: boolean;
  ref?: string;
  present: boolean;
}

/** What walking index.json found: the candidates, every ref name, each root's index facts, skipped media types. */
interface Candidates {
  cands: Candidate[];
  refs: string[];
  rootInfo: Map<Descriptor, IndexInfo>;
  skipped: string[];
}

function blobPath(digest: string): string | undefined {
  const m = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest ?? '');
  return m ? `blobs/${m[1]}/${m[2]}` : undefined;
}

export function parsePlatform(s: string): Platform {
  const [os, architecture, variant] = s.split('/');
  return { os, architecture, variant };
}

export function platformString(p: Platform | undefined): string {
  if (!p) return 'unknown';
  return [p.os ?? 'unknown', p.architecture ?? 'unknown', p.variant].filter(Boolean).join('/');
}

function platformMatches(want: Platform, have: Platform | undefined): boolean {
  if (!have) return false;
  if (want.os && want.os !== have.os) return false;
  if (want.architecture && want.architecture !== have.architecture) return false;
  if (want.variant) {
    const hv = have.variant ?? (have.architecture === 'arm64' ? 'v8' : undefined);
    if (want.variant !== hv) return false;
  }
  return true;
}

/** Normalise an image reference for matching: docker.io/library/x:latest -> x:latest */
export function normRef(r: string): string {
  let s = r.trim().replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  const slash = s.lastIndexOf('/');
  if (!s.includes('@') && !s.slice(slash + 1).includes(':')) s += ':latest';
  return s;
}

function refMatches(want: string, have: string): boolean {
  if (!have) return false;
  if (normRef(want) === normRef(have)) return true;
  // OCI ref.name is often only the tag
  if (!have.includes('/') && !have.includes(':')) {
    const w = normRef(want);
    return w.slice(w.lastIndexOf(':') + 1) === have || want === have;
  }
  return false;
}

function isAttestation(d: Descriptor): boolean {
  return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown');
}

function refNames(d: Descriptor): string[] {
  const a = d.annotations ?? {};
  return [a['io.containerd.image.name'], a['org.opencontainers.image.ref.name']].filter((x): x is string => !!x);
}

function get(o: Json, key: string): any {
  if (o == null || typeof o !== 'object') return undefined;
  if (key in o) return o[key];
  const lk = key.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lk) return o[k];
  return undefined;
}

export class Resolver {
  readonly warnings: string[] = [];
  constructor(private store: BlobStore, private display: string) {}

  async readJson(name: string, what: string, digest?: string): Promise<Json> {
    const e = await this.store.get(name);
    if (!e && this.store.truncated) throw new ImageError('truncated', `${this.display} is truncated: ${what} ${digest ? shortDigest(digest) + ' ' : ''}is cut off or missing`);
    if (!e) throw new ImageError('missing-blob', `${this.display}: ${what} ${digest ? shortDigest(digest) + ' ' : ''}is missing (no ${name})`);
    const buf = await this.store.readAll(e, JSON_CAP, what);
    if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) {
      const got = 'sha256:' + createHash('sha256').update(buf).digest('hex');
      if (got !== digest) {
        throw new ImageError('corrupt', `${this.display}: ${what} ${shortDigest(digest)} does not match its digest (content is ${buf.length === 0 ? 'empty' : shortDigest(got)})`);
      }
    }
    try {
      return JSON.parse(buf.toString('utf8'));
    } catch {
      throw new ImageError('invalid-json', `${this.display}: ${what} (${name}) is not valid JSON`);
    }
  }

  async resolve(opts: SelectOptions): Promise<Resolved> {
    const names = new Set(this.store.names().map((n) => n.split('/')[0]));
    const hasIndex = !!(await this.store.get('index.json'));
    const hasManifestJson = !!(await this.store.get('manifest.json'));
    const isTar = this.store.kind === 'tar';
    if (hasIndex) {
      const idx = await this.readJson('index.json', 'index.json');
      if (idx === null || typeof idx !== 'object' || Array.isArray(idx)) {
        throw new ImageError('invalid-json', `${this.display}: index.json is not a JSON object`);
      }
      if (!('manifests' in idx) && (idx.layers || idx.config)) {
        throw new ImageError('not-an-image', `${this.display}: index.json holds an image manifest, not an OCI index (broken OCI layout)`);
      }
      const roots: Descriptor[] = Array.isArray(idx.manifests) ? idx.manifests.filter((m: unknown) => m && typeof m === 'object' && typeof (m as Descriptor).digest === 'string') : [];
      if (roots.length > LIMITS.maxManifests) throw new ImageError('too-large', `${this.display}: index.json lists ${roots.length} manifests, more than the ${LIMITS.maxManifests} limit`);
      const useDocker = hasManifestJson && (roots.length === 0 || (opts.image && !(await this.ociHasRef(roots, opts.image))));
      if (!useDocker) {
        const fmt: ImageFormat = !isTar ? 'oci-dir' : hasManifestJson ? 'docker-oci-archive' : 'oci-archive';
        return this.resolveOci(roots, fmt, opts);
      }
      return this.resolveDocker(opts, 'docker-oci-archive');
    }
    if (hasManifestJson) return this.resolveDocker(opts, 'docker-archive');
    if (names.has('repositories')) {
      throw new ImageError('unsupported', `${this.display} is a legacy docker save archive without manifest.json (Docker before 1.10); re-save it with a current Docker`);
    }
    const shown = [...names].slice(0, 4).join(', ');
    // docker save writes manifest.json last: an archive cut short loses it first.
    if (this.store.kind === 'tar' && (this.store.truncated || this.store.ended === false)) {
      throw new ImageError('truncated', `${this.display} is truncated: the tar ends without its end-of-archive marker and before any manifest.json or index.json (found ${shown || 'nothing'})`);
    }
    throw new ImageError('not-an-image', `${this.display} is not a container image: no manifest.json or index.json (found ${shown || 'nothing'})`);
  }

  private async ociHasRef(roots: Descriptor[], image: string): Promise<boolean> {
    return roots.some((d) => refNames(d).some((r) => refMatches(image, r)));
  }

  // ---------------- docker save (manifest.json) ----------------
  private async resolveDocker(opts: SelectOptions, format: ImageFormat): Promise<Resolved> {
    const man = await this.readJson('manifest.json', 'manifest.json');
    if (!Array.isArray(man) || man.length === 0) {
      throw new ImageError('not-an-image', `${this.display}: manifest.json lists no images (${man === null ? 'null' : Array.isArray(man) ? 'empty list' : typeof man})`);
    }
    const tagsOf = (m: Json): string[] => (Array.isArray(get(m, 'RepoTags')) ? (get(m, 'RepoTags') as unknown[]).filter((t): t is string => typeof t === 'string') : []);
    const refs: string[] = man.flatMap(tagsOf);
    let chosen = man[0];
    let ref: string | undefined = tagsOf(chosen)[0];
    if (opts.image) {
      const hit = man.find((m: Json) => tagsOf(m).some((t: string) => refMatches(opts.image!, t)));
      if (!hit) throw new ImageError('no-match', `${this.display} has no image named ${opts.image} (it has: ${refs.join(', ') || 'untagged images only'})`);
      chosen = hit;
      ref = tagsOf(hit).find((t) => refMatches(opts.image!, t));
    } else if (man.length > 1) {
      this.warnings.push(`archive holds ${man.length} images; reading the first (${ref ?? 'untagged'}); pick another with --image NAME:TAG`);
    }
    const configName = get(chosen, 'Config');
    if (typeof configName !== 'string') throw new ImageError('not-an-image', `${this.display}: manifest.json entry has no Config`);
    const cfgDigest = /^(?:blobs\/sha256\/|sha256:)([0-9a-f]{64})(?:\.json)?$/.exec(configName.replace(/^\.\//, ''));
    const config = await this.readJson(configName, 'image config', cfgDigest && configName.startsWith('blobs/') ? `sha256:${cfgDigest[1]}` : undefined);
    this.checkConfig(config, undefined);
    const layerNames: unknown = get(chosen, 'Layers') ?? [];
    if (!Array.isArray(layerNames) || layerNames.some((n) => typeof n !== 'string')) throw new ImageError('corrupt', `${this.display}: manifest.json "Layers" is not a list of file names`);
    if (layerNames.length > LIMITS.maxLayers) throw new ImageError('too-large', `${this.display}: manifest.json lists ${layerNames.length} layers, more than the ${LIMITS.maxLayers} limit`);
    const rawSources = get(chosen, 'LayerSources');
    const sources: Json = rawSources && typeof rawSources === 'object' && !Array.isArray(rawSources) ? rawSources : {};
    const rawDiffIds: unknown = config?.rootfs?.diff_ids;
    const diffIds: string[] = Array.isArray(rawDiffIds) ? rawDiffIds.map((d) => (typeof d === 'string' ? d : '')) : [];
    if (diffIds.length !== layerNames.length) {
      this.warnings.push(`config lists ${diffIds.length} diff_ids but the manifest has ${layerNames.length} layers`);
    }
    const layers: LayerRef[] = [];
    for (let i = 0; i < layerNames.length; i++) {
      const n = layerNames[i];
      const entry = await this.store.get(n);
      const m = /(?:^|\/)(?:sha256[:/])?([0-9a-f]{64})(?:\.tar(?:\.gz)?)?$/.exec(n);
      const digest = m && (n.startsWith('blobs/') || /\.tar(\.gz)?$/.test(n)) ? `sha256:${m[1]}` : diffIds[i];
      const src = digest && typeof sources[digest] === 'object' ? sources[digest] : undefined;
      layers.push({ entry, source: n, digest: digest || undefined, mediaType: typeof src?.mediaType === 'string' ? src.mediaType : undefined, declaredSize: typeof src?.size === 'number' ? src.size : undefined });
    }
    const p: Platform = { os: config.os, architecture: config.architecture, variant: config.variant };
    return {
      format,
      refs,
      selected: { ref, platform: p },
      index: { isIndex: false, platformManifests: 1, attestationManifests: 0, platforms: [platformString(p)], nested: false },
      config,
      configMediaType: undefined,
      layers,
      warnings: this.warnings,
    };
  }

  private checkConfig(config: Json, mediaType: string | undefined): void {
    if (mediaType && !CONFIG_TYPES.has(mediaType)) {
      throw new ImageError('artifact', `${this.display} is an OCI artifact (${mediaType}), not a container image`);
    }
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
      throw new ImageError('invalid-json', `${this.display}: the image config is not a JSON object`);
    }
  }

  // ---------------- OCI layout (index.json) ----------------
  private async resolveOci(roots: Descriptor[], format: ImageFormat, opts: SelectOptions): Promise<Resolved> {
    const found = await this.ociCandidates(roots);
    const present = this.selectCandidates(found, opts);
    // preference: the first root with a present image; inside a multi-platform index linux/amd64, then linux/arm64
    const order = (c: Candidate) => {
      const p = platformString(c.desc.platform);
      return p === 'linux/amd64' ? 0 : p.startsWith('linux/arm64') ? 1 : 2;
    };
    const firstRoot = present[0].root;
    const sameRoot = present.filter((c) => c.root === firstRoot).sort((a, b) => order(a) - order(b));
    let firstErr: ImageError | undefined;
    for (const c of [...sameRoot, ...present.filter((c) => c.root !== firstRoot)]) {
      try {
        const r = await this.loadOciManifest(c.desc, format, opts);
        const info = found.rootInfo.get(c.root)!;
        const uniq = new Set(found.cands.map((x) => x.root.digest));
        if (uniq.size > 1 && !opts.image) this.warnings.push(`layout holds ${uniq.size} images; reading ${c.ref ?? shortDigest(c.desc.digest)}; pick another with --image NAME:TAG`);
        return { ...r, refs: [...new Set(found.refs)], selected: { ...r.selected, ref: c.ref }, index: info };
      } catch (e) {
        if (e instanceof ImageError && (e.code === 'artifact' || e.code === 'no-match')) {
          firstErr ??= e;
          continue;
        }
        throw e;
      }
    }
    throw firstErr!;
  }

  /** Every image manifest the roots of index.json lead to (nested indexes walked, attestations counted). */
  private async ociCandidates(roots: Descriptor[]): Promise<Candidates> {
    const found: Candidates = { cands: [], refs: [], rootInfo: new Map(), skipped: [] };
    const seen = new Set<string>();
    for (const d of roots) {
      if (!d || typeof d.digest !== 'string') continue;
      const ref = refNames(d)[0];
      if (ref) found.refs.push(...refNames(d));
      const info: IndexInfo = { isIndex: false, platformManifests: 0, attestationManifests: 0, platforms: [], nested: false, mediaType: d.mediaType, digest: d.digest };
      found.rootInfo.set(d, info);
      let mt = d.mediaType;
      const name = blobPath(d.digest);
      const present = !!name && !!(await this.store.get(name));
      if (!mt && present) {
        const j = await this.readJson(name!, 'manifest', d.digest);
        mt = j.mediaType ?? (Array.isArray(j.manifests) ? MT.ociIndex : j.config ? MT.ociManifest : undefined);
      }
      if (mt && INDEX_TYPES.has(mt)) {
        info.isIndex = true;
        seen.clear();
        await this.visitIndex(found, seen, d, d, info, 0, ref);
      } else if (!mt || MANIFEST_TYPES.has(mt)) {
        if (isAttestation(d)) continue;
        info.platformManifests = 1;
        info.platforms.push(platformString(d.platform));
        found.cands.push({ desc: d, root: d, rootIsIndex: false, ref, present });
      } else if (mt === MT.dockerSchema1 || mt === MT.dockerSchema1Signed) {
        throw new ImageError('unsupported', `${this.display} holds a Docker schema 1 manifest, which Lambda does not accept; rebuild and push with a current Docker`);
      } else found.skipped.push(mt);
    }
    return found;
  }

  private async visitIndex(found: Candidates, seen: Set<string>, d: Descriptor, root: Descriptor, info: IndexInfo, depth: number, ref?: string): Promise<void> {
    if (depth > 8 || seen.has(d.digest)) {
      this.warnings.push(`index ${shortDigest(d.digest)} is nested too deep or loops; skipped`);
      return;
    }
    seen.add(d.digest);
    const name = blobPath(d.digest);
    if (!name || !(await this.store.get(name))) {
      this.warnings.push(`index ${shortDigest(d.digest)} is missing`);
      return;
    }
    const idx = await this.readJson(name, 'index', d.digest);
    for (const m of (Array.isArray(idx.manifests) ? idx.manifests : []) as Descriptor[]) {
      if (!m || typeof m.digest !== 'string') continue;
      const mt = m.mediaType;
      if (INDEX_TYPES.has(mt ?? '')) {
        info.nested = true;
        await this.visitIndex(found, seen, m, root, info, depth + 1, ref);
        continue;
      }
      if (isAttestation(m)) {
        info.attestationManifests++;
        continue;
      }
      if (mt && !MANIFEST_TYPES.has(mt)) {
        if (mt === MT.dockerSchema1 || mt === MT.dockerSchema1Signed) {
          throw new ImageError('unsupported', `${this.display} holds a Docker schema 1 manifest, which Lambda does not accept; rebuild and push with a current Docker`);
        }
        found.skipped.push(mt);
        continue;
      }
      info.platformManifests++;
      info.platforms.push(platformString(m.platform));
      const present = !!(await this.store.get(blobPath(m.digest) ?? ''));
      found.cands.push({ desc: m, root, rootIsIndex: true, ref, present });
    }
  }

  /** The candidates --image and --platform leave, those present in the archive; one clear line when none is. */
  private selectCandidates(found: Candidates, opts: SelectOptions): Candidate[] {
    const { cands, refs, skipped } = found;
    let pool = cands;
    if (opts.image) {
      pool = pool.filter((c) => refNames(c.root).some((r) => refMatches(opts.image!, r)));
      if (!pool.length) throw new ImageError('no-match', `${this.display} has no image named ${opts.image} (it has: ${[...new Set(refs)].join(', ') || 'no named images'})`);
    }
    if (opts.platform) {
      const want = parsePlatform(opts.platform);
      const byDesc = pool.filter((c) => platformMatches(want, c.desc.platform));
      const noPlat = pool.filter((c) => !c.desc.platform);
      pool = byDesc.length ? byDesc : noPlat; // descriptors without platform are checked against the config below
      if (!pool.length) {
        const have = [...new Set(cands.map((c) => platformString(c.desc.platform)))].join(', ');
        throw new ImageError('no-match', `${this.display} has no image for platform ${opts.platform} (it has: ${have || 'none'})`);
      }
    }
    if (!pool.length) {
      if (skipped.length) throw new ImageError('not-an-image', `${this.display} lists no container image manifest (found ${[...new Set(skipped)].join(', ')})`);
      throw new ImageError('not-an-image', `${this.display}: index.json lists no image manifests`);
    }
    const present = pool.filter((c) => c.present);
    if (!present.length) {
      const c = pool[0];
      throw new ImageError('missing-blob', `${this.display}: manifest ${shortDigest(c.desc.digest)}${c.desc.platform ? ` (${platformString(c.desc.platform)})` : ''} is missing from the archive`);
    }
    return present;
  }

  private async loadOciManifest(d: Descriptor, format: ImageFormat, opts: SelectOptions): Promise<Omit<Resolved, 'refs' | 'index'>> {
    const man = await this.readJson(blobPath(d.digest)!, 'manifest', d.digest);
    if (man?.schemaVersion === 1) {
      throw new ImageError('unsupported', `${this.display} holds a Docker schema 1 manifest, which Lambda does not accept; rebuild and push with a current Docker`);
    }
    if (!man || typeof man !== 'object' || !man.config || typeof man.config.digest !== 'string') {
      throw new ImageError('not-an-image', `${this.display}: manifest ${shortDigest(d.digest)} has no config descriptor`);
    }
    const cmt: string | undefined = man.config.mediaType;
    if (cmt && !CONFIG_TYPES.has(cmt)) {
      throw new ImageError('artifact', `${this.display} is an OCI artifact (${cmt}), not a container image`);
    }
    const cname = blobPath(man.config.digest);
    const config = await this.readJson(cname ?? '', 'image config', man.config.digest);
    this.checkConfig(config, cmt);
    if (opts.platform) {
      const want = parsePlatform(opts.platform);
      const have = { os: config.os, architecture: config.architecture, variant: config.variant };
      if (!platformMatches(want, have)) throw new ImageError('no-match', `${this.display} has no image for platform ${opts.platform} (it has: ${platformString(have)})`);
    }
    const layers: LayerRef[] = [];
    const manLayers: unknown[] = Array.isArray(man.layers) ? man.layers : [];
    if (manLayers.length > LIMITS.maxLayers) throw new ImageError('too-large', `${this.display}: the image manifest lists ${manLayers.length} layers, more than the ${LIMITS.maxLayers} limit`);
    for (const l of manLayers as Descriptor[]) {
      if (!l || typeof l !== 'object' || typeof l.digest !== 'string') throw new ImageError('corrupt', `${this.display}: the image manifest has a layer without a digest`);
      const name = blobPath(l.digest) ?? '';
      layers.push({ entry: await this.store.get(name), source: name, digest: l.digest, mediaType: l.mediaType, declaredSize: l.size, annotations: l.annotations });
    }
    return {
      format,
      selected: { manifestDigest: d.digest, platform: { os: config.os, architecture: config.architecture, variant: config.variant } },
      manifest: man,
      manifestMediaType: man.mediaType ?? d.mediaType,
      schemaVersion: man.schemaVersion,
      config,
      configMediaType: cmt,
      layers,
      warnings: this.warnings,
    };
  }
}

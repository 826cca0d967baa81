/**
 * Image reader: docker save archives (classic and Docker 25+), OCI layouts and archives, gzip-wrapped archives,
 * stdin buffers/streams. One pass over each layer, layers inflated concurrently, nothing extracted to disk.
 */
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatLimit, LIMITS } from '../core/limits.js';
import { makeTempDir, removeTempDir } from '../core/temp.js';
import { decompressor, sniffCompression, type Compression } from './compression.js';
import { ImageError, shortDigest } from './errors.js';
import { scanLayer, type LayerScan, type OpenScanner, type ScanLimits } from './layer.js';
import { MergedFs } from './merged-fs.js';
import { compileNeeds, type BodyNeed } from './needs.js';
import { Resolver, type Resolved } from './resolve.js';
import { DirStore, TarStore, type BlobStore } from './store.js';
import type { BodyRecord, ContentSecret, FsEntry, HistoryEntry, ImageConfig, ImageModel, LayerInfo } from './types.js';

export * from './types.js';
export { ImageError, isImageError } from './errors.js';
export type { BodyNeed } from './needs.js';
export { compileNeeds } from './needs.js';
export type { Compression } from './compression.js';
export type { FileScanner, OpenScanner } from './layer.js';

/** Content scanning inside the one pass: every regular file of the scanned layers streams through a scanner. */
export interface ContentScanOptions {
  /** How many leading layers are not scanned, decided from the config history before any layer is read (an AWS base image's layers). */
  skipLayers?: (history: HistoryEntry[], layers: number) => number;
  /** A scanner for a file (path, size), or undefined to let it pass unread. */
  open: OpenScanner;
}

export interface ReadImageOptions {
  /** Pick one image of several: 'name:tag' (RepoTags, OCI ref names) */
  image?: string;
  /** Pick a platform from an index: 'linux/arm64', 'linux/arm/v7' */
  platform?: string;
  /** File bodies to keep (matched regular files only, capped) */
  needs?: BodyNeed[];
  /** Total cap on kept body bytes (default 64 MiB) */
  maxBodyBytes?: number;
  /** Layers inflated at once (default 4: the size of the libuv threadpool zlib runs on) */
  concurrency?: number;
  /** Cap on one layer's uncompressed size (default 64 GiB) */
  maxLayerBytes?: number;
  /** Cap on a whole archive's uncompressed size when it is gzip-wrapped or spooled (default 64 GiB) */
  maxArchiveBytes?: number;
  /** Inflate-ratio guard (default LIMITS.maxRatio, 200x, checked past ratioMinBytes, 256 MiB) */
  maxRatio?: number;
  ratioMinBytes?: number;
  /** Entries per layer (default 5 million) */
  maxEntries?: number;
  /** How many largest paths to keep (default 10) */
  largest?: number;
  /** Name used in messages (defaults to the path, or "stdin") */
  displayName?: string;
  /** Directory for spooled temp files (default os.tmpdir()) */
  tmpDir?: string;
  /** Scan file contents (credentials) while the layers stream by */
  contentScan?: ContentScanOptions;
  /** Progress callback: bytes of layer data inflated so far */
  onProgress?: (p: { layer: number; layers: number; uncompressed: number }) => void;
}

const GiB = 1024 * 1024 * 1024;

export async function readImage(source: string | Buffer | Readable | NodeJS.ReadableStream, options: ReadImageOptions = {}): Promise<ImageModel> {
  const display = options.displayName ?? (typeof source === 'string' ? source : 'stdin');
  const temps: string[] = [];
  const maxArchive = options.maxArchiveBytes ?? LIMITS.maxArchiveBytes;
  let store: BlobStore | undefined;
  try {
    let file: string;
    let outer: Compression = 'none';
    if (typeof source === 'string') {
      let st;
      try {
        st = await fsp.stat(source);
      } catch {
        throw new ImageError('not-found', `${display} does not exist`);
      }
      if (st.isDirectory()) {
        store = await DirStore.open(source, display);
        return await readFrom(store, display, 'none', options);
      }
      file = source;
    } else {
      file = await tempName(options.tmpDir, temps);
      const input = Buffer.isBuffer(source) ? Readable.from([source]) : (source as Readable);
      await spool(input, file, maxArchive, display);
    }
    const fh = await fsp.open(file, 'r');
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0).finally(() => fh.close());
    outer = sniffCompression(head);
    if (outer !== 'none') {
      const plain = await tempName(options.tmpDir, temps);
      const dec = decompressor(outer)!;
      try {
        const raw = createReadStream(file);
        let read = 0;
        raw.on('data', (c) => (read += c.length));
        // The compressed bytes the inflater has taken (zlib's bytesWritten), not those read ahead of it.
        const ratio = { read: () => (dec as { bytesWritten?: number }).bytesWritten ?? read, max: options.maxRatio ?? LIMITS.maxRatio, min: options.ratioMinBytes ?? LIMITS.ratioMinBytes };
        await spool(raw.pipe(dec), plain, maxArchive, display, () => dec.destroy(), ratio);
      } catch (e) {
        if (e instanceof ImageError) throw e;
        const msg = (e as Error).message ?? String(e);
        if (/unexpected end/i.test(msg)) throw new ImageError('truncated', `${display} is truncated: the ${outer} stream ends early`);
        throw new ImageError('corrupt', `${display} is corrupt: ${outer} data is invalid (${msg})`);
      }
      file = plain;
    }
    store = await TarStore.open(file, display);
    return await readFrom(store, display, outer, options);
  } finally {
    await store?.close();
    // The spooled copies hold the whole image (its secrets too): removed on every way out (src/core/temp.ts).
    for (const t of temps) await removeTempDir(t);
  }
}

async function tempName(dir: string | undefined, temps: string[]): Promise<string> {
  const d = await makeTempDir('lli-img-', dir);
  temps.push(d);
  return path.join(d, 'spool');
}

/** Write a stream to a file once, with a byte cap. */
async function spool(input: NodeJS.ReadableStream | Readable, file: string, cap: number, display: string, onCap?: () => void, ratio?: { read: () => number; max: number; min: number }): Promise<void> {
  let n = 0;
  const out = createWriteStream(file);
  await pipeline(
    input as Readable,
    async function* (src: AsyncIterable<Buffer>) {
      for await (const chunk of src) {
        n += chunk.length;
        if (n > cap) {
          onCap?.();
          throw new ImageError('too-large', `${display} is larger than ${formatLimit(cap)} uncompressed (limit)`);
        }
        // A decompression bomb is stopped as it streams, long before it fills the disk.
        if (ratio && n > ratio.min && n > ratio.max * Math.max(1, ratio.read())) {
          onCap?.();
          throw new ImageError('too-large', `${display} inflates more than ${ratio.max} times its compressed size (limit: ${ratio.max}x past ${formatLimit(ratio.min)}); not read`);
        }
        yield chunk;
      }
    },
    out,
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Entrypoint and Cmd: a list of strings, a string (shell form of some tools), or absent. */
function strList(v: unknown): string[] | null {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return null;
}

/** A history entry with string fields, its created_by without runs of blanks and cut at the limit. */
function cleanHistory(h: Record<string, unknown>): HistoryEntry {
  const out: HistoryEntry = { ...(h as HistoryEntry) };
  if (h.empty_layer !== undefined) out.empty_layer = h.empty_layer === true;
  for (const k of ['created_by', 'comment', 'author', 'created'] as const) {
    const v = h[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') {
      delete (out as Record<string, unknown>)[k];
      continue;
    }
    (out as Record<string, unknown>)[k] = k === 'created_by' && v.length > 256 ? shortenCreatedBy(v) : v;
  }
  return out;
}

/** Long blank runs are collapsed (a linear pass) and the text is cut at LIMITS.maxCreatedByChars. */
function shortenCreatedBy(v: string): string {
  const t = v.replace(/[ \t]{2,}/g, ' ');
  return t.length > LIMITS.maxCreatedByChars ? `${t.slice(0, LIMITS.maxCreatedByChars)}…` : t;
}

/** The image config as typed fields: every field checked for its type before use, history text bounded. */
function imageConfig(raw: unknown): ImageConfig {
  const cfg = (isObject(raw) ? raw : {}) as Record<string, any>;
  const rawCc = cfg.config ?? cfg.container_config;
  const cc = (isObject(rawCc) ? rawCc : {}) as Record<string, any>;
  // A config is data from the image: a mistyped field is treated as absent, as Docker does not validate them either.
  const history: HistoryEntry[] = Array.isArray(cfg.history) ? cfg.history.filter(isObject).slice(0, LIMITS.maxHistory).map(cleanHistory) : [];
  return {
    os: str(cfg.os),
    architecture: str(cfg.architecture),
    variant: str(cfg.variant),
    Entrypoint: strList(cc.Entrypoint),
    Cmd: strList(cc.Cmd),
    WorkingDir: str(cc.WorkingDir) || undefined,
    Env: Array.isArray(cc.Env) ? cc.Env.filter((e: unknown): e is string => typeof e === 'string') : [],
    User: str(cc.User) || undefined,
    Labels: isObject(cc.Labels) ? Object.fromEntries(Object.entries(cc.Labels).filter(([, v]) => typeof v === 'string')) as Record<string, string> : undefined,
    history,
    diffIds: Array.isArray(cfg.rootfs?.diff_ids) ? cfg.rootfs.diff_ids.filter((d: unknown): d is string => typeof d === 'string') : [],
    raw: cfg,
  };
}

/** Missing blobs: one clear line before any work. */
function checkBlobs(r: Resolved, store: BlobStore, display: string): void {
  r.layers.forEach((l, i) => {
    if (!l.entry && store.truncated) throw new ImageError('truncated', `${display} is truncated: layer ${i + 1} of ${r.layers.length} (${shortDigest(l.digest) || l.source}) is cut off or missing`);
    if (!l.entry) throw new ImageError('missing-blob', `${display}: layer ${i + 1} of ${r.layers.length} (${shortDigest(l.digest) || l.source}) is missing from the archive`);
  });
}

/** A scan reused for another layer that lists the same blob: its records with bodies of their own. */
function reuseScan(s: LayerScan, layer: number): LayerScan {
  const records = s.records.map((rec) => (rec.body ? { ...rec, body: { ...rec.body, layer } } : rec));
  return { ...s, records };
}

/**
 * Reads every layer once, `concurrency` at a time (zlib inflates on the libuv pool). Layers that list the same
 * blob (the same file in the archive or layout) share one read: a blob listed by twenty layers is inflated
 * once, not twenty times.
 */
async function scanLayers(store: BlobStore, r: Resolved, display: string, o: ReadImageOptions, limits: ScanLimits, skip: number): Promise<LayerScan[]> {
  const matcher = compileNeeds(o.needs);
  const scans: LayerScan[] = new Array(r.layers.length);
  const reads = new Map<string, Promise<LayerScan>>();
  const conc = Math.max(1, Math.min(o.concurrency ?? 4, 16));
  let next = 0;
  let firstError: unknown;
  const readLayer = (i: number): Promise<LayerScan> => {
    const l = r.layers[i];
    const what = `layer ${i + 1} of ${r.layers.length} (${shortDigest(l.digest) || l.source}) in ${display}`;
    // A blob stored under its digest (OCI blobs/sha256/<hex>, docker save <hex>.tar) is verified as it streams.
    const named = l.source.startsWith('blobs/') || store.kind === 'dir' || /(?:^|\/)[0-9a-f]{64}\.tar$/.test(l.source);
    return scanLayer(store, l.entry!, i, what, matcher, limits, i >= skip ? o.contentScan!.open : null, named ? l.digest : undefined);
  };
  const worker = async () => {
    while (next < r.layers.length && !firstError) {
      const i = next++;
      // Scanned and unscanned layers read a blob differently (content scanning): the key tells them apart.
      const key = `${i >= skip ? 'scan' : 'plain'}\0${r.layers[i].entry!.name}\0${r.layers[i].entry!.offset}`;
      try {
        const first = reads.get(key);
        if (first) scans[i] = reuseScan(await first, i);
        else {
          const read = readLayer(i);
          reads.set(key, read);
          scans[i] = await read;
        }
        o.onProgress?.({ layer: i, layers: r.layers.length, uncompressed: scans[i].uncompressedSize });
      } catch (e) {
        firstError ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(conc, r.layers.length) }, worker));
  if (firstError) throw firstError;
  return scans;
}

/** The layers applied in order to the merged filesystem; their bodies and content findings collected. */
function applyLayers(r: Resolved, scans: LayerScan[], config: ImageConfig, fs: MergedFs, warnings: string[]) {
  const nonEmpty = config.history.filter((h) => !h.empty_layer);
  const bodies: BodyRecord[] = [];
  const found: Omit<ContentSecret, 'status'>[] = [];
  const layers: LayerInfo[] = r.layers.map((l, i) => {
    const s = scans[i];
    fs.applyLayer(i, s.records);
    for (const rec of s.records) {
      if (rec.body) bodies.push(rec.body);
      if (rec.hits) for (const h of rec.hits) found.push({ ...h, path: rec.path, layer: i });
    }
    return {
      index: i,
      digest: l.digest,
      diffId: config.diffIds[i],
      mediaType: l.mediaType,
      compression: s.compression,
      estargz: s.estargz || !!l.annotations?.['containerd.io/snapshot/stargz/toc.digest'],
      source: l.source,
      compressedSize: l.entry!.size,
      uncompressedSize: s.uncompressedSize,
      entryCount: s.entryCount,
      createdBy: nonEmpty.length === r.layers.length || nonEmpty.length > i ? nonEmpty[i]?.created_by : undefined,
      fileBytes: s.fileBytes,
    };
  });
  for (const l of layers) {
    const mt = l.mediaType ?? '';
    const says: Compression | undefined = /zstd/.test(mt) ? 'zstd' : /gzip/.test(mt) ? 'gzip' : /tar$/.test(mt) ? 'none' : undefined;
    if (says && says !== l.compression) {
      warnings.push(`layer ${l.index + 1}: mediaType says ${mt} but the data is ${l.compression === 'none' ? 'uncompressed' : l.compression}`);
    }
  }
  if (nonEmpty.length && nonEmpty.length !== layers.length) warnings.push(`history has ${nonEmpty.length} non-empty entries for ${layers.length} layers`);
  return { layers, bodies, found };
}

/** File count and bytes of the merged filesystem, and its `n` largest files. */
function fileTotals(files: Map<string, FsEntry>, n: number) {
  const largest: { path: string; size: number; layer: number }[] = [];
  let fileCount = 0;
  let fileBytes = 0;
  for (const e of files.values()) {
    if (e.type !== 'file') continue;
    fileCount++;
    fileBytes += e.size;
    if (largest.length < n || e.size > largest[largest.length - 1].size) {
      largest.push({ path: e.path, size: e.size, layer: e.layer });
      largest.sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
      if (largest.length > n) largest.pop();
    }
  }
  return { largest, fileCount, fileBytes };
}

async function readFrom(store: BlobStore, display: string, outer: Compression, o: ReadImageOptions): Promise<ImageModel> {
  const r = await new Resolver(store, display).resolve({ image: o.image, platform: o.platform });
  const warnings = r.warnings;
  const config = imageConfig(r.config);
  checkBlobs(r, store, display);
  const limits: ScanLimits = {
    maxLayerBytes: o.maxLayerBytes ?? LIMITS.maxLayerBytes,
    maxRatio: o.maxRatio ?? LIMITS.maxRatio,
    ratioMinBytes: o.ratioMinBytes ?? LIMITS.ratioMinBytes,
    maxEntries: o.maxEntries ?? LIMITS.maxLayerEntries,
    bodyBudget: { left: o.maxBodyBytes ?? 64 * 1024 * 1024 },
  };
  const skip = o.contentScan ? Math.max(0, Math.min(r.layers.length, o.contentScan.skipLayers?.(config.history, r.layers.length) ?? 0)) : r.layers.length;
  const scans = await scanLayers(store, r, display, o, limits, skip);

  const fs = new MergedFs();
  const { layers, bodies, found } = applyLayers(r, scans, config, fs, warnings);
  const files = fs.entries;
  const { largest, fileCount, fileBytes } = fileTotals(files, o.largest ?? 10);
  const secrets: ContentSecret[] = found.map((f) => {
    const now = files.get(f.path);
    return { ...f, status: now && now.type === 'file' && now.layer === f.layer ? 'final' : 'removed' };
  });
  return {
    source: display,
    format: r.format,
    outerCompression: outer,
    refs: r.refs,
    selected: r.selected,
    index: r.index,
    manifest: r.manifest,
    manifestMediaType: r.manifestMediaType,
    schemaVersion: r.schemaVersion,
    config,
    configMediaType: r.configMediaType,
    layers,
    files,
    removed: fs.removed,
    bodies,
    secrets,
    scannedLayers: r.layers.map((_, i) => i).filter((i) => i >= skip),
    largest,
    totals: {
      compressed: layers.reduce((a, l) => a + l.compressedSize, 0),
      uncompressed: layers.reduce((a, l) => a + l.uncompressedSize, 0),
      files: fileCount,
      fileBytes,
      wasted: fs.removed.reduce((a, x) => a + (x.type === 'file' ? x.size : 0), 0),
    },
    warnings,
    resolve: (p: string, followLast = true) => fs.resolve(p, followLast),
    body(p: string): BodyRecord | undefined {
      const res = fs.resolve(p);
      if (!res.ok) return undefined;
      let e = res.entry;
      if (e.type === 'hardlink' && e.linkname) e = files.get(e.linkname) ?? e;
      return e.body;
    },
  };
}

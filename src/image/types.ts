import type { Compression } from './compression.js';

export type ImageFormat = 'docker-archive' | 'docker-oci-archive' | 'oci-archive' | 'oci-dir';
export type FileType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface Platform {
  os?: string;
  architecture?: string;
  variant?: string;
}

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  annotations?: Record<string, string>;
  platform?: Platform & { 'os.version'?: string };
  artifactType?: string;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
  author?: string;
}

export interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  Env?: string[];
  User?: string;
  Labels?: Record<string, string>;
  history: HistoryEntry[];
  diffIds: string[];
  /** The whole parsed config JSON */
  raw: Record<string, unknown>;
}

export interface LayerInfo {
  index: number;
  /** Blob digest (compressed) when known, else the diff_id */
  digest?: string;
  diffId?: string;
  mediaType?: string;
  /** Sniffed from magic bytes */
  compression: Compression;
  estargz: boolean;
  /** Member name (archive) or blob path */
  source: string;
  compressedSize: number;
  uncompressedSize: number;
  entryCount: number;
  createdBy?: string;
  /** Sum of regular-file sizes in this layer */
  fileBytes: number;
}

export interface BodyRecord {
  path: string;
  layer: number;
  data: Buffer;
  /** the file was longer than the bytes kept */
  truncated: boolean;
  /** final: visible in the merged fs; overwritten / deleted: shipped in a lower layer only */
  status: 'final' | 'overwritten' | 'deleted';
}

/** A credential the content scanner found in a file: its kind and line, never its value. */
export interface ContentHit {
  id: string;
  kind: string;
  /** 1-based line */
  line: number;
}

/** A content finding placed in the image: the file, the layer that holds it, whether it is still visible. */
export interface ContentSecret extends ContentHit {
  path: string;
  layer: number;
  /** final: the version in the merged filesystem; removed: deleted or overwritten later, still shipped in its layer */
  status: 'final' | 'removed';
}

/** What a tar header says of a path. */
export interface EntryMeta {
  path: string;
  type: FileType;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkname?: string;
}

export interface FsEntry extends EntryMeta {
  layer: number;
  /** parent directory created implicitly (not in any layer) */
  implicit?: boolean;
  body?: BodyRecord;
}

export interface RemovedEntry {
  path: string;
  type: FileType;
  size: number;
  layerAdded: number;
  layerRemoved: number;
  reason: 'whiteout' | 'opaque' | 'overwritten' | 'replaced-dir';
  body?: BodyRecord;
}

export type ResolveResult =
  | { ok: true; path: string; entry: FsEntry; hops: number }
  | { ok: false; error: 'not-found' | 'loop' | 'not-dir'; path: string };

export interface IndexInfo {
  /** The selected image was reached through an index or Docker manifest list (other than the OCI layout's index.json wrapper) */
  isIndex: boolean;
  mediaType?: string;
  digest?: string;
  platformManifests: number;
  attestationManifests: number;
  platforms: string[];
  nested: boolean;
}

export interface ImageModel {
  source: string;
  format: ImageFormat;
  /** Compression of the whole archive (docker save | gzip) */
  outerCompression: Compression;
  /** Image names/refs found in the archive or layout (RepoTags, ref annotations) */
  refs: string[];
  selected: { ref?: string; manifestDigest?: string; platform?: Platform };
  index: IndexInfo;
  manifest?: Record<string, unknown>;
  manifestMediaType?: string;
  schemaVersion?: number;
  config: ImageConfig;
  configMediaType?: string;
  layers: LayerInfo[];
  files: Map<string, FsEntry>;
  removed: RemovedEntry[];
  bodies: BodyRecord[];
  /** Credentials found by content scanning (only when the reader was given `contentScan`). */
  secrets: ContentSecret[];
  /** Layers the content scanner read (the leading layers of an AWS base image are not). */
  scannedLayers: number[];
  largest: { path: string; size: number; layer: number }[];
  totals: { compressed: number; uncompressed: number; files: number; fileBytes: number; wasted: number };
  warnings: string[];
  resolve(path: string, followLast?: boolean): ResolveResult;
  /** Body of the final version of a file (follows symlinks and hardlinks) */
  body(path: string): BodyRecord | undefined;
}

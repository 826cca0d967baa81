/**
 * Every size, count and depth limit of the tool, in one place (README "Limits"). Past a limit an input gets
 * one line naming the limit and exit code 2; the other inputs of the run are still linted. The limits keep
 * any input within 512 MB of memory and any input under 100 MB within 20 s on a 2-core machine.
 */
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

export const LIMITS = {
  /** A Dockerfile (by path or on stdin). BuildKit itself refuses much less in practice. */
  maxDockerfileBytes: 4 * MiB,
  /** An image on stdin is streamed to a temporary file (never held in memory) up to this size. */
  maxStdinImageBytes: 64 * GiB,
  /** A configuration file (.lint-lambda-image.yaml). */
  maxConfigBytes: 1 * MiB,
  /** Keys of a configuration file, all mappings together. */
  maxConfigKeys: 10_000,
  /** Nesting of a configuration value, of an image's JSON documents. */
  maxNesting: 100,
  /** Instructions of one Dockerfile. */
  maxInstructions: 10_000,
  /** Stages of one Dockerfile. */
  maxStages: 1_000,
  /** Length of one line of shell script handed to the shell parser (longer scripts are not analysed). */
  maxScriptChars: 256 * KiB,
  /** Nesting of a shell script (`$(( … ))`, `${a:-${…}}`, subshells) the analysis descends into. */
  maxShellDepth: 200,
  /** A word quoted in a message longer than this is shortened (its head and length). */
  maxQuotedWord: 512,
  /** A docker-save manifest or OCI index/manifest document (JSON). */
  maxManifestBytes: 16 * MiB,
  /** An image config (JSON); 200 MB configs exist only as attacks. */
  maxConfigJsonBytes: 64 * MiB,
  /** Layers of one image (Docker's own limit is 127 for overlayfs, OCI allows more). */
  maxLayers: 1_000,
  /** Manifests in one OCI index or docker-save manifest. */
  maxManifests: 1_000,
  /** Entries of config.history. */
  maxHistory: 10_000,
  /** Length of one history entry's created_by that is analysed (longer ones are kept, not parsed). */
  maxCreatedByChars: 64 * KiB,
  /** Path components of one path in an image; symlink hops resolved per lookup. */
  maxPathComponents: 4_096,
  maxSymlinkHops: 40,
  /**
   * One layer's uncompressed size, and an outer `.gz` archive's: Lambda's own limit for a whole image is 10 GB
   * uncompressed (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html), so no Lambda image
   * has a bigger layer.
   */
  maxLayerBytes: 10 * GiB,
  maxArchiveBytes: 12 * GiB,
  /**
   * Inflate-ratio guard: a gzip or zstd stream that has produced more than `ratioMinBytes` and more than
   * `maxRatio` times its compressed bytes read so far is refused. Checked per chunk, as it streams.
   */
  maxRatio: 1000,
  ratioMinBytes: 256 * MiB,
  /** Largest zstd window a frame may ask for (zstd's own default maximum for decoders is 128 MiB: ZSTD_WINDOWLOG_LIMIT_DEFAULT 27). */
  maxZstdWindow: 128 * MiB,
  /** Entries of one layer. */
  maxLayerEntries: 5_000_000,
} as const;

export type Limits = typeof LIMITS;

/** `4 MiB`, `64 GiB`: a limit as people read it. */
export function formatLimit(bytes: number): string {
  if (bytes >= GiB && bytes % GiB === 0) return `${bytes / GiB} GiB`;
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}

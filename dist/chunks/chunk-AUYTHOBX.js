import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);

// src/core/limits.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var LIMITS = {
  /** A Dockerfile (by path or on stdin). BuildKit itself refuses much less in practice. */
  maxDockerfileBytes: 4 * MiB,
  /** A configuration file (.lint-lambda-image.yaml). */
  maxConfigBytes: 1 * MiB,
  /** Keys of a configuration file, all mappings together. */
  maxConfigKeys: 1e4,
  /** Nesting of a configuration value. */
  maxNesting: 100,
  /** A word quoted in a message longer than this is shortened (its head and length). */
  maxQuotedWord: 512,
  /** A JSON document of an image: docker-save manifest, OCI index or manifest, image config. */
  maxJsonBytes: 16 * MiB,
  /** Layers of one image (Docker builds at most 127; the OCI format sets no limit). */
  maxLayers: 1e3,
  /** Manifests in one OCI index or docker-save manifest. */
  maxManifests: 1e3,
  /** Entries of config.history. */
  maxHistory: 1e4,
  /** Length of one history entry's created_by: longer text is cut there (runs of blanks collapsed first). */
  maxCreatedByChars: 64 * KiB,
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
   * Real layers inflate 2-20x (code, shared objects, models: about 4x in bench/image.mjs's mix); deflate itself
   * cannot pass about 1030x (a 258-byte match costs at least 2 bits, RFC 1951 section 3.2.5). A cumulative 200x
   * over the first 256 MiB means the stream so far is at least 92 % runs of one byte even if the rest were 20x
   * text: a zero-filled file of more than 240 MiB at the head of a layer, which no function ships. A 900x bomb
   * (12 MB -> 10 GiB) is stopped after 256 MiB, in about a second, instead of at the 10 GiB cap.
   */
  maxRatio: 200,
  ratioMinBytes: 256 * MiB,
  /** Largest zstd window a frame may ask for (zstd's own default maximum for decoders is 128 MiB: ZSTD_WINDOWLOG_LIMIT_DEFAULT 27). */
  maxZstdWindow: 128 * MiB,
  /**
   * One member path or link target of a layer, in bytes: PATH_MAX on Linux (include/uapi/linux/limits.h), past
   * which open(2) and symlink(2) fail with ENAMETOOLONG; a longer member can be no file a function runs.
   */
  maxPathBytes: 4 * KiB,
  /** Entries of one layer. */
  maxLayerEntries: 5e6,
  /**
   * Commands read from one shell script (a RUN line, CMD or ENTRYPOINT in shell form, with its `sh -c` bodies):
   * past it the rest of the script is not analysed and LL001 says so. Each command read costs about 2 KB.
   */
  maxShellCommands: 1e4,
  /** Characters of one shell script parsed (a longer script is not analysed; LL001 says so). */
  maxShellScriptChars: 1 * MiB,
  /**
   * Variables copied into stages by `FROM <stage>`, all stages together. Each stage built on another copies its
   * ENV and ARG values, so a chain of n stages with one ENV each copies n² in all: 5,000 such stages took 4 GB. 250,000 is about 170 MB; real Dockerfiles copy a few hundred.
   */
  maxInheritedVariables: 25e4
};
var LimitError = class extends Error {
};
function formatLimit(bytes) {
  if (bytes >= GiB && bytes % GiB === 0) return `${bytes / GiB} GiB`;
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}

export {
  LIMITS,
  LimitError,
  formatLimit
};

/**
 * Platforms, manifest formats and size limits of Lambda container images (https://docs.aws.amazon.com/lambda/latest/dg/images-create.html, https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
 *
 * Sources:
 * - https://docs.aws.amazon.com/lambda/latest/dg/images-create.html (#images-reqs, #images-types): Linux only;
 *   one architecture, x86_64 or arm64; Docker image manifest V2 schema 2 and OCI image spec v1.0+; "a maximum
 *   uncompressed image size of 10 GB, including all layers"; "keep your image manifest size under 25,400 bytes".
 * - The deploy error for the size limit names GiB: `InvalidImage(SizeLimitExceeded: Uncompressed container image
 *   size exceeds 10 GiB limit)` (aws-samples/aws-genai-llm-chatbot#59, #38), and the ATC '23 paper says 10 GiB.
 * - Image indexes are rejected, also the single-platform ones BuildKit makes for provenance/SBOM attestations
 *   (aws/aws-lambda-roadmap#82, docker/buildx#1533, docker/build-push-action#755).
 * - zstd layers: no source says they are supported or rejected (UNVERIFIED): a warning at most.
 */

/** Operating system Lambda runs (OCI `os`). */
export const LAMBDA_OS = 'linux';

/** OCI architectures Lambda runs, with the names Lambda uses for them. */
export const LAMBDA_ARCHITECTURES: Record<string, 'x86_64' | 'arm64'> = { amd64: 'x86_64', arm64: 'arm64' };

/** Other spellings of the two architectures (Docker normalises these; uname -m prints them). */
const ARCH_ALIASES: Record<string, string> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', arm64v8: 'arm64' };

/** The OCI architecture name for an architecture as written (lower-cased, aliases resolved). */
export function normaliseArch(arch: string): string {
  const a = arch.trim().toLowerCase();
  return ARCH_ALIASES[a] ?? a;
}

export interface ParsedPlatform {
  os: string;
  architecture?: string;
  variant?: string;
}

/** Architectures containerd knows (GOARCH names, after normaliseArch): one of these alone is `<os>/<arch>`. */
const KNOWN_ARCHES = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

/**
 * Parses `os[/arch[/variant]]` as `--platform` takes it. A lone architecture (`--platform=arm64`) is the builder's
 * OS with it, Linux here, as containerd's platforms.Parse reads it (github.com/containerd/platforms, parse.go:
 * "If the specifier is a single component that is a known architecture, the OS defaults to the host's").
 */
export function parsePlatformString(s: string): ParsedPlatform | undefined {
  const parts = s.trim().toLowerCase().split('/');
  if (!parts[0]) return undefined;
  if (parts.length === 1 && KNOWN_ARCHES.has(normaliseArch(parts[0]))) return { os: LAMBDA_OS, architecture: normaliseArch(parts[0]) };
  return { os: parts[0], architecture: parts[1] ? normaliseArch(parts[1]) : undefined, variant: parts[2] };
}

/** True when Lambda runs images of this architecture (amd64 with any microarchitecture level, arm64 v8). */
export function archSupported(arch: string): boolean {
  return normaliseArch(arch) in LAMBDA_ARCHITECTURES;
}

/** "Uncompressed container image size exceeds 10 GiB limit": 10 x 1024^3 bytes. */
export const IMAGE_MAX_BYTES = 10 * 1024 ** 3;

/** "For optimal performance, keep your image manifest size under 25,400 bytes." */
export const MANIFEST_RECOMMENDED_MAX = 25_400;

/** Layer media types of zstd-compressed layers (OCI image spec, layer media types). */
export const ZSTD_LAYER_MEDIA_TYPE = /\+zstd$|zstd/;

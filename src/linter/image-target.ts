/** An image input: read it once, lint it, and describe it for the report. */
import type { Readable } from 'node:stream';
import type { Config } from '../engine/config.js';
import { lintImage, type ImageLintOptions } from '../engine/image-runner.js';
import type { Rule } from '../engine/rule-kit.js';
import { RULES } from '../../rules/registry.js';
import type { RuleError } from '../engine/runner.js';
import { estimateImage } from '../estimate/image.js';
import { imageFacts } from '../estimate/from-image.js';
import { isImageError } from '../image/errors.js';
import type { ImageModel } from '../image/types.js';
import type { TargetReport } from '../report/types.js';

export interface ImageTargetOptions {
  /** Name shown for the image (its path as given). */
  file: string;
  context?: string | null;
  image?: string;
  platform?: string;
  buildArgs: Record<string, string>;
  target?: string;
  config: Config;
  ignore: string[];
  now?: Date;
  rules: readonly Rule[];
  dockerfile?: { file: string; text: string };
  onProgress?: ImageLintOptions['onProgress'];
}

/**
 * One image, linted and described: findings, estimates and image facts, as the CLI and the Action report
 * them. Throws the reader's ImageError for an input that is not a readable image (see imageProblem).
 */
export async function lintImageTarget(source: string | Buffer | Readable, o: ImageTargetOptions): Promise<ImageTargetResult> {
  const result = await lintImage(source, {
    file: o.file,
    image: o.image,
    platform: o.platform,
    dockerfile: o.dockerfile,
    contextDir: o.context,
    buildArgs: o.buildArgs,
    target: o.target,
    config: o.config,
    ignore: o.ignore,
    now: o.now,
    rules: o.rules,
    registry: RULES,
    onProgress: o.onProgress,
  });
  let estimates: TargetReport['estimates'] = null;
  try {
    estimates = estimateImage(imageFacts(result.image));
  } catch {
    estimates = null;
  }
  return { target: { file: o.file, kind: 'image', findings: result.findings, ...(result.skipped.length ? { skipped: result.skipped } : {}), estimates, image: describeImage(result.image) }, ruleErrors: result.ruleErrors };
}

export interface ImageTargetResult {
  target: TargetReport;
  ruleErrors: RuleError[];
}

/** The one-line problem of an image that cannot be read (without the name in front), or undefined for other errors. */
export function imageProblem(e: unknown, name: string): string | undefined {
  return isImageError(e) ? stripName(e.message, name) : undefined;
}

/** The reader's messages start with the input's name; the report prints the name once, in front. */
function stripName(message: string, name: string): string {
  const rest = message.startsWith(name) ? message.slice(name.length).replace(/^:?\s+/, '') : message;
  // "layer 1 of 1 (sha256:…) in <name> is not a tar archive": the name is already in front.
  return rest.split(` in ${name} `).join(' ');
}

/** The facts of an image the report shows: sizes, layers, largest paths, wasted bytes. */
export function describeImage(image: ImageModel): Record<string, unknown> {
  const c = image.config;
  return {
    format: image.format,
    ref: image.selected.ref ?? null,
    platform: [c.os, c.architecture, c.variant].filter(Boolean).join('/'),
    index: image.index.isIndex ? { platforms: image.index.platforms, attestations: image.index.attestationManifests } : null,
    compressedBytes: image.totals.compressed,
    uncompressedBytes: image.totals.uncompressed,
    wastedBytes: image.totals.wasted,
    files: image.totals.files,
    layers: image.layers.map((l) => ({
      index: l.index,
      digest: l.digest ?? l.diffId ?? null,
      compression: l.compression,
      compressedBytes: l.compressedSize,
      uncompressedBytes: l.uncompressedSize,
      createdBy: l.createdBy ?? null,
    })),
    largest: image.largest.map((p) => ({ path: p.path, bytes: p.size, layer: p.layer })),
    warnings: image.warnings,
  };
}

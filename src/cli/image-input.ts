/** An image input on the command line: read it once, lint it, and describe it for the report. */
import { readFileSync } from 'node:fs';
import type { Config } from '../engine/config.js';
import { lintImage, type ImageLintOptions } from '../engine/image-runner.js';
import { estimateImage } from '../estimate/image.js';
import { imageFacts } from '../estimate/from-image.js';
import { isImageError } from '../image/errors.js';
import type { ImageModel } from '../image/types.js';
import type { TargetReport } from '../report/types.js';
import { InputProblem, type LoadedInput } from './inputs.js';
import type { CliIo } from './main.js';

export interface ImageInputOptions {
  dockerfilePath?: string;
  context?: string;
  image?: string;
  platform?: string;
  buildArgs: Record<string, string>;
  target?: string;
  config: Config;
  ignore: string[];
  now?: Date;
}

export async function lintImageInput(loaded: Exclude<LoadedInput, { kind: 'dockerfile' }>, o: ImageInputOptions, io: CliIo): Promise<TargetReport> {
  let dockerfile: { file: string; text: string } | undefined;
  if (o.dockerfilePath) {
    try {
      dockerfile = { file: o.dockerfilePath, text: readFileSync(o.dockerfilePath, 'utf8') };
    } catch (e) {
      throw new InputProblem(o.dockerfilePath, `cannot read the --dockerfile (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const progress = progressReporter(loaded.name, io);
  try {
    return await lintImageTarget(loaded.kind === 'image' ? loaded.path : loaded.data, { ...o, file: loaded.name, dockerfile, onProgress: progress.update });
  } catch (e) {
    if (isImageError(e)) throw new InputProblem(loaded.name, stripName(e.message, loaded.name));
    throw e;
  } finally {
    progress.done();
  }
}

export interface ImageTargetOptions extends Omit<ImageInputOptions, 'dockerfilePath'> {
  /** Name shown for the image (its path as given). */
  file: string;
  dockerfile?: { file: string; text: string };
  onProgress?: ImageLintOptions['onProgress'];
}

/**
 * One image, linted and described: findings, estimates and image facts, as the CLI and the Action report
 * them. Throws the reader's ImageError for an input that is not a readable image (see imageProblem).
 */
export async function lintImageTarget(source: string | Buffer, o: ImageTargetOptions): Promise<TargetReport> {
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
    onProgress: o.onProgress,
  });
  let estimates: TargetReport['estimates'] = null;
  try {
    estimates = estimateImage(imageFacts(result.image));
  } catch {
    estimates = null;
  }
  return { file: o.file, kind: 'image', findings: result.findings, estimates, image: describeImage(result.image) };
}

/** The one-line problem of an image that cannot be read (without the name in front), or undefined for other errors. */
export function imageProblem(e: unknown, name: string): string | undefined {
  return isImageError(e) ? stripName(e.message, name) : undefined;
}

/** The reader's messages start with the input's name; the CLI prints the name once, in front. */
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

/** A one-line progress indicator on a terminal's stderr, shown only when reading takes over a second. */
function progressReporter(name: string, io: CliIo): { update: (p: { layer: number; layers: number; uncompressed: number }) => void; done: () => void } {
  const enabled = io.stderrIsTTY === true && !io.env.CI;
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(p) {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\r\u001b[2K${name}: reading layer ${Math.min(p.layer + 1, p.layers)}/${p.layers}, ${(p.uncompressed / 1e6).toFixed(0)} MB inflated`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}

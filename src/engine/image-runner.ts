/**
 * Lints a built image: read once (the rules' body needs compiled into one matcher), then the rules run
 * with the image, and with either the Dockerfile it was built from (--dockerfile) or the Dockerfile
 * rebuilt from its history.
 */
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { parseDockerfile, type DockerfileModel, type Instruction } from '../dockerfile/model.js';
import { initShell } from '../dockerfile/shell.js';
import { historyDockerfile, historyLines } from '../image/history.js';
import { readImage, type ReadImageOptions } from '../image/index.js';
import type { BodyNeed } from '../image/needs.js';
import type { ImageModel } from '../image/types.js';
import { awsBaseLayerCount } from '../knowledge/base-images.js';
import { ContentScanner, contentScanPolicy } from '../knowledge/secret-scan.js';
import type { Rule } from './rule-kit.js';
import { lazyContext, ruleFinder, runRules, type LintOptions, type RuleError, type RuleSkip } from './runner.js';
import type { Finding } from '../core/types.js';

export interface ImageLintOptions extends LintOptions {
  /** Pick one image of several in an archive: name:tag. */
  image?: string;
  /** Pick a platform from an index: linux/arm64. */
  platform?: string;
  /** The Dockerfile the image was built from, for line numbers and Dockerfile evidence. */
  dockerfile?: { file: string; text: string };
  onProgress?: ReadImageOptions['onProgress'];
}

export interface ImageLintResult {
  file: string;
  kind: 'image';
  findings: Finding[];
  /** Rules that failed on this input (see runRules). */
  ruleErrors: RuleError[];
  /** Rules that did not judge this input (see runRules). */
  skipped: RuleSkip[];
  image: ImageModel;
  /** The Dockerfile model the rules saw (the given Dockerfile, or the one rebuilt from history). */
  model: DockerfileModel;
}

/** Every body the enabled rules asked for, compiled by the reader into one matcher. */
export function bodyNeeds(rules: readonly Rule[]): BodyNeed[] {
  return rules.flatMap((r) => r.needs.image?.bodies ?? []);
}

/**
 * Content scanning when an enabled rule asks for it: every text file of the image's own layers (an AWS base
 * image's layers are AWS's; every layer of any other base is the owner's), allow rules by path first.
 */
export function contentScan(rules: readonly Rule[]): ReadImageOptions['contentScan'] {
  if (!rules.some((r) => r.needs.image?.secrets)) return undefined;
  return {
    skipLayers: awsBaseLayerCount,
    open: (path, size) => (contentScanPolicy(path, size) === 'scan' ? new ContentScanner(size) : undefined),
  };
}

export async function lintImage(source: string | Buffer | Readable, options: ImageLintOptions): Promise<ImageLintResult> {
  await initShell();
  const file = options.file ?? (typeof source === 'string' ? source : '<stdin>');
  const rules = options.rules;
  const findRule = ruleFinder(options.registry ?? rules);
  // What the reader does is decided by the rules that can run: a rule turned off (config `rules: X: off`,
  // `ignore`, --ignore) costs no body and no content scan.
  const off = new Set<string>();
  for (const id of [...(options.config?.ignore ?? []), ...(options.ignore ?? [])]) off.add(findRule(id)?.code ?? id);
  for (const [id, sev] of Object.entries(options.config?.rules ?? {})) if (sev === 'off') off.add(findRule(id)?.code ?? id);
  const reading = rules.filter((r) => !off.has(r.code));
  const image = await readImage(source, {
    image: options.image,
    platform: options.platform,
    needs: bodyNeeds(reading),
    contentScan: contentScan(reading),
    displayName: file,
    onProgress: options.onProgress,
  });
  const buildArgs = { ...(options.config?.['build-args'] ?? {}), ...(options.buildArgs ?? {}) };
  if (options.dockerfile) {
    const df = parseDockerfile(options.dockerfile.text, { file: options.dockerfile.file, buildArgs, target: options.target });
    const contextDir = options.contextDir === undefined ? dirname(options.dockerfile.file) : options.contextDir;
    const { findings, ruleErrors, skipped } = runRules({
      df,
      mode: 'image',
      file: options.dockerfile.file,
      getContext: lazyContext(contextDir ?? undefined, options.dockerfile.file),
      options: { ...options, buildArgs },
      image,
      imageFile: file,
      instructionOfLayer: layerMapper(df, image),
    });
    return { file, kind: 'image', findings, ruleErrors, skipped, image, model: df };
  }
  const lines = historyLines(image.config.history);
  const df = parseDockerfile(historyDockerfile(lines), { file, buildArgs });
  // Instruction k of the rebuilt Dockerfile (after FROM scratch) is history line k.
  const origin = new Map<Instruction, (typeof lines)[number]>();
  df.instructions.slice(1).forEach((ins, k) => {
    if (lines[k]) origin.set(ins, lines[k]);
  });
  const { findings, ruleErrors, skipped } = runRules({
    df,
    mode: 'history',
    file,
    getContext: () => undefined,
    options: { ...options, buildArgs },
    image,
    imageFile: file,
    historyOf: (ins) => origin.get(ins),
  });
  return { file, kind: 'image', findings, ruleErrors, skipped, image, model: df };
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/**
 * Maps an image layer to the Dockerfile instruction that made it: the target stage's last N layer-making
 * instructions (RUN, COPY, ADD; FROM <stage> lineage included) are the image's last N layers, the base
 * image's layers come before them. Only when the counts are consistent.
 */
export function layerMapper(df: DockerfileModel, image: ImageModel): (layer: number) => Instruction | undefined {
  const target = df.target;
  if (!target) return () => undefined;
  const lineage: Instruction[][] = [];
  for (let s: typeof target | undefined = target; s; s = s.base.stage) lineage.unshift(s.instructions);
  const makers = lineage.flat().filter((i) => LAYER_KEYWORDS.has(i.keyword));
  const total = image.layers.length;
  if (makers.length > total) return () => undefined;
  const first = total - makers.length;
  return (layer) => (layer >= first ? makers[layer - first] : undefined);
}

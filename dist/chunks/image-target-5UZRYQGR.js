import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  isImageError,
  lintImage
} from "./chunk-IAVS5JHN.js";
import {
  RULES,
  estimateImage,
  imageFacts
} from "./chunk-435VUIJB.js";
import "./chunk-OOC7D3CD.js";
import "./chunk-VXECP6A4.js";
import "./chunk-GE4CN7KY.js";
import "./chunk-WXDG642Z.js";
import "./chunk-AUYTHOBX.js";
import "./chunk-7KY5IGMZ.js";

// src/linter/image-target.ts
async function lintImageTarget(source, o) {
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
    onProgress: o.onProgress
  });
  let estimates = null;
  try {
    estimates = estimateImage(imageFacts(result.image));
  } catch {
    estimates = null;
  }
  return { target: { file: o.file, kind: "image", findings: result.findings, ...result.skipped.length ? { skipped: result.skipped } : {}, estimates, image: describeImage(result.image) }, ruleErrors: result.ruleErrors };
}
function imageProblem(e, name) {
  return isImageError(e) ? stripName(e.message, name) : void 0;
}
function stripName(message, name) {
  const rest = message.startsWith(name) ? message.slice(name.length).replace(/^:?\s+/, "") : message;
  return rest.split(` in ${name} `).join(" ");
}
function describeImage(image) {
  const c = image.config;
  return {
    format: image.format,
    ref: image.selected.ref ?? null,
    platform: [c.os, c.architecture, c.variant].filter(Boolean).join("/"),
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
      createdBy: l.createdBy ?? null
    })),
    largest: image.largest.map((p) => ({ path: p.path, bytes: p.size, layer: p.layer })),
    warnings: image.warnings
  };
}
export {
  describeImage,
  imageProblem,
  lintImageTarget
};

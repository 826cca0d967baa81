/** Estimates for a built image: sizes are exact; the cold-start model is the same heuristic. */
import { redactText } from '../core/redact.js';
import type { StartFamily } from '../knowledge/cold-start.js';
import { packageByKey, packageByName } from '../knowledge/sizes.js';
import { coldStartInputOf, estimateColdStart } from './cold-start.js';
import type { Estimates, SizeEstimate } from './types.js';

export interface ImageLayerFact {
  digest: string;
  /** Uncompressed bytes of the layer. */
  size: number;
  /** History `created_by`, when known. */
  createdBy?: string;
}

export interface ImageFacts {
  uncompressedBytes: number;
  compressedBytes: number;
  layers: ImageLayerFact[];
  /** Bytes of the layers shared with a known AWS base image (Lambda pre-caches them), when known. */
  baseLayerBytes?: number;
  /** The AWS base image those layers belong to, e.g. public.ecr.aws/lambda/python:3.12. */
  baseImage?: string;
  /** python | nodejs | java | dotnet | ruby | provided | go | native. */
  runtimeFamily?: string;
  /** Heavy packages found in site-packages / node_modules (names or keys of src/knowledge/sizes.ts). */
  packages?: string[];
}

function family(f: string | undefined): StartFamily {
  switch (f) {
    case 'python':
    case 'nodejs':
    case 'java':
    case 'dotnet':
    case 'ruby':
    case 'native':
      return f;
    case 'node':
      return 'nodejs';
    case 'provided':
    case 'go':
    case 'rust':
      return 'native';
    default:
      return 'unknown';
  }
}

function packageKey(name: string): string | undefined {
  if (name === 'torch-cpu' || name === 'torch') return name;
  return (packageByKey(name) ?? packageByName('pip', name) ?? packageByName('npm', name))?.key;
}

export function estimateImageSize(facts: ImageFacts): SizeEstimate {
  const base = Math.min(facts.baseLayerBytes ?? 0, facts.uncompressedBytes);
  const own = facts.uncompressedBytes - base;
  const runtime = family(facts.runtimeFamily);
  const packages = [...new Set((facts.packages ?? []).map(packageKey).filter((k): k is string => !!k))].filter((k) => packageByKey(k)?.ecosystem !== 'os');
  const contributions = facts.layers.map((l, i) => {
    const inBase = facts.baseLayerBytes !== undefined && i < countBaseLayers(facts);
    return { kind: 'layer' as const, what: `layer ${i + 1}${l.createdBy ? `: ${redactText(l.createdBy.replace(/\s+/g, ' ')).slice(0, 100)}` : ''} (${l.digest.slice(0, 19)})`, low: l.size, high: l.size, source: 'image', ...(inBase ? { base: true } : {}) };
  });
  return {
    low: facts.uncompressedBytes,
    high: facts.uncompressedBytes,
    baseShare: { low: base, high: base },
    ownBytes: { low: own, high: own },
    contributions,
    unknown: [],
    exact: true,
    compressed: facts.compressedBytes,
    base: base > 0 ? { image: facts.baseImage ?? 'AWS base image', aws: true } : facts.baseImage ? { image: facts.baseImage, aws: false } : undefined,
    runtime,
    packages,
    otherPackages: 0,
  };
}

/** The leading layers whose sizes add up to baseLayerBytes (the AWS base comes first). */
function countBaseLayers(facts: ImageFacts): number {
  let n = 0;
  let sum = 0;
  for (const l of facts.layers) {
    if (sum >= (facts.baseLayerBytes ?? 0)) break;
    sum += l.size;
    n++;
  }
  return n;
}

export function estimateImage(facts: ImageFacts): Estimates {
  const size = estimateImageSize(facts);
  const input = coldStartInputOf(size);
  input.awsBase = (facts.baseLayerBytes ?? 0) > 0;
  return { size, coldStart: estimateColdStart(input) };
}

/**
 * Every parameter of the cold-start model (src/estimate/cold-start.ts), in one place, each with its source.
 *
 * The model (a HEURISTIC; sources: Brooker et al., "On-demand Container Loading in AWS Lambda", USENIX ATC '23, and https://aws.amazon.com/blogs/compute/optimizing-lambda-functions-packaged-as-container-images/):
 *   p50 = runtime start-up(family).p50 + ownMB x perOwnMB.p50 + sum(import cost of known heavy packages).p50
 *   p99 = the same with the p99 parameters.
 * Each parameter is a range [low, high]; the estimate's range is the sum of lows to the sum of highs and its
 * point estimate is the centre.
 *
 * What is known (primary sources): AWS base image layers are proactively cached by Lambda (AWS Compute Blog,
 * "Optimizing Lambda functions packaged as container images", 2021); images are flattened into 512 KiB chunks,
 * deduplicated and loaded lazily, and on average only ~6.5% of an image's data is read (Brooker et al., USENIX
 * ATC '23, "On-demand Container Loading in AWS Lambda"; secondary summary). So the cost grows with the unique
 * bytes read at init, not with nominal size: the per-MB term is small and applies only to bytes that are not
 * in an AWS base image.
 *
 * What is NOT known: every millisecond figure below. They are 'heuristic', fitted so that the model reproduces
 * the reference article's illustrative figures (illustrative and unverified: no AWS page or public benchmark gives them) within 25%:
 *   Python 3.12 base ~580 MB 300/800 ms; + numpy, pandas ~1.2 GB 600/1500; + PyTorch ~3 GB 1200/3000;
 *   Node.js 20 base ~490 MB 250/700; + dependencies ~800 MB 450/1200; Java 21 base 3000/8000;
 *   .NET 8 base 400/1000; Go on a minimal custom image ~50 MB 80/200.
 * test/estimate/cold-start.test.ts checks that fit. Change a number here, run that test.
 */

export type Ms = [low: number, high: number];

export interface Param {
  p50: Ms;
  p99: Ms;
  source: string;
}

export type StartFamily = 'python' | 'nodejs' | 'java' | 'dotnet' | 'ruby' | 'native' | 'unknown';

const FIT = 'heuristic: fitted to the reference article figures (illustrative and unverified: no AWS page or public benchmark gives them)';

/** Runtime start-up (the runtime process and its client up to the first handler call), by family. */
export const RUNTIME_START: Record<StartFamily, Param & { label: string }> = {
  python: { label: 'Python runtime start-up', p50: [200, 400], p99: [550, 1050], source: `${FIT}: Python 3.12 AWS base 300/800 ms` },
  nodejs: { label: 'Node.js runtime start-up', p50: [170, 320], p99: [480, 900], source: `${FIT}: Node.js 20 AWS base 250/700 ms` },
  java: { label: 'JVM start-up and class loading', p50: [2000, 4000], p99: [6000, 10000], source: `${FIT}: Java 21 AWS base 3/8 s` },
  dotnet: { label: '.NET runtime (CLR) start-up and JIT', p50: [280, 480], p99: [700, 1200], source: `${FIT}: .NET 8 AWS base 400 ms/1 s` },
  ruby: { label: 'Ruby runtime start-up', p50: [220, 450], p99: [600, 1200], source: 'heuristic: no reference figure; assumed close to Python' },
  native: { label: 'native binary start-up (Go/Rust, custom runtime)', p50: [50, 100], p99: [120, 240], source: `${FIT}: Go on a minimal custom image 80/200 ms` },
  unknown: { label: 'runtime start-up (runtime not recognised)', p50: [100, 800], p99: [300, 2000], source: 'heuristic: wide range because the runtime is not known' },
};

/**
 * Per MB (1e6 bytes) of the image's own bytes (everything not in an AWS base image): chunk fetch of the part
 * read at init (~6.5% on average, ATC '23) from the worker or AZ cache. p99 covers cache misses.
 */
export const PER_OWN_MB: Param = {
  p50: [0.08, 0.16],
  p99: [0.2, 0.4],
  source: 'heuristic: ~6.5% of bytes read at init (Brooker et al., ATC \'23) at cache throughput; fitted with the references',
};

/** Import / require cost of known heavy packages at init (beyond fetching their bytes), keyed like src/knowledge/sizes.ts. */
export const IMPORT_COST: Record<string, Param & { label: string }> = {
  numpy: { label: 'import numpy', p50: [50, 90], p99: [120, 210], source: FIT },
  pandas: { label: 'import pandas', p50: [170, 270], p99: [380, 620], source: FIT },
  scipy: { label: 'import scipy', p50: [80, 160], p99: [200, 400], source: 'heuristic' },
  'scikit-learn': { label: 'import sklearn', p50: [100, 200], p99: [250, 500], source: 'heuristic' },
  pyarrow: { label: 'import pyarrow', p50: [60, 140], p99: [150, 350], source: 'heuristic' },
  polars: { label: 'import polars', p50: [40, 100], p99: [100, 250], source: 'heuristic' },
  'torch-cpu': { label: 'import torch', p50: [320, 540], p99: [850, 1250], source: FIT },
  torch: { label: 'import torch (CUDA build)', p50: [400, 700], p99: [1000, 1600], source: 'heuristic: the CPU figure plus loading CUDA libraries' },
  tensorflow: { label: 'import tensorflow', p50: [800, 1600], p99: [2000, 4000], source: 'heuristic' },
  transformers: { label: 'import transformers', p50: [100, 200], p99: [250, 450], source: FIT },
  opencv: { label: 'import cv2', p50: [60, 140], p99: [150, 350], source: 'heuristic' },
  matplotlib: { label: 'import matplotlib', p50: [150, 300], p99: [400, 800], source: 'heuristic' },
  numba: { label: 'import numba', p50: [200, 400], p99: [500, 1000], source: 'heuristic' },
  spacy: { label: 'import spacy', p50: [200, 500], p99: [500, 1200], source: 'heuristic' },
  onnxruntime: { label: 'import onnxruntime', p50: [60, 150], p99: [150, 400], source: 'heuristic' },
  langchain: { label: 'import langchain', p50: [150, 400], p99: [400, 1000], source: 'heuristic' },
  'aws-sdk': { label: "require('aws-sdk') (v2)", p50: [50, 110], p99: [140, 260], source: FIT },
  sharp: { label: "require('sharp')", p50: [20, 50], p99: [50, 120], source: FIT },
  'prisma-client': { label: "require('@prisma/client')", p50: [30, 70], p99: [80, 170], source: FIT },
  'puppeteer-core': { label: "require('puppeteer-core')", p50: [15, 35], p99: [40, 90], source: FIT },
  puppeteer: { label: "require('puppeteer')", p50: [15, 35], p99: [40, 90], source: 'heuristic' },
  'sparticuz-chromium': { label: "require('@sparticuz/chromium')", p50: [5, 15], p99: [10, 40], source: FIT },
  'tfjs-node': { label: "require('@tensorflow/tfjs-node')", p50: [300, 700], p99: [800, 1800], source: 'heuristic' },
  'onnxruntime-node': { label: "require('onnxruntime-node')", p50: [60, 150], p99: [150, 400], source: 'heuristic' },
};

/** Import cost of a package the tables do not know (each top-level dependency). */
export const GENERIC_IMPORT: Param = { p50: [1, 4], p99: [3, 10], source: `${FIT}: Node.js with dependencies` };

/** Cap on how many generic packages are charged an import cost (a long pip freeze is mostly transitive). */
export const GENERIC_IMPORT_CAP = 40;

/**
 * arm64 (Graviton2) is priced ~20% lower per GB-second than x86_64 (https://aws.amazon.com/lambda/pricing/:
 * $0.0000133334 vs $0.0000166667 per GB-s in us-east-1). It lowers cost; it is not a cold-start lever here.
 */
export const ARM64_PRICE_CUT = 0.2;
export const ARM64_SOURCE = 'https://aws.amazon.com/lambda/pricing/';

/**
 * Lambda SnapStart and container images, from "Implementing SnapStart hooks for container images"
 * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-custom.html): the AWS base images for
 * Java 11+, Python 3.12+ and .NET 8+ coordinate the snapshot lifecycle themselves; any other base (your own,
 * a runtime interface client, provided.al2023, Node.js, Ruby) must implement the Runtime API's /restore/next or
 * carry `LABEL com.amazonaws.lambda.feature.snapstart="Allow"`, else publishing a version fails. SnapStart works
 * on published versions only, not $LATEST (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
 */
export const SNAPSTART_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-custom.html';
export const SNAPSTART_NOTE_AWS_BASE =
  `Lambda SnapStart works with this AWS base image (Java 11+): enable it on a published version and restores replace most of the JVM start-up (${SNAPSTART_DOCS}).`;
export const SNAPSTART_NOTE_OTHER_BASE =
  `Lambda SnapStart works with container images, but on a base other than the AWS Java 11+ images the image must implement the Runtime API's /restore/next or carry LABEL com.amazonaws.lambda.feature.snapstart="Allow", else publishing a version fails (${SNAPSTART_DOCS}).`;

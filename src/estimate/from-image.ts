/** The facts the estimator needs, read off an image model (no second pass: the merged file index). */
import type { ImageModel } from '../image/types.js';
import type { ImageFacts } from './image.js';

/** The AWS base images end with this ENTRYPOINT (aws/aws-lambda-base-images Dockerfiles). */
const AWS_BASE_ENTRYPOINT = /ENTRYPOINT \[?"?\/lambda-entrypoint\.sh/;

const RUNTIME_MARKERS: [RegExp, string][] = [
  [/^\/var\/lang\/bin\/python3/, 'python'],
  [/^\/var\/lang\/bin\/node$/, 'nodejs'],
  [/^\/var\/lang\/bin\/java$/, 'java'],
  [/^\/var\/lang\/bin\/dotnet$/, 'dotnet'],
  [/^\/var\/lang\/bin\/ruby$/, 'ruby'],
  [/\/site-packages\/awslambdaric\//, 'python'],
  [/\/node_modules\/aws-lambda-ric\//, 'nodejs'],
  [/\/gems\/aws_lambda_ric-/, 'ruby'],
  [/Amazon\.Lambda\.RuntimeSupport\.dll$/, 'dotnet'],
  [/aws-lambda-java-runtime-interface-client.*\.jar$/, 'java'],
];

export function imageFacts(image: ImageModel): ImageFacts {
  const layers = image.layers.map((l) => ({ digest: l.digest ?? l.diffId ?? `layer-${l.index}`, size: l.uncompressedSize, createdBy: l.createdBy }));
  // Layers made before the history entry that sets the AWS base ENTRYPOINT belong to the base image.
  let baseLayerBytes: number | undefined;
  let produced = 0;
  for (const h of image.config.history) {
    if (AWS_BASE_ENTRYPOINT.test(h.created_by ?? '')) {
      baseLayerBytes = image.layers.slice(0, produced).reduce((n, l) => n + l.uncompressedSize, 0);
      break;
    }
    if (!h.empty_layer) produced++;
  }
  let runtimeFamily: string | undefined;
  const packages = new Set<string>();
  for (const path of image.files.keys()) {
    if (!runtimeFamily) for (const [re, fam] of RUNTIME_MARKERS) if (re.test(path)) runtimeFamily = fam;
    const pkg = /\/(?:site|dist)-packages\/([A-Za-z0-9_.-]+)\/__init__\.py$/.exec(path) ?? /\/node_modules\/((?:@[^/]+\/)?[^/@]+)\/package\.json$/.exec(path);
    if (pkg) packages.add(pkg[1].toLowerCase());
  }
  if (!runtimeFamily && image.files.has('/var/runtime/bootstrap')) runtimeFamily = 'provided';
  return {
    uncompressedBytes: image.totals.uncompressed,
    compressedBytes: image.totals.compressed,
    layers,
    baseLayerBytes,
    runtimeFamily,
    packages: [...packages],
  };
}

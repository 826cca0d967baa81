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

/** libtorch_cuda.so or an nvidia-* wheel (site-packages/nvidia/...) means the CUDA build of torch. */
const CUDA_MARKER = /\/torch\/lib\/libtorch_cuda\.so$|\/(?:site|dist)-packages\/nvidia\//;

const INTERPRETERS: [RegExp, string][] = [
  [/^python[0-9.]*$/, 'python'],
  [/^node(js)?$/, 'nodejs'],
  [/^java$/, 'java'],
  [/^dotnet$/, 'dotnet'],
  [/^ruby[0-9.]*$/, 'ruby'],
];
const SHELLS = /^(sh|bash|dash|ash|zsh|busybox|tini|dumb-init|env)$/;

/**
 * The runtime of an image no marker file identifies (custom bases): the first word of ENTRYPOINT/CMD when it is an
 * interpreter; a native binary when it is a file named bootstrap, an ELF file (when its body was read) or an
 * executable without a script extension.
 */
function familyOfCommand(image: ImageModel): string | undefined {
  const words = [...(image.config.Entrypoint ?? []), ...(image.config.Cmd ?? [])];
  let i = 0;
  while (i < words.length && /^(\/usr)?\/bin\/env$|^env$|^(\/sbin\/|\/usr\/bin\/)?(tini|dumb-init)$|^--$/.test(words[i])) i++;
  const cmd = words[i];
  if (!cmd) return undefined;
  const name = cmd.slice(cmd.lastIndexOf('/') + 1);
  for (const [re, fam] of INTERPRETERS) if (re.test(name)) return fam;
  if (SHELLS.test(name) || /\.(sh|py|js|mjs|cjs|rb|pl|jar|dll)$/.test(name)) return undefined;
  const res = image.resolve(cmd.startsWith('/') ? cmd : `${image.config.WorkingDir ?? '/'}/${cmd}`);
  if (!res.ok || res.entry.type !== 'file') return undefined;
  const body = image.body(res.path)?.data;
  if (body && body.length >= 4) return body.subarray(0, 4).toString('latin1') === '\x7fELF' ? 'native' : undefined;
  return name === 'bootstrap' || (res.entry.mode & 0o111) !== 0 ? 'native' : undefined;
}

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
  // `pip install --target ${LAMBDA_TASK_ROOT}` (the AWS docs' pattern) puts packages straight in the task root.
  const taskRoot = (image.config.Env ?? []).find((e) => e.startsWith('LAMBDA_TASK_ROOT='))?.slice(17).replace(/\/+$/, '') || '/var/task';
  const inTaskRoot = new RegExp(`^${taskRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([A-Za-z0-9_.-]+)/__init__\\.py$`);
  let torchCuda = false;
  for (const path of image.files.keys()) {
    if (!runtimeFamily) for (const [re, fam] of RUNTIME_MARKERS) if (re.test(path)) runtimeFamily = fam;
    const pkg = /\/(?:site|dist)-packages\/([A-Za-z0-9_.-]+)\/__init__\.py$/.exec(path) ?? inTaskRoot.exec(path) ?? /\/node_modules\/((?:@[^/]+\/)?[^/@]+)\/package\.json$/.exec(path);
    if (pkg) packages.add(pkg[1].toLowerCase());
    if (CUDA_MARKER.test(path)) torchCuda = true;
  }
  // The CPU-only torch wheel has no libtorch_cuda.so and pulls no nvidia-* packages (download.pytorch.org/whl/cpu).
  if (packages.has('torch') && !torchCuda) {
    packages.delete('torch');
    packages.add('torch-cpu');
  }
  if (!runtimeFamily && image.files.has('/var/runtime/bootstrap')) runtimeFamily = 'provided';
  runtimeFamily ??= familyOfCommand(image);
  return {
    uncompressedBytes: image.totals.uncompressed,
    compressedBytes: image.totals.compressed,
    layers,
    baseLayerBytes,
    runtimeFamily,
    packages: [...packages],
  };
}

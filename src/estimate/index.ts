/** Size and cold-start estimates (issue 5). Everything here is labelled a heuristic where it is one. */
import type { BuildContext } from '../dockerfile/context.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import { coldStartInputOf, estimateColdStart } from './cold-start.js';
import { estimateDockerfile } from './size.js';
import type { Estimates, ReportEstimates } from './types.js';
import { memoOn } from '../core/memo.js';

export type { ColdStartDriver, ColdStartEstimate, Estimates, ReportEstimates, Range, SizeContribution, SizeEstimate } from './types.js';
export { estimateDockerfile, runtimeFamily } from './size.js';
export { estimateColdStart, coldStartInputOf, formatMB, type ColdStartInput } from './cold-start.js';
export { estimateImage, estimateImageSize, type ImageFacts, type ImageLayerFact } from './image.js';
export { formatEstimateBlock, estimateMarkdown } from './format.js';
export { ESTIMATES_SCHEMA } from './schema.js';

const ESTIMATES = Symbol('estimates');

/** Size and cold-start estimates of the target of a Dockerfile (computed once per model: LL303 and the report share it). */
export function estimatesForDockerfile(model: DockerfileModel, context: BuildContext | undefined): Estimates {
  return memoOn(model, ESTIMATES, () => {
    const size = estimateDockerfile(model, context);
    return { size, coldStart: estimateColdStart(coldStartInputOf(size)) };
  });
}

/**
 * The estimates a report shows for a Dockerfile: a Lambda cold start only for an input judged to be a Lambda
 * image; for one that is not (an nginx site, LL100), the size alone and why there is no cold start.
 */
export function reportEstimates(e: Estimates, lambda: boolean, forced: boolean | undefined): ReportEstimates {
  if (lambda) return e;
  const reason = forced === false ? 'not a Lambda image (lambda: false)' : 'the file shows no sign of being a Lambda image (LL100); pass --lambda or set `lambda: true` to estimate it as one';
  return { size: e.size, coldStart: null, coldStartReason: reason };
}

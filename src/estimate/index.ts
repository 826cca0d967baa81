/** Size and cold-start estimates (issue 5). Everything here is labelled a heuristic where it is one. */
import type { BuildContext } from '../dockerfile/context.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import { coldStartInputOf, estimateColdStart } from './cold-start.js';
import { estimateDockerfile } from './size.js';
import type { Estimates } from './types.js';
import { memoOn } from '../core/memo.js';

export type { ColdStartDriver, ColdStartEstimate, Estimates, Range, SizeContribution, SizeEstimate } from './types.js';
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

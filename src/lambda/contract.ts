/**
 * The Lambda runtime contract of one input: the Dockerfile evidence (what the target stage installs, copies and
 * launches) and, when a built image is linted, the image evidence (Entrypoint + Cmd, the runtime client in the
 * filesystem, the handler and its module, the working directory). Both sides classify launches with the same
 * classifier (./launch.ts). Each side is computed on first use; rules read it as the `lambda` fact and decide
 * what is an error.
 */
import type { BuildContext } from '../dockerfile/context.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import type { ImageModel } from '../image/types.js';
import type { HandlerFamily } from '../knowledge/ric.js';
import { analyzeDockerfile, type DockerfileContract } from './dockerfile-contract.js';
import { imageContract, type ImageContract } from './image-contract.js';
import { commonJsInEsm, functionDefined, type FunctionVerdict } from './image-handler.js';

export type { DockerfileContract, ImageFile, RicEvidence } from './dockerfile-contract.js';
export type { ImageContract, RicFound } from './image-contract.js';
export type { Launch, LaunchKind } from './launch.js';
export type { FunctionVerdict, ModuleLookup } from './image-handler.js';

export class LambdaContract {
  private dockerfileSide?: { value: DockerfileContract | undefined };
  private imageSide?: ImageContract;

  constructor(
    private readonly df: DockerfileModel,
    private readonly img: ImageModel | undefined,
    private readonly getContext: () => BuildContext | undefined,
  ) {}

  /** The Dockerfile evidence of the target stage; undefined when the file has no FROM. */
  get dockerfile(): DockerfileContract | undefined {
    return (this.dockerfileSide ??= { value: analyzeDockerfile(this.df, this.getContext()) }).value;
  }

  /** The image evidence; undefined when no image is linted. */
  get image(): ImageContract | undefined {
    return this.img ? (this.imageSide ??= imageContract(this.img)) : undefined;
  }

  /** Does this module source visibly define the handler's function? (`defined` undefined: cannot tell.) */
  functionDefined(family: HandlerFamily, handler: string, text: string, truncated: boolean): FunctionVerdict {
    return functionDefined(family, handler, text, truncated);
  }

  /** Does this ES module (as Node.js loads it) export the CommonJS way, which throws when it loads? */
  commonJsInEsm(text: string): boolean {
    return commonJsInEsm(text);
  }
}

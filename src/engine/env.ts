/**
 * The effective environment (facts.env): the variables a stage's process starts with. From the Dockerfile, a
 * stage inherits the environment of the stage it is built FROM (or the documented config of an AWS base image)
 * and each ENV sets a value, expanded against the ARG and ENV values in effect before that instruction (Docker
 * substitutes all pairs of one ENV against the values from before it). When the input has the built image, the
 * image config's Env is the target's environment: it holds what the base image and the build really set.
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import { expand } from '../dockerfile/vars.js';
import type { ImageModel } from '../image/types.js';
import { AWS_BASE_CONFIG } from '../knowledge/base-images.js';

/** One variable of the environment in effect. */
export interface EnvVar {
  name: string;
  /** The value, expanded; a variable without a known value stays written as `${NAME}` (see `unresolved`). */
  value: string;
  /** Variables the value refers to whose values are unknown (an ARG without a default): the value is then unknown. */
  unresolved: readonly string[];
  /** The ENV instruction that set it (for the image's Env: the Dockerfile's ENV of that name, when there is one). */
  from?: Instruction;
  /** dockerfile: an ENV of the Dockerfile (or of the history); base-image: an AWS base image's documented config; image: the image config's Env. */
  source: 'dockerfile' | 'base-image' | 'image';
}

/** The environment of a stage, by variable name. */
export interface StageEnv extends ReadonlyMap<string, EnvVar> {
  /**
   * True when every variable is known: read from the built image, or built from scratch. False when the base
   * image sets variables the Dockerfile does not show (python:3.12 sets PATH and LANG; an AWS base more than its
   * documented LAMBDA_TASK_ROOT, LAMBDA_RUNTIME_DIR, LANG and TZ): a name missing here may still be set.
   */
  readonly complete: boolean;
}

class EnvMap extends Map<string, EnvVar> implements StageEnv {
  constructor(readonly complete: boolean) {
    super();
  }
}

/** The environment at the end of `stage`, from the Dockerfile alone. No recursion: a chain of stages is walked in a loop. */
export function dockerfileEnv(df: DockerfileModel, stage: Stage): StageEnv {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s: Stage | undefined = stage; s && !seen.has(s); s = s.base.stage) {
    seen.add(s);
    chain.push(s);
  }
  const root = chain[chain.length - 1];
  const env = new EnvMap(root.base.scratch);
  if (root.base.kind.kind === 'aws') {
    for (const [name, value] of Object.entries(AWS_BASE_CONFIG.env)) env.set(name, { name, value, unresolved: [], source: 'base-image' });
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const ins of chain[i].instructions) {
      if (ins.keyword !== 'ENV') continue;
      for (const p of ins.properties) {
        const e = expand(p.value ?? '', ins.scope, df.escape);
        env.set(p.name, { name: p.name, value: e.value, unresolved: e.unresolved, from: ins, source: 'dockerfile' });
      }
    }
  }
  return env;
}

/**
 * The built image's environment (config Env, `NAME=value` strings). A variable the Dockerfile's target sets is
 * tied to its ENV instruction when the values agree (or the Dockerfile's value was unknown).
 */
export function imageEnv(image: ImageModel, dockerfile: StageEnv | undefined): StageEnv {
  const env = new EnvMap(true);
  for (const kv of image.config.Env ?? []) {
    const eq = kv.indexOf('=');
    const name = eq === -1 ? kv : kv.slice(0, eq);
    const value = eq === -1 ? '' : kv.slice(eq + 1);
    if (!name) continue;
    const written = dockerfile?.get(name);
    const from = written?.from && (written.unresolved.length > 0 || written.value === value) ? written.from : undefined;
    env.set(name, { name, value, unresolved: [], ...(from ? { from } : {}), source: 'image' });
  }
  return env;
}

/**
 * The facts of one input, computed on first use and shared by every rule (the shipped lineage, the estimates,
 * the image history, the Lambda contract and the signs of Lambda, the build-context check, the effective
 * environment), and the per-rule view that checks a rule reads only the facts its `needs` names.
 */
import type { BuildContext } from '../dockerfile/context.js';
import { contextCheckOf, type ContextCheck } from '../dockerfile/context-check.js';
import { stageLineage, type DockerfileModel, type Stage } from '../dockerfile/model.js';
import { estimatesForDockerfile } from '../estimate/index.js';
import { estimateImage } from '../estimate/image.js';
import { imageFacts } from '../estimate/from-image.js';
import type { Estimates } from '../estimate/types.js';
import { historyLines, type HistoryLine } from '../image/history.js';
import type { ImageModel } from '../image/types.js';
import { LambdaContract } from '../lambda/contract.js';
import { borrowedBase, lambdaEvidence, type LambdaEvidence } from '../lambda/evidence.js';
import { MissingFact, type FactName, type Rule, type RuleFacts } from './rule-kit.js';
import { dockerfileEnv, imageEnv, type StageEnv } from './env.js';

const NO_ENV: StageEnv = Object.assign(new Map(), { complete: false });

export class InputFacts {
  private lineageCache?: readonly Stage[];
  private estimatesCache?: { value?: Estimates; error?: string };
  private historyCache?: readonly HistoryLine[];
  private envCache?: Map<Stage, StageEnv>;
  private imageEnvCache?: StageEnv;
  private lambdaCache?: LambdaContract;

  constructor(
    private readonly df: DockerfileModel,
    private readonly image: ImageModel | undefined,
    private readonly getContext: () => BuildContext | undefined,
  ) {}

  get lineage(): readonly Stage[] {
    return (this.lineageCache ??= this.df.target ? stageLineage(this.df.target) : []);
  }

  get estimates(): Estimates {
    if (!this.estimatesCache) {
      try {
        this.estimatesCache = { value: this.image ? estimateImage(imageFacts(this.image)) : estimatesForDockerfile(this.df, this.getContext()) };
      } catch (e) {
        this.estimatesCache = { error: String((e as Error)?.message ?? e).split('\n')[0] };
      }
    }
    if (!this.estimatesCache.value) throw new MissingFact('estimates', `the estimates could not be made (${this.estimatesCache.error})`);
    return this.estimatesCache.value;
  }

  get history(): readonly HistoryLine[] {
    if (!this.image) throw new MissingFact('history', 'the input is not an image');
    return (this.historyCache ??= historyLines(this.image.config.history));
  }

  /** The target's environment in effect: the image config's Env when the input has the image, else the Dockerfile's. */
  get env(): StageEnv {
    if (this.image) return (this.imageEnvCache ??= imageEnv(this.image, this.df.target ? this.envOf(this.df.target, false) : undefined));
    return this.df.target ? this.envOf(this.df.target) : NO_ENV;
  }

  /** A stage's environment from the Dockerfile; the target's is the image's when the input has one. */
  envOf(stage: Stage, image = true): StageEnv {
    if (image && this.image && stage === this.df.target) return this.env;
    const cache = (this.envCache ??= new Map());
    let env = cache.get(stage);
    if (!env) cache.set(stage, (env = dockerfileEnv(this.df, stage)));
    return env;
  }

  get lambda(): LambdaContract {
    return (this.lambdaCache ??= new LambdaContract(this.df, this.image, this.getContext));
  }

  get lambdaEvidence(): readonly LambdaEvidence[] {
    return lambdaEvidence(this.df, this.getContext());
  }

  get borrowedBase(): { base: string; why: string; server?: true } | undefined {
    return borrowedBase(this.df, this.getContext());
  }

  /** Reading the context checks it (the runner hides a folder that is not the build context); the check is kept. */
  get contextCheck(): ContextCheck | undefined {
    this.getContext();
    return contextCheckOf(this.df);
  }
}

const DECLARED = new WeakMap<Rule, ReadonlySet<FactName>>();

/** What one rule sees of the input's facts: only those named in its needs.facts. */
export function factsFor(rule: Rule, facts: InputFacts): RuleFacts {
  let declared = DECLARED.get(rule);
  if (!declared) DECLARED.set(rule, (declared = new Set<FactName>(rule.needs.facts ?? [])));
  return new RuleFactsView(rule.code, declared, facts);
}

/** One rule's view (a class: every lint makes one per rule, and getters on a prototype cost nothing to make). */
class RuleFactsView implements RuleFacts {
  constructor(
    private readonly code: string,
    private readonly declared: ReadonlySet<FactName>,
    private readonly facts: InputFacts,
  ) {}

  private check(name: FactName): void {
    if (!this.declared.has(name)) throw new Error(`${this.code} reads facts.${name} but its needs.facts does not name it`);
  }

  get lineage() {
    this.check('lineage');
    return this.facts.lineage;
  }

  lineageOf(stage: Stage) {
    this.check('lineage');
    return stageLineage(stage);
  }

  get estimates() {
    this.check('estimates');
    return this.facts.estimates;
  }

  get history() {
    this.check('history');
    return this.facts.history;
  }

  get env() {
    this.check('env');
    return this.facts.env;
  }

  envOf(stage: Stage) {
    this.check('env');
    return this.facts.envOf(stage);
  }

  get lambda() {
    this.check('lambda');
    return this.facts.lambda;
  }

  get lambdaEvidence() {
    this.check('lambdaEvidence');
    return this.facts.lambdaEvidence;
  }

  get borrowedBase() {
    this.check('lambdaEvidence');
    return this.facts.borrowedBase;
  }

  get contextCheck() {
    this.check('contextCheck');
    return this.facts.contextCheck;
  }
}

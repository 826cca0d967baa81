/**
 * Does the folder used as the build context hold what the Dockerfile copies from it? COPY/ADD sources named
 * literally (no variable, no wildcard, no URL) must exist in the context, or `docker build` fails with
 * "failed to compute cache key: ... not found". When none of them is there, the Dockerfile is almost surely
 * linted from a folder that is not its context (`docker build -f docker/Dockerfile .` is common): every
 * judgement that reads the context is then unknown, and rules see no context at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { memoOn } from '../core/memo.js';
import { contextPath } from '../core/paths.js';
import type { BuildContext } from './context.js';
import type { DockerfileModel, Instruction } from './model.js';

export interface MissingSource {
  ins: Instruction;
  source: string;
}

export interface ContextCheck {
  context: BuildContext;
  /** Literal sources found nowhere in the folder (not even excluded by .dockerignore). */
  missing: MissingSource[];
  /** Literal sources that are in the folder but excluded by .dockerignore: the build cannot see them either. */
  ignored: MissingSource[];
  /** How many literal sources the Dockerfile names. */
  literal: number;
  /** No literal source is there and no wildcard source matches: the folder is not this Dockerfile's build context. */
  wrongFolder: boolean;
}

const CHECK = Symbol('context-check');
const GLOB = /[*?[\\]/;

/**
 * Checks the context against the Dockerfile's literal COPY/ADD sources (memoized per model). `explicit`: the folder was
 * given as the build context (--context, a template's DockerContext): never a wrong folder.
 */
export function checkContext(df: DockerfileModel, context: BuildContext, explicit = false): ContextCheck {
  return memoOn(df, CHECK, () => compute(df, context, explicit));
}

/** The check made for this model, when the context was read. */
export function contextCheckOf(df: DockerfileModel): ContextCheck | undefined {
  return (df as unknown as Record<symbol, { value: ContextCheck } | undefined>)[CHECK]?.value;
}

/** A literal COPY/ADD source from the build context: no variable, wildcard, URL or `..`; not the context itself. */
export function literalSource(ins: Instruction, source: string): boolean {
  if (ins.keyword === 'ADD' && /^(https?|git):\/\/|^git@/.test(source)) return false;
  if (source.includes('$') || GLOB.test(source)) return false;
  const rel = contextPath(source);
  return rel !== '' && !rel.split('/').includes('..');
}

function compute(df: DockerfileModel, context: BuildContext, explicit: boolean): ContextCheck {
  const missing: MissingSource[] = [];
  const ignored: MissingSource[] = [];
  let literal = 0;
  let matched = false;
  const seen = new Set<string>();
  for (const stage of df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      const spec = ins.copy;
      if (!spec || spec.from !== undefined) continue;
      for (const source of spec.sources) {
        if (!literalSource(ins, source)) {
          // A wildcard in a folder that matches files here (`COPY src/*.py ./`) shows this is the build context; one at
          // the top (`COPY *.py ./`) may match any script that sits beside the Dockerfile.
          if (!matched && GLOB.test(source) && contextPath(source).includes('/') && !source.includes('$') && !contextPath(source).split('/').includes('..') && !(ins.keyword === 'ADD' && /^(https?|git):\/\/|^git@/.test(source))) matched = context.match(contextPath(source)).length > 0;
          continue;
        }
        literal++;
        const rel = contextPath(source);
        if (seen.has(rel)) continue;
        seen.add(rel);
        // The listings answer for a name they prove absent (most missing sources); the file system for the rest.
        if (context.at(rel).length > 0) continue;
        if (!context.absent?.(rel) && existsSync(join(context.root, rel))) {
          // There, but excluded by .dockerignore: the build fails the same way, though the folder is right.
          if (context.ignored(rel)) ignored.push({ ins, source });
          continue;
        }
        missing.push({ ins, source });
      }
    }
  }
  return { context, missing, ignored, literal, wrongFolder: !explicit && !matched && literal > 0 && missing.length > 0 && missing.length === seen.size };
}

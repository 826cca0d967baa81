/**
 * facts.env: the environment in effect, per stage, from the Dockerfile (FROM <stage> inheritance, an AWS base's
 * documented variables, ARG/ENV expansion) and from the built image's config Env. A probe rule reads the fact
 * through the production runner, as rules do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initShell } from '../../src/dockerfile/shell.js';
import { defineRule, type Rule, type RuleContext, type StageEnv } from '../../src/engine/rule-kit.js';
import { lintDockerfileSync } from '../../src/linter/lint.js';
import { buildImage, lintImageCase } from '../image-kit.js';

/** A probe rule that hands what it read to `seen` (one call per input). */
function probe(read: (ctx: RuleContext<'seen'>) => unknown, needs: Rule['needs'] = { dockerfile: true, history: true, facts: ['env'] }): { rule: Rule; seen: unknown[] } {
  const seen: unknown[] = [];
  const rule = defineRule({
    code: 'LL995',
    name: 'env-probe',
    severity: 'info',
    since: '0.1.0',
    docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
    messages: { seen: { text: 'seen', fix: 'none' } },
    needs,
    create: (ctx) => ({ end: () => void seen.push(read(ctx)) }),
  }) as unknown as Rule;
  return { rule, seen };
}

/** The environment as plain rows: NAME=value [unresolved] (source, line of the ENV). */
function rows(env: StageEnv): string[] {
  return [...env.values()].map((v) => `${v.name}=${v.value}${v.unresolved.length ? ` [${v.unresolved.join(',')}]` : ''} (${v.source}${v.from ? ` ${v.from.span.line}` : ''})`);
}

beforeAll(async () => {
  await initShell();
});

interface EnvCase {
  name: string;
  dockerfile: string;
  buildArgs?: Record<string, string>;
  target?: string;
  /** Stage name to read with envOf (default: facts.env, the target's). */
  stage?: string;
  env: string[];
  complete: boolean;
}

const CASES: EnvCase[] = [
  { name: 'scratch: empty and complete', dockerfile: 'FROM scratch\nCOPY app /\n', env: [], complete: true },
  {
    name: 'AWS base: its documented variables, then ENV',
    dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nENV HOME=/tmp\n',
    env: ['LAMBDA_TASK_ROOT=/var/task (base-image)', 'LAMBDA_RUNTIME_DIR=/var/runtime (base-image)', 'LANG=en_US.UTF-8 (base-image)', 'TZ=:/etc/localtime (base-image)', 'HOME=/tmp (dockerfile 2)'],
    complete: false,
  },
  { name: 'another base: only what the Dockerfile sets, incomplete', dockerfile: 'FROM python:3.12\nENV A=1 B=2\n', env: ['A=1 (dockerfile 2)', 'B=2 (dockerfile 2)'], complete: false },
  { name: 'a later ENV replaces a value', dockerfile: 'FROM scratch\nENV A=1\nENV A=2\n', env: ['A=2 (dockerfile 3)'], complete: true },
  {
    name: 'inherited through FROM <stage>, not through COPY --from',
    dockerfile: 'FROM scratch AS base\nENV A=1\nFROM scratch AS other\nENV O=1\nFROM base\nCOPY --from=other / /\nENV B=$A\n',
    env: ['A=1 (dockerfile 2)', 'B=1 (dockerfile 7)'],
    complete: true,
  },
  { name: 'ARG default expands', dockerfile: 'FROM scratch\nARG V=3.12\nENV PY=python$V\n', env: ['PY=python3.12 (dockerfile 3)'], complete: true },
  { name: 'a build arg wins over the default', dockerfile: 'FROM scratch\nARG V=3.12\nENV PY=${V}\n', buildArgs: { V: '3.13' }, env: ['PY=3.13 (dockerfile 3)'], complete: true },
  { name: 'ARG without a value: unresolved', dockerfile: 'FROM scratch\nARG TOKEN\nENV T=$TOKEN\n', env: ['T=${TOKEN} [TOKEN] (dockerfile 3)'], complete: true },
  { name: 'default operator on an unknown ARG', dockerfile: 'FROM scratch\nARG X\nENV P=${X:-/tmp}\n', env: ['P=${X} [X] (dockerfile 3)'], complete: true },
  { name: 'default operator on an unset name', dockerfile: 'FROM scratch\nENV P=${NOPE:-/tmp}\n', env: ['P=/tmp (dockerfile 2)'], complete: true },
  // Docker substitutes every pair of one ENV with the values from before it (docs: ENV abc=bye def=$abc gives def=hello).
  { name: 'pairs of one ENV see the values from before it', dockerfile: 'FROM scratch\nENV abc=hello\nENV abc=bye def=$abc\nENV ghi=$abc\n', env: ['abc=bye (dockerfile 3)', 'def=hello (dockerfile 3)', 'ghi=bye (dockerfile 4)'], complete: true },
  { name: '--target picks the stage', dockerfile: 'FROM scratch AS a\nENV A=1\nFROM scratch AS b\nENV B=1\n', target: 'a', env: ['A=1 (dockerfile 2)'], complete: true },
  { name: 'envOf a builder stage', dockerfile: 'FROM python:3.12 AS build\nENV PIP_NO_CACHE_DIR=1\nFROM scratch\nENV A=1\n', stage: 'build', env: ['PIP_NO_CACHE_DIR=1 (dockerfile 2)'], complete: false },
  { name: 'no FROM: empty', dockerfile: 'ENV A=1\n', env: [], complete: false },
];

describe('facts.env from a Dockerfile', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { rule, seen } = probe((ctx) => (c.stage ? ctx.facts.envOf(ctx.df.stageByName(c.stage)!) : ctx.facts.env));
      const result = lintDockerfileSync(c.dockerfile, { rules: [rule], contextDir: null, buildArgs: c.buildArgs, target: c.target });
      expect(result.ruleErrors).toEqual([]);
      const env = seen[0] as StageEnv;
      expect(rows(env)).toEqual(c.env);
      expect(env.complete).toBe(c.complete);
    });
  }

  it('is computed once per input and shared by the rules', () => {
    const a = probe((ctx) => ctx.facts.env);
    const b = probe((ctx) => ctx.facts.env);
    lintDockerfileSync('FROM scratch\nENV A=1\n', { rules: [a.rule, { ...b.rule, code: 'LL994' }], contextDir: null });
    expect(a.seen[0]).toBe(b.seen[0]);
  });

  it('a chain of stages: each value expands against the one before', () => {
    const text = 'FROM scratch AS s0\nENV V0=0\n' + Array.from({ length: 50 }, (_, i) => `FROM s${i} AS s${i + 1}\nENV V${i + 1}=$V${i}\n`).join('');
    const { rule, seen } = probe((ctx) => [ctx.facts.env.size, ctx.facts.env.get('V50')?.value]);
    lintDockerfileSync(text, { rules: [rule], contextDir: null });
    expect(seen).toEqual([[51, '0']]);
  });
});

describe('facts.env from an image', () => {
  const image = () => buildImage({ config: { Env: ['PATH=/usr/local/bin:/usr/bin', 'LAMBDA_TASK_ROOT=/var/task', 'HOME=/tmp', 'TOKEN=from-build-arg', 'A=image', 'EMPTY'] }, layers: [{ 'var/task/app.py': 'x\n' }] });

  it('with its Dockerfile: the config Env, tied to the ENV that set a name when the values agree', async () => {
    const { rule, seen } = probe((ctx) => [rows(ctx.facts.env), ctx.facts.env.complete, ctx.facts.envOf(ctx.target!) === ctx.facts.env]);
    await lintImageCase(rule, await image(), { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nARG TOKEN\nENV HOME=/tmp TOKEN=$TOKEN\nENV A=dockerfile\n' });
    expect(seen[0]).toEqual([
      ['PATH=/usr/local/bin:/usr/bin (image)', 'LAMBDA_TASK_ROOT=/var/task (image)', 'HOME=/tmp (image 3)', 'TOKEN=from-build-arg (image 3)', 'A=image (image)', 'EMPTY= (image)'],
      true,
      true,
    ]);
  });

  it('alone (its history): the config Env', async () => {
    const { rule, seen } = probe((ctx) => rows(ctx.facts.env));
    await lintImageCase(rule, await image());
    expect(seen[0]).toEqual(['PATH=/usr/local/bin:/usr/bin (image)', 'LAMBDA_TASK_ROOT=/var/task (image)', 'HOME=/tmp (image)', 'TOKEN=from-build-arg (image)', 'A=image (image)', 'EMPTY= (image)']);
  });

  it('a builder stage keeps its Dockerfile environment', async () => {
    const { rule, seen } = probe((ctx) => rows(ctx.facts.envOf(ctx.df.stageByName('build')!)));
    await lintImageCase(rule, await image(), { dockerfile: 'FROM scratch AS build\nENV B=1\nFROM public.ecr.aws/lambda/python:3.12\n' });
    expect(seen[0]).toEqual(['B=1 (dockerfile 2)']);
  });
});

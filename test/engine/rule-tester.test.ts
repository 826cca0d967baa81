/**
 * The rule tester enforces `needs`: a rule that reads the build context, the image or a fact its needs do not
 * name fails its table case (the runner reports it as an error of the rule), and a case fails when the rule is
 * skipped without the case expecting it.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, type FactName, type Rule, type RuleContext } from '../../src/engine/rule-kit.js';
import { lintCase } from '../kit.js';
import { buildImage, lintImageCase } from '../image-kit.js';

function probe(needs: Rule['needs'], read: (ctx: RuleContext<'seen'>) => unknown): Rule {
  return defineRule({
    code: 'LL993',
    name: 'needs-probe',
    severity: 'info',
    since: '0.1.0',
    docs: { what: 'test', why: 'test', bad: { dockerfile: 'FROM scratch\n' }, good: { dockerfile: 'FROM scratch\n' }, references: [] },
    messages: { seen: { text: 'seen', fix: 'none' } },
    needs,
    create: (ctx) => ({ end: () => void read(ctx) }),
  }) as unknown as Rule;
}

const DOCKERFILE = 'FROM scratch AS a\nENV A=1\nFROM a\n';
const READS: Record<FactName, (ctx: RuleContext<'seen'>) => unknown> = {
  lineage: (ctx) => ctx.facts.lineage,
  estimates: (ctx) => ctx.facts.estimates,
  history: (ctx) => ctx.facts.history,
  env: (ctx) => ctx.facts.env,
  lambda: (ctx) => ctx.facts.lambda,
  lambdaEvidence: (ctx) => ctx.facts.lambdaEvidence,
  contextCheck: (ctx) => ctx.facts.contextCheck,
};
const READS_OF: Partial<Record<FactName, (ctx: RuleContext<'seen'>) => unknown>> = {
  lineage: (ctx) => ctx.facts.lineageOf(ctx.target!),
  env: (ctx) => ctx.facts.envOf(ctx.target!),
};

describe('the rule tester enforces needs', () => {
  for (const [fact, read] of Object.entries(READS) as [FactName, (ctx: RuleContext<'seen'>) => unknown][]) {
    it(`facts.${fact}: undeclared fails the case`, () => {
      expect(() => lintCase(probe({ dockerfile: true }, read), { name: fact, dockerfile: DOCKERFILE })).toThrow(`LL993 threw: LL993 reads facts.${fact} but its needs.facts does not name it`);
    });
  }
  for (const [fact, read] of Object.entries(READS_OF) as [FactName, (ctx: RuleContext<'seen'>) => unknown][]) {
    it(`facts.${fact}Of: undeclared fails the case`, () => {
      expect(() => lintCase(probe({ dockerfile: true, facts: ['history'] }, read), { name: fact, dockerfile: DOCKERFILE })).toThrow(`reads facts.${fact}`);
    });
  }

  it('declared facts are read', () => {
    expect(lintCase(probe({ dockerfile: true, facts: ['lineage', 'env', 'estimates'] }, (ctx) => [ctx.facts.lineage, ctx.facts.env, ctx.facts.estimates]), { name: 'declared', dockerfile: DOCKERFILE })).toEqual([]);
  });

  it('ctx.context: undeclared fails the case, declared is read', () => {
    expect(() => lintCase(probe({ dockerfile: true }, (ctx) => ctx.context), { name: 'context', dockerfile: DOCKERFILE })).toThrow('LL993 reads ctx.context but its needs.context is not true');
    expect(lintCase(probe({ dockerfile: true, context: true }, (ctx) => ctx.context), { name: 'context', dockerfile: DOCKERFILE })).toEqual([]);
  });

  it('ctx.image: undeclared fails the case (Dockerfile and image tables), declared is read', async () => {
    expect(() => lintCase(probe({ dockerfile: true }, (ctx) => ctx.image), { name: 'image', dockerfile: DOCKERFILE })).toThrow('LL993 reads ctx.image but its needs.image is not set');
    const image = await buildImage({ layers: [{ 'var/task/app.py': 'x\n' }] });
    await expect(lintImageCase(probe({ dockerfile: true }, (ctx) => ctx.image), image, { dockerfile: DOCKERFILE })).rejects.toThrow('reads ctx.image');
    await expect(lintImageCase(probe({ dockerfile: true, image: {} }, (ctx) => ctx.image), image, { dockerfile: DOCKERFILE })).resolves.toMatchObject({ findings: [] });
  });

  it('a skip fails a case that does not expect it; a case may expect it with its reason', () => {
    const history = probe({ dockerfile: true, facts: ['history'] }, (ctx) => ctx.facts.history);
    expect(() => lintCase(history, { name: 'skip', dockerfile: DOCKERFILE })).toThrow('LL993 was skipped: the input is not an image');
    expect(lintCase(history, { name: 'skip', dockerfile: DOCKERFILE, skipped: /not an image/ })).toEqual([]);
    expect(() => lintCase(history, { name: 'skip', dockerfile: DOCKERFILE, skipped: /other/ })).toThrow('skipped for another reason');
    const lineage = probe({ dockerfile: true, facts: ['lineage'] }, (ctx) => ctx.facts.lineage);
    expect(() => lintCase(lineage, { name: 'no skip', dockerfile: DOCKERFILE, skipped: /not an image/ })).toThrow('expected to be skipped');
  });

  it('an image case may expect a skip too', async () => {
    const image = await buildImage({ layers: [{ 'var/task/app.py': 'x\n' }] });
    const history = probe({ dockerfile: true, facts: ['history'] }, (ctx) => ctx.facts.history);
    await expect(lintImageCase(history, image, { dockerfile: DOCKERFILE, skipped: /not an image/ })).rejects.toThrow('expected to be skipped');
  });
});

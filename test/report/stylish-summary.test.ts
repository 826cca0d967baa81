/**
 * The stylish summary line counts what was linted as it was linted: a function whose image is neither built here
 * nor read (an ImageUri from a parameter, a registry image) had its deploy settings checked only, and "No
 * problems" must not read as if its image had been checked.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import type { Report, TargetReport } from '../../src/report/types.js';

const dockerfile = (file: string): TargetReport => ({ file, kind: 'dockerfile', findings: [], estimates: null });
const fn = (id: string, dockerfilePath?: string): TargetReport => ({
  file: 'template.yaml',
  kind: 'function',
  function: { id, kind: 'sam', template: { file: 'template.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 }, buildArgs: [], architecture: 'x86_64', imageConfig: {}, ...(dockerfilePath ? { dockerfile: dockerfilePath } : {}) },
  findings: [],
  estimates: null,
});

const summary = (targets: TargetReport[], unchecked = 0): string => {
  const report: Report = { targets, errors: [], unchecked: Array.from({ length: unchecked }, (_, i) => ({ file: 'template.yaml', message: `line ${i + 1}: not resolved` })) };
  return formatStylish(report, new Chalk({ level: 0 }), { estimates: 'none' }).trim().split('\n').pop()!;
};

describe('stylish summary: what was linted', () => {
  it.each([
    ['one Dockerfile', [dockerfile('Dockerfile')], 0, '✔ No problems (1 input linted).'],
    ['a function built from a Dockerfile counts as an input', [fn('Fn', 'fn/Dockerfile')], 0, '✔ No problems (1 input linted).'],
    ['functions whose images come from a parameter', [fn('A'), fn('B')], 2, '✔ No problems (2 functions linted for deploy settings only; 2 notes on what was not checked).'],
    ['a mix', [dockerfile('Dockerfile'), fn('A', 'a/Dockerfile'), fn('B')], 1, '✔ No problems (2 inputs linted, 1 function linted for deploy settings only; 1 note on what was not checked).'],
    ['nothing', [], 0, '✔ No problems (0 inputs linted).'],
  ])('%s', (_name, targets, unchecked, line) => {
    expect(summary(targets, unchecked)).toBe(line);
  });
});

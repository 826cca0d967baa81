/** Function facts for rule tables: what a deploy configuration would give, written by hand. */
import type { FunctionFacts, Located } from '../../src/deploy/types.js';
import type { Location } from '../../src/core/types.js';

export const TEMPLATE_AT: Location = { file: 'template.yaml', line: 3, column: 3, endLine: 3, endColumn: 6 };

export function at(line: number, file = 'template.yaml'): Location {
  return { file, line, column: 7, endLine: line, endColumn: 20 };
}

export function fn(over: Partial<FunctionFacts> & { arch?: string } = {}): FunctionFacts {
  const { arch, ...rest } = over;
  return {
    id: 'Fn',
    kind: 'sam',
    at: TEMPLATE_AT,
    architecture: arch ? { value: arch, at: at(9), explicit: true } : { value: 'x86_64', at: TEMPLATE_AT, explicit: false },
    imageConfig: {},
    built: true,
    ...rest,
  };
}

export function loc<T>(value: T, line: number): Located<T> {
  return { value, at: at(line) };
}

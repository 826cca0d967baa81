import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/engine/rule-kit.js';

describe('message templates', () => {
  it.each([
    ['a {{x}} b {{ y }} c', { x: 1, y: 'Y' }, 'a 1 b Y c'],
    ['{{x}}{{x}}', { x: 'q' }, 'qq'],
    // Values are inserted as they are: no replacement patterns.
    ['{{x}}', { x: '$& $1 $$' }, '$& $1 $$'],
    ['no placeholders', { x: 1 }, 'no placeholders'],
    // A placeholder without data stays as written, spaces included.
    ['{{ missing }} and {{x}}', { x: 2 }, '{{ missing }} and 2'],
    ['{{x}}', undefined, '{{x}}'],
    ['not {{}} placeholders {{ x', { x: 1 }, 'not {{}} placeholders {{ x'],
    ['', {}, ''],
  ])('%j with %j', (template, data, expected) => {
    expect(interpolate(template, data)).toBe(expected);
    // The second use goes through the split template kept from the first.
    expect(interpolate(template, data)).toBe(expected);
  });
});

/**
 * src/core/glob.ts: Go filepath.Match patterns as regular expressions (COPY sources, .dockerignore lines), compiled
 * once per pattern and `*` meaning: the same pattern gives the same RegExp, another pattern or meaning its own.
 */
import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../../src/core/glob.js';

describe('globToRegExp', () => {
  it.each([
    ['*.py', 'app.py', true],
    ['*.py', 'src/app.py', false],
    ['src/*.py', 'src/app.py', true],
    ['a?c', 'abc', true],
    ['a?c', 'a/c', false],
    ['x[0-9].txt', 'x7.txt', true],
    ['x[!0-9].txt', 'x7.txt', false],
    ['app[.py', 'app[.py', true],
    ['x[z-a].py', 'x[z-a].py', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it('with `.*` for `*`, a star crosses folders', () => {
    expect(globToRegExp('*.py', '.*').test('src/app.py')).toBe(true);
    expect(globToRegExp('a?c', '.*').test('a/c')).toBe(true);
  });

  it('one RegExp per pattern and meaning of `*`, with no flags (no lastIndex to carry between callers)', () => {
    const a = globToRegExp('src/*.py');
    expect(globToRegExp('src/*.py')).toBe(a);
    expect(globToRegExp('src/*.py', '.*')).not.toBe(a);
    expect(globToRegExp('src/*.pyc')).not.toBe(a);
    expect(a.flags).toBe('');
    expect([a.test('src/a.py'), a.test('src/a.py'), a.test('src/b.py')]).toEqual([true, true, true]);
  });
});

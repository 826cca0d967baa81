import { describe, expect, it } from 'vitest';
import { pathWithin } from '../../src/core/paths.js';

describe('pathWithin', () => {
  it.each([
    ['/var/task', '/var/task', true],
    ['/var/task/app.py', '/var/task', true],
    ['/var/task/app.py', '/var/task/', true],
    ['/var/task/', '/var/task', true],
    ['/var/taskforce', '/var/task', false],
    ['/var', '/var/task', false],
    ['/anything', '/', true],
    ['/anything', '', true],
    ['/root/.cache/pip/x', '/root/.cache/*', true],
    ['/root/.cache/*', '/root/.cache', true],
    ['/tmp', '/var/task', false],
  ])('%s within %s: %s', (path, dir, expected) => {
    expect(pathWithin(path, dir)).toBe(expected);
  });
});

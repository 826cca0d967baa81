import { describe, expect, it } from 'vitest';
import { sizeThreadpool, threadpoolSize } from '../../src/core/threadpool.js';

describe('threadpoolSize', () => {
  it.each([
    // [processors, UV_THREADPOOL_SIZE set by the user, size]
    [1, undefined, 2],
    [2, undefined, 2],
    [3, undefined, 3],
    [4, undefined, undefined],
    [16, undefined, undefined],
    [2, '8', undefined],
    [2, '1', undefined],
  ])('%i processors, UV_THREADPOOL_SIZE=%s -> %s', (processors, set, size) => {
    const env: NodeJS.ProcessEnv = set === undefined ? {} : { UV_THREADPOOL_SIZE: set };
    expect(threadpoolSize(env, processors)).toBe(size);
  });

  it('sizeThreadpool keeps a size the user set', () => {
    const env: NodeJS.ProcessEnv = { UV_THREADPOOL_SIZE: '6' };
    sizeThreadpool(env);
    expect(env.UV_THREADPOOL_SIZE).toBe('6');
  });

  it('sizeThreadpool sets the size from the processors when the user set none', () => {
    const env: NodeJS.ProcessEnv = {};
    sizeThreadpool(env);
    expect(env.UV_THREADPOOL_SIZE).toBe(threadpoolSize({}) === undefined ? undefined : String(threadpoolSize({})));
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfig } from '../../src/engine/config.js';

describe('findConfig with a per-run memo', () => {
  const root = mkdtempSync(join(tmpdir(), 'lli-find-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'proj', 'a'), { recursive: true });
  mkdirSync(join(root, 'proj', 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, 'proj', 'b', 'own'), { recursive: true });
  const top = join(root, 'proj', '.lint-lambda-image.yaml');
  const own = join(root, 'proj', 'b', 'own', '.lint-lambda-image.json');
  writeFileSync(top, 'ignore: []\n');
  writeFileSync(own, '{}\n');
  for (const d of ['a', 'b/deep', 'b/own']) writeFileSync(join(root, 'proj', d, 'Dockerfile'), 'FROM scratch\n');

  it('gives the same answers as without it, and remembers every folder it walked', () => {
    const memo = new Map<string, string | null>();
    const files = ['a/Dockerfile', 'b/deep/Dockerfile', 'b/own/Dockerfile'].map((f) => join(root, 'proj', f));
    const plain = files.map((f) => findConfig(f));
    expect(plain).toEqual([top, top, own]);
    expect(files.map((f) => findConfig(f, memo))).toEqual(plain);
    // Asked again, from the memo: the same answers.
    expect(files.map((f) => findConfig(f, memo))).toEqual(plain);
    expect(memo.get(join(root, 'proj', 'b'))).toBe(top);
    expect(memo.get(join(root, 'proj', 'b', 'own'))).toBe(own);
  });

  it('remembers "none" too (null), and a folder above every configuration answers none', () => {
    const memo = new Map<string, string | null>();
    const outside = mkdtempSync(join(tmpdir(), 'lli-find-config-none-'));
    try {
      const expected = findConfig(outside) ?? null;
      expect(findConfig(outside, memo) ?? null).toBe(expected);
      expect(memo.get(outside)).toBe(expected);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('remembers the file asked about: asked again, its answer comes from the memo (no look at the disk)', () => {
    const memo = new Map<string, string | null>();
    const file = join(root, 'proj', 'a', 'Dockerfile');
    expect(findConfig(file, memo)).toBe(top);
    expect(memo.get(file)).toBe(top);
    // The memo is the answer: a file no longer there (or a planted answer) is not looked at again.
    memo.set(file, own);
    expect(findConfig(file, memo)).toBe(own);
    memo.set(file, null);
    expect(findConfig(file, memo)).toBeUndefined();
    // Without a memo, the disk is read each time.
    expect(findConfig(file)).toBe(top);
  });
});

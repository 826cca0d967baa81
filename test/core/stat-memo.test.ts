import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statInput, statInputIfAny, withStatMemo } from '../../src/core/stat-memo.js';

describe('stat memo: one stat per input within a CLI run, none kept outside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lli-stat-memo-'));
  const file = join(dir, 'Dockerfile');

  it('within a run, an answer is kept by absolute path (the file system is asked once)', async () => {
    writeFileSync(file, 'FROM scratch\n');
    await withStatMemo(async () => {
      expect(statInput(file).isFile()).toBe(true);
      rmSync(file);
      // Kept: the steps of one run see the same answer; a relative spelling of the path finds it too.
      expect(statInput(join(dir, '.', 'Dockerfile')).isFile()).toBe(true);
      expect(statInputIfAny(file)?.isFile()).toBe(true);
      // A path never answered is asked: nothing there.
      expect(statInputIfAny(join(dir, 'absent'))).toBeUndefined();
      expect(() => statInput(join(dir, 'absent'))).toThrow(/ENOENT/);
    });
  });

  it('outside a run (the API) every call asks, and a run nested in another shares its memo until the outer ends', async () => {
    writeFileSync(file, 'FROM scratch\n');
    expect(statInput(file).isFile()).toBe(true);
    rmSync(file);
    expect(statInputIfAny(file)).toBeUndefined();
    expect(() => statInput(file)).toThrow(/ENOENT/);
    writeFileSync(file, 'FROM scratch\n');
    await withStatMemo(async () => {
      await withStatMemo(async () => expect(statInput(file).isFile()).toBe(true));
      rmSync(file);
      expect(statInput(file).isFile()).toBe(true);
    });
    expect(statInputIfAny(file)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { MergedFs } from '../../src/image/merged-fs.js';
import type { LayerRecord } from '../../src/image/layer.js';

const file = (path: string, size = 1): LayerRecord => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, size });
const dir = (path: string): LayerRecord => ({ path, type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0 });
const whiteout = (path: string): LayerRecord => ({ ...file(path, 0), whiteout: 'file' });

describe('merged file system', () => {
  it('creates the parents of a 20,000-component path and removes them again, without recursion', () => {
    const deep = `/${'a/'.repeat(20_000)}f`;
    const fs = new MergedFs();
    fs.applyLayer(0, [file('/var/task/app.py'), file(deep)]);
    expect(fs.entries.get(`/${'a/'.repeat(19_999)}a`)?.implicit).toBe(true);
    expect(fs.resolve(deep)).toMatchObject({ ok: true, path: deep });
    fs.applyLayer(1, [whiteout('/a')]);
    expect(fs.entries.has(deep)).toBe(false);
    expect(fs.entries.has('/a')).toBe(false);
    expect(fs.entries.has('/var/task/app.py')).toBe(true);
    expect(fs.removed.map((r) => [r.path, r.reason, r.layerRemoved])).toEqual([[deep, 'whiteout', 1]]);
  });

  it('records what a removed tree held, children before their directory, in order', () => {
    const fs = new MergedFs();
    fs.applyLayer(0, [dir('/d'), file('/d/1'), dir('/d/s'), file('/d/s/x'), file('/d/2'), file('/e')]);
    fs.applyLayer(1, [file('/d')]);
    expect(fs.removed.map((r) => [r.path, r.reason])).toEqual([['/d/1', 'replaced-dir'], ['/d/s/x', 'replaced-dir'], ['/d/2', 'replaced-dir']]);
    expect([...fs.entries.keys()].sort()).toEqual(['/', '/d', '/e']);
    expect(fs.entries.get('/d')?.type).toBe('file');
    fs.applyLayer(2, [dir('/o'), file('/o/k')]);
    fs.applyLayer(3, [{ ...dir('/o'), whiteout: 'opaque' }]);
    expect(fs.removed.at(-1)).toMatchObject({ path: '/o/k', reason: 'opaque', layerRemoved: 3 });
    expect(fs.entries.has('/o')).toBe(true);
  });
});

/**
 * Temporary files: an image on stdin or in a `.gz` is spooled to a private temporary folder that is removed on
 * every way out (success, bad input, SIGTERM/SIGINT mid-read); the temporary folder is left as it was found.
 * (A big stdin image streaming without being held in memory: test/hostile/slow.test.ts.)
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildImage } from '../image-kit.js';
import { measureCli, stackLines, startCli } from './run.js';

let work: string;
let image: Buffer;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lli-tempfiles-'));
  image = await buildImage({ config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' }, layers: [{ 'var/task/app.py': 'def handler(e, c):\n    return 1\n' }] });
  writeFileSync(join(work, 'image.tar.gz'), gzipSync(image));
  writeFileSync(join(work, 'truncated.tar.gz'), gzipSync(image).subarray(0, 300));
});

/** A fresh TMPDIR per case: whatever the run leaves there is seen. */
function freshTmp(): string {
  return mkdtempSync(join(tmpdir(), 'lli-tmpdir-'));
}

describe('temporary files are removed on every way out', () => {
  it('an image on stdin: linted, nothing left', () => {
    const tmp = freshTmp();
    const r = measureCli(['-'], { input: image, env: { TMPDIR: tmp } });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a .gz image by path and on stdin: linted, nothing left', () => {
    const tmp = freshTmp();
    const a = measureCli([join(work, 'image.tar.gz')], { env: { TMPDIR: tmp } });
    const b = measureCli(['-'], { input: gzipSync(image), env: { TMPDIR: tmp } });
    expect([0, 1]).toContain(a.status);
    expect([0, 1]).toContain(b.status);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a truncated .gz and a stdin archive that is not an image: exit 2, one line, nothing left', () => {
    const tmp = freshTmp();
    const a = measureCli([join(work, 'truncated.tar.gz')], { env: { TMPDIR: tmp } });
    const b = measureCli(['-'], { input: gzipSync(Buffer.alloc(4096, 7)), env: { TMPDIR: tmp } });
    for (const r of [a, b]) {
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(stackLines(r.stderr)).toEqual([]);
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while an image streams in on stdin: the spool is removed, the process ends by the signal`, async () => {
      const tmp = freshTmp();
      const { child, done } = startCli(['-'], { env: { TMPDIR: tmp } });
      // A tar header, then data that never ends until the signal.
      child.stdin.write(image.subarray(0, 1024));
      const chunk = Buffer.alloc(1024 * 1024);
      for (let i = 0; i < 400 && readdirSync(tmp).length === 0; i++) {
        child.stdin.write(chunk);
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(readdirSync(tmp).length).toBe(1);
      child.kill(signal);
      const end = await done;
      expect(end.signal).toBe(signal);
      expect(readdirSync(tmp)).toEqual([]);
    });
  }
});

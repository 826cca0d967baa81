/**
 * src/linter/inputs.ts readInput: what a path is, told by its first bytes, whether the file is read whole (up to the
 * Dockerfile limit) or only its head (larger files: an image archive, or refused).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../src/linter/inputs.js';
import { LIMITS } from '../src/core/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'lli-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tarHeader = (size: number) => {
  const b = Buffer.alloc(size);
  b.write('Dockerfile', 0, 'latin1');
  b.write('ustar', 257, 'latin1');
  return b;
};
const big = LIMITS.maxDockerfileBytes + 1;

const CASES: [string, Buffer, string | RegExp][] = [
  ['a Dockerfile', Buffer.from('FROM scratch\n'), 'dockerfile:FROM scratch\n'],
  ['a Dockerfile with a byte-order mark', Buffer.from('\uFEFFFROM scratch\n'), 'dockerfile:FROM scratch\n'],
  ['a small gzip archive', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), 'image:archive'],
  ['a small zstd archive', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0]), 'image:archive'],
  ['a small tar archive', tarHeader(1024), 'image:archive'],
  ['a large tar archive', tarHeader(big), 'image:archive'],
  ['a large gzip archive', Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(big)]), 'image:archive'],
  ['a large text file', Buffer.alloc(big, 0x41), /larger than 4 MiB \(the limit for a Dockerfile\), and not an image archive/],
  ['an empty file', Buffer.alloc(0), /is empty \(0 bytes\)/],
  ['blank space only', Buffer.from(' \n\t\n'), /is empty \(only blank space\)/],
  ['a file with NUL bytes', Buffer.from('FROM scratch\n\0\n'), /is binary data/],
  ['a file that is not UTF-8', Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xff, 0x0a]), /is not valid UTF-8 \(first bad byte at offset 5\)/],
];

describe('readInput', () => {
  it.each(CASES)('%s', (name, bytes, expected) => {
    const path = join(dir, name.replace(/\W+/g, '-'));
    writeFileSync(path, bytes);
    let got: string;
    try {
      const r = readInput(path);
      got = r.kind === 'dockerfile' ? `dockerfile:${r.text}` : r.kind === 'image' ? `image:${r.layout}` : r.kind;
    } catch (e) {
      got = (e as Error).message;
    }
    if (typeof expected === 'string') expect(got).toBe(expected);
    else expect(got).toMatch(expected);
  });
});

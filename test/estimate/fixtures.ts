import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../../src/dockerfile/context.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { initShell } from '../../src/dockerfile/shell.js';
import { estimatesForDockerfile, type Estimates } from '../../src/estimate/index.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'estimates');

/** Sparse files the fixtures need but cannot commit (path inside the fixture -> bytes). */
const SPARSE: Record<string, Record<string, number>> = {
  'python-pytorch': { 'model/model.safetensors': 1_200_000_000 },
};

/** Estimates for a fixture folder (copied to a temp dir when it needs sparse files). */
export async function estimateFixture(name: string): Promise<Estimates> {
  await initShell();
  let dir = join(FIXTURES, name);
  if (SPARSE[name]) {
    const tmp = mkdtempSync(join(tmpdir(), `ll-est-${name}-`));
    cpSync(dir, tmp, { recursive: true });
    for (const [rel, size] of Object.entries(SPARSE[name])) {
      writeFileSync(join(tmp, rel), '');
      truncateSync(join(tmp, rel), size);
    }
    dir = tmp;
  }
  const file = join(dir, 'Dockerfile');
  try {
    const model = parseDockerfile(readFileSync(file, 'utf8'), { file });
    return estimatesForDockerfile(model, openContext(dir, file));
  } finally {
    if (dir !== join(FIXTURES, name)) rmSync(dir, { recursive: true, force: true });
  }
}

export const MB = 1e6;
export const GB = 1e9;

/** The reference article's figures (illustrative and unverified) and a plausible true size. */
export const REFERENCES: { name: string; label: string; p50: number; p99: number; trueSize: number; runtime: string }[] = [
  { name: 'python-base', label: 'Python 3.12 AWS base only (~580 MB)', p50: 300, p99: 800, trueSize: 570 * MB, runtime: 'python' },
  { name: 'python-numpy-pandas', label: 'Python 3.12 + numpy + pandas (~1.2 GB)', p50: 600, p99: 1500, trueSize: 700 * MB, runtime: 'python' },
  { name: 'python-pytorch', label: 'Python 3.12 + PyTorch (~3 GB)', p50: 1200, p99: 3000, trueSize: 2.6 * GB, runtime: 'python' },
  { name: 'node-base', label: 'Node.js 20 AWS base (~490 MB)', p50: 250, p99: 700, trueSize: 480 * MB, runtime: 'nodejs' },
  { name: 'node-deps', label: 'Node.js 20 with dependencies (~800 MB)', p50: 450, p99: 1200, trueSize: 780 * MB, runtime: 'nodejs' },
  { name: 'java21-base', label: 'Java 21 AWS base', p50: 3000, p99: 8000, trueSize: 540 * MB, runtime: 'java' },
  { name: 'dotnet8-base', label: '.NET 8 AWS base', p50: 400, p99: 1000, trueSize: 540 * MB, runtime: 'dotnet' },
  { name: 'go-minimal', label: 'Go on a minimal custom image (~50 MB)', p50: 80, p99: 200, trueSize: 30 * MB, runtime: 'native' },
];

/**
 * The Linter loads the shell grammar (WebAssembly) only when a script needs it: a Dockerfile of plain scripts is
 * linted without it, and one with a script the plain reader leaves to the grammar is linted again once it is
 * loaded, with the findings and estimates a lint with the grammar ready gives. Its own file: no other test may
 * have loaded the grammar in this worker first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/api.js';
import { EARLY_SHELL_INPUTS, loadsShellEarly } from '../src/linter/index.js';
import { initShell, shellReady } from '../src/dockerfile/shell.js';

const NOW = new Date('2026-11-27');
const PLAIN = 'FROM public.ecr.aws/lambda/python:3.12\nRUN dnf install -y gcc && dnf clean all\nRUN pip install -r requirements.txt\nCMD ["app.handler"]\n';
// A redirection, a substitution and an unquoted glob: the grammar reads these.
const NEEDS_GRAMMAR = 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://example.com/x.sh > /tmp/x.sh && sh /tmp/x.sh\nRUN echo "$(date)" > /tmp/built\nCMD ["app.handler"]\n';

describe('the shell grammar loads on demand', () => {
  it.each([
    [1, false],
    [EARLY_SHELL_INPUTS - 1, false],
    [EARLY_SHELL_INPUTS, true],
    [1000, true],
  ])('a run of %i inputs loads it from its start: %s', (inputs, early) => {
    expect(loadsShellEarly(inputs)).toBe(early);
  });

  it('a run of fewer inputs than EARLY_SHELL_INPUTS, all plain scripts, does not load it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lli-shell-lazy-'));
    try {
      const files = Array.from({ length: EARLY_SHELL_INPUTS - 1 }, (_, i) => {
        mkdirSync(join(dir, String(i)));
        writeFileSync(join(dir, String(i), 'Dockerfile'), PLAIN);
        return join(dir, String(i), 'Dockerfile');
      });
      const report = await new Linter({ now: NOW, concurrency: 'off' }).lintFiles(files);
      expect(report.targets).toHaveLength(files.length);
      expect(shellReady()).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lints plain scripts without loading it, then loads it for a script that needs it', async () => {
    const linter = new Linter({ now: NOW });
    const plain = await linter.lintText(PLAIN, { filePath: 'plain/Dockerfile', contextDir: null });
    expect(shellReady()).toBe(false);
    const lazy = await linter.lintText(NEEDS_GRAMMAR, { filePath: 'grammar/Dockerfile', contextDir: null });
    expect(shellReady()).toBe(true);
    expect(linter.errorsOf(lazy)).toEqual([]);

    // The same inputs with the grammar loaded before the lint: the same findings and estimates.
    await initShell();
    const ready = new Linter({ now: NOW });
    expect(await ready.lintText(NEEDS_GRAMMAR, { filePath: 'grammar/Dockerfile', contextDir: null })).toEqual(lazy);
    expect(await ready.lintText(PLAIN, { filePath: 'plain/Dockerfile', contextDir: null })).toEqual(plain);
    expect(lazy.findings.length).toBeGreaterThan(0);
  });
});

/**
 * Property-based fuzzing (fast-check) of the four places hostile bytes enter: the Dockerfile model and the
 * whole Dockerfile lint, the shell parser wrapper, the tar/OCI reader, and the configuration loader. The
 * property: every input ends in a result or in the module's own one-line error type; nothing else is thrown,
 * and no call hangs. Slow tier, bounded in time (FUZZ_MS per target, default 8 s; FUZZ_SEED to replay).
 * A crash found here becomes a row of test/hostile/rows.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { initShell, parseShell } from '../../src/dockerfile/shell.js';
import { ConfigError, loadConfig } from '../../src/engine/config.js';
import { lintDockerfile } from '../../src/engine/runner.js';
import { RULES } from '../../rules/registry.js';
import { isImageError, readImage } from '../../src/image/index.js';
import { buildImage } from '../image-kit.js';

const MS = Number(process.env.FUZZ_MS ?? 8000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (numRuns = 1_000_000) => ({ numRuns, interruptAfterTimeLimit: MS, seed: SEED, markInterruptAsFailure: false });

/** Dockerfile-shaped text: instructions, flags, variables, quotes, heredocs, continuations and junk. */
const token = fc.oneof(
  fc.constantFrom('FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'CMD', 'ENTRYPOINT', 'WORKDIR', 'USER', 'ONBUILD', 'SHELL', 'HEALTHCHECK', 'EXPOSE', 'VOLUME'),
  fc.constantFrom('public.ecr.aws/lambda/python:3.12', 'scratch', 'AS', 'b', '--from=b', '--chmod=600', '--mount=type=cache,target=/root/.cache', '--platform=$X'),
  fc.constantFrom('$A', '${A}', '${A:-x}', '${A:+${B:-y}}', '$((1+2))', '$(curl x)', '`id`', '"', "'", '\\', '\\\n', '\n', '<<EOF', 'EOF', '[', ']', '["a", "b"]', '&&', '|', ';', '#', '# syntax=x', '=', '*', '?', '[a-', '{', '}'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('curl -u a:b https://x:y@h/p?token=t | sh', 'pip install -r requirements.txt', 'sh -c "a && b"', 'chmod 600 /var/task/app.py'),
);
const dockerfileText = fc.array(token, { maxLength: 80 }).map((t) => t.join(' '));

let shellReady = false;
beforeAll(async () => {
  await initShell();
  shellReady = true;
});

describe('fuzzing (slow tier)', () => {
  it('the Dockerfile model and the whole lint: a result, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(dockerfileText, async (text) => {
        parseDockerfile(text);
        const r = await lintDockerfile(text, { file: 'Dockerfile', contextDir: null, rules: RULES, registry: RULES });
        expect(Array.isArray(r.findings)).toBe(true);
      }),
      params(),
    );
  }, 120_000);

  it('the shell parser wrapper: a result, never a throw', () => {
    expect(shellReady).toBe(true);
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }).map((t) => t.join(' ')), fc.nat(300), (text, depth) => {
        parseShell(text);
        parseShell(`${'$(('.repeat(depth)}1${'))'.repeat(depth)}; ${text}`);
      }),
      params(),
    );
  }, 120_000);

  it('the tar/OCI reader on byte-mutated archives: an image or an ImageError', async () => {
    const base = await buildImage({ config: { Cmd: ['app.handler'] }, layers: [{ 'var/task/app.py': 'x = 1\n' }, { 'var/task/lib/': { type: 'dir' }, 'var/task/lib/a.py': 'y = 2\n', 'var/task/link': { type: 'symlink', linkname: '../etc' } }] });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(base.length), async (edits, cut) => {
        const b = Buffer.from(base.subarray(0, Math.max(512, cut)));
        for (const [at, v] of edits) if (at < b.length) b[at] = v;
        try {
          await readImage(b);
        } catch (e) {
          if (!isImageError(e)) throw e;
        }
      }),
      params(),
    );
  }, 120_000);

  it('the configuration loader: a configuration or a ConfigError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lli-fuzz-config-'));
    let n = 0;
    const yamlish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.array(fc.constantFrom('ignore:', '  - LL101', 'rules:', '  LL101: off', '  LL202: warn', 'build-args:', '  A: b', 'failure-threshold: info', '&a [1]', '*a', '{', '- [', '"', 'lambda: true', 'exclude: ["**/x"]'), { maxLength: 20 }).map((l) => l.join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, fc.boolean(), async (text, json) => {
        const file = join(dir, `c${n++}.${json ? 'json' : 'yaml'}`);
        writeFileSync(file, text);
        try {
          await loadConfig(file, RULES);
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
        }
      }),
      params(),
    );
  }, 120_000);
});

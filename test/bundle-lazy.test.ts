/**
 * Start-up: what a Dockerfile run does not need is not evaluated when the bundle loads. fast-xml-parser (pom.xml,
 * src/estimate/java.ts) is bundled as a CommonJS wrapper that only the first pom.xml read calls. Needs the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, ROOT } from './helpers/cli.js';

const calls = (text: string) => text.match(/require_fxp\(\)/g) ?? [];

describe('the bundles load fast-xml-parser on first use', () => {
  it('the CLI bundle calls its wrapper only where a pom.xml is parsed', () => {
    assertBuilt();
    const cli = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    expect(calls(cli)).toHaveLength(1);
    expect(cli).toMatch(/xmlParser\s*\?\?=\s*typeof require\s*===\s*"function"\s*\?\s*require_fxp\(\)/);
  });

  it('so do the ES module bundles (the API chunks and the Action)', () => {
    const chunks = readdirSync(join(ROOT, 'dist', 'chunks')).map((n) => readFileSync(join(ROOT, 'dist', 'chunks', n), 'utf8'));
    const withParser = chunks.filter((t) => t.includes('require_fxp'));
    expect(withParser.length).toBeGreaterThan(0);
    for (const text of [...withParser, readFileSync(join(ROOT, 'dist', 'action.js'), 'utf8')]) {
      expect(calls(text)).toHaveLength(1);
      expect(text).toMatch(/xmlParser \?\?= typeof __require === "function" \? require_fxp\(\)/);
    }
  });
});

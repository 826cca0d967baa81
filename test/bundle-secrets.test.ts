/**
 * The bundle carries the rules' documentation, whose examples include made-up credentials (LL202's bad example).
 * They are joined at run time (rules/doc-examples.ts madeUpToken), so the built dist/ holds no token-shaped
 * string: the tool's own content scanner finds nothing in it, and this repository's Dockerfile, which copies
 * dist/ into the image, lints without a secret-baked finding and without a suppression. Needs the build
 * (`npm test` builds first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/api.js';
import { contentScanPolicy, scanContent } from '../src/knowledge/secret-scan.js';
import { ROOT } from './helpers/cli.js';

const DIST = join(ROOT, 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built bundle holds no token-shaped string', () => {
  it('the content scanner finds nothing in dist/ (as it would read it in an image)', () => {
    expect(existsSync(join(DIST, 'cli.js')), 'dist/ is built (npm run build)').toBe(true);
    const scanned: string[] = [];
    const found: string[] = [];
    for (const file of filesUnder(DIST)) {
      const path = `/opt/lint-lambda-image/${relative(ROOT, file)}`;
      if (contentScanPolicy(path, statSync(file).size) !== 'scan') continue;
      scanned.push(relative(DIST, file));
      for (const hit of scanContent(readFileSync(file))) found.push(`${relative(ROOT, file)} line ${hit.line}: ${hit.kind}`);
    }
    // The bundles themselves are read (not skipped by the scanner's policy), so an empty scan cannot pass.
    expect(scanned).toEqual(expect.arrayContaining(['cli.js', 'cli.cjs', 'api.js', 'gen-docs.js']));
    expect(found).toEqual([]);
  });

  it("LL202's documentation example still holds the made-up key the docs show", async () => {
    const { default: rule } = await import('../rules/LL202-secret-baked.js');
    expect(rule.docs.bad?.dockerfile).toMatch(/ENV STRIPE_API_KEY=sk_live_[A-Za-z0-9]{20,}\n/);
    const docs = readFileSync(join(ROOT, 'docs/rules/LL202.md'), 'utf8');
    expect(docs).toContain(/ENV STRIPE_API_KEY=(\S+)/.exec(rule.docs.bad!.dockerfile)![0]);
  });

  it("the repository's Dockerfile, which copies dist/, lints without secret-baked and without a suppression of it", async () => {
    const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(text).not.toMatch(/ignore=[^\n]*(secret-baked|LL202)/);
    const report = await new Linter({ cwd: ROOT }).lintFiles([join(ROOT, 'Dockerfile')]);
    expect(report.errors).toEqual([]);
    expect(report.targets[0].findings.filter((f) => f.code === 'LL202').map((f) => f.message)).toEqual([]);
  });
});

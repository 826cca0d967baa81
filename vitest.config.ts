import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The slow tier (`npm run test:slow`; .ci/run runs both tiers): real images built by buildah, umoci and skopeo,
 * real pre-commit, `npm pack` into a strict TypeScript project, big images, and the external fixtures of
 * ../shared (skipped, with the reason, where a clone has none). Everything else is the fast tier (`npm test`):
 * rules, models, reports, the Linter and the CLI.
 */
export const SLOW = [
  'test/estimate/built.test.ts',
  'test/estimate/image-equivalents.test.ts',
  'test/image/built-fixtures.test.ts',
  'test/image/fixtures-external.test.ts',
  'test/image-cli.test.ts',
  'test/precommit.test.ts',
  'test/package.test.ts',
  'test/deploy/cdk-synth.test.ts',
  'test/hostile/slow.test.ts',
  'test/hostile/fuzz.test.ts',
];

const shared = { testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'fast', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW] } },
      { test: { ...shared, name: 'slow', include: SLOW } },
    ],
  },
});

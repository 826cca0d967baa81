import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The slow tier (`npm run test:slow`; .ci/run runs both tiers): real images built by buildah, umoci and skopeo,
 * real pre-commit, `npm pack` into a strict TypeScript project, big images, the external fixtures of
 * ../shared (skipped, with the reason, where a clone has none), and every hostile-input row as a process of its
 * own (its peak memory). Everything else is the fast tier (`npm test`): rules, models, reports, the Linter and
 * the CLI (in-process, with a few end-to-end cases of the built CLI per file).
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

/**
 * Fast files that need a module graph of their own: a module mock (vi.mock), or a check that a lazily loaded
 * module (the shell grammar) is not loaded yet. They run isolated, in the `fast-isolated` project.
 */
export const ISOLATED = ['test/linter-shell-lazy.test.ts', 'test/image/internal-error.test.ts'];

const shared = { testTimeout: 60_000, hookTimeout: 120_000 };

/**
 * The fast tier shares one module graph per worker (isolate: false): importing the linter, its rules and
 * parsers for each of ~80 files took more time than their tests. Forked workers, not threads: the in-process
 * CLI runs in the folder a test gives it (process.chdir, test/helpers/cli.ts), which threads cannot do. One
 * worker per core (vitest's default leaves one core to the main process, which is idle once files are collected).
 */
const fast = { ...shared, pool: 'forks' as const, maxWorkers: '100%' };

/** Module specifiers the builds alias too (scripts/build.mjs): tar-stream's header codec, which its exports do not list. */
const resolve = { alias: { 'tar-stream/headers': fileURLToPath(new URL('./node_modules/tar-stream/headers.js', import.meta.url)) } };

export default defineConfig({
  resolve,
  test: {
    projects: [
      { resolve, test: { ...fast, name: 'fast', isolate: false, include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW, ...ISOLATED] } },
      { resolve, test: { ...fast, name: 'fast-isolated', include: ISOLATED } },
      // After the fast projects when all run at once (a group of its own: its worker count is vitest's default).
      { resolve, test: { ...shared, name: 'slow', include: SLOW, sequence: { groupOrder: 1 } } },
    ],
  },
});

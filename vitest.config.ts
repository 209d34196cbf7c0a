import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql-js: Vite would pick graphql's ESM build for our code while
    // type-graphql and Apollo get the CommonJS one under Node, and scalars from one
    // copy are not `instanceof` the other's.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.e2e.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 60_000,
    // In CI (CI=true) a failed test runs once more; test/helpers/retry-reporter.ts prints
    // "PASSED ON RETRY <test>" and .ci/run lists every such test at the end, so a flaky test is
    // named, not hidden. Locally nothing is retried.
    retry: process.env.CI ? 1 : 0,
    reporters: process.env.CI ? ['default', './test/helpers/retry-reporter.ts'] : ['default'],
    hookTimeout: 120_000,
    // Each file gets its own databases; two cores run two files at a time.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});

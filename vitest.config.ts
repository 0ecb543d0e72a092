import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ when src/ changed: the CLI tests run the built CLI, as users do.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Tests that spawn the CLI or build warehouses need more than the 5 s default on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

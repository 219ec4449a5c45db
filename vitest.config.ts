import preact from '@preact/preset-vite'
import { defineConfig } from 'vitest/config'

// Two suites: fast pure/unit tests, and end-to-end tests that drive real Chromium and Firefox.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
          // CLI tests start real processes; a loaded 2-core machine needs more than the 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
})

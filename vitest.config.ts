import preact from '@preact/preset-vite'
import { defineConfig } from 'vitest/config'
import { unitTest } from './vitest.unit.config.ts'

// Two suites: fast pure/unit tests, and end-to-end tests that drive real Chromium and Firefox.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      { extends: true, test: unitTest },
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

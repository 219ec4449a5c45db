import preact from '@preact/preset-vite'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

// The unit suite on its own: the `unit` project of vitest.config.ts, and the suite StrykerJS runs against each
// mutant (a config with one project, so the mutation run never starts the e2e project's browsers).
export const unitTest: NonNullable<TestProjectInlineConfiguration['test']> = {
  name: 'unit',
  environment: 'node',
  include: ['test/unit/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts'],
  setupFiles: ['test/unit/setup.ts'],
  // CLI tests start real processes; a loaded 2-core machine needs more than the 5 s default.
  testTimeout: 30_000,
}

export default defineConfig({ plugins: [preact()], test: unitTest })

import preact from '@preact/preset-vite'
import { defineConfig } from 'vitest/config'
import { unitTest } from './vitest.unit.config.ts'

// The unit suite as StrykerJS runs it: instrumented code (every mutant compiled in, switched at run time) runs
// several times slower, so the per-test limit is raised; Stryker sets each mutant's own timeout from this run.
export default defineConfig({ plugins: [preact()], test: { ...unitTest, testTimeout: 180_000 } })

import preact from '@preact/preset-vite'
import { defineConfig } from 'vitest/config'
import { unitTest } from './vitest.unit.config.ts'

// The unit suite as StrykerJS runs it: instrumented code (every mutant compiled in, switched at run time) runs
// several times slower, so the per-test limit is raised; Stryker sets each mutant's own timeout from this run.
// MUTATION_TESTS (a glob, e.g. the folder's own tests) runs only those: a lower bound of the whole suite's score,
// for a loaded machine (docs/testing.md).
const only = process.env.MUTATION_TESTS
export default defineConfig({
  plugins: [preact()],
  test: { ...unitTest, ...(only ? { include: [only] } : {}), testTimeout: 180_000 },
})

// Under StrykerJS every mutant reruns the instrumented tests that cover it, and a generated property covers
// most of the code it calls: there a property runs a tenth of its cases (at least 10), which keeps Stryker's
// initial run under its 5-minute limit on a shared machine (docs/testing.md). STRYKER_MUTATOR_WORKER is set by
// Stryker in its test-runner processes.
export const runs = (numRuns = 100): { numRuns: number } => ({
  numRuns: process.env.STRYKER_MUTATOR_WORKER === undefined ? numRuns : Math.max(10, Math.ceil(numRuns / 10)),
})

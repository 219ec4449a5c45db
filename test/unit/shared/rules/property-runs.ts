// Under StrykerJS every mutant reruns the instrumented tests that cover it, and the generated properties
// cover nearly all of this folder: there they run a tenth of their cases (at least 10), which still reaches
// every branch they reach, so a run of the folder ends in minutes on a shared machine (docs/testing.md).
// STRYKER_MUTATOR_WORKER is set by Stryker in its test-runner processes.
export const runs = (numRuns = 100): { numRuns: number } => ({
  numRuns: process.env.STRYKER_MUTATOR_WORKER === undefined ? numRuns : Math.max(10, Math.ceil(numRuns / 10)),
})

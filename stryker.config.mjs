// StrykerJS: mutation testing of the critical folders against the unit suite (`npm run mutation [-- FOLDER...]`,
// driven by scripts/mutation.mjs, which sets `mutate` and writes the per-folder table).
// TypeScript 7 is a native compiler whose package exports no JavaScript API (`import('typescript')` is only its
// version). Two parts of Stryker call that API, so neither is used:
// - the type checker (@stryker-mutator/typescript-checker): vitest runs a mutant that would not type-check just
//   the same, so such a mutant is killed or survives honestly (it is never hidden as "compile error");
// - the sandbox's tsconfig rewriting, which only re-points `extends`/`references` outside the project (ours has
//   none). `inPlace` runs in the work tree instead of a copy, which skips that step by design: Stryker puts every
//   file back when it ends or is interrupted (scripts/mutation.mjs also refuses to start on uncommitted changes
//   to the files it mutates, so `git checkout` restores them if the process is killed).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // Two cores: one test process per core.
  concurrency: 2,
  // Module-level constants (tables of BILL facts) would rerun the whole suite for each mutant.
  ignoreStatic: true,
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'artifacts/mutation/mutation.json' },
  htmlReporter: { fileName: 'artifacts/mutation/index.html' },
  inPlace: true,
  // No `// @ts-nocheck` added to the tree's files: vitest does not type-check, and the default pattern also
  // rewrote test fixtures (tests that report fixture line numbers failed the initial run) and locked every
  // file of the work tree for the length of a run. Only the mutated files are changed now.
  disableTypeChecks: false,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 20_000,
}

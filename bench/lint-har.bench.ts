import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lintPaths } from '../src/cli/lint.ts'
import { type Benchmark, median, ms, timeRuns } from './bench.ts'
import { generateHar } from './generate-har.ts'

const RUNS = 5
const MIN_BYTES = 55 * 1024 * 1024

/** bill-mfa-lint on a ≥ 50 MB HAR, against node merely reading and JSON.parse-ing the same file. */
const benchmark: Benchmark = {
  name: 'lint-har',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-bench-'))
    try {
      const file = join(dir, 'capture.har')
      const har = generateHar(file, MIN_BYTES)
      console.log(
        `  ${(har.bytes / 1024 / 1024).toFixed(1)} MB HAR: ${har.entries} entries, ${har.billEntries} BILL, ${har.planted} with a deprecated value`,
      )
      const now = new Date('2026-04-10')
      const result = await lintPaths([file], { hosts: [], now })
      const breaking = result.findings.filter(
        (f) => f.report.ruleId.startsWith('mfa-') && f.report.severity === 'error',
      )
      if (breaking.length !== har.planted)
        throw new Error(`found ${breaking.length} of ${har.planted} planted values`)
      console.log(`  all ${har.planted} planted values reported; ${result.findings.length} findings in total`)

      const baseline = median(await timeRuns(RUNS, () => JSON.parse(readFileSync(file, 'utf8'))))
      const inProcess = median(await timeRuns(RUNS, () => lintPaths([file], { hosts: [], now })))
      console.log(`  median of ${RUNS} runs (after a warm-up):`)
      console.log(`    node read + JSON.parse (in process)      ${ms(baseline)}`)
      console.log(
        `    lintPaths (in process)                   ${ms(inProcess)}   ${(inProcess / baseline).toFixed(2)}× baseline`,
      )
      // The whole process (the shipped bundle) is measured by lint-cli.bench.ts.
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}

export default benchmark

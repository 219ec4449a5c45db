import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type HarFileEvent, readHarText } from '../src/devtools/har-file/read-har.ts'
import { type Benchmark, median, ms, timeRuns } from './bench.ts'
import { generateHar } from './generate-har.ts'

const RUNS = 3
const MIN_BYTES = 50 * 1024 * 1024

/**
 * Opening a ≥ 50 MB HAR in the panel page, against JSON.parse of the same text (what a page that parsed on
 * its main thread would freeze for). The reader (parse, convert, analyze) runs in a worker: its total is
 * off the page's thread. What the page itself does per chunk is taking the worker's message (a structured
 * clone of the chunk's rows, measured here with the same algorithm) and appending the rows; its longest
 * such task is the figure that says whether the page can freeze.
 */
const benchmark: Benchmark = {
  name: 'panel-har-open',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'bill-har-open-bench-'))
    try {
      const file = join(dir, 'capture.har')
      const har = generateHar(file, MIN_BYTES)
      const text = readFileSync(file, 'utf8')
      console.log(
        `  ${(har.bytes / 1024 / 1024).toFixed(1)} MB HAR: ${har.entries} entries, ${har.billEntries} BILL`,
      )

      const baseline = median(await timeRuns(RUNS, () => JSON.parse(text)))
      const reader = median(await timeRuns(RUNS, () => readHarText(text, 'capture.har', [], () => {})))

      const events: HarFileEvent[] = []
      readHarText(text, 'capture.har', [], (e) => events.push(e))
      const flagged = events
        .flatMap((e) => (e.type === 'rows' ? e.rows : []))
        .filter((r) => r.severity === 'error')
      if (flagged.length < har.planted)
        throw new Error(`flagged ${flagged.length} of ${har.planted} planted values`)
      const pageTasks: number[] = []
      let rows: unknown[] = []
      for (const event of events) {
        const start = performance.now()
        const received = structuredClone(event)
        if (received.type === 'rows') rows = rows.concat(received.rows)
        pageTasks.push(performance.now() - start)
      }
      const longest = Math.max(...pageTasks)
      const total = pageTasks.reduce((a, b) => a + b, 0)
      console.log(`  ${flagged.length} rows flagged as errors (${har.planted} planted); ${rows.length} rows`)
      console.log(`    JSON.parse of the file (baseline)            ${ms(baseline)}`)
      console.log(
        `    reader in the worker (parse+convert+analyze) ${ms(reader)}   ${(reader / baseline).toFixed(2)}× baseline`,
      )
      console.log(
        `    page: longest task per chunk                 ${ms(longest)}   ${(longest / baseline).toFixed(3)}× baseline`,
      )
      console.log(
        `    page: all chunk tasks together               ${ms(total)}   ${(total / baseline).toFixed(2)}× baseline`,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}

export default benchmark

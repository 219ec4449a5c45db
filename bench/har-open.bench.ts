import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readHarBytes } from '../src/devtools/har-file/read-har.ts'
import { fromWire, toWire, type WireEvent } from '../src/devtools/har-file/wire.ts'
import { readHar } from '../src/shared/har/read.ts'
import { type Benchmark, median, ms, timeRuns } from './bench.ts'
import { generateHar } from './generate-har.ts'

const RUNS = 3

/** CPU milliseconds (user + system, this process) of each of `runs` calls, after one warm-up call. */
function cpuRuns(runs: number, fn: () => unknown): number[] {
  fn()
  return Array.from({ length: runs }, () => {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000
  })
}
const MIN_BYTES = 50 * 1024 * 1024

/**
 * Opening a ≥ 50 MB HAR in the panel page, against JSON.parse of the same text (what a page that parsed on
 * its main thread would freeze for). The reader (parse, convert, analyze) runs in a worker: its total is
 * off the page's thread. What the page itself does per chunk is taking the worker's message (a structured
 * clone of the chunk's texts, measured here with the same algorithm, then JSON.parse of its rows' summaries,
 * each row's entry kept as text until read: wire.ts) and appending the rows; its longest such task says whether the page can freeze.
 */
const benchmark: Benchmark = {
  name: 'panel-har-open',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'bill-har-open-bench-'))
    try {
      const file = join(dir, 'capture.har')
      const har = generateHar(file, MIN_BYTES)
      const bytes = readFileSync(file)
      const text = bytes.toString('utf8')
      console.log(
        `  ${(har.bytes / 1024 / 1024).toFixed(1)} MB HAR: ${har.entries} entries, ${har.billEntries} BILL`,
      )

      const baseline = median(await timeRuns(RUNS, () => JSON.parse(text)))
      const reader = median(await timeRuns(RUNS, () => readHarBytes(bytes, 'capture.har', [], toWire)))
      // CPU time too: on a shared machine the wall clock also counts the time others' work holds the cores.
      const baselineCpu = median(cpuRuns(RUNS, () => JSON.parse(text)))
      const readerCpu = median(cpuRuns(RUNS, () => readHarBytes(bytes, 'capture.har', [], toWire)))
      // The shared HAR reader's own part: locating every entry and parsing it (other sites' bodies left out).
      const parseCpu = median(
        cpuRuns(RUNS, () => {
          const found = readHar(bytes, 'capture.har')
          if ('error' in found) throw new Error(found.error)
          const { entries } = found
          for (let i = 0; i < entries.count; i++) entries.entry(i, entries.mayBeBill(i))
        }),
      )

      // What the worker posts (wire.ts): each chunk's rows as one JSON text.
      const events: WireEvent[] = []
      readHarBytes(bytes, 'capture.har', [], (e) => events.push(toWire(e)))
      const flagged = events
        .map(fromWire)
        .flatMap((e) => (e.type === 'rows' ? e.rows : []))
        .filter((r) => r.severity === 'error')
      if (flagged.length < har.planted)
        throw new Error(`flagged ${flagged.length} of ${har.planted} planted values`)
      const pageTasks: number[] = []
      // As the page does (useHarFile.ts): one array, grown in place (a copy per chunk grew with the file).
      const rows: unknown[] = []
      const pageStart = process.cpuUsage()
      for (const event of events) {
        const start = performance.now()
        const received = fromWire(structuredClone(event))
        if (received.type === 'rows') for (const row of received.rows) rows.push(row)
        pageTasks.push(performance.now() - start)
      }
      const pageUsed = process.cpuUsage(pageStart)
      const pageCpu = (pageUsed.user + pageUsed.system) / 1000
      const longest = Math.max(...pageTasks)
      const total = pageTasks.reduce((a, b) => a + b, 0)
      if (rows.length !== har.entries) throw new Error(`${rows.length} rows of ${har.entries} entries`)
      console.log(`  ${flagged.length} rows flagged as errors (${har.planted} planted); ${rows.length} rows`)
      console.log(`    JSON.parse of the file (baseline)            ${ms(baseline)}`)
      console.log(
        `    reader in the worker (bytes to all rows)     ${ms(reader)}   ${(reader / baseline).toFixed(2)}× baseline`,
      )
      console.log(
        `    the same as CPU time (JSON.parse ${ms(baselineCpu).trim()})   ${ms(readerCpu)}   ${(readerCpu / baselineCpu).toFixed(2)}× baseline`,
      )
      console.log(
        `    of which locating and parsing the entries    ${ms(parseCpu)}   ${(parseCpu / baselineCpu).toFixed(2)}× baseline (CPU)`,
      )
      console.log(
        `    all rows on the page (worker + page tasks)   ${ms(reader + total)}   ${((reader + total) / baseline).toFixed(2)}× baseline`,
      )
      console.log(
        `    the same as CPU time (reader + page)         ${ms(readerCpu + pageCpu)}   ${((readerCpu + pageCpu) / baselineCpu).toFixed(2)}× baseline`,
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

import { indentedEntry } from '../src/devtools/export/entry-text.ts'
import { warmExport } from '../src/devtools/export/export-warmup.ts'
import { harDocument } from '../src/devtools/export/har.ts'
import { harBlob } from '../src/devtools/export/har-blob.ts'
import { collectSecrets, KnownSecrets, NO_SECRETS } from '../src/shared/redact/index.ts'
import { exportRows } from '../test/fixtures/panel/export-rows.ts'
import { type Benchmark, median, ms } from './bench.ts'

const RUNS = 5
const ROWS = 10_000
// The panel writes rows ahead once the capture is quiet: a 10,000-row capture arriving in 10 bursts.
const BURST = 1_000

/** Wall clock and CPU time of each slice of some sliced work; `next` is its nextSlice. */
function sliceClock() {
  const wall: number[] = []
  const cpu: number[] = []
  let resumed = performance.now()
  let used = process.cpuUsage()
  const end = () => {
    wall.push(performance.now() - resumed)
    const { user, system } = process.cpuUsage(used)
    cpu.push((user + system) / 1000)
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  return {
    next: async () => {
      end()
      resumed = performance.now()
      used = process.cpuUsage()
    },
    /** Ends the last slice; the totals and the longest slice. */
    done: () => {
      end()
      return { work: sum(wall), workCpu: sum(cpu), longest: Math.max(...wall), longestCpu: Math.max(...cpu) }
    },
  }
}

/** One redacted HAR export: the work of all its slices, and its longest slice (a task of the panel's page). */
async function exportOnce(rows: ReturnType<typeof exportRows>, known: KnownSecrets) {
  const clock = sliceClock()
  const blob = await harBlob(rows, 'redacted', '1.0.0', known, { nextSlice: clock.next })
  return { blob, ...clock.done() }
}

/** The panel's idle work as rows arrive, burst by burst: the known secrets grow, the new rows are written. */
async function ingest(rows: ReturnType<typeof exportRows>) {
  // Read at capture, before any writing ahead (captured-request.ts): not counted as idle work.
  const revealed = rows.map(collectSecrets)
  const clock = sliceClock()
  let known = NO_SECRETS
  for (let from = 0; from < rows.length; from += BURST) {
    known = known.with(revealed.slice(from, from + BURST).flat())
    await warmExport(rows.slice(0, from + BURST), known, { nextSlice: clock.next }, () => false)
    // The panel starts each burst's writing in a task of its own (a timer once the capture is quiet): without
    // this, the clock took the last slice of one burst and the first of the next for one task (280-337 ms).
    await clock.next()
  }
  return { known, ...clock.done() }
}

type Result = Awaited<ReturnType<typeof exportOnce>>

/** CPU milliseconds of `work` (every thread of the process: the garbage collector's too). */
async function cpuOf(work: () => unknown): Promise<number> {
  const used = process.cpuUsage()
  await work()
  const { user, system } = process.cpuUsage(used)
  return (user + system) / 1000
}

/**
 * Where a cold export's time goes, beside its redaction: the export with nothing to redact (each row's text
 * written at its depth, encoded, copied into the Blob), and one search for the known values, in every
 * spelling, over every row's text (what masking the stringified rows would cost at the least).
 */
async function floors(rows: ReturnType<typeof exportRows>, known: KnownSecrets) {
  const unredacted = await cpuOf(() =>
    harBlob(rows, 'raw', '1.0.0', NO_SECRETS, { nextSlice: async () => {} }),
  )
  const texts = rows.map(indentedEntry)
  const search = await cpuOf(() => {
    for (const text of texts) known.holdsLearnedFrom(text, 0)
  })
  return { unredacted, search }
}

function report(label: string, results: Result[], baseline: number, baselineCpu: number) {
  const work = median(results.map((r) => r.work))
  const workCpu = median(results.map((r) => r.workCpu))
  console.log(
    `    ${label.padEnd(37)}${ms(work)} wall, ${ms(workCpu)} CPU   ` +
      `${(work / baseline).toFixed(2)}× baseline wall, ${(workCpu / baselineCpu).toFixed(2)}× CPU`,
  )
  const longest = median(results.map((r) => r.longest))
  const longestCpu = median(results.map((r) => r.longestCpu))
  console.log(`      longest slice (a task of the page) ${ms(longest)} wall, ${ms(longestCpu)} CPU`)
}

/**
 * The panel's "Export HAR" of 10,000 rows, redacted, with one session id for all rows and with a new one per
 * row (10,000 known secrets), against JSON.stringify of the same HAR unredacted (the serialisation alone).
 * Cold: no row written ahead (the export right after a burst). Warm: the rows written ahead while the panel
 * was idle, burst by burst, so most were written before the last secrets were learned; that idle work is
 * printed too. The work runs in slices that yield to the page: the longest slice is the page's longest task.
 */
const benchmark: Benchmark = {
  name: 'panel-export',
  async run() {
    for (const distinct of [1, ROWS]) {
      const baselines: number[] = []
      const baselineCpus: number[] = []
      const cold: Result[] = []
      const warm: Result[] = []
      const idle: Awaited<ReturnType<typeof ingest>>[] = []
      const floor: Awaited<ReturnType<typeof floors>>[] = []
      let size = 0
      for (let run = 0; run <= RUNS; run++) {
        const rows = exportRows(ROWS, distinct)
        const start = performance.now()
        const used = process.cpuUsage()
        JSON.stringify(harDocument(rows, 'raw', '1.0.0'), null, 2)
        const baseline = performance.now() - start
        const { user, system } = process.cpuUsage(used)
        // A fresh set: the matcher of its secrets is built inside the export, as in the panel after a burst.
        const coldKnown = new KnownSecrets(rows.flatMap(collectSecrets))
        const coldResult = await exportOnce(rows, coldKnown)
        const floorResult = await floors(rows, coldKnown)
        const warmRows = exportRows(ROWS, distinct)
        const ingested = await ingest(warmRows)
        size = ingested.known.size
        const warmResult = await exportOnce(warmRows, ingested.known)
        if (run === 0) {
          for (const { blob } of [coldResult, warmResult])
            if ((await blob.text()).includes('sess-000001-'))
              throw new Error('a session id survived the redacted export')
          continue
        }
        baselines.push(baseline)
        baselineCpus.push((user + system) / 1000)
        cold.push(coldResult)
        warm.push(warmResult)
        idle.push(ingested)
        floor.push(floorResult)
      }
      const baseline = median(baselines)
      const baselineCpu = median(baselineCpus)
      console.log(`  ${ROWS} rows × ${size} known secrets, median of ${RUNS} (after a warm-up):`)
      // Wall clock counts the time other processes held the CPU; CPU time is what the work itself used.
      console.log(`    JSON.stringify of the HAR (baseline)   ${ms(baseline)} wall, ${ms(baselineCpu)} CPU`)
      report('export, cold (no row written ahead)', cold, baseline, baselineCpu)
      report('export, warm (rows written ahead)', warm, baseline, baselineCpu)
      const ratio = (t: number) => `${(t / baselineCpu).toFixed(2)}× CPU`
      console.log(
        `    of a cold export, beside redaction: the export unredacted ${ratio(median(floor.map((f) => f.unredacted)))}, ` +
          `one search for the known values over every row's text ${ratio(median(floor.map((f) => f.search)))}`,
      )
      const idleCpu = median(idle.map((i) => i.workCpu))
      const idleLongest = median(idle.map((i) => i.longestCpu))
      console.log(
        `    idle work writing the rows ahead     ${ms(idleCpu)} CPU in all, longest slice ${ms(idleLongest)} CPU`,
      )
    }
  },
}

export default benchmark

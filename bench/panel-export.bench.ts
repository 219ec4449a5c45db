import { harDocument } from '../src/devtools/export/har.ts'
import { harBlob } from '../src/devtools/export/har-blob.ts'
import { collectSecrets, KnownSecrets } from '../src/shared/redact/index.ts'
import { exportRows } from '../test/fixtures/panel/export-rows.ts'
import { type Benchmark, median, ms } from './bench.ts'

const RUNS = 5
const ROWS = 10_000

/** One redacted HAR export: the work of all its slices, and its longest slice (a task of the panel's page). */
async function exportOnce(rows: ReturnType<typeof exportRows>, known: KnownSecrets) {
  const slices: number[] = []
  const cpu: number[] = []
  let resumed = performance.now()
  let used = process.cpuUsage()
  const endSlice = () => {
    slices.push(performance.now() - resumed)
    const { user, system } = process.cpuUsage(used)
    cpu.push((user + system) / 1000)
  }
  const blob = await harBlob(rows, 'redacted', '1.0.0', known, {
    nextSlice: async () => {
      endSlice()
      resumed = performance.now()
      used = process.cpuUsage()
    },
  })
  endSlice()
  return {
    blob,
    work: slices.reduce((a, b) => a + b, 0),
    workCpu: cpu.reduce((a, b) => a + b, 0),
    longest: Math.max(...slices),
    longestCpu: Math.max(...cpu),
  }
}

/**
 * The panel's "Export HAR" of 10,000 rows, redacted, with one session id for all rows and with a new one per
 * row (10,000 known secrets), against JSON.stringify of the same HAR unredacted (the serialisation alone).
 * The export runs in slices that yield to the page: the longest slice is the longest task the page sees.
 */
const benchmark: Benchmark = {
  name: 'panel-export',
  async run() {
    for (const distinct of [1, ROWS]) {
      const rows = exportRows(ROWS, distinct)
      // As the panel holds them: what each row reveals, read at capture.
      const known = new KnownSecrets(rows.flatMap(collectSecrets))
      const baselines: number[] = []
      const baselineCpus: number[] = []
      const works: number[] = []
      const workCpus: number[] = []
      const longests: number[] = []
      const longestCpus: number[] = []
      for (let run = 0; run <= RUNS; run++) {
        const start = performance.now()
        const used = process.cpuUsage()
        JSON.stringify(harDocument(rows, 'raw', '1.0.0'), null, 2)
        const baseline = performance.now() - start
        const { user, system } = process.cpuUsage(used)
        // A fresh set each run: the matcher of its secrets is built inside the export, as in the panel.
        const result = await exportOnce(rows, new KnownSecrets(known.list()))
        if (run === 0) {
          const text = await result.blob.text()
          if (text.includes('sess-000001-')) throw new Error('a session id survived the redacted export')
          continue
        }
        baselines.push(baseline)
        baselineCpus.push((user + system) / 1000)
        works.push(result.work)
        workCpus.push(result.workCpu)
        longests.push(result.longest)
        longestCpus.push(result.longestCpu)
      }
      const baseline = median(baselines)
      const work = median(works)
      const baselineCpu = median(baselineCpus)
      const workCpu = median(workCpus)
      console.log(`  ${ROWS} rows × ${known.size} known secrets, median of ${RUNS} (after a warm-up):`)
      // Wall clock counts the time other processes held the CPU; CPU time is what the work itself used.
      console.log(`    JSON.stringify of the HAR (baseline)     ${ms(baseline)} wall, ${ms(baselineCpu)} CPU`)
      console.log(
        `    redacted export, all slices              ${ms(work)} wall, ${ms(workCpu)} CPU   ` +
          `${(work / baseline).toFixed(2)}× baseline wall, ${(workCpu / baselineCpu).toFixed(2)}× CPU`,
      )
      console.log(
        `    longest slice (a task of the page)       ${ms(median(longests))} wall, ${ms(median(longestCpus))} CPU`,
      )
    }
  },
}

export default benchmark

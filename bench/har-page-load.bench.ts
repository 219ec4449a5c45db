import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { BASE_URLS } from '../src/shared/bill/hosts.ts'
import { type ChromiumExtension, launchChromium } from '../test/e2e/harness/chromium.ts'
import { type Benchmark, median, ms } from './bench.ts'
import { recordMainThreadTasks, type Task } from './main-thread-tasks.ts'

const ENTRIES = 100_000
const RUNS = 3

/**
 * A HAR of `count` small entries, one in five a BILL MFA challenge (a third of those with the removed
 * `useBackup: true`), the rest a script from a CDN. `shuffled`: start times out of file order, so the page
 * has to sort once when the file is read.
 */
function compactHar(path: string, count: number, shuffled: boolean): void {
  const start = Date.parse('2026-04-02T09:00:00.000Z')
  const entries = Array.from({ length: count }, (_, i) => {
    const at = shuffled ? (i * 7919) % count : i
    const bill = i % 5 === 0
    const body = JSON.stringify({ challengeId: `c${i}`, useBackup: i % 15 === 0 })
    return JSON.stringify({
      startedDateTime: new Date(start + at * 10).toISOString(),
      time: 42,
      request: {
        method: bill ? 'POST' : 'GET',
        url: bill ? `${BASE_URLS.sandbox.v3}/v3/mfa/challenge` : `https://cdn.example.com/app.${i}.js`,
        httpVersion: 'http/2.0',
        headers: [{ name: 'accept', value: 'application/json' }],
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: -1,
        ...(bill ? { postData: { mimeType: 'application/json', text: body } } : {}),
      },
      response: {
        status: 200,
        statusText: '',
        httpVersion: 'http/2.0',
        headers: [],
        cookies: [],
        content: { mimeType: 'application/json', text: bill ? '{"challengeId":"c"}' : '' },
        redirectURL: '',
      },
      cache: {},
      timings: { send: 0.1, wait: 40, receive: 1.9 },
    })
  })
  writeFileSync(path, `{"log":{"version":"1.2","entries":[${entries.join(',')}]}}`)
}

interface Run {
  tasks: Task[]
  total: number
}

/** A fresh page each time: no garbage of an earlier file or of the baseline is collected during the load. */
async function freshPage(ext: ChromiumExtension): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await ext.context.newPage()
  await page.goto(new URL('src/devtools/panel.html', ext.baseUrl).href)
  await page.setViewportSize({ width: 1280, height: 720 })
  return { page, cdp: await ext.context.newCDPSession(page) }
}

async function openOnce(ext: ChromiumExtension, path: string): Promise<Run> {
  const { page, cdp } = await freshPage(ext)
  const started = Date.now()
  const tasks = await recordMainThreadTasks(cdp, async () => {
    await page.locator('[data-testid="har-open"]').setInputFiles(path)
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="har-status"]')?.getAttribute('data-entries') === String(n),
      ENTRIES,
      { polling: 500, timeout: 600_000 },
    )
  })
  const total = Date.now() - started
  await page.close()
  return { tasks, total }
}

/** JSON.parse of the file on the page, as one task (its CPU time). */
async function parseOnPage(ext: ChromiumExtension, path: string): Promise<number> {
  const { page, cdp } = await freshPage(ext)
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { type: 'file', id: 'bench-file' })
    document.body.append(input)
  })
  await page.setInputFiles('#bench-file', path)
  const tasks = await recordMainThreadTasks(cdp, () =>
    page.evaluate(async () => {
      const text = await document.querySelector<HTMLInputElement>('#bench-file')!.files![0]!.text()
      JSON.parse(text)
    }),
  )
  await page.close()
  return longest(tasks, 'cpuMs')
}

const longest = (tasks: Task[], key: keyof Task) => Math.max(0, ...tasks.map((t) => t[key]))

/**
 * Opening 100,000 entries in the stand-alone HAR inspector in real Chromium: the page's longest main-thread
 * task while the worker's chunks arrive and the grid renders, against JSON.parse of the same file on the
 * same page (what a page that parsed on its main thread would freeze for). Tasks are read from Chromium's
 * trace with their thread CPU time, which a machine busy with other work does not inflate. Files in
 * start-time order (as browsers export them) and shuffled (sorted once at the end). Target: no task over 50 ms.
 */
const benchmark: Benchmark = {
  name: 'panel-har-page-100k',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'bill-har-page-bench-'))
    const ext = await launchChromium()
    try {
      for (const shuffled of [false, true]) {
        const path = join(dir, shuffled ? 'shuffled.har' : 'in-order.har')
        compactHar(path, ENTRIES, shuffled)
        const baseline = await parseOnPage(ext, path)
        const runs: Run[] = []
        for (let i = 0; i < RUNS; i++) runs.push(await openOnce(ext, path))
        const cpu = median(runs.map((r) => longest(r.tasks, 'cpuMs')))
        const wall = median(runs.map((r) => longest(r.tasks, 'wallMs')))
        const over = runs.map((r) => r.tasks.filter((t) => t.cpuMs > 50).length)
        console.log(
          `  ${ENTRIES.toLocaleString('en-US')} entries, ${shuffled ? 'shuffled' : 'in start-time order'} (CPU time of the page's main thread):`,
        )
        console.log(`    JSON.parse of the file on the page (baseline) ${ms(baseline)}`)
        console.log(
          `    page: longest task while loading (median)    ${ms(cpu)}   ${(cpu / baseline).toFixed(3)}× baseline`,
        )
        console.log(`    page: tasks over 50 ms, per run              ${over.join(', ')}`)
        console.log(
          `    wall clock: longest task ${ms(wall).trim()}, file open to all rows shown ${ms(median(runs.map((r) => r.total))).trim()} (medians; inflated on a busy machine)`,
        )
      }
    } finally {
      await ext.close()
      rmSync(dir, { recursive: true, force: true })
    }
  },
}

export default benchmark

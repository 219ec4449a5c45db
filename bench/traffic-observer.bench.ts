import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { startSandbox } from '../sandbox/server.ts'
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/e2e/harness/browsers.ts'
import { launchChromium } from '../test/e2e/harness/chromium.ts'
import { type Benchmark, median } from './bench.ts'

const REQUESTS = 1_000
const ROUNDS = 5
/** Linux's clock tick for /proc/<pid>/stat CPU times (USER_HZ). */
const TICK_MS = 10

/** What a page posts: 1 KB JSON bodies to the sandbox's MFA challenge, with the deprecated field or not. */
const ALL_KINDS = { ordinary: false, flagged: true } as const
/** `TRAFFIC_OBSERVER_KINDS=ordinary` measures one row (a flagged row takes minutes on a busy machine). */
const KINDS = Object.fromEntries(
  Object.entries(ALL_KINDS).filter(
    ([kind]) =>
      !process.env.TRAFFIC_OBSERVER_KINDS || process.env.TRAFFIC_OBSERVER_KINDS.split(',').includes(kind),
  ),
)

/** Runs in the page: posts REQUESTS bodies one after another, returns the milliseconds it took. */
export async function postAll([url, count, deprecated]: [string, number, boolean]) {
  const body = JSON.stringify({ useBackup: deprecated, note: 'x'.repeat(1000) })
  const start = performance.now()
  for (let i = 0; i < count; i++)
    await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } })
  return performance.now() - start
}

/**
 * `TRAFFIC_OBSERVER_FLOOR=1` measures, in place of ours, an extension whose worker has one empty
 * onBeforeRequest listener asking for bodies: what the browser's delivery alone costs, before any of our code.
 */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bill-companion-floor-'))
  const manifest = {
    manifest_version: 3,
    name: 'one empty webRequest listener',
    version: '1.0',
    permissions: ['webRequest'],
    host_permissions: ['http://127.0.0.1/*'],
    background: { service_worker: 'sw.js' },
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
  writeFileSync(
    join(dir, 'sw.js'),
    "chrome.webRequest.onBeforeRequest.addListener(() => undefined, { urls: ['http://127.0.0.1/*'] }, ['requestBody'])\n",
  )
  return dir
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

/** The extension's renderer (it runs the service worker): a process of ours started with --extension-process. */
function extensionProcess(): number {
  const queue = [process.pid]
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    const cmdline = (() => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      } catch {
        return ''
      }
    })()
    if (cmdline.includes('--extension-process')) return pid
    queue.push(...children(pid))
  }
  throw new Error('no extension process found among this process tree')
}

/** User + system CPU milliseconds a process has used. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS
}

/** The CPU a process used for a burst, once it has gone quiet (no tick added for 500 ms). */
async function settledCpu(pid: number): Promise<number> {
  let last = cpuMs(pid)
  for (;;) {
    await new Promise((r) => setTimeout(r, 500))
    const now = cpuMs(pid)
    if (now === last) return now
    last = now
  }
}

/**
 * The every-tab observer's cost (issue 24 §3): a page on the local sandbox posts REQUESTS 1 KB JSON bodies to
 * the sandbox's (watched) MFA challenge, in Chromium with the extension loaded and in one without it, rounds
 * interleaved; medians of ROUNDS. Figures: the page's time with / without (target <= 1.05x for ordinary
 * bodies) and the extension process's CPU per request, read from /proc (target <= 0.2 ms per ordinary one).
 */
const benchmark: Benchmark = {
  name: 'traffic-observer',
  async run() {
    const sandbox = await startSandbox({ quiet: true })
    const floorDir = process.env.TRAFFIC_OBSERVER_FLOOR ? floorExtension() : undefined
    const ext = await launchChromium(floorDir ? { dist: floorDir } : {})
    if (floorDir)
      console.log('  the floor: one empty onBeforeRequest listener with requestBody in place of ours')
    const plainDir = mkdtempSync(join(tmpdir(), 'bill-companion-plain-'))
    const plain: BrowserContext = await chromium.launchPersistentContext(plainDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
    })
    try {
      const pid = extensionProcess()
      const url = `${sandbox.origin}/connect/v3/mfa/challenge`
      const pages = {
        with: await ext.context.newPage(),
        without: await plain.newPage(),
      }
      for (const page of Object.values(pages)) await page.goto(`${sandbox.origin}/demo`)
      console.log(`  ${REQUESTS} POSTs of 1 KB JSON per run, medians of ${ROUNDS} rounds`)
      for (const [kind, deprecated] of Object.entries(KINDS)) {
        const times = { with: [] as number[], without: [] as number[] }
        const cpu: number[] = []
        for (let round = 0; round < ROUNDS; round++) {
          for (const side of (round % 2 ? ['without', 'with'] : ['with', 'without']) as (
            | 'with'
            | 'without'
          )[]) {
            const before = side === 'with' ? await settledCpu(pid) : 0
            times[side].push(
              await pages[side].evaluate(postAll, [url, REQUESTS, deprecated] as [string, number, boolean]),
            )
            if (side === 'with') cpu.push(((await settledCpu(pid)) - before) / REQUESTS)
          }
        }
        const [w, wo] = [median(times.with), median(times.without)]
        console.log(
          `  ${kind.padEnd(9)} page with ${w.toFixed(0)} ms, without ${wo.toFixed(0)} ms: ratio ${(w / wo).toFixed(2)}x;` +
            `  extension CPU ${median(cpu).toFixed(2)} ms per request`,
        )
      }
    } finally {
      await plain.close()
      rmSync(plainDir, { recursive: true, force: true })
      await ext.close()
      if (floorDir) rmSync(floorDir, { recursive: true, force: true })
      await sandbox.close()
    }
  },
}

export default benchmark

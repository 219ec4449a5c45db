import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ChromiumExtension, launchChromium } from '../test/e2e/harness/chromium.ts'
import { type Benchmark, median, ms } from './bench.ts'

const RUNS = 15
const WARMUP = 2

/** The page that sends the message (the minimal extension has one at the same path). */
const PAGE = 'src/options/index.html'

/** The protocol's `ping`, as a page sends it (src/ui/rpc.ts). */
const PING = { source: 'bill-sandbox-companion', name: 'ping', params: undefined }

/** A minimal MV3 extension whose worker answers the same message at once: the floor of any cold start. */
function minimalExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bill-companion-minimal-'))
  const manifest = {
    manifest_version: 3,
    name: 'minimal worker',
    version: '1.0',
    background: { service_worker: 'sw.js', type: 'module' },
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
  writeFileSync(
    join(dir, 'sw.js'),
    'chrome.runtime.onMessage.addListener((m, s, send) => { send({ ok: true, result: { version: "1.0" } }) })\n',
  )
  mkdirSync(join(dir, 'src/options'), { recursive: true })
  writeFileSync(join(dir, PAGE), '<!doctype html><title>page</title>\n')
  return dir
}

/** Milliseconds from a page sending `ping` to its answer, right after every worker was stopped. */
async function coldStarts(ext: ChromiumExtension): Promise<number> {
  const page = await ext.context.newPage()
  await page.goto(new URL(PAGE, ext.baseUrl).href, { waitUntil: 'networkidle' })
  // Stopped from this page, which has made its own calls: no other page may wake the worker meanwhile.
  const cdp = await ext.context.newCDPSession(page)
  await cdp.send('ServiceWorker.enable')
  const samples: number[] = []
  for (let i = 0; i < WARMUP + RUNS; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers')
    const elapsed = await page.evaluate(async (message) => {
      const start = performance.now()
      const reply = await chrome.runtime.sendMessage({ ...message, requestId: crypto.randomUUID() })
      if (!reply?.ok) throw new Error(`no answer: ${JSON.stringify(reply)}`)
      return performance.now() - start
    }, PING)
    if (i >= WARMUP) samples.push(elapsed)
  }
  await cdp.detach()
  await page.close()
  return median(samples)
}

/**
 * The worker's cold start (issue 24 §3): from a page's message to the answer, right after CDP's
 * ServiceWorker.stopAllWorkers, for this extension's worker and for a minimal worker that answers the same
 * message in one line, each in its own Chromium. Medians of RUNS; target: ratio <= 1.5x.
 */
const benchmark: Benchmark = {
  name: 'worker-cold-start',
  async run() {
    const minimalDir = minimalExtension()
    try {
      const ours = await launchChromium()
      const oursMs = await coldStarts(ours).finally(() => ours.close())
      const minimal = await launchChromium({ dist: minimalDir })
      const minimalMs = await coldStarts(minimal).finally(() => minimal.close())
      console.log(
        `  medians of ${RUNS}: ours ${ms(oursMs)}  minimal ${ms(minimalMs)}  ratio ${(oursMs / minimalMs).toFixed(2)}x (target <= 1.5x)`,
      )
    } finally {
      rmSync(minimalDir, { recursive: true, force: true })
    }
  },
}

export default benchmark

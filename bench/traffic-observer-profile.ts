// A CPU profile of the extension's service worker while a page posts ordinary bodies to a watched host: where
// the every-tab observer's time goes (issue 24 §3). Not a benchmark: a profile is for reading, not comparing.
//   npx tsx bench/traffic-observer-profile.ts [dist dir, default dist/local-chrome] [requests, default 1000] [flagged]
// An unminified build keeps the function names: TARGET=chrome FLAVOUR=local node node_modules/vite/bin/vite.js
// build --minify false --outDir /tmp/unminified, then pass /tmp/unminified.
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import puppeteer from 'puppeteer-core'
import { startSandbox } from '../sandbox/server.ts'
import { CHROMIUM, CHROMIUM_FLAGS, LOCAL_CHROME_DIST } from '../test/e2e/harness/browsers.ts'
import { postAll } from './traffic-observer.bench.ts'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

const dist = resolve(process.argv[2] ?? LOCAL_CHROME_DIST)
const requests = Number(process.argv[3] ?? 1000)
/** `flagged`: the bodies carry useBackup: true, so each request is a finding. */
const flagged = process.argv[4] === 'flagged'
const sandbox = await startSandbox({ quiet: true })
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  pipe: true,
  enableExtensions: [dist],
  args: CHROMIUM_FLAGS,
})
try {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker')
  const cdp = await target.createCDPSession()
  const page = await browser.newPage()
  await page.goto(`${sandbox.origin}/demo`)
  const url = `${sandbox.origin}/connect/v3/mfa/challenge`
  await page.evaluate(postAll, [url, 50, false] as [string, number, boolean])
  await cdp.send('Profiler.enable')
  // 1 ms sampling is coarser than one request's work.
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const pageMs = await page.evaluate(postAll, [url, requests, flagged] as [string, number, boolean])
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] }
  }
  mkdirSync('artifacts', { recursive: true })
  writeFileSync('artifacts/traffic-observer.cpuprofile', JSON.stringify(profile))
  const perSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length
  const self = new Map<string, number>()
  for (const n of profile.nodes) {
    const name = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
    self.set(name, (self.get(name) ?? 0) + (n.hitCount ?? 0) * perSample)
  }
  const busy = [...self].filter(([name]) => !name.startsWith('(idle)'))
  const total = busy.reduce((sum, [, ms]) => sum + ms, 0)
  console.log(
    `${requests} ${flagged ? 'flagged' : 'ordinary'} POSTs in ${pageMs.toFixed(0)} ms; worker JavaScript busy ${(total / requests).toFixed(3)} ms per request`,
  )
  for (const [name, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${((ms / requests) * 1000).toFixed(1).padStart(7)} µs/request  ${name}`)
  console.log('profile: artifacts/traffic-observer.cpuprofile')
} finally {
  await browser.close()
  await sandbox.close()
}

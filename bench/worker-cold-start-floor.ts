// What a worker's bytes cost at a cold start, apart from what its code does (docs/popup.md, "The worker's cold
// start"). Four extensions take turns (the order rotates every turn, so none always follows the same one):
// the minimal worker; the minimal worker with the built worker's script inside a function it never calls
// (parsed, never run); the minimal worker with that script imported during its install, never at wake (what
// importScripts on first use would leave); and the built extension. Medians of `runs`, as ratios to the first.
//   npx tsx bench/worker-cold-start-floor.ts [dist dir, default dist/local-chrome] [runs, default 31]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { LOCAL_CHROME_DIST } from '../test/e2e/harness/browsers.ts'
import { type ChromiumExtension, launchChromium } from '../test/e2e/harness/chromium.ts'
import { median } from './bench.ts'
import { coldStarter, PAGE } from './worker-cold-start.bench.ts'

const dist = resolve(process.argv[2] ?? LOCAL_CHROME_DIST)
const runs = Number(process.argv[3] ?? 31)
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'))
const script = readFileSync(join(dist, manifest.background.service_worker), 'utf8')
const ANSWER = 'chrome.runtime.onMessage.addListener((m, s, send) => { send({ ok: true }) })\n'

/** A classic worker with `files` beside it and the page the turns send from. */
function extension(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bill-companion-floor-'))
  const background = { service_worker: 'sw.js' }
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'floor', version: '1.0', background }),
  )
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  mkdirSync(join(dir, 'src/options'), { recursive: true })
  writeFileSync(join(dir, PAGE), '<!doctype html><title>page</title>\n')
  return dir
}

const variants: [string, string][] = [
  ['minimal worker', extension({ 'sw.js': ANSWER })],
  ['+ its bytes, never run', extension({ 'sw.js': `${ANSWER}function unused() {\n${script}\n}\n` })],
  [
    '+ its bytes, installed',
    extension({
      'sw.js': `${ANSWER}self.addEventListener('install', () => importScripts('unused.js'))\n`,
      'unused.js': `function unused() {\n${script}\n}\n`,
    }),
  ],
  ['the built worker', dist],
]

const browsers: ChromiumExtension[] = []
try {
  const starters: (() => Promise<number>)[] = []
  for (const [, dir] of variants) {
    const ext = await launchChromium({ dist: dir })
    browsers.push(ext)
    starters.push(await coldStarter(ext))
  }
  const samples = variants.map(() => [] as number[])
  for (let turn = 0; turn < runs + 2; turn++)
    for (let k = 0; k < variants.length; k++) {
      const at = (turn + k) % variants.length
      const t = await (starters[at] as () => Promise<number>)()
      if (turn >= 2) samples[at]?.push(t)
    }
  const floor = median(samples[0] ?? [])
  console.log(`medians of ${runs}, script ${(script.length / 1024).toFixed(0)} KB`)
  variants.forEach(([name], k) => {
    const m = median(samples[k] ?? [])
    console.log(`  ${name.padEnd(24)} ${m.toFixed(1).padStart(6)} ms ${(m / floor).toFixed(2).padStart(6)}x`)
  })
} finally {
  await Promise.all(browsers.map((b) => b.close()))
  for (const [, dir] of variants.slice(0, -1)) rmSync(dir, { recursive: true, force: true })
}

// Where a cold start's milliseconds go (issue 24 §3): a copy of the built extension whose worker chunks are
// stamped with performance.now(), woken by `ping` right after ServiceWorker.stopAllWorkers, against the same
// stamps in a minimal worker. Not a benchmark: a profile is for reading, not comparing.
//   npx tsx bench/worker-cold-start-profile.ts [dist dir, default dist/local-chrome] [runs, default 15]
// Phases (medians, ms): "to worker" from the page's send to the worker's time origin (thread and process);
// "to first module" from there to the first chunk's body (fetching, parsing, linking every chunk);
// "evaluation" to the end of the entry chunk's body; "to listener" until onMessage runs; "answer" until the
// page has the reply.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { LOCAL_CHROME_DIST } from '../test/e2e/harness/browsers.ts'
import { launchChromium } from '../test/e2e/harness/chromium.ts'
import { median } from './bench.ts'
import { minimalExtension, PAGE, PING } from './worker-cold-start.bench.ts'

const dist = resolve(process.argv[2] ?? LOCAL_CHROME_DIST)
const runs = Number(process.argv[3] ?? 15)

/** Stamps kept on the worker's global and added to the ping's reply. */
const STAMP = (name: string) =>
  `(globalThis.__stamps??={first:performance.now(),origin:performance.timeOrigin})[${JSON.stringify(name)}]=performance.now();`
const WRAP = `{const e=chrome.runtime.onMessage,add=e.addListener.bind(e);e.addListener=(f)=>add((m,s,send)=>{const t=globalThis.__stamps;t.listener=performance.now();return f(m,s,(r)=>{t.answer=performance.now();send({...r,stamps:t})})})};`

/** A copy of `dir` whose worker modules (the files the worker imports, transitively) are stamped. */
function stamped(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'bill-companion-stamped-'))
  cpSync(dir, copy, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'))
  const entry: string = manifest.background.service_worker
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const path = join(copy, file)
    const code = readFileSync(path, 'utf8')
    for (const [, spec] of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g))
      visit(join(file, '..', spec ?? ''))
    writeFileSync(path, `${STAMP(`start ${file}`)}${code}`)
  }
  visit(entry)
  // The wrap runs in the first module evaluated: a module without imports (or the entry when it has none).
  const leaves = [...seen].filter((f) => !/(?:from|import)\s*["']/.test(readFileSync(join(copy, f), 'utf8')))
  for (const leaf of leaves.length ? leaves : [entry]) {
    const path = join(copy, leaf)
    writeFileSync(path, `${WRAP}${readFileSync(path, 'utf8')}`)
  }
  const entryPath = join(copy, entry)
  writeFileSync(entryPath, `${readFileSync(entryPath, 'utf8')}\n;${STAMP('end')}`)
  console.log(
    `worker modules: ${seen.size}; ${[...seen].map((f) => `${f} ${sizeKb(join(copy, f))}`).join(', ')}`,
  )
  return copy
}

const sizeKb = (path: string) => `${(readFileSync(path).length / 1024).toFixed(1)} KB`

async function phases(dir: string): Promise<Record<string, number>> {
  const ext = await launchChromium({ dist: dir })
  try {
    const page = await ext.context.newPage()
    await page.goto(new URL(PAGE, ext.baseUrl).href, { waitUntil: 'networkidle' })
    const cdp = await ext.context.newCDPSession(page)
    await cdp.send('ServiceWorker.enable')
    const rows: Record<string, number>[] = []
    for (let i = 0; i < runs + 2; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers')
      const row = await page.evaluate(async (message) => {
        const sent = performance.timeOrigin + performance.now()
        const reply = await chrome.runtime.sendMessage({ ...message, requestId: crypto.randomUUID() })
        const back = performance.timeOrigin + performance.now()
        const t = reply.stamps as {
          origin: number
          first: number
          end?: number
          listener: number
          answer: number
        }
        return {
          'to worker': t.origin - sent,
          'to first module': t.first,
          evaluation: (t.end ?? t.first) - t.first,
          'to listener': t.listener - (t.end ?? t.first),
          'answer (in worker)': t.answer - t.listener,
          'reply to page': back - (t.origin + t.answer),
          total: back - sent,
        }
      }, PING)
      if (i >= 2) rows.push(row)
    }
    await page.close()
    return Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, median(rows.map((r) => r[k] ?? 0))]))
  } finally {
    await ext.close()
  }
}

const minimalDir = minimalExtension()
const ours = stamped(dist)
const minimal = stamped(minimalDir)
try {
  const a = await phases(ours)
  const b = await phases(minimal)
  console.log(`medians of ${runs} (ms)        ours   minimal`)
  for (const k of Object.keys(a))
    console.log(
      `  ${k.padEnd(20)} ${(a[k] ?? 0).toFixed(1).padStart(7)} ${(b[k] ?? 0).toFixed(1).padStart(8)}`,
    )
} finally {
  for (const d of [ours, minimal, minimalDir]) rmSync(d, { recursive: true, force: true })
}

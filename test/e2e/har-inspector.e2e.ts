import type { Entry } from 'har-format'
import type { ElementHandle } from 'puppeteer-core'
import { afterAll, describe, expect, it } from 'vitest'
import { checkInspector, HAR } from './har-inspector-steps.ts'
import { launchChromium } from './harness/chromium.ts'
import { launchFirefox } from './harness/firefox.ts'
import { pollUntil } from './harness/poll.ts'

const PAGE = 'src/devtools/panel.html'

describe('the stand-alone HAR inspector', () => {
  const closers: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const close of closers) await close()
  })

  it('opens Chrome and Firefox HAR files in Chromium and flags their rows', async () => {
    const ext = await launchChromium()
    closers.push(() => ext.close())
    // The popup's "Open a HAR file…" leads to the inspector.
    const popup = await ext.open('src/popup/index.html')
    await popup.waitForTestId('open-har-inspector')
    const href = await popup.evaluate(
      () => document.querySelector<HTMLAnchorElement>('[data-testid="open-har-inspector"]')?.href ?? '',
    )
    expect(href).toBe(`${ext.baseUrl}${PAGE}`)
    await popup.close()
    const page = await ext.open(href)
    const workers: string[] = []
    page.page.on('worker', (worker) => workers.push(worker.url()))
    await page.page.setViewportSize({ width: 1100, height: 640 })
    await checkInspector(
      page,
      (path) => page.page.locator('[data-testid="har-open"]').setInputFiles(path),
      'artifacts/har-inspector.png',
    )
    // The files were read off the page's main thread.
    expect(workers.some((url) => url.includes('har-worker'))).toBe(true)

    // "Export HAR" of a file's rows: each entry, kept as text until read, exported whole and redacted.
    await page.evaluate(() => {
      const w = window as unknown as { __downloads: string[] }
      w.__downloads = []
      const create = URL.createObjectURL.bind(URL)
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) void blob.text().then((text) => w.__downloads.push(text))
        return create(blob)
      }
    })
    await page.page.locator('[data-testid="har-open"]').setInputFiles(HAR.chrome)
    await pollUntil(async () => ((await page.count('request-row')) === 6 ? true : undefined))
    await page.click('export-har')
    const exported = await pollUntil(() =>
      page.evaluate(() => (window as unknown as { __downloads: string[] }).__downloads[0]),
    )
    const { entries } = (JSON.parse(exported) as { log: { entries: Entry[] } }).log
    expect(entries.map((e) => new URL(e.request.url).pathname)).toEqual([
      '/api/v2/MFAChallenge.json',
      '/connect/v3/login',
      '/connect/v3/mfa/challenge',
      '/api/v2/MFAChallenge.json',
      '/connect/v3/payments',
      '/api/v2/Login.json',
    ])
    expect(entries[2]?.request.postData?.text).toContain('"useBackup": true')
    expect(exported).not.toContain('hunter2')
  })

  it('opens Chrome and Firefox HAR files in Firefox and flags their rows', async () => {
    const ext = await launchFirefox()
    closers.push(() => ext.close())
    const page = await ext.open(PAGE)
    await checkInspector(page, async (path) => {
      const input = (await page.page.$('[data-testid="har-open"]')) as ElementHandle<HTMLInputElement>
      await input.uploadFile(path)
    })
  })
})

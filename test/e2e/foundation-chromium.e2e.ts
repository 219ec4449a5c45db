import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importedFiles } from '../../scripts/single-file-worker.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'

// Sends one protocol request from an extension page, exactly as the UI does.
async function pingFrom(ext: ChromiumExtension) {
  const page = await ext.open('src/options/index.html')
  const reply = await page.page.evaluate(
    () =>
      new Promise((resolve) =>
        chrome.runtime.sendMessage(
          { source: 'bill-sandbox-companion', name: 'ping', params: undefined },
          resolve,
        ),
      ),
  )
  await page.close()
  return reply as {
    ok: boolean
    result: { workerStartedAt: number; browser: string; version: string; local: boolean }
  }
}

describe('foundation in Chromium', () => {
  let ext: ChromiumExtension
  beforeAll(async () => {
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
  })

  it('starts the service worker of the local build', async () => {
    expect(ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/service-worker-loader\.js$/)
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest())
    expect(manifest.host_permissions).toContain('http://127.0.0.1/*')
    expect(manifest.host_permissions).toContain('https://gateway.stage.bill.com/*')
    expect(manifest.content_scripts).toBeUndefined()
  })

  it('starts the worker from one file: no module to fetch before its first line (docs/popup.md, cold start)', async () => {
    const page = await ext.open('src/options/index.html')
    const script = await page.evaluate(() => fetch('/service-worker-loader.js').then((r) => r.text()))
    await page.close()
    // The background's own code is there (its ping handler), not behind an import of a chunk.
    expect(script).toContain('workerStartedAt')
    expect(importedFiles(script)).toEqual([])
    // A classic script: the same file as a module started slower.
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest())
    expect(manifest.background).toEqual({ service_worker: 'service-worker-loader.js' })
  })

  it('renders the popup with an answer from the background', async () => {
    const popup = await ext.open('src/popup/index.html')
    // The popup's first screen comes from the background: signed out, with the sign-in form.
    await pollUntil(async () => (await popup.attr('session-state', 'data-state')) === 'signed-out', {
      what: 'popup to reach the background',
    })
    await popup.close()
  })

  it('renders the options page with an answer from the background', async () => {
    const options = await ext.open('src/options/index.html')
    await pollUntil(async () => (await options.attr('background-status', 'data-state')) === 'connected')
    await options.close()
  })

  it('renders the DevTools panel page', async () => {
    const panel = await ext.open('src/devtools/panel.html')
    await pollUntil(async () => (await panel.attr('background-status', 'data-state')) === 'connected')
    expect(await panel.page.title()).toBe('BILL HAR inspector')
    await panel.close()
  })

  it('answers the next message after the service worker is stopped', async () => {
    const before = await pingFrom(ext)
    expect(before.ok).toBe(true)
    await ext.stopServiceWorker()
    const after = await pingFrom(ext)
    expect(after.ok).toBe(true)
    expect(after.result.browser).toBe('chrome')
    // A new worker started: its start time is later than the stopped one's.
    expect(after.result.workerStartedAt).toBeGreaterThan(before.result.workerStartedAt)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importedFiles } from '../../scripts/single-file-worker.ts'
import { type FirefoxExtension, launchFirefox } from './harness/firefox.ts'
import { pollUntil } from './harness/poll.ts'

describe('foundation in Firefox', () => {
  let ext: FirefoxExtension
  beforeAll(async () => {
    ext = await launchFirefox()
  })
  afterAll(async () => {
    await ext?.close()
  })

  it('starts the background and answers the popup through the protocol', async () => {
    const popup = await ext.open('src/popup/index.html')
    // The popup's first screen comes from the background: signed out, with the sign-in form.
    await pollUntil(async () => (await popup.attr('session-state', 'data-state')) === 'signed-out', {
      what: 'popup to reach the background',
    })
    const reply = await popup.evaluate(
      () =>
        new Promise((resolve) =>
          chrome.runtime.sendMessage(
            { source: 'bill-sandbox-companion', name: 'ping', params: undefined },
            resolve,
          ),
        ),
    )
    expect(reply).toMatchObject({ ok: true, result: { browser: 'firefox', local: true } })
    await popup.close()
  })

  it('renders the options page with an answer from the background', async () => {
    const options = await ext.open('src/options/index.html')
    await pollUntil(async () => (await options.attr('background-status', 'data-state')) === 'connected')
    await options.reload()
    await pollUntil(async () => (await options.attr('background-status', 'data-state')) === 'connected')
    await options.close()
  })

  it('renders the DevTools panel page', async () => {
    const panel = await ext.open('src/devtools/panel.html')
    await pollUntil(async () => (await panel.attr('background-status', 'data-state')) === 'connected')
    expect(await panel.evaluate(() => document.title)).toBe('BILL HAR inspector')
    await panel.close()
  })

  it('has the Firefox manifest: event-page background and a gecko id', async () => {
    const page = await ext.open('src/options/index.html')
    const manifest = await page.evaluate(() => chrome.runtime.getManifest() as chrome.runtime.ManifestV3)
    const background = manifest.background as { scripts?: string[]; service_worker?: string }
    expect(background.service_worker ?? undefined).toBeUndefined()
    expect(background.scripts?.[0]).toMatch(/\/service-worker-loader\.js$/)
    // One file, as in Chrome: no module to fetch before the background's first line.
    const script = await page.evaluate(() => fetch('/service-worker-loader.js').then((r) => r.text()))
    expect(script).toContain('workerStartedAt')
    expect(importedFiles(script)).toEqual([])
    expect(
      (manifest as { browser_specific_settings?: { gecko?: { id?: string } } }).browser_specific_settings
        ?.gecko?.id,
    ).toBe('bill-sandbox-companion@sandbox-companion.dev')
    await page.close()
  })
})

import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, latestSms } from './harness/protocol.ts'
import { launchChromiumWithPanels } from './harness/side-panel-chromium.ts'
import type { UiPage } from './harness/ui-page.ts'

const SHOTS = 'artifacts/screenshots'

// Issue 24 §1: the popup's app in Chrome's real side panel, opened from the popup's button (a user gesture),
// kept open while the tester works in other tabs, following the session through a worker stop.
describe('side view in Chromium', () => {
  let sandbox: RunningSandbox
  let chromium: Awaited<ReturnType<typeof launchChromiumWithPanels>>

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    chromium = await launchChromiumWithPanels()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await chromium?.close()
    await sandbox?.close()
  })

  const waitState = (p: UiPage, s: string) =>
    pollUntil(async () => (await p.attr('session-state', 'data-state')) === s, { what: `state ${s}` })
  const switchToNewTab = async (url: string) => {
    const tab = await chromium.ext.context.newPage()
    await tab.goto(url)
    await tab.bringToFront()
    return tab
  }

  it('opens from the popup, signs in and walks MFA while the tester switches tabs and the worker stops', async () => {
    const { ext } = chromium
    const qa = sandbox.accounts[0]!
    const setup = await ext.open('src/options/index.html')
    const profileId = await createSandboxProfile(setup, sandbox, qa)
    await setup.close()

    const popup = await ext.open('src/popup/index.html')
    await waitState(popup, 'signed-out')
    expect(await chromium.openPanels()).toEqual([])
    await popup.click('open-side-view')
    const side = await chromium.sidePanel()
    // The popup gives way to the side view.
    await pollUntil(() => popup.page.isClosed(), { what: 'the popup to close' })
    const [panelDocument] = await chromium.openPanels()
    expect(panelDocument).toBeTruthy()

    await waitState(side, 'signed-out')
    expect(await side.count('open-side-view')).toBe(0)
    await side.select('profile-select', profileId)
    await side.fill('signin-secret', qa.password)
    await side.click('signin-submit')
    await waitState(side, 'active')
    expect(await side.text('session-countdown')).toMatch(/^(20:00|19:5\d)$/)
    await side.screenshot(`${SHOTS}/side-view-chromium-light.png`)
    await side.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }])
    await side.screenshot(`${SHOTS}/side-view-chromium-dark.png`)
    await side.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }])

    const work = await switchToNewTab(`${sandbox.origin}/__sandbox/demo`)
    const before = Date.now() - 1000
    await side.click('mfa-send')
    await side.waitForTestId('mfa-code')
    const sms = await pollUntil(() => latestSms(sandbox.origin, before), { what: 'an SMS' })

    // Another tab, and Chrome stops the idle worker: the same side panel document carries on.
    await switchToNewTab('about:blank')
    await ext.stopServiceWorker()
    expect(await chromium.openPanels()).toEqual([panelDocument])
    await side.fill('mfa-code', sms.code)
    await pollUntil(async () => (await side.attr('session-trusted', 'data-trusted')) === 'true', {
      what: 'trusted in the side view',
    })

    // A change made elsewhere (here: signing out from a page of the extension) reaches the side view by event.
    await work.bringToFront()
    await ext.stopServiceWorker()
    const options = await ext.open('src/options/index.html')
    await options.evaluate(() =>
      chrome.runtime.sendMessage({
        source: 'bill-sandbox-companion',
        name: 'signOut',
        params: undefined,
        requestId: crypto.randomUUID(),
      }),
    )
    await waitState(side, 'signed-out')
    expect(await chromium.openPanels()).toEqual([panelDocument])
  })

  it('lists the commands with their keys on the options page, and opens Chrome’s shortcuts page', async () => {
    const options = await chromium.ext.open('src/options/index.html')
    await options.waitForTestId('shortcut')
    const rows = await options.page
      .locator('[data-testid="shortcut"]')
      .evaluateAll((r) =>
        r.map((e) => `${e.getAttribute('data-command')} ${e.querySelector('kbd')?.textContent}`),
      )
    expect(rows.sort()).toEqual([
      '_execute_action Alt+Shift+K',
      'send-mfa-code Alt+Shift+U',
      'toggle-side-view Alt+Shift+J',
    ])
    const opened = chromium.ext.context.waitForEvent('page')
    await options.click('open-shortcut-settings')
    expect((await opened).url()).toBe('chrome://extensions/shortcuts')
  })
})

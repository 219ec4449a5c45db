import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { axeViolations, describeViolations } from './harness/axe.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { badgeText, expectDemoFindings, flaggedIn, runDemo } from './traffic-steps.ts'

describe('deprecated calls from every tab (Chromium, no DevTools)', () => {
  let sandbox: RunningSandbox
  let ext: ChromiumExtension
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true })
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  it('lists the demo page’s deprecated calls in the popup, with the badge mark until the popup shows them', async () => {
    const tab = await ext.context.newPage()
    await tab.goto(`${sandbox.origin}/__sandbox/demo`)
    await runDemo(tab, 'run-all', 6)

    const options = await ext.open('src/options/index.html')
    await pollUntil(async () => (await badgeText(options)).endsWith('•'), { what: 'the badge mark' })

    const popup = await ext.open('src/popup/index.html')
    await popup.waitForTestId('flagged-request')
    const items = await pollUntil(async () => {
      const found = await flaggedIn(popup)
      return found.length === 3 ? found : undefined
    })
    expectDemoFindings(items, sandbox.origin)
    expect(describeViolations(await axeViolations(popup.page))).toBe('')
    // Showing the list marked them seen: the mark goes (signed out, so nothing else is on the badge).
    await pollUntil(async () => (await badgeText(options)) === '', { what: 'the badge mark to go' })
    mkdirSync('artifacts/screenshots', { recursive: true })
    await popup.page.setViewportSize({ width: 380, height: 640 })
    await popup.page.screenshot({ path: 'artifacts/screenshots/popup-flagged.png', fullPage: true })

    // The worker is stopped (as after 30 s idle): the next call wakes it and is caught all the same.
    await ext.stopServiceWorker()
    await runDemo(tab, 'v3-challenge-backup', 7)
    await pollUntil(async () => (await flaggedIn(popup)).length === 4, { what: 'the new finding' })
    const [newest] = await flaggedIn(popup)
    expect(newest).toMatchObject({ ruleId: 'mfa-challenge-backup-phone', endpoint: 'v3/mfa/challenge' })

    await popup.click('flagged-clear')
    await pollUntil(async () => (await popup.count('flagged-request')) === 0, { what: 'the list to clear' })
    await popup.reload()
    await popup.waitForTestId('flagged-requests')
    expect(await popup.count('flagged-request')).toBe(0)
    await Promise.all([popup.close(), options.close(), tab.close()])
  })

  it('keeps nothing secret in storage', async () => {
    const tab = await ext.context.newPage()
    await tab.goto(`${sandbox.origin}/__sandbox/demo`)
    await runDemo(tab, 'run-all', 6)
    const options = await ext.open('src/options/index.html')
    const stored = await pollUntil(async () => {
      const all = await options.evaluate(() => chrome.storage.local.get('traffic.flagged'))
      const list = (all as { 'traffic.flagged'?: { items: unknown[] } })['traffic.flagged']
      return list && list.items.length >= 3 ? JSON.stringify(list) : undefined
    })
    const account = sandbox.accounts.find((a) => a.phone)
    // The values themselves: every session id the demo's sign-ins got, the password and the dev key.
    const sessionIds = [...sandbox.state.sessions.keys()]
    expect(account).toBeDefined()
    expect(sessionIds.length).toBeGreaterThanOrEqual(2)
    for (const secret of [account?.password, account?.devKey, ...sessionIds]) {
      expect(secret && secret.length >= 8).toBe(true)
      expect(stored).not.toContain(secret)
    }
    await Promise.all([options.close(), tab.close()])
  })
})

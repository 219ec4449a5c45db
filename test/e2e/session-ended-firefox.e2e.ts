import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type FirefoxExtension, launchFirefox } from './harness/firefox.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

// Issue 19, item 2 in Firefox: a tab's logout with the session id ends the session in the open popup.
describe('a session logged out by a tab (Firefox)', () => {
  let ext: FirefoxExtension
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ext = await launchFirefox()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  const waitState = (p: UiPage, s: string) =>
    pollUntil(async () => (await p.attr('session-state', 'data-state')) === s, { what: `state ${s}` })

  it('shows it ended, and why, while the popup is open', async () => {
    const qa = sandbox.accounts[0]!
    const setup = await ext.open('src/options/index.html')
    await createSandboxProfile(setup, sandbox, qa)
    await setup.close()
    const popup = await ext.open('src/popup/index.html')
    await popup.waitForTestId('signin-secret')
    await popup.fill('signin-secret', qa.password)
    await popup.click('signin-submit')
    await waitState(popup, 'active')
    const { sessionId } = await mustAsk(popup, 'revealSessionId', undefined)

    const tab = await ext.browser.newPage()
    await tab.goto(`${sandbox.origin}/__sandbox/demo`)
    const status = await tab.evaluate(
      async (sid, key) =>
        (await fetch('/connect/v3/logout', { method: 'POST', headers: { sessionId: sid, devKey: key } }))
          .status,
      sessionId,
      qa.devKey,
    )
    expect(status).toBe(200)
    await waitState(popup, 'expired')
    expect(await popup.attr('session-ended', 'data-reason')).toBe('logged-out-elsewhere')
    await Promise.all([popup.close(), tab.close()])
  })
})

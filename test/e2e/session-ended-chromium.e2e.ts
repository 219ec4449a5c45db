import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { SESSION_RECORD_KEY, type SessionRecord } from '../../src/shared/session/record.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

const POPUP = 'src/popup/index.html'

// Issue 19, item 2: BILL's own Postman collection signs the session out ("API logout") with the id the
// extension handed over; the popup must show the session ended, and why, instead of counting down.
describe('a session ended outside the extension (Chromium)', () => {
  let ext: ChromiumExtension
  let sandbox: RunningSandbox
  const qa = () => sandbox.accounts[0]!

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ext = await launchChromium()
    const setup = await ext.open('src/options/index.html')
    await createSandboxProfile(setup, sandbox, qa())
    await setup.close()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  const waitState = (p: UiPage, s: string) =>
    pollUntil(async () => (await p.attr('session-state', 'data-state')) === s, { what: `state ${s}` })

  async function signedInPopup() {
    const popup = await ext.open(POPUP)
    await popup.waitForTestId('signin-secret')
    await popup.fill('signin-secret', qa().password)
    await popup.click('signin-submit')
    await waitState(popup, 'active')
    return { popup, sessionId: (await mustAsk(popup, 'revealSessionId', undefined)).sessionId }
  }

  const logout = (origin: string, sessionId: string) =>
    fetch(`${origin}/connect/v3/logout`, {
      method: 'POST',
      headers: { sessionId, devKey: qa().devKey },
    }).then((r) => r.status)

  it('ends it while the popup is open when a tab logs it out, with the reason', async () => {
    const { popup, sessionId } = await signedInPopup()
    const tab = await ext.context.newPage()
    await tab.goto(`${sandbox.origin}/__sandbox/demo`)
    const status = await tab.evaluate(
      async ([sid, key]) =>
        (await fetch('/connect/v3/logout', { method: 'POST', headers: { sessionId: sid, devKey: key } }))
          .status,
      [sessionId, qa().devKey] as const,
    )
    expect(status).toBe(200)
    await waitState(popup, 'expired')
    expect(await popup.attr('session-ended', 'data-reason')).toBe('logged-out-elsewhere')
    expect(await popup.text('session-ended')).toMatch(/signed it out/)
    expect(await popup.count('session-countdown')).toBe(0)
    await tab.close()
    await popup.close()
  })

  it('shows it ended with BILL’s code when the popup opens after a logout from another tool', async () => {
    const { popup, sessionId } = await signedInPopup()
    await popup.close()
    // Postman's "API logout", from outside the browser: the extension sees nothing of it.
    expect(await logout(sandbox.origin, sessionId)).toBe(200)
    // A few quiet minutes pass: BILL last confirmed the session 4 minutes ago (still 16 before the idle end).
    await ext.worker.evaluate(async (key) => {
      const { [key]: record } = await chrome.storage.session.get(key)
      const r = record as SessionRecord
      await chrome.storage.session.set({
        [key]: { ...r, clock: { ...r.clock, lastActivityAt: r.clock.lastActivityAt - 4 * 60_000 } },
      })
    }, SESSION_RECORD_KEY)
    // The next worker reads the record from storage, as after Chrome stopped an idle worker.
    await ext.stopServiceWorker()

    const reopened = await ext.open(POPUP)
    await waitState(reopened, 'expired')
    expect(await reopened.attr('session-ended', 'data-reason')).toBe('rejected-by-bill')
    expect(await reopened.text('session-ended')).toContain('BDC_1109')
    await reopened.close()
  })
})

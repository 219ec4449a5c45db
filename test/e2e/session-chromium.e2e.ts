import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { ask, createSandboxProfile, latestSms, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

const POPUP = 'src/popup/index.html'

describe('sign-in, idle countdown and MFA in Chromium', () => {
  let ext: ChromiumExtension
  let sandbox: RunningSandbox
  let qaProfile: string
  const qa = () => sandbox.accounts[0]!
  const sync = () => sandbox.accounts[2]!

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  const state = (p: UiPage) => p.attr('session-state', 'data-state')
  const waitState = (p: UiPage, s: string) =>
    pollUntil(async () => (await state(p)) === s, { what: `state ${s}` })
  const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}))

  async function signIn(popup: UiPage, profileId: string, password: string) {
    await popup.waitForTestId('profile-select')
    await popup.select('profile-select', profileId)
    await popup.fill('signin-secret', password)
    await popup.click('signin-submit')
    await waitState(popup, 'active')
  }

  async function codeAfter(sentAfter: number) {
    return (await pollUntil(() => latestSms(sandbox.origin, sentAfter), { what: 'an SMS' })).code
  }

  it('signs in, counts down from the profile timeout, and walks MFA across popup closes and worker stops', async () => {
    const setup = await ext.open('src/options/index.html')
    qaProfile = await createSandboxProfile(setup, sandbox, qa())
    await setup.close()

    let popup = await ext.open(POPUP)
    await waitState(popup, 'signed-out')
    await signIn(popup, qaProfile, qa().password)
    expect(await popup.text('session-countdown')).toMatch(/^(20:00|19:5\d)$/)
    expect(await popup.attr('session-trusted', 'data-trusted')).toBe('false')
    expect(await badge()).toMatch(/^(20|19)m$/)

    await ext.stopServiceWorker()
    const before = Date.now() - 1000
    await popup.click('mfa-send')
    await popup.waitForTestId('mfa-code')
    // The user looks at the phone: the popup closes, and Chrome stops the idle worker.
    await popup.close()
    await ext.stopServiceWorker()
    const code = await codeAfter(before)

    popup = await ext.open(POPUP)
    await waitState(popup, 'active')
    await popup.waitForTestId('mfa-code')
    expect(await popup.attr('mfa-remember', 'type')).toBe('checkbox')
    await popup.fill('mfa-code', code) // the sixth digit submits
    await pollUntil(async () => (await popup.attr('session-trusted', 'data-trusted')) === 'true', {
      what: 'trusted',
    })
    await popup.close()

    await ext.stopServiceWorker()
    popup = await ext.open(POPUP)
    await waitState(popup, 'active')
    expect(await popup.attr('session-trusted', 'data-trusted')).toBe('true')
    expect(await popup.text('session-trusted')).toContain('MFA-trusted')
    await popup.close()
  })

  it('resets the countdown when an ordinary tab calls BILL with the session id', async () => {
    const ui = await ext.open(POPUP)
    const { sessionId } = await mustAsk(ui, 'revealSessionId', undefined)
    const before = await mustAsk(ui, 'getSession', undefined)
    if (before.state !== 'active') throw new Error('expected an active session')

    const tab = await ext.context.newPage()
    await tab.goto(`${sandbox.origin}/__sandbox/demo`)
    const status = await tab.evaluate(
      async ([sid, key]) =>
        (await fetch('/connect/v3/login/session', { headers: { sessionId: sid, devKey: key } })).status,
      [sessionId, qa().devKey] as const,
    )
    expect(status).toBe(200)
    await pollUntil(
      async () => {
        const after = await mustAsk(ui, 'getSession', undefined)
        // Any later activity moves the end later; without it the end stays exactly where it was.
        return after.state === 'active' && (after.expiresAt ?? 0) > (before.expiresAt ?? 0)
      },
      { what: 'the countdown to reset' },
    )
    await tab.close()
    await ui.close()
  })

  it('replays a corrected MFA request from the DevTools panel with the session, which counts as activity', async () => {
    const panel = await ext.open('src/devtools/panel.html')
    const before = await mustAsk(panel, 'getSession', undefined)
    if (before.state !== 'active') throw new Error('expected an active session')
    const answer = await mustAsk(panel, 'replayRequest', {
      method: 'POST',
      endpointId: 'v3.mfa.challenge',
      body: {},
    })
    expect(answer).toMatchObject({ status: 200, api: 'v3', errors: [] })
    const after = await mustAsk(panel, 'getSession', undefined)
    expect(after.state === 'active' && (after.expiresAt ?? 0) - (before.expiresAt ?? 0)).toBeGreaterThan(0)
    const refused = await ask(panel, 'replayRequest', {
      method: 'POST',
      url: 'https://evil.example/connect/v3/mfa/challenge',
      body: {},
    })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'permission-denied' } })
    await panel.close()
  })

  it('shows a clear message for a wrong code, an expired code, BILL’s rate limit and an expired session', async () => {
    const setup = await ext.open('src/options/index.html')
    const syncProfile = await createSandboxProfile(setup, sandbox, sync(), { name: 'Sync user' })
    await mustAsk(setup, 'signOut', undefined)
    await setup.close()
    const popup = await ext.open(POPUP)
    await signIn(popup, syncProfile, sync().password)

    // Wrong code: the same challenge can be answered again.
    const sentAfter = Date.now() - 1000
    await popup.click('mfa-send')
    await popup.waitForTestId('mfa-code')
    const code = await codeAfter(sentAfter)
    await popup.fill('mfa-code', code === '000000' ? '111111' : '000000')
    await pollUntil(async () => (await popup.attr('mfa-error', 'data-kind')) === 'mfa-wrong-code')
    expect(await popup.text('mfa-error')).toMatch(/code/i)

    // Expired code: BILL's codes last 5 minutes.
    await fetch(`${sandbox.origin}/__sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 301_000 }),
    })
    await popup.fill('mfa-code', code)
    await pollUntil(async () => (await popup.attr('mfa-error', 'data-kind')) === 'mfa-code-expired')
    expect(await popup.text('mfa-error')).toMatch(/new code/i)

    // BILL ends the session (35 idle minutes on its clock): the popup says so at once.
    await fetch(`${sandbox.origin}/__sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 2_200_000 }),
    })
    await popup.click('mfa-send')
    await waitState(popup, 'expired')
    // Said once, with BILL's code: the failed send's own error is not repeated beside it.
    expect(await popup.attr('session-ended', 'data-reason')).toBe('rejected-by-bill')
    expect(await popup.text('session-ended')).toMatch(/ended.*BDC_1109/)
    expect(await popup.count('error')).toBe(0)

    // BILL's own limit (5 texts a minute), reached by other clients of the same account.
    await signIn(popup, syncProfile, sync().password)
    const { sessionId } = await mustAsk(popup, 'revealSessionId', undefined)
    for (let i = 0; i < 5; i++) {
      await fetch(`${sandbox.v3Base}/v3/mfa/challenge`, {
        method: 'POST',
        headers: { sessionId, devKey: sync().devKey, 'content-type': 'application/json' },
        body: '{}',
      })
    }
    await popup.click('mfa-send')
    await pollUntil(async () => (await popup.attr('mfa-error', 'data-kind')) === 'rate-limited')
    expect(await popup.text('mfa-error')).toMatch(/5 codes a minute|wait/i)
    // The cool-down is shown on the button, which stays disabled until it ends.
    expect(await popup.text('mfa-send')).toMatch(/Send a code in 0\d:\d\d/)
    await popup.close()
  })

  it('expires after a short idle timeout (badge, popup, notification), then signs in trusted with the remembered browser', async () => {
    const setup = await ext.open('src/options/index.html')
    const view = (await mustAsk(setup, 'listProfiles', undefined)).profiles.find((p) => p.id === qaProfile)!
    const { id, createdAt: _c, updatedAt: _u, devKeyMasked: _m, hasDevKey: _h, ...input } = view
    await mustAsk(setup, 'saveProfile', { id, input: { ...input, devKey: '', idleTimeoutSeconds: 8 } })
    await mustAsk(setup, 'signOut', undefined)
    await setup.close()

    const popup = await ext.open(POPUP)
    await signIn(popup, qaProfile, qa().password)
    expect(await popup.attr('session-trusted', 'data-trusted')).toBe('true')
    expect(await popup.text('session-trusted')).toContain('remembered browser')
    expect(await popup.text('session-countdown')).toMatch(/^00:0[78]$/)

    await waitState(popup, 'expired')
    await pollUntil(async () => (await badge()) === '!', { timeoutMs: 45_000, what: 'the badge to show !' })
    const notifications = await ext.worker.evaluate(() => chrome.notifications.getAll())
    expect(Object.keys(notifications)).toContain('session-expired')
    await popup.reload()
    await waitState(popup, 'expired')

    await signIn(popup, qaProfile, qa().password)
    expect(await popup.attr('session-trusted', 'data-trusted')).toBe('true')
    await popup.close()
  })
})

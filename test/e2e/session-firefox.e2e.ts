import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type FirefoxExtension, launchFirefox } from './harness/firefox.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, latestSms, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

const POPUP = 'src/popup/index.html'

describe('sign-in and MFA in Firefox', () => {
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

  it('signs in, sends the SMS challenge, resumes after the popup closes, verifies with remember, signs in trusted', async () => {
    const qa = sandbox.accounts[0]!
    const setup = await ext.open('src/options/index.html')
    const profileId = await createSandboxProfile(setup, sandbox, qa, { api: 'v2', name: 'QA v2' })
    await setup.close()

    let popup = await ext.open(POPUP)
    await waitState(popup, 'signed-out')
    await popup.select('profile-select', profileId)
    await popup.fill('signin-secret', qa.password)
    await popup.click('signin-submit')
    await waitState(popup, 'active')
    expect(await popup.text('session-countdown')).toMatch(/^(20:00|19:5\d)$/)
    expect(await popup.attr('session-trusted', 'data-trusted')).toBe('false')
    // The popup's first paint reads storage.session itself, with no message: Firefox lets extension pages do so.
    const stored = await popup.evaluate(() =>
      chrome.storage.session
        .get('session')
        .then((s) => (s.session as { status?: string } | undefined)?.status),
    )
    expect(stored).toBe('active')

    const before = Date.now() - 1000
    await popup.click('mfa-send')
    await popup.waitForTestId('mfa-code')
    await popup.close()
    const sms = await pollUntil(() => latestSms(sandbox.origin, before), { what: 'an SMS' })

    popup = await ext.open(POPUP)
    await waitState(popup, 'active')
    await popup.waitForTestId('mfa-code')
    await popup.fill('mfa-code', sms.code)
    await pollUntil(async () => (await popup.attr('session-trusted', 'data-trusted')) === 'true', {
      what: 'trusted',
    })

    await popup.click('signout')
    await waitState(popup, 'signed-out')
    await popup.fill('signin-secret', qa.password)
    await popup.click('signin-submit')
    await waitState(popup, 'active')
    expect(await popup.attr('session-trusted', 'data-trusted')).toBe('true')
    expect((await mustAsk(popup, 'listTrustedDevices', undefined)).map((d) => d.api)).toEqual(['v2'])
    await popup.close()
  })
})

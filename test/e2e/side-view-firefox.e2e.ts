import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { LOCAL_FIREFOX_DIST } from './harness/browsers.ts'
import { type BidiFirefox, launchBidiFirefox } from './harness/firefox-bidi.ts'
import { holdsFor, pollUntil } from './harness/poll.ts'
import { createSandboxProfile, latestSms } from './harness/protocol.ts'
import { EXTENSION_BASE, firefoxSidebar } from './harness/sidebar-firefox.ts'

const SHOTS = 'artifacts/screenshots'
const SIDEBAR_ID = 'bill-sandbox-companion_sandbox-companion_dev-sidebar-action'

// Issue 24 §1-2: the popup's app in Firefox's sidebar, opened from the popup's button and by the shortcuts,
// kept while the tester switches tabs; "send MFA code" by its shortcut.
describe('side view in Firefox', () => {
  let sandbox: RunningSandbox
  let ff: BidiFirefox
  let side: ReturnType<typeof firefoxSidebar>

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ff = await launchBidiFirefox()
    await ff.send('webExtension.install', { extensionData: { type: 'path', path: LOCAL_FIREFOX_DIST } })
    side = firefoxSidebar(ff)
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await ff?.close()
    await sandbox?.close()
  })

  const waitState = (s: string) =>
    pollUntil(async () => (await side.attr('session-state', 'data-state')) === s, { what: `state ${s}` })
  it('opens from the popup and by Alt+Shift+J, signs in and walks MFA (code sent by Alt+Shift+U) across tab switches', async () => {
    const qa = sandbox.accounts[0]!
    const popup = await side.openTab(`${EXTENSION_BASE}src/popup/index.html`)
    const profileId = await createSandboxProfile(side.sender(popup), sandbox, qa)
    expect(await side.openSidebar()).toBe('')
    await side.click(popup, 'open-side-view')
    await pollUntil(async () => (await side.openSidebar()) === SIDEBAR_ID, { what: 'the sidebar to open' })

    await side.openTab(`${EXTENSION_BASE}src/options/index.html`)
    await waitState('signed-out')
    expect(await side.exists('open-side-view')).toBe(false)
    await side.mark()
    await side.fill('profile-select', profileId)
    await side.fill('signin-secret', qa.password)
    await side.clickIn('signin-submit')
    await waitState('active')
    expect(await side.text('session-countdown')).toMatch(/^(20:00|19:5\d)$/)
    await side.screenshot(`${SHOTS}/side-view-firefox-light.png`, 'light')
    await side.screenshot(`${SHOTS}/side-view-firefox-dark.png`, 'dark')
    await side.screenshot(`${SHOTS}/side-view-firefox-light.png`, 'light')

    // The tester works in another tab; the shortcut sends the code, the sidebar asks for it.
    await side.openTab(`${sandbox.origin}/__sandbox/demo`)
    const before = Date.now() - 1000
    await side.pressAltShift('U')
    const sms = await pollUntil(() => latestSms(sandbox.origin, before), {
      what: 'an SMS sent by the shortcut',
    })
    await pollUntil(() => side.exists('mfa-code'), { what: 'the code field in the sidebar' })
    // Once: a code waiting to be typed is not replaced by a second press.
    await side.pressAltShift('U')
    await holdsFor(async () => (await latestSms(sandbox.origin, Date.parse(sms.sentAt))) === undefined, {
      what: 'no second SMS',
    })
    await side.openTab('about:blank')
    expect(await side.marked()).toBe(true)
    await side.fill('mfa-code', sms.code)
    await pollUntil(async () => (await side.attr('session-trusted', 'data-trusted')) === 'true', {
      what: 'trusted in the sidebar',
    })

    // The side view's shortcut closes it and opens it again, on the same session.
    await side.pressAltShift('J')
    await pollUntil(async () => (await side.openSidebar()) === '', { what: 'the sidebar to close' })
    await side.pressAltShift('J')
    await pollUntil(async () => (await side.openSidebar()) === SIDEBAR_ID, { what: 'the sidebar to reopen' })
    await waitState('active')
    expect(await side.attr('session-trusted', 'data-trusted')).toBe('true')
  })

  it('lists the commands with their keys on the options page', async () => {
    const options = await side.openTab(`${EXTENSION_BASE}src/options/index.html`)
    const rows = await pollUntil(() =>
      ff.content<string[] | undefined>(
        options,
        `const rows = [...document.querySelectorAll('[data-testid="shortcut"]')]
        return rows.length ? rows.map((e) => e.getAttribute('data-command') + ' ' + e.querySelector('kbd')?.textContent) : undefined`,
      ),
    )
    expect(rows.sort()).toEqual([
      '_execute_action Alt+Shift+K',
      '_execute_sidebar_action Alt+Shift+J',
      'send-mfa-code Alt+Shift+U',
    ])
  })
})

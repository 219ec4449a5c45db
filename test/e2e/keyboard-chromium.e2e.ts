import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, latestSms } from './harness/protocol.ts'

// Keyboard only: every popup action is reached with Tab and run with Enter or Space, each focused control
// shows a visible focus ring, the MFA code field takes the focus when that step opens, and changes are
// announced through live regions.

/** Tabs until the element with this test id has the focus; returns the focus rings seen on the way. */
async function tabTo(page: Page, testId: string): Promise<string[]> {
  const seen: string[] = []
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      const style = el ? getComputedStyle(el) : undefined
      return {
        id: el?.getAttribute('data-testid') ?? el?.tagName ?? '',
        ring: style ? `${style.outlineStyle} ${Number.parseFloat(style.outlineWidth)}` : '',
      }
    })
    seen.push(`${focus.id}: ${focus.ring}`)
    if (focus.id === testId) return seen
  }
  throw new Error(`Tab never reached ${testId}: ${seen.join(', ')}`)
}

// Tab passes the document itself when it wraps around: that is not a control.
const rings = (seen: string[]) => seen.filter((s) => !s.startsWith('BODY:') && !/: solid [2-9]/.test(s))

describe('the popup with the keyboard only (Chromium)', () => {
  let ext: ChromiumExtension
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  it('signs in, walks MFA and copies the session without a mouse', async () => {
    const qa = sandbox.accounts[0]!
    const setup = await ext.open('src/options/index.html')
    await createSandboxProfile(setup, sandbox, qa)
    const { page } = await ext.open('src/popup/index.html')
    const state = () => page.getAttribute('[data-testid="session-state"]', 'data-state')
    await pollUntil(async () => (await state()) === 'signed-out')
    expect(await page.getAttribute('[data-testid="session-state"]', 'aria-live')).toBe('polite')
    // Body text is the theme's 13 px, not Chromium's 75 % default for extension pages.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('13px')

    const visited = await tabTo(page, 'signin-secret')
    await page.keyboard.type(qa.password)
    visited.push(...(await tabTo(page, 'signin-submit')))
    await page.keyboard.press('Enter')
    await pollUntil(async () => (await state()) === 'active', { what: 'signed in' })

    const sentAfter = Date.now() - 1000
    visited.push(...(await tabTo(page, 'mfa-send')))
    await page.keyboard.press('Enter')
    await pollUntil(
      () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'mfa-code'),
      {
        what: 'the code field to take the focus',
      },
    )
    const sms = await pollUntil(() => latestSms(sandbox.origin, sentAfter), { what: 'an SMS' })
    await page.keyboard.type(sms.code === '000000' ? '111111' : '000000')
    const alert = page.locator('[data-testid="mfa-error"]')
    await alert.waitFor()
    expect(await alert.getAttribute('role')).toBe('alert')
    await page.keyboard.press('Shift+Tab') // back from wherever the wrong code left the focus
    visited.push(...(await tabTo(page, 'mfa-code')))
    await page.keyboard.press('Control+A')
    await page.keyboard.type(sms.code)
    await pollUntil(() =>
      page.getAttribute('[data-testid="session-trusted"]', 'data-trusted').then((t) => t === 'true'),
    )

    visited.push(...(await tabTo(page, 'copy-curl')))
    await page.keyboard.press('Space')
    await pollUntil(() =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'handoff-confirm'),
    )
    visited.push(...(await tabTo(page, 'handoff-cancel')))
    await page.keyboard.press('Enter')
    expect(await page.locator('[data-testid="handoff-ask"]').count()).toBe(0)
    expect(await page.getAttribute('[data-testid="handoff-status"]', 'role')).toBe('status')
    visited.push(...(await tabTo(page, 'signout')))
    await page.keyboard.press('Enter')
    await pollUntil(async () => (await state()) === 'signed-out', { what: 'signed out' })
    expect(rings(visited), 'focused controls without a visible focus ring').toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { ask, createSandboxProfile, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'
import { runDemo } from './traffic-steps.ts'

const POPUP = 'src/popup/index.html'
// Chrome and Firefox size a toolbar popup to its content, at most 800×600: the popup's body is 360 px wide.
const POPUP_SIZE = { width: 360, height: 600 }
const SCHEMES = ['light', 'dark'] as const

type Box = { top: number; bottom: number; left: number; right: number }

// Issue 19, item 7: the popup's layout at its real size, in both themes.
describe('popup layout at the popup’s size (Chromium)', () => {
  let ext: ChromiumExtension
  let sandbox: RunningSandbox
  let longProfile: string
  let tokenProfile: string

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ext = await launchChromium()
    const setup = await ext.open('src/options/index.html')
    tokenProfile = await createSandboxProfile(setup, sandbox, sandbox.accounts[2]!, {
      name: 'Token',
      authMethod: 'token',
    })
    longProfile = await createSandboxProfile(setup, sandbox, sandbox.accounts[0]!, {
      name: 'Accounts-payable-automation-northeast-QA-sandbox-(long name)',
    })
    await setup.close()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  async function openPopup(scheme: (typeof SCHEMES)[number]) {
    const popup = await ext.open(POPUP)
    await popup.page.setViewportSize(POPUP_SIZE)
    await popup.page.emulateMedia({ colorScheme: scheme })
    return popup
  }
  const waitState = (p: UiPage, s: string) =>
    pollUntil(async () => (await p.attr('session-state', 'data-state')) === s, { what: `state ${s}` })
  const box = (p: UiPage, id: string) =>
    p.evaluate((testId) => {
      const r = document.querySelector(`[data-testid="${testId}"]`)!.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
    }, id)
  const overlap = (a: Box, b: Box) =>
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 &&
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5

  /** Each check starts signed out. */
  async function signOut() {
    const ui = await ext.open('src/options/index.html')
    await mustAsk(ui, 'signOut', undefined)
    await ui.close()
  }

  async function signIn(popup: UiPage, profileId: string, secret: string) {
    await popup.waitForTestId('profile-select')
    await popup.select('profile-select', profileId)
    await popup.fill('signin-secret', secret)
    await popup.click('signin-submit')
    await waitState(popup, 'active')
  }

  it('keeps the header on one line: the title, “Open in side panel” and “Settings” side by side', async () => {
    await signOut()
    for (const scheme of SCHEMES) {
      const popup = await openPopup(scheme)
      await waitState(popup, 'signed-out')
      const header = await popup.evaluate(() => {
        const rect = (e: Element) => {
          const r = e.getBoundingClientRect()
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
        }
        const h = document.querySelector('header')!
        return {
          title: rect(h.querySelector('h1')!),
          titleClipped: h.querySelector('h1')!.scrollWidth > h.querySelector('h1')!.clientWidth,
          buttons: [...h.querySelectorAll('button')].map((b) => ({
            name: b.getAttribute('aria-label') ?? b.textContent,
            ...rect(b),
          })),
        }
      })
      expect(
        header.buttons.map((b) => b.name),
        scheme,
      ).toEqual(['Open in side panel', 'Settings'])
      for (const b of header.buttons) {
        // On the title's line: each button's middle lies within the title's height, and inside the popup.
        expect((b.top + b.bottom) / 2, `${scheme} ${b.name}`).toBeGreaterThan(header.title.top)
        expect((b.top + b.bottom) / 2, `${scheme} ${b.name}`).toBeLessThan(header.title.bottom)
        expect(b.right, `${scheme} ${b.name}`).toBeLessThanOrEqual(POPUP_SIZE.width)
      }
      expect(header.titleClipped, `${scheme}: the title is shown whole`).toBe(false)
      await popup.close()
    }
  })

  it('keeps the profile picker, and the whole popup, within the popup’s width with a long profile name', async () => {
    await signOut()
    for (const scheme of SCHEMES) {
      const popup = await openPopup(scheme)
      await waitState(popup, 'signed-out')
      await popup.select('profile-select', longProfile)
      const select = await box(popup, 'profile-select')
      expect(select.right, scheme).toBeLessThanOrEqual(POPUP_SIZE.width)
      expect(await popup.evaluate(() => document.documentElement.scrollWidth), scheme).toBeLessThanOrEqual(
        POPUP_SIZE.width,
      )
      // The name the select may shorten is written out in full below it.
      expect(await popup.text('signin-profile')).toContain('(long name)')
      await popup.close()
    }
  })

  it('draws the token-session note in the body text size', async () => {
    await signOut()
    for (const scheme of SCHEMES) {
      const popup = await openPopup(scheme)
      if (scheme === 'light') await signIn(popup, tokenProfile, sandbox.accounts[2]!.syncToken!.token)
      await waitState(popup, 'active')
      const sizes = await popup.evaluate(() => ({
        note: getComputedStyle(document.querySelector('[data-testid="session-countdown"]')!).fontSize,
        body: getComputedStyle(document.body).fontSize,
      }))
      expect(sizes.note, scheme).toBe(sizes.body)
      await popup.close()
    }
  })

  it('keeps every flagged card above the “Open a HAR file…” link, its text inside its box', async () => {
    await signOut()
    const popup = await openPopup('light')
    await signIn(popup, longProfile, sandbox.accounts[0]!.password)
    const tab = await ext.context.newPage()
    await tab.goto(`${sandbox.origin}/__sandbox/demo`)
    await runDemo({ click: (s) => tab.click(s), evaluate: (e) => tab.evaluate(e) }, 'run-all', 6)
    await tab.close()
    await pollUntil(async () => (await popup.count('flagged-request')) >= 3, { what: 'three flagged calls' })
    for (const scheme of SCHEMES) {
      await popup.page.emulateMedia({ colorScheme: scheme })
      // Scrolled to the end of the list and of the page: the last card is where it is drawn.
      await popup.evaluate(() => {
        const list = document.querySelector('.flagged-list')
        if (list) list.scrollTop = list.scrollHeight
        window.scrollTo(0, document.body.scrollHeight)
      })
      const link = await box(popup, 'open-har-inspector')
      const cards = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid="flagged-request"]')].map((li) => {
          const r = li.getBoundingClientRect()
          return {
            box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
            spills: li.scrollHeight > li.clientHeight + 1,
          }
        }),
      )
      const list = await popup.evaluate(() => {
        const r = document.querySelector('.flagged-list')!.getBoundingClientRect()
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
      })
      // A clear gap, not a touching edge: the link must not read as part of the last card.
      expect(link.top - list.bottom, scheme).toBeGreaterThanOrEqual(8)
      expect(
        cards.filter((c) => c.spills || overlap(c.box, link) || link.top - c.box.bottom < 8),
        scheme,
      ).toEqual([])
    }
    await popup.close()
  })

  it('says once that the session ended, when an action found it gone', async () => {
    await signOut()
    const popup = await openPopup('light')
    await signIn(popup, longProfile, sandbox.accounts[0]!.password)
    await fetch(`${sandbox.origin}/__sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 2_200_000 }),
    })
    // The user presses "Send code by SMS": BILL answers BDC_1109, and the action fails with it.
    await popup.click('mfa-send')
    await waitState(popup, 'expired')
    for (const scheme of SCHEMES) {
      await popup.page.emulateMedia({ colorScheme: scheme })
      expect(await popup.count('session-ended'), scheme).toBe(1)
      const notes = await popup.evaluate(() =>
        [...document.querySelectorAll('.note')]
          .map((n) => n.textContent ?? '')
          .filter((t) => /ended|expired/i.test(t)),
      )
      expect(notes, scheme).toHaveLength(1)
    }
    expect(await ask(popup, 'getSession', undefined)).toMatchObject({
      ok: true,
      result: { state: 'expired' },
    })
    await popup.close()
  })
})

import { expect } from 'vitest'
import { pollUntil } from './harness/poll.ts'
import type { UiPage } from './harness/ui-page.ts'

// Shared by the Chromium and Firefox tests: the sandbox's demo page (a plain tab, no DevTools) makes the
// deprecated calls, and the popup lists them.

/** What a test needs of a plain web page, in Playwright and Puppeteer alike. */
export interface PlainPage {
  click(selector: string): Promise<void>
  /** An expression evaluated in the page (both Playwright and Puppeteer take source text). */
  evaluate(expression: string): Promise<unknown>
}

export async function runDemo(page: PlainPage, button: string, calls: number): Promise<void> {
  await page.click(`#${button}`)
  await pollUntil(
    () =>
      page.evaluate(
        `document.querySelector('#status')?.textContent === 'done' && document.querySelectorAll('#log li').length >= ${calls}`,
      ),
    { what: `the demo's ${button}`, timeoutMs: 30_000 },
  )
}

export type Flagged = { ruleId: string; endpoint: string; text: string }

export const flaggedIn = (popup: UiPage): Promise<Flagged[]> =>
  popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="flagged-request"]')].map((li) => ({
      ruleId: li.getAttribute('data-rule-id') ?? '',
      endpoint: li.getAttribute('data-endpoint') ?? '',
      text: li.textContent ?? '',
    })),
  )

export const badgeText = (page: UiPage): Promise<string> =>
  page.evaluate(() => chrome.action.getBadgeText({}))

/** The three deprecated calls of the demo's "Run all", as the popup shows them (newest first). */
export function expectDemoFindings(items: Flagged[], origin: string): void {
  const keys = items.map((i) => `${i.ruleId} ${i.endpoint}`)
  expect(keys).toEqual(
    expect.arrayContaining([
      'mfa-setup-secondary-phone v3/mfa/setup',
      'mfa-challenge-backup-phone v3/mfa/challenge',
      'mfa-challenge-backup-phone v2/MFAChallenge.json',
    ]),
  )
  expect(items).toHaveLength(3)
  const challenge = items.find((i) => i.endpoint === 'v3/mfa/challenge')
  expect(challenge?.text).toContain(origin)
  expect(challenge?.text).toContain('"useBackup": true sends the MFA code to the backup phone')
  expect(challenge?.text).toContain('Fix: Set "useBackup" to false or remove the field')
}

import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { expect } from 'vitest'
import { pollUntil } from './harness/poll.ts'
import type { UiPage } from './harness/ui-page.ts'

// The stand-alone HAR inspector (the panel page opened outside DevTools), the same steps in Chromium and
// Firefox: only how a file is put on <input type=file> differs (Playwright setInputFiles, Puppeteer uploadFile).

export const HAR = {
  chrome: resolve('test/fixtures/lint/chrome.har'),
  firefox: resolve('test/fixtures/lint/firefox.har'),
  broken: resolve('test/fixtures/lint/broken/truncated.har'),
}

export type Upload = (path: string) => Promise<void>

interface Row {
  severity: string | null
  endpoint: string | null
}

const rowsOf = (page: UiPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="request-row"]')].map((r) => ({
      severity: r.getAttribute('data-severity'),
      endpoint: r.getAttribute('data-endpoint'),
    })),
  )

async function openAndWait(page: UiPage, upload: Upload, path: string, rows: number): Promise<Row[]> {
  await upload(path)
  await pollUntil(async () => (await page.attr('har-status', 'data-state')) === 'loaded', {
    what: `${path} to be read`,
  })
  return pollUntil(async () => {
    const found = await rowsOf(page)
    return found.length === rows ? found : undefined
  })
}

/** `screenshot`: where to save the page with Chrome's file open and a flagged row's details (artifacts/). */
export async function checkInspector(page: UiPage, upload: Upload, screenshot?: string): Promise<void> {
  expect(await page.evaluate(() => document.title)).toBe('BILL HAR inspector')

  // Chrome's export: the page script is not BILL's; three requests carry refused or forbidden values.
  const chrome = await openAndWait(page, upload, HAR.chrome, 6)
  // Rows are in start-time order, as in the live capture.
  expect(chrome.filter((r) => r.severity === 'error').map((r) => r.endpoint)).toEqual([
    'v2.mfa.challenge',
    'v3.mfa.challenge',
    'v2.login',
  ])
  // The password in the login URL never shows: not in the row's tooltip, nor in the details.
  await page.evaluate(() => {
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="request-row"]')].find(
      (r) => r.dataset.endpoint === 'v2.login',
    )
    row?.click()
  })
  await page.waitForTestId('detail')
  expect(await page.evaluate(() => document.body.innerHTML.includes('hunter2'))).toBe(false)
  if (screenshot) {
    mkdirSync(dirname(screenshot), { recursive: true })
    await page.screenshot(screenshot)
  }
  await page.click('close-detail')

  // A file's rows keep their entries as text until read: the search reads them, v2 `data` decoded (as text or
  // params). A word of three requests' bodies finds those three rows and hides the other three; cleared, all
  // six are back.
  await page.fill('filter-input', 'useBackup')
  const searched = await pollUntil(async () => {
    const found = await rowsOf(page)
    return found.length === 3 ? found : undefined
  })
  expect(searched.map((r) => r.endpoint).sort()).toEqual([
    'v2.mfa.challenge',
    'v2.mfa.challenge',
    'v3.mfa.challenge',
  ])
  // A blank search is no search (the text is trimmed); fill('') left the text as it was in Firefox's harness.
  await page.fill('filter-input', ' ')
  await pollUntil(async () => ((await rowsOf(page)).length === 6 ? true : undefined))

  // Firefox's export: the local mock (127.0.0.1 or localhost on a BILL path) counts as BILL's.
  const firefox = await openAndWait(page, upload, HAR.firefox, 4)
  expect(firefox.map((r) => r.severity)).toEqual(['error', 'info', 'error', 'error'])
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="request-row"]')?.click())
  await page.waitForTestId('finding')
  const rules = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="finding"]')].map((f) => f.getAttribute('data-rule-id')),
  )
  expect(rules).toContain('mfa-challenge-backup-phone')

  // A broken file: one message naming the problem, no rows.
  await upload(HAR.broken)
  await page.waitForTestId('har-error')
  expect(await page.text('har-error')).toMatch(
    /^truncated\.har is not valid JSON \(.+\), so it is no HAR file\.$/,
  )
  expect(await page.count('request-row')).toBe(0)
}

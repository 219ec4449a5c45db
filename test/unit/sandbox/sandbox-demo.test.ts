import { Browser } from 'happy-dom'
import { afterEach, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../../sandbox/server.ts'

// The QA demo page, run in happy-dom against the real server: "Run all" makes every call it promises.

let sandbox: RunningSandbox
let browser: Browser
afterEach(async () => {
  await browser.close()
  await sandbox.close()
})

it('"Run all" signs in and makes the deprecated and the good MFA calls', async () => {
  sandbox = await startSandbox({ quiet: true })
  browser = new Browser({
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  })
  const page = browser.newPage()
  await page.goto(`${sandbox.origin}/__sandbox/demo`)
  await page.waitUntilComplete()
  const doc = page.mainFrame.document
  ;(doc.querySelector('#run-all') as unknown as { click(): void }).click()
  await page.waitUntilComplete()

  expect(doc.querySelector('#status')?.textContent).toBe('done')
  const calls = [...doc.querySelectorAll('#log li')].map((li) => [
    li.getAttribute('data-call'),
    li.getAttribute('data-status'),
  ])
  expect(calls).toEqual([
    ['v3-login', '200'],
    ['v2-login', '200'],
    ['v3-setup-secondary', '400'],
    ['v3-challenge-backup', '400'],
    ['v2-challenge-backup', '200'],
    ['v3-challenge', '200'],
  ])
  expect(doc.querySelector('#log')?.textContent).toContain('BDC_1380')
  // The log keeps each body in its own shape (a v2 form stays a form), masked.
  const sent = sandbox.state.requests.map((r) => [
    r.path,
    r.body?.startsWith('{') ? JSON.parse(r.body) : r.body,
  ])
  expect(sent).toContainEqual(['/connect/v3/mfa/challenge', { useBackup: true }])
  expect(sent).toContainEqual([
    '/connect/v3/mfa/setup',
    { phone: '[redacted]', type: 'TEXT', primary: false },
  ])
  expect(sandbox.state.texts).toHaveLength(1)
})

import type { Browser, Frame, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { launchWithDevtools, panelTabId, runDemo, showPanel } from './harness/devtools-chromium.ts'
import { pollUntil } from './harness/poll.ts'

// The panel inside real Chromium DevTools (puppeteer with devtools open): the sandbox's QA demo page makes v2 and v3 MFA
// calls with the removed backup-phone values, and the "BILL" tab flags them. waitForFunction never resolves
// in the DevTools front-end, so everything there is polled with evaluate().

type Row = { endpoint: string; severity: string }
const rowsIn = (frame: Frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('[data-testid="request-row"]')].map((r) => ({
      endpoint: r.getAttribute('data-endpoint') ?? '',
      severity: r.getAttribute('data-severity') ?? '',
    })),
  )
const has = (rows: Row[], endpoint: string, severity: string) =>
  rows.some((r) => r.endpoint === endpoint && r.severity === severity)

describe('DevTools panel in real DevTools (Chromium)', () => {
  let sandbox: RunningSandbox
  let browser: Browser
  let page: Page
  let devtools: Page

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true })
    ;({ browser, page, devtools } = await launchWithDevtools(`${sandbox.origin}/__sandbox/demo`))
  })
  afterAll(async () => {
    await browser?.close()
    await sandbox?.close()
  })

  it('flags the v2 and v3 backup-phone calls, including those made before the tab was shown', async () => {
    const tabId = await panelTabId(devtools)
    // DevTools is open (the devtools page captures) but the BILL tab has not been shown yet.
    await runDemo(page, 'v3-challenge-backup', 2)
    const frame = await showPanel(devtools, tabId)
    await pollUntil(async () => has(await rowsIn(frame), 'v3.mfa.challenge', 'error'), {
      what: 'the earlier v3 challenge to reach the panel',
    })

    await runDemo(page, 'v3-setup-secondary', 3)
    await runDemo(page, 'v2-challenge-backup', 5)
    await runDemo(page, 'v3-challenge', 6)
    const rows = await pollUntil(
      async () => {
        const r = await rowsIn(frame)
        return has(r, 'v3.mfa.setup', 'error') &&
          has(r, 'v2.mfa.challenge', 'error') &&
          has(r, 'v3.mfa.challenge', 'none')
          ? r
          : undefined
      },
      { what: 'the v2 and v3 MFA calls to be flagged' },
    )
    expect(has(rows, 'v3.login', 'none')).toBe(true)
    expect(has(rows, 'v2.login', 'none')).toBe(true)
    // The demo's own /__sandbox/accounts call is not BILL's.
    expect(rows.every((r) => r.endpoint !== '')).toBe(true)
    // Each call appears once, whether it came live, from the hand-off or from getHAR.
    expect(rows.filter((r) => r.endpoint === 'v3.mfa.challenge')).toHaveLength(2)

    await frame.evaluate(() =>
      (document.querySelector('[data-endpoint="v2.mfa.challenge"]') as HTMLElement | null)?.click(),
    )
    const detail = await pollUntil(
      () =>
        frame.evaluate(() => {
          const ids = [...document.querySelectorAll('[data-testid="finding"]')].map((f) =>
            f.getAttribute('data-rule-id'),
          )
          const mark = document.querySelector('[data-testid="request-body"] [data-testid="highlight"]')
          const cause = document.querySelector('[data-testid="rejection-cause"]')
          return ids.length > 0 && cause
            ? { ids, mark: mark?.textContent, cause: cause.textContent }
            : undefined
        }),
      { what: 'the v2 detail pane with BILL’s answer' },
    )
    expect(detail.ids).toEqual(['mfa-challenge-backup-phone', 'deprecated-field-rejected'])
    expect(detail.mark).toBe('"useBackup": true')
    expect(detail.cause).toMatch(/useBackup/)
    // The dev key the demo sent in the form is masked in the panel.
    const devKey = sandbox.accounts.find((a) => a.phone)?.devKey ?? ''
    expect(devKey).not.toBe('')
    expect(await frame.evaluate(() => document.body.textContent ?? '')).not.toContain(devKey)
  })
})

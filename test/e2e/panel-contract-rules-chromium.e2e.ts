import type { Browser, Frame, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { launchWithDevtools, panelTabId, runDemo, showPanel } from './harness/devtools-chromium.ts'
import { pollUntil } from './harness/poll.ts'

// Issue 23: each button of the sandbox's QA demo page makes one pattern of BILL's session and MFA contract,
// and the "BILL" panel in real Chromium DevTools flags it on the call that shows it (and on no other call).

type Row = { index: number; endpoint: string; rules: string[] }
/** The rows drawn at the bottom of the table (it draws only the rows in view): the newest calls. */
const newestRows = (frame: Frame): Promise<Row[]> =>
  frame.evaluate(() => {
    const scroller = document.querySelector('.request-scroller')
    if (scroller) scroller.scrollTop = scroller.scrollHeight
    return [...document.querySelectorAll('[data-testid="request-row"]')].map((r) => ({
      index: Number(r.getAttribute('data-index')),
      endpoint: r.getAttribute('data-endpoint') ?? '',
      rules: (r.getAttribute('data-rules') ?? '').split(' ').filter(Boolean),
    }))
  })
const flagged = (rows: Row[], rule: string) => rows.filter((r) => r.rules.includes(rule))
const total = (rows: Row[]) => Math.max(0, ...rows.map((r) => r.index + 1))

// In the order the test clicks them: the log grows by `calls` lines per button.
const CASES = [
  { button: 'relogin-after-untrusted', calls: 3, rule: 'untrusted-session-relogin', endpoint: 'v3.login' },
  { button: 'reuse-after-invalid', calls: 4, rule: 'expired-session-reused', endpoint: 'v3.session' },
  { button: 'login-burst', calls: 11, rule: 'login-per-call', endpoint: 'v3.login' },
  { button: 'concurrent-calls', calls: 4, rule: 'concurrent-requests-over-limit', endpoint: 'v3.mfa.phones' },
  { button: 'text-burst', calls: 6, rule: 'mfa-text-rate', endpoint: 'v3.mfa.challenge' },
  { button: 'v2-fields-on-v3-login', calls: 1, rule: 'v3-login-v2-fields', endpoint: 'v3.login' },
]

describe('the demo page’s contract buttons in the DevTools panel (Chromium)', () => {
  let sandbox: RunningSandbox
  let browser: Browser
  let page: Page
  let frame: Frame
  let logged = 0

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true })
    let devtools: Page
    ;({ browser, page, devtools } = await launchWithDevtools(`${sandbox.origin}/__sandbox/demo`))
    frame = await showPanel(devtools, await panelTabId(devtools))
  })
  afterAll(async () => {
    await browser?.close()
    await sandbox?.close()
  })

  it.each(CASES)('$button: $rule on one $endpoint call', async ({ button, calls, rule, endpoint }) => {
    expect(flagged(await newestRows(frame), rule)).toEqual([])
    logged += calls
    await runDemo(page, button, logged)
    let seen: Row[] = []
    const own = (rows: Row[]) => rows.filter((r) => r.index >= logged - calls)
    await pollUntil(
      async () => {
        seen = await newestRows(frame)
        // Every call of the button has reached the panel, and the rule has run over them.
        return total(seen) >= logged && flagged(own(seen), rule).length > 0
      },
      { what: `${rule} after ${button}` },
    ).catch((e: Error) => {
      throw new Error(`${e.message}; ${total(seen)} of ${logged} calls: ${JSON.stringify(seen)}`)
    })
    expect(flagged(own(seen), rule)).toEqual([expect.objectContaining({ endpoint })])
  })
})

import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RULE_IDS } from '../../src/shared/rules/index.ts'
import { MFA_FIELD_RUNTIME_VALUE } from '../../src/shared/rules/runtime-value-rule.ts'
import {
  billTraffic,
  bodiesSentAsForm,
  manyRequests,
  SECRETS,
  v2NamesOnV3Login,
} from '../fixtures/panel/traffic.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { downloads, openPanel, rowCount, rowSel } from './harness/panel-stand-in.ts'
import { pollUntil } from './harness/poll.ts'

function secretSpellings(): string[] {
  return Object.values(SECRETS).flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)])
}

describe('DevTools panel with a chrome.devtools stand-in (Chromium)', () => {
  let ext: ChromiumExtension
  let page: Page
  const traffic = billTraffic()

  beforeAll(async () => {
    ext = await launchChromium()
    // Half the traffic happened before the panel opened (getHAR backfill), the rest arrives live.
    page = await openPanel(ext, traffic.slice(0, 5))
    await pollUntil(async () => (await rowCount(page)) === 5, { what: 'the backfilled rows' })
    for (const entry of [...traffic.slice(3), v2NamesOnV3Login()])
      await page.evaluate(
        (e) => (window as never as { __emitRequest(e: unknown): void }).__emitRequest(e),
        entry,
      )
    // Entries 3 and 4 came both ways and are shown once; the CDN request is not BILL's.
    await pollUntil(async () => (await rowCount(page)) === 10, { what: 'the live rows' })
  })
  afterAll(async () => {
    await ext?.close()
  })

  it('follows the DevTools theme and keeps the background status', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await pollUntil(
      async () => (await page.getAttribute('[data-testid=background-status]', 'data-state')) === 'connected',
    )
  })

  it('marks rows by severity and endpoint, and shows every rule of the engine', async () => {
    const rows = await page
      .locator(rowSel)
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-endpoint'), e.getAttribute('data-severity')]),
      )
    expect(rows).toContainEqual(['v3.mfa.challenge', 'error'])
    expect(rows).toContainEqual(['v3.mfa.challenge', 'info'])
    expect(rows).toContainEqual(['v2.mfa.challenge', 'error'])
    expect(rows).toContainEqual(['v3.login', 'none'])
    expect(await page.getAttribute('[data-testid=counts]', 'data-errors')).toBe('9')

    const shown = new Set<string>()
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.[1] === 'none') continue
      await page.locator(rowSel).nth(i).click()
      await page.locator('[data-testid=detail]').waitFor()
      for (const id of await page
        .locator('[data-testid=finding]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id'))))
        if (id) shown.add(id)
    }
    // The run-time-value rule judges source expressions; traffic carries values only.
    const trafficRules = RULE_IDS.filter((id) => id !== MFA_FIELD_RUNTIME_VALUE.id)
    expect([...shown].sort()).toEqual([...trafficRules].sort())
  })

  it('highlights the offending field in place and explains BILL’s refusal', async () => {
    await page.locator(`${rowSel}[data-endpoint="v2.mfa.challenge"]`).click()
    expect(
      await page.locator('[data-testid=request-body] [data-testid=highlight]').first().textContent(),
    ).toBe('"useBackup": true')
    await page.locator(`${rowSel}[data-endpoint="v3.mfa.challenge"][data-severity=error]`).click()
    const highlighted = page.locator('[data-testid=request-body] [data-testid=highlight]')
    expect(await highlighted.count()).toBe(1)
    expect(await highlighted.textContent()).toBe('"useBackup": true')
    expect(await page.textContent('[data-testid=rejection-cause]')).toMatch(/useBackup.*2026-03-30/)
    expect(await page.textContent('[data-testid=bill-errors]')).toContain('BDC_1100')
    mkdirSync('artifacts', { recursive: true })
    await page.setViewportSize({ width: 1280, height: 640 })
    await page.screenshot({ path: 'artifacts/panel.png' })
  })

  it('masks secrets in the detail pane until revealed for that row', async () => {
    await page.locator(`${rowSel}[data-endpoint="v3.login"]`).first().click()
    const detail = () => page.textContent('[data-testid=detail]')
    expect(await detail()).not.toContain(SECRETS.password)
    expect(await detail()).not.toContain(SECRETS.sessionId)
    await page.click('[data-testid=reveal-secrets]')
    expect(await detail()).toContain(SECRETS.password)
    await page.locator(`${rowSel}[data-endpoint="v3.mfa.setup"]`).click()
    expect(await detail()).not.toContain(SECRETS.phone)
  })

  it('filters by URL, endpoint name and body text, issues and API version', async () => {
    const fill = (text: string) => page.fill('[data-testid=filter-input]', text)
    await fill('mfachallenge.JSON')
    expect(await rowCount(page)).toBe(1)
    await fill('mfa challenge (v3)')
    expect(await rowCount(page)).toBe(2)
    await fill('USEBACKUP')
    expect(await rowCount(page)).toBe(3)
    await fill('')
    await page.check('[data-testid=issues-only]')
    expect(await rowCount(page)).toBe(8)
    await page.selectOption('[data-testid=api-filter]', 'v2')
    expect(await rowCount(page)).toBe(2)
    await page.uncheck('[data-testid=issues-only]')
    await page.selectOption('[data-testid=api-filter]', 'all')
    await page.check('[data-testid=show-all]')
    expect(await rowCount(page)).toBe(11)
    await page.uncheck('[data-testid=show-all]')
    expect(await rowCount(page)).toBe(10)
  })

  it('exports the findings report and the HAR without secrets unless opted in once', async () => {
    await page.selectOption('[data-testid=report-format]', 'json')
    await page.click('[data-testid=export-report]')
    await page.selectOption('[data-testid=report-format]', 'markdown')
    await page.click('[data-testid=export-report]')
    await page.click('[data-testid=export-har]')
    await pollUntil(async () => (await downloads(page)).length === 3, { what: 'three downloads' })
    const [json = '', markdown = '', har = ''] = await downloads(page)
    for (const text of [json, markdown, har]) for (const s of secretSpellings()) expect(text).not.toContain(s)
    const report = JSON.parse(json)
    expect(report.version).toBe(1)
    expect(report.summary).toMatchObject({ requests: 10, errors: 9, warnings: 3, infos: 1 })
    expect(markdown).toContain('# BILL MFA lint report')
    expect(JSON.parse(har).log.entries).toHaveLength(10)

    await page.check('[data-testid=include-raw]')
    expect(await page.isVisible('[data-testid=raw-warning]')).toBe(true)
    await page.click('[data-testid=export-har]')
    await pollUntil(async () => (await downloads(page)).length === 4, { what: 'the raw download' })
    expect((await downloads(page))[3]).toContain(SECRETS.sessionId)
    expect(await page.isChecked('[data-testid=include-raw]')).toBe(false)
  })

  it('copies a row as cURL, redacted', async () => {
    await page.locator(`${rowSel}[data-endpoint="v2.mfa.challenge"]`).click()
    await page.click('[data-testid=copy-curl]')
    await page.locator('[data-testid=copy-status]').waitFor()
    const copies = await page.evaluate(() => (window as unknown as { __copies: string[] }).__copies)
    const curl = copies.at(-1) ?? ''
    expect(curl).toMatch(/^curl 'https:\/\/api-stage\.bill\.com\/api\/v2\/MFAChallenge\.json'/)
    expect(curl).toContain('useBackup')
    for (const s of secretSpellings()) expect(curl).not.toContain(s)
  })

  it('moves through rows with the keyboard (roving focus) and opens one with Enter', async () => {
    const press = async (key: string, index: string) => {
      await page.keyboard.press(key)
      await pollUntil(
        () => page.evaluate((i) => document.activeElement?.getAttribute('data-index') === i, index),
        { what: `row ${index} to take focus after ${key}` },
      )
    }
    await page.locator(rowSel).first().click()
    await press('ArrowDown', '1')
    await press('End', '9')
    await press('ArrowUp', '8')
    await press('Home', '0')
    await press('ArrowDown', '1')
    await page.keyboard.press('Enter')
    expect(await page.getAttribute(`${rowSel}[data-index="1"]`, 'aria-selected')).toBe('true')
    expect(await page.getAttribute(`${rowSel}[data-index="0"]`, 'aria-selected')).toBe('false')
    expect(await page.locator(`${rowSel}[tabindex="0"]`).count()).toBe(1)
  })

  it('offers to fix and replay a refused MFA call, answering not-signed-in without a session', async () => {
    await page.locator(`${rowSel}[data-endpoint="v3.mfa.challenge"][data-severity=error]`).click()
    await page.click('[data-testid=fix-replay]')
    expect(JSON.parse((await page.textContent('[data-testid=corrected-body]')) ?? '')).toEqual({})
    await page.click('[data-testid=replay-confirm]')
    await page.locator('[data-testid=replay-result][data-state=failed]').waitFor()
    expect(await page.getAttribute('[data-testid=replay-result] [data-kind]', 'data-kind')).toBe(
      'not-signed-in',
    )
  })

  it('clears on navigation unless the log is preserved, and on Clear', async () => {
    const navigate = () => page.evaluate(() => (window as never as { __navigate(): void }).__navigate())
    await page.check('[data-testid=preserve-log]')
    await navigate()
    expect(await rowCount(page)).toBe(10)
    await page.uncheck('[data-testid=preserve-log]')
    await navigate()
    await pollUntil(async () => (await rowCount(page)) === 0, { what: 'the log to clear' })
    await page.evaluate(
      (e) => (window as never as { __emitRequest(e: unknown): void }).__emitRequest(e),
      traffic[1],
    )
    await pollUntil(async () => (await rowCount(page)) === 1)
    await page.click('[data-testid=clear-log]')
    // The view follows the store at the next frame, not synchronously with the click.
    await pollUntil(async () => (await rowCount(page)) === 0, { what: 'Clear to empty the log' })
  })

  it('shows XML and multipart sent as a form whole, secrets masked until revealed', async () => {
    await page.click('[data-testid=clear-log]')
    await pollUntil(async () => (await rowCount(page)) === 0, { what: 'Clear to empty the log' })
    for (const entry of bodiesSentAsForm())
      await page.evaluate(
        (e) => (window as never as { __emitRequest(e: unknown): void }).__emitRequest(e),
        entry,
      )
    await pollUntil(async () => (await rowCount(page)) === 2, { what: 'the two form-typed rows' })
    const secrets = [SECRETS.sessionId, SECRETS.devKey, SECRETS.password]
    for (let i = 0; i < 2; i++) {
      await page.locator(rowSel).nth(i).click()
      const body = () => page.textContent('[data-testid=request-body]')
      await page.locator('[data-testid=request-body]').waitFor()
      for (const secret of secrets) expect(await body()).not.toContain(secret)
      // What QA needs stays readable, and Reveal shows the rest.
      expect(await body()).toContain('00801QAMFAORG0000001')
      await page.click('[data-testid=reveal-secrets]')
      expect(await body()).toContain(SECRETS.devKey)
    }
  })

  it('keeps 10,000 requests with only the visible rows rendered', async () => {
    const big = await openPanel(ext, manyRequests(10_000))
    await pollUntil(
      async () => (await big.getAttribute('[data-testid=capture-size]', 'data-size')) === '10000',
      {
        what: '10,000 captured requests',
        timeoutMs: 60_000,
      },
    )
    expect(await big.getAttribute('[data-testid=capture-size]', 'data-shown')).toBe('9000')
    expect(await rowCount(big)).toBeLessThan(80)
    await big.locator(rowSel).first().click()
    await big.keyboard.press('End')
    await pollUntil(
      async () => (await big.evaluate(() => document.activeElement?.getAttribute('data-index'))) === '8999',
      {
        what: 'the last row to take focus',
      },
    )
    await big.close()
  })
})

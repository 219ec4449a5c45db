import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { billTraffic } from '../fixtures/panel/traffic.ts'
import { HAR } from './har-inspector-steps.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { installDevtoolsStandIn } from './harness/devtools-stand-in.ts'
import { pollUntil } from './harness/poll.ts'

// The panel and the stand-alone HAR inspector with a row open at 400 px, DevTools' default docked width
// (about 550 px) and 1600 px: the URL keeps a readable box and the row's endpoint and severity stay in view.
// Screenshots of each (light and dark) land in artifacts/panel-layout/ for a person to look at.

const WIDTHS = [400, 550, 1600]
const rowSel = '[data-testid="request-row"]'
const SHOTS = 'artifacts/panel-layout'

interface Box {
  left: number
  right: number
  width: number
}

/** What the open row and the detail pane take on screen (px), and the page's width. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element | null | undefined): Box | null => {
      const r = el?.getBoundingClientRect()
      return r ? { left: r.left, right: r.right, width: r.width } : null
    }
    const row = document.querySelector('[data-testid="request-row"][aria-selected="true"]')
    return {
      viewport: document.documentElement.clientWidth,
      url: box(document.querySelector('[data-testid="request-url"]')),
      endpoint: box(row?.querySelector('.c-endpoint')),
      severity: box(row?.querySelector('.c-severity')),
      // The open row is in the list's view (not scrolled away when the list shrinks above the detail).
      rowInView: (() => {
        const list = document.querySelector('.request-scroller')?.getBoundingClientRect()
        const head = document.querySelector('.request-table thead')?.getBoundingClientRect()
        const r = row?.getBoundingClientRect()
        return !!(list && head && r && r.top >= head.bottom - 1 && r.bottom <= list.bottom + 1)
      })(),
      // The URL wraps inside its box: no sideways scrolling in the detail pane.
      detailOverflow: (() => {
        const d = document.querySelector('[data-testid="detail"]')
        return d ? d.scrollWidth - d.clientWidth : Number.NaN
      })(),
    }
  })

async function checkWidths(page: Page, name: string, openRow: () => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 640 })
    await openRow()
    await page.locator('[data-testid="detail"]').waitFor()
    const m = await measure(page)
    const where = `${name} at ${width} px: ${JSON.stringify(m)}`
    expect(m.viewport, where).toBe(width)
    expect(m.url?.width ?? 0, where).toBeGreaterThanOrEqual(200)
    expect(m.detailOverflow, where).toBe(0)
    expect(m.rowInView, where).toBe(true)
    for (const cell of [m.endpoint, m.severity]) {
      expect(cell?.width ?? 0, where).toBeGreaterThanOrEqual(60)
      expect(cell?.left ?? -1, where).toBeGreaterThanOrEqual(0)
      expect(cell?.right ?? Number.POSITIVE_INFINITY, where).toBeLessThanOrEqual(width)
    }
    expect(m.endpoint?.width ?? 0, where).toBeGreaterThanOrEqual(150)
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` })
  }
}

describe('the panel and the HAR inspector at narrow and wide widths (Chromium)', () => {
  let ext: ChromiumExtension
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
  })

  it.each(['default', 'dark'] as const)(
    'keeps the URL, endpoint and severity readable (%s theme)',
    async (theme) => {
      const page = await ext.context.newPage()
      await page.addInitScript(installDevtoolsStandIn, { har: billTraffic(), theme })
      await page.goto(new URL('src/devtools/panel.html', ext.baseUrl).href)
      const flagged = page.locator(`${rowSel}[data-endpoint="v2.mfa.challenge"][data-severity="error"]`)
      await flagged.waitFor()
      await checkWidths(page, `panel-${theme}`, () => flagged.click())
      await page.close()
    },
  )

  it('keeps the stand-alone inspector readable with a file open', async () => {
    const page = await ext.context.newPage()
    await page.goto(new URL('src/devtools/panel.html', ext.baseUrl).href)
    await page.locator('[data-testid="har-open"]').setInputFiles(HAR.chrome)
    const login = page.locator(`${rowSel}[data-endpoint="v2.login"]`)
    await login.waitFor()
    await checkWidths(page, 'inspector', () => login.click())
    await page.close()
  })

  it('closes the detail with Escape and gives the focus back to the row', async () => {
    const page = await ext.context.newPage()
    await page.addInitScript(installDevtoolsStandIn, { har: billTraffic(), theme: 'default' as const })
    await page.goto(new URL('src/devtools/panel.html', ext.baseUrl).href)
    await page.locator(rowSel).nth(2).waitFor()
    const detail = page.locator('[data-testid="detail"]')
    const focusedIndex = () => page.evaluate(() => document.activeElement?.getAttribute('data-index'))

    // From the grid: Escape closes the open row, the row keeps the focus (and Enter opens it again).
    await page.locator(rowSel).nth(2).click()
    await detail.waitFor()
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'detached' })
    expect(await focusedIndex()).toBe('2')

    // From inside the detail pane: the focus goes back to the row that was open, not to the page.
    await page.keyboard.press('Enter')
    await detail.waitFor()
    await page.locator('[data-testid="copy-curl"]').focus()
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'detached' })
    expect(await focusedIndex()).toBe('2')

    // Escape in the filter box is the box's own (it clears the text): the detail stays open.
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="filter-input"]').fill('mfa')
    await page.keyboard.press('Escape')
    await pollUntil(async () => (await page.locator('[data-testid="filter-input"]').inputValue()) === '')
    expect(await detail.count()).toBe(1)
    await page.close()
  })
})

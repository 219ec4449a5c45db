import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { GECKO_ID } from '../../../scripts/flavours.ts'
import { FIREFOX, LOCAL_FIREFOX_DIST } from './browsers.ts'
import { pollUntil } from './poll.ts'
import { byTestId, type UiPage } from './ui-page.ts'

export interface FirefoxExtension {
  browser: Browser
  baseUrl: string
  open(path: string): Promise<UiPage & { page: Page }>
  close(): Promise<void>
}

// Pinning the moz-extension UUID makes page URLs predictable (Firefox's extensions.webextensions.uuids pref).
const UUID = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c'

export async function launchFirefox(
  options: { dist?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'services.settings.server': 'http://127.0.0.1:9/',
      'app.normandy.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // What prefers-color-scheme answers in pages: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    },
  })
  await browser.installExtension(options.dist ?? LOCAL_FIREFOX_DIST)
  const baseUrl = `moz-extension://${UUID}/`
  return {
    browser,
    baseUrl,
    async open(path) {
      const url = new URL(path, baseUrl).href
      const page = await browser.newPage()
      // puppeteer's BiDi navigation tracking misses loads of moz-extension pages: fire, then poll.
      page.goto(url).catch(() => {})
      await pollUntil(
        () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
        {
          what: `${url} to load`,
        },
      )
      return puppeteerUiPage(page)
    },
    close: () => browser.close(),
  }
}

export function puppeteerUiPage(page: Page): UiPage & { page: Page } {
  const sel = byTestId
  const exists = (id: string) => page.evaluate((s) => document.querySelector(s) !== null, sel(id))
  return {
    page,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForTestId: async (id, timeoutMs = 15_000) => {
      await pollUntil(() => exists(id), { timeoutMs, what: `[data-testid=${id}]` })
    },
    text: (id) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', sel(id)),
    attr: (id, name) =>
      page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, sel(id), name),
    count: (id) => page.evaluate((s) => document.querySelectorAll(s).length, sel(id)),
    click: (id) => page.locator(sel(id)).click(),
    fill: (id, value) => page.locator(sel(id)).fill(value),
    select: async (id, value) => {
      await page.select(sel(id), value)
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` })
    },
    reload: async () => {
      // page.url() stays about:blank for moz-extension pages under BiDi: ask the page itself.
      const url = await page.evaluate(() => location.href)
      page.reload().catch(() => {})
      await pollUntil(() =>
        page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
      )
    },
    close: () => page.close(),
  }
}

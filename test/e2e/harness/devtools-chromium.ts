import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core'
import { CHROMIUM, CHROMIUM_FLAGS, LOCAL_CHROME_DIST } from './browsers.ts'
import { pollUntil } from './poll.ts'

// The "BILL" panel inside real Chromium DevTools (puppeteer-core). waitForFunction never resolves in the
// DevTools front-end, so everything there is polled with evaluate().

// DevTools internals (may change between Chromium versions). Passed as source text: vitest would rewrite
// a dynamic import() inside a function, and this one must resolve inside the DevTools front-end.
const INSPECTOR = `(await import('./ui/legacy/legacy.js')).InspectorView.InspectorView.instance()`

export async function launchWithDevtools(
  url: string,
): Promise<{ browser: Browser; page: Page; devtools: Page }> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [LOCAL_CHROME_DIST],
    handleDevToolsAsPage: true,
    args: CHROMIUM_FLAGS,
  })
  const page = await browser.newPage()
  await page.goto(url)
  return { browser, page, devtools: await page.openDevTools() }
}

export async function panelTabId(devtools: Page): Promise<string> {
  return pollUntil(
    async () => {
      const ids = (await devtools.evaluate(`(async () => ${INSPECTOR}.tabbedPane.tabIds())()`)) as string[]
      return ids.find((id) => id.startsWith('chrome-extension://') && id.endsWith('BILL'))
    },
    { what: 'the BILL panel to be registered', timeoutMs: 30_000 },
  )
}

export async function showPanel(devtools: Page, tabId: string): Promise<Frame> {
  await devtools.evaluate(`(async () => ${INSPECTOR}.showPanel(${JSON.stringify(tabId)}))()`)
  return pollUntil(() => devtools.frames().find((f) => f.url().includes('/src/devtools/panel.html')), {
    what: 'the panel document',
  })
}

/** Clicks one of the sandbox demo page's buttons and waits until its log has `calls` lines. */
export async function runDemo(page: Page, button: string, calls: number): Promise<void> {
  await page.click(`#${button}`)
  await pollUntil(
    () =>
      page.evaluate(
        (n) =>
          document.querySelector('#status')?.textContent === 'done' &&
          document.querySelectorAll('#log li').length >= n,
        calls,
      ),
    { what: `the demo's ${button}` },
  )
}

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core'
import { CHROMIUM, CHROMIUM_FLAGS, LOCAL_CHROME_DIST } from './browsers.ts'
import { byTestId, type UiPage } from './ui-page.ts'

export interface ChromiumExtension {
  context: BrowserContext
  worker: Worker
  extensionId: string
  baseUrl: string
  open(path: string): Promise<UiPage & { page: Page }>
  /** Stops every service worker through CDP, as Chrome does after ~30 s idle. */
  stopServiceWorker(): Promise<void>
  close(): Promise<void>
}

export async function launchChromium(
  options: {
    dist?: string
    recordHarPath?: string
    headless?: boolean
    args?: string[]
    colorScheme?: 'light' | 'dark'
    /** A browser profile to reuse (kept on close); a fresh one, removed on close, by default. */
    userDataDir?: string
  } = {},
): Promise<ChromiumExtension> {
  const dist = options.dist ?? LOCAL_CHROME_DIST
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'bill-companion-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...CHROMIUM_FLAGS,
      ...(options.args ?? []),
    ],
    ...(options.recordHarPath
      ? { recordHar: { path: options.recordHarPath, content: 'embed' as const } }
      : {}),
  })
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }))
  const extensionId = new URL(worker.url()).host
  const baseUrl = `chrome-extension://${extensionId}/`

  return {
    context,
    worker,
    extensionId,
    baseUrl,
    async open(path) {
      const page = await context.newPage()
      await page.goto(new URL(path, baseUrl).href)
      return playwrightUiPage(page)
    },
    async stopServiceWorker() {
      const page = await context.newPage()
      await page.goto(new URL('src/options/index.html', baseUrl).href)
      const cdp = await context.newCDPSession(page)
      await cdp.send('ServiceWorker.enable')
      await cdp.send('ServiceWorker.stopAllWorkers')
      await cdp.detach()
      await page.close()
    },
    async close() {
      await context.close()
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

export function playwrightUiPage(page: Page): UiPage & { page: Page } {
  const loc = (id: string) => page.locator(byTestId(id))
  return {
    page,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitForTestId: async (id, timeoutMs = 15_000) => {
      await loc(id).first().waitFor({ state: 'attached', timeout: timeoutMs })
    },
    text: async (id) => (await loc(id).first().textContent()) ?? '',
    attr: (id, name) => loc(id).first().getAttribute(name),
    count: (id) => loc(id).count(),
    click: (id) => loc(id).first().click(),
    fill: (id, value) => loc(id).first().fill(value),
    select: async (id, value) => {
      await loc(id).first().selectOption(value)
    },
    screenshot: async (path) => {
      await page.screenshot({ path })
    },
    reload: async () => {
      await page.reload()
    },
    close: () => page.close(),
  }
}

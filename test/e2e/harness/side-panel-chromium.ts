import { createServer } from 'node:net'
import puppeteer, { type Browser } from 'puppeteer-core'
import { launchChromium } from './chromium.ts'
import { puppeteerUiPage } from './firefox.ts'
import type { UiPage } from './ui-page.ts'

// Chrome's side panel is a page target that Playwright does not expose (like the action popup): the browser
// also listens on a DevTools port, and puppeteer-core attaches to the panel there.

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

export async function launchChromiumWithPanels() {
  const port = await freePort()
  const ext = await launchChromium({ args: [`--remote-debugging-port=${port}`] })
  const cdp: Browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` })
  return {
    ext,
    /** The extension's side panel once it is open, driven like any page. */
    async sidePanel(timeout = 15_000): Promise<UiPage & { page: import('puppeteer-core').Page }> {
      const target = await cdp.waitForTarget((t) => t.url().endsWith('/src/sidepanel/index.html'), {
        timeout,
      })
      const page = await target.asPage()
      return puppeteerUiPage(page)
    },
    /** The documents of the extension's side panels that are open now. */
    openPanels: () =>
      ext.worker.evaluate(async () =>
        (
          await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })
        ).map((c) => c.documentId),
      ),
    async close() {
      await cdp.disconnect()
      await ext.close()
    },
  }
}

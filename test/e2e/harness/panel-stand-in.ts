import type { Page } from 'playwright-core'
import type { TrafficEntry } from '../../fixtures/panel/traffic.ts'
import type { ChromiumExtension } from './chromium.ts'

// The panel page opened as a plain extension page with a stand-in for chrome.devtools: getHAR() answers the
// backfill, __emitRequest() plays onRequestFinished, __navigate() plays onNavigated. Response bodies come
// through Chrome's getContent(callback) shape, half of them base64. Downloads and copies are recorded.
function installPanelStandIn(har: TrafficEntry[]) {
  const w = window as unknown as Record<string, unknown>
  const finished = new Set<(e: unknown) => void>()
  const navigated = new Set<(url: string) => void>()
  const asChrome = (e: TrafficEntry, i: number) => {
    const text = e.response.content.text ?? ''
    const { text: _inline, ...content } = e.response.content
    return {
      ...e,
      response: { ...e.response, content },
      getContent: (callback: (body: string, encoding: string) => void) =>
        setTimeout(() => (i % 2 ? callback(btoa(text), 'base64') : callback(text, '')), 0),
    }
  }
  let seq = 1000
  w.__emitRequest = (e: TrafficEntry) => {
    for (const f of finished) f(asChrome(e, seq++))
  }
  w.__navigate = () => {
    for (const f of navigated) f('https://app.example/next')
  }
  const event = <T>(set: Set<T>) => ({
    addListener: (f: T) => set.add(f),
    removeListener: (f: T) => set.delete(f),
  })
  ;(chrome as unknown as Record<string, unknown>).devtools = {
    network: {
      onRequestFinished: event(finished),
      onNavigated: event(navigated),
      getHAR: (callback: (log: unknown) => void) =>
        setTimeout(() => callback({ entries: har.map(asChrome) }), 0),
    },
    panels: { themeName: 'dark', create() {}, setThemeChangeHandler() {} },
    inspectedWindow: { tabId: 1 },
  }
  const downloads: string[] = []
  const copies: string[] = []
  w.__downloads = downloads
  w.__copies = copies
  const createObjectURL = URL.createObjectURL.bind(URL)
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) void blob.text().then((t) => downloads.push(t))
    return createObjectURL(blob)
  }
  const select = HTMLTextAreaElement.prototype.select
  HTMLTextAreaElement.prototype.select = function (this: HTMLTextAreaElement) {
    copies.push(this.value)
    select.call(this)
  }
}

export const rowSel = '[data-testid="request-row"]'

export async function openPanel(ext: ChromiumExtension, har: TrafficEntry[]): Promise<Page> {
  const page = await ext.context.newPage()
  await page.addInitScript(installPanelStandIn, har)
  await page.goto(new URL('src/devtools/panel.html', ext.baseUrl).href)
  return page
}

export const rowCount = (page: Page) => page.locator(rowSel).count()
export const downloads = (page: Page) =>
  page.evaluate(() => (window as unknown as { __downloads: string[] }).__downloads)

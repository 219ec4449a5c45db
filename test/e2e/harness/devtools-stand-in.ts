import type { TrafficEntry } from '../../fixtures/panel/traffic.ts'

/**
 * Runs in the panel page before its scripts (Playwright addInitScript): a chrome.devtools whose getHAR()
 * answers with `har`, in Chrome's entry shape (body through getContent). Serialized: no outside references.
 */
export function installDevtoolsStandIn({ har, theme }: { har: TrafficEntry[]; theme: 'default' | 'dark' }) {
  const event = () => ({ addListener() {}, removeListener() {} })
  const asChrome = (e: TrafficEntry) => {
    const { text, ...content } = e.response.content
    return {
      ...e,
      response: { ...e.response, content },
      getContent: (callback: (body: string, encoding: string) => void) =>
        setTimeout(() => callback(text ?? '', ''), 0),
    }
  }
  ;(chrome as unknown as Record<string, unknown>).devtools = {
    network: {
      onRequestFinished: event(),
      onNavigated: event(),
      getHAR: (callback: (log: unknown) => void) =>
        setTimeout(() => callback({ entries: har.map(asChrome) }), 0),
    },
    panels: { themeName: theme, create() {}, setThemeChangeHandler() {} },
    inspectedWindow: { tabId: 1 },
  }
}

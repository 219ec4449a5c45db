import type { Entry } from 'har-format'

// The part of chrome.devtools the panel uses, typed loosely enough for both browsers: Chrome passes
// callbacks, Firefox returns promises (and its entries' getContent resolves to [body, mimeType]).

/**
 * A HAR entry (har-format's Entry) as the network API hands it over: either browser may omit or vary any
 * field, so each is read as unknown; Chrome's carry getContent() for the response body.
 */
export type DevtoolsHarEntry = { [K in keyof Entry]?: unknown } & {
  getContent?: (callback?: (...args: unknown[]) => void) => unknown
}

interface Event<A extends unknown[]> {
  addListener(callback: (...args: A) => void): void
  removeListener(callback: (...args: A) => void): void
}

export interface DevtoolsNetwork {
  onRequestFinished: Event<[DevtoolsHarEntry]>
  onNavigated: Event<[string]>
  getHAR(callback?: (log: { entries?: DevtoolsHarEntry[] }) => void): unknown
}

export interface DevtoolsPanels {
  /** Chrome: "default" | "dark"; Firefox: "light" | "dark" | "firebug". */
  themeName?: string
  /** Chrome. */
  setThemeChangeHandler?: (callback: (themeName: string) => void) => void
  /** Firefox. */
  onThemeChanged?: Event<[string]>
  create(title: string, iconPath: string, pagePath: string): unknown
}

export interface DevtoolsApi {
  network: DevtoolsNetwork
  panels: DevtoolsPanels
}

/** chrome.devtools when the document runs inside DevTools (or a test stands in for it), else undefined. */
export function devtoolsApi(): DevtoolsApi | undefined {
  const chromeGlobal = (globalThis as { chrome?: { devtools?: DevtoolsApi } }).chrome
  return chromeGlobal?.devtools?.network ? chromeGlobal.devtools : undefined
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function'

/**
 * Calls an API that answers through a callback (Chrome) or a returned promise (Firefox); the first answer
 * wins. The callback's arguments come back as an array.
 */
export function callbackOrPromise(
  call: (callback: (...args: unknown[]) => void) => unknown,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    let returned: unknown
    try {
      returned = call((...args) => resolve(args))
    } catch (error) {
      reject(error)
      return
    }
    if (isThenable(returned)) returned.then((value) => resolve([value]), reject)
  })
}

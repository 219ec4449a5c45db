import { mayBeBill } from './bill-scope.ts'
import type { CaptureStore } from './capture-store.ts'
import { type CapturedRequest, captureEntry } from './captured-request.ts'
import { readContent } from './content.ts'
import { callbackOrPromise, type DevtoolsHarEntry, type DevtoolsNetwork } from './devtools-api.ts'

export interface CaptureOptions {
  /** Read on each navigation: the log is cleared unless this says to keep it. */
  preserveLog(): boolean
}

export interface Capture {
  /** Adds what the browser's network log already holds (requests made before this document listened). */
  backfill(): Promise<number>
  stop(): void
}

const urlOf = (entry: DevtoolsHarEntry) => {
  const url = (entry.request as { url?: unknown } | undefined)?.url
  return typeof url === 'string' ? url : ''
}

/** One entry with its response body, which is only read for requests that may be BILL's. */
async function toCaptured(entry: DevtoolsHarEntry, seq: number): Promise<CapturedRequest | undefined> {
  const content = mayBeBill(urlOf(entry)) ? await readContent(entry) : undefined
  return captureEntry(entry, content, seq)
}

/** Listens to the inspected page's finished requests and navigations, feeding the store. */
export function listenToNetwork(
  network: DevtoolsNetwork,
  store: CaptureStore,
  options: CaptureOptions,
): Capture {
  const onFinished = (entry: DevtoolsHarEntry) => {
    const seq = store.seq()
    void toCaptured(entry, seq).then((captured) => captured && store.add(captured))
  }
  const onNavigated = () => {
    if (!options.preserveLog()) store.clear()
  }
  network.onRequestFinished.addListener(onFinished)
  network.onNavigated.addListener(onNavigated)
  return {
    async backfill() {
      const [log] = await callbackOrPromise((callback) => network.getHAR(callback))
      const entries = (log as { entries?: unknown } | undefined)?.entries
      if (!Array.isArray(entries)) return 0
      const captured = await Promise.all(
        (entries as DevtoolsHarEntry[]).map((entry) => toCaptured(entry, store.seq())),
      )
      return store.addAll(captured.filter((c): c is CapturedRequest => c !== undefined))
    },
    stop() {
      network.onRequestFinished.removeListener(onFinished)
      network.onNavigated.removeListener(onNavigated)
    },
  }
}

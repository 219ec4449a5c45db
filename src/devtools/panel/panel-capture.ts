import { CaptureStore } from '../capture/capture-store.ts'
import type { DevtoolsApi } from '../capture/devtools-api.ts'
import { acceptBacklog } from '../capture/handoff.ts'
import { listenToNetwork } from '../capture/listen.ts'

/** The panel document's capture: its own listener, the devtools page's backlog, and one getHAR backfill. */
export interface PanelCapture {
  store: CaptureStore
  setPreserveLog(preserve: boolean): void
}

export function startPanelCapture(devtools: DevtoolsApi | undefined, ownWindow: Window): PanelCapture {
  const store = new CaptureStore()
  let preserve = false
  if (devtools) {
    const capture = listenToNetwork(devtools.network, store, { preserveLog: () => preserve })
    acceptBacklog(ownWindow, (entries) => store.addAll(entries))
    // The panel document is created on first show: what the log holds from before is backfilled once.
    void capture.backfill().catch((error) => console.warn('[bill-companion] getHAR backfill failed', error))
  }
  return {
    store,
    setPreserveLog: (value) => {
      preserve = value
    },
  }
}

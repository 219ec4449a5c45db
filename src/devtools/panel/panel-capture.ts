import { CaptureStore } from '../capture/capture-store.ts'
import type { DevtoolsApi } from '../capture/devtools-api.ts'
import { acceptBacklog, type HandoffChannel } from '../capture/handoff.ts'
import { listenToNetwork } from '../capture/listen.ts'

/** The panel document's capture: its own listener, the devtools page's backlog, and one getHAR backfill. */
export interface PanelCapture {
  store: CaptureStore
  setPreserveLog(preserve: boolean): void
}

/** `handoff` is the channel to the devtools page, when the panel was opened by one. */
export function startPanelCapture(
  devtools: DevtoolsApi | undefined,
  handoff: HandoffChannel | undefined,
): PanelCapture {
  const store = new CaptureStore()
  let preserve = false
  const capture = devtools && listenToNetwork(devtools.network, store, { preserveLog: () => preserve })
  if (handoff) acceptBacklog(handoff, capture !== undefined, (entries) => store.addAll(entries))
  // The panel document is created on first show: what the log holds from before is backfilled once.
  void capture?.backfill().catch((error) => console.warn('[bill-companion] getHAR backfill failed', error))
  return {
    store,
    setPreserveLog: (value) => {
      preserve = value
    },
  }
}

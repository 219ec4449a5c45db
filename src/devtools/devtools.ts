// The devtools page: loads whenever DevTools opens, long before the user may show the "BILL" tab. It
// captures from then on and hands its backlog to the panel when the panel says it is ready (capture/handoff.ts).
// chrome.devtools.*, the extension's one browser-API style (docs/architecture.md).
import { CaptureStore } from './capture/capture-store.ts'
import { devtoolsApi } from './capture/devtools-api.ts'
import { HANDOFF_PARAM, newHandoffName, offerBacklog } from './capture/handoff.ts'
import { listenToNetwork } from './capture/listen.ts'

const devtools = devtoolsApi()
if (devtools) {
  const backlog = new CaptureStore()
  // The user cannot have ticked "preserve log" in a panel they have not seen yet.
  const capture = listenToNetwork(devtools.network, backlog, { preserveLog: () => false })
  const handoff = newHandoffName()
  offerBacklog(new BroadcastChannel(handoff), backlog, () => capture.stop())
  devtools.panels.create('BILL', '/icons/icon-32.png', `/src/devtools/panel.html?${HANDOFF_PARAM}=${handoff}`)
}

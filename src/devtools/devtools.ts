// The devtools page: loads whenever DevTools opens, long before the user may show the "BILL" tab. It
// captures from then on and hands its backlog to the panel on first show (capture/handoff.ts).
// chrome.devtools.* is used directly: the polyfill's browser.devtools can be undefined on recent Chrome.
import { CaptureStore } from './capture/capture-store.ts'
import { callbackOrPromise, type DevtoolsPanel, devtoolsApi } from './capture/devtools-api.ts'
import { handBacklog } from './capture/handoff.ts'
import { listenToNetwork } from './capture/listen.ts'

const devtools = devtoolsApi()
if (devtools) {
  const backlog = new CaptureStore()
  // The user cannot have ticked "preserve log" in a panel they have not seen yet.
  const capture = listenToNetwork(devtools.network, backlog, { preserveLog: () => false })
  let handed = false
  void callbackOrPromise((callback) =>
    devtools.panels.create('BILL', '/icons/icon-32.png', '/src/devtools/panel.html', callback),
  ).then(([panel]) => {
    ;(panel as DevtoolsPanel).onShown.addListener((panelWindow) => {
      if (handed) return
      handed = true
      if (devtoolsApi(panelWindow)) {
        // From now on the panel document captures for itself.
        capture.stop()
        handBacklog(panelWindow, backlog.entries())
        backlog.clear()
        return
      }
      // A browser that gives panel documents no devtools API: keep capturing here and forward each request.
      const forward = () => {
        const entries = backlog.entries()
        if (entries.length === 0) return
        handBacklog(panelWindow, entries)
        backlog.clear()
      }
      backlog.subscribe(forward)
      forward()
    })
  })
}

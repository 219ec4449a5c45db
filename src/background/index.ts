// Service worker (Chrome) / event page (Firefox). Listeners are registered synchronously at top level so an
// event that wakes the worker is never missed; all state is re-derived from storage on each wake.
import { isRequestMessage } from '../shared/protocol/index.ts'
import { coreHandlers } from './handlers/core.ts'
import { storeHandlers } from './handlers/store.ts'
import { browserName, extensionBaseUrl, extensionId, version } from './platform.ts'
import { createRouter, type Handlers } from './router.ts'
import { pruneExpiredData } from './store/index.ts'

const workerStartedAt = Date.now()

const handlers: Handlers = {
  ...coreHandlers({ version, browser: browserName, workerStartedAt, local: __LOCAL_FLAVOUR__ }),
  ...storeHandlers({ now: Date.now }),
}

const route = createRouter(handlers, {
  extensionId,
  extensionBaseUrl,
  onError: (name, error) => console.error(`[bill-companion] request ${name} failed`, error),
})

// Expired trusted devices and old history go on every wake, not only when the options page lists them.
void pruneExpiredData(Date.now()).catch((error) => console.error('[bill-companion] pruning failed', error))

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isRequestMessage(message)) return false
  void route(message, sender).then(sendResponse)
  return true
})

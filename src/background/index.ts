// Service worker (Chrome) / event page (Firefox). Listeners are registered synchronously at top level so an
// event that wakes the worker is never missed; all state is re-derived from storage on each wake.

import { hostPatterns, LOCAL_SANDBOX_ORIGINS } from '../shared/bill/hosts.ts'
import { isRequestMessage } from '../shared/protocol/index.ts'
import { idempotentActions } from './actions/idempotent.ts'
import { createActionLedger } from './actions/ledger.ts'
import { storageActionStore } from './actions/session-store.ts'
import { watchCommands } from './commands.ts'
import { chromeExpiryPorts } from './devices/chrome-expiry-ports.ts'
import { watchDeviceExpiry } from './devices/expiry-triggers.ts'
import { DEVICE_EXPIRY_ALARM, DEVICE_EXPIRY_NOTIFICATION } from './devices/expiry-warning.ts'
import { coreHandlers } from './handlers/core.ts'
import { handOffHandlers } from './handlers/handoff.ts'
import { panelHandlers } from './handlers/panel.ts'
import { sessionHandlers } from './handlers/session.ts'
import { storeHandlers } from './handlers/store.ts'
import { hostGranted } from './host-access.ts'
import { browserName, extensionBaseUrl, extensionId, version } from './platform.ts'
import { createRequestEvents, type WebRequestApi } from './request-events.ts'
import { createRouter, type Handlers } from './router.ts'
import { broadcastActiveProfile } from './session/active-profile-events.ts'
import { chromePorts, openPopupFromNotification } from './session/chrome-ports.ts'
import { createSessionService } from './session/service.ts'
import { watchTabActivity } from './session/tab-activity.ts'
import { pruneExpiredData, upgradeStore } from './store/index.ts'
import { PRUNE_ALARM, watchPruning } from './store/prune-triggers.ts'
import { createTraffic } from './traffic/index.ts'

const workerStartedAt = Date.now()
// Tab requests to the hosts the extension may ever be granted (BILL's, the local sandbox in the local build):
// one browser listener per event kind for the every-tab observer and tab activity together.
const requests = createRequestEvents(
  chrome.webRequest as unknown as WebRequestApi,
  [...hostPatterns('required', 'optional'), ...(__LOCAL_FLAVOUR__ ? LOCAL_SANDBOX_ORIGINS : [])],
  (error) => console.error('[bill-companion] a tab request listener failed', error),
)
// Tab traffic findings share the toolbar badge with the session (src/shared/session/badge-mark.ts).
const traffic = createTraffic({
  extensionBaseUrl,
  local: __LOCAL_FLAVOUR__,
  applyBadge: chromePorts.showBadge,
})
// Upkeep that reads IndexedDB runs on these events, not at every wake (upkeep-triggers.ts).
const upkeep = {
  onStartup: chrome.runtime.onStartup,
  onInstalled: chrome.runtime.onInstalled,
  onAlarm: chrome.alarms.onAlarm,
}
const UPKEEP_ALARMS = new Set([DEVICE_EXPIRY_ALARM, PRUNE_ALARM])
// A remembered device ending in 3 days is announced once.
const checkDevices = watchDeviceExpiry(upkeep, chromeExpiryPorts, (error) =>
  console.error('[bill-companion] device expiry', error),
)
// Expired trusted devices and history past its retention period.
const prune = watchPruning(
  upkeep,
  {
    now: Date.now,
    prune: pruneExpiredData,
    repeat: (name, periodInMinutes) => chrome.alarms.create(name, { periodInMinutes }),
  },
  (error) => console.error('[bill-companion] pruning failed', error),
)
let tabActivity: ReturnType<typeof watchTabActivity> | undefined
const session = createSessionService({
  ...chromePorts,
  async recordTrustedDevice(device) {
    const remembered = await chromePorts.recordTrustedDevice(device)
    void checkDevices()
    return remembered
  },
  showBadge: traffic.badge.showSession,
  broadcast(view) {
    chromePorts.broadcast(view)
    // Set below, before the first view: the session is read from storage asynchronously.
    tabActivity?.follow(view)
  },
})
tabActivity = watchTabActivity(session, requests)
const store = storeHandlers({ now: Date.now, allowLocalHttp: __LOCAL_FLAVOUR__, hostAllowed: hostGranted })

const plainHandlers: Handlers = {
  ...coreHandlers({ version, browser: browserName, workerStartedAt, local: __LOCAL_FLAVOUR__ }),
  ...store,
  ...sessionHandlers(session),
  ...handOffHandlers(session),
  ...panelHandlers(session),
  ...traffic.handlers,
  // The session follows preference changes (alarms, badge) and is signed out before all data goes.
  setPreferences: async (params, ctx) => {
    const result = await store.setPreferences(params, ctx)
    await session.preferencesChanged()
    // A shorter history period takes effect now.
    void prune()
    return result
  },
  deleteAllData: async (params, ctx) => {
    await session.signOut()
    const result = await store.deleteAllData(params, ctx)
    // The findings list went with the stored data: the badge mark goes too.
    await traffic.badge.refresh()
    return result
  },
}

// Every action runs once per page request id, recorded in storage.session before BILL is called.
const ledger = createActionLedger(storageActionStore(chrome.storage.session), Date.now)
const handlers = idempotentActions(plainHandlers, ledger, {
  // A sign-out cut short by a worker stop is finished on wake: the answer is the state after it.
  signOut: () => session.getView(),
})

const route = createRouter(handlers, {
  extensionId,
  extensionBaseUrl,
  onError: (name, error) => console.error(`[bill-companion] request ${name} failed`, error),
})

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isRequestMessage(message)) return false
  void route(message, sender).then(sendResponse)
  return true
})
chrome.alarms.onAlarm.addListener((alarm) => {
  if (!UPKEEP_ALARMS.has(alarm.name)) void session.onAlarm(alarm.name)
})
chrome.notifications.onClicked.addListener((id) =>
  id.startsWith(DEVICE_EXPIRY_NOTIFICATION)
    ? void chrome.runtime.openOptionsPage()
    : openPopupFromNotification(),
)
// An update upgrades the store's schema at once and records it; every install writes the profiles summary the
// popup paints the sign-in form from ("no profiles" on a fresh install).
chrome.runtime.onInstalled.addListener((details) => {
  void upgradeStore(details, version, Date.now()).catch((error) =>
    console.error('[bill-companion] store upgrade failed', error),
  )
})
watchCommands(session)
broadcastActiveProfile()
traffic.watch(requests)

import { PROFILES_SUMMARY_KEY } from '../../shared/profiles/summary.ts'
import { eventMessage } from '../../shared/protocol/index.ts'
import type { FlaggedList } from '../../shared/protocol/traffic.ts'
import { EVERY_TAB_SEQUENCE_RULES, SequenceStream } from '../../shared/rules/index.ts'
import type { Badge } from '../../shared/session/badge.ts'
import type { RequestEvents } from '../request-events.ts'
import type { Handlers } from '../router.ts'
import { getPreferences, writeProfilesSummary } from '../store/index.ts'
import { type BadgeDisplay, createBadgeDisplay } from './badge-display.ts'
import { EMPTY_LIST, markSeen } from './flagged-list.ts'
import { createFlaggedStore } from './flagged-store.ts'
import { createFlaggedNotifier, NOTIFICATION_ID } from './notifier.ts'
import { watchTraffic } from './observer.ts'
import { coalesced, serialQueue } from './serial.ts'
import { watchedHosts } from './watched-hosts.ts'

// "Deprecated calls seen": findings on BILL calls from any tab, the popup list, the badge mark, a notification.
const LOCAL_SANDBOX_HOSTS = ['127.0.0.1', 'localhost']

export interface TrafficDeps {
  extensionBaseUrl: string
  /** The local build also watches the local BILL sandbox. */
  local: boolean
  /** Draws the toolbar badge (the session ports' showBadge). */
  applyBadge(badge: Badge | undefined): Promise<void>
  now?: () => number
}

type TrafficHandlers = Pick<
  Handlers,
  'listFlaggedRequests' | 'markFlaggedRequestsSeen' | 'clearFlaggedRequests'
>

export interface Traffic {
  handlers: TrafficHandlers
  badge: BadgeDisplay
  /** Subscribes to tab requests' bodies: call synchronously at the worker's top level. */
  watch(requests: RequestEvents): void
}

/** The profiles summary in storage.local (written by the store on every profile change). */
const summaryPorts = {
  readSummary: async () => (await chrome.storage.local.get(PROFILES_SUMMARY_KEY))[PROFILES_SUMMARY_KEY],
  rebuildSummary: writeProfilesSummary,
  onSummaryChanged(listener: (stored: unknown) => void) {
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && PROFILES_SUMMARY_KEY in changes)
        listener(changes[PROFILES_SUMMARY_KEY]?.newValue)
    })
  },
}

const logError = (what: string) => (error: unknown) => console.error(`[bill-companion] ${what}`, error)

export function createTraffic(deps: TrafficDeps): Traffic {
  const now = deps.now ?? Date.now
  const store = createFlaggedStore()
  const badge = createBadgeDisplay({
    apply: deps.applyBadge,
    unseen: async () => (await store.read()).unseen,
    badgeEnabled: async () => (await getPreferences()).badgeEnabled,
    onError: logError('keeping the session badge failed'),
  })
  const notify = createFlaggedNotifier({
    now,
    show: (id, options) => chrome.notifications.create(id, options),
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
  })
  const changed = async (list: FlaggedList) => {
    await badge.refresh()
    // No page open is the usual case, not an error.
    chrome.runtime.sendMessage(eventMessage('flaggedChanged', list)).catch(() => undefined)
    return list
  }
  // After new findings: one badge redraw, one event and at most one notification for all that arrived
  // meanwhile, however many requests a page sends.
  const announce = coalesced(serialQueue(), async () => {
    const list = await changed(await store.read())
    const newest = list.items[0]
    if (newest && list.unseen > 0 && (await getPreferences()).notificationsEnabled) await notify(newest)
  })
  return {
    badge,
    handlers: {
      listFlaggedRequests: () => store.read(),
      markFlaggedRequestsSeen: async () => {
        const before = await store.read()
        if (before.unseen === 0) return before
        const list = await store.update(markSeen)
        await badge.refresh()
        return list
      },
      clearFlaggedRequests: async () => {
        await chrome.notifications.clear(NOTIFICATION_ID)
        return changed(await store.update(() => EMPTY_LIST))
      },
    },
    watch(requests) {
      // The list lives in storage.local: it goes when the browser starts, as storage.session would.
      chrome.runtime.onStartup.addListener(() => {
        void store.update(() => EMPTY_LIST).catch(logError('emptying the findings failed'))
      })
      watchTraffic(requests, {
        extensionBaseUrl: deps.extensionBaseUrl,
        extraHosts: watchedHosts(summaryPorts, deps.local ? LOCAL_SANDBOX_HOSTS : []),
        // Memory only: the worker's restart forgets the counts, as a new sign-in window would.
        sequence: new SequenceStream({ rules: EVERY_TAB_SEQUENCE_RULES }),
        async onFlagged(found) {
          await store.add(found)
          await announce()
        },
        onError: logError('checking a tab request failed'),
      })
    },
  }
}

import { profileBaseUrls } from '../../shared/profiles/base-urls.ts'
import { eventMessage } from '../../shared/protocol/index.ts'
import type { FlaggedList, FlaggedRequest } from '../../shared/protocol/traffic.ts'
import type { Badge } from '../../shared/session/badge.ts'
import type { Handlers } from '../router.ts'
import { getPreferences, listProfiles } from '../store/index.ts'
import { type BadgeDisplay, createBadgeDisplay } from './badge-display.ts'
import { addFlagged, EMPTY_LIST, markSeen } from './flagged-list.ts'
import { createFlaggedStore } from './flagged-store.ts'
import { watchTraffic } from './observer.ts'

// "Deprecated calls seen": findings on BILL calls from any tab, the popup list, the badge mark, a notification.
const NOTIFICATION_ID = 'flagged-requests'
const LOCAL_SANDBOX_HOSTS = ['127.0.0.1', 'localhost']

export interface TrafficDeps {
  extensionBaseUrl: string
  /** The local build also watches the local BILL sandbox. */
  local: boolean
  /** Draws the toolbar badge (the session ports' showBadge). */
  applyBadge(badge: Badge | undefined): Promise<void>
}

type TrafficHandlers = Pick<
  Handlers,
  'listFlaggedRequests' | 'markFlaggedRequestsSeen' | 'clearFlaggedRequests'
>

export interface Traffic {
  handlers: TrafficHandlers
  badge: BadgeDisplay
  /** Registers the webRequest listener: call synchronously at the worker's top level. */
  watch(): void
}

async function profileHosts(): Promise<string[]> {
  const hosts = (await listProfiles()).flatMap((p) => {
    const urls = profileBaseUrls(p)
    return [urls.v3, urls.v2].flatMap((u) => {
      try {
        return [new URL(u).host]
      } catch {
        return []
      }
    })
  })
  return [...new Set(hosts)]
}

function notify(found: readonly FlaggedRequest[]): Promise<unknown> {
  const first = found[0]
  if (!first) return Promise.resolve()
  const from = first.pageOrigin ? ` from ${first.pageOrigin}` : ''
  return chrome.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
    title: 'Deprecated BILL call seen',
    message: `${first.method} ${first.endpoint}${from}: ${first.message}`,
  })
}

export function createTraffic(deps: TrafficDeps): Traffic {
  const store = createFlaggedStore()
  const badge = createBadgeDisplay({
    apply: deps.applyBadge,
    unseen: async () => (await store.read()).unseen,
    badgeEnabled: async () => (await getPreferences()).badgeEnabled,
  })
  const changed = async (list: FlaggedList) => {
    await badge.refresh()
    // No page open is the usual case, not an error.
    chrome.runtime.sendMessage(eventMessage('flaggedChanged', list)).catch(() => undefined)
    return list
  }
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
    watch: () =>
      watchTraffic({
        extensionBaseUrl: deps.extensionBaseUrl,
        extraHosts: async () => [...(await profileHosts()), ...(deps.local ? LOCAL_SANDBOX_HOSTS : [])],
        async onFlagged(found) {
          await changed(await store.update((list) => addFlagged(list, found)))
          if ((await getPreferences()).notificationsEnabled) await notify(found)
        },
        onError: (error) => console.error('[bill-companion] checking a tab request failed', error),
      }),
  }
}

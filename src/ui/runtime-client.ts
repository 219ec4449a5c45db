import { ACTIVE_PROFILE_KEY, PROFILES_SUMMARY_KEY, readProfilesSummary } from '../shared/profiles/summary.ts'
import { isEventMessage } from '../shared/protocol/index.ts'
import { SESSION_RECORD_KEY, type SessionRecord } from '../shared/session/record.ts'
import { sessionView } from '../shared/session/view.ts'
import type { BackgroundClient } from './client.ts'
import { GRANT_HASH, hasHostAccess, requestHostAccess } from './host-access.ts'
import { call } from './rpc.ts'
import { listShortcuts, openShortcutSettings } from './shortcuts.ts'
import { openSideView } from './side-view.ts'

// The real client, the pages' one adapter over chrome.*. Pages create it in main.tsx; components get it from
// the context.

/**
 * Extension pages may read storage.session (Chrome's default access level, TRUSTED_CONTEXTS, and Firefox's);
 * content scripts may not, and we have none. The record holds the session id: it is turned into the
 * page-safe view here and dropped, so the id never reaches a component or the DOM.
 */
async function storedSession() {
  try {
    const stored = await chrome.storage.session.get(SESSION_RECORD_KEY)
    return sessionView(stored[SESSION_RECORD_KEY] as SessionRecord | undefined, Date.now())
  } catch {
    return undefined
  }
}

/** The summary holds no dev key (shared/profiles/summary.ts): storage.local is readable by every page. */
async function storedProfiles() {
  try {
    const stored = await chrome.storage.local.get([PROFILES_SUMMARY_KEY, ACTIVE_PROFILE_KEY])
    const summary = readProfilesSummary(stored[PROFILES_SUMMARY_KEY])
    if (!summary) return undefined
    const active = stored[ACTIVE_PROFILE_KEY]
    return { profiles: summary.profiles, activeProfileId: typeof active === 'string' ? active : null }
  } catch {
    return undefined
  }
}

export const runtimeClient: BackgroundClient = {
  call: (name, params) => call(name, params),
  on(event, listener) {
    const onMessage = (message: unknown) => {
      if (isEventMessage(message) && message.event === event) listener(message.payload as never)
    }
    chrome.runtime.onMessage.addListener(onMessage)
    return () => chrome.runtime.onMessage.removeListener(onMessage)
  },
  storedSession,
  storedProfiles,
  openSettings(section) {
    // The permission prompt is shown on the settings page, not here: Firefox closes a popup when one opens.
    if (section === 'grant')
      void chrome.tabs.create({ url: `${chrome.runtime.getURL('src/options/index.html')}${GRANT_HASH}` })
    else void chrome.runtime.openOptionsPage()
  },
  openSideView,
  shortcuts: listShortcuts,
  openShortcutSettings,
  hasHostAccess,
  requestHostAccess,
}

import { ACTIVE_PROFILE_KEY as KEY } from '../../shared/profiles/summary.ts'
import { eventMessage } from '../../shared/protocol/index.ts'

// The active profile is background state (storage.local): open pages hear of every change, whichever request
// made it (choosing one, deleting it, importing, deleting all data), so none shows a stale default.

/** Must be called synchronously at the worker's top level. */
export function broadcastActiveProfile(): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEY in changes)) return
    const activeProfileId = (changes[KEY]?.newValue as string | null | undefined) ?? null
    // No page open is the usual case, not an error.
    chrome.runtime
      .sendMessage(eventMessage('activeProfileChanged', { activeProfileId }))
      .catch(() => undefined)
  })
}

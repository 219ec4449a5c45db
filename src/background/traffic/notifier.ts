import type { FlaggedRequest } from '../../shared/protocol/traffic.ts'

// "Deprecated BILL call seen": one notification at a time (a newer one replaces it), and at most one per
// NOTIFY_GAP_MS, so a page flooding BILL with calls cannot flood the desktop (the list has them all).
export const NOTIFICATION_ID = 'flagged-requests'
const NOTIFY_GAP_MS = 30_000

export interface NotifierDeps {
  now(): number
  show(id: string, options: chrome.notifications.NotificationCreateOptions): Promise<unknown>
  iconUrl: string
}

/** Shows the newest finding, unless one was shown less than NOTIFY_GAP_MS ago (by this worker). */
export function createFlaggedNotifier(deps: NotifierDeps): (newest: FlaggedRequest) => Promise<void> {
  let lastShown = Number.NEGATIVE_INFINITY
  return async (newest) => {
    const now = deps.now()
    if (now - lastShown < NOTIFY_GAP_MS) return
    lastShown = now
    const from = newest.pageOrigin ? ` from ${newest.pageOrigin}` : ''
    await deps.show(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: 'Deprecated BILL call seen',
      message: `${newest.method} ${newest.endpoint}${from}: ${newest.message}`,
    })
  }
}

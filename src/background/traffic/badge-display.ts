import type { Badge } from '../../shared/session/badge.ts'
import { badgeWithFindings } from '../../shared/session/badge-mark.ts'
import { coalesced, serialQueue } from './serial.ts'

// The one toolbar badge, drawn from the session's badge and the unseen findings (rule: badge-mark.ts).
const SESSION_BADGE_KEY = 'traffic.sessionBadge'

export interface BadgeDisplayDeps {
  /** Draws the badge (the session ports' showBadge). */
  apply(badge: Badge | undefined): Promise<void>
  unseen(): Promise<number>
  badgeEnabled(): Promise<boolean>
  area?: chrome.storage.StorageArea
  onError?(error: unknown): void
}

export interface BadgeDisplay {
  /** Stands in for the session service's showBadge: the session's badge, kept for later redraws. */
  showSession(badge: Badge | undefined): Promise<void>
  /** Redraws after the findings changed. */
  refresh(): Promise<void>
}

const sameBadge = (a: Badge | undefined, b: Badge | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.text === b.text && a.tone === b.tone && a.title === b.title)

export function createBadgeDisplay(deps: BadgeDisplayDeps): BadgeDisplay {
  const area = deps.area ?? chrome.storage.session
  // This worker's copy; storage only carries it to the next worker.
  let session: { badge: Badge | undefined } | undefined
  const sessionBadge = async () =>
    session ? session.badge : ((await area.get(SESSION_BADGE_KEY))[SESSION_BADGE_KEY] as Badge | undefined)
  // One draw at a time, and any number of refreshes asked while one waits share it: a flood of findings
  // never queues thousands of redraws in front of a session change.
  // What this worker last drew: a finding that leaves the badge as it is (a full list, the same session
  // minute) costs no call to the browser, which takes about a millisecond for the three of them.
  let drawn: { badge: Badge | undefined } | undefined
  const draw = coalesced(serialQueue(), async () => {
    const [stored, unseen, enabled] = await Promise.all([sessionBadge(), deps.unseen(), deps.badgeEnabled()])
    const badge = badgeWithFindings(stored, unseen, enabled)
    if (drawn && sameBadge(drawn.badge, badge)) return
    drawn = undefined
    await deps.apply(badge)
    drawn = { badge }
  })
  return {
    async showSession(badge) {
      session = { badge }
      try {
        if (badge) await area.set({ [SESSION_BADGE_KEY]: badge })
        else await area.remove(SESSION_BADGE_KEY)
      } catch (error) {
        // Only a later worker's first redraw needs the copy: the session's own change goes on.
        deps.onError?.(error)
      }
      await draw()
    },
    refresh: draw,
  }
}

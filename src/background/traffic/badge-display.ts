import type { Badge } from '../../shared/session/badge.ts'
import { badgeWithFindings } from '../../shared/session/badge-mark.ts'

// The one toolbar badge, drawn from the session's badge and the unseen findings (rule: badge-mark.ts).
const SESSION_BADGE_KEY = 'traffic.sessionBadge'

export interface BadgeDisplayDeps {
  /** Draws the badge (the session ports' showBadge). */
  apply(badge: Badge | undefined): Promise<void>
  unseen(): Promise<number>
  badgeEnabled(): Promise<boolean>
  area?: chrome.storage.StorageArea
}

export interface BadgeDisplay {
  /** Stands in for the session service's showBadge: the session's badge, kept for later redraws. */
  showSession(badge: Badge | undefined): Promise<void>
  /** Redraws after the findings changed. */
  refresh(): Promise<void>
}

export function createBadgeDisplay(deps: BadgeDisplayDeps): BadgeDisplay {
  const area = deps.area ?? chrome.storage.session
  let queue: Promise<unknown> = Promise.resolve()
  const draw = async () => {
    const stored = (await area.get(SESSION_BADGE_KEY))[SESSION_BADGE_KEY] as Badge | undefined
    const [unseen, enabled] = await Promise.all([deps.unseen(), deps.badgeEnabled()])
    await deps.apply(badgeWithFindings(stored, unseen, enabled))
  }
  // One redraw at a time, in order: the last one drawn reflects the last change.
  const enqueue = (step: () => Promise<void>) => {
    const next = queue.then(step)
    queue = next.catch(() => undefined)
    return next
  }
  return {
    showSession: (badge) =>
      enqueue(async () => {
        if (badge) await area.set({ [SESSION_BADGE_KEY]: badge })
        else await area.remove(SESSION_BADGE_KEY)
        await draw()
      }),
    refresh: () => enqueue(draw),
  }
}

import { type IdleClock, remainingMs } from './clock.ts'

/** `flagged`: deprecated BILL calls were seen that the popup has not shown yet (see badge-mark.ts). */
export type BadgeTone = 'ok' | 'soon' | 'urgent' | 'expired' | 'neutral' | 'flagged'

export interface Badge {
  text: string
  tone: BadgeTone
  /** Tooltip for the toolbar button. */
  title: string
}

export const BADGE_COLOURS: Record<BadgeTone, string> = {
  ok: '#137333',
  soon: '#b06000',
  urgent: '#c5221f',
  expired: '#c5221f',
  neutral: '#5f6368',
  flagged: '#7b1fa2',
}

const MINUTE = 60_000

export type BadgeInput =
  | { state: 'signed-out' | 'signing-in' }
  | { state: 'expired' }
  | { state: 'active'; clock: IdleClock }

/**
 * What the toolbar badge shows. Minutes only: the badge is redrawn once a minute by an alarm (a per-second
 * badge would keep the worker alive); the popup shows the exact mm:ss.
 */
export function badgeFor(input: BadgeInput, now: number, warnMinutesBefore: number): Badge {
  switch (input.state) {
    case 'signed-out':
      return { text: '', tone: 'neutral', title: 'BILL Sandbox Companion: signed out' }
    case 'signing-in':
      return { text: '…', tone: 'neutral', title: 'BILL Sandbox Companion: signing in' }
    case 'expired':
      return { text: '!', tone: 'expired', title: 'BILL session expired: sign in again' }
    case 'active': {
      const left = remainingMs(input.clock, now)
      if (left === undefined)
        return { text: 'on', tone: 'ok', title: 'BILL token session: does not idle out' }
      if (left <= 0) return { text: '!', tone: 'expired', title: 'BILL session expired: sign in again' }
      const minutes = Math.floor(left / MINUTE)
      const text = minutes < 1 ? '<1m' : `${minutes}m`
      const tone: BadgeTone =
        left <= 2 * MINUTE ? 'urgent' : left <= warnMinutesBefore * MINUTE ? 'soon' : 'ok'
      return {
        text,
        tone,
        title: `BILL session: ${minutes < 1 ? 'less than a minute' : `${minutes} min`} left`,
      }
    }
  }
}

export interface BadgePreferences {
  badgeEnabled: boolean
  badgeFormat: 'minutes' | 'warning-only'
  warnMinutesBefore: number
}

/**
 * The whole badge rule for a session: nothing when the badge is off; with `warning-only`, nothing for an active
 * session until its warning window starts; otherwise badgeFor().
 */
export function sessionBadge(
  session: { status: 'signing-in' | 'active' | 'expired'; clock: IdleClock } | undefined,
  prefs: BadgePreferences,
  now: number,
): Badge | undefined {
  if (!prefs.badgeEnabled) return undefined
  const input: BadgeInput = !session
    ? { state: 'signed-out' }
    : session.status === 'active'
      ? { state: 'active', clock: session.clock }
      : { state: session.status }
  const left = session?.status === 'active' ? remainingMs(session.clock, now) : undefined
  const outsideWarning = left !== undefined && left > prefs.warnMinutesBefore * MINUTE
  return prefs.badgeFormat === 'warning-only' && outsideWarning
    ? undefined
    : badgeFor(input, now, prefs.warnMinutesBefore)
}

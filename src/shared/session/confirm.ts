import type { IdleClock } from './clock.ts'

// BILL may end a session where the extension cannot see it (a logout from Postman or curl). Every call BILL
// accepted moves the clock's last activity, so that is also when BILL last confirmed the session. When it is
// older than this as the popup opens, the background asks BILL once (a session-details call, which BILL counts
// as activity: the preference `confirmSessionOnOpen` turns it off).
export const CONFIRM_AFTER_MS = 3 * 60_000

export function needsConfirmation(
  session: { status: string; sessionId?: string; clock: IdleClock } | undefined,
  now: number,
  enabled: boolean,
): boolean {
  return (
    enabled &&
    session?.status === 'active' &&
    !!session.sessionId &&
    now - session.clock.lastActivityAt > CONFIRM_AFTER_MS
  )
}

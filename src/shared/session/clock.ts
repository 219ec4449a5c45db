// The idle clock: BILL ends a session after N idle seconds (35 min by default); any call with it resets the
// timer (docs/bill-api.md §7). Everything here is pure: "now" is always passed in.

export interface IdleClock {
  /** Last successful call (ours, or a tab's request carrying this session id). */
  lastActivityAt: number
  /** The profile's idle timeout; undefined for token sessions, which do not idle out. */
  idleTimeoutMs: number | undefined
}

export function expiresAt(clock: IdleClock): number | undefined {
  return clock.idleTimeoutMs === undefined ? undefined : clock.lastActivityAt + clock.idleTimeoutMs
}

export function remainingMs(clock: IdleClock, now: number): number | undefined {
  const end = expiresAt(clock)
  return end === undefined ? undefined : Math.max(0, end - now)
}

export function isExpired(clock: IdleClock, now: number): boolean {
  const end = expiresAt(clock)
  return end !== undefined && now >= end
}

/** Activity only moves the clock forward: a late-arriving older observation must not shorten it. */
export function touch(clock: IdleClock, at: number): IdleClock {
  return at > clock.lastActivityAt ? { ...clock, lastActivityAt: at } : clock
}

/** mm:ss, rounding up so that "00:00" appears only when the time is really up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
}

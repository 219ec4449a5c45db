// BILL allows 5 text-message sends a minute per account (docs/bill-api.md §10); the background enforces the same
// window before asking, so the user sees a cool-down instead of BILL's 429.
const SEND_LIMIT = 5
export const SEND_WINDOW_MS = 60_000

/** Send times still inside the window. */
export function recentSends(sentAt: readonly number[], now: number): number[] {
  return sentAt.filter((t) => now - t < SEND_WINDOW_MS)
}

/** When the next send is allowed: now, or when the oldest send in a full window leaves it. */
export function nextSendAllowedAt(sentAt: readonly number[], now: number): number {
  const recent = recentSends(sentAt, now).sort((a, b) => a - b)
  if (recent.length < SEND_LIMIT) return now
  return (recent[recent.length - SEND_LIMIT] ?? now) + SEND_WINDOW_MS
}

// Why a session ended, and the words for it (popup banner and notification say the same thing).

/**
 * - `idle`: our clock ran out (BILL ends idle sessions, docs/bill-api.md §7).
 * - `rejected-by-bill`: BILL answered one of the extension's calls with "session invalid" (BDC_1109).
 * - `rejected-in-tab`: BILL refused, with HTTP 401, a tab's call that carried the session id.
 * - `logged-out-elsewhere`: a tab called BILL's logout with the session id, and BILL accepted it.
 */
export type ExpiredReason = 'idle' | 'rejected-by-bill' | 'rejected-in-tab' | 'logged-out-elsewhere'

/** The end of "The session … ended …": one clause per reason, with BILL's code when there is one. */
export function endedBecause(reason: ExpiredReason | undefined, code?: string): string {
  switch (reason) {
    case 'rejected-by-bill':
      return `BILL no longer accepts it${code ? ` (it answered ${code}: session invalid)` : ''}`
    case 'rejected-in-tab':
      return 'BILL refused a call a tab made with it (HTTP 401): it was ended outside the extension'
    case 'logged-out-elsewhere':
      return 'a tab signed it out (a logout call with its session id)'
    default:
      return 'after the idle timeout'
  }
}

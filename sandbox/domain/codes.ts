import type { PendingCode, SandboxState } from '../state.ts'
import { FAILURES, missingField, type Outcome, refuse, success } from './failures.ts'

// INF: the number of wrong codes a challenge takes before BDC_1358 (unconfirmed notes say 3).
const MAX_WRONG_ATTEMPTS = 3

/**
 * Checks an answer to a pending code and consumes the entry on success or when it can no longer be used.
 * Accepts "123456" and the v2 docs' "123-456".
 */
export function answerCode(
  state: SandboxState,
  pending: Map<string, PendingCode>,
  id: string | undefined,
  username: string,
  given: string | undefined,
  idField: string,
): Outcome<PendingCode> {
  if (!id) return refuse(missingField(idField))
  if (!given) return refuse(missingField('token'))
  const entry = pending.get(id)
  // INF: an unknown or already used id reads as an expired code (ask for a new one either way).
  if (!entry || entry.username !== username) return refuse(FAILURES.codeExpired)
  if (entry.wrongAttempts >= MAX_WRONG_ATTEMPTS) return refuse(FAILURES.tooManyAttempts)
  if (state.clock.now() - entry.createdAt > state.options.codeTtlMs) {
    pending.delete(id)
    return refuse(FAILURES.codeExpired)
  }
  if (given.replace(/[\s-]/g, '') !== entry.code) {
    entry.wrongAttempts += 1
    return refuse(entry.wrongAttempts >= MAX_WRONG_ATTEMPTS ? FAILURES.tooManyAttempts : FAILURES.wrongCode)
  }
  pending.delete(id)
  return success(entry)
}

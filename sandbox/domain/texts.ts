import { TEXT_CALLS_PER_MINUTE } from '../../src/shared/bill/limits.ts'
import type { Account, SandboxState, SentText } from '../state.ts'
import { FAILURES, type Outcome, refuse, success } from './failures.ts'
import { sixDigitCode } from './ids.ts'

// DOC api-rate-limits: endpoints that send a text are limited to 5 per minute (per account here, INF).
const MINUTE_MS = 60_000

/** "Sends" a new six-digit code to a phone, unless the account is over its text limit. */
export function sendCode(
  state: SandboxState,
  account: Account,
  to: string,
  purpose: SentText['purpose'],
): Outcome<string> {
  const now = state.clock.now()
  account.textsSentAt = account.textsSentAt.filter((t) => now - t < MINUTE_MS)
  if (account.textsSentAt.length >= TEXT_CALLS_PER_MINUTE) return refuse(FAILURES.textRateLimit)
  account.textsSentAt.push(now)
  const code = sixDigitCode()
  state.texts.push({ to, code, purpose, sentAt: new Date(now).toISOString() })
  return success(code)
}

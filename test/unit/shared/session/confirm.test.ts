import { expect, it } from 'vitest'
import { CONFIRM_AFTER_MS, needsConfirmation } from '../../../../src/shared/session/confirm.ts'

// As the popup opens, a session BILL has not confirmed for over three minutes is checked once.

const session = {
  status: 'active',
  sessionId: 's1',
  clock: { lastActivityAt: 1_000, idleTimeoutMs: 60 * 60_000 },
}
const after = (ms: number) => 1_000 + ms

it('asks BILL once the last confirmation is over three minutes old', () => {
  expect(needsConfirmation(session, after(CONFIRM_AFTER_MS), true)).toBe(false)
  expect(needsConfirmation(session, after(CONFIRM_AFTER_MS + 1), true)).toBe(true)
  expect(CONFIRM_AFTER_MS).toBe(3 * 60_000)
})

it('does not ask when turned off, signed out, not active, or without a session id', () => {
  const late = after(CONFIRM_AFTER_MS + 1)
  expect(needsConfirmation(session, late, false)).toBe(false)
  expect(needsConfirmation(undefined, late, true)).toBe(false)
  expect(needsConfirmation({ ...session, status: 'expired' }, late, true)).toBe(false)
  expect(needsConfirmation({ ...session, status: 'signing-in' }, late, true)).toBe(false)
  expect(needsConfirmation({ ...session, sessionId: '' }, late, true)).toBe(false)
})

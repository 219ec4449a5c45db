import { expect, it } from 'vitest'
import { nextSendAllowedAt, recentSends, SEND_WINDOW_MS } from '../../../../src/shared/session/rate-window.ts'

// The 5-a-minute window: a send leaves it exactly 60 s later, whatever order the times are kept in.

it('a send is in the window for 60 s, not one ms more', () => {
  expect(recentSends([0, 1, 59_999], SEND_WINDOW_MS)).toStrictEqual([1, 59_999])
})

it('reads send times in any order', () => {
  expect(nextSendAllowedAt([4_000, 0, 3_000, 1_000, 2_000], 5_000)).toBe(SEND_WINDOW_MS)
  expect(nextSendAllowedAt([5_000, 4_000, 3_000, 2_000, 1_000, 0], 6_000)).toBe(1_000 + SEND_WINDOW_MS)
})

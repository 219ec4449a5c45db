import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { badgeFor } from '../../../../src/shared/session/badge.ts'
import {
  expiresAt,
  formatCountdown,
  isExpired,
  remainingMs,
  touch,
} from '../../../../src/shared/session/clock.ts'
import { nextSendAllowedAt, SEND_WINDOW_MS } from '../../../../src/shared/session/rate-window.ts'

const MIN = 60_000
const BILL_IDLE = 35 * MIN

describe('idle clock', () => {
  const clock = { lastActivityAt: 1_000_000, idleTimeoutMs: BILL_IDLE }

  it('expires 35 idle minutes after the last activity', () => {
    expect(expiresAt(clock)).toBe(1_000_000 + BILL_IDLE)
    expect(remainingMs(clock, 1_000_000 + 60_000)).toBe(34 * MIN)
    expect(isExpired(clock, 1_000_000 + BILL_IDLE - 1)).toBe(false)
    expect(isExpired(clock, 1_000_000 + BILL_IDLE)).toBe(true)
    expect(remainingMs(clock, 1_000_000 + BILL_IDLE + 5)).toBe(0)
  })

  it('resets on activity and never moves backwards', () => {
    const later = touch(clock, 1_000_000 + 10 * MIN)
    expect(expiresAt(later)).toBe(1_000_000 + 45 * MIN)
    expect(touch(later, 1_000_000 + 5 * MIN)).toBe(later)
  })

  it('never expires a token session', () => {
    const token = { lastActivityAt: 0, idleTimeoutMs: undefined }
    expect(expiresAt(token)).toBeUndefined()
    expect(isExpired(token, Number.MAX_SAFE_INTEGER)).toBe(false)
  })

  it('formats mm:ss rounding up to the second', () => {
    expect(formatCountdown(BILL_IDLE)).toBe('35:00')
    expect(formatCountdown(34 * MIN + 59_001)).toBe('35:00')
    expect(formatCountdown(59_999)).toBe('01:00')
    expect(formatCountdown(1)).toBe('00:01')
    expect(formatCountdown(0)).toBe('00:00')
    expect(formatCountdown(-5)).toBe('00:00')
  })

  it('countdown text always parses back to within a second of the time left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 * MIN }), (ms) => {
        const [m, s] = formatCountdown(ms).split(':').map(Number)
        const shown = ((m ?? 0) * 60 + (s ?? 0)) * 1000
        return shown >= ms && shown - ms < 1000
      }),
    )
  })
})

describe('toolbar badge', () => {
  const at = (left: number) => ({
    state: 'active' as const,
    clock: { lastActivityAt: 0, idleTimeoutMs: BILL_IDLE },
    now: BILL_IDLE - left,
  })

  it.each([
    [BILL_IDLE, '35m', 'ok'],
    [34 * MIN + 30_000, '34m', 'ok'],
    [5 * MIN, '5m', 'soon'],
    [2 * MIN, '2m', 'urgent'],
    [59_000, '<1m', 'urgent'],
  ])('with %i ms left shows %s (%s)', (left, text, tone) => {
    const { now, ...input } = at(left)
    expect(badgeFor(input, now, 5)).toMatchObject({ text, tone })
  })

  it('shows ! when expired, nothing when signed out, "on" for token sessions', () => {
    expect(badgeFor({ state: 'expired' }, 0, 5)).toMatchObject({ text: '!', tone: 'expired' })
    expect(badgeFor({ state: 'signed-out' }, 0, 5).text).toBe('')
    expect(
      badgeFor({ state: 'active', clock: { lastActivityAt: 0, idleTimeoutMs: undefined } }, 10 ** 12, 5).text,
    ).toBe('on')
    const { now, ...input } = at(0)
    expect(badgeFor(input, now, 5).text).toBe('!')
  })
})

describe('send rate window (5 a minute)', () => {
  it('allows five sends, then waits until the oldest leaves the window', () => {
    const sends = [0, 1000, 2000, 3000]
    expect(nextSendAllowedAt(sends, 4000)).toBe(4000)
    expect(nextSendAllowedAt([...sends, 4000], 5000)).toBe(SEND_WINDOW_MS)
    expect(nextSendAllowedAt([...sends, 4000], SEND_WINDOW_MS - 1)).toBe(SEND_WINDOW_MS)
    // At 60 s the first send has left the window: one more is allowed, then the next waits for the second.
    expect(nextSendAllowedAt([...sends, 4000], SEND_WINDOW_MS)).toBe(SEND_WINDOW_MS)
    expect(nextSendAllowedAt([...sends, 4000, SEND_WINDOW_MS], SEND_WINDOW_MS)).toBe(SEND_WINDOW_MS + 1000)
  })

  it('never allows more than five sends in any 60 s window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 40 }), (gaps) => {
        const sent: number[] = []
        let now = 0
        for (const gap of gaps) {
          now += gap
          const allowed = nextSendAllowedAt(sent, now)
          if (allowed <= now) sent.push(now)
        }
        return sent.every((t) => sent.filter((u) => u <= t && t - u < SEND_WINDOW_MS).length <= 5)
      }),
    )
  })
})

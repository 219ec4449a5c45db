import { describe, expect, it } from 'vitest'
import { type BadgePreferences, badgeFor, sessionBadge } from '../../../../src/shared/session/badge.ts'

// The toolbar badge: its words, its tone at each boundary, and the preferences that hide it.

const MIN = 60_000
const IDLE = 35 * MIN
const clock = { lastActivityAt: 0, idleTimeoutMs: IDLE }
/** An active session with `left` ms to go. */
const active = (left: number) => ({ input: { state: 'active' as const, clock }, now: IDLE - left })

describe('badgeFor', () => {
  it.each([
    ['signed-out', { text: '', tone: 'neutral', title: 'BILL Sandbox Companion: signed out' }],
    ['signing-in', { text: '…', tone: 'neutral', title: 'BILL Sandbox Companion: signing in' }],
    ['expired', { text: '!', tone: 'expired', title: 'BILL session expired: sign in again' }],
  ] as const)('%s', (state, badge) => {
    expect(badgeFor({ state }, 0, 5)).toEqual(badge)
  })

  it('says a token session does not idle out', () => {
    expect(
      badgeFor({ state: 'active', clock: { lastActivityAt: 0, idleTimeoutMs: undefined } }, 0, 5),
    ).toEqual({
      text: 'on',
      tone: 'ok',
      title: 'BILL token session: does not idle out',
    })
  })

  it('shows an active session whose time is up as expired', () => {
    const { input, now } = active(0)
    expect(badgeFor(input, now, 5)).toEqual({
      text: '!',
      tone: 'expired',
      title: 'BILL session expired: sign in again',
    })
  })

  it.each([
    [1, '<1m', 'urgent', 'BILL session: less than a minute left'],
    [MIN - 1, '<1m', 'urgent', 'BILL session: less than a minute left'],
    [MIN, '1m', 'urgent', 'BILL session: 1 min left'],
    [2 * MIN, '2m', 'urgent', 'BILL session: 2 min left'],
    [2 * MIN + 1, '2m', 'soon', 'BILL session: 2 min left'],
    [5 * MIN, '5m', 'soon', 'BILL session: 5 min left'],
    [5 * MIN + 1, '5m', 'ok', 'BILL session: 5 min left'],
    [IDLE, '35m', 'ok', 'BILL session: 35 min left'],
  ])('with %i ms left: %s, %s', (left, text, tone, title) => {
    const { input, now } = active(left)
    expect(badgeFor(input, now, 5)).toEqual({ text, tone, title })
  })
})

describe('sessionBadge', () => {
  const minutes: BadgePreferences = { badgeEnabled: true, badgeFormat: 'minutes', warnMinutesBefore: 5 }
  const warningOnly: BadgePreferences = { ...minutes, badgeFormat: 'warning-only' }
  const session = (status: 'signing-in' | 'active' | 'expired') => ({ status, clock })
  const token = { status: 'active' as const, clock: { lastActivityAt: 0, idleTimeoutMs: undefined } }

  it('shows nothing when the badge is turned off, whatever the session', () => {
    for (const s of [undefined, session('signing-in'), session('active'), session('expired')])
      expect(sessionBadge(s, { ...minutes, badgeEnabled: false }, 0)).toBeUndefined()
  })

  it('shows each state of the session', () => {
    expect(sessionBadge(undefined, minutes, 0)?.title).toBe('BILL Sandbox Companion: signed out')
    expect(sessionBadge(session('signing-in'), minutes, 0)?.text).toBe('…')
    expect(sessionBadge(session('expired'), minutes, 0)?.text).toBe('!')
    expect(sessionBadge(session('active'), minutes, IDLE - 10 * MIN)).toMatchObject({
      text: '10m',
      tone: 'ok',
    })
  })

  it('warning-only: nothing for an active session until its warning window starts', () => {
    expect(sessionBadge(session('active'), warningOnly, IDLE - 5 * MIN - 1)).toBeUndefined()
    expect(sessionBadge(session('active'), warningOnly, IDLE - 5 * MIN)).toMatchObject({
      text: '5m',
      tone: 'soon',
    })
  })

  it('warning-only: still shows the states that are not a countdown', () => {
    expect(sessionBadge(session('expired'), warningOnly, 0)?.text).toBe('!')
    expect(sessionBadge(session('signing-in'), warningOnly, 0)?.text).toBe('…')
    expect(sessionBadge(token, warningOnly, 0)?.text).toBe('on')
  })
})

import { expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../../src/shared/preferences.ts'
import { touch } from '../../../../src/shared/session/clock.ts'
import { INITIAL_MFA } from '../../../../src/shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../../../src/shared/session/record.ts'
import { ALARMS, planAlarms } from '../../../../src/shared/session/schedule.ts'
import { carriesSession } from '../../../../src/shared/session/tab-activity.ts'

// Boundaries of the idle clock, the alarm plan and the tab matcher.

it('activity at the same instant leaves the clock as it is', () => {
  const clock = { lastActivityAt: 5, idleTimeoutMs: 10 }
  expect(touch(clock, 5)).toBe(clock)
})

it('no warning alarm when the warning time is now', () => {
  const record = {
    status: 'active',
    clock: { lastActivityAt: 0, idleTimeoutMs: 10 * 60_000 },
    keepAlivePings: 0,
    mfa: INITIAL_MFA,
  } as unknown as SessionRecord
  const warnAt = 5 * 60_000
  const names = (now: number) => planAlarms(record, DEFAULT_PREFERENCES, now).set.map((a) => a.name)
  expect(names(warnAt - 1)).toContain(ALARMS.warning)
  expect(names(warnAt)).not.toContain(ALARMS.warning)
})

it('a v3 request carries the session when any of its headers is the session id', () => {
  const session = {
    sessionId: 's1',
    baseUrls: { v2: 'https://a.example/api/v2', v3: 'https://g.example/connect' },
  }
  const headers = [
    { name: 'content-type', value: 'application/json' },
    { name: 'sessionId', value: 's1' },
  ]
  expect(carriesSession({ url: 'https://g.example/connect/v3/x', headers }, session)).toBe(true)
})

import { describe, expect, it } from 'vitest'
import type { SessionRecord } from '../../../../src/shared/session/record.ts'
import { ALARMS, KEEP_ALIVE_LEAD_MS, planAlarms } from '../../../../src/shared/session/schedule.ts'
import { activeRecord } from './session-record.ts'

const MIN = 60_000
const prefs = {
  warnMinutesBefore: 5,
  notificationsEnabled: true,
  keepAliveEnabled: false,
  keepAliveMaxPings: 3,
}
// The sign-in at 0 with BILL's 35-minute idle timeout, as the plans below count from.
const record = (over: Partial<SessionRecord> = {}) =>
  activeRecord({ clock: { lastActivityAt: 0, idleTimeoutMs: 35 * MIN }, ...over })
const names = (plan: ReturnType<typeof planAlarms>) => plan.set.map((a) => a.name).sort()

describe('alarm plan', () => {
  it('schedules expiry, the warning and the minute badge tick for an active session', () => {
    const plan = planAlarms(record(), prefs, 0)
    expect(plan.set).toEqual(
      expect.arrayContaining([
        { name: ALARMS.expiry, when: 35 * MIN },
        { name: ALARMS.warning, when: 30 * MIN },
        { name: ALARMS.badge, when: MIN, periodInMinutes: 1 },
      ]),
    )
    expect(plan.clear).toEqual([ALARMS.keepAlive])
  })

  it('clears everything when signed out, expired, or for token sessions', () => {
    for (const r of [
      undefined,
      record({ status: 'expired' }),
      record({ clock: { lastActivityAt: 0, idleTimeoutMs: undefined } }),
    ]) {
      const plan = planAlarms(r, prefs, 0)
      expect(plan.set).toEqual([])
      expect(plan.clear.sort()).toEqual(Object.values(ALARMS).sort())
    }
  })

  it('warns once per expiry, and not when notifications are off or the warning time has passed', () => {
    expect(names(planAlarms(record({ warnedForExpiry: 35 * MIN }), prefs, 0))).not.toContain(ALARMS.warning)
    expect(names(planAlarms(record(), { ...prefs, notificationsEnabled: false }, 0))).not.toContain(
      ALARMS.warning,
    )
    expect(names(planAlarms(record(), prefs, 31 * MIN))).not.toContain(ALARMS.warning)
  })

  it('plans keep-alive pings before the end, up to the limit', () => {
    const on = { ...prefs, keepAliveEnabled: true }
    expect(planAlarms(record(), on, 0).set).toContainEqual({
      name: ALARMS.keepAlive,
      when: 35 * MIN - KEEP_ALIVE_LEAD_MS,
    })
    expect(names(planAlarms(record({ keepAlivePings: 3 }), on, 0))).not.toContain(ALARMS.keepAlive)
  })
})

import { describe, expect, it } from 'vitest'
import { INITIAL_MFA } from '../../../../src/shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../../../src/shared/session/record.ts'
import { ALARMS, KEEP_ALIVE_LEAD_MS, planAlarms } from '../../../../src/shared/session/schedule.ts'

const MIN = 60_000
const prefs = {
  warnMinutesBefore: 5,
  notificationsEnabled: true,
  keepAliveEnabled: false,
  keepAliveMaxPings: 3,
}
const record = (over: Partial<SessionRecord> = {}): SessionRecord => ({
  status: 'active',
  profileId: 'p',
  profileName: 'P',
  api: 'v3',
  authMethod: 'password',
  username: 'u',
  organizationId: '008x',
  sessionId: 's',
  devKey: 'k',
  baseUrls: { v2: 'https://a/api/v2', v3: 'https://a/connect' },
  clock: { lastActivityAt: 0, idleTimeoutMs: 35 * MIN },
  trusted: false,
  signedInAt: 0,
  keepAlivePings: 0,
  mfa: INITIAL_MFA,
  ...over,
})
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

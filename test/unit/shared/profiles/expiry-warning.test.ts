import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY_MS, TRUST_DAYS, type TrustedDevice } from '../../../../src/shared/profiles/devices.ts'
import {
  type ExpiryWarnings,
  planExpiryWarnings,
  WARN_DAYS_BEFORE_EXPIRY,
} from '../../../../src/shared/profiles/expiry-warning.ts'
import { trustedDevice } from './trusted-device.ts'

// A remembered device is announced once, 3 days before its 30 days end; the alarm goes to the next one due.

const T0 = Date.UTC(2026, 11, 7)
const device = trustedDevice
const warnAt = (d: TrustedDevice) => d.expiresAt - WARN_DAYS_BEFORE_EXPIRY * DAY_MS

describe('planExpiryWarnings', () => {
  it('is quiet before the 27th day, warns at it, and not again for the same expiry', () => {
    const d = device('a', T0)
    expect(planExpiryWarnings([d], {}, warnAt(d) - 1)).toEqual({ due: [], warned: {}, nextAt: warnAt(d) })
    const first = planExpiryWarnings([d], {}, warnAt(d))
    expect(first).toEqual({ due: [d], warned: { a: d.expiresAt }, nextAt: undefined })
    expect(planExpiryWarnings([d], first.warned, warnAt(d) + DAY_MS).due).toEqual([])
  })

  it('warns again for a device remembered again (new expiry) and forgets warnings of devices gone', () => {
    const renewed = device('a', T0 + 5 * DAY_MS)
    const plan = planExpiryWarnings([renewed], { a: T0 + TRUST_DAYS * DAY_MS, gone: 1 }, warnAt(renewed))
    expect(plan.due).toEqual([renewed])
    expect(plan.warned).toEqual({ a: renewed.expiresAt })
  })

  it('over any checks in time order, no device is warned twice or before its day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 * DAY_MS }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 35 * DAY_MS }), { minLength: 1, maxLength: 20 }),
        (issued, checks) => {
          const devices = issued.map((at, i) => device(`d${i}`, T0 + at))
          let warned: ExpiryWarnings = {}
          const count = new Map<string, number>()
          const sorted = [...checks].sort((a, b) => a - b).map((c) => T0 + c)
          for (const now of [...sorted, T0 + 80 * DAY_MS]) {
            const live = devices.filter((d) => d.expiresAt > now)
            const plan = planExpiryWarnings(live, warned, now)
            for (const d of plan.due) {
              expect(now).toBeGreaterThanOrEqual(warnAt(d))
              count.set(d.id, (count.get(d.id) ?? 0) + 1)
            }
            const pending = live.filter((d) => !(d.id in plan.warned)).map(warnAt)
            expect(plan.nextAt).toBe(pending.length ? Math.min(...pending) : undefined)
            warned = plan.warned
          }
          for (const n of count.values()) expect(n).toBe(1)
        },
      ),
    )
  })
})

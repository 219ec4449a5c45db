import { describe, expect, it } from 'vitest'
import { checkDeviceExpiry, type ExpiryPorts } from '../../../../src/background/devices/expiry-warning.ts'
import { DAY_MS, type TrustedDevice } from '../../../../src/shared/profiles/devices.ts'
import type { ExpiryWarnings } from '../../../../src/shared/profiles/expiry-warning.ts'
import { trustedDevice } from '../../shared/profiles/trusted-device.ts'

// The background's expiry warning with its browser parts stubbed: one notification 3 days before the end, the
// warning stored so the next wake stays quiet, the alarm set for the next device.

const T0 = Date.UTC(2026, 11, 7)
const device = (id: string, issuedAt: number) => trustedDevice(id, issuedAt, 'v2')

function ports(devices: TrustedDevice[], now: number, notifications = true) {
  const shown: { id: string; title: string; message: string }[] = []
  const alarms: (number | undefined)[] = []
  let stored: ExpiryWarnings | undefined
  let saved = 0
  const p: ExpiryPorts = {
    now: () => now,
    devices: async () => devices,
    profileName: async () => 'CI sandbox',
    notificationsEnabled: async () => notifications,
    loadWarnings: async () => stored,
    saveWarnings: async (w) => {
      saved += 1
      stored = w
    },
    notify: async (id, title, message) => {
      shown.push({ id, title, message })
    },
    scheduleAt: async (when) => {
      alarms.push(when)
    },
  }
  return {
    p,
    shown,
    alarms,
    get saved() {
      return saved
    },
  }
}

describe('checkDeviceExpiry', () => {
  it('notifies once on the 27th day, naming the profile and the day, and schedules the next device', async () => {
    const soon = device('a', T0)
    const later = device('b', T0 + 10 * DAY_MS)
    const h = ports([soon, later], T0 + 27 * DAY_MS)
    await checkDeviceExpiry(h.p)
    expect(h.shown).toEqual([
      {
        id: 'device-expiry:a',
        title: 'Trusted device ends in 3 days',
        message: expect.stringContaining('for CI sandbox (v2) until 2027-01-06'),
      },
    ])
    expect(h.shown[0]?.message).not.toContain('mfa-secret')
    expect(h.alarms).toEqual([later.expiresAt - 3 * DAY_MS])
    await checkDeviceExpiry(h.p)
    expect(h.shown).toHaveLength(1)
  })

  it('is quiet before the day and when notifications are off', async () => {
    const d = device('a', T0)
    const early = ports([d], T0 + 26 * DAY_MS)
    await checkDeviceExpiry(early.p)
    expect(early.shown).toEqual([])
    expect(early.saved).toBe(0)
    expect(early.alarms).toEqual([d.expiresAt - 3 * DAY_MS])
    const off = ports([d], T0 + 28 * DAY_MS, false)
    await checkDeviceExpiry(off.p)
    expect(off.shown).toEqual([])
    expect(off.alarms).toEqual([undefined])
  })
})

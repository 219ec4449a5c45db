import { describe, expect, it } from 'vitest'
import {
  findTrustedDevice,
  forgetTrustedDevice,
  listTrustedDevices,
  pruneExpiredDevices,
  recordTrustedDevice,
} from '../../../../src/background/store/devices.ts'
import { getDeviceIdentity } from '../../../../src/background/store/identity.ts'
import { DAY_MS, daysLeft, type NewTrustedDevice } from '../../../../src/shared/profiles/devices.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

useFreshDatabase()

const issuedAt = Date.UTC(2026, 3, 1)
const remembered = (over: Partial<NewTrustedDevice> = {}): NewTrustedDevice => ({
  profileId: 'p1',
  api: 'v2',
  rememberId: 'mfa-1',
  device: 'device-uuid',
  machineName: 'BILL Sandbox Companion on Chrome',
  issuedAt,
  ...over,
})

describe('trusted devices', () => {
  it('are trusted for 30 days from issue, and no longer at the expiry instant', async () => {
    const device = await recordTrustedDevice(remembered())
    expect(device.expiresAt).toBe(issuedAt + 30 * DAY_MS)
    expect(await findTrustedDevice('p1', 'v2', device.expiresAt - 1)).toEqual(device)
    expect(await findTrustedDevice('p1', 'v2', device.expiresAt)).toBeUndefined()
    expect(await findTrustedDevice('p1', 'v3', issuedAt)).toBeUndefined()
    expect(await findTrustedDevice('p2', 'v2', issuedAt)).toBeUndefined()
  })

  it('keep only the newest remembered id per profile and API', async () => {
    await recordTrustedDevice(remembered())
    const v3 = await recordTrustedDevice(remembered({ api: 'v3', rememberId: 'rm-v3' }))
    const newer = await recordTrustedDevice(remembered({ rememberId: 'mfa-2', issuedAt: issuedAt + DAY_MS }))
    expect(await listTrustedDevices(issuedAt)).toEqual([v3, newer])
  })

  it('are pruned when listed and by pruneExpiredDevices, with an injected now', async () => {
    const old = await recordTrustedDevice(remembered({ profileId: 'old', issuedAt: issuedAt - 31 * DAY_MS }))
    const fresh = await recordTrustedDevice(remembered())
    expect(await listTrustedDevices(issuedAt)).toEqual([fresh])
    expect(await findTrustedDevice('old', 'v2', old.issuedAt)).toBeUndefined()
    expect(await pruneExpiredDevices(fresh.expiresAt)).toBe(1)
    expect(await listTrustedDevices(issuedAt)).toEqual([])
  })

  it('can be forgotten one by one', async () => {
    const a = await recordTrustedDevice(remembered())
    const b = await recordTrustedDevice(remembered({ profileId: 'p2' }))
    expect(await forgetTrustedDevice(a.id)).toEqual(a)
    expect(await forgetTrustedDevice(a.id)).toBeUndefined()
    expect(await listTrustedDevices(issuedAt)).toEqual([b])
  })

  it('show whole days left, rounded up', () => {
    const expiresAt = issuedAt + 30 * DAY_MS
    expect(daysLeft({ expiresAt }, issuedAt)).toBe(30)
    expect(daysLeft({ expiresAt }, expiresAt - 1)).toBe(1)
    expect(daysLeft({ expiresAt }, expiresAt + DAY_MS)).toBe(0)
  })
})

describe('device identity', () => {
  it('is created once and then stable', async () => {
    const first = await getDeviceIdentity()
    expect(first.deviceId).toMatch(/^[0-9a-f-]{36}$/)
    expect(first.machineName).toBe('BILL Sandbox Companion on Chrome')
    expect(await getDeviceIdentity()).toEqual(first)
  })
})

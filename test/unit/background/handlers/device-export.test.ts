import { describe, expect, it } from 'vitest'
import { storeHandlers } from '../../../../src/background/handlers/store.ts'
import { createRouter, type Handlers } from '../../../../src/background/router.ts'
import { recordTrustedDevice } from '../../../../src/background/store/devices.ts'
import { DAY_MS, TRUST_DAYS } from '../../../../src/shared/profiles/devices.ts'
import { call } from '../../../../src/ui/rpc.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

// exportTrustedDevice: the one request that hands a remembered id to a page, for a live device only.

useFreshDatabase()

const now = Date.UTC(2026, 3, 1)
const optionsPage = { id: 'abc', url: 'chrome-extension://abc/src/options/index.html' }
const route = createRouter(
  storeHandlers({ now: () => now, allowLocalHttp: true, hostAllowed: async () => true }) as Handlers,
  { extensionId: 'abc', extensionBaseUrl: 'chrome-extension://abc/' },
)
const exportDevice = (id: string) => call('exportTrustedDevice', { id }, (m) => route(m, optionsPage))

const remembered = (issuedAt: number) =>
  recordTrustedDevice({
    profileId: 'p1',
    api: 'v2',
    rememberId: 'mfa-secret',
    device: 'install-1',
    machineName: 'BILL Sandbox Companion on Chrome',
    issuedAt,
  })

describe('exportTrustedDevice', () => {
  it('answers the remembered id, the device name and the expiry of a live device', async () => {
    const device = await remembered(now - DAY_MS)
    expect(await exportDevice(device.id)).toEqual({
      ok: true,
      result: { api: 'v2', rememberId: 'mfa-secret', device: 'install-1', expiresAt: device.expiresAt },
    })
  })

  it('refuses an expired or unknown device with one sentence', async () => {
    const expired = await remembered(now - TRUST_DAYS * DAY_MS - 1)
    for (const id of [expired.id, 'nope'])
      expect(await exportDevice(id)).toEqual({
        ok: false,
        error: { kind: 'not-found', message: 'This trusted device has expired or was forgotten.' },
      })
  })
})

import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeEach, expect, it } from 'vitest'
import { watchDeviceExpiry } from '../../../../src/background/devices/expiry-triggers.ts'
import { DEVICE_EXPIRY_ALARM, type ExpiryPorts } from '../../../../src/background/devices/expiry-warning.ts'

// Issue 24: the remembered devices are read (storage, IndexedDB) when the browser starts, at install or update,
// at the check's own alarm and when a device is remembered; a wake for anything else reads nothing.

beforeEach(() => fakeBrowser.reset())

function start() {
  const reads: number[] = []
  let done = () => {}
  const ports: ExpiryPorts = {
    now: () => 0,
    devices: async (now) => {
      reads.push(now)
      return []
    },
    profileName: async () => undefined,
    notificationsEnabled: async () => true,
    loadWarnings: async () => undefined,
    saveWarnings: async () => undefined,
    notify: async () => undefined,
    scheduleAt: async () => done(),
  }
  const checked = () => new Promise<void>((resolve) => (done = resolve))
  const errors: unknown[] = []
  const deviceRemembered = watchDeviceExpiry(
    {
      onStartup: fakeBrowser.runtime.onStartup,
      onInstalled: fakeBrowser.runtime.onInstalled,
      onAlarm: fakeBrowser.alarms.onAlarm,
    },
    ports,
    (e) => errors.push(e),
  )
  return { reads, checked, errors, deviceRemembered }
}

it('a wake, another alarm or a message reads no devices', async () => {
  const { reads, errors } = start()
  await fakeBrowser.alarms.onAlarm.trigger({
    name: 'session-warning',
    scheduledTime: 0,
    persistAcrossSessions: true,
  })
  await fakeBrowser.runtime.onMessage.trigger({ name: 'ping' }, {}, () => undefined)
  expect(reads).toEqual([])
  expect(errors).toEqual([])
})

it.each([
  ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
  ['the extension is installed', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' })],
  [
    'the extension is updated',
    () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' }),
  ],
  [
    'its alarm fires',
    () =>
      fakeBrowser.alarms.onAlarm.trigger({
        name: DEVICE_EXPIRY_ALARM,
        scheduledTime: 0,
        persistAcrossSessions: true,
      }),
  ],
])('reads the devices once when %s', async (_when, fire) => {
  const { reads, checked } = start()
  const check = checked()
  await fire()
  await check
  expect(reads).toHaveLength(1)
})

it('reads the devices once when a device is remembered', async () => {
  const { reads, deviceRemembered } = start()
  await deviceRemembered()
  expect(reads).toHaveLength(1)
})

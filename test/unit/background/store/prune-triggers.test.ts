import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeEach, expect, it, vi } from 'vitest'
import { PRUNE_ALARM } from '../../../../src/background/store/prune-triggers.ts'
import { PROTOCOL_SOURCE } from '../../../../src/shared/protocol/index.ts'

// Issue 24: pruning reads the preferences and IndexedDB. It ran at every wake of the worker (and the worker
// wakes for every message, alarm and watched request); now it runs when the browser starts, at install or
// update, on its daily alarm and when the preferences are saved. The whole worker is loaded here, on the fake
// browser, with only the pruning itself replaced.

const pruned = vi.hoisted(() => [] as number[])
vi.mock('../../../../src/background/store/maintenance.ts', async (original) => ({
  ...(await original<object>()),
  pruneExpiredData: async (now: number) => {
    pruned.push(now)
    return { devices: 0, events: 0 }
  },
}))

/** An event the fake browser leaves unimplemented: the worker only registers its listener. */
const inertEvent = () => ({ addListener: () => undefined, removeListener: () => undefined })

/** Starts the service worker's module as a wake does. */
async function wake(): Promise<void> {
  vi.stubGlobal('__LOCAL_FLAVOUR__', true)
  vi.stubGlobal('__BROWSER__', 'chrome')
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1.0.0',
  })
  for (const api of Object.values(fakeBrowser as unknown as Record<string, Record<string, unknown>>)) {
    if (typeof api !== 'object' || api === null) continue
    for (const [name, value] of Object.entries(api)) {
      const event = value as {
        addListener?: (l: () => void) => void
        removeListener?: (l: () => void) => void
      }
      if (typeof event?.addListener !== 'function') continue
      const probe = () => undefined
      try {
        event.addListener(probe)
        event.removeListener?.(probe)
      } catch {
        api[name] = inertEvent()
      }
    }
  }
  vi.resetModules()
  await import('../../../../src/background/index.ts')
}

/** A request from the options page, as the protocol sends it; resolves with the worker's answer. */
function ask(name: string, params: unknown): Promise<unknown> {
  const message = { source: PROTOCOL_SOURCE, name, params, requestId: crypto.randomUUID() }
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/src/options/index.html') }
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve))
}

beforeEach(() => {
  pruned.length = 0
})

it('a wake, a message or another alarm prunes nothing', async () => {
  await wake()
  expect(await ask('ping', undefined)).toMatchObject({ ok: true })
  await fakeBrowser.alarms.onAlarm.trigger({
    name: 'session-warning',
    scheduledTime: 0,
    persistAcrossSessions: true,
  })
  expect(pruned).toEqual([])
})

it.each([
  ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
  ['the extension is installed', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' })],
  [
    'the extension is updated',
    () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' }),
  ],
])('prunes once and sets the daily alarm when %s', async (_when, fire) => {
  await wake()
  const before = pruned.length
  await fire()
  expect(pruned.length - before).toBe(1)
  expect((await fakeBrowser.alarms.get(PRUNE_ALARM))?.periodInMinutes).toBe(24 * 60)
})

it('prunes once when its alarm fires', async () => {
  await wake()
  const before = pruned.length
  await fakeBrowser.alarms.onAlarm.trigger({
    name: PRUNE_ALARM,
    scheduledTime: 0,
    periodInMinutes: 1440,
    persistAcrossSessions: true,
  })
  expect(pruned.length - before).toBe(1)
})

it('prunes once when the preferences are saved (a shorter history takes effect at once)', async () => {
  await wake()
  const before = pruned.length
  expect(await ask('setPreferences', { historyRetentionDays: 7 })).toMatchObject({
    ok: true,
    result: { historyRetentionDays: 7 },
  })
  expect(pruned.length - before).toBe(1)
})

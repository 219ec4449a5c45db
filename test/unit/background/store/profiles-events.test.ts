import { fakeBrowser } from '@webext-core/fake-browser'
import { describe, expect, it } from 'vitest'
import { findTrustedDevice, recordTrustedDevice } from '../../../../src/background/store/devices.ts'
import { appendEvent, listEvents } from '../../../../src/background/store/events.ts'
import { deleteAllData, pruneExpiredData } from '../../../../src/background/store/maintenance.ts'
import { savePreferences } from '../../../../src/background/store/preferences.ts'
import {
  createProfile,
  deleteProfile,
  getActiveProfile,
  getActiveProfileId,
  listProfiles,
  setActiveProfileId,
  updateProfile,
} from '../../../../src/background/store/profiles.ts'
import type { HistoryEventInput } from '../../../../src/shared/history.ts'
import { DEFAULT_PREFERENCES } from '../../../../src/shared/preferences.ts'
import { DAY_MS } from '../../../../src/shared/profiles/devices.ts'
import { localSandboxInput } from '../../profiles/arbitraries.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

useFreshDatabase()

const now = Date.UTC(2026, 3, 1)

describe('profiles in the store', () => {
  it('are created with new ids, updated in place, and listed by name', async () => {
    const b = await createProfile({ ...localSandboxInput, name: 'B' }, now)
    const a = await createProfile({ ...localSandboxInput, name: 'A' }, now)
    expect(a.id).not.toBe(b.id)
    const updated = await updateProfile(b.id, { ...localSandboxInput, name: 'C' }, now + 1)
    expect(updated).toEqual({ ...localSandboxInput, name: 'C', id: b.id, createdAt: now, updatedAt: now + 1 })
    expect((await listProfiles()).map((p) => p.name)).toEqual(['A', 'C'])
    expect(await updateProfile('missing', localSandboxInput, now)).toBeUndefined()
  })

  it('have one active profile; deleting it clears the choice and its devices', async () => {
    const p = await createProfile(localSandboxInput, now)
    expect(await getActiveProfile()).toBeUndefined()
    await setActiveProfileId(p.id)
    expect(await getActiveProfile()).toEqual(p)
    await recordTrustedDevice({
      profileId: p.id,
      api: 'v3',
      rememberId: 'r',
      device: 'd',
      machineName: 'm',
      issuedAt: now,
    })
    expect(await deleteProfile(p.id)).toBe(true)
    expect(await getActiveProfileId()).toBeNull()
    expect(await findTrustedDevice(p.id, 'v3', now)).toBeUndefined()
    expect(await deleteProfile(p.id)).toBe(false)
  })
})

describe('event history', () => {
  it('keeps only known fields and real BILL codes, newest first', async () => {
    await appendEvent({ kind: 'sign-in', at: now, profileId: 'p1', api: 'v3' })
    await appendEvent({
      kind: 'sign-in-failed',
      at: now + 1,
      profileId: 'p2',
      api: 'v2',
      errorKind: 'invalid-credentials',
      billCode: 'BDC_1101',
      password: 'hunter2',
    } as HistoryEventInput)
    await appendEvent({
      kind: 'mfa-failed',
      at: now + 2,
      profileId: 'p1',
      api: 'v3',
      billCode: 'sessionId=abc',
    })
    const events = await listEvents()
    expect(events.map((e) => e.kind)).toEqual(['mfa-failed', 'sign-in-failed', 'sign-in'])
    expect(events[0]).not.toHaveProperty('billCode')
    expect(events[1]).toEqual({
      id: expect.any(Number),
      kind: 'sign-in-failed',
      at: now + 1,
      profileId: 'p2',
      api: 'v2',
      errorKind: 'invalid-credentials',
      billCode: 'BDC_1101',
    })
    expect(await listEvents({ profileId: 'p1', limit: 1 })).toMatchObject([{ kind: 'mfa-failed' }])
  })

  it('forgets events past the retention period and expired devices on pruning', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, historyRetentionDays: 7 })
    await appendEvent({ kind: 'sign-in', at: now - 8 * DAY_MS, profileId: null, api: null })
    await appendEvent({ kind: 'sign-out', at: now - 6 * DAY_MS, profileId: null, api: null })
    await recordTrustedDevice({
      profileId: 'p',
      api: 'v3',
      rememberId: 'r',
      device: 'd',
      machineName: 'm',
      issuedAt: now - 40 * DAY_MS,
    })
    expect(await pruneExpiredData(now)).toEqual({ devices: 1, events: 1 })
    expect((await listEvents()).map((e) => e.kind)).toEqual(['sign-out'])
  })
})

describe('deleteAllData', () => {
  it('empties the database, storage.local and storage.session', async () => {
    await createProfile(localSandboxInput, now)
    await appendEvent({ kind: 'sign-in', at: now, profileId: null, api: null })
    await setActiveProfileId('x')
    await fakeBrowser.storage.session.set({ session: { sessionId: 'secret' } })
    await deleteAllData()
    expect(await listProfiles()).toEqual([])
    expect(await listEvents()).toEqual([])
    // Only the summary that tells the popup "no profiles" (written again after the wipe).
    expect(await fakeBrowser.storage.local.get()).toEqual({ profilesSummary: { profiles: [], hosts: [] } })
    expect(await fakeBrowser.storage.session.get()).toEqual({})
  })
})

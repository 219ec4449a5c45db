import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { db } from '../../../../src/background/store/database.ts'
import { findTrustedDevice, listTrustedDevices } from '../../../../src/background/store/devices.ts'
import { appendEvent, listEvents } from '../../../../src/background/store/events.ts'
import { getProfile } from '../../../../src/background/store/profiles.ts'
import { DB_NAME, DB_VERSION } from '../../../../src/background/store/schema.ts'
import { DAY_MS } from '../../../../src/shared/profiles/devices.ts'
import { localSandboxInput } from '../../profiles/arbitraries.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

useFreshDatabase()

const now = Date.UTC(2026, 3, 1)
const profile = { ...localSandboxInput, id: 'p1', createdAt: now, updatedAt: now }
const device = {
  id: 'd1',
  profileId: 'p1',
  api: 'v3' as const,
  rememberId: 'remember-1',
  device: 'BILL Sandbox Companion',
  machineName: 'BILL Sandbox Companion on Chrome',
  issuedAt: now - DAY_MS,
  expiresAt: now + 29 * DAY_MS,
}

// Version 1 exactly as it shipped, written out here rather than imported, so that later edits to the current
// schema code cannot change what "a v1 database" means.
async function createVersion1Database(): Promise<void> {
  const v1 = await openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('profiles', { keyPath: 'id' })
      database.createObjectStore('devices', { keyPath: 'id' }).createIndex('by-profile', 'profileId')
    },
  })
  await v1.put('profiles', profile)
  await v1.put('devices', device)
  v1.close()
}

describe('database upgrades', () => {
  it('is at version 2', () => {
    expect(DB_VERSION).toBe(2)
  })

  it('creates the current schema in an empty browser', async () => {
    const database = await db()
    expect([...database.objectStoreNames].sort()).toEqual(['devices', 'events', 'profiles'])
    expect([...database.transaction('devices').store.indexNames].sort()).toEqual(['by-expiry', 'by-profile'])
    expect([...database.transaction('events').store.indexNames]).toEqual(['by-at'])
  })

  it('upgrades a v1 database: profiles and devices survive, events and the expiry index work', async () => {
    await createVersion1Database()
    expect(await getProfile('p1')).toEqual(profile)
    expect(await findTrustedDevice('p1', 'v3', now)).toEqual(device)
    expect(await listTrustedDevices(now)).toEqual([device])
    await appendEvent({ kind: 'sign-in', at: now, profileId: 'p1', api: 'v3' })
    expect(await listEvents()).toMatchObject([{ kind: 'sign-in', profileId: 'p1' }])
    expect((await db()).version).toBe(DB_VERSION)
  })
})

import { fakeBrowser } from '@webext-core/fake-browser'
import { openDB } from 'idb'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../../../src/background/store/database.ts'
import { DB_NAME, DB_VERSION } from '../../../../src/background/store/schema.ts'
import { upgradeStore } from '../../../../src/background/store/upgrade.ts'
import { PROFILES_SUMMARY_KEY, readProfilesSummary } from '../../../../src/shared/profiles/summary.ts'
import { localSandboxInput } from '../../profiles/arbitraries.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

// runtime.onInstalled: an update upgrades an older release's database at once and records that it did; a fresh
// install records no upgrade. Both leave the profiles summary the popup paints from.

useFreshDatabase()
beforeEach(() => fakeBrowser.reset())

const now = Date.UTC(2026, 11, 7)
const profile = { ...localSandboxInput, id: 'p1', name: 'Kept', createdAt: now, updatedAt: now }
const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key]

/** Version 1 as it shipped, without a profiles summary (older releases wrote none). */
async function olderReleaseDatabase(): Promise<void> {
  const v1 = await openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('profiles', { keyPath: 'id' })
      database.createObjectStore('devices', { keyPath: 'id' }).createIndex('by-profile', 'profileId')
    },
  })
  await v1.put('profiles', profile)
  v1.close()
}

it('an update upgrades the database, writes the summary and records the upgrade', async () => {
  await olderReleaseDatabase()
  await upgradeStore({ reason: 'update', previousVersion: '0.1.0' }, '0.1.1', now)
  expect(await local('storeUpgrade')).toEqual({ from: '0.1.0', to: '0.1.1', schema: DB_VERSION, at: now })
  expect([...(await db()).transaction('devices').store.indexNames].sort()).toEqual([
    'by-expiry',
    'by-profile',
  ])
  expect(readProfilesSummary(await local(PROFILES_SUMMARY_KEY))?.profiles.map((p) => p.name)).toEqual([
    'Kept',
  ])
})

it('a fresh install records no upgrade, and writes the empty summary', async () => {
  await upgradeStore({ reason: 'install' }, '0.1.1', now)
  expect(await local('storeUpgrade')).toBeUndefined()
  expect(readProfilesSummary(await local(PROFILES_SUMMARY_KEY))?.profiles).toEqual([])
})

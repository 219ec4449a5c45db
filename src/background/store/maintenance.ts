import { DAY_MS } from '../../shared/profiles/devices.ts'
import { PROFILES_SUMMARY_KEY, profilesSummary } from '../../shared/profiles/summary.ts'
import { deleteDatabase } from './database.ts'
import { pruneExpiredDevices } from './devices.ts'
import { pruneEventsBefore } from './events.ts'
import { clearExtensionStorage, writeLocal } from './local-storage.ts'
import { getPreferences } from './preferences.ts'

/** Drops expired trusted devices and events past the retention period (when: prune-triggers.ts). */
export async function pruneExpiredData(now: number): Promise<{ devices: number; events: number }> {
  const { historyRetentionDays } = await getPreferences()
  const devices = await pruneExpiredDevices(now)
  const events = await pruneEventsBefore(now - historyRetentionDays * DAY_MS)
  return { devices, events }
}

/** Everything the extension stored: the database, storage.local and storage.session. */
export async function deleteAllData(): Promise<void> {
  await deleteDatabase()
  await clearExtensionStorage()
  // "No profiles" is a summary too: without one the popup would wait for the worker.
  await writeLocal(PROFILES_SUMMARY_KEY, profilesSummary([]))
}

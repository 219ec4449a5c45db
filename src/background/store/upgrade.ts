import { db } from './database.ts'
import { writeLocal } from './local-storage.ts'
import { writeProfilesSummary } from './profiles.ts'

/** What the last update ran (kept in storage.local; releases before issue 24 wrote none). */
export interface StoreUpgrade {
  /** The version updated from (runtime.onInstalled's previousVersion). */
  from: string
  to: string
  /** The database version after the upgrade (schema.ts). */
  schema: number
  at: number
}

export interface InstallDetails {
  reason: string
  previousVersion?: string
}

/**
 * runtime.onInstalled. Opening the database runs every schema step above the version the older release left
 * (schema.ts), so an update upgrades the store before anyone asks for it; the profiles summary is written from
 * the profiles found (an older release wrote none). An update records what it ran.
 */
export async function upgradeStore(details: InstallDetails, version: string, now: number): Promise<void> {
  const database = await db()
  await writeProfilesSummary()
  if (details.reason !== 'update') return
  await writeLocal('storeUpgrade', {
    from: details.previousVersion ?? 'unknown',
    to: version,
    schema: database.version,
    at: now,
  })
}

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import type { HistoryEvent } from '../../shared/history.ts'
import type { TrustedDevice } from '../../shared/profiles/devices.ts'
import type { Profile } from '../../shared/profiles/types.ts'

export const DB_NAME = 'bill-companion'

/**
 * Schema history. Each version only adds; an upgrade runs every step above the old version, so a database of
 * any earlier version reaches the current one with its data intact.
 * - v1: `profiles` (key id); `devices` (key id, index by-profile).
 * - v2: `events` (auto-increment id, index by-at); `devices` index by-expiry, for pruning.
 */
export const DB_VERSION = 2

export interface CompanionDB extends DBSchema {
  profiles: { key: string; value: Profile }
  devices: { key: string; value: TrustedDevice; indexes: { 'by-profile': string; 'by-expiry': number } }
  events: { key: number; value: HistoryEvent; indexes: { 'by-at': number } }
}

type UpgradeTx = IDBPTransaction<CompanionDB, StoreNames<CompanionDB>[], 'versionchange'>

const STEPS: Record<number, (db: IDBPDatabase<CompanionDB>, tx: UpgradeTx) => void> = {
  1: (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' })
    db.createObjectStore('devices', { keyPath: 'id' }).createIndex('by-profile', 'profileId')
  },
  2: (db, tx) => {
    db.createObjectStore('events', { keyPath: 'id', autoIncrement: true }).createIndex('by-at', 'at')
    tx.objectStore('devices').createIndex('by-expiry', 'expiresAt')
  },
}

export function upgrade(db: IDBPDatabase<CompanionDB>, oldVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion + 1; version <= DB_VERSION; version++) STEPS[version]?.(db, tx)
}

import { deleteDB, type IDBPDatabase, openDB } from 'idb'
import { type CompanionDB, DB_NAME, DB_VERSION, upgrade } from './schema.ts'

// One connection per background wake, opened on first use.
let connection: Promise<IDBPDatabase<CompanionDB>> | undefined

export function db(): Promise<IDBPDatabase<CompanionDB>> {
  connection ??= openDB<CompanionDB>(DB_NAME, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
    // Another context wants a newer version or to delete the database: let go, reopen on next use.
    blocking: () => void closeDatabase(),
    terminated: () => {
      connection = undefined
    },
  })
  return connection
}

export async function closeDatabase(): Promise<void> {
  const open = connection
  connection = undefined
  if (open) (await open.catch(() => undefined))?.close()
}

/** Closes our connection first: deleteDB waits for every open connection. */
export async function deleteDatabase(): Promise<void> {
  await closeDatabase()
  await deleteDB(DB_NAME)
}

import { IDBFactory } from 'fake-indexeddb'
import { beforeEach } from 'vitest'
import { closeDatabase } from '../../../src/background/store/database.ts'

/** Each test gets an empty IndexedDB and a store connection opened on first use. */
export function useFreshDatabase(): void {
  beforeEach(async () => {
    await closeDatabase()
    globalThis.indexedDB = new IDBFactory()
  })
}

import type { FlaggedList } from '../../shared/protocol/traffic.ts'
import { normalizeList } from './flagged-list.ts'

// storage.session: kept while the browser runs (across worker restarts), gone when it restarts.
const KEY = 'traffic.flagged'

export interface FlaggedStore {
  read(): Promise<FlaggedList>
  /** Read-modify-write under one queue: webRequest events arrive together, none may lose another's change. */
  update(change: (list: FlaggedList) => FlaggedList): Promise<FlaggedList>
}

export function createFlaggedStore(area: chrome.storage.StorageArea = chrome.storage.session): FlaggedStore {
  let queue: Promise<unknown> = Promise.resolve()
  const read = async () => normalizeList((await area.get(KEY))[KEY])
  return {
    read,
    update(change) {
      const next = queue.then(async () => {
        const list = change(await read())
        await area.set({ [KEY]: list })
        return list
      })
      queue = next.catch(() => undefined)
      return next
    },
  }
}

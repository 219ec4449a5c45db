import type { FlaggedList, FlaggedRequest } from '../../shared/protocol/traffic.ts'
import { addFlagged, normalizeList } from './flagged-list.ts'
import { coalesced, serialQueue } from './serial.ts'

// storage.local, not storage.session: whatever pages send, the findings never take the room of the session
// record (storage.session's 10 MB quota is the session's alone). Emptied when the browser starts (index.ts).
const KEY = 'traffic.flagged'
/** Findings waiting for the next write: more than a list's worth can never be kept anyway. */
const PENDING_MAX = 200

export interface FlaggedStore {
  read(): Promise<FlaggedList>
  /** Read-modify-write under one queue: webRequest events arrive together, none may lose another's change. */
  update(change: (list: FlaggedList) => FlaggedList): Promise<FlaggedList>
  /** Adds findings: the ones that arrive while a write waits are added by that same write. */
  add(found: readonly FlaggedRequest[]): Promise<FlaggedList>
}

export function createFlaggedStore(area: chrome.storage.StorageArea = chrome.storage.local): FlaggedStore {
  const run = serialQueue()
  const read = async () => normalizeList((await area.get(KEY))[KEY])
  const write = async (change: (list: FlaggedList) => FlaggedList) => {
    const list = change(await read())
    await area.set({ [KEY]: list })
    return list
  }
  let pending: FlaggedRequest[] = []
  const flush = coalesced(run, () => {
    const batch = pending
    pending = []
    return write((list) => addFlagged(list, batch))
  })
  return {
    read,
    update: (change) => run(() => write(change)),
    add(found) {
      // One URL can carry 100,000 credentials in its query: no spreading them as arguments.
      pending = pending.concat(found)
      if (pending.length > PENDING_MAX) pending = pending.slice(-PENDING_MAX)
      return flush()
    },
  }
}

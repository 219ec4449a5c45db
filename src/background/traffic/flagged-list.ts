import {
  FLAGGED_LIMIT,
  FLAGGED_MAX_BYTES,
  type FlaggedList,
  type FlaggedRequest,
} from '../../shared/protocol/traffic.ts'
import { utf8Length } from '../../shared/text/utf8-length.ts'

// The list the popup shows, as kept in storage. Pure: the store applies these under one queue.

export const EMPTY_LIST: FlaggedList = { items: [], unseen: 0 }

/** Room for the list's own JSON around the items. */
const LIST_OVERHEAD = 64

/** The newest items that fit both caps: FLAGGED_LIMIT items and FLAGGED_MAX_BYTES of JSON. */
function capped(items: readonly FlaggedRequest[]): FlaggedRequest[] {
  const kept: FlaggedRequest[] = []
  let bytes = LIST_OVERHEAD
  for (const item of items) {
    if (kept.length === FLAGGED_LIMIT) break
    bytes += utf8Length(JSON.stringify(item)) + 1
    if (bytes > FLAGGED_MAX_BYTES) break
    kept.push(item)
  }
  return kept
}

/** Reads whatever was stored; anything unexpected counts as an empty list. */
export function normalizeList(raw: unknown): FlaggedList {
  const r = raw as Partial<FlaggedList> | undefined
  if (!r || !Array.isArray(r.items)) return EMPTY_LIST
  const items = capped(r.items.slice(0, FLAGGED_LIMIT))
  const unseen = typeof r.unseen === 'number' && r.unseen >= 0 ? Math.min(r.unseen, items.length) : 0
  return { items, unseen }
}

/** Adds new findings on top (newest first), within the caps; each one is unseen. */
export function addFlagged(list: FlaggedList, found: readonly FlaggedRequest[]): FlaggedList {
  if (found.length === 0) return list
  // A stable sort: findings of one request keep the rules' order.
  const items = capped([...found, ...list.items].sort((a, b) => b.time - a.time))
  return { items, unseen: Math.min(list.unseen + found.length, items.length) }
}

export const markSeen = (list: FlaggedList): FlaggedList => ({ ...list, unseen: 0 })

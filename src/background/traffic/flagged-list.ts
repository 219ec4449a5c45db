import { FLAGGED_LIMIT, type FlaggedList, type FlaggedRequest } from '../../shared/protocol/traffic.ts'

// The list the popup shows, as kept in storage.session. Pure: the store applies these under one queue.

export const EMPTY_LIST: FlaggedList = { items: [], unseen: 0 }

/** Reads whatever was stored; anything unexpected counts as an empty list. */
export function normalizeList(raw: unknown): FlaggedList {
  const r = raw as Partial<FlaggedList> | undefined
  if (!r || !Array.isArray(r.items)) return EMPTY_LIST
  const items = r.items.slice(0, FLAGGED_LIMIT)
  const unseen = typeof r.unseen === 'number' && r.unseen >= 0 ? Math.min(r.unseen, items.length) : 0
  return { items, unseen }
}

/** Adds new findings on top (newest first), keeps at most FLAGGED_LIMIT; each one is unseen. */
export function addFlagged(list: FlaggedList, found: readonly FlaggedRequest[]): FlaggedList {
  if (found.length === 0) return list
  // A stable sort: findings of one request keep the rules' order.
  const items = [...found, ...list.items].sort((a, b) => b.time - a.time).slice(0, FLAGGED_LIMIT)
  return { items, unseen: Math.min(list.unseen + found.length, items.length) }
}

export const markSeen = (list: FlaggedList): FlaggedList => ({ ...list, unseen: 0 })

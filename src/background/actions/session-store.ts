import type { ActionEntry, ActionStore } from './ledger.ts'

// Actions live in storage.session (memory only, like the session record): they outlive a stopped worker, not
// the browser. One key per action, so two actions never rewrite each other's entry.
const PREFIX = 'action:'

type Area = Pick<chrome.storage.StorageArea, 'get' | 'set' | 'remove'>

export function storageActionStore(area: Area): ActionStore {
  return {
    async load(requestId) {
      const key = PREFIX + requestId
      return (await area.get(key))[key] as ActionEntry | undefined
    },
    async save(requestId, entry) {
      await area.set({ [PREFIX + requestId]: entry })
    },
    async prune(before) {
      const all = (await area.get(null)) as Record<string, Partial<ActionEntry>>
      const old = Object.keys(all).filter((k) => k.startsWith(PREFIX) && (all[k]?.startedAt ?? 0) < before)
      if (old.length > 0) await area.remove(old)
    },
  }
}

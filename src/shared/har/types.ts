import type { Har } from 'har-format'

// HAR 1.2 is typed by @types/har-format. Files in the wild omit fields the spec calls required, so
// readers take each entry as `unknown` and check every field they use (normalize.ts).

/** A parsed HAR document: its entries are still to be checked one by one. */
export type HarLog = Har

/** True for a parsed JSON document that has HAR's log.entries array. */
export function isHar(doc: unknown): doc is Har {
  if (typeof doc !== 'object' || doc === null) return false
  const log = (doc as { log?: unknown }).log
  return typeof log === 'object' && log !== null && Array.isArray((log as { entries?: unknown }).entries)
}

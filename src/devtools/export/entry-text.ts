import type { Entry } from 'har-format'
import { decodeContentText } from '../../shared/har/content-text.ts'
import { type KnownSecrets, redactHarEntry } from '../../shared/redact/index.ts'

// "Export HAR" writes each row as redacted text. Most of that work (reading every string by name and by
// value) is done once per row, ahead of the export, while the panel is idle (export-warmup.ts): the export
// then reuses the text unless a secret learned since shows up in the row.

// Entries sit three levels deep in the document: JSON.stringify writes one at that depth inside the same
// wrapper, and the wrapper is cut off (re-indenting each entry's lines cost six times the stringify).
const WRAPPER_HEAD = '{\n  "log": {\n    "entries": [\n'
const WRAPPER_TAIL = '\n    ]\n  }\n}'

/** The entry as the HAR document writes it, at its depth. */
export const indentedEntry = (entry: Entry) => {
  const text = JSON.stringify({ log: { entries: [entry] } }, null, 2)
  return text.slice(WRAPPER_HEAD.length, text.length - WRAPPER_TAIL.length)
}

interface Written {
  /** The set the text was redacted with (the row's own secrets included). */
  known: KnownSecrets
  text: string
}

// Entries are read-only once captured; a row dropped from the capture drops its text.
const written = new WeakMap<Entry, Written>()

/**
 * Rows whose text is kept for the next export: the live capture's ring. A bigger HAR file's text would
 * double the page's memory for as long as the file is open, so its rows are written and let go.
 */
export const MAX_KEPT_ROWS = 10_000

/** Whether any string the redaction reads in the entry holds a value `known` learned at `from` or later. */
function holdsLearnedFrom(entry: Entry, known: KnownSecrets, from: number): boolean {
  const holds = (value: unknown): boolean => {
    if (typeof value === 'string') return known.holdsLearnedFrom(value, from)
    if (typeof value !== 'object' || value === null) return false
    // for…in: no array of members per object (this walks every member of every row).
    for (const key in value) if (holds((value as Record<string, unknown>)[key])) return true
    return false
  }
  // Base64 content is redacted (and exported) decoded.
  const { text, encoding } = entry.response.content
  return holds(entry) || (encoding !== undefined && holds(decodeContentText(text, encoding)))
}

/**
 * The entry redacted with `known` (which holds the entry's own secrets), as `indentedEntry` writes it. Text
 * written before with an earlier stage of `known` is still right when the row holds none of the values
 * learned since: redaction by value only finds what is in the text.
 */
export function redactedEntryText(entry: Entry, known: KnownSecrets, keep = true): string {
  const before = written.get(entry)
  if (before) {
    if (before.known === known) return before.text
    const from = known.knownBy(before.known)
    if (from !== undefined && !holdsLearnedFrom(entry, known, from)) {
      before.known = known
      return before.text
    }
  }
  const text = indentedEntry(redactHarEntry(entry, known))
  if (keep) written.set(entry, { known, text })
  return text
}

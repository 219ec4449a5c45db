import type { Entry } from 'har-format'
import { collectSecrets, type KnownSecrets, NO_SECRETS } from '../../shared/redact/index.ts'
import { indentedEntry, MAX_KEPT_ROWS, redactedEntryText } from './entry-text.ts'
import { harDocument } from './har.ts'
import type { Privacy } from './prepare.ts'
import { type SliceOptions, slicer } from './slices.ts'
import { Utf8Parts } from './utf8-parts.ts'

// A big capture is exported in slices, each row written as redacted text (entry-text.ts); the page gets the
// thread back between slices.

export interface ExportProgress {
  done: number
  total: number
}

export interface ExportOptions extends SliceOptions {
  /** Called between slices with how far the export got. */
  onProgress?(progress: ExportProgress): void
}

/**
 * The HAR export as a Blob: the same text as `JSON.stringify(harDocument(...), null, 2)` and a newline,
 * built slice by slice (each row's text encoded as it is written, so no task encodes the whole file).
 * Redacted, what any entry reveals is masked in all of them, as in harDocument.
 */
export async function harBlob(
  entries: readonly Entry[],
  privacy: Privacy,
  version: string,
  known: KnownSecrets = NO_SECRETS,
  options: ExportOptions = {},
): Promise<Blob> {
  const slice = slicer(options)
  const revealed: string[] = []
  if (privacy === 'redacted')
    for (const entry of entries) {
      revealed.push(...collectSecrets(entry))
      if (slice.due()) await slice.next()
    }
  const all = known.with(revealed)
  await all.prepare(slice.pause)
  // The document around its entries, written by JSON.stringify itself: it ends in `"entries": []\n  }\n}`.
  const empty = JSON.stringify(harDocument([], privacy, version), null, 2)
  const out = new Utf8Parts()
  out.add(empty.slice(0, empty.lastIndexOf('[]') + 1))
  const total = entries.length
  // A big file's rows are written and let go: keeping their text would double the page's memory.
  const keep = total <= MAX_KEPT_ROWS
  for (let i = 0; i < total; i++) {
    const entry = entries[i] as Entry
    out.add(i === 0 ? '\n' : ',\n')
    out.add(privacy === 'raw' ? indentedEntry(entry) : redactedEntryText(entry, all, keep))
    if (i + 1 < total && slice.due()) {
      options.onProgress?.({ done: i + 1, total })
      await slice.next()
    }
  }
  out.add(`${total > 0 ? '\n    ' : ''}]\n  }\n}\n`)
  options.onProgress?.({ done: total, total })
  return out.blob('application/json')
}

import type { Entry } from 'har-format'
import { collectSecrets, type KnownSecrets, NO_SECRETS } from '../../shared/redact/index.ts'
import { indentedEntry, redactedEntryText } from './entry-text.ts'
import { harDocument } from './har.ts'
import type { Privacy } from './prepare.ts'
import { type SliceOptions, slicer } from './slices.ts'

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

const PART_CHARS = 1 << 20

/**
 * The HAR export as a Blob: the same text as `JSON.stringify(harDocument(...), null, 2)` and a newline,
 * built slice by slice (one Blob per slice, so no single task encodes the whole file). Redacted, what any
 * entry reveals is masked in all of them, as in harDocument.
 */
export async function harBlob(
  entries: readonly Entry[],
  privacy: Privacy,
  version: string,
  known: KnownSecrets = NO_SECRETS,
  options: ExportOptions = {},
): Promise<Blob> {
  const pause = slicer(options)
  const revealed: string[] = []
  if (privacy === 'redacted')
    for (const entry of entries) {
      revealed.push(...collectSecrets(entry))
      await pause()
    }
  const all = known.with(revealed)
  await all.prepare(() => pause())
  // The document around its entries, written by JSON.stringify itself: it ends in `"entries": []\n  }\n}`.
  const empty = JSON.stringify(harDocument([], privacy, version), null, 2)
  const parts: Blob[] = []
  let part = [empty.slice(0, empty.lastIndexOf('[]') + 1)]
  let partChars = 0
  // One string per Blob part: a Blob of thousands of small parts encodes each on its own. Parts are also
  // bounded in size: rows written ahead cost little, and encoding a slice's worth of them at once did not.
  const endPart = () => {
    parts.push(new Blob([part.join('')]))
    part = []
    partChars = 0
  }
  const total = entries.length
  for (let i = 0; i < total; i++) {
    const entry = entries[i] as Entry
    const text = privacy === 'raw' ? indentedEntry(entry) : redactedEntryText(entry, all)
    part.push(i === 0 ? '\n' : ',\n', text)
    partChars += text.length
    if (partChars >= PART_CHARS) endPart()
    if (i + 1 < total)
      await pause(() => {
        endPart()
        options.onProgress?.({ done: i + 1, total })
      })
  }
  part.push(`${total > 0 ? '\n    ' : ''}]\n  }\n}\n`)
  endPart()
  options.onProgress?.({ done: total, total })
  return new Blob(parts, { type: 'application/json' })
}

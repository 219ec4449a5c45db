import type { Entry } from 'har-format'
import { collectSecrets, type KnownSecrets, NO_SECRETS } from '../../shared/redact/index.ts'
import { harDocument } from './har.ts'
import { type Privacy, prepareEntry } from './prepare.ts'

// A big capture is exported in slices: each entry is redacted and written on its own, and the page gets the
// thread back between slices (10,000 rows in one task froze the panel for a minute; issue 19).

export interface ExportProgress {
  done: number
  total: number
}

export interface SliceOptions {
  /** Called between slices with how far the export got. */
  onProgress?(progress: ExportProgress): void
  /** Gives the thread back (the panel: the next task); resolves when the next slice may run. */
  nextSlice?(): Promise<void>
  /** How long one slice may work before it yields (the longest task is about this plus one entry). */
  budgetMs?: number
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** A function to call after each step: it yields once the slice has worked for its budget. */
function slicer({ nextSlice = nextTask, budgetMs = 40 }: SliceOptions) {
  let started = performance.now()
  return async (beforeYield?: () => void) => {
    if (performance.now() - started < budgetMs) return
    beforeYield?.()
    await nextSlice()
    started = performance.now()
  }
}

// Entries sit three levels deep in the document: JSON.stringify writes one at that depth inside the same
// wrapper, and the wrapper is cut off (re-indenting each entry's lines cost six times the stringify).
const WRAPPER_HEAD = '{\n  "log": {\n    "entries": [\n'
const WRAPPER_TAIL = '\n    ]\n  }\n}'
const indented = (entry: Entry) => {
  const text = JSON.stringify({ log: { entries: [entry] } }, null, 2)
  return text.slice(WRAPPER_HEAD.length, text.length - WRAPPER_TAIL.length)
}

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
  options: SliceOptions = {},
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
  const slices: Blob[] = []
  let slice = [empty.slice(0, empty.lastIndexOf('[]') + 1)]
  const total = entries.length
  for (let i = 0; i < total; i++) {
    slice.push(`${i === 0 ? '\n' : ',\n'}${indented(prepareEntry(entries[i] as Entry, privacy, all))}`)
    if (i + 1 < total)
      await pause(() => {
        // One string per Blob: a Blob of thousands of small parts encodes each on its own.
        slices.push(new Blob([slice.join('')]))
        slice = []
        options.onProgress?.({ done: i + 1, total })
      })
  }
  slice.push(`${total > 0 ? '\n    ' : ''}]\n  }\n}\n`)
  slices.push(new Blob([slice.join('')]))
  options.onProgress?.({ done: total, total })
  return new Blob(slices, { type: 'application/json' })
}

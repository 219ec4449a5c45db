import type { Entry } from 'har-format'
import { useEffect } from 'preact/hooks'
import type { KnownSecrets } from '../../shared/redact/index.ts'
import { MAX_KEPT_ROWS, redactedEntryText } from './entry-text.ts'
import { type SliceOptions, slicer } from './slices.ts'

/**
 * Brings every row's redacted export text up to `known`, in slices: new rows are written, rows written with an
 * earlier stage of `known` are checked for the values learned since (and written again only if they hold
 * one), so that the export finds them all ready.
 */
export async function warmExport(
  entries: Iterable<Entry>,
  known: KnownSecrets,
  options: SliceOptions,
  stopped: () => boolean,
): Promise<void> {
  const slice = slicer(options)
  await known.prepare(slice.pause)
  for (const entry of entries) {
    if (stopped()) return
    redactedEntryText(entry, known)
    if (slice.due()) await slice.next()
  }
}

// Warming starts once the capture has been quiet this long: a burst of requests, each teaching a new session
// id, would otherwise build the search for a new set of secrets per request.
const QUIET_MS = 1000
const IDLE_BUDGET_MS = 20

const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0),
  )

/**
 * The rows' entries, each read when its turn comes: a HAR file's row parses its entry when first read
 * (har-file/file-capture.ts), so reading them all up front was one long task.
 */
function* entriesOf(rows: readonly { captured: { har: Entry } }[]): Generator<Entry> {
  for (const row of rows) yield row.captured.har
}

/** The rows' export text written ahead while the panel is idle (not for more than MAX_KEPT_ROWS rows). */
export function useExportWarmup(rows: readonly { captured: { har: Entry } }[], known: KnownSecrets): void {
  useEffect(() => {
    if (rows.length > MAX_KEPT_ROWS) return
    let stopped = false
    const timer = setTimeout(() => {
      void warmExport(entriesOf(rows), known, { nextSlice: idle, budgetMs: IDLE_BUDGET_MS }, () => stopped)
    }, QUIET_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [rows, known])
}

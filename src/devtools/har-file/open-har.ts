import { t } from '../../ui/i18n/t.ts'
import { withRequest } from '../capture/captured-request.ts'
import type { AnalyzedRequest } from '../panel/analyze.ts'
import { fileBytes, type HarFileEvent, harFileEvents, type SentRow } from './read-har.ts'
import { fromWire, type WireEvent } from './wire.ts'

/**
 * A row read on the page (no worker), made whole in place: the rules' view of its request, from its HAR
 * entry. The worker's rows arrive through fromWire instead, their entries parsed when read.
 */
export function arrivedRow(row: SentRow): AnalyzedRequest {
  withRequest(row.captured)
  return row as AnalyzedRequest
}

/** The page's events: rows made whole. */
function arrived(event: HarFileEvent): HarFileEvent<AnalyzedRequest> {
  if (event.type !== 'rows') return event
  for (const row of event.rows) arrivedRow(row)
  return event as HarFileEvent<AnalyzedRequest>
}

/** Reads a HAR file off the main thread; returns a function that stops reading. */
export function openHarFile(
  file: File,
  hosts: readonly string[],
  onEvent: (e: HarFileEvent<AnalyzedRequest>) => void,
): () => void {
  let worker: Worker | undefined
  try {
    worker = new Worker(new URL('./har-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return readInSlices(file, hosts, onEvent)
  }
  worker.onmessage = (event: MessageEvent<WireEvent>) => {
    onEvent(fromWire(event.data))
    if (event.data.type !== 'rows') worker?.terminate()
  }
  worker.onerror = (event) => {
    event.preventDefault()
    worker?.terminate()
    onEvent({
      type: 'error',
      message: t('harUnreadable', { name: file.name, reason: event.message || t('harReaderStopped') }),
    })
  }
  worker.postMessage({ file, hosts })
  return () => worker?.terminate()
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Where no worker starts: the same reading, one chunk per task so the page keeps answering. */
function readInSlices(
  file: File,
  hosts: readonly string[],
  onEvent: (e: HarFileEvent<AnalyzedRequest>) => void,
): () => void {
  let stopped = false
  void (async () => {
    const events = harFileEvents(await fileBytes(file), file.name, hosts)
    for (;;) {
      await nextTurn()
      if (stopped) return
      const next = events.next()
      if (next.done) return
      onEvent(arrived(next.value))
    }
  })().catch((error: unknown) =>
    onEvent({ type: 'error', message: t('harUnreadable', { name: file.name, reason: String(error) }) }),
  )
  return () => {
    stopped = true
  }
}

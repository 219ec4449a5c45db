import { readHar } from '../../shared/har/read.ts'
import { createAnalyzer } from '../panel/analyze.ts'
import { analyzeChunk, CHUNK, depthNotes, fileBytes, type HarFileEvent, readingOrder } from './read-har.ts'

/** Reads a HAR file off the main thread; returns a function that stops reading. */
export function openHarFile(
  file: File,
  hosts: readonly string[],
  onEvent: (e: HarFileEvent) => void,
): () => void {
  let worker: Worker | undefined
  try {
    worker = new Worker(new URL('./har-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return readInSlices(file, hosts, onEvent)
  }
  worker.onmessage = (event: MessageEvent<HarFileEvent>) => {
    onEvent(event.data)
    if (event.data.type !== 'rows') worker?.terminate()
  }
  worker.onerror = (event) => {
    event.preventDefault()
    worker?.terminate()
    onEvent({
      type: 'error',
      message: `${file.name} could not be read (${event.message || 'the reader stopped'}).`,
    })
  }
  worker.postMessage({ file, hosts })
  return () => worker?.terminate()
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Where no worker starts: the same reading, one chunk per task so the page keeps answering. */
function readInSlices(file: File, hosts: readonly string[], onEvent: (e: HarFileEvent) => void): () => void {
  let stopped = false
  void (async () => {
    const found = readHar(await fileBytes(file), file.name)
    if ('error' in found) return onEvent({ type: 'error', message: found.error })
    const analyze = createAnalyzer(hosts)
    const order = readingOrder(found.entries)
    let skipped = 0
    const deep: number[] = []
    for (let from = 0; from < found.entries.count && !stopped; from += CHUNK) {
      await nextTurn()
      const chunk = analyzeChunk(found.entries, order, from, analyze)
      skipped += chunk.skipped
      deep.push(...chunk.deep)
      const read = Math.min(found.entries.count, from + CHUNK)
      onEvent({ type: 'rows', rows: chunk.rows, read, total: found.entries.count })
    }
    const notes = depthNotes(deep)
    if (!stopped) onEvent({ type: 'done', total: found.entries.count, skipped, ...(notes ? { notes } : {}) })
  })().catch((error: unknown) =>
    onEvent({ type: 'error', message: `${file.name} could not be read (${String(error)}).` }),
  )
  return () => {
    stopped = true
  }
}

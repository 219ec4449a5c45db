import { isHar } from '../../shared/har/types.ts'
import { mayBeBill } from '../capture/bill-scope.ts'
import { captureEntry } from '../capture/captured-request.ts'
import type { ContentBody } from '../capture/content.ts'
import { type AnalyzedRequest, createAnalyzer } from '../panel/analyze.ts'

// Reading a HAR file (Chrome's or Firefox's export) into the panel's rows: parse, check, convert and
// analyze each entry once. Runs in a worker (har-worker.ts) so a large file never freezes the page; the
// same code runs in slices on the page where no worker can start.

/** What the reader reports, in order: rows in chunks, then done; or one error. */
export type HarFileEvent =
  | { type: 'rows'; rows: AnalyzedRequest[]; read: number; total: number }
  | { type: 'done'; total: number; skipped: number }
  | { type: 'error'; message: string }

// Small enough that the page takes each chunk (a structured clone and an append) within a frame or two.
export const CHUNK = 100

/** The entries of a HAR text, or one sentence naming the problem. */
export function harEntries(text: string, name: string): { entries: unknown[] } | { error: string } {
  if (text.trim() === '') return { error: `${name} is empty.` }
  let doc: unknown
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { error: `${name} is not valid JSON (${reason}), so it is no HAR file.` }
  }
  if (!isHar(doc)) return { error: `${name} is JSON but not a HAR file: it has no "log.entries" list.` }
  if (doc.log.entries.length === 0) return { error: `${name} holds no requests ("log.entries" is empty).` }
  return { entries: doc.log.entries }
}

interface LooseEntry {
  request?: { url?: unknown }
  response?: { content?: { text?: unknown; encoding?: unknown } }
}

/**
 * The response body a HAR file carries inline (either browser's shape), for requests that may be BILL's:
 * as in the live capture, other sites' bodies are not kept (most of a HAR's bytes, none of its findings).
 */
function inlineContent(entry: unknown): ContentBody | undefined {
  const { request, response } = (entry ?? {}) as LooseEntry
  const content = response?.content
  if (typeof content?.text !== 'string' || typeof request?.url !== 'string' || !mayBeBill(request.url))
    return undefined
  return typeof content.encoding === 'string' && content.encoding !== ''
    ? { text: content.text, encoding: content.encoding }
    : { text: content.text }
}

/** Converts and analyzes entries [from, from + CHUNK); rows are keyed by their place in the file. */
export function analyzeChunk(
  entries: readonly unknown[],
  from: number,
  analyze: ReturnType<typeof createAnalyzer>,
): { rows: AnalyzedRequest[]; skipped: number } {
  const rows: AnalyzedRequest[] = []
  let skipped = 0
  const end = Math.min(entries.length, from + CHUNK)
  for (let i = from; i < end; i++) {
    const entry = entries[i]
    const captured = captureEntry(entry, inlineContent(entry), i)
    if (!captured) skipped++
    else rows.push(analyze({ ...captured, key: `file:${i}` }))
  }
  return { rows, skipped }
}

/** The whole file as events; `emit` is called synchronously per chunk (the worker posts each one). */
export function readHarText(
  text: string,
  name: string,
  hosts: readonly string[],
  emit: (e: HarFileEvent) => void,
) {
  const found = harEntries(text, name)
  if ('error' in found) {
    emit({ type: 'error', message: found.error })
    return
  }
  const analyze = createAnalyzer(hosts)
  let skipped = 0
  for (let from = 0; from < found.entries.length; from += CHUNK) {
    const chunk = analyzeChunk(found.entries, from, analyze)
    skipped += chunk.skipped
    emit({
      type: 'rows',
      rows: chunk.rows,
      read: Math.min(found.entries.length, from + CHUNK),
      total: found.entries.length,
    })
  }
  emit({ type: 'done', total: found.entries.length, skipped })
}

const GZIP = [0x1f, 0x8b]

/** A file's text; gzip-compressed HAR files (.har.gz) are decompressed first. */
export async function fileText(file: Blob): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  if (head[0] !== GZIP[0] || head[1] !== GZIP[1]) return file.text()
  return new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).text()
}

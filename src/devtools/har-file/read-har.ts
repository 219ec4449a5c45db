import type { Entry } from 'har-format'
import type { HarEntries } from '../../shared/har/entries.ts'
import { readHar } from '../../shared/har/read.ts'
import type { NormalizedRequest } from '../../shared/har/request.ts'
import { startOrder } from '../../shared/har/start-order.ts'
import { MAX_JSON_DEPTH, nestsTooDeep } from '../../shared/json/tree.ts'
import {
  evaluateSequence,
  type SequenceFinding,
  type SequenceRequest,
  withHarTiming,
} from '../../shared/rules/index.ts'
import { t } from '../../ui/i18n/t.ts'
import { cannotBeBill, mayBeBill } from '../capture/bill-scope.ts'
import {
  type CapturedEntry,
  captureEntryOrRefuse,
  keptEntry,
  requestOf,
} from '../capture/captured-request.ts'
import type { ContentBody } from '../capture/content.ts'
import { createEvaluator, notBill, type Verdict } from '../panel/analyze.ts'

// Reading a HAR file (Chrome's or Firefox's export) into the panel's rows: the shared reader
// (src/shared/har/read.ts) locates the entries in the file's bytes, then each is parsed, converted and
// analyzed once, a chunk at a time, in start-time order. Runs in a worker (har-worker.ts) so a large file
// never freezes the page; the same code runs in slices on the page where no worker can start.

/**
 * A row as the reader makes it, without the rules' view of its request (built from its HAR entry when read).
 * From the worker only its summary and verdict cross, its entry as text beside it (wire.ts).
 */
export interface SentRow extends Verdict {
  captured: CapturedEntry
}

/** What the reader reports, in order: rows in chunks (in start-time order, byStartTime), then done; or one error. */
export type HarFileEvent<Row = SentRow> =
  | { type: 'rows'; rows: Row[]; read: number; total: number }
  /** `notes`: bodies read as plain text because they nest too deep (at most MAX_NOTES, then a count). */
  /** `sequence`: the sequence rules' findings over the whole file, by row index (rows in the order sent). */
  | { type: 'done'; total: number; skipped: number; sequence: SequenceFinding[]; notes?: string[] }
  | { type: 'error'; message: string }

/** The reader's events: a chunk also carries each row's entry as read from the file, as JSON text. */
export type ReaderEvent =
  | Exclude<HarFileEvent, { type: 'rows' }>
  | { type: 'rows'; rows: SentRow[]; entries: string[]; read: number; total: number }

// Small enough that the page takes each chunk (a structured clone and an append) within a frame or two.
export const CHUNK = 100

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

/** A row's HAR entry as the reader kept it, converted again from the text it sent (ReaderEvent). */
export function entryFromText(text: string): Entry {
  const entry: unknown = JSON.parse(text)
  return keptEntry(entry, inlineContent(entry))
}

/** The order rows are read and sent in: by start time, ties in file order (start-order.ts). */
function readingOrder(entries: HarEntries): Uint32Array {
  const starts = new Float64Array(entries.count)
  for (let i = 0; i < entries.count; i++) starts[i] = entries.startedAt(i)
  return startOrder(starts)
}

/**
 * Converts and analyzes the entries at order[from, from + CHUNK); rows are keyed by their place in the
 * file. An entry that is not JSON, or has no usable request, is skipped (counted), not the file.
 */
function analyzeChunk(
  entries: HarEntries,
  order: Uint32Array,
  from: number,
  hosts: readonly string[],
  evaluate: ReturnType<typeof createEvaluator>,
  sequence: SequenceLog,
): { rows: SentRow[]; texts: string[]; skipped: number; deep: number[] } {
  const rows: SentRow[] = []
  const texts: string[] = []
  const deep: number[] = []
  let skipped = 0
  for (const i of order.subarray(from, from + CHUNK)) {
    let text: string
    let entry: unknown
    try {
      // Other sites' response bodies are not kept (inlineContent): they are not even decoded.
      text = entries.entryText(i, entries.mayBeBill(i))
      entry = JSON.parse(text)
    } catch {
      skipped++
      continue
    }
    const content = inlineContent(entry)
    const captured = captureEntryOrRefuse(entry, content, i)
    if ('refused' in captured) {
      skipped++
      continue
    }
    captured.key = `file:${i}`
    const { har } = captured
    // Told once per row, for the rules and the sequence alike; a request that may be BILL's is built once.
    const request = cannotBeBill(har.request.url, hosts) ? undefined : requestOf(har)
    rows.push({ captured, ...(request ? evaluate(request) : notBill()) })
    texts.push(text)
    sequence.add(har, request)
    if (nestsTooDeep(har.request.postData?.text ?? '') || nestsTooDeep(content?.text ?? '')) deep.push(i)
  }
  return { rows, texts, skipped, deep }
}

/**
 * The file's calls for the sequence rules, read here with the rest (before, the page read them all in one
 * long task once the file was loaded): only rows that may be BILL's, keyed by their row index.
 */
class SequenceLog {
  private rows = 0
  private readonly requests: SequenceRequest[] = []
  private readonly rowOf: number[] = []
  constructor(private readonly hosts: readonly string[]) {}
  /** Called for every row sent, in order; `request` is undefined for a row that cannot be BILL's. */
  add(har: CapturedEntry['har'], request: NormalizedRequest | undefined) {
    const row = this.rows++
    if (request === undefined) return
    this.requests.push(withHarTiming(request, har))
    this.rowOf.push(row)
  }
  findings(): SequenceFinding[] {
    return evaluateSequence(this.requests, { hosts: this.hosts }).map(({ index, finding }) => ({
      index: this.rowOf[index] as number,
      finding,
    }))
  }
}

const MAX_NOTES = 20

/** One note per entry whose body nests too deep for a tree, in file order, bounded. */
function depthNotes(entries: readonly number[]): string[] | undefined {
  if (entries.length === 0) return undefined
  const notes = [...entries]
    .sort((a, b) => a - b)
    .slice(0, MAX_NOTES)
    .map((i) => t('harEntryTooDeep', { entry: i + 1, depth: MAX_JSON_DEPTH }))
  const more = entries.length - MAX_NOTES
  return more > 0 ? [...notes, t('harMoreTooDeep', { count: more })] : notes
}

/**
 * A file's events, or its one error. Each chunk is read when the next event is asked for: the worker takes
 * them all at once (readHarBytes), the page without a worker one per task (open-har.ts).
 */
export function* harFileEvents(
  bytes: Uint8Array,
  name: string,
  hosts: readonly string[],
): Generator<ReaderEvent, void, undefined> {
  const found = readHar(bytes, name)
  if ('error' in found) {
    yield { type: 'error', message: found.error }
    return
  }
  const { entries } = found
  const evaluate = createEvaluator(hosts)
  const order = readingOrder(entries)
  const sequence = new SequenceLog(hosts)
  let skipped = 0
  const deep: number[] = []
  for (let from = 0; from < entries.count; from += CHUNK) {
    const chunk = analyzeChunk(entries, order, from, hosts, evaluate, sequence)
    skipped += chunk.skipped
    deep.push(...chunk.deep)
    const read = Math.min(entries.count, from + CHUNK)
    yield { type: 'rows', rows: chunk.rows, entries: chunk.texts, read, total: entries.count }
  }
  const notes = depthNotes(deep)
  yield {
    type: 'done',
    total: entries.count,
    skipped,
    sequence: sequence.findings(),
    ...(notes ? { notes } : {}),
  }
}

/** The whole file as events; `emit` is called synchronously per chunk (the worker posts each one). */
export function readHarBytes(
  bytes: Uint8Array,
  name: string,
  hosts: readonly string[],
  emit: (e: ReaderEvent) => void,
) {
  for (const event of harFileEvents(bytes, name, hosts)) emit(event)
}

const GZIP = [0x1f, 0x8b]

/** A file's bytes; gzip-compressed HAR files (.har.gz) are decompressed first. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  const stream =
    head[0] === GZIP[0] && head[1] === GZIP[1]
      ? file.stream().pipeThrough(new DecompressionStream('gzip'))
      : file
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

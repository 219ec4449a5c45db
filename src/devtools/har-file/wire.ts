import type { AnalyzedRequest } from '../panel/analyze.ts'
import { type CapturedSummary, FileCapture } from './file-capture.ts'
import type { HarFileEvent, ReaderEvent, SentRow } from './read-har.ts'

// How the worker's events cross to the page: a chunk's rows as one JSON text of what the list reads (the
// summary of each request and its verdict), and each row's HAR entry as the text the reader read from the
// file, which the page parses only when the row is read (file-capture.ts). A structured clone of the rows'
// object graph cost the page about as much as JSON.parse of the whole file; texts cross as one copy each
// (docs/panel.md, "Reading a HAR").

/** An event as posted by the worker; `entries[i]` is the JSON text row i was read from. */
export type WireEvent =
  | Exclude<HarFileEvent, { type: 'rows' }>
  | { type: 'rows'; json: string; entries: string[]; read: number; total: number }

type WireRow = Omit<SentRow, 'captured'> & { captured: CapturedSummary }

/** The worker's side. */
export function toWire(event: ReaderEvent): WireEvent {
  if (event.type !== 'rows') return event
  const { rows, ...progress } = event
  const slim: WireRow[] = []
  for (const { captured, ...verdict } of rows) {
    const { har: _sentAsText, ...summary } = captured
    slim.push({ ...verdict, captured: summary })
  }
  return { ...progress, json: JSON.stringify(slim) }
}

/** The page's side: rows whose entries are parsed when read. */
export function fromWire(event: WireEvent): HarFileEvent<AnalyzedRequest> {
  if (event.type !== 'rows') return event
  const { json, entries, ...progress } = event
  const rows = JSON.parse(json) as (WireRow | AnalyzedRequest)[]
  // Made whole in place: no copy of the row.
  rows.forEach((row, i) => {
    row.captured = new FileCapture(row.captured, entries[i] ?? 'null')
  })
  return { ...progress, rows: rows as AnalyzedRequest[] }
}

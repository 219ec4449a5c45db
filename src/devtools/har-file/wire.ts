import type { HarFileEvent, SentRow } from './read-har.ts'

// How the worker's events cross to the page: a chunk's rows as one JSON text. Rows are plain JSON values
// (HAR entries, findings, targets), and a structured clone of their object graph cost the page about as much
// as JSON.parse of the whole file; a string crosses as one copy, stringified in the worker and parsed on
// the page by V8's JSON parser, together about half the clone's CPU time (docs/panel.md, "Reading a HAR").

/** An event as posted by the worker. */
export type WireEvent =
  | Exclude<HarFileEvent, { type: 'rows' }>
  | { type: 'rows'; json: string; read: number; total: number }

/** The worker's side. */
export function toWire(event: HarFileEvent): WireEvent {
  if (event.type !== 'rows') return event
  const { rows, ...progress } = event
  return { ...progress, json: JSON.stringify(rows) }
}

/** The page's side. */
export function fromWire(event: WireEvent): HarFileEvent {
  if (event.type !== 'rows') return event
  const { json, ...progress } = event
  return { ...progress, rows: JSON.parse(json) as SentRow[] }
}

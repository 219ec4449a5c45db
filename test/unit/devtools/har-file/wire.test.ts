import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { arrivedRow } from '../../../../src/devtools/har-file/open-har.ts'
import {
  type HarFileEvent,
  type ReaderEvent,
  readHarBytes,
} from '../../../../src/devtools/har-file/read-har.ts'
import { fromWire, toWire } from '../../../../src/devtools/har-file/wire.ts'
import type { AnalyzedRequest } from '../../../../src/devtools/panel/analyze.ts'

const events = (name: string) => {
  const out: ReaderEvent[] = []
  readHarBytes(readFileSync(`test/fixtures/lint/${name}`), name, [], (e) => out.push(e))
  return out
}

/** A row as plain data: its request's fields read (the page's are read through getters). */
function plain(row: AnalyzedRequest) {
  const { key, seq, secrets, startedAt, durationMs, status, har, request } = row.captured
  const captured = { key, seq, secrets, startedAt, status, har, request }
  return { ...row, captured: durationMs === undefined ? captured : { ...captured, durationMs } }
}

const rowsOf = <Row>(event: HarFileEvent<Row>): Row[] => (event.type === 'rows' ? event.rows : [])

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the worker’s events on the wire', () => {
  it('reach the page as a structured clone of the rows, made whole, would', () => {
    for (const name of ['chrome.har', 'firefox.har', 'sandbox-demo.har']) {
      const sent = events(name)
      expect(sent.some((e) => e.type === 'rows' && e.rows.some((r) => r.findings.length > 0))).toBe(true)
      for (const event of sent) {
        const received = fromWire(structuredClone(toWire(event)))
        const cloned = structuredClone(event)
        if (cloned.type !== 'rows' || received.type !== 'rows') {
          expect(received).toEqual(cloned)
          continue
        }
        const { entries: _readFrom, rows, ...progress } = cloned
        expect({ ...received, rows: received.rows.map(plain) }).toEqual({
          ...progress,
          rows: rows.map(arrivedRow).map(plain),
        })
      }
    }
  })

  it('carry a chunk’s summaries as one text, each entry as the text it was read from, other events as they are', () => {
    const [rows, ...rest] = events('chrome.har')
    const wire = toWire(rows as ReaderEvent)
    expect(wire.type === 'rows' && typeof wire.json).toBe('string')
    expect(wire.type === 'rows' && wire.json.includes('"har"')).toBe(false)
    expect(wire.type === 'rows' && wire.entries).toBe(rows?.type === 'rows' && rows.entries)
    expect(rows?.type === 'rows' && rows.entries.length).toBe(rowsOf(rows as ReaderEvent).length)
    for (const event of rest) expect(toWire(event)).toBe(event)
    const error: ReaderEvent = { type: 'error', message: 'x.har is empty.' }
    expect(fromWire(toWire(error))).toBe(error)
  })

  it('leave each entry unparsed on the page until the row is read, then parse it once', () => {
    const [first] = events('sandbox-demo.har')
    const wire = structuredClone(toWire(first as ReaderEvent))
    if (wire.type !== 'rows') throw new Error('no rows')
    const parse = vi.spyOn(JSON, 'parse')
    const received = rowsOf(fromWire(wire))
    expect(received.length).toBeGreaterThan(1)
    expect(parse.mock.calls.map(([text]) => text)).toEqual([wire.json])
    const row = received[1] as AnalyzedRequest
    expect(row.captured.request.url).toBe(row.captured.har.request.url)
    expect(row.captured.har).toBe(row.captured.har)
    expect(parse.mock.calls.map(([text]) => text)).toEqual([wire.json, wire.entries[1]])
  })
})

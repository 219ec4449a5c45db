import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arrivedRow } from '../../../../src/devtools/har-file/open-har.ts'
import { type ReaderEvent, readHarBytes } from '../../../../src/devtools/har-file/read-har.ts'
import { fromWire, toWire } from '../../../../src/devtools/har-file/wire.ts'
import { type AnalyzedRequest, searchText } from '../../../../src/devtools/panel/analyze.ts'
import { filterRows, NO_FILTER, type RowFilter } from '../../../../src/devtools/panel/filter-rows.ts'
import { runs } from '../../property-runs.ts'

// A HAR file's rows reach the page with their entries as text, parsed when read (FileCapture): the filters,
// the search and the findings must see them as they saw rows parsed on arrival.

function bothWays(name: string) {
  const events: ReaderEvent[] = []
  readHarBytes(readFileSync(`test/fixtures/lint/${name}`), name, [], (e) => events.push(e))
  const parsed = events.flatMap((e) => (e.type === 'rows' ? structuredClone(e.rows).map(arrivedRow) : []))
  const lazy = events.flatMap((e) => {
    const received = fromWire(structuredClone(toWire(e)))
    return received.type === 'rows' ? received.rows : []
  })
  return { parsed, lazy }
}

const keys = (rows: readonly AnalyzedRequest[], filter: RowFilter) =>
  filterRows(rows, filter).map((r) => r.captured.key)

describe('a HAR file’s rows with their entries read when needed', () => {
  const files = ['chrome.har', 'firefox.har', 'sandbox-demo.har'].map((name) => bothWays(name))

  it('pass the same filters as rows parsed on arrival, for any search in their texts', () => {
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.nat(),
        fc.nat(40),
        fc.nat(12),
        fc.boolean(),
        fc.boolean(),
        (file, at, start, length, showAll, issuesOnly) => {
          const { parsed, lazy } = files[file] as (typeof files)[number]
          const haystack = searchText(parsed[at % parsed.length] as AnalyzedRequest)
          const text = haystack.slice(start, start + length + 1)
          const filter = { ...NO_FILTER, text, showAll, issuesOnly }
          const shown = keys(lazy, filter)
          expect(shown).toEqual(keys(parsed, filter))
          return true
        },
      ),
      runs(),
    )
  })

  it('find a word of a BILL request’s body, and hide the rows without it', () => {
    const { lazy } = bothWays('sandbox-demo.har')
    const withBody = lazy.find((r) => r.target && (r.captured.har.request.postData?.text ?? '').length > 20)
    if (!withBody) throw new Error('no BILL request with a body')
    const word = (withBody.captured.har.request.postData?.text ?? '').match(/"([A-Za-z]{4,})"/)?.[1]
    if (!word) throw new Error('no word in the body')
    const shown = filterRows(lazy, { ...NO_FILTER, text: word, showAll: true })
    expect(shown).toContain(withBody)
    for (const row of lazy) expect(shown.includes(row)).toBe(searchText(row).includes(word.toLowerCase()))
    expect(filterRows(lazy, { ...NO_FILTER, text: 'no-such-text-in-this-capture' })).toEqual([])
  })

  it('hold the same findings, entries and requests once read', () => {
    for (const { parsed, lazy } of files) {
      expect(lazy.map((r) => [r.severity, r.findings])).toEqual(parsed.map((r) => [r.severity, r.findings]))
      lazy.forEach((row, i) => {
        expect(row.captured.har).toEqual(parsed[i]?.captured.har)
        expect(row.captured.request).toEqual(parsed[i]?.captured.request)
      })
    }
  })
})

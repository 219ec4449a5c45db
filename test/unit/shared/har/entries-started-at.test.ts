import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locateEntries, parsedEntries } from '../../../../src/shared/har/entries.ts'
import { startedAtMs } from '../../../../src/shared/har/started-at.ts'

// The HAR reader orders a file's entries by start time before parsing them: the start time read from the
// located bytes must be the one a parsed entry gives (startedAtMs), whatever the entry holds there.

const started = fc.oneof(
  fc.constantFrom('2026-04-02T09:00:00.000Z', '2026-04-02T09:00:00.5+02:00', 'not a date', ''),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer(),
  fc.constant(null),
  fc.constant({ at: '2026-04-02T09:00:00.000Z' }),
)

/** JSON text of an entry; `escaped` writes its string values with \u escapes (JSON allows any). */
function entryText(values: unknown[], escaped: boolean): string {
  const members = values.map((v) => {
    let json = JSON.stringify(v)
    if (escaped && typeof v === 'string') json = json.replace(/[0-9]/g, (d) => `\\u003${d}`)
    return `"startedDateTime":${json}`
  })
  return `{${[...members, '"request":{"url":"https://example.com/"}'].join(',')}}`
}

describe('an entry’s start time, before the entry is parsed', () => {
  it('is the parsed entry’s, with escapes, repeated keys, non-strings and no start time at all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(started, { maxLength: 2 }), fc.boolean()), { maxLength: 6 }),
        (list) => {
          const texts = list.map(([values, escaped]) => entryText(values, escaped))
          const text = `{"log":{"entries":[${texts.join(',')}]}}`
          const located = locateEntries(new TextEncoder().encode(text))
          const parsed = parsedEntries((JSON.parse(text) as { log: { entries: unknown[] } }).log.entries)
          expect(located?.count).toBe(list.length)
          for (let i = 0; i < list.length; i++) expect(located?.startedAt(i)).toBe(parsed.startedAt(i))
        },
      ),
    )
  })

  it('reads a date as milliseconds, and anything else as 0', () => {
    expect(startedAtMs('2026-04-02T09:00:00.000Z')).toBe(Date.parse('2026-04-02T09:00:00.000Z'))
    expect(startedAtMs('yesterday')).toBe(0)
    expect(startedAtMs(17)).toBe(0)
    expect(startedAtMs(undefined)).toBe(0)
  })
})

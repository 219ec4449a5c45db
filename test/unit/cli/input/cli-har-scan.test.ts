import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintHar, lintHarEntries } from '../../../../src/cli/lint-har.ts'
import { lazyEntries, MAY_BE_BILL, mayBeBillBytes } from '../../../../src/shared/har/entries.ts'
import { scanHarEntries } from '../../../../src/shared/har/scan.ts'
import { codeUnits, skipValue } from '../../../../src/shared/json/skip.ts'

// The linter locates a HAR's entries in the file's UTF-8 bytes instead of parsing the whole file, and
// parses only the entries whose URL may be BILL's. These properties hold it to JSON.parse: the same
// entries, the same findings, and a give-up (then a whole parse) whenever the structure is not JSON.

const V3 = 'https://gateway.stage.bill.com/connect/v3'
const NOW = new Date('2026-04-10T00:00:00Z')

/** What the scanner sees: the file's UTF-8 bytes. */
function scanText(text: string) {
  const bytes = Buffer.from(text, 'utf8')
  const located = scanHarEntries(bytes)
  return located && lazyEntries(bytes, located)
}

/** Whether skipValue finds one whole JSON value in the text, read as UTF-16 units and as UTF-8 bytes. */
function skipsWhole(text: string): [boolean, boolean] {
  const units = skipValue(codeUnits(text), 0)
  const bytes = Buffer.from(text, 'utf8')
  const byteEnd = skipValue(bytes, 0)
  return [
    units >= 0 && /^[ \t\r\n]*$/.test(text.slice(units)),
    byteEnd >= 0 && /^[ \t\r\n]*$/.test(bytes.subarray(byteEnd).toString('utf8')),
  ]
}

const url = fc.oneof(
  fc.constantFrom(
    `${V3}/mfa/challenge`,
    `${V3}/mfa/setup`,
    'https://cdn.example.com/app.js',
    '{{baseUrl}}/v3/login',
  ),
  fc.webUrl(),
)
const body = fc.oneof(
  fc.constantFrom('{"useBackup":true}', '{"useBackup":"true"}', '{"primary":false,"phone":"+1 555"}'),
  fc.json(),
)
const entry = fc.record(
  {
    startedDateTime: fc.constant('2026-04-02T09:00:00.000Z'),
    request: fc.record(
      {
        method: fc.constantFrom('GET', 'POST'),
        url,
        headers: fc.array(fc.record({ name: fc.string(), value: fc.string({ unit: 'grapheme' }) }), {
          maxLength: 3,
        }),
        postData: fc.record({ mimeType: fc.constant('application/json'), text: body }),
      },
      { requiredKeys: ['method', 'url'] },
    ),
    response: fc.record({
      status: fc.integer({ min: 100, max: 599 }),
      content: fc.record({ text: fc.string({ unit: 'grapheme' }) }),
    }),
    _extra: fc.jsonValue(),
  },
  { requiredKeys: ['request'] },
)
const har = fc.record({
  log: fc.record({ version: fc.constant('1.2'), entries: fc.array(entry, { maxLength: 6 }) }),
})
/** JSON.stringify with random spacing: compact, indented, or tabs and CRLF. */
const layout = fc.constantFrom<(doc: unknown) => string>(
  (d) => JSON.stringify(d),
  (d) => JSON.stringify(d, null, 2),
  (d) => JSON.stringify(d, null, '\t').replace(/\n/g, '\r\n'),
)

describe('locating HAR entries without parsing the file', () => {
  it('finds exactly the entries JSON.parse finds, and the same findings', () => {
    fc.assert(
      fc.property(har, layout, (doc, write) => {
        const text = write(doc)
        const lazy = scanText(text)
        expect(lazy).toBeDefined()
        if (!lazy) return
        expect(lazy.count).toBe(doc.log.entries.length)
        for (let i = 0; i < lazy.count; i++) {
          const parsed = JSON.parse(text).log.entries[i]
          expect(lazy.entry(i)).toEqual(parsed)
          // Without its response body: the same entry, that body's text read as null.
          const body = parsed?.response?.content
          if (typeof body?.text === 'string') body.text = null
          expect(lazy.entry(i, false)).toEqual(parsed)
        }
        const settings = { hosts: [], now: NOW }
        expect(lintHarEntries(lazy, 'a.har', settings)).toEqual(lintHar(JSON.parse(text), 'a.har', settings))
      }),
      { numRuns: 300 },
    )
  })

  it('gives up exactly when JSON.parse fails, for any change to the structure', () => {
    const structural = fc.constantFrom(',', ':', '{', '}', '[', ']', '"', '1', 'x', ' ', '\\')
    fc.assert(
      fc.property(
        har,
        fc.nat(),
        structural,
        fc.constantFrom('insert', 'delete', 'replace'),
        (doc, where, char, how) => {
          const text = JSON.stringify(doc)
          const at = where % (text.length + 1)
          const changed =
            text.slice(0, at) + (how === 'delete' ? '' : char) + text.slice(how === 'insert' ? at : at + 1)
          let parses = true
          try {
            JSON.parse(changed)
          } catch {
            parses = false
          }
          // The scan does not look inside strings: a change there that JSON.parse refuses (a lone backslash,
          // a control character) is caught when that entry is parsed, or never matters (see shared/har/scan.ts).
          if (!parses && insideString(text, at)) return
          expect(skipsWhole(changed), changed).toEqual([parses, parses])
        },
      ),
      { numRuns: 2000 },
    )
  })

  it("tells a URL that may be BILL's from its bytes as the pattern does from its text", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'gateway.stage.bill.com',
        'api.bill.com',
        'api-sandbox.bill.com',
        '{{',
        '%7b%7b',
        '%7B',
      ),
      fc.constantFrom('bill.co', 'api.bil', '{', '\\', '/', '?', '.'),
      fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) }),
    )
    const url = fc
      .tuple(fc.array(piece, { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 60 }))
      .map(([parts, upper]) =>
        [...parts.join('')]
          .map((c, i) => (upper[i % Math.max(1, upper.length)] ? c.toUpperCase() : c))
          .join(''),
      )
      // Latin-1 text, as the scan sees a URL's bytes.
      .filter((u) => [...u].every((c) => c.charCodeAt(0) <= 0xff))
    fc.assert(
      fc.property(url, (u) => {
        const bytes = Buffer.from(`"${u}"`, 'latin1')
        expect(mayBeBillBytes(bytes, 0, bytes.length), u).toBe(u.includes('\\') || MAY_BE_BILL.test(u))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads numbers and literals as JSON.parse does', () => {
    const token = fc
      .array(fc.constantFrom('-', '+', '.', 'e', 'E', '0', '1', '9', 'true', 'false', 'null', 'tru', ' '), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(token, fc.constantFrom('%s', '[%s]', '{"a":%s}', '[%s,1]'), (t, shape) => {
        const text = shape.replace('%s', t)
        let parses = true
        try {
          JSON.parse(text)
        } catch {
          parses = false
        }
        expect(skipsWhole(text), text).toEqual([parses, parses])
      }),
      { numRuns: 3000 },
    )
  })

  it('reads the shapes real captures take', () => {
    const e = (u: unknown) => ({
      request: { method: 'POST', url: u, postData: { text: '{"useBackup":true}' } },
    })
    const cases: [string, number | undefined][] = [
      // A UTF-8 byte order mark, non-ASCII text before the entry (byte offsets, not characters).
      [`\ufeff${JSON.stringify({ log: { comment: 'Ünïcødé 𝄞', entries: [e(`${V3}/mfa/challenge`)] } })}`, 1],
      // Repeated keys: the last one counts, as in JSON.parse.
      [`{"log":{"entries":[1,2,3],"entries":[${JSON.stringify(e(`${V3}/mfa/challenge`))}]}}`, 1],
      [`{"log":{"entries":[]},"log":5}`, undefined],
      // An escaped key is not recognised by the scan: the file is then parsed whole.
      ['{"l\\u006fg":{"entries":[]}}', undefined],
      // Comments (JSONC) and trailing commas: parsed whole by the slower, forgiving parser.
      ['{"log":{"entries":[]},}', undefined],
      ['{"log":{"entries":[]}} // saved by hand', undefined],
      ['[{"log":{"entries":[]}}]', undefined],
    ]
    for (const [text, count] of cases) {
      const bytes = Buffer.from(text, 'utf8')
      const start = text.startsWith('\ufeff') ? 3 : 0
      const located = scanHarEntries(bytes.subarray(start))
      expect(located ? lazyEntries(bytes.subarray(start), located).count : undefined, text).toBe(count)
    }
    // An escaped or non-string URL is parsed to find out; a plain non-BILL URL is only counted.
    const lazy = scanText(
      JSON.stringify({
        log: { entries: [e('https://cdn.example.com/x'), e(42), e(`${V3}/mfa/challenge`)] },
      }).replace('cdn.example.com', 'gateway.stage\\u002ebill.com/connect/v3/mfa/challenge?'),
    )
    expect([0, 1, 2].map((i) => lazy?.mayBeBill(i))).toEqual([true, true, true])
    const plain = scanText(JSON.stringify({ log: { entries: [e('https://cdn.example.com/x'), { x: 1 }] } }))
    expect([plain?.mayBeBill(0), plain?.hasUrl(0), plain?.mayBeBill(1), plain?.hasUrl(1)]).toEqual([
      false,
      true,
      true,
      false,
    ])
  })
})

/** Whether offset `at` of valid JSON `text` falls inside a string. */
function insideString(text: string, at: number): boolean {
  let inside = false
  for (let i = 0; i < at; i++) {
    if (text[i] === '\\' && inside) i++
    else if (text[i] === '"') inside = !inside
  }
  return inside
}

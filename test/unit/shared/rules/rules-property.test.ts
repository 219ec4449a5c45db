import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { harEntryToRequest } from '../../../../src/shared/har/normalize.ts'
import type { NormalizedRequest } from '../../../../src/shared/har/request.ts'
import { evaluate, locatedText, parseBody } from '../../../../src/shared/rules/index.ts'
import { runs } from '../../property-runs.ts'

const V3 = 'https://gateway.stage.bill.com/connect/v3'
const V2 = 'https://api-stage.bill.com/api/v2'
const NOW = '2026-05-01'

/** "true"/"false" as a boolean or as a string in any letter case, possibly padded. */
const boolForm = (b: boolean) =>
  fc.oneof(
    fc.constant<unknown>(b),
    fc
      .tuple(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.constantFrom('', ' '))
      .map(([upper, pad]) => {
        const word = String(b)
          .split('')
          .map((c, i) => (upper[i] ? c.toUpperCase() : c))
          .join('')
        return `${pad}${word}${pad}`
      }),
  )

const ws = fc.constantFrom('', ' ', '\n', '\t', '  \r\n ')
const extraKey = fc.string({ maxLength: 8 }).filter((k) => k !== 'useBackup' && k !== 'primary')
const extraFields = fc.uniqueArray(fc.tuple(extraKey, fc.jsonValue({ maxDepth: 3 })), {
  selector: ([k]) => k,
  maxLength: 6,
})

/** A JSON object text with the planted field among extra fields, at a random place, with random whitespace. */
const objectText = (field: string, value: fc.Arbitrary<unknown>) =>
  fc
    .tuple(value, extraFields, fc.nat(), fc.array(ws, { minLength: 40, maxLength: 40 }))
    .map(([planted, extras, at, spaces]) => {
      const members = extras.map(([k, v]) => [k, v] as [string, unknown])
      members.splice(at % (members.length + 1), 0, [field, planted])
      let s = 0
      const sp = () => spaces[s++ % spaces.length] ?? ''
      const body = members.map(
        ([k, v]) => `${sp()}${JSON.stringify(k)}${sp()}:${sp()}${JSON.stringify(v)}${sp()}`,
      )
      return { text: `{${body.join(',')}${sp()}}`, planted }
    })

type Encoding = 'json' | 'form-encoded' | 'form-raw' | 'har-chrome' | 'har-firefox'

function request(encoding: Encoding, path: { v3: string; v2: string }, data: string): NormalizedRequest {
  if (encoding === 'json') {
    return {
      method: 'POST',
      url: `${V3}${path.v3}`,
      headers: [],
      body: { mimeType: 'application/json', text: data },
    }
  }
  const url = `${V2}/${path.v2}`
  const mimeType = 'application/x-www-form-urlencoded'
  if (encoding === 'form-encoded') {
    const text = `devKey=k&sessionId=s&data=${encodeURIComponent(data)}`
    return { method: 'POST', url, headers: [], body: { mimeType, text } }
  }
  if (encoding === 'form-raw')
    return { method: 'POST', url, headers: [], body: { mimeType, text: `data=${data}` } }
  // Chrome keeps param values percent-encoded, Firefox gives them decoded.
  const value = encoding === 'har-chrome' ? new URLSearchParams({ data }).toString().slice(5) : data
  const r = harEntryToRequest({
    request: { method: 'POST', url, postData: { mimeType, params: [{ name: 'data', value }] } },
  })
  if (!r) throw new Error('HAR entry did not normalize')
  return r
}

const encodings = fc.constantFrom<Encoding>('json', 'form-encoded', 'form-raw', 'har-chrome', 'har-firefox')

function assertPlanted(r: NormalizedRequest, ruleId: string, field: string, planted: unknown) {
  const ev = evaluate(r, { now: NOW })
  const hits = ev.findings.filter((f) => f.ruleId === ruleId)
  expect(hits.length).toBeGreaterThanOrEqual(1)
  for (const f of hits) {
    if (!f.location || f.location.in === 'url') throw new Error('missing body location')
    const located = locatedText(f.location, r.url, ev.body)
    const member = JSON.parse(`{${located.slice(...f.location.range)}}`)
    expect(member).toEqual({ [field]: planted })
    expect(f.value).toEqual(planted)
  }
}

describe('rules engine properties', () => {
  it('never misses a planted useBackup true, and its range points at the field', () => {
    fc.assert(
      fc.property(encodings, objectText('useBackup', boolForm(true)), (encoding, { text, planted }) => {
        // Raw (unencoded) form text cannot carry "&" or "%" or "+" in data: they would split or decode it.
        fc.pre(encoding !== 'form-raw' || !/[&%+]/.test(text))
        const r = request(encoding, { v3: '/mfa/challenge', v2: 'MFAChallenge.json' }, text)
        assertPlanted(r, 'mfa-challenge-backup-phone', 'useBackup', planted)
      }),
      runs(300),
    )
  })

  it('never misses a planted primary false on v3 setup', () => {
    fc.assert(
      fc.property(objectText('primary', boolForm(false)), ({ text, planted }) => {
        assertPlanted(
          request('json', { v3: '/mfa/setup', v2: '' }, text),
          'mfa-setup-secondary-phone',
          'primary',
          planted,
        )
      }),
      runs(200),
    )
  })

  it('reports the allowed values as info only', () => {
    fc.assert(
      fc.property(encodings, objectText('useBackup', boolForm(false)), (encoding, { text }) => {
        fc.pre(encoding !== 'form-raw' || !/[&%+]/.test(text))
        const r = request(encoding, { v3: '/mfa/challenge', v2: 'MFAChallenge.json' }, text)
        expect(evaluate(r, { now: NOW }).findings.map((f) => f.severity)).toEqual(['info'])
      }),
      runs(200),
    )
  })

  it('never throws on arbitrary input', () => {
    const url = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.constantFrom(
        `${V3}/mfa/challenge`,
        `${V3}/mfa/setup`,
        `${V2}/MFAChallenge.json`,
        '{{baseUrl}}/v3/mfa/setup',
      ),
    )
    const mime = fc.constantFrom('', 'application/json', 'application/x-www-form-urlencoded', 'text/plain')
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.json().map((j) => `data=${j}`),
    )
    const response = fc.option(
      fc.record({
        status: fc.integer(),
        body: fc.record({ text: fc.string(), encoding: fc.constantFrom('', 'base64') }),
      }),
      { nil: undefined },
    )
    fc.assert(
      fc.property(fc.string(), url, mime, text, response, fc.string(), (method, u, mimeType, t, res, now) => {
        const r: NormalizedRequest = {
          method,
          url: u,
          headers: [],
          body: { mimeType, text: t },
          ...(res ? { response: res } : {}),
        }
        expect(() => evaluate(r, { now })).not.toThrow()
        expect(() => evaluate(r, { now: NOW, hosts: ['localhost', ''] })).not.toThrow()
        expect(() => parseBody(r)).not.toThrow()
      }),
      runs(500),
    )
  })
})

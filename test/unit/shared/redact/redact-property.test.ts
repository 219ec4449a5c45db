import fc from 'fast-check'
import type { Entry } from 'har-format'
import { describe, expect, it } from 'vitest'
import { redactHarEntry } from '../../../../src/shared/redact/index.ts'
import { runs } from '../../property-runs.ts'

// A secret planted anywhere a BILL request or response can carry one, in any encoding, must not survive.

const SECRET_FIELDS = [
  'sessionId',
  'devKey',
  'password',
  'token',
  'mfaId',
  'rememberMeId',
  'userName',
  'code',
  'apiToken',
  'phone',
]
const SECRET_HEADERS = ['sessionId', 'devKey', 'Authorization', 'Cookie', 'X-Api-Key']

const anyCase = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((upper) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''))

// Letters and digits plus the characters that change under percent, form and JSON encoding.
const secret = fc
  .array(fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789+/=&?% "\\é-_'), {
    minLength: 12,
    maxLength: 24,
  })
  .map((chars) => `Q${chars.join('')}Z`)

/** Every spelling a secret could take in exported text. */
const spellings = (s: string) => [
  s,
  encodeURIComponent(s),
  new URLSearchParams({ x: s }).toString().slice(2),
  JSON.stringify(s).slice(1, -1),
  JSON.stringify(JSON.stringify(s)).slice(1, -1),
]

/** JSON text with every character of the string escaped as \uXXXX: the raw secret never appears in it. */
const unicodeEscaped = (s: string) =>
  `"${[...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`

const jsonString = (s: string, escaped: boolean) => (escaped ? unicodeEscaped(s) : JSON.stringify(s))

/** {"a":{"b":[ ... {"<key>": <secret>} ... ]}} at a random depth. */
function nestedJson(key: string, value: string, depth: number, escaped: boolean): string {
  let inner = `{"amount":12.5,${jsonString(key, escaped)}:${jsonString(value, escaped)},"memo":"x"}`
  for (let d = 0; d < depth; d++) inner = d % 2 ? `[1,${inner}]` : `{"level${d}":${inner}}`
  return inner
}

function baseEntry(): Entry {
  return {
    startedDateTime: '2026-05-01T10:00:00.000Z',
    time: 12,
    request: {
      method: 'POST',
      url: 'https://gateway.stage.bill.com/connect/v3/mfa/challenge',
      httpVersion: 'HTTP/1.1',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      headers: [],
      cookies: [],
      content: { size: 0, mimeType: 'application/json' },
      redirectURL: '',
      headersSize: -1,
      bodySize: 0,
    },
    cache: {},
    timings: { send: 0, wait: 10, receive: 2 },
  }
}

type Plant = (entry: Entry, key: string, value: string, depth: number, escaped: boolean) => void

const PLACES: Record<string, Plant> = {
  header: (e, _k, v) => {
    e.request.headers.push({ name: 'sessionId', value: v })
  },
  query: (e, k, v) => {
    e.request.url += `?page=1&${encodeURIComponent(k)}=${encodeURIComponent(v)}`
    e.request.queryString.push({ name: k, value: v })
  },
  pathHeader: (e, k, v) => {
    e.request.headers.push({ name: ':path', value: `/v3/login?${k}=${encodeURIComponent(v)}` })
  },
  form: (e, k, v) => {
    const body = new URLSearchParams([
      ['data', '{}'],
      [k, v],
    ]).toString()
    e.request.postData = { mimeType: 'application/x-www-form-urlencoded', text: body }
  },
  formParams: (e, k, v) => {
    e.request.postData = {
      mimeType: 'application/x-www-form-urlencoded',
      params: [{ name: k, value: encodeURIComponent(v) }],
    }
  },
  v2Data: (e, k, v, depth, escaped) => {
    const data = nestedJson(k, v, depth, escaped)
    e.request.postData = {
      mimeType: 'application/x-www-form-urlencoded',
      text: `devKey=x&data=${encodeURIComponent(data)}`,
    }
  },
  jsonBody: (e, k, v, depth, escaped) => {
    e.request.postData = { mimeType: 'application/json', text: nestedJson(k, v, depth, escaped) }
  },
  jsonBodyWrongMime: (e, k, v, depth, escaped) => {
    e.request.postData = { mimeType: 'text/plain', text: nestedJson(k, v, depth, escaped) }
  },
  response: (e, k, v, depth, escaped) => {
    e.response.content.text = nestedJson(k, v, depth, escaped)
  },
  responseBase64: (e, k, v, depth, escaped) => {
    const bytes = new TextEncoder().encode(nestedJson(k, v, depth, escaped))
    e.response.content.text = btoa(String.fromCharCode(...bytes))
    e.response.content.encoding = 'base64'
  },
  v2ResponseEnvelope: (e, k, v) => {
    e.response.content.text = JSON.stringify({ response_status: 0, response_data: { [k]: v } })
  },
  cookie: (e, _k, v) => {
    e.request.cookies.push({ name: 'bill_session', value: v })
    e.response.cookies.push({ name: 'bill_session', value: v })
    e.response.headers.push({ name: 'Set-Cookie', value: `bill_session=${v}` })
  },
}

describe('redactHarEntry (property)', () => {
  it('never lets a planted secret survive, in any place or encoding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(PLACES)),
        fc.constantFrom(...SECRET_FIELDS).chain(anyCase),
        secret,
        fc.nat({ max: 5 }),
        fc.boolean(),
        (place, key, value, depth, escaped) => {
          const entry = baseEntry()
          PLACES[place]!(entry, key, value, depth, escaped)
          const out = JSON.stringify(redactHarEntry(entry))
          for (const spelling of spellings(value)) expect(out).not.toContain(spelling)
        },
      ),
      runs(600),
    )
  })

  it('hides secret headers whatever their case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECRET_HEADERS).chain(anyCase), secret, (name, value) => {
        const entry = baseEntry()
        entry.request.headers.push({ name, value })
        expect(JSON.stringify(redactHarEntry(entry))).not.toContain(value)
      }),
    )
  })

  it('hides phone numbers under any field name', () => {
    // Real spellings: North American (area code and exchange start with 2-9), or international with a +.
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
    const group = (n: number) =>
      fc.tuple(fc.integer({ min: 2, max: 9 }), digits(n - 1)).map(([d, ds]) => `${d}${ds.join('')}`)
    const nanp = fc
      .tuple(
        fc.constantFrom('', '1 ', '+1 ', '+1'),
        group(3),
        group(3),
        digits(4),
        fc.constantFrom('-', '.', ' ', ''),
      )
      .map(([prefix, area, exchange, line, sep]) => `${prefix}${area}${sep}${exchange}${sep}${line.join('')}`)
    const international = fc
      .tuple(fc.constantFrom('+44 ', '+33 ', '+49 '), digits(2), digits(4), digits(4))
      .map(([cc, a, b, c]) => `${cc}${a.join('')} ${b.join('')} ${c.join('')}`)
    const phone = fc.oneof(nanp, international)
    fc.assert(
      fc.property(fc.constantFrom('contact', 'mobile', 'to', 'x'), phone, (key, value) => {
        const entry = baseEntry()
        entry.request.postData = { mimeType: 'application/json', text: JSON.stringify({ key, [key]: value }) }
        expect(JSON.stringify(redactHarEntry(entry))).not.toContain(value)
      }),
    )
  })
})

import fc from 'fast-check'
import type { Entry } from 'har-format'
import { emptyEntry } from './har-entry-fixture.ts'

// Generated leak cases for the redaction property test: a capture (a login whose answer holds the secret,
// when the case is about redaction by value) and one target request where the secret is placed under a
// name spelling, in an encoding. Every spelling of the secret is then searched in each export and view.

export const V3 = 'https://gateway.stage.bill.com/connect/v3'

/** The secret names as integrations spell them; each case also randomizes their letter case. */
const SPELLINGS = [
  'sessionId',
  'session_id',
  'SessionID',
  'x-session-id',
  'X-Session-Id',
  'devKey',
  'devkey',
  'dev_key',
  'api_key',
  'X-Api-Key',
  'rememberMeId',
  'remember_me_id',
  'mfaId',
  'MFA_ID',
  'token',
  'password',
]
/** A name that says nothing: only redaction by value can hide what is under it. */
const NEUTRAL = 'ref'

export const anyCase = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((up) => [...name].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''))

// Letters and digits plus characters that change under percent, form, JSON and XML encoding.
export const secretValue = fc
  .array(fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789+/=&?%;# "\\é<-_'), {
    minLength: 12,
    maxLength: 24,
  })
  .map((chars) => `Q${chars.join('')}Z`)

const pct = (s: string) => encodeURIComponent(s)
const form = (s: string) => new URLSearchParams({ x: s }).toString().slice(2)
const hex4 = (c: string) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')
const jsonInner = (s: string) => JSON.stringify(s).slice(1, -1)
const jsonAscii = (s: string) => jsonInner(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${hex4(c)}`)
const jsonAllEscaped = (s: string) => [...s].map((c) => `\\u${hex4(c)}`).join('')
const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Every spelling of a secret that would give it away in exported or displayed text. */
export function spellingsOf(s: string): string[] {
  return [
    ...new Set([
      s,
      pct(s),
      pct(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
      form(s),
      jsonInner(s),
      jsonAscii(s),
      jsonAllEscaped(s),
      jsonInner(jsonInner(s)),
      xml(s),
    ]),
  ]
}

/** How a value is written into text of each kind. */
const URL_ENCODINGS = { percent: pct, lowerPercent: (s: string) => pct(s).toLowerCase(), form }
const JSON_ENCODINGS = { json: jsonInner, ascii: jsonAscii, escaped: jsonAllEscaped }
type Encode = (s: string) => string

// Every target carries a credential in its query, so the findings report lists its URL.
const TARGET = `${V3}/mfa/challenge?devKey=DK-target-0000`

type Place = (e: Entry, name: string, value: string, encode: Encode) => void
interface Placement {
  encodings: Record<string, Encode>
  place: Place
}

const post = (e: Entry, mimeType: string, text: string) => {
  e.request.postData = { mimeType, text }
}
const respond = (e: Entry, mimeType: string, text: string) => {
  e.response.content = { size: text.length, mimeType, text }
}
const BOUNDARY = '----formdata-7d1'
const multipart = (n: string, v: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="memo"\r\n\r\nhello\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n--${BOUNDARY}--\r\n`
const jsonMember = (n: string, v: string, enc: Encode) => `{"amount":1,"${n}":"${enc(v)}","memo":"x"}`

export const PLACEMENTS: Record<string, Placement> = {
  jsonBodyFormMime: {
    encodings: JSON_ENCODINGS,
    place: (e, n, v, enc) => post(e, 'application/x-www-form-urlencoded', jsonMember(n, v, enc)),
  },
  redirectURL: {
    encodings: URL_ENCODINGS,
    place: (e, n, v, enc) => {
      e.response.status = 302
      e.response.redirectURL = `https://app.example/callback?state=1&${n}=${enc(v)}`
    },
  },
  semicolonQuery: {
    encodings: URL_ENCODINGS,
    place: (e, n, v, enc) => {
      e.request.url += `;${n}=${enc(v)}`
    },
  },
  fragment: {
    encodings: URL_ENCODINGS,
    place: (e, n, v, enc) => {
      e.request.url += `#${n}=${enc(v)}&x=1`
    },
  },
  query: {
    encodings: URL_ENCODINGS,
    place: (e, n, v, enc) => {
      e.request.url += `&${n}=${enc(v)}`
      e.request.queryString.push({ name: n, value: v })
    },
  },
  path: {
    encodings: URL_ENCODINGS,
    place: (e, _n, v, enc) => {
      e.request.url = e.request.url.replace('/mfa/challenge', `/sessions/${enc(v)}/mfa/challenge`)
    },
  },
  multipart: {
    encodings: { raw: (s: string) => s },
    place: (e, n, v) => post(e, `multipart/form-data; boundary=${BOUNDARY}`, multipart(n, v)),
  },
  xmlBody: {
    encodings: { xml },
    place: (e, n, v, enc) =>
      post(e, 'text/xml', `<?xml version="1.0"?><req><a>1</a><${n}>${enc(v)}</${n}></req>`),
  },
  // curl -d and jQuery send any body as a form: XML and multipart with a form content type.
  xmlBodyFormMime: {
    encodings: { xml },
    place: (e, n, v, enc) =>
      post(e, 'application/x-www-form-urlencoded', `<req><a>1</a><${n}>${enc(v)}</${n}></req>`),
  },
  xmlAttributeFormMime: {
    encodings: { xml },
    place: (e, n, v, enc) =>
      post(e, 'application/x-www-form-urlencoded', `<login ${n}="${enc(v)}" remember="true"/>`),
  },
  multipartFormMime: {
    encodings: { raw: (s: string) => s },
    place: (e, n, v) => post(e, 'application/x-www-form-urlencoded', multipart(n, v)),
  },
  xmlAttribute: {
    encodings: { xml },
    place: (e, n, v, enc) => respond(e, 'application/xml', `<session ${n}="${enc(v)}" ok="true"/>`),
  },
  jsonInFormField: {
    encodings: JSON_ENCODINGS,
    place: (e, n, v, enc) =>
      post(e, 'application/x-www-form-urlencoded', `memo=x&payload=${form(jsonMember(n, v, enc))}`),
  },
  v2Data: {
    encodings: JSON_ENCODINGS,
    place: (e, n, v, enc) =>
      post(
        e,
        'application/x-www-form-urlencoded',
        `devKey=k&data=${form(`{"a":[${jsonMember(n, v, enc)}]}`)}`,
      ),
  },
  formField: {
    encodings: URL_ENCODINGS,
    place: (e, n, v, enc) => post(e, 'application/x-www-form-urlencoded', `memo=x&${n}=${enc(v)}`),
  },
  nameValueArray: {
    encodings: JSON_ENCODINGS,
    place: (e, n, v, enc) =>
      post(e, 'application/json', `{"fields":[{"name":"${n}","value":"${enc(v)}"},{"key":"x","value":"1"}]}`),
  },
  jsonResponse: {
    encodings: JSON_ENCODINGS,
    place: (e, n, v, enc) => respond(e, 'application/json', `{"response_data":[${jsonMember(n, v, enc)}]}`),
  },
  textResponse: {
    encodings: { raw: (s: string) => s },
    place: (e, n, v) => respond(e, 'text/plain', `ok\n${n}=${v}\n`),
  },
  htmlResponse: {
    encodings: { xml },
    place: (e, n, v, enc) => respond(e, 'text/html', `<form><input name="${n}" value="${enc(v)}"></form>`),
  },
  header: {
    encodings: { raw: (s: string) => s },
    place: (e, n, v) => {
      e.request.headers.push({ name: n, value: v })
    },
  },
  cookie: {
    encodings: URL_ENCODINGS,
    place: (e, n, v, enc) => {
      e.request.headers.push({ name: 'Cookie', value: `a=1; ${n}=${enc(v)}` })
      e.request.cookies.push({ name: n, value: enc(v) })
    },
  },
}

/** How the secret became known to the capture, for cases about redaction by value. */
export const SOURCES: Record<string, (secret: string) => Entry> = {
  v3LoginResponse: (s) => {
    const e = emptyEntry(`${V3}/login`)
    post(
      e,
      'application/json',
      '{"username":"qa@example.com","password":"pw-123456","devKey":"DK-login-0000"}',
    )
    respond(e, 'application/json', JSON.stringify({ sessionId: s, organizationId: '00801' }))
    return e
  },
  v2LoginResponse: (s) => {
    const e = emptyEntry('https://api-stage.bill.com/api/v2/Login.json')
    post(e, 'application/x-www-form-urlencoded', 'userName=qa%40example.com&password=pw-123456&devKey=DK-1')
    respond(e, 'application/json', JSON.stringify({ response_status: 0, response_data: { sessionId: s } }))
    return e
  },
  requestHeader: (s) => {
    const e = emptyEntry(`${V3}/orgs`)
    e.request.method = 'GET'
    e.request.headers.push({ name: 'devKey', value: s })
    return e
  },
  mfaResponse: (s) => {
    const e = emptyEntry(`${V3}/mfa/challenge/validate`)
    respond(e, 'application/json', JSON.stringify({ rememberMeId: s, mfaId: 'M-0000000000' }))
    return e
  },
}

export interface LeakCase {
  placement: string
  encoding: string
  name: string
  /** How the secret is known (redaction by value), or "name" when only its name gives it away. */
  source: string
  secret: string
}

export const leakCase: fc.Arbitrary<LeakCase> = fc
  .constantFrom(...Object.keys(PLACEMENTS))
  .chain((placement) =>
    fc.record({
      placement: fc.constant(placement),
      encoding: fc.constantFrom(...Object.keys(PLACEMENTS[placement]!.encodings)),
      name: fc.oneof(fc.constantFrom(...SPELLINGS).chain(anyCase), fc.constant(NEUTRAL)),
      source: fc.constantFrom('name', ...Object.keys(SOURCES)),
      secret: secretValue,
    }),
  )
  // A neutral name with nothing else revealing the value is no secret anyone could know.
  .filter((c) => c.source !== 'name' || (c.name !== NEUTRAL && c.placement !== 'path'))

/** The capture of a case: the source request first (if any), then the target. */
export function captureOf(c: LeakCase): Entry[] {
  const { place, encodings } = PLACEMENTS[c.placement]!
  const target = emptyEntry(TARGET)
  place(target, c.name, c.secret, encodings[c.encoding]!)
  const source = SOURCES[c.source]
  return source ? [source(c.secret), target] : [target]
}

/** The spellings of the secret found in a text (empty: no leak). */
export const leaksIn = (text: string, secret: string) => spellingsOf(secret).filter((s) => text.includes(s))

/** How many cases leak in the output each is checked in, by output and placement (every case counted). */
export function leakingCases(
  cases: readonly LeakCase[],
  output: (c: LeakCase, i: number) => [string, string],
) {
  const byPlace: Record<string, number> = {}
  let count = 0
  let first: string | undefined
  cases.forEach((c, i) => {
    const [name, text] = output(c, i)
    if (leaksIn(text, c.secret).length === 0) return
    count++
    const place = `${name}: ${c.placement}`
    byPlace[place] = (byPlace[place] ?? 0) + 1
    first ??= `${c.placement}/${c.encoding}/${c.name}/${c.source} in ${name}`
  })
  return { cases: cases.length, count, byPlace, ...(first ? { first } : {}) }
}

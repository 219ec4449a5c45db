import fc from 'fast-check'
import type { Entry, PostData } from 'har-format'
import { describe, expect, it, vi } from 'vitest'
import {
  collectSecrets,
  KnownSecrets,
  knownSecretsOf,
  REDACTED,
  redactHarEntry,
  redactUrl,
} from '../../../../src/shared/redact/index.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'
import { runs } from '../../property-runs.ts'

// Each layer of an entry's redaction where it alone decides: the values a field reveals, a header read by its
// value's shape, and the one search of the members no field reads by name (masked one by one only when it
// finds a known secret there).

const V3 = 'https://gateway.stage.bill.com/connect/v3'
const MASK = encodeURIComponent(REDACTED)
const headerValues = (e: Entry) => redactHarEntry(e).request.headers.map((h) => h.value)

describe('what an entry reveals', () => {
  it('splits cookies at `;` with or without a space, and unquotes only a value quoted whole', () => {
    const e = emptyEntry(`${V3}/x`)
    e.request.headers.push({
      name: 'Cookie',
      value: 'a=c-1234567;b=d-1234567; q="e-1234567"; w=x"f-1234567"; z="g-1234567"x',
    })
    expect(collectSecrets(e)).toEqual(['c-1234567', 'd-1234567', 'e-1234567', 'x"f-1234567"', '"g-1234567"x'])
  })

  it('nothing from a header, query pair or cookie without a value', () => {
    const e = emptyEntry(`${V3}/x`)
    e.request.headers.push({ name: 'Authorization' } as never, { name: 'Cookie' } as never)
    e.request.queryString.push({ name: 'token' } as never)
    e.request.cookies.push({ name: 'sid' } as never)
    expect(knownSecretsOf([e]).list()).toEqual([])
  })
})

describe('headers and pairs', () => {
  it('a query pair without a value keeps an empty one', () => {
    const e = emptyEntry(`${V3}/x?memo`)
    e.request.queryString.push({ name: 'memo' } as never)
    expect(redactHarEntry(e).request.queryString).toEqual([{ name: 'memo', value: '' }])
  })

  it('hides a cookie header whole even when its value reads as public; other headers keep a BDC code', () => {
    const e = emptyEntry(`${V3}/x`)
    e.request.headers.push(
      { name: 'Cookie', value: 'BDC_1109' },
      { name: 'set-cookie', value: 'BDC_1109' },
      { name: 'X-Error', value: 'BDC_1109' },
    )
    expect(headerValues(e)).toEqual([REDACTED, REDACTED, 'BDC_1109'])
  })

  it('reads a URL header that holds no URL like any other value', () => {
    const e = emptyEntry(`${V3}/x`)
    e.request.headers.push(
      { name: 'Location', value: 'code=123456' },
      { name: 'Referer', value: '+1 415 555 0100' },
      { name: 'Location', value: `${V3}/next?code=BDC_1109&page=2` },
    )
    expect(headerValues(e)).toEqual([`code=${MASK}`, REDACTED, `${V3}/next?code=BDC_1109&page=2`])
  })

  it('reads a URL in Referer, Location or :path as redactUrl does (property)', () => {
    const known = new KnownSecrets(['k-7654321'])
    const part = fc.constantFrom(
      '?',
      '&',
      ';',
      '#',
      '=',
      '/',
      'sessionId',
      'page',
      'code',
      '2',
      'k-7654321',
      '%20',
    )
    fc.assert(
      fc.property(
        fc.constantFrom('Referer', 'location', ':path'),
        fc.array(part, { maxLength: 8 }),
        (name, parts) => {
          const url = `/${parts.join('')}`
          const e = emptyEntry(`${V3}/x`)
          e.request.headers.push({ name, value: url })
          // With what the entry itself reveals (a value under a credential's name is masked elsewhere too).
          const all = knownSecretsOf([e], known)
          expect(redactHarEntry(e, known).request.headers[0]?.value).toBe(redactUrl(url, all))
        },
      ),
      runs(300),
    )
  })
})

describe('members no field reads by name', () => {
  it('a known secret there is masked at any depth; numbers and other strings stay', () => {
    const e = emptyEntry(`${V3}/x`)
    const frame = { url: 'https://cdn.example.com/k-7654321.js', lineNumber: 3, columnNumber: null }
    Object.assign(e, { _initiator: { type: 'script', stack: { callFrames: [frame] } } })
    const out = redactHarEntry(e, new KnownSecrets(['k-7654321'])) as unknown as Record<string, unknown>
    expect(out._initiator).toEqual({
      type: 'script',
      stack: {
        callFrames: [{ url: `https://cdn.example.com/${REDACTED}.js`, lineNumber: 3, columnNumber: null }],
      },
    })
  })

  // With every secret the entry reveals already known, `with` gives the same set back, so the spy sees all.
  const known = new KnownSecrets(['s-1234567', 'k-1234567', 'c-1234567'])

  function entryShowingKnownByName(form: boolean): Entry {
    const e = emptyEntry(`${V3}/login?sessionId=s-1234567`)
    e.request.queryString.push({ name: 'sessionId', value: 's-1234567' })
    e.request.headers.push({ name: 'X-Session', value: 's-1234567' })
    e.request.cookies.push({ name: 'sid', value: 'c-1234567' })
    e.request.postData = form
      ? ({
          mimeType: 'application/x-www-form-urlencoded',
          text: 'devKey=k-1234567',
          params: [{ name: 'devKey', value: 'k-1234567' }],
        } as unknown as PostData)
      : { mimeType: 'application/json', text: '{"devKey":"k-1234567"}', params: undefined }
    e.response.headers.push({ name: 'X-Echo', value: 's-1234567' })
    e.response.cookies.push({ name: 'sid', value: 'c-1234567' })
    e.response.redirectURL = `${V3}/next?sessionId=s-1234567`
    e.response.content.text = '{"sessionId":"s-1234567"}'
    return e
  }

  it('known secrets only where fields are read by name: masked there, no member masked again by value', () => {
    for (const form of [false, true]) {
      const maskDeep = vi.spyOn(known, 'maskDeep')
      const out = JSON.stringify(redactHarEntry(entryShowingKnownByName(form), known))
      expect(out).not.toMatch(/[skc]-1234567/)
      expect(out).toContain('X-Session')
      expect(maskDeep, `form: ${form}`).not.toHaveBeenCalled()
      maskDeep.mockRestore()
    }
  })

  it('two members are searched apart: a secret is never found across them', () => {
    const e = emptyEntry(`${V3}/x`)
    Object.assign(e, { _a: 'xx-abcd', _b: '1234-yy' })
    const halves = new KnownSecrets(['abcd1234'])
    const maskDeep = vi.spyOn(halves, 'maskDeep')
    const out = redactHarEntry(e, halves) as unknown as Record<string, unknown>
    expect([out._a, out._b]).toEqual(['xx-abcd', '1234-yy'])
    expect(maskDeep).not.toHaveBeenCalled()
  })
})

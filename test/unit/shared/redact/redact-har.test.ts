import type { PostData } from 'har-format'
import { describe, expect, it } from 'vitest'
import {
  collectSecrets,
  KnownSecrets,
  knownSecretsOf,
  REDACTED,
  redactHar,
  redactHarEntry,
} from '../../../../src/shared/redact/index.ts'
import { emptyEntry, harOf } from '../../har-entry-fixture.ts'

// One HAR entry, field by field: what each reveals is remembered and masked elsewhere, each field is read by
// its own syntax, and what names no secret is kept as it was. Chrome writes a form's text beside its params,
// which HAR's types do not allow: such entries are cast.

const V3 = 'https://gateway.stage.bill.com/connect/v3'
const MASK = encodeURIComponent(REDACTED)

describe('collectSecrets', () => {
  it('remembers cookie values without quotes, the first pair of a Set-Cookie, and a bearer token alone', () => {
    const e = emptyEntry(`${V3}/login?token=q-1234567`)
    e.request.headers.push(
      { name: 'Cookie', value: 'sid="c-1234567"; lang=en; =x; flag' },
      { name: 'Authorization', value: 'Bearer b-1234567' },
      { name: 'X-Note', value: 'devKey=d-1234567' },
      { name: 'Accept', value: 'text/html' },
    )
    e.response.headers.push({ name: 'Set-Cookie', value: 'sess=s-1234567; Path=/; Domain=bill.com' })
    e.response.redirectURL = '/next?sessionId=r-1234567'
    e.request.cookies.push({ name: 'a', value: 'k-1234567' })
    e.request.queryString.push(
      { name: 'mfaId', value: 'm-1234567' },
      { name: 'page', value: 'mfaId=n-1234567' },
    )
    e.request.postData = {
      mimeType: 'application/x-www-form-urlencoded',
      text: 'password=p-1234567',
      params: [{ name: 'rememberMeId', value: 'x-1234567' }, { name: 'memo' }],
    } as unknown as PostData
    e.response.content = {
      size: 0,
      mimeType: 'application/json',
      text: btoa('{"apiToken":"t-1234567"}'),
      encoding: 'base64',
    }
    expect(collectSecrets(e)).toEqual([
      'q-1234567',
      'r-1234567',
      'c-1234567',
      'en',
      'Bearer b-1234567',
      'b-1234567',
      'd-1234567',
      's-1234567',
      'k-1234567',
      'm-1234567',
      'n-1234567',
      'x-1234567',
      'p-1234567',
      't-1234567',
    ])
    expect(collectSecrets(e)).toBe(collectSecrets(e))
  })

  it('reads an entry with no cookies, headers, query, body or answer text', () => {
    const e = emptyEntry('')
    const bare = {
      ...e,
      request: { ...e.request, headers: undefined, cookies: undefined, queryString: undefined },
    }
    const response = {
      ...e.response,
      headers: undefined,
      cookies: undefined,
      content: undefined,
      redirectURL: undefined,
    }
    // biome-ignore lint/suspicious/noExplicitAny: a HAR as a careless writer leaves it
    expect(collectSecrets({ ...bare, response } as any)).toEqual([])
  })
})

describe('redactHarEntry', () => {
  it('reads headers by name: secret and cookie headers hidden, URL headers as URLs, others by shape', () => {
    const e = emptyEntry(`${V3}/x`)
    e.request.headers.push(
      { name: 'Cookie', value: 'lang=en' },
      { name: 'Referer', value: `${V3}/a?sessionId=s-1&page=2` },
      { name: 'Location', value: '/b?token=t-1' },
      { name: 'content-location', value: '/c?mfaId=m-1' },
      { name: ':path', value: '/d?devKey=k-1' },
      { name: 'X-Form', value: 'password=p&memo=m' },
      { name: 'Accept', value: 'application/json' },
    )
    e.response.headers.push({ name: 'set-cookie', value: 'a=b' }, { name: 'phone', value: '+1 415 555 0100' })
    const out = redactHarEntry(e)
    expect(out.request.headers.map((h) => h.value)).toEqual([
      REDACTED,
      `${V3}/a?sessionId=${MASK}&page=2`,
      `/b?token=${MASK}`,
      `/c?mfaId=${MASK}`,
      `/d?devKey=${MASK}`,
      `password=${MASK}&memo=m`,
      'application/json',
    ])
    expect(out.response.headers.map((h) => h.value)).toEqual([REDACTED, REDACTED])
  })

  it('hides every cookie, reads query pairs by name, and keeps the rest of each pair', () => {
    const e = emptyEntry(`${V3}/x?sessionId=s-1234567&page=2`)
    e.request.cookies.push({ name: 'lang', value: 'en', path: '/', comment: 'seen s-1234567' })
    e.response.cookies.push({ name: 'sid', value: 'v', httpOnly: true })
    e.request.queryString.push(
      { name: 'sessionId', value: 's-1234567' },
      { name: 'page', value: '2', comment: 'after s-1234567' },
    )
    const out = redactHarEntry(e)
    expect(out.request.url).toBe(`${V3}/x?sessionId=${MASK}&page=2`)
    expect(out.request.cookies).toEqual([
      { name: 'lang', value: REDACTED, path: '/', comment: `seen ${REDACTED}` },
    ])
    expect(out.response.cookies).toEqual([{ name: 'sid', value: REDACTED, httpOnly: true }])
    expect(out.request.queryString).toEqual([
      { name: 'sessionId', value: REDACTED },
      { name: 'page', value: '2', comment: `after ${REDACTED}` },
    ])
  })

  it('redacts a form by its text and its params, or by its text alone', () => {
    const e = emptyEntry(`${V3}/x`)
    e.request.postData = {
      mimeType: 'application/x-www-form-urlencoded',
      text: 'mfaCode=123456&memo=hi',
      params: [
        { name: 'mfaCode', value: '123456' },
        { name: 'memo', value: 'hi' },
      ],
      comment: 'code 123456',
    } as unknown as PostData
    const out = redactHarEntry(e).request.postData
    expect(out).toEqual({
      mimeType: 'application/x-www-form-urlencoded',
      text: `mfaCode=${MASK}&memo=hi`,
      params: [
        { name: 'mfaCode', value: REDACTED },
        { name: 'memo', value: 'hi' },
      ],
      comment: 'code 123456',
    })
    const json = emptyEntry(`${V3}/x`)
    json.request.postData = {
      mimeType: 'application/json',
      text: '{"devKey":"k-1234567"}',
      params: undefined,
    }
    expect(redactHarEntry(json).request.postData).toEqual({
      mimeType: 'application/json',
      text: '{"devKey":"[redacted]"}',
      params: undefined,
    })
    const noText = emptyEntry(`${V3}/x`)
    noText.request.postData = { mimeType: 'application/json' } as never
    expect(redactHarEntry(noText).request.postData).toEqual({ mimeType: 'application/json', text: '' })
    expect('postData' in redactHarEntry(emptyEntry(`${V3}/x`)).request).toBe(false)
  })

  it('decodes a base64 answer and exports it as redacted text, its other members masked by value', () => {
    const e = emptyEntry(`${V3}/login`)
    e.response.content = {
      size: 10,
      mimeType: 'application/json',
      text: btoa('{"sessionId":"s-1234567","ok":true}'),
      encoding: 'base64',
      comment: 'for s-1234567',
    }
    e.response.redirectURL = `${V3}/next?sessionId=s-1234567`
    expect(redactHarEntry(e).response).toMatchObject({
      content: {
        size: 10,
        mimeType: 'application/json',
        text: '{"sessionId":"[redacted]","ok":true}',
        comment: `for ${REDACTED}`,
      },
      redirectURL: `${V3}/next?sessionId=${MASK}`,
    })
    expect(redactHarEntry(e).response.content.encoding).toBeUndefined()
    const empty = emptyEntry(`${V3}/x`)
    empty.response.content = { size: 0, mimeType: 'text/plain' }
    expect(redactHarEntry(empty).response.content).toEqual({ size: 0, mimeType: 'text/plain' })
  })

  it('masks known secrets and its own in members no field reads by name, and keeps entries without any', () => {
    const e = emptyEntry(`${V3}/x?sessionId=s-1234567`)
    Object.assign(e, { _initiator: 'k-7654321 then s-1234567', comment: 'plain' })
    Object.assign(e.request, { _note: 'k-7654321' })
    Object.assign(e.response, { _note: 's-1234567' })
    const out = redactHarEntry(e, new KnownSecrets(['k-7654321'])) as unknown as Record<string, unknown>
    expect(out._initiator).toBe(`${REDACTED} then ${REDACTED}`)
    expect(out.comment).toBe('plain')
    expect((out.request as Record<string, unknown>)._note).toBe(REDACTED)
    expect((out.response as Record<string, unknown>)._note).toBe(REDACTED)
  })
})

describe('redactHar and knownSecretsOf', () => {
  it('masks what one entry reveals in all of them, on top of the secrets given', () => {
    const login = emptyEntry(`${V3}/login`)
    login.response.content = { size: 0, mimeType: 'application/json', text: '{"sessionId":"s-1234567"}' }
    const later = emptyEntry(`${V3}/vendors/s-1234567`)
    later.response.content = { size: 0, mimeType: 'application/json', text: '{"note":"k-7654321"}' }
    const out = redactHar(harOf(login, later))
    expect(out.log.entries[1]?.request.url).toBe(`${V3}/vendors/${REDACTED}`)
    expect(knownSecretsOf([login, later], new KnownSecrets(['k-7654321'])).list()).toEqual([
      'k-7654321',
      's-1234567',
    ])
    expect(knownSecretsOf([later]).list()).toEqual([])
  })
})

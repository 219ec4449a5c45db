import { describe, expect, it } from 'vitest'
import { decodeHarParamValue } from '../../../../src/shared/har/form-value.ts'
import { harEntryToRequest } from '../../../../src/shared/har/normalize.ts'
import { responseText } from '../../../../src/shared/har/response-text.ts'
import { isHar } from '../../../../src/shared/har/types.ts'

const entry = (postData: unknown, response: unknown = { status: 200, content: { text: '{}' } }) => ({
  startedDateTime: '2026-04-01T10:00:00.000Z',
  request: {
    method: 'post',
    url: 'https://api-stage.bill.com/api/v2/MFAChallenge.json',
    headers: [{ name: 'a', value: 'b' }],
    postData,
  },
  response,
})

describe('HAR entry → normalized request', () => {
  it('prefers the text over params', () => {
    const r = harEntryToRequest(
      entry({
        mimeType: 'application/x-www-form-urlencoded',
        text: 'data=x',
        params: [{ name: 'data', value: 'y' }],
      }),
    )
    expect(r).toEqual({
      method: 'POST',
      url: 'https://api-stage.bill.com/api/v2/MFAChallenge.json',
      headers: [{ name: 'a', value: 'b' }],
      body: { mimeType: 'application/x-www-form-urlencoded', text: 'data=x' },
      time: '2026-04-01T10:00:00.000Z',
      response: { status: 200, body: { text: '{}' } },
    })
  })

  it('decodes Chrome’s percent-encoded params and keeps Firefox’s raw ones', () => {
    const chrome = harEntryToRequest(
      entry({ params: [{ name: 'data', value: '%7B%22useBackup%22%3Atrue%7D' }] }),
    )
    const firefox = harEntryToRequest(
      entry({ params: [{ name: 'data', value: '{"useBackup":true,"memo":"a+b 100%"}' }] }),
    )
    expect(chrome?.body?.params).toEqual([{ name: 'data', value: '{"useBackup":true}' }])
    expect(firefox?.body?.params).toEqual([{ name: 'data', value: '{"useBackup":true,"memo":"a+b 100%"}' }])
    expect(decodeHarParamValue('a+b')).toBe('a b')
    expect(decodeHarParamValue('%E0%A4%A')).toBe('%E0%A4%A')
    expect(decodeHarParamValue('plain')).toBe('plain')
  })

  it('drops unanswered responses and tolerates missing or odd fields', () => {
    expect(harEntryToRequest(entry(undefined, { status: 0 }))?.response).toBeUndefined()
    expect(harEntryToRequest({ request: { url: 'https://x/' } })).toEqual({
      method: 'GET',
      url: 'https://x/',
      headers: [],
    })
    expect(harEntryToRequest({ request: { method: 'GET' } })).toBeUndefined()
    expect(harEntryToRequest(null)).toBeUndefined()
    expect(
      harEntryToRequest({ request: { url: 'u', headers: [null, { name: 1 }, { name: 'n' }] } })?.headers,
    ).toEqual([{ name: 'n', value: '' }])
  })

  it('decodes base64 response content as UTF-8', () => {
    const text = '[{"code":"BDC_1361","message":"Untrusted session. é"}]'
    const b64 = Buffer.from(text, 'utf8').toString('base64')
    expect(responseText({ status: 403, body: { text: b64, encoding: 'base64' } })).toBe(text)
    expect(responseText({ status: 403, body: { text: '!!', encoding: 'base64' } })).toBeUndefined()
    expect(responseText({ status: 200 })).toBeUndefined()
  })

  it('recognizes HAR documents', () => {
    expect(isHar({ log: { entries: [] } })).toBe(true)
    expect(isHar({ log: {} })).toBe(false)
    expect(isHar([])).toBe(false)
  })
})

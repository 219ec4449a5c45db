import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  bodyText,
  type Exchange,
  MAX_RECORDED_BYTES,
  toHarEntry,
  toNormalizedRequest,
} from '../../../../src/cli/proxy/exchange.ts'

// One proxied call as the rules and the HAR read it: bodies decoded (boundedly), headers and sizes as sent.

const enc = (value: string) => [{ name: 'Content-Encoding', value }]
const text = '{"sessionId":"s"}'

describe('bodyText', () => {
  it('nothing for no body or an empty one', () => {
    expect(bodyText(undefined, [])).toBeUndefined()
    expect(bodyText(Buffer.alloc(0), [])).toBeUndefined()
  })

  it.each([
    ['', Buffer.from(text)],
    ['identity', Buffer.from(text)],
    ['gzip', gzipSync(text)],
    ['x-gzip', gzipSync(text)],
    ['DEFLATE', deflateSync(text)],
    ['br', brotliCompressSync(text)],
    ['deflate, gzip', gzipSync(deflateSync(text))],
    ['gzip,identity, br', brotliCompressSync(gzipSync(text))],
  ])('content-encoding "%s" is undone', (encoding, body) => {
    expect(bodyText(body, enc(encoding))).toEqual({ text })
  })

  it('an encoding it does not know, or a body that does not decode, gives no text', () => {
    expect(bodyText(Buffer.from(text), enc('zstd'))).toBeUndefined()
    expect(bodyText(Buffer.from(text), enc('gzip'))).toBeUndefined()
  })

  it('a body too large to keep, or one that decodes to more than the limit, is named, not read', () => {
    expect(bodyText({ tooLarge: 5_000_000 }, [])).toEqual({
      omitted: 'body too large (5000000 bytes, over 4 MiB): forwarded in full, neither linted nor recorded',
    })
    const bomb = gzipSync(Buffer.alloc(MAX_RECORDED_BYTES + 1))
    expect(bodyText(bomb, enc('gzip'))).toEqual({
      omitted: `body too large (${bomb.length} bytes that decode to more, over 4 MiB): forwarded in full, neither linted nor recorded`,
    })
  })
})

const exchange: Exchange = {
  startedAt: Date.UTC(2026, 3, 10),
  ms: 42,
  method: 'POST',
  url: 'http://127.0.0.1:4010/connect/v3/mfa/challenge?a=1&b=2',
  requestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
  requestBody: Buffer.from('{"useBackup":true}'),
  status: 302,
  statusText: 'Found',
  responseHeaders: [
    { name: 'content-type', value: 'application/json' },
    { name: 'Location', value: 'https://elsewhere.example/' },
  ],
  responseBody: Buffer.from('[]'),
}

describe('toNormalizedRequest', () => {
  it('the request with its body and type, the answer with its status and body', () => {
    expect(toNormalizedRequest(exchange)).toEqual({
      method: 'POST',
      url: exchange.url,
      headers: exchange.requestHeaders,
      time: '2026-04-10T00:00:00.000Z',
      body: { text: '{"useBackup":true}', mimeType: 'application/json' },
      response: { status: 302, body: { text: '[]' } },
    })
  })

  it('leaves out what is not there', () => {
    const bare = { ...exchange, requestHeaders: [], responseBody: undefined }
    const read = toNormalizedRequest(bare)
    expect(read.body).toEqual({ text: '{"useBackup":true}' })
    expect(read.response).toEqual({ status: 302 })
    expect(toNormalizedRequest({ ...bare, requestBody: undefined })).not.toHaveProperty('body')
  })
})

describe('toHarEntry', () => {
  it('a HAR 1.2 entry as sent: query, body, sizes, redirect target and timings', () => {
    const entry = toHarEntry(exchange)
    expect(entry).toMatchObject({
      startedDateTime: '2026-04-10T00:00:00.000Z',
      time: 42,
      request: {
        method: 'POST',
        httpVersion: 'HTTP/1.1',
        queryString: [
          { name: 'a', value: '1' },
          { name: 'b', value: '2' },
        ],
        cookies: [],
        headersSize: -1,
        bodySize: 18,
        postData: { mimeType: 'application/json', text: '{"useBackup":true}' },
      },
      response: {
        status: 302,
        statusText: 'Found',
        httpVersion: 'HTTP/1.1',
        cookies: [],
        content: { size: 2, mimeType: 'application/json', text: '[]' },
        redirectURL: 'https://elsewhere.example/',
        headersSize: -1,
        bodySize: 2,
      },
      cache: {},
      timings: { send: 0, wait: 42, receive: 0 },
    })
  })

  it('a body too large is sized and explained, not included', () => {
    const entry = toHarEntry({
      ...exchange,
      url: 'not a url',
      requestHeaders: [],
      requestBody: { tooLarge: 5_000_000 },
      responseHeaders: [],
      responseBody: { tooLarge: 6_000_000 },
    })
    expect(entry.request.queryString).toEqual([])
    expect(entry.request.bodySize).toBe(5_000_000)
    expect(entry.request.postData).toEqual({
      mimeType: '',
      text: '',
      comment: expect.stringMatching(/^body too large \(5000000 bytes/),
    })
    expect(entry.response.content).toEqual({
      size: 0,
      mimeType: '',
      comment: expect.stringMatching(/^body too large \(6000000 bytes/),
    })
    expect(entry.response.redirectURL).toBe('')
    expect(entry.response.bodySize).toBe(6_000_000)
  })

  it('no bodies: no postData, an empty content', () => {
    const entry = toHarEntry({ ...exchange, requestBody: undefined, responseBody: undefined })
    expect(entry.request).not.toHaveProperty('postData')
    expect(entry.request.bodySize).toBe(0)
    expect(entry.response.content).toEqual({ size: 0, mimeType: 'application/json' })
  })
})

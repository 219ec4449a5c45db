import type { IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type InFront, proxyInFront, send } from './proxy-in-front.ts'

// What passes through whatever the method: a body sent with a GET or a DELETE (legal HTTP, RFC 9110 §9.3.1),
// and a redirect, which goes back to the client instead of being followed.

interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

describe('the forwarder passes through', () => {
  let at: InFront
  const seen: Seen[] = []

  beforeAll(async () => {
    at = await proxyInFront((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => {
        body += c
      })
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
        if (req.url?.endsWith('/moved')) {
          res.writeHead(302, { location: '/connect/v3/elsewhere', 'content-type': 'text/plain' })
          res.end('see elsewhere')
          return
        }
        res.end(`got ${body.length} bytes`)
      })
    })
  })
  afterAll(() => at?.close())
  beforeEach(() => {
    seen.length = 0
    at.exchanges.length = 0
  })

  it('the body of a GET, with its length, and records it', async () => {
    const body = '{"filters":[{"field":"id"}]}'
    const res = await send(
      `${at.proxy.url}/connect/v3/vendors`,
      'GET',
      { 'content-length': String(body.length) },
      body,
    )
    expect(res.body).toBe(`got ${body.length} bytes`)
    expect(seen).toMatchObject([{ method: 'GET', body, headers: { 'content-length': String(body.length) } }])
    expect(at.exchanges[0]?.requestBody?.toString()).toBe(body)
  })

  it('the body of a GET sent in chunks, and of a DELETE', async () => {
    await send(`${at.proxy.url}/connect/v3/vendors`, 'GET', { 'transfer-encoding': 'chunked' }, 'a=1')
    await send(
      `${at.proxy.url}/connect/v3/vendors/v1`,
      'DELETE',
      { 'content-length': '14' },
      '{"why":"test"}',
    )
    expect(seen.map((s) => [s.method, s.body])).toEqual([
      ['GET', 'a=1'],
      ['DELETE', '{"why":"test"}'],
    ])
    expect(at.exchanges.map((x) => x.requestBody?.toString())).toEqual(['a=1', '{"why":"test"}'])
  })

  it('a GET without a body stays without one, and without body framing', async () => {
    await send(`${at.proxy.url}/connect/v3/session`, 'GET')
    expect(seen).toHaveLength(1)
    expect(seen[0]?.body).toBe('')
    expect(seen[0]?.headers['content-length']).toBeUndefined()
    expect(seen[0]?.headers['transfer-encoding']).toBeUndefined()
    expect(at.exchanges[0]).not.toHaveProperty('requestBody')
  })

  it('a redirect back to the client, never following it', async () => {
    const res = await send(`${at.proxy.url}/connect/v3/moved`, 'GET')
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('/connect/v3/elsewhere')
    expect(res.body).toBe('see elsewhere')
    expect(seen.map((s) => s.url)).toEqual(['/connect/v3/moved'])
    expect(at.exchanges[0]).toMatchObject({ status: 302, statusText: 'Found' })
    expect(at.exchanges[0]?.responseBody?.toString()).toBe('see elsewhere')
  })
})

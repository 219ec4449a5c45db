import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Exchange } from '../../../../src/cli/proxy/exchange.ts'
import { routesFor } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

// What passes through whatever the method: a body sent with a GET or a DELETE (legal HTTP, RFC 9110 §9.3.1),
// and a redirect, which goes back to the client instead of being followed.

interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

function send(url: string, method: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = ''
      res.on('data', (c: Buffer) => {
        text += c
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('the forwarder passes through', () => {
  let target: Server
  let proxy: LintProxy
  const seen: Seen[] = []
  const exchanges: Exchange[] = []

  beforeAll(async () => {
    target = createServer((req, res) => {
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
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()))
    proxy = await startLintProxy({
      routes: routesFor([`http://127.0.0.1:${(target.address() as AddressInfo).port}`]),
      port: 0,
      onExchange: (x) => exchanges.push(x),
      onProblem: () => undefined,
    })
  })
  afterAll(async () => {
    await proxy?.close()
    target?.close()
  })
  beforeEach(() => {
    seen.length = 0
    exchanges.length = 0
  })

  it('the body of a GET, with its length, and records it', async () => {
    const body = '{"filters":[{"field":"id"}]}'
    const res = await send(
      `${proxy.url}/connect/v3/vendors`,
      'GET',
      { 'content-length': String(body.length) },
      body,
    )
    expect(res.body).toBe(`got ${body.length} bytes`)
    expect(seen).toMatchObject([{ method: 'GET', body, headers: { 'content-length': String(body.length) } }])
    expect(exchanges[0]?.requestBody?.toString()).toBe(body)
  })

  it('the body of a GET sent in chunks, and of a DELETE', async () => {
    await send(`${proxy.url}/connect/v3/vendors`, 'GET', { 'transfer-encoding': 'chunked' }, 'a=1')
    await send(`${proxy.url}/connect/v3/vendors/v1`, 'DELETE', { 'content-length': '14' }, '{"why":"test"}')
    expect(seen.map((s) => [s.method, s.body])).toEqual([
      ['GET', 'a=1'],
      ['DELETE', '{"why":"test"}'],
    ])
    expect(exchanges.map((x) => x.requestBody?.toString())).toEqual(['a=1', '{"why":"test"}'])
  })

  it('a GET without a body stays without one, and without body framing', async () => {
    await send(`${proxy.url}/connect/v3/session`, 'GET')
    expect(seen).toHaveLength(1)
    expect(seen[0]?.body).toBe('')
    expect(seen[0]?.headers['content-length']).toBeUndefined()
    expect(seen[0]?.headers['transfer-encoding']).toBeUndefined()
    expect(exchanges[0]).not.toHaveProperty('requestBody')
  })

  it('a redirect back to the client, never following it', async () => {
    const res = await send(`${proxy.url}/connect/v3/moved`, 'GET')
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('/connect/v3/elsewhere')
    expect(res.body).toBe('see elsewhere')
    expect(seen.map((s) => s.url)).toEqual(['/connect/v3/moved'])
    expect(exchanges[0]).toMatchObject({ status: 302, statusText: 'Found' })
    expect(exchanges[0]?.responseBody?.toString()).toBe('see elsewhere')
  })
})

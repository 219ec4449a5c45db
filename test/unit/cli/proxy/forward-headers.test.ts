import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Exchange } from '../../../../src/cli/proxy/exchange.ts'
import { routesFor } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

// Every hop-by-hop header of RFC 9110 §7.6.1, in any case, both ways (forward.test.ts checks a few), the
// names a Connection header lists with spaces and capitals, and the time a record gives.

function send(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', reject)
    req.end('{}')
  })
}

/** Sends a raw request and resolves with the whole answer once the proxy closes the connection. */
function raw(url: string, text: string) {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () => socket.end(text))
    let got = ''
    socket.on('data', (c: Buffer) => {
      got += c
    })
    socket.on('end', () => resolve(got))
    socket.on('error', reject)
  })
}

describe('the forwarder drops hop-by-hop headers', () => {
  let upstream: Server
  let proxy: LintProxy
  let targetHost: string
  const seen: IncomingHttpHeaders[] = []
  const exchanges: Exchange[] = []

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        seen.push(req.headers)
        res.writeHead(
          200,
          [
            ['Connection', ' X-Named-Back , keep-alive'],
            ['X-Named-Back', 'dropped'],
            ['Keep-Alive', 'timeout=77'],
            ['Proxy-Connection', 'keep-alive'],
            ['Proxy-Authenticate', 'Basic realm="x"'],
            ['TE', 'trailers'],
            ['Trailer', 'x-checksum'],
            ['Upgrade', 'h2c'],
            ['X-Back', 'kept'],
          ].flat(),
        )
        res.end('ok')
      })
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()))
    targetHost = `127.0.0.1:${(upstream.address() as AddressInfo).port}`
    proxy = await startLintProxy({
      routes: routesFor([`http://${targetHost}`]),
      port: 0,
      onExchange: (x) => exchanges.push(x),
      onProblem: () => undefined,
    })
  })
  afterAll(async () => {
    await proxy?.close()
    upstream?.close()
  })
  beforeEach(() => {
    seen.length = 0
    exchanges.length = 0
  })

  it('from the client, in any case, and sends the target its own Host', async () => {
    const res = await send(`${proxy.url}/connect/v3/login`, {
      Connection: ' X-Named , keep-alive',
      'X-Named': 'dropped',
      'Keep-Alive': 'timeout=5',
      'Proxy-Connection': 'keep-alive',
      'Proxy-Authorization': 'Basic abc',
      'Proxy-Authenticate': 'Basic',
      TE: 'trailers',
      Trailer: 'x-checksum',
      Upgrade: 'h2c',
      Expect: '100-continue',
      'X-Forth': 'kept',
    })
    expect(res.status).toBe(200)
    const got = seen[0] ?? {}
    for (const name of [
      'x-named',
      'keep-alive',
      'proxy-connection',
      'proxy-authorization',
      'proxy-authenticate',
      'te',
      'trailer',
      'upgrade',
      'expect',
    ])
      expect(got[name], name).toBeUndefined()
    expect(got['x-forth']).toBe('kept')
    expect(got.host).toBe(targetHost)
    const recorded = exchanges[0]?.requestHeaders.map((h) => h.name.toLowerCase()) ?? []
    expect(recorded).toContain('x-forth')
    expect(recorded).not.toContain('host')
    expect(recorded).not.toContain('x-named')
  })

  it('from the target, in any case', async () => {
    const res = await send(`${proxy.url}/connect/v3/login`, {})
    for (const name of ['x-named-back', 'proxy-connection', 'proxy-authenticate', 'te', 'trailer', 'upgrade'])
      expect(res.headers[name], name).toBeUndefined()
    expect(res.headers['keep-alive']).not.toBe('timeout=77')
    expect(res.headers['x-back']).toBe('kept')
    const recorded = exchanges[0]?.responseHeaders.map((h) => h.name.toLowerCase()) ?? []
    expect(recorded).toContain('x-back')
    expect(recorded).not.toContain('x-named-back')
    expect(recorded).not.toContain('connection')
  })

  it('records exactly the headers it forwards, nothing added', async () => {
    await send(`${proxy.url}/connect/v3/login`, { 'X-Forth': 'kept' })
    const names = exchanges[0]?.requestHeaders.map((h) => h.name.toLowerCase()).sort()
    expect(names).toEqual(['content-length', 'x-forth'])
  })

  it('answers a request for another site (absolute form) with its own plain-text 404', async () => {
    const port = new URL(proxy.url).port
    const answer = await raw(
      proxy.url,
      `GET http://example.com/connect/v3/login HTTP/1.0\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 404 /)
    expect(answer).toMatch(/\r\ncontent-type: text\/plain; charset=utf-8\r\n/i)
    expect(answer).toMatch(/\r\n\r\nbill-mfa-lint proxy: no target for this path/)
    expect(seen).toEqual([])
  })

  it('records how long the call took, within the time the client waited', async () => {
    const before = performance.now()
    await send(`${proxy.url}/connect/v3/login`, {})
    const waited = performance.now() - before
    const ms = exchanges[0]?.ms ?? -1
    expect(ms).toBeGreaterThan(0)
    expect(ms).toBeLessThanOrEqual(waited)
  })
})

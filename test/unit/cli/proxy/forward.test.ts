import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Exchange } from '../../../../src/cli/proxy/exchange.ts'
import { routesFor } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'
import { send } from './proxy-in-front.ts'

// What the forwarder drops (hop-by-hop headers, RFC 9110 §7.6.1), what it records of each call, and that a
// failure to record costs that record only.

interface Seen {
  headers: Record<string, string | string[] | undefined>
  socket: object
  body: string
}

describe('the forwarder', () => {
  let upstream: Server
  let proxy: LintProxy
  let origin: string
  const seen: Seen[] = []
  const exchanges: Exchange[] = []
  const problems: string[] = []
  let failRecording = false

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => {
        body += c
      })
      req.on('end', () => {
        seen.push({ headers: req.headers, socket: req.socket, body })
        res.writeHead(
          201,
          [
            ['connection', 'keep-alive, x-hop'],
            ['x-hop', 'dropped'],
            ['keep-alive', 'timeout=77'],
            ['x-kept', 'yes'],
            ['content-type', 'application/json'],
          ].flat(),
        )
        res.end('{"ok":true}')
      })
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()))
    origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    proxy = await startLintProxy({
      routes: routesFor([origin]),
      port: 0,
      onExchange: (x) => {
        if (failRecording) throw new Error('disk full')
        exchanges.push(x)
      },
      onProblem: (line) => problems.push(line),
    })
  })
  afterAll(async () => {
    await proxy?.close()
    upstream?.close()
  })
  beforeEach(() => {
    seen.length = 0
    exchanges.length = 0
    problems.length = 0
    failRecording = false
  })

  it('drops the hop-by-hop headers both ways, and those the Connection header names', async () => {
    const res = await send(
      `${proxy.url}/connect/v3/login`,
      'POST',
      {
        connection: 'x-private',
        'x-private': 'dropped',
        'proxy-authorization': 'Basic abc',
        te: 'trailers',
        'x-end-to-end': 'kept',
      },
      '{}',
    )
    const got = seen[0]?.headers ?? {}
    expect(got['x-end-to-end']).toBe('kept')
    expect(got['x-private']).toBeUndefined()
    expect(got['proxy-authorization']).toBeUndefined()
    expect(got.te).toBeUndefined()
    expect(res.status).toBe(201)
    expect(res.headers['x-kept']).toBe('yes')
    expect(res.headers['x-hop']).toBeUndefined()
    expect(res.headers['keep-alive']).not.toBe('timeout=77')
  })

  it('records the call as the target got it and as it answered', async () => {
    const before = Date.now()
    await send(`${proxy.url}/api/v2/Login.json?a=1`, 'POST', { 'content-type': 'text/plain' }, 'hello')
    const x = exchanges[0] as Exchange
    expect(x.method).toBe('POST')
    expect(x.url).toBe(`${origin}/api/v2/Login.json?a=1`)
    expect(x.status).toBe(201)
    expect(x.statusText).toBe('Created')
    expect(x.requestHeaders).toContainEqual({ name: 'content-type', value: 'text/plain' })
    expect(x.requestHeaders.map((h) => h.name.toLowerCase())).not.toContain('connection')
    expect(x.responseHeaders).toContainEqual({ name: 'x-kept', value: 'yes' })
    expect(x.responseHeaders.map((h) => h.name.toLowerCase())).not.toContain('x-hop')
    expect(String(x.requestBody)).toBe('hello')
    expect(String(x.responseBody)).toBe('{"ok":true}')
    expect(x.startedAt).toBeGreaterThanOrEqual(before)
    expect(x.startedAt).toBeLessThanOrEqual(Date.now())
    expect(x.ms).toBeGreaterThan(0)
  })

  it('a GET forwards and records no body', async () => {
    await send(`${proxy.url}/connect/v3/session`, 'GET', {})
    expect(seen[0]?.body).toBe('')
    expect(exchanges[0]?.method).toBe('GET')
    expect(exchanges[0]?.requestBody).toBeUndefined()
  })

  it('a call it cannot record is still answered, and said once', async () => {
    failRecording = true
    const res = await send(`${proxy.url}/connect/v3/login?sessionId=s`, 'POST', {}, '{}')
    expect(res.body).toBe('{"ok":true}')
    expect(problems).toEqual(['POST /connect/v3/login: not recorded (disk full)'])
  })

  it('keeps its connection to the target open between calls', async () => {
    await send(`${proxy.url}/connect/v3/login`, 'POST', {}, '{}')
    await send(`${proxy.url}/connect/v3/login`, 'POST', {}, '{}')
    expect(seen).toHaveLength(2)
    expect(seen[0]?.socket).toBe(seen[1]?.socket)
  })
})

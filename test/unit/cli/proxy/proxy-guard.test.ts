import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Route, routeFor, routesFor } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'
import { isLoopbackHost, isLoopbackOrigin } from '../../../../src/shared/net/loopback.ts'

// Who may use the proxy, and where a path may go: only this machine's pages and programs, only under BILL's
// prefixes once dot segments are resolved, each path to the longest --target prefix that holds it.

function send(url: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', path, headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => {
        body += c
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end('{}')
  })
}

describe('proxy guard', () => {
  let upstream: Server
  let proxy: LintProxy
  let port: number
  const seen: string[] = []
  const problems: string[] = []

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.push(req.url ?? '')
      req.resume()
      req.on('end', () => res.end('{}'))
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()))
    const origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    proxy = await startLintProxy({
      routes: routesFor([origin]),
      port: 0,
      onExchange: () => undefined,
      onProblem: (line) => problems.push(line),
    })
    port = Number(new URL(proxy.url).port)
  })
  afterAll(async () => {
    await proxy?.close()
    upstream?.close()
  })

  it('answers only its own Host: 127.0.0.1:PORT and localhost:PORT', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      seen.length = 0
      expect((await send(proxy.url, '/connect/v3/login', { host })).status, host).toBe(200)
      expect(seen, host).toEqual(['/connect/v3/login'])
    }
    for (const host of [
      `rebound.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `localhost.:${port}`,
    ]) {
      seen.length = 0
      const res = await send(proxy.url, '/connect/v3/login', { host })
      expect(res.status, host).toBe(403)
      expect(res.body, host).toContain(`the Host must be 127.0.0.1:${port} or localhost:${port}`)
      expect(seen, host).toEqual([])
    }
    expect(problems.at(-1)).toMatch(/^POST refused: the Host must be/)
  })

  it('refuses a request a page on another site sends, and forwards one from a local page', async () => {
    const host = `127.0.0.1:${port}`
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      seen.length = 0
      const res = await send(proxy.url, '/connect/v3/login', { host, origin })
      expect(res.status, origin).toBe(403)
      expect(seen, origin).toEqual([])
    }
    for (const origin of ['http://localhost:3000', `http://127.0.0.1:${port}`]) {
      seen.length = 0
      expect((await send(proxy.url, '/connect/v3/login', { host, origin })).status, origin).toBe(200)
      expect(seen).toEqual(['/connect/v3/login'])
    }
  })

  it('resolves dot segments before matching a prefix, and forwards the resolved path', async () => {
    const host = `127.0.0.1:${port}`
    for (const path of [
      '/connect/../__sandbox/sms',
      '/connect/v3/../../__sandbox/reset',
      '/connect/%2e%2e/__sandbox/faults',
      '/api/v2/.%2E/.%2e/__sandbox/clock',
      '/connect\\..\\__sandbox/sms',
    ]) {
      seen.length = 0
      const res = await send(proxy.url, path, { host })
      expect(res.status, path).toBe(404)
      expect(seen, path).toEqual([])
    }
    seen.length = 0
    expect((await send(proxy.url, '/connect/v3/mfa/../login?x=1', { host })).status).toBe(200)
    expect((await send(proxy.url, '//connect/v3/login', { host })).status).toBe(404)
    expect(seen).toEqual(['/connect/v3/login?x=1'])
  })
})

describe('loopback checks', () => {
  it('takes no other host name, whatever it is', () => {
    fc.assert(
      fc.property(fc.domain(), fc.integer({ min: 1, max: 65535 }), (name, port) => {
        const loopback = name.toLowerCase() === 'localhost'
        expect(isLoopbackHost(`${name}:${port}`, port)).toBe(loopback)
        expect(isLoopbackOrigin(`http://${name}:${port}`)).toBe(loopback)
      }),
    )
  })
})

describe('proxy routes: the longest --target prefix wins', () => {
  const spec = (prefix: string, i: number) => `${prefix}=http://t${i}.test`

  it('sends each path to the longest prefix that holds it, whatever the order of --target', () => {
    const targets = ['/connect/=http://short.test', '/connect/v3/mfa/=http://long.test']
    for (const order of [targets, [...targets].reverse()]) {
      const routes = routesFor(order)
      expect(routeFor(routes, '/connect/v3/mfa/challenge')?.origin).toBe('http://long.test')
      expect(routeFor(routes, '/connect/v3/mfa')?.origin).toBe('http://long.test')
      expect(routeFor(routes, '/connect/v3/mfax')?.origin).toBe('http://short.test')
      expect(routeFor(routes, '/connect/v3/login')?.origin).toBe('http://short.test')
      expect(routeFor(routes, '/api/v2/Login.json')?.origin).toBe('https://api-stage.bill.com')
    }
  })

  it('agrees with a brute-force search over any set of prefixes', () => {
    const segment = fc.constantFrom('connect', 'v3', 'mfa', 'api', 'v2', 'a')
    const prefix = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}/`)
    fc.assert(
      fc.property(
        fc.array(prefix, { maxLength: 6 }),
        fc.array(segment, { maxLength: 6 }),
        (prefixes, path) => {
          const routes: Route[] = routesFor(prefixes.map(spec))
          const p = `/${path.join('/')}`
          const holding = routes.filter((r) => p.startsWith(r.prefix) || `${p}/` === r.prefix)
          const longest = Math.max(-1, ...holding.map((r) => r.prefix.length))
          expect(routeFor(routes, p)?.prefix.length ?? -1).toBe(longest)
        },
      ),
    )
  })
})

import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Exchange, MAX_RECORDED_BYTES, toNormalizedRequest } from '../../../../src/cli/proxy/exchange.ts'
import { DEFAULT_ROUTES, routeFor, routesFor, upstreamUrl } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

interface Seen {
  method: string
  url: string
  rawHeaders: string[]
  headers: IncomingHttpHeaders
  sha: string
  size: number
}

const ANSWER = gzipSync(JSON.stringify([{ code: 'BDC_1380', message: 'Backup phone MFA was removed' }]))

function send(url: string, method: string, headers: Record<string, string | string[]>, body?: Buffer) {
  return new Promise<{ status: number; rawHeaders: string[]; body: Buffer }>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('proxy forwarding', () => {
  let upstream: Server
  let origin: string
  let proxy: LintProxy
  const seen: Seen[] = []
  const exchanges: Exchange[] = []
  const problems: string[] = []

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const hash = createHash('sha256')
      let size = 0
      req.on('data', (c: Buffer) => {
        hash.update(c)
        size += c.length
      })
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          rawHeaders: req.rawHeaders,
          headers: req.headers,
          sha: hash.digest('hex'),
          size,
        })
        res.writeHead(
          400,
          [
            ['content-type', 'application/json'],
            ['content-encoding', 'gzip'],
            ['set-cookie', 'a=1'],
            ['set-cookie', 'b=2'],
            ['x-bill-trace', 't-1'],
          ].flat(),
        )
        res.end(ANSWER)
      })
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()))
    origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    proxy = await startLintProxy({
      routes: routesFor([origin]),
      port: 0,
      onExchange: (x) => exchanges.push(x),
      onProblem: (line) => problems.push(line),
    })
  })
  afterAll(async () => {
    await proxy?.close()
    upstream?.close()
  })

  it('forwards the request and the answer unchanged, except Host', async () => {
    const body = Buffer.from('{"useBackup":true}')
    const res = await send(
      `${proxy.url}/connect/v3/mfa/challenge?x=1&x=2`,
      'POST',
      {
        'content-type': 'application/json',
        sessionId: 'S-1',
        'x-dup': ['1', '2'],
        'content-length': String(body.length),
      },
      body,
    )
    const got = seen.at(-1)
    expect(got).toMatchObject({ method: 'POST', url: '/connect/v3/mfa/challenge?x=1&x=2', size: body.length })
    expect(got?.sha).toBe(createHash('sha256').update(body).digest('hex'))
    expect(got?.headers.host).toBe(new URL(origin).host)
    expect(got?.headers.sessionid).toBe('S-1')
    expect(got?.rawHeaders.filter((_, i, all) => all[i - 1]?.toLowerCase() === 'x-dup')).toEqual(['1', '2'])
    expect(res.status).toBe(400)
    expect(res.body.equals(ANSWER)).toBe(true)
    expect(res.rawHeaders.filter((_, i, all) => all[i - 1] === 'set-cookie')).toEqual(['a=1', 'b=2'])
    expect(res.rawHeaders).toContain('x-bill-trace')

    const x = exchanges.at(-1) as Exchange
    expect(x.url).toBe(`${origin}/connect/v3/mfa/challenge?x=1&x=2`)
    const normalized = toNormalizedRequest(x)
    expect(normalized.body?.text).toBe('{"useBackup":true}')
    expect(normalized.response?.body?.text).toContain('BDC_1380')
  })

  it('streams bodies larger than it records', async () => {
    const big = Buffer.alloc(MAX_RECORDED_BYTES + 1024 * 1024, 'a')
    const res = await send(`${proxy.url}/api/v2/Bulk.json`, 'POST', { 'transfer-encoding': 'chunked' }, big)
    expect(res.status).toBe(400)
    expect(seen.at(-1)?.sha).toBe(createHash('sha256').update(big).digest('hex'))
    expect(exchanges.at(-1)?.requestBody).toEqual({ tooLarge: big.length })
  })

  it('answers 404 for paths outside BILL’s and 502 when the target is down', async () => {
    const outside = await send(`${proxy.url}/other`, 'GET', {})
    expect(outside.status).toBe(404)
    expect(outside.body.toString()).toContain('no target for this path')
    const down = await startLintProxy({
      routes: routesFor(['http://127.0.0.1:9']),
      port: 0,
      onExchange: () => undefined,
      onProblem: (line) => problems.push(line),
    })
    const res = await send(`${down.url}/connect/v3/login`, 'POST', {}, Buffer.from('{}'))
    await down.close()
    expect(res.status).toBe(502)
    expect(problems.at(-1)).toMatch(
      /^POST \/connect\/v3\/login → http:\/\/127\.0\.0\.1:9 failed: ECONNREFUSED$/,
    )
  })
})

describe('proxy routes', () => {
  it('sends BILL’s prefixes to BILL’s sandbox by default', () => {
    const v2 = routeFor(DEFAULT_ROUTES, '/api/v2/Login.json')
    expect(v2 && upstreamUrl(v2, '/api/v2/Login.json')).toBe('https://api-stage.bill.com/api/v2/Login.json')
    const v3 = routeFor(DEFAULT_ROUTES, '/connect/v3/login?x=1')
    expect(v3 && upstreamUrl(v3, '/connect/v3/login?x=1')).toBe(
      'https://gateway.stage.bill.com/connect/v3/login?x=1',
    )
    expect(routeFor(DEFAULT_ROUTES, '/v3/login')).toBeUndefined()
  })

  it('takes one target for all, or one per prefix, with a base path', () => {
    const all = routesFor(['http://127.0.0.1:4010'])
    expect(all.map((r) => r.origin)).toEqual(['http://127.0.0.1:4010', 'http://127.0.0.1:4010'])
    const one = routesFor(['/connect=http://mock.local:8080/base/'])
    const r = routeFor(one, '/connect/v3/login')
    expect(r && upstreamUrl(r, '/connect/v3/login')).toBe('http://mock.local:8080/base/connect/v3/login')
    expect(routeFor(one, '/api/v2/Login.json')?.origin).toBe('https://api-stage.bill.com')
  })

  it.each(['not a url', 'ftp://x', 'http://u:p@x', 'http://x/?q=1'])('refuses --target %s', (t) => {
    expect(() => routesFor([t])).toThrow(/--target/)
  })
})

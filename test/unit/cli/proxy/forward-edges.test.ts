import { createServer, request, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Exchange, MAX_RECORDED_BYTES } from '../../../../src/cli/proxy/exchange.ts'
import { routesFor } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

// The forwarder at its edges: the recording limit to the byte, empty bodies, HEAD, a target's base path,
// its refusal texts, a status without a reason phrase, and a client that hangs up before the answer.

interface Reply {
  status: number
  body: string
}

function send(url: string, method: string, body?: Buffer | string, headers: Record<string, string> = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = ''
      res.on('data', (c: Buffer) => {
        text += c
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** Resolves after `ms` with what `list` holds then: bounds how long a test waits for something that must not come. */
const after = <T>(ms: number, list: T[]) => new Promise<T[]>((r) => setTimeout(() => r([...list]), ms))

describe('the forwarder at its edges', () => {
  let upstream: Server
  let origin: string
  let proxy: LintProxy
  const seen: { method: string; url: string; size: number }[] = []
  const exchanges: Exchange[] = []
  const problems: string[] = []
  /** Answers held back by the target (the "/hold" path), and a promise per held call that settles when its socket closes. */
  const held: { res: ServerResponse; closed: Promise<boolean> }[] = []
  let heldArrived: () => void = () => undefined

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let size = 0
      req.on('data', (c: Buffer) => {
        size += c.length
      })
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', size })
        if (req.url?.includes('/hold')) {
          held.push({ res, closed: new Promise((r) => res.on('close', () => r(res.writableFinished))) })
          heldArrived()
          return
        }
        res.writeHead(req.url?.includes('/odd') ? 599 : 200, { 'content-type': 'text/plain' })
        res.end(req.method === 'HEAD' ? undefined : 'ok')
      })
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()))
    origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    proxy = await startLintProxy({
      routes: routesFor([`${origin}/base//`]),
      port: 0,
      onExchange: (x) => exchanges.push(x),
      onProblem: (line) => problems.push(line),
    })
  })
  afterAll(async () => {
    for (const h of held) h.res.destroy()
    await proxy?.close()
    upstream?.close()
  })
  beforeEach(() => {
    seen.length = 0
    exchanges.length = 0
    problems.length = 0
  })

  it('records a body of exactly the limit, and only the size of one a byte longer', async () => {
    await send(`${proxy.url}/connect/v3/a`, 'POST', Buffer.alloc(MAX_RECORDED_BYTES, 'a'))
    await send(`${proxy.url}/connect/v3/b`, 'POST', Buffer.alloc(MAX_RECORDED_BYTES + 1, 'b'))
    const [exact, over] = exchanges
    expect(Buffer.isBuffer(exact?.requestBody)).toBe(true)
    expect((exact?.requestBody as Buffer | undefined)?.length).toBe(MAX_RECORDED_BYTES)
    expect(over?.requestBody).toEqual({ tooLarge: MAX_RECORDED_BYTES + 1 })
    expect(seen.map((s) => s.size)).toEqual([MAX_RECORDED_BYTES, MAX_RECORDED_BYTES + 1])
  })

  it('an empty body is recorded as none', async () => {
    await send(`${proxy.url}/connect/v3/empty`, 'POST', '')
    expect(exchanges[0]).not.toHaveProperty('requestBody')
    expect(exchanges[0]?.responseBody?.toString()).toBe('ok')
  })

  it('a HEAD is forwarded without a body, and its answer recorded without one', async () => {
    const res = await send(`${proxy.url}/connect/v3/session`, 'HEAD')
    expect(res.status).toBe(200)
    expect(seen).toEqual([{ method: 'HEAD', url: '/base/connect/v3/session', size: 0 }])
    expect(exchanges[0]?.method).toBe('HEAD')
    expect(exchanges[0]).not.toHaveProperty('requestBody')
    expect(exchanges[0]).not.toHaveProperty('responseBody')
    expect(problems).toEqual([])
  })

  it("sends the path under the target's base path, its trailing slashes dropped", async () => {
    await send(`${proxy.url}/api/v2/Login.json?x=1`, 'POST', '{}')
    expect(seen[0]?.url).toBe('/base/api/v2/Login.json?x=1')
    expect(exchanges[0]?.url).toBe(`${origin}/base/api/v2/Login.json?x=1`)
  })

  it('a status without a reason phrase is recorded with an empty one', async () => {
    const res = await send(`${proxy.url}/connect/v3/odd`, 'GET')
    expect(res.status).toBe(599)
    expect(exchanges[0]?.status).toBe(599)
    expect(exchanges[0]?.statusText).toBe('')
  })

  it('a path outside every prefix is refused with the prefixes it takes', async () => {
    const res = await send(`${proxy.url}/other`, 'GET')
    expect(res).toEqual({
      status: 404,
      body: 'bill-mfa-lint proxy: no target for this path; BILL_PROXY_URL replaces the base URL (/connect/, /api/v2/)\n',
    })
    expect(seen).toEqual([])
  })

  it('a target that does not answer: 502 naming it and the error', async () => {
    const down = await startLintProxy({
      routes: routesFor(['http://127.0.0.1:9']),
      port: 0,
      onExchange: () => undefined,
      onProblem: (line) => problems.push(line),
    })
    const res = await send(`${down.url}/connect/v3/login`, 'POST', '{}')
    await down.close()
    expect(res).toEqual({
      status: 502,
      body: 'bill-mfa-lint proxy: the target http://127.0.0.1:9 did not answer (ECONNREFUSED)\n',
    })
  })

  it('a client that hangs up before the answer cancels the call to the target, silently', async () => {
    const arrived = new Promise<void>((r) => {
      heldArrived = r
    })
    const req = request(`${proxy.url}/connect/v3/hold`, { method: 'POST' })
    req.on('error', () => undefined)
    req.end('{}')
    await arrived
    req.destroy()
    // The target's socket closes before it answered: the proxy gave the call up.
    expect(await held.at(-1)?.closed).toBe(false)
    // Neither a problem line nor a record follows (bounded wait for what must not come).
    expect(await after(300, problems)).toEqual([])
    expect(exchanges).toEqual([])
  })
})

describe('a target that breaks off its answer', () => {
  it('breaks off the answer to the client too, records nothing, and goes on serving', async () => {
    const target = createServer((req, res) => {
      req.resume()
      if (req.url?.includes('/broken')) {
        res.writeHead(200, { 'content-length': '100' })
        res.write('{"partial":')
        setImmediate(() => res.socket?.destroy())
        return
      }
      res.end('ok')
    })
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()))
    const exchanges: Exchange[] = []
    const proxy = await startLintProxy({
      routes: routesFor([`http://127.0.0.1:${(target.address() as AddressInfo).port}`]),
      port: 0,
      onExchange: (x) => exchanges.push(x),
      onProblem: () => undefined,
    })
    const outcome = await new Promise<string>((resolve) => {
      const req = request(`${proxy.url}/connect/v3/broken`, (res) => {
        res.on('data', () => undefined)
        res.on('end', () => resolve('ended'))
        res.on('error', () => resolve('broken off'))
        res.on('aborted', () => resolve('broken off'))
      })
      req.on('error', () => resolve('broken off'))
      req.end()
    })
    expect(outcome).toBe('broken off')
    expect((await send(`${proxy.url}/connect/v3/fine`, 'GET')).body).toBe('ok')
    expect(exchanges.map((x) => x.url.replace(/^.*\/connect/, ''))).toEqual(['/v3/fine'])
    await proxy.close()
    target.close()
  })
})

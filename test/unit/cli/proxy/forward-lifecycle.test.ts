import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { routesFor } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

// The forwarder's connections: a GET or HEAD reaches the target without body framing, a client that hangs up
// in the middle of its body costs nothing, and close() ends the connections to the targets (the pool's bound
// of 16 calls at once: forward-pool.test.ts).

function send(url: string, method: string, body?: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** Resolves after `ms` with what `read()` gives then: bounds how long a test waits for something that must not come. */
const later = <T>(ms: number, read: () => T) => new Promise<T>((r) => setTimeout(() => r(read()), ms))

describe('the forwarder and its connections', () => {
  let target: Server
  let proxy: LintProxy
  const seen: { method: string; headers: IncomingHttpHeaders; socket: Socket }[] = []
  const problems: string[] = []
  let started: () => void = () => undefined

  beforeAll(async () => {
    target = createServer((req, res) => {
      started()
      req.resume()
      req.on('end', () => {
        seen.push({ method: req.method ?? '', headers: req.headers, socket: req.socket })
        res.end('ok')
      })
    })
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()))
    proxy = await startLintProxy({
      routes: routesFor([`http://127.0.0.1:${(target.address() as AddressInfo).port}`]),
      port: 0,
      onExchange: () => undefined,
      onProblem: (line) => problems.push(line),
    })
  })
  afterAll(async () => {
    await proxy?.close()
    target?.close()
  })
  beforeEach(() => {
    seen.length = 0
    problems.length = 0
  })

  it('a GET or a HEAD reaches the target without a body, a POST with one', async () => {
    await send(`${proxy.url}/connect/v3/session`, 'GET')
    await send(`${proxy.url}/connect/v3/session`, 'HEAD')
    await send(`${proxy.url}/connect/v3/login`, 'POST', '{}')
    const framing = seen.map((s) => [s.method, s.headers['transfer-encoding'] ?? s.headers['content-length']])
    expect(framing).toEqual([
      ['GET', undefined],
      ['HEAD', undefined],
      ['POST', expect.anything()],
    ])
  })

  it('a client that hangs up in the middle of its body: the call to the target ends, the proxy serves on', async () => {
    const req = request(`${proxy.url}/connect/v3/login`, {
      method: 'POST',
      headers: { 'content-length': '100' },
    })
    req.on('error', () => undefined)
    await new Promise<void>((r) => {
      started = r
      req.write('{"partial":')
    })
    req.destroy()
    expect(await send(`${proxy.url}/connect/v3/session`, 'GET')).toBe(200)
    expect(await later(100, () => problems)).toEqual([])
  })
})

describe('closing the proxy', () => {
  it('ends its connections to the targets', async () => {
    const sockets: Socket[] = []
    const target = createServer((req, res) => {
      sockets.push(req.socket)
      res.end('ok')
    })
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()))
    const proxy = await startLintProxy({
      routes: routesFor([`http://127.0.0.1:${(target.address() as AddressInfo).port}`]),
      port: 0,
      onExchange: () => undefined,
      onProblem: () => undefined,
    })
    expect(await send(`${proxy.url}/connect/v3/session`, 'GET')).toBe(200)
    const closed = new Promise<string>((r) => sockets[0]?.on('close', () => r('closed')))
    await proxy.close()
    // The target's keep-alive would hold the socket for 5 s: closing the proxy must end it well before.
    expect(await Promise.race([closed, later(1_000, () => 'still open')])).toBe('closed')
    target.close()
  })
})

import { request } from 'node:http'
import net from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HEADERS_TIMEOUT_MS, type RunningSandbox, startSandbox } from '../server.ts'

// The control API is for this machine's programs and the sandbox's own pages: a web page elsewhere must not
// reset the sandbox, plant faults or read it through DNS rebinding. And a client that dribbles its headers
// must not hold a connection open.

function send(port: number, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const FAULT = JSON.stringify({ path: '/connect/v3/login', mode: 'http500' })

describe('control API guard, over HTTP', () => {
  let sandbox: RunningSandbox
  let host: string
  beforeEach(async () => {
    sandbox = await startSandbox({ quiet: true })
    host = `127.0.0.1:${sandbox.port}`
  })
  afterEach(() => sandbox.close())

  it('answers a loopback Host and refuses any other (DNS rebinding)', async () => {
    for (const h of [host, `localhost:${sandbox.port}`, 'LOCALHOST', '127.0.0.1'])
      expect(await send(sandbox.port, 'GET', '/__sandbox/accounts', { host: h }), h).toBe(200)
    for (const h of [
      `rebound.example:${sandbox.port}`,
      'rebound.example',
      `127.0.0.1.nip.io:${sandbox.port}`,
    ]) {
      expect(await send(sandbox.port, 'GET', '/__sandbox/accounts', { host: h }), h).toBe(403)
      expect(await send(sandbox.port, 'GET', '/__sandbox/sms', { host: h }), h).toBe(403)
      const json = { host: h, 'content-type': 'application/json' }
      expect(await send(sandbox.port, 'POST', '/__sandbox/faults', json, FAULT), h).toBe(403)
    }
    expect(sandbox.state.faults).toEqual([])
  })

  it('refuses the no-cors POSTs a web page can send (text/plain, forms) and takes JSON', async () => {
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
    ]) {
      expect(
        await send(sandbox.port, 'POST', '/__sandbox/faults', { host, 'content-type': type }, FAULT),
      ).toBe(415)
      expect(await send(sandbox.port, 'POST', '/__sandbox/reset', { host, 'content-type': type })).toBe(415)
    }
    expect(await send(sandbox.port, 'POST', '/__sandbox/reset', { host })).toBe(415)
    expect(sandbox.state.faults).toEqual([])
    const json = { host, 'content-type': 'application/json; charset=utf-8' }
    expect(await send(sandbox.port, 'POST', '/__sandbox/faults', json, FAULT)).toBe(200)
    expect(sandbox.state.faults).toHaveLength(1)
  })

  it('refuses a foreign Origin and takes its own pages (the demo page is same-origin)', async () => {
    const json = { host, 'content-type': 'application/json' }
    for (const origin of ['https://evil.example', 'null', `http://localhost:${sandbox.port + 1}`]) {
      expect(await send(sandbox.port, 'POST', '/__sandbox/faults', { ...json, origin }, FAULT), origin).toBe(
        403,
      )
      expect(await send(sandbox.port, 'GET', '/__sandbox/accounts', { host, origin }), origin).toBe(403)
    }
    expect(sandbox.state.faults).toEqual([])
    const own = { ...json, origin: `http://${host}` }
    expect(await send(sandbox.port, 'POST', '/__sandbox/faults', own, FAULT)).toBe(200)
    expect(await send(sandbox.port, 'GET', '/__sandbox/accounts', { host, origin: own.origin })).toBe(200)
    // The extension's options page (local build) reads the seeded accounts.
    for (const origin of ['chrome-extension://abcdefghijklmnop', 'moz-extension://5a0b-11f2'])
      expect(await send(sandbox.port, 'GET', '/__sandbox/accounts', { host, origin }), origin).toBe(200)
    // BILL's own paths are not the control API: the demo page's calls there are unchanged.
    expect(
      await send(
        sandbox.port,
        'POST',
        '/connect/v3/logout',
        { ...json, origin: 'https://evil.example' },
        '{}',
      ),
    ).not.toBe(403)
  })

  it('closes connections that dribble their headers', async () => {
    const dribblers = Array.from({ length: 5 }, () => {
      const socket = net.connect(sandbox.port, '127.0.0.1')
      socket.on('error', () => undefined) // the server may close it between two drips
      socket.write(`GET /__sandbox/clock HTTP/1.1\r\nHost: ${host}\r\n`)
      // One header line every half second: never done, always something new.
      const drip = setInterval(() => socket.writable && socket.write('X-Drip: 1\r\n'), 500)
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
      return { socket, drip, closed }
    })
    const bound = HEADERS_TIMEOUT_MS + 5_000
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      Promise.all(dribblers.map((d) => d.closed)).then(() => 'closed'),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`still open after ${bound} ms`), bound)
      }),
    ])
    clearTimeout(timer)
    for (const d of dribblers) {
      clearInterval(d.drip)
      d.socket.destroy()
    }
    expect(outcome).toBe('closed')
  }, 30_000)
})

import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createSandboxApp } from '../app.ts'
import { type RunningSandbox, startSandbox } from '../server.ts'

// The sandbox must survive whatever a QA tester or a broken client sends it: the request log stays small and
// readable, every body is read and dropped, and faults never run a user's regular expression.

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
const form = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
})

describe('request log', () => {
  it('stays bounded in count and size and stores each body as short text', async () => {
    const s = createSandboxApp({ quiet: true })
    const big = { username: 'qa@example.com', note: 'x'.repeat(100_000) }
    for (let i = 0; i < 120; i++) {
      await s.app.request('/connect/v3/login', json(big))
      await s.app.request('/api/v2/Login.json', form(`data=${encodeURIComponent(JSON.stringify(big))}`))
    }
    const served = await (await s.app.request('/__sandbox/requests')).text()
    expect(served.length).toBeLessThan(300 * 1024)
    const records = JSON.parse(served) as { path: string; body?: unknown }[]
    expect(records.length).toBeGreaterThan(0)
    expect(records.length).toBeLessThanOrEqual(200)
    for (const r of records) {
      expect(typeof r.body).toBe('string')
      expect((r.body as string).length).toBeLessThan(2200)
    }
    expect(records.at(-1)?.path).toBe('/api/v2/Login.json')
  })

  it('still answers GET /__sandbox/requests after deeply nested and cut-off bodies', async () => {
    const s = createSandboxApp({ quiet: true })
    for (const depth of [100, 2_000, 4_000, 50_000]) {
      await s.app.request('/connect/v3/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      })
    }
    const res = await s.app.request('/__sandbox/requests')
    expect(res.status).toBe(200)
    const records = (await res.json()) as { body: string }[]
    expect(records).toHaveLength(4)
    expect(records.every((r) => typeof r.body === 'string' && r.body.length < 2200)).toBe(true)
  })
})

describe('bodies on every route, over HTTP', () => {
  let sandbox: RunningSandbox | undefined
  afterEach(async () => {
    await sandbox?.close()
    sandbox = undefined
  })

  /** Sends a request with a body, then a second request on the same connection; returns both status lines. */
  function twoOnOneSocket(port: number, method: string, path: string, bytes: number): Promise<string[]> {
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      let out = ''
      const done = () => resolve(out.match(/HTTP\/1\.1 \d+/g) ?? [])
      socket.on('data', (d) => {
        out += d
      })
      socket.on('close', done)
      socket.on('error', done)
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${bytes}\r\n\r\n`)
      socket.write(Buffer.alloc(bytes, 'a'))
      socket.end('GET /__sandbox/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')
    })
  }

  it('reads and drops a body too big for BILL (413) and keeps the connection usable', async () => {
    sandbox = await startSandbox({ quiet: true })
    for (const [method, path] of [
      ['POST', '/connect/v3/login'],
      ['POST', '/api/v2/Login.json'],
      ['POST', '/__sandbox/reset'],
      ['GET', '/__sandbox/sms'],
    ] as const) {
      const statuses = await twoOnOneSocket(sandbox.port, method, path, 3_000_000)
      expect(statuses[1], `${method} ${path}`).toBe('HTTP/1.1 200')
      if (method === 'POST') expect(statuses[0], `${method} ${path}`).toBe('HTTP/1.1 413')
    }
    const records = (await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as {
      status: number
      body: string
    }[]
    expect(records.map((r) => r.status)).toEqual([413, 413])
    expect(records[0]?.body).toMatch(/3000000 bytes/)
  })
})

describe('fault paths', () => {
  const post = (body: unknown) => json(body)

  it('refuses regular expressions and matches prefixes and (a|b) alternatives with plain comparisons', async () => {
    const s = createSandboxApp({ quiet: true })
    for (const path of ['^(a+)+$', '^/connect/.*', '^/connect/v3/[a-z]+', '^((a|b))']) {
      const res = await s.app.request('/__sandbox/faults', post({ path, mode: 'http500' }))
      expect(res.status, path).toBe(400)
    }
    expect(s.state.faults).toEqual([])
    const ok = await s.app.request(
      '/__sandbox/faults',
      post({ path: '^/connect/v3/(login|logout)$', mode: 'http500', count: 3 }),
    )
    expect(ok.status).toBe(200)
    expect((await s.app.request('/connect/v3/login/session')).status).not.toBe(500)
    expect((await s.app.request('/connect/v3/login', json({}))).status).toBe(500)
    expect((await s.app.request('/connect/v3/logout', json({}))).status).toBe(500)
    await s.app.request('/__sandbox/faults', post({ path: '/api/v2/Login', mode: 'html502' }))
    expect((await s.app.request('/api/v2/Login.json', form('data={}'))).status).toBe(502)
  })
})

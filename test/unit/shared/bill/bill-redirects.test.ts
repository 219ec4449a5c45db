import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBillClient } from '../../../../src/shared/bill/client.ts'
import { panelFor } from '../../replay-harness.ts'

// A profile's host that answers every request with a redirect to another origin, which must receive nothing.

interface Listening {
  server: Server
  origin: string
  received: string[]
}

async function listen(handler: (url: string) => { status: number; location?: string }): Promise<Listening> {
  const received: string[] = []
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`)
    req.resume()
    const { status, location } = handler(req.url ?? '/')
    res.writeHead(status, { 'content-type': 'application/json', ...(location ? { location } : {}) })
    res.end('{}')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return { server, origin: `http://127.0.0.1:${port}`, received }
}

const close = (l: Listening) => new Promise((r) => l.server.close(r))

describe.each([307, 308])('a %i redirect to another origin', (status) => {
  let elsewhere: Listening
  let profileHost: Listening
  beforeAll(async () => {
    elsewhere = await listen(() => ({ status: 200 }))
    // Another origin: "localhost" instead of 127.0.0.1 (same port would be another origin already).
    const target = elsewhere.origin.replace('127.0.0.1', 'localhost')
    profileHost = await listen((url) => ({ status, location: `${target}${url}` }))
  })
  afterAll(async () => {
    await close(profileHost)
    await close(elsewhere)
  })

  const client = (api: 'v2' | 'v3') =>
    createBillClient({
      api,
      baseUrls: { v3: `${profileHost.origin}/connect`, v2: `${profileHost.origin}/api/v2` },
      devKey: 'dev-key-secret',
    })

  it.each(['v3', 'v2'] as const)('is refused by %s sign-in, calls and the keep-alive ping', async (api) => {
    const c = client(api)
    const credentials = { username: 'qa@example.com', password: 'pw-secret', organizationId: '00801X' }
    const results = [
      await c.login(credentials),
      await c.sessionInfo('session-secret'),
      await c.mfaChallenge('session-secret'),
      await c.logout('session-secret'),
    ]
    for (const r of results) {
      expect(r).toMatchObject({ ok: false, error: { kind: 'redirected', httpStatus: status } })
      if (!r.ok) expect(r.error.message).toContain('localhost')
    }
    expect(profileHost.received.length).toBeGreaterThanOrEqual(4)
    expect(elsewhere.received).toEqual([])
  })

  it('is refused by the DevTools panel replay', async () => {
    const panel = panelFor({
      api: 'v3',
      baseUrls: { v3: `${profileHost.origin}/connect`, v2: `${profileHost.origin}/api/v2` },
      devKey: 'dev-key-secret',
      sessionId: 'session-secret',
    })
    const replay = panel.replayRequest({ method: 'POST', endpointId: 'v3.mfa.challenge', body: {} }, {
      sender: {},
    } as never)
    await expect(replay).rejects.toMatchObject({ kind: 'redirected' })
    expect(elsewhere.received).toEqual([])
  })
})

describe("a browser's opaque redirect (fetch with redirect: 'manual')", () => {
  it('is refused as a redirect, without reading the answer as BILL’s', async () => {
    const seen: RequestInit[] = []
    // What browsers give for a redirect under redirect: 'manual': type opaqueredirect, status 0, no headers.
    const opaque = {
      type: 'opaqueredirect',
      status: 0,
      headers: new Headers(),
      body: null,
      text: async () => '',
    }
    const c = createBillClient({
      api: 'v3',
      baseUrls: { v3: 'https://gateway.stage.bill.com/connect', v2: 'https://api-stage.bill.com/api/v2' },
      devKey: 'dev-key-secret',
      fetch: async (_url, init) => {
        seen.push(init ?? {})
        return opaque as unknown as Response
      },
    })
    const r = await c.sessionInfo('session-secret')
    expect(r).toMatchObject({ ok: false, error: { kind: 'redirected', httpStatus: 0 } })
    expect(seen.map((i) => i.redirect)).toEqual(['manual'])
  })
})

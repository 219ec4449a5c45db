import { afterEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../sandbox/app.ts'
import { startSandbox } from '../../../sandbox/server.ts'
import { QA, SYNC } from '../bill-client-harness.ts'

// The /__sandbox control API, the request log, CORS and the demo page.

let s: SandboxApp
afterEach(() => s.shutdown())

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
const v3Login = () =>
  s.app.request(
    '/connect/v3/login',
    post({
      username: QA.username,
      password: QA.password,
      organizationId: QA.organizationId,
      devKey: QA.devKey,
    }),
  )

describe('control API', () => {
  it('lists the seeded accounts with their credentials', async () => {
    s = createSandboxApp({ quiet: true })
    const accounts = (await (await s.app.request('/__sandbox/accounts')).json()) as Record<string, unknown>[]
    expect(accounts.length).toBeGreaterThanOrEqual(3)
    for (const a of accounts) expect(String(a.organizationId)).toMatch(/^008/)
    expect(accounts.filter((a) => a.phone === null)).toHaveLength(1)
    expect(accounts.find((a) => a.syncToken)).toMatchObject({
      username: SYNC.username,
      syncToken: SYNC.syncToken,
    })
  })

  it('lists texts, newest last, optionally for one phone', async () => {
    s = createSandboxApp({ quiet: true })
    const { sessionId } = (await (await v3Login()).json()) as { sessionId: string }
    const headers = { devKey: QA.devKey, sessionId }
    await s.app.request('/connect/v3/mfa/challenge', { method: 'POST', headers })
    await s.app.request('/connect/v3/mfa/setup', {
      method: 'POST',
      headers,
      body: '{"phone":"+12025550100","type":"TEXT"}',
    })
    const all = (await (await s.app.request('/__sandbox/sms')).json()) as { to: string; purpose: string }[]
    expect(all.map((t) => [t.to, t.purpose])).toEqual([
      [QA.phone, 'mfa-challenge'],
      ['+12025550100', 'phone-setup'],
    ])
    const one = (await (await s.app.request('/__sandbox/sms?to=%2B12025550100')).json()) as unknown[]
    expect(one).toHaveLength(1)
  })

  it('moves the clock forward, or to a date, and refuses nonsense', async () => {
    s = createSandboxApp({ quiet: true })
    const before = s.state.clock.now()
    const moved = (await (
      await s.app.request('/__sandbox/clock', post({ advanceMs: 3_600_000 }))
    ).json()) as {
      epochMs: number
    }
    expect(moved.epochMs - before).toBeGreaterThanOrEqual(3_600_000)
    const set = (await (
      await s.app.request('/__sandbox/clock', post({ now: '2026-01-02T03:04:05Z' }))
    ).json()) as {
      now: string
    }
    expect(set.now.slice(0, 16)).toBe('2026-01-02T03:04')
    expect((await s.app.request('/__sandbox/clock', post({ advanceMs: 'x' }))).status).toBe(400)
  })

  it('validates faults and never applies them to the control API', async () => {
    s = createSandboxApp({ quiet: true })
    for (const bad of [
      { path: '/connect', mode: 'explode' },
      { path: '^(', mode: 'http500' },
      { path: '/connect', mode: 'http500', count: 0 },
      { mode: 'http500' },
    ]) {
      expect((await s.app.request('/__sandbox/faults', post(bad))).status).toBe(400)
    }
    await s.app.request('/__sandbox/faults', post({ path: '/', mode: 'http500', count: 5 }))
    expect((await s.app.request('/__sandbox/accounts')).status).toBe(200)
    expect((await v3Login()).status).toBe(500)
  })

  it('reset forgets sessions, texts, faults, requests and the clock', async () => {
    s = createSandboxApp({ quiet: true })
    const { sessionId } = (await (await v3Login()).json()) as { sessionId: string }
    await s.app.request('/__sandbox/clock', post({ advanceMs: 1e9 }))
    await s.app.request('/__sandbox/faults', post({ path: '/api', mode: 'drop' }))
    await s.app.request('/__sandbox/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    expect(s.state.sessions.has(sessionId)).toBe(false)
    expect(s.state.requests).toEqual([])
    expect(s.state.faults).toEqual([])
    expect(Math.abs(s.state.clock.now() - Date.now())).toBeLessThan(60_000)
  })
})

describe('request log', () => {
  it('prints one redacted line per request and records redacted bodies', async () => {
    const lines: string[] = []
    s = createSandboxApp({ log: (line) => lines.push(line) })
    const { sessionId } = (await (await v3Login()).json()) as { sessionId: string }
    await s.app.request('/api/v2/GetSessionInfo.json', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `devKey=${QA.devKey}&sessionId=${sessionId}&data={}`,
    })
    await s.app.request(`/connect/v3/login/session?sessionId=${sessionId}`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
    const plain = lines.map((l) => l.replace(/\u001b\[\d+m/g, ''))
    expect(plain[0]).toMatch(/^POST \/connect\/v3\/login 200 \d+ms$/)
    expect(plain[2]).toContain('sessionId=%5Bredacted%5D')
    const recorded = JSON.stringify(await (await s.app.request('/__sandbox/requests')).json())
    const everything = plain.join('\n') + recorded
    // The user name is masked as in the panel (BILL counts it as personal data); the organization id is not.
    for (const secret of [QA.password, QA.devKey, sessionId, QA.username])
      expect(everything).not.toContain(secret)
    expect(recorded).toContain(QA.organizationId)
  })

  it('is silent when quiet', async () => {
    const lines: string[] = []
    s = createSandboxApp({ quiet: true, log: (line) => lines.push(line) })
    await v3Login()
    expect(lines).toEqual([])
  })
})

describe('CORS', () => {
  const preflight = () =>
    s.app.request('/connect/v3/login', {
      method: 'OPTIONS',
      headers: { origin: 'http://page.test', 'access-control-request-headers': 'devkey,sessionid' },
    })

  it('is off by default, like BILL', async () => {
    s = createSandboxApp({ quiet: true })
    const res = await preflight()
    expect(res.status).toBe(404)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect((await v3Login()).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers preflights when enabled', async () => {
    s = createSandboxApp({ quiet: true, cors: true })
    const res = await preflight()
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type, devKey, sessionId')
    expect((await v3Login()).headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('demo page', () => {
  it('serves the page with the stable button ids and its script', async () => {
    s = createSandboxApp({ quiet: true })
    const html = await (await s.app.request('/__sandbox/demo')).text()
    for (const id of [
      'v3-login',
      'v2-login',
      'v3-setup-secondary',
      'v3-challenge-backup',
      'v2-challenge-backup',
      'v3-challenge',
      'run-all',
      'log',
    ]) {
      expect(html).toContain(`id="${id}"`)
    }
    expect(html).not.toMatch(/<script>(?!<\/script>)/)
    const script = await s.app.request('/__sandbox/demo.js')
    expect(script.headers.get('content-type')).toContain('javascript')
    expect(await script.text()).toContain("'/v3/mfa/challenge', { useBackup: true }")
  })
})

describe('startSandbox', () => {
  it('listens on a free port and reports its bases and accounts', async () => {
    const running = await startSandbox({ quiet: true, port: 0 })
    s = createSandboxApp({ quiet: true })
    try {
      expect(running.port).toBeGreaterThan(0)
      expect(running.v3Base).toBe(`http://127.0.0.1:${running.port}/connect`)
      expect(running.v2Base).toBe(`http://127.0.0.1:${running.port}/api/v2`)
      expect(running.accounts.map((a) => a.username)).toContain(QA.username)
      const res = await fetch(`${running.origin}/__sandbox/accounts`)
      expect(res.status).toBe(200)
    } finally {
      await running.close()
    }
  })
})

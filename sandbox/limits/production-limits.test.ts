import { afterEach, describe, expect, it, vi } from 'vitest'
import { REQUESTS_PER_HOUR, SIGN_INS_PER_HOUR } from '../../src/shared/bill/limits.ts'
import { HOUR_MS } from '../clock.ts'
import { type RunningSandbox, startSandbox } from '../server.ts'
import { NO_PHONE, QA, type TestSandbox, testSandbox, type V3Session } from '../testing/calls.ts'

// BILL's request limits in production parity: 3 in flight per dev key and organization (BDC_1322), 200 sign-ins
// and 20,000 requests an hour per dev key (BDC_1144) until the clock passes the hour. Sandbox parity has none.

let t: TestSandbox | undefined
let http: RunningSandbox | undefined
afterEach(async () => {
  t?.s.shutdown()
  await http?.close()
  t = http = undefined
})

/** Moves the sandbox clock to the start of the next hour. */
const nextHour = (sandbox: TestSandbox) =>
  sandbox.control('/clock', { advanceMs: HOUR_MS - (sandbox.s.state.clock.now() % HOUR_MS) })

/** Three requests held by a delay fault until shutdown() ends it: in flight for as long as the test needs. */
async function holdThree(sandbox: TestSandbox, session: V3Session): Promise<Promise<Response>[]> {
  await sandbox.control('/faults', {
    path: '/connect/v3/login/session',
    mode: 'delay',
    delayMs: 600_000,
    count: 3,
  })
  return [1, 2, 3].map(() => sandbox.v3('GET', '/v3/login/session', undefined, session))
}

describe('concurrent requests', () => {
  it('the 4th in flight for one dev key and organization gets BDC_1322; another organization does not', async () => {
    t = testSandbox({ parity: 'production' })
    const sandbox = t
    const qa = await sandbox.signIn(QA)
    const other = await sandbox.signIn(NO_PHONE, QA.devKey)
    const held = await holdThree(sandbox, qa)
    await vi.waitFor(() => expect([...sandbox.s.state.inFlight.values()]).toEqual([3]))
    const fourth = await sandbox.v3('GET', '/v3/mfa/phones', undefined, qa)
    expect(fourth.status).toBe(429)
    expect(await sandbox.codeOf(fourth)).toBe('BDC_1322')
    expect((await sandbox.v3('GET', '/v3/mfa/phones', undefined, other)).status).toBe(200)
    sandbox.s.shutdown()
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200, 200])
    expect(sandbox.s.state.inFlight.size).toBe(0)
    expect((await sandbox.v3('GET', '/v3/mfa/phones', undefined, qa)).status).toBe(200)
  })

  it('sandbox parity lets a 4th through', async () => {
    t = testSandbox()
    const sandbox = t
    const qa = await sandbox.signIn(QA)
    const held = await holdThree(sandbox, qa)
    await vi.waitFor(() => expect(sandbox.s.state.faults).toEqual([]))
    expect((await sandbox.v3('GET', '/v3/mfa/phones', undefined, qa)).status).toBe(200)
    sandbox.s.shutdown()
    await Promise.all(held)
  })
})

describe('hourly limits', () => {
  it(`the ${SIGN_INS_PER_HOUR + 1}st sign-in in an hour is refused for that dev key only, until the next hour`, async () => {
    t = testSandbox({ parity: 'production' })
    for (let i = 0; i < SIGN_INS_PER_HOUR; i++)
      expect((await t.signIn(QA)).sessionId).toEqual(expect.any(String))
    const refused = await t.v3('POST', '/v3/login', {
      username: QA.username,
      password: QA.password,
      organizationId: QA.organizationId,
      devKey: QA.devKey,
    })
    expect(refused.status).toBe(429)
    const [problem] = (await refused.json()) as { code: string; message: string }[]
    expect(problem).toMatchObject({
      code: 'BDC_1144',
      message: expect.stringContaining(`${SIGN_INS_PER_HOUR}`),
    })
    expect((await t.signIn(QA, NO_PHONE.devKey)).sessionId).toEqual(expect.any(String))
    await nextHour(t)
    expect((await t.signIn(QA)).sessionId).toEqual(expect.any(String))
  })

  it('the 20,001st request in an hour gets BDC_1144 until the clock passes the hour; sandbox parity never', async () => {
    t = testSandbox({ parity: 'production' })
    // A minute before the hour, so the session outlives the wait (35 idle minutes).
    await t.control('/clock', { now: '2026-12-07T10:59:00Z' })
    const qa = await t.signIn(QA)
    await t.control('/usage', { devKey: QA.devKey, requests: REQUESTS_PER_HOUR - 1 })
    expect((await t.v3('GET', '/v3/mfa/phones', undefined, qa)).status).toBe(200)
    const refused = await t.v3('GET', '/v3/mfa/phones', undefined, qa)
    expect(refused.status).toBe(429)
    expect(await t.codeOf(refused)).toBe('BDC_1144')
    await nextHour(t)
    expect((await t.v3('GET', '/v3/mfa/phones', undefined, qa)).status).toBe(200)
    await t.control('/usage', { devKey: QA.devKey, requests: REQUESTS_PER_HOUR })
    await t.control('/parity', { parity: 'sandbox' })
    expect((await t.v3('GET', '/v3/mfa/phones', undefined, qa)).status).toBe(200)
  })

  it('over real HTTP: switched to production by the control API, the limit is reached and passes with the hour', async () => {
    http = await startSandbox({ port: 0, quiet: true })
    const base = http.origin
    const control = (path: string, body: unknown) =>
      fetch(`${base}/__sandbox${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    expect((await control('/parity', { parity: 'production' })).status).toBe(200)
    expect((await control('/usage', { devKey: QA.devKey, requests: REQUESTS_PER_HOUR - 1 })).status).toBe(200)
    const login = () =>
      fetch(`${base}/connect/v3/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: QA.username,
          password: QA.password,
          organizationId: QA.organizationId,
          devKey: QA.devKey,
        }),
      })
    expect((await login()).status).toBe(200)
    const refused = await login()
    expect(refused.status).toBe(429)
    expect(((await refused.json()) as { code: string }[])[0]?.code).toBe('BDC_1144')
    const status = (await (await fetch(`${base}/__sandbox/status`)).json()) as {
      usage: { requests: number }[]
    }
    expect(status.usage[0]?.requests).toBe(REQUESTS_PER_HOUR)
    await control('/clock', { advanceMs: HOUR_MS })
    expect((await login()).status).toBe(200)
  })

  it('v2 answers the limit in its envelope (HTTP 200)', async () => {
    t = testSandbox({ parity: 'production' })
    await t.control('/usage', { devKey: QA.devKey, signIns: SIGN_INS_PER_HOUR })
    const res = await t.v2SignIn(QA)
    expect(res.status).toBe(200)
    expect(await t.codeOf(res)).toBe('BDC_1144')
  })
})

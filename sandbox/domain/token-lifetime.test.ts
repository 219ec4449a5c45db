import { afterEach, describe, expect, it } from 'vitest'
import { TOKEN_SESSION_HOURS } from '../../src/shared/bill/limits.ts'
import type { SandboxOptions } from '../options.ts'
import { QA, SYNC, type TestSandbox, testSandbox, type V3Session } from '../testing/calls.ts'

// Sync-token sessions: the docs say both "expires in 48 hours" and "does not expire"; --token-lifetime-hours
// picks (default 48 in production parity, never in sandbox parity). Password sessions keep their idle clock.

let t: TestSandbox
afterEach(() => t.s.shutdown())
const HOUR = 3_600_000

async function tokenSession(opts: SandboxOptions): Promise<V3Session> {
  t = testSandbox(opts)
  const token = SYNC.syncToken as { name: string; token: string }
  return t.signIn({ ...SYNC, username: token.name, password: token.token })
}

/** Moves the clock by hours with a call every 30 minutes, so no idle clock can be what ends the session. */
async function liveThrough(session: V3Session, hours: number): Promise<number> {
  for (let i = 0; i < hours * 2; i++) {
    await t.control('/clock', { advanceMs: HOUR / 2 })
    const res = await t.v3('GET', '/v3/login/session', undefined, session)
    if (res.status !== 200) return res.status
  }
  return 200
}

describe('token session lifetime', () => {
  it(`production parity: alive for ${TOKEN_SESSION_HOURS} hours, then BDC_1109`, async () => {
    const session = await tokenSession({ parity: 'production' })
    expect(await liveThrough(session, TOKEN_SESSION_HOURS - 1)).toBe(200)
    await t.control('/clock', { advanceMs: HOUR + 1 })
    const ended = await t.v3('GET', '/v3/login/session', undefined, session)
    expect(ended.status).toBe(401)
    expect(await t.codeOf(ended)).toBe('BDC_1109')
  })

  it('never: a token session outlives any number of hours, in production parity too', async () => {
    const session = await tokenSession({ parity: 'production', tokenLifetimeHours: 'never' })
    await t.control('/clock', { advanceMs: 1000 * HOUR })
    expect((await t.v3('GET', '/v3/login/session', undefined, session)).status).toBe(200)
  })

  it('sandbox parity: never by default, a set number of hours when given', async () => {
    const forever = await tokenSession({})
    await t.control('/clock', { advanceMs: 1000 * HOUR })
    expect((await t.v3('GET', '/v3/login/session', undefined, forever)).status).toBe(200)
    t.s.shutdown()
    const short = await tokenSession({ tokenLifetimeHours: 2 })
    await t.control('/clock', { advanceMs: 2 * HOUR + 1 })
    expect((await t.v3('GET', '/v3/login/session', undefined, short)).status).toBe(401)
  })

  it('the control API sets it; a password session still idles out after 35 minutes', async () => {
    const token = await tokenSession({})
    expect((await t.control('/parity', { tokenLifetimeHours: 1 })).status).toBe(200)
    const password = await t.signIn(QA)
    await t.control('/clock', { advanceMs: 36 * 60_000 })
    expect((await t.v3('GET', '/v3/login/session', undefined, password)).status).toBe(401)
    expect((await t.v3('GET', '/v3/login/session', undefined, token)).status).toBe(200)
    await t.control('/clock', { advanceMs: 25 * 60_000 })
    expect((await t.v3('GET', '/v3/login/session', undefined, token)).status).toBe(401)
  })
})

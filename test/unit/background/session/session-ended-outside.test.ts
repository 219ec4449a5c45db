import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { createTabActivity } from '../../../../src/background/session/tab-activity.ts'
import { DEFAULT_PREFERENCES } from '../../../../src/shared/preferences.ts'
import { CONFIRM_AFTER_MS, needsConfirmation } from '../../../../src/shared/session/confirm.ts'
import { endedBecause } from '../../../../src/shared/session/end-reason.ts'
import { tabAnswer } from '../../../../src/shared/session/tab-activity.ts'
import { harness, qa } from '../../session-harness.ts'

// Issue 19, item 2: a session BILL ended outside the extension (Postman's "API logout", curl, a tab) must not
// keep showing as live.

const BASE = 'https://gateway.stage.bill.com/connect'

describe('what a tab’s answer says about the session (tabAnswer)', () => {
  it('ends it on a 401 from any endpoint, and on an accepted logout (v3 and v2)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST'),
        fc.array(fc.constantFrom('v3', 'login', 'logout', 'x')),
        (method, path) => {
          expect(tabAnswer({ url: `${BASE}/${path.join('/')}`, method }, 401)).toBe('rejected-in-tab')
        },
      ),
    )
    expect(tabAnswer({ url: `${BASE}/v3/logout`, method: 'POST' }, 200)).toBe('logged-out-elsewhere')
    expect(tabAnswer({ url: 'https://api.bill.com/api/v2/Logout.json', method: 'POST' }, 200)).toBe(
      'logged-out-elsewhere',
    )
  })

  it('keeps it on other accepted calls (activity) and says nothing on other failures', () => {
    expect(tabAnswer({ url: `${BASE}/v3/login/session`, method: 'GET' }, 200)).toBe('activity')
    // GET /v3/logout is not BILL's logout; a request whose method is unknown is not taken for one either.
    expect(tabAnswer({ url: `${BASE}/v3/logout`, method: 'GET' }, 200)).toBe('activity')
    expect(tabAnswer({ url: `${BASE}/v3/logout` }, 200)).toBe('activity')
    fc.assert(
      fc.property(
        fc.integer({ min: 400, max: 599 }).filter((s) => s !== 401),
        (status) => {
          expect(tabAnswer({ url: `${BASE}/v3/logout`, method: 'POST' }, status)).toBeUndefined()
        },
      ),
    )
  })
})

describe('when the popup checks the session with BILL (needsConfirmation)', () => {
  const session = (idleFor: number, now: number) => ({
    status: 'active',
    sessionId: 's1',
    clock: { lastActivityAt: now - idleFor, idleTimeoutMs: 35 * 60_000 },
  })
  it('checks only an active session unconfirmed for longer than the limit, and only when allowed', () => {
    const now = 1_000_000_000
    expect(needsConfirmation(session(CONFIRM_AFTER_MS + 1, now), now, true)).toBe(true)
    expect(needsConfirmation(session(CONFIRM_AFTER_MS, now), now, true)).toBe(false)
    expect(needsConfirmation(session(CONFIRM_AFTER_MS + 1, now), now, false)).toBe(false)
    expect(needsConfirmation({ ...session(CONFIRM_AFTER_MS + 1, now), status: 'expired' }, now, true)).toBe(
      false,
    )
    expect(needsConfirmation(undefined, now, true)).toBe(false)
  })
  it('says why a session ended, with BILL’s code when there is one', () => {
    expect(endedBecause('rejected-by-bill', 'BDC_1109')).toContain('BDC_1109')
    expect(endedBecause('logged-out-elsewhere')).toMatch(/signed it out/)
    expect(endedBecause('rejected-in-tab')).toMatch(/401/)
    expect(endedBecause('idle')).toMatch(/idle timeout/)
  })
})

describe.each(['v3', 'v2'] as const)('a session ended outside the extension (%s)', (api) => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  /** Postman's "API logout" with the copied session id: BILL ends the session, the extension sees nothing. */
  async function logoutOutside(sessionId: string) {
    const res =
      api === 'v3'
        ? await sandbox.fetch(`${sandbox.v3Base}/v3/logout`, {
            method: 'POST',
            headers: { sessionId, devKey: qa.devKey },
          })
        : await sandbox.fetch(`${sandbox.v2Base}/Logout.json`, {
            method: 'POST',
            body: new URLSearchParams({ sessionId, devKey: qa.devKey }),
          })
    expect(res.status).toBe(200)
  }

  async function signedIn() {
    const h = harness(sandbox, api)
    const calls: string[] = []
    const clientFor = h.ports.clientFor
    h.ports.clientFor = (p) => {
      const client = clientFor(p)
      return {
        ...client,
        sessionInfo: (...a) => {
          calls.push('sessionInfo')
          return client.sessionInfo(...a)
        },
      }
    }
    const service = createSessionService(h.ports)
    await service.signIn('p1', qa.password)
    return { ...h, service, calls, sessionId: h.state.record!.sessionId! }
  }

  it('shows it ended with BILL’s code when the popup opens after a few quiet minutes', async () => {
    const { service, sessionId, state } = await signedIn()
    await logoutOutside(sessionId)
    sandbox.state.clock.advance(CONFIRM_AFTER_MS + 1000)
    expect(await service.confirm()).toMatchObject({
      state: 'expired',
      expiredReason: 'rejected-by-bill',
      expiredCode: 'BDC_1109',
    })
    expect(state.notes.at(-1)?.kind).toBe('expired')
  })

  it('does not call BILL when it confirmed the session recently, or when the preference is off', async () => {
    const { service, sessionId, calls, ports } = await signedIn()
    await logoutOutside(sessionId)
    sandbox.state.clock.advance(CONFIRM_AFTER_MS - 1000)
    expect(await service.confirm()).toMatchObject({ state: 'active' })
    sandbox.state.clock.advance(2000)
    ports.getPreferences = async () => ({ ...DEFAULT_PREFERENCES, confirmSessionOnOpen: false })
    expect(await service.confirm()).toMatchObject({ state: 'active' })
    expect(calls).toEqual([])
  })

  it('confirms a live session, which BILL counts as activity', async () => {
    const { service, calls } = await signedIn()
    const before = (await service.getView()) as { expiresAt: number }
    sandbox.state.clock.advance(CONFIRM_AFTER_MS + 1000)
    const after = (await service.confirm()) as { state: string; expiresAt: number }
    expect(after.state).toBe('active')
    expect(after.expiresAt - before.expiresAt).toBeGreaterThanOrEqual(CONFIRM_AFTER_MS + 1000)
    expect(calls).toEqual(['sessionInfo'])
  })

  it('ends it at once when a tab’s call with the session id gets a 401, or a tab logs it out', async () => {
    for (const [status, path, reason] of [
      [401, '/v3/login/session', 'rejected-in-tab'],
      [200, '/v3/logout', 'logged-out-elsewhere'],
    ] as const) {
      const { service, sessionId, ports } = await signedIn()
      const activity = createTabActivity(service)
      activity.observed('r1', 4, {
        url: `${sandbox.v3Base}${path}`,
        method: path === '/v3/logout' ? 'POST' : 'GET',
        headers: [{ name: 'sessionId', value: sessionId }],
      })
      await activity.completed('r1', status, ports.now())
      expect(await service.getView()).toMatchObject({ state: 'expired', expiredReason: reason })
    }
  })
})

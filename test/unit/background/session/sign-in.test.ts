import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import type { HistoryEventInput } from '../../../../src/shared/history.ts'
import type { SessionRecord } from '../../../../src/shared/session/record.ts'
import { harness, IDLE_S, qa } from '../../session-harness.ts'

// Signing in and out (src/background/session/sign-in.ts): what is refused before BILL is asked, what is kept,
// the history it leaves, and a remembered device BILL no longer honours.

let sandbox: SandboxApp
beforeEach(() => {
  sandbox = createSandboxApp({ quiet: true })
})
afterEach(() => sandbox.shutdown())

/** The harness, with every history event and saved record kept whole, and the extension's clock stopped. */
function setUp(api: 'v2' | 'v3' = 'v3') {
  const h = harness(sandbox, api)
  const now = sandbox.state.clock.now()
  h.ports.now = () => now
  const events: HistoryEventInput[] = []
  const saved: (SessionRecord | undefined)[] = []
  let cleared = 0
  const save = h.ports.saveRecord
  h.ports.appendEvent = async (e) => {
    events.push(e)
  }
  h.ports.saveRecord = async (r) => {
    saved.push(structuredClone(r))
    await save(r)
  }
  h.ports.clearNotifications = async () => {
    cleared += 1
  }
  return { ...h, events, saved, cleared: () => cleared, service: createSessionService(h.ports) }
}
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  )

describe('refused before BILL is asked', () => {
  it('a profile that no longer exists', async () => {
    const { service, saved } = setUp()
    expect(await refusal(service.signIn('gone', qa.password))).toEqual({
      kind: 'not-found',
      message: 'That profile no longer exists. Pick another one.',
    })
    expect(saved.filter(Boolean)).toEqual([])
  })

  it('a profile without a dev key, naming the field', async () => {
    const { service, profile } = setUp()
    profile.devKey = ''
    expect(await refusal(service.signIn('p1', qa.password))).toMatchObject({
      kind: 'invalid-input',
      message: 'This profile has no dev key yet. Add it in the settings first.',
      fields: { devKey: 'Required' },
    })
  })

  it('an empty password or sync token, named as the profile calls it', async () => {
    const { service, profile } = setUp()
    expect(await refusal(service.signIn('p1', ''))).toMatchObject({
      kind: 'invalid-input',
      message: 'Type the password.',
      fields: { secret: 'Required' },
    })
    profile.authMethod = 'token'
    expect(await refusal(service.signIn('p1', ''))).toMatchObject({ message: 'Type the sync token.' })
  })

  it('a second sign-in while one is under way', async () => {
    const { service, ports } = setUp()
    let pending = () => {}
    const underWay = new Promise<void>((done) => (pending = done))
    const save = ports.saveRecord
    ports.saveRecord = async (r) => {
      await save(r)
      if (r?.status === 'signing-in') pending()
    }
    const first = service.signIn('p1', qa.password)
    await underWay
    expect(await refusal(service.signIn('p1', qa.password))).toMatchObject({
      kind: 'bad-request',
      message: 'A sign-in is already under way.',
    })
    expect(await first).toMatchObject({ state: 'active' })
  })
})

describe('signing in', () => {
  it('keeps the profile’s idle timeout in ms, restarts the clock when BILL answers, and logs the sign-in', async () => {
    const { service, saved, events, state, cleared, ports } = setUp()
    const before = ports.now()
    await service.signIn('p1', qa.password)
    expect(saved.find((r) => r?.status === 'signing-in')).toMatchObject({
      status: 'signing-in',
      trusted: false,
      keepAlivePings: 0,
      clock: { lastActivityAt: before, idleTimeoutMs: IDLE_S * 1000 },
    })
    expect(state.record).toMatchObject({
      status: 'active',
      organizationId: qa.organizationId,
      userId: qa.userId,
      clock: { idleTimeoutMs: IDLE_S * 1000 },
      trusted: false,
    })
    expect(state.record).not.toHaveProperty('trustedVia')
    expect(events).toEqual([{ kind: 'sign-in', at: ports.now(), profileId: 'p1', api: 'v3' }])
    expect(cleared()).toBe(1)
  })

  it('a token session does not idle out', async () => {
    const { service, saved, profile } = setUp()
    profile.authMethod = 'token'
    await refusal(service.signIn('p1', 'any-token'))
    const pending = saved.find((r) => r?.status === 'signing-in')
    expect(pending?.clock).toEqual({ lastActivityAt: expect.any(Number), idleTimeoutMs: undefined })
  })

  it('a refused sign-in leaves no session, and logs the kind and BILL’s code', async () => {
    const { service, state, events, ports } = setUp()
    const error = await refusal(service.signIn('p1', 'wrong'))
    expect(error).toMatchObject({ kind: 'invalid-credentials' })
    expect(state.record).toBeUndefined()
    expect(events).toEqual([
      {
        kind: 'sign-in-failed',
        at: ports.now(),
        profileId: 'p1',
        api: 'v3',
        errorKind: 'invalid-credentials',
        billCode: 'BDC_1101',
      },
    ])
  })

  it.each(['v3', 'v2'] as const)(
    '%s: a remembered device BILL no longer honours is forgotten',
    async (api) => {
      const { service, state, ports } = setUp(api)
      state.devices.push({
        id: 'd-old',
        profileId: 'p1',
        api,
        rememberId: 'not-known-to-bill',
        device: 'install-1',
        machineName: 'x',
        issuedAt: ports.now(),
        expiresAt: ports.now() + 60_000,
      })
      const view = await service.signIn('p1', qa.password)
      expect(view).toMatchObject({ state: 'active', trusted: false, mfa: { step: 'idle' } })
      expect(state.devices).toEqual([])
    },
  )
})

describe('signing out', () => {
  it('ends the session at BILL, forgets it, clears notifications and logs it', async () => {
    const { service, state, events, cleared, ports } = setUp()
    await service.signIn('p1', qa.password)
    const sessionId = state.record?.sessionId as string
    events.length = 0
    expect(await service.signOut()).toEqual({ state: 'signed-out' })
    expect(state.record).toBeUndefined()
    expect(cleared()).toBe(2)
    expect(events).toEqual([{ kind: 'sign-out', at: ports.now(), profileId: 'p1', api: 'v3' }])
    const info = await ports
      .clientFor({
        ...state,
        api: 'v3',
        devKey: qa.devKey,
        baseUrls: { v2: sandbox.v2Base, v3: sandbox.v3Base },
        hostAllowed: ports.hostAllowed,
      })
      .sessionInfo(sessionId)
    expect(info).toMatchObject({ ok: false, error: { kind: 'session-expired' } })
  })

  it('signed out already: nothing to do, nothing logged', async () => {
    const { service, events, cleared } = setUp()
    expect(await service.signOut()).toEqual({ state: 'signed-out' })
    expect(events).toEqual([])
    expect(cleared()).toBe(0)
  })
})

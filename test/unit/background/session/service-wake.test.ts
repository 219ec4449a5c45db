import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import type { HistoryEventInput } from '../../../../src/shared/history.ts'
import { DEFAULT_PREFERENCES } from '../../../../src/shared/preferences.ts'
import type { SessionRecord } from '../../../../src/shared/session/record.ts'
import { ALARMS } from '../../../../src/shared/session/schedule.ts'
import { harness, IDLE_S, qa } from '../../session-harness.ts'

// The session service as a new worker finds it (src/background/session/service.ts), and its explicit
// hand-outs of the session's secrets.

let sandbox: SandboxApp
beforeEach(() => {
  sandbox = createSandboxApp({ quiet: true })
})
afterEach(() => sandbox.shutdown())

/** Signs in with one worker, then returns what the stored record becomes when a new worker wakes. */
async function storedThenWoken(change: (r: SessionRecord) => SessionRecord) {
  const h = harness(sandbox)
  await createSessionService(h.ports).signIn('p1', qa.password)
  const before = h.state.record as SessionRecord
  h.state.record = change(structuredClone(before))
  const events: HistoryEventInput[] = []
  let signedOut = () => {}
  const signOutLogged = new Promise<void>((done) => (signedOut = done))
  h.ports.appendEvent = async (e) => {
    events.push(e)
    if (e.kind === 'sign-out') signedOut()
  }
  const woken = createSessionService(h.ports)
  await woken.ready
  return { ...h, before, woken, events, signOutLogged }
}

describe('a new worker', () => {
  it('drops a sign-in that was under way (the call died with the old worker)', async () => {
    const { woken, state } = await storedThenWoken((r) => ({ ...r, status: 'signing-in' }))
    expect(await woken.getView()).toEqual({ state: 'signed-out' })
    expect(state.record).toBeUndefined()
  })

  it('finishes a sign-out that was under way: at BILL too, and logged', async () => {
    const { woken, state, before, signOutLogged, events, ports } = await storedThenWoken((r) => ({
      ...r,
      signingOutAt: 1,
    }))
    expect(await woken.getView()).toEqual({ state: 'signed-out' })
    await signOutLogged
    expect(state.record).toBeUndefined()
    expect(events.map((e) => e.kind)).toEqual(['sign-out'])
    const info = await ports
      .clientFor({ ...before, hostAllowed: ports.hostAllowed })
      .sessionInfo(before.sessionId as string)
    expect(info).toMatchObject({ ok: false, error: { kind: 'session-expired' } })
  })

  it('ends an overdue session as idle, and keeps one still in time', async () => {
    const overdue = await storedThenWoken((r) => ({ ...r, clock: { ...r.clock, lastActivityAt: 0 } }))
    expect(await overdue.woken.getView()).toMatchObject({ state: 'expired', expiredReason: 'idle' })
    const fine = await storedThenWoken((r) => r)
    expect(await fine.woken.getView()).toMatchObject({ state: 'active' })
    expect(fine.events).toEqual([])
  })

  it('an MFA send in flight goes back to where the user can send again', async () => {
    const { woken } = await storedThenWoken((r) => ({
      ...r,
      mfa: { ...r.mfa, current: { step: 'sending', since: 1 } },
    }))
    expect(await woken.getView()).toMatchObject({ state: 'active', mfa: { step: 'idle' } })
  })
})

describe('the secrets, handed out only when asked', () => {
  it('the session id and what another tool needs to use the session', async () => {
    const h = harness(sandbox)
    const service = createSessionService(h.ports)
    await service.signIn('p1', qa.password)
    const sessionId = h.state.record?.sessionId
    expect(await service.revealSessionId()).toEqual({ sessionId })
    expect(await service.handOffSecrets()).toEqual({
      api: 'v3',
      baseUrls: { v2: sandbox.v2Base, v3: sandbox.v3Base },
      devKey: qa.devKey,
      sessionId,
    })
    expect(service.current()).toEqual({
      sessionId,
      baseUrls: { v2: sandbox.v2Base, v3: sandbox.v3Base },
      status: 'active',
    })
  })

  it('nothing when signed out, or once the session expired, with the reason', async () => {
    const h = harness(sandbox)
    const service = createSessionService(h.ports)
    await service.ready
    expect(service.current()).toBeUndefined()
    expect(await service.revealSessionId().catch((e: unknown) => e)).toEqual({
      kind: 'not-signed-in',
      message: 'Sign in first.',
    })
    await service.signIn('p1', qa.password)
    sandbox.state.clock.advance(IDLE_S * 1000)
    await service.onAlarm(ALARMS.expiry)
    expect(await service.handOffSecrets().catch((e: unknown) => e)).toEqual({
      kind: 'session-expired',
      message: 'The BILL session has expired. Sign in again.',
    })
  })
})

describe('alarms and preferences', () => {
  it('the keep-alive alarm pings BILL when enabled; the others go to the idle clock', async () => {
    const h = harness(sandbox)
    h.ports.getPreferences = async () => ({ ...DEFAULT_PREFERENCES, keepAliveEnabled: true })
    const service = createSessionService(h.ports)
    await service.signIn('p1', qa.password)
    sandbox.state.clock.advance(IDLE_S * 1000 - 30_000)
    await service.onAlarm(ALARMS.keepAlive)
    expect(h.state.events).toContain('keep-alive')
    expect(h.state.record?.keepAlivePings).toBe(1)
  })

  it('a preference change plans the alarms and draws the badge again', async () => {
    const h = harness(sandbox)
    const service = createSessionService(h.ports)
    await service.signIn('p1', qa.password)
    const plans = h.state.alarms.length
    const badges = h.state.badges.length
    h.ports.getPreferences = async () => ({ ...DEFAULT_PREFERENCES, badgeEnabled: false })
    await service.preferencesChanged()
    expect(h.state.alarms.length).toBe(plans + 1)
    expect(h.state.badges.length).toBe(badges + 1)
    expect(h.state.badges.at(-1)).toBeUndefined()
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { createBillClient } from '../../../../src/shared/bill/client.ts'
import { ALARMS } from '../../../../src/shared/session/schedule.ts'
import { harness, IDLE_S, lastCode, qa } from '../../session-harness.ts'

describe.each(['v3', 'v2'] as const)('session service (%s) against the sandbox', (api) => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  it('signs in, walks MFA with remember, expires when idle, and signs in trusted with the remembered device', async () => {
    const { state, ports } = harness(sandbox, api)
    const service = createSessionService(ports)
    const start = ports.now()
    const signedIn = await service.signIn('p1', qa.password)
    expect(signedIn).toMatchObject({ state: 'active', trusted: false, api, mfa: { step: 'idle' } })
    if (signedIn.state !== 'active') throw new Error('not active')
    expect(signedIn.expiresAt! - start).toBeGreaterThanOrEqual(IDLE_S * 1000)
    expect(JSON.stringify(signedIn)).not.toContain(state.record!.sessionId!)
    // 120 s less the sign-in's few ms: whole minutes round down.
    expect(state.badges.at(-1)).toMatchObject({ text: expect.stringMatching(/^[12]m$/), tone: 'urgent' })
    expect(state.alarms.at(-1)?.set.map((a) => a.name)).toContain(ALARMS.expiry)

    const sent = await service.sendChallenge()
    expect(sent).toMatchObject({ mfa: { step: 'challenge-sent' } })
    const code = await lastCode(sandbox)

    const wrong = await service.verifyCode(code === '000000' ? '111111' : '000000', true)
    expect(wrong).toMatchObject({ mfa: { step: 'error', error: 'wrong-code', errorKind: 'mfa-wrong-code' } })

    const trusted = await service.verifyCode(code, true)
    expect(trusted).toMatchObject({
      trusted: true,
      trustedVia: 'mfa',
      mfa: { step: 'trusted', remembered: true },
    })
    expect(state.devices).toHaveLength(1)
    expect(state.devices[0]).toMatchObject({ profileId: 'p1', api, device: 'install-1' })
    expect(JSON.stringify(state.record)).not.toContain(code)

    sandbox.state.clock.advance(IDLE_S * 1000 + 1000)
    await service.onAlarm(ALARMS.expiry)
    expect(await service.getView()).toMatchObject({ state: 'expired', expiredReason: 'idle', trusted: false })
    expect(state.record?.sessionId).toBeUndefined()
    expect(state.notes.at(-1)?.kind).toBe('expired')
    expect(state.badges.at(-1)).toMatchObject({ text: '!' })

    const again = await service.signIn('p1', qa.password)
    expect(again).toMatchObject({ state: 'active', trusted: true, trustedVia: 'remembered-device' })
    expect(state.events).toEqual(
      expect.arrayContaining([
        'sign-in',
        'mfa-challenge-sent',
        'mfa-failed',
        'mfa-verified',
        'device-remembered',
      ]),
    )
    expect(state.events).toContain('session-expired')
  })

  it('continues the MFA walk-through in a new worker (service) after a stop', async () => {
    const { ports } = harness(sandbox, api)
    const first = createSessionService(ports)
    await first.signIn('p1', qa.password)
    await first.sendChallenge()
    const code = await lastCode(sandbox)
    const second = createSessionService(ports)
    expect(await second.getView()).toMatchObject({ state: 'active', mfa: { step: 'challenge-sent' } })
    expect(await second.verifyCode(code, false)).toMatchObject({
      trusted: true,
      mfa: { step: 'trusted', remembered: false },
    })
  })

  it('marks the session expired at once when BILL answers BDC_1109', async () => {
    const { ports, state } = harness(sandbox, api)
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    // BILL's own idle timeout (35 min in the sandbox) ran out while our alarm did not fire (e.g. the machine slept).
    sandbox.state.clock.advance(35 * 60_000 + 1000)
    const error = await service.sendChallenge().catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'session-expired', bill: { code: 'BDC_1109' } })
    expect(await service.getView()).toMatchObject({ state: 'expired', expiredReason: 'rejected-by-bill' })
    expect(state.notes.at(-1)?.kind).toBe('expired')
  })

  it('reports a wrong password and stays signed out', async () => {
    const { ports, state } = harness(sandbox, api)
    const service = createSessionService(ports)
    const error = await service.signIn('p1', 'not-it').catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'invalid-credentials', bill: { code: 'BDC_1101' } })
    expect(await service.getView()).toEqual({ state: 'signed-out' })
    expect(state.record).toBeUndefined()
  })
})

describe('session service rules', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  it('refuses a sixth code within a minute before asking BILL, with the time to wait', async () => {
    const { ports } = harness(sandbox)
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    for (let i = 0; i < 5; i++) await service.sendChallenge()
    const texts = (await (await sandbox.app.request('/__sandbox/sms')).json()) as unknown[]
    const error = await service.sendChallenge().catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'rate-limited' })
    expect((error as { retryAt: number }).retryAt).toBeGreaterThan(ports.now())
    const after = (await (await sandbox.app.request('/__sandbox/sms')).json()) as unknown[]
    expect(after).toHaveLength(texts.length)
  })

  it('refuses codes that are not six digits without calling BILL', async () => {
    const { ports } = harness(sandbox)
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    await service.sendChallenge()
    await expect(service.verifyCode('12345', false)).rejects.toMatchObject({ kind: 'invalid-input' })
    await expect(service.verifyCode('12a456', false)).rejects.toMatchObject({ kind: 'invalid-input' })
    expect(await service.getView()).toMatchObject({ mfa: { step: 'challenge-sent' } })
  })

  it('counts a tab request carrying the session id as activity', async () => {
    const { ports, state } = harness(sandbox)
    const service = createSessionService(ports)
    const v = await service.signIn('p1', qa.password)
    sandbox.state.clock.advance(60_000)
    await service.noteTabAnswer('someone-else', 'activity', ports.now())
    expect((await service.getView()) as { expiresAt: number }).toMatchObject({
      expiresAt: (v as { expiresAt: number }).expiresAt,
    })
    await service.noteTabAnswer(state.record!.sessionId!, 'activity', ports.now())
    const after = (await service.getView()) as { expiresAt: number }
    expect(after.expiresAt - (v as { expiresAt: number }).expiresAt).toBeGreaterThanOrEqual(60_000)
  })

  it('signs out at BILL and forgets the session, keeping remembered devices', async () => {
    const { ports, state } = harness(sandbox)
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    const sessionId = state.record!.sessionId!
    expect(await service.signOut()).toEqual({ state: 'signed-out' })
    const info = await createBillClient({
      api: 'v3',
      baseUrls: { v2: sandbox.v2Base, v3: sandbox.v3Base },
      devKey: qa.devKey,
      fetch: sandbox.fetch,
    }).sessionInfo(sessionId)
    expect(info).toMatchObject({ ok: false, error: { kind: 'session-expired' } })
    expect(state.alarms.at(-1)?.set).toEqual([])
  })
})

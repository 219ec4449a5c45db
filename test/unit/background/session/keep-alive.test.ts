import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { DEFAULT_PREFERENCES } from '../../../../src/shared/preferences.ts'
import { ALARMS } from '../../../../src/shared/session/schedule.ts'
import { harness, qa } from '../../session-harness.ts'

// The keep-alive (src/background/session/keep-alive.ts): at most keepAliveMaxPings pings in a row.

describe('keep-alive', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  /** Signed in with keep-alive on and one ping allowed. */
  async function signedInWithOnePing() {
    const { ports, state } = harness(sandbox)
    ports.getPreferences = async () => ({
      ...DEFAULT_PREFERENCES,
      keepAliveEnabled: true,
      keepAliveMaxPings: 1,
    })
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    return { ports, state, service }
  }

  it('stops after the last allowed ping, and real activity plans it again', async () => {
    const { ports, state, service } = await signedInWithOnePing()
    const planned = () => state.alarms.at(-1)?.set.map((a) => a.name) ?? []
    expect(planned()).toContain(ALARMS.keepAlive)

    // One minute before the 2-minute idle end: the ping is due.
    sandbox.state.clock.advance(61_000)
    await service.onAlarm(ALARMS.keepAlive)
    expect(state.record?.keepAlivePings).toBe(1)
    expect(state.events).toContain('keep-alive')
    expect(planned()).not.toContain(ALARMS.keepAlive)

    await service.noteTabAnswer(state.record!.sessionId!, 'activity', ports.now() + 1)
    expect(state.record?.keepAlivePings).toBe(0)
    expect(planned()).toContain(ALARMS.keepAlive)
  })

  it('is planned again by the extension’s own call with the session (a panel replay)', async () => {
    const { state, service } = await signedInWithOnePing()
    sandbox.state.clock.advance(61_000)
    await service.onAlarm(ALARMS.keepAlive)
    expect(state.alarms.at(-1)?.set.map((a) => a.name)).not.toContain(ALARMS.keepAlive)
    const answer = await service.replay({ method: 'POST', endpointId: 'v3.mfa.challenge', body: {} })
    expect(answer.status).toBe(200)
    expect(state.alarms.at(-1)?.set.map((a) => a.name)).toContain(ALARMS.keepAlive)
  })
})

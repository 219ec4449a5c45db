import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import type { BillClient } from '../../../../src/shared/bill/client.ts'
import type { BillResult } from '../../../../src/shared/bill/errors.ts'
import { ALARMS } from '../../../../src/shared/session/schedule.ts'
import { harness, qa } from '../../session-harness.ts'

// The idle clock (src/background/session/idle.ts): warnings, and the answers of calls made with the session.

describe('the idle clock', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  it('warns once per expiry, however often the warning alarm fires, and again after activity moves the end', async () => {
    const { ports, state } = harness(sandbox)
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    const warnings = () => state.notes.filter((n) => n.kind === 'warning').length
    // The harness session idles out after 2 minutes: inside the 5-minute warning window from the start.
    await service.onAlarm(ALARMS.warning)
    await service.onAlarm(ALARMS.warning)
    expect(warnings()).toBe(1)
    sandbox.state.clock.advance(10_000)
    await service.noteTabAnswer(state.record!.sessionId!, 'activity', ports.now())
    await service.onAlarm(ALARMS.warning)
    expect(warnings()).toBe(2)
  })

  it('ignores a late "session invalid" for an earlier session once the user signed in again', async () => {
    const { ports } = harness(sandbox)
    let release: (answer: BillResult<{ challengeId: string }>) => void = () => {}
    const clientFor = ports.clientFor
    let held = 0
    ports.clientFor = (p) => {
      const client: BillClient = clientFor(p)
      // The first MFA send (the first session's) is held until after the second sign-in.
      return {
        ...client,
        mfaChallenge: (...a) =>
          held++ === 0 ? new Promise((done) => (release = done)) : client.mfaChallenge(...a),
      }
    }
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    const lateSend = service.sendChallenge().catch((e: unknown) => e)
    await new Promise((done) => setTimeout(done, 0))
    await service.signOut()
    await service.signIn('p1', qa.password)
    release({
      ok: false,
      error: { kind: 'session-expired', api: 'v3', code: 'BDC_1109', message: 'Session is invalid.' },
    })
    expect(await lateSend).toMatchObject({ kind: 'session-expired' })
    expect(held).toBe(1)
    expect(await service.getView()).toMatchObject({ state: 'active' })
  })
})

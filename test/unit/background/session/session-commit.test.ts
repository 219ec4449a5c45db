import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { DEFAULT_PREFERENCES } from '../../../../src/shared/preferences.ts'
import { canEnterCode, type MfaStep } from '../../../../src/shared/session/mfa-machine.ts'
import { ALARMS } from '../../../../src/shared/session/schedule.ts'
import { harness, IDLE_S, qa } from '../../session-harness.ts'

describe('the session owner’s commits', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  it('read the preferences once, and leave the alarms alone when only activity moved the end', async () => {
    const { ports, state } = harness(sandbox)
    let reads = 0
    ports.getPreferences = async () => {
      reads++
      return { ...DEFAULT_PREFERENCES }
    }
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    const plans = state.alarms.length
    const badges = state.badges.length
    reads = 0
    sandbox.state.clock.advance(30_000)
    await service.noteTabAnswer(state.record!.sessionId!, 'activity', ports.now())
    expect(reads).toBe(1)
    expect(state.alarms).toHaveLength(plans)
    expect(state.badges).toHaveLength(badges + 1)

    // The expiry alarm set for the old end fires early: it re-plans for the new end instead of expiring.
    sandbox.state.clock.advance(IDLE_S * 1000 - 25_000)
    await service.onAlarm(ALARMS.expiry)
    expect(await service.getView()).toMatchObject({ state: 'active' })
    const expiry = state.alarms.at(-1)?.set.find((a) => a.name === ALARMS.expiry)
    expect(expiry?.when).toBe(state.record!.clock.lastActivityAt + IDLE_S * 1000)
  })
})

describe('can the user type a code', () => {
  const steps: [MfaStep, boolean][] = [
    [{ step: 'idle' }, false],
    [{ step: 'sending', since: 1 }, false],
    [{ step: 'challenge-sent', challengeId: 'c', sentAt: 1 }, true],
    [{ step: 'verifying', challengeId: 'c', sentAt: 1, since: 2 }, true],
    [{ step: 'trusted', at: 1, remembered: false }, false],
    [
      {
        step: 'error',
        error: 'wrong-code',
        kind: 'mfa-wrong-code',
        message: '',
        challengeId: 'c',
        sentAt: 1,
      },
      true,
    ],
    [{ step: 'error', error: 'code-expired', kind: 'mfa-code-expired', message: '' }, false],
    [{ step: 'error', error: 'rate-limited', kind: 'rate-limited', message: '', retryAt: 9 }, false],
  ]
  it.each(steps)('%j: %s', (step, expected) => {
    expect(canEnterCode(step)).toBe(expected)
  })
})

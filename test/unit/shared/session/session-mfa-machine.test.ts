import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  answerableChallenge,
  canSend,
  INITIAL_MFA,
  type MfaEvent,
  type MfaState,
  mfaReducer,
  recoverAfterRestart,
  TOO_MANY_ATTEMPTS_WAIT_MS,
} from '../../../../src/shared/session/mfa-machine.ts'

const run = (events: MfaEvent[], from: MfaState = INITIAL_MFA) => events.reduce(mfaReducer, from)
const failure = (kind: string, message = 'x', retryAt?: number) =>
  ({ kind, message, ...(retryAt ? { retryAt } : {}) }) as never

describe('MFA state machine', () => {
  it('walks idle → sending → challenge sent → verifying → trusted', () => {
    const sent = run([
      { type: 'send', at: 1 },
      { type: 'sent', challengeId: 'c1', at: 2 },
    ])
    expect(sent.current).toEqual({ step: 'challenge-sent', challengeId: 'c1', sentAt: 2 })
    expect(sent.sends).toEqual([2])
    const verifying = run([{ type: 'verify', at: 3 }], sent)
    expect(verifying.current).toMatchObject({ step: 'verifying', challengeId: 'c1' })
    expect(run([{ type: 'verified', remembered: true, at: 4 }], verifying).current).toEqual({
      step: 'trusted',
      at: 4,
      remembered: true,
    })
  })

  it('keeps the challenge after a wrong code so the user may retry', () => {
    const s = run([
      { type: 'send', at: 1 },
      { type: 'sent', challengeId: 'c1', at: 2 },
      { type: 'verify', at: 3 },
      { type: 'verify-failed', failure: failure('mfa-wrong-code', 'That code is not right.'), at: 4 },
    ])
    expect(s.current).toMatchObject({
      step: 'error',
      error: 'wrong-code',
      kind: 'mfa-wrong-code',
      challengeId: 'c1',
    })
    expect(answerableChallenge(s.current)?.challengeId).toBe('c1')
    expect(run([{ type: 'verify', at: 5 }], s).current.step).toBe('verifying')
  })

  it('needs a new challenge after an expired code; resend is allowed at once', () => {
    const s = run([
      { type: 'send', at: 1 },
      { type: 'sent', challengeId: 'c1', at: 2 },
      { type: 'verify', at: 3 },
      { type: 'verify-failed', failure: failure('mfa-code-expired'), at: 4 },
    ])
    expect(s.current).toMatchObject({ step: 'error', error: 'code-expired' })
    expect(answerableChallenge(s.current)).toBeUndefined()
    expect(run([{ type: 'verify', at: 5 }], s)).toBe(s)
    expect(canSend(s, 5)).toEqual({ ok: true })
  })

  it('makes the user wait after too many attempts', () => {
    const s = run([
      { type: 'send', at: 0 },
      { type: 'sent', challengeId: 'c1', at: 0 },
      { type: 'verify', at: 10 },
      { type: 'verify-failed', failure: failure('mfa-too-many-attempts'), at: 10 },
    ])
    expect(canSend(s, 20)).toEqual({
      ok: false,
      reason: 'cooling-down',
      retryAt: 10 + TOO_MANY_ATTEMPTS_WAIT_MS,
    })
    expect(canSend(s, 10 + TOO_MANY_ATTEMPTS_WAIT_MS)).toEqual({ ok: true })
  })

  it('explains a missing phone and a rate limit with its cool-down', () => {
    const noPhone = run([
      { type: 'send', at: 1 },
      { type: 'send-failed', failure: failure('mfa-no-phone'), at: 2 },
    ])
    expect(noPhone.current).toMatchObject({ step: 'error', error: 'no-phone' })
    const limited = run([
      { type: 'send', at: 1 },
      { type: 'send-failed', failure: failure('rate-limited', 'Too many', 50_000), at: 2 },
    ])
    expect(canSend(limited, 3)).toMatchObject({ ok: false, retryAt: 50_000 })
  })

  it('refuses a sixth send within a minute before BILL would', () => {
    let s = INITIAL_MFA
    for (let i = 0; i < 5; i++) {
      s = run(
        [
          { type: 'send', at: i * 1000 },
          { type: 'sent', challengeId: `c${i}`, at: i * 1000 },
        ],
        s,
      )
    }
    expect(canSend(s, 5000)).toEqual({ ok: false, reason: 'cooling-down', retryAt: 60_000 })
    expect(run([{ type: 'send', at: 5000 }], s)).toBe(s)
    expect(canSend(s, 60_000).ok).toBe(true)
  })

  it('ignores events that make no sense in the current step', () => {
    expect(run([{ type: 'verify', at: 1 }])).toBe(INITIAL_MFA)
    expect(run([{ type: 'sent', challengeId: 'x', at: 1 }])).toBe(INITIAL_MFA)
    expect(run([{ type: 'verified', remembered: false, at: 1 }])).toBe(INITIAL_MFA)
    const busy = run([{ type: 'send', at: 1 }])
    expect(run([{ type: 'send', at: 2 }], busy)).toBe(busy)
  })

  it('recovers a step that was in flight when the worker stopped', () => {
    const sending = run([{ type: 'send', at: 1 }])
    expect(recoverAfterRestart(sending).current).toEqual({ step: 'idle' })
    const verifying = run([
      { type: 'send', at: 1 },
      { type: 'sent', challengeId: 'c1', at: 2 },
      { type: 'verify', at: 3 },
    ])
    expect(recoverAfterRestart(verifying).current).toEqual({
      step: 'challenge-sent',
      challengeId: 'c1',
      sentAt: 2,
    })
  })

  it('never stores anything that looks like a code, whatever the events', () => {
    const kinds = [
      'mfa-wrong-code',
      'mfa-code-expired',
      'mfa-too-many-attempts',
      'mfa-no-phone',
      'rate-limited',
      'network',
    ]
    const event = fc.oneof(
      fc.record({ type: fc.constant('send' as const), at: fc.nat() }),
      fc.record({ type: fc.constant('sent' as const), challengeId: fc.string(), at: fc.nat() }),
      fc.record({ type: fc.constant('verify' as const), at: fc.nat() }),
      fc.record({ type: fc.constant('verified' as const), remembered: fc.boolean(), at: fc.nat() }),
      fc.record({
        type: fc.constant('verify-failed' as const),
        failure: fc.record({ kind: fc.constantFrom(...kinds), message: fc.string() }),
        at: fc.nat(),
      }),
      fc.record({ type: fc.constant('reset' as const) }),
    )
    fc.assert(
      fc.property(fc.array(event as fc.Arbitrary<MfaEvent>, { maxLength: 30 }), (events) => {
        const s = run(events)
        const keys = JSON.stringify(s).match(/"(\w+)":/g) ?? []
        return !keys.some((k) => /code"|token"|otp"/i.test(k)) && s.sends.length <= 20
      }),
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  answerableChallenge,
  canSend,
  INITIAL_MFA,
  type MfaState,
  type MfaStep,
  mfaErrorOf,
  mfaReducer,
  recoverAfterRestart,
  TOO_MANY_ATTEMPTS_WAIT_MS,
} from '../../../../src/shared/session/mfa-machine.ts'

// The MFA machine's edges: when a send is allowed, which failures keep the challenge, what each event does in a
// step where it makes no sense.

const at = (current: MfaStep, sends: number[] = []): MfaState => ({ current, sends })
const sent: MfaStep = { step: 'challenge-sent', challengeId: 'ch', sentAt: 10 }
const verifying: MfaStep = { step: 'verifying', challengeId: 'ch', sentAt: 10, since: 20 }
const failure = (kind: string, retryAt?: number) =>
  ({ kind, message: 'm', ...(retryAt !== undefined ? { retryAt } : {}) }) as never

describe('canSend', () => {
  it('not while a call is in flight, nor once trusted', () => {
    expect(canSend(at({ step: 'sending', since: 1 }), 100)).toStrictEqual({ ok: false, reason: 'busy' })
    expect(canSend(at(verifying), 100)).toStrictEqual({ ok: false, reason: 'busy' })
    expect(canSend(at({ step: 'trusted', at: 1, remembered: false }), 100)).toStrictEqual({
      ok: false,
      reason: 'trusted',
    })
  })

  it('waits for an error’s retry time, and not after it', () => {
    const error: MfaStep = {
      step: 'error',
      error: 'rate-limited',
      kind: 'rate-limited',
      message: 'm',
      retryAt: 500,
    }
    expect(canSend(at(error), 499)).toStrictEqual({ ok: false, reason: 'cooling-down', retryAt: 500 })
    expect(canSend(at(error), 500)).toStrictEqual({ ok: true })
    expect(canSend(at(sent), 0)).toStrictEqual({ ok: true })
  })
})

describe('mfaErrorOf', () => {
  it.each([
    ['rate-limited', 'rate-limited'],
    ['mfa-no-phone', 'no-phone'],
    ['network', 'other'],
    ['session-expired', 'other'],
  ] as const)('%s: %s', (kind, error) => {
    expect(mfaErrorOf(kind)).toBe(error)
  })
})

describe('answerableChallenge', () => {
  const error = (more: object): MfaStep => ({
    step: 'error',
    error: 'wrong-code',
    kind: 'mfa-wrong-code',
    message: 'm',
    ...more,
  })

  it('an error keeps the challenge answerable only with its id and send time, unless the code expired', () => {
    expect(answerableChallenge(error({ challengeId: 'ch', sentAt: 10 }))).toStrictEqual({
      challengeId: 'ch',
      sentAt: 10,
    })
    expect(answerableChallenge(error({ challengeId: 'ch', sentAt: 0 }))).toStrictEqual({
      challengeId: 'ch',
      sentAt: 0,
    })
    expect(answerableChallenge(error({ sentAt: 10 }))).toBeUndefined()
    expect(answerableChallenge(error({ challengeId: 'ch' }))).toBeUndefined()
    expect(
      answerableChallenge(error({ challengeId: 'ch', sentAt: 10, error: 'code-expired' })),
    ).toBeUndefined()
    expect(answerableChallenge({ step: 'idle' })).toBeUndefined()
  })
})

describe('failures', () => {
  const verifyFailed = (kind: string, retryAt?: number) =>
    mfaReducer(at(verifying), { type: 'verify-failed', failure: failure(kind, retryAt), at: 1_000 }).current

  it('a wrong code or another failure (network) keeps the challenge; the others need a new one', () => {
    expect(verifyFailed('mfa-wrong-code')).toMatchObject({ challengeId: 'ch', sentAt: 10 })
    expect(verifyFailed('network')).toMatchObject({ error: 'other', challengeId: 'ch', sentAt: 10 })
    expect(verifyFailed('mfa-no-phone')).not.toHaveProperty('challengeId')
    expect(verifyFailed('mfa-code-expired')).not.toHaveProperty('challengeId')
  })

  it('waits a minute after a rate limit, five after too many attempts, or as long as BILL said', () => {
    expect(verifyFailed('rate-limited')).toMatchObject({ retryAt: 61_000 })
    expect(verifyFailed('mfa-too-many-attempts')).toMatchObject({
      retryAt: 1_000 + TOO_MANY_ATTEMPTS_WAIT_MS,
    })
    expect(verifyFailed('rate-limited', 9_000)).toMatchObject({ retryAt: 9_000 })
    expect(verifyFailed('mfa-wrong-code')).toStrictEqual({
      step: 'error',
      error: 'wrong-code',
      kind: 'mfa-wrong-code',
      message: 'm',
      challengeId: 'ch',
      sentAt: 10,
    })
  })
})

describe('events out of place change nothing', () => {
  it('a send failure outside "sending", a verify failure or success outside "verifying"', () => {
    const state = at(sent)
    expect(mfaReducer(state, { type: 'send-failed', failure: failure('network'), at: 1 })).toBe(state)
    expect(mfaReducer(state, { type: 'verify-failed', failure: failure('network'), at: 1 })).toBe(state)
    expect(mfaReducer(state, { type: 'verified', remembered: true, at: 1 })).toBe(state)
  })
})

it('keeps the last 20 send times only', () => {
  const sends = Array.from({ length: 20 }, (_, i) => i)
  const next = mfaReducer(at({ step: 'sending', since: 0 }, sends), {
    type: 'sent',
    challengeId: 'c',
    at: 99,
  })
  expect(next.sends).toStrictEqual([...sends.slice(1), 99])
})

it('starting over keeps the send times (the rate window still counts them)', () => {
  expect(mfaReducer(at(sent, [5]), { type: 'reset' })).toStrictEqual({
    current: { step: 'idle' },
    sends: [5],
  })
})

it('after a restart only a step in flight changes', () => {
  for (const step of [INITIAL_MFA.current, sent, { step: 'trusted', at: 1, remembered: true } as const]) {
    const state = at(step)
    expect(recoverAfterRestart(state)).toBe(state)
  }
  expect(recoverAfterRestart(at(verifying)).current).toStrictEqual(sent)
})

it('a second "verify" while a code is being checked changes nothing', () => {
  const state = at(verifying)
  expect(mfaReducer(state, { type: 'verify', at: 99 })).toBe(state)
})

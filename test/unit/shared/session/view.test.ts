import { describe, expect, it } from 'vitest'
import type { MfaStep } from '../../../../src/shared/session/mfa-machine.ts'
import { sessionView } from '../../../../src/shared/session/view.ts'
import { activeRecord } from './session-record.ts'

// What pages see of the session: every page-safe field as it is, optional ones only when set, never a secret.

const record = activeRecord()
const withStep = (current: MfaStep, sends: number[] = []) => ({ ...record, mfa: { current, sends } })

describe('sessionView', () => {
  it('is "signed-out" without a record', () => {
    expect(sessionView(undefined, 0)).toStrictEqual({ state: 'signed-out' })
  })

  it('shows the page-safe fields and the end of the idle clock, and leaves out what is not set', () => {
    expect(sessionView(record, 2_000)).toStrictEqual({
      state: 'active',
      profileId: 'p1',
      profileName: 'QA local',
      api: 'v3',
      authMethod: 'password',
      username: 'qa@example.com',
      organizationId: '00801QAMFAORG0000001',
      expiresAt: 121_000,
      idleTimeoutMs: 120_000,
      trusted: false,
      mfa: { step: 'idle', canEnterCode: false },
    })
  })

  it('never carries the session id or the dev key', () => {
    const text = JSON.stringify(sessionView(record, 2_000))
    expect(text).not.toContain('secret-session-id')
    expect(text).not.toContain('secret-dev-key')
  })

  it('shows the optional fields once set (an expiry at time 0 included)', () => {
    const view = sessionView(
      {
        ...record,
        status: 'expired',
        userId: 'u1',
        trusted: true,
        trustedVia: 'mfa',
        expiredAt: 0,
        expiredReason: 'rejected-by-bill',
        expiredCode: 'BDC_1109',
      },
      2_000,
    )
    expect(view).toMatchObject({
      state: 'expired',
      userId: 'u1',
      trusted: true,
      trustedVia: 'mfa',
      expiredAt: 0,
      expiredReason: 'rejected-by-bill',
      expiredCode: 'BDC_1109',
    })
  })

  it('has no end for a token session, which does not idle out', () => {
    const view = sessionView({ ...record, clock: { lastActivityAt: 1_000, idleTimeoutMs: undefined } }, 2_000)
    expect(view).not.toHaveProperty('expiresAt')
    expect(view).not.toHaveProperty('idleTimeoutMs')
  })
})

describe('the MFA part of the view', () => {
  const mfa = (current: MfaStep, sends: number[] = [], now = 10_000) =>
    (sessionView(withStep(current, sends), now) as { mfa: unknown }).mfa

  it('shows when the code was sent, and the code field, never the challenge id', () => {
    expect(mfa({ step: 'challenge-sent', challengeId: 'ch-1', sentAt: 5 })).toStrictEqual({
      step: 'challenge-sent',
      sentAt: 5,
      canEnterCode: true,
    })
    expect(mfa({ step: 'verifying', challengeId: 'ch-1', sentAt: 5, since: 6 })).toStrictEqual({
      step: 'verifying',
      sentAt: 5,
      canEnterCode: true,
    })
  })

  it('shows whether a trusted session remembered this browser', () => {
    expect(mfa({ step: 'trusted', at: 1, remembered: true })).toStrictEqual({
      step: 'trusted',
      remembered: true,
      canEnterCode: false,
    })
  })

  it('shows an error with its kind and message, its send time when the challenge is kept, and the retry time', () => {
    expect(
      mfa({
        step: 'error',
        error: 'wrong-code',
        kind: 'mfa-wrong-code',
        message: 'Wrong code',
        challengeId: 'ch-1',
        sentAt: 5,
      }),
    ).toStrictEqual({
      step: 'error',
      error: 'wrong-code',
      errorKind: 'mfa-wrong-code',
      message: 'Wrong code',
      sentAt: 5,
      canEnterCode: true,
    })
    expect(
      mfa({
        step: 'error',
        error: 'too-many-attempts',
        kind: 'mfa-too-many-attempts',
        message: 'Wait',
        retryAt: 99_000,
      }),
    ).toStrictEqual({
      step: 'error',
      error: 'too-many-attempts',
      errorKind: 'mfa-too-many-attempts',
      message: 'Wait',
      canSendAt: 99_000,
      canEnterCode: false,
    })
  })

  it('says when sending is allowed again after five sends in a minute, and nothing when it is allowed now', () => {
    expect(mfa({ step: 'idle' }, [1_000, 2_000, 3_000, 4_000, 5_000])).toStrictEqual({
      step: 'idle',
      canEnterCode: false,
      canSendAt: 61_000,
    })
    expect(mfa({ step: 'idle' }, [1_000, 2_000, 3_000, 4_000])).toStrictEqual({
      step: 'idle',
      canEnterCode: false,
    })
  })
})

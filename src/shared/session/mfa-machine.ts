import type { BillErrorKind } from '../bill/error-kinds.ts'
import { nextSendAllowedAt } from './rate-window.ts'

// The SMS MFA walk-through as a pure state machine. The background persists MfaState in storage.session after
// every transition, so the popup can close (the user looks at the phone) and reopen at the same step.
// The SMS code itself is never part of the state.

export type MfaErrorKind =
  | 'wrong-code'
  | 'code-expired'
  | 'too-many-attempts'
  | 'no-phone'
  | 'rate-limited'
  | 'other'

export type MfaStep =
  | { step: 'idle' }
  | { step: 'sending'; since: number }
  | { step: 'challenge-sent'; challengeId: string; sentAt: number }
  | { step: 'verifying'; challengeId: string; sentAt: number; since: number }
  | { step: 'trusted'; at: number; remembered: boolean }
  | {
      step: 'error'
      error: MfaErrorKind
      /** The client's error kind, for the UI's data-kind and message. */
      kind: BillErrorKind | 'other'
      message: string
      /** Kept when the same challenge can still be answered (e.g. a wrong code). */
      challengeId?: string
      sentAt?: number
      /** No new challenge before this (rate limit, too many attempts). */
      retryAt?: number
    }

export interface MfaState {
  current: MfaStep
  /** When challenges were sent, for the 5-a-minute window. */
  sends: number[]
}

export const INITIAL_MFA: MfaState = { current: { step: 'idle' }, sends: [] }

/** BILL's advice after BDC_1358 is to back off for 5–10 minutes (docs/bill-api.md §10). */
export const TOO_MANY_ATTEMPTS_WAIT_MS = 5 * 60_000

export interface FailureInfo {
  kind: BillErrorKind | 'other'
  message: string
  retryAt?: number
}

export type MfaEvent =
  | { type: 'send'; at: number }
  | { type: 'sent'; challengeId: string; at: number }
  | { type: 'send-failed'; failure: FailureInfo; at: number }
  | { type: 'verify'; at: number }
  | { type: 'verified'; remembered: boolean; at: number }
  | { type: 'verify-failed'; failure: FailureInfo; at: number }
  | { type: 'reset' }

export function mfaErrorOf(kind: FailureInfo['kind']): MfaErrorKind {
  switch (kind) {
    case 'mfa-wrong-code':
      return 'wrong-code'
    case 'mfa-code-expired':
      return 'code-expired'
    case 'mfa-too-many-attempts':
      return 'too-many-attempts'
    case 'mfa-no-phone':
      return 'no-phone'
    case 'rate-limited':
      return 'rate-limited'
    default:
      return 'other'
  }
}

/** The challenge that a code can still be checked against, if any. */
export function answerableChallenge(step: MfaStep): { challengeId: string; sentAt: number } | undefined {
  if (step.step === 'challenge-sent') return { challengeId: step.challengeId, sentAt: step.sentAt }
  if (
    step.step === 'error' &&
    step.challengeId &&
    step.sentAt !== undefined &&
    step.error !== 'code-expired'
  ) {
    return { challengeId: step.challengeId, sentAt: step.sentAt }
  }
  return undefined
}

/**
 * Whether the user can type a code now: the one answer for the background (verify) and the popup (the code
 * field). While a code is being checked the field stays, disabled.
 */
export function canEnterCode(step: MfaStep): boolean {
  return step.step === 'verifying' || answerableChallenge(step) !== undefined
}

export type SendCheck =
  | { ok: true }
  | { ok: false; reason: 'busy' | 'trusted' | 'cooling-down'; retryAt?: number }

export function canSend(state: MfaState, now: number): SendCheck {
  const s = state.current
  if (s.step === 'sending' || s.step === 'verifying') return { ok: false, reason: 'busy' }
  if (s.step === 'trusted') return { ok: false, reason: 'trusted' }
  const waitUntil = Math.max(nextSendAllowedAt(state.sends, now), s.step === 'error' ? (s.retryAt ?? 0) : 0)
  return waitUntil > now ? { ok: false, reason: 'cooling-down', retryAt: waitUntil } : { ok: true }
}

function failed(failure: FailureInfo, at: number, keep?: { challengeId: string; sentAt: number }): MfaStep {
  const error = mfaErrorOf(failure.kind)
  const retryAt =
    failure.retryAt ??
    (error === 'too-many-attempts'
      ? at + TOO_MANY_ATTEMPTS_WAIT_MS
      : error === 'rate-limited'
        ? at + 60_000
        : undefined)
  // A wrong code (or a network hiccup) leaves the challenge answerable; the other errors need a new one.
  const keepChallenge = keep && (error === 'wrong-code' || error === 'other')
  return {
    step: 'error',
    error,
    kind: failure.kind,
    message: failure.message,
    ...(keepChallenge ? { challengeId: keep.challengeId, sentAt: keep.sentAt } : {}),
    ...(retryAt !== undefined ? { retryAt } : {}),
  }
}

/** Applies one event; events that make no sense in the current step leave the state unchanged. */
export function mfaReducer(state: MfaState, event: MfaEvent): MfaState {
  const s = state.current
  switch (event.type) {
    case 'send':
      return canSend(state, event.at).ok ? { ...state, current: { step: 'sending', since: event.at } } : state
    case 'sent':
      if (s.step !== 'sending') return state
      return {
        current: { step: 'challenge-sent', challengeId: event.challengeId, sentAt: event.at },
        sends: [...state.sends, event.at].slice(-20),
      }
    case 'send-failed':
      return s.step === 'sending' ? { ...state, current: failed(event.failure, event.at) } : state
    case 'verify': {
      const challenge = answerableChallenge(s)
      return challenge ? { ...state, current: { step: 'verifying', ...challenge, since: event.at } } : state
    }
    case 'verified':
      return s.step === 'verifying'
        ? { ...state, current: { step: 'trusted', at: event.at, remembered: event.remembered } }
        : state
    case 'verify-failed':
      return s.step === 'verifying'
        ? {
            ...state,
            current: failed(event.failure, event.at, { challengeId: s.challengeId, sentAt: s.sentAt }),
          }
        : state
    case 'reset':
      return { ...state, current: { step: 'idle' } }
  }
}

/**
 * After a worker restart no call is in flight any more: a step left at "sending" or "verifying" goes back to
 * where the user can act again (send, or type the code again).
 */
export function recoverAfterRestart(state: MfaState): MfaState {
  const s = state.current
  if (s.step === 'sending') return { ...state, current: { step: 'idle' } }
  if (s.step === 'verifying') {
    return { ...state, current: { step: 'challenge-sent', challengeId: s.challengeId, sentAt: s.sentAt } }
  }
  return state
}

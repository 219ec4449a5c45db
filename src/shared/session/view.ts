import type { BillErrorKind } from '../bill/error-kinds.ts'
import { expiresAt } from './clock.ts'
import { canEnterCode, canSend, type MfaErrorKind, type MfaStep } from './mfa-machine.ts'
import type { SessionRecord } from './record.ts'

/** What the MFA walk-through looks like to a page: no challenge id, never a code. */
export interface MfaView {
  step: MfaStep['step']
  sentAt?: number
  error?: MfaErrorKind
  errorKind?: BillErrorKind | 'other'
  message?: string
  /** When "send" / "resend" is allowed again (rate limit, too many attempts). */
  canSendAt?: number
  remembered?: boolean
  /** The code field is shown (see canEnterCode). */
  canEnterCode: boolean
}

/** The record's page-safe fields, shown as they are. */
type SharedFields = Pick<
  SessionRecord,
  | 'profileId'
  | 'profileName'
  | 'api'
  | 'authMethod'
  | 'username'
  | 'organizationId'
  | 'userId'
  | 'trusted'
  | 'trustedVia'
  | 'mfaBypass'
  | 'expiredAt'
  | 'expiredReason'
  | 'expiredCode'
>

export type SessionView =
  | { state: 'signed-out' }
  | (SharedFields & {
      state: SessionRecord['status']
      /** Absent for token sessions, which do not idle out. */
      expiresAt?: number
      idleTimeoutMs?: number
      mfa: MfaView
    })

function mfaView(record: SessionRecord, now: number): MfaView {
  const s = record.mfa.current
  const send = canSend(record.mfa, now)
  const view: MfaView = { step: s.step, canEnterCode: canEnterCode(s) }
  if (!send.ok && send.retryAt !== undefined) view.canSendAt = send.retryAt
  if (s.step === 'challenge-sent' || s.step === 'verifying') view.sentAt = s.sentAt
  if (s.step === 'trusted') view.remembered = s.remembered
  if (s.step === 'error') {
    view.error = s.error
    view.errorKind = s.kind
    view.message = s.message
    if (s.sentAt !== undefined) view.sentAt = s.sentAt
  }
  return view
}

/** The page-safe view of the session: everything the popup shows, nothing secret. */
export function sessionView(record: SessionRecord | undefined, now: number): SessionView {
  if (!record) return { state: 'signed-out' }
  const end = expiresAt(record.clock)
  return {
    state: record.status,
    profileId: record.profileId,
    profileName: record.profileName,
    api: record.api,
    authMethod: record.authMethod,
    username: record.username,
    organizationId: record.organizationId,
    ...(record.userId ? { userId: record.userId } : {}),
    ...(end !== undefined ? { expiresAt: end, idleTimeoutMs: record.clock.idleTimeoutMs } : {}),
    trusted: record.trusted,
    ...(record.trustedVia ? { trustedVia: record.trustedVia } : {}),
    ...(record.mfaBypass !== undefined ? { mfaBypass: record.mfaBypass } : {}),
    ...(record.expiredAt !== undefined ? { expiredAt: record.expiredAt } : {}),
    ...(record.expiredReason ? { expiredReason: record.expiredReason } : {}),
    ...(record.expiredCode ? { expiredCode: record.expiredCode } : {}),
    mfa: mfaView(record, now),
  }
}

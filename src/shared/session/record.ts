import type { BaseUrls, BillApi } from '../bill/hosts.ts'
import type { AuthMethod } from '../profiles/types.ts'
import type { IdleClock } from './clock.ts'
import type { ExpiredReason } from './end-reason.ts'
import type { MfaState } from './mfa-machine.ts'

/** The storage.session key of the record: written by the background, read by pages for their first paint. */
export const SESSION_RECORD_KEY = 'session'

/**
 * The running session, as the background keeps it in storage.session (memory only, cleared when the browser
 * exits, hidden from content scripts). It is the only place the session id lives. No record = signed out.
 */
export interface SessionRecord {
  status: 'signing-in' | 'active' | 'expired'
  profileId: string
  profileName: string
  api: BillApi
  authMethod: AuthMethod
  username: string
  organizationId: string
  userId?: string
  /** Secret: present only while active; never sent to a page except by an explicit "copy session id". */
  sessionId?: string
  /** Read from the profile at sign-in; kept here (memory only) so calls survive a worker restart. */
  devKey: string
  baseUrls: BaseUrls
  clock: IdleClock
  trusted: boolean
  trustedVia?: 'remembered-device' | 'mfa'
  /**
   * v3: BILL's session details say the organization's MFA is bypassed for this developer key (a sandbox
   * convenience; never so in production). Unknown until a session-details call answered.
   */
  mfaBypass?: boolean
  signedInAt: number
  /** The expiry we already warned about, so each expiry is warned of once. */
  warnedForExpiry?: number
  /** Keep-alive pings since the last activity that was not a keep-alive. */
  keepAlivePings: number
  expiredAt?: number
  expiredReason?: ExpiredReason
  /** BILL's code in the answer that ended the session, when there was one (not a secret). */
  expiredCode?: string
  mfa: MfaState
  /**
   * Set (and stored) before BILL is asked to sign the session out: a worker stopped during sign-out finishes it
   * at the next wake instead of showing a session BILL may already have ended.
   */
  signingOutAt?: number
}

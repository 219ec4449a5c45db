import { bdcKind, codeOfKind } from '../../bill/bdc-codes.ts'
import type { BillErrorKind } from '../../bill/error-kinds.ts'
import { BoundedMap } from './bounded.ts'
import type { Call } from './call.ts'
import type { SequenceRule } from './sequence-rule.ts'
import { devKeyKey, userOrgKey } from './sessions.ts'

const UNTRUSTED = codeOfKind('untrusted-session')
const SESSION_INVALID = codeOfKind('session-expired')

const answered = (call: Call, kind: BillErrorKind) => call.errors().some((e) => bdcKind(e.code) === kind)

const MFA_FIX = {
  v3: 'Complete MFA on the session BILL refused: POST /v3/mfa/challenge then /v3/mfa/challenge/validate, or POST /v3/mfa/step-up with a rememberMeId + device (or send them on /v3/login).',
  v2: 'Complete MFA on the session BILL refused: MFAChallenge.json then MFAAuthenticate.json, or sign in with a remembered mfaId + deviceId.',
}

export const UNTRUSTED_SESSION_RELOGIN: SequenceRule = {
  id: 'untrusted-session-relogin',
  title: `Signs in again after ${UNTRUSTED} (untrusted session) instead of completing MFA`,
  help: `${UNTRUSTED} (HTTP 403 on v3, an error envelope on v2) means the operation needs an MFA-trusted session. A new sign-in without a remembered device opens another untrusted session, so the operation fails again and the sign-ins burn the 200-an-hour limit. Complete MFA (challenge + validate) or step up with a remembered device instead.`,
  severity: 'error',
  start() {
    // Who got an untrusted answer, and when it arrived; cleared by any MFA call or the finding.
    const pending = new BoundedMap<number>()
    return (call, sessions) => {
      const role = call.target.endpoint?.role
      // Most calls are neither: their keys are built only when they carry BDC_1361.
      if (!role && !answered(call, 'untrusted-session')) return undefined
      const who = userOrgKey(call, sessions.who(call))
      const keys = [who, devKeyKey(call)]
      if (role === 'mfa-text' || role === 'mfa-verify') {
        for (const k of keys) pending.delete(k)
        return undefined
      }
      if (role === 'sign-in') {
        const since = keys.find((k) => (pending.get(k) ?? Number.POSITIVE_INFINITY) <= call.start)
        // Stryker disable next-line OptionalChaining: a sign-in call always has signIn
        if (since === undefined || call.signIn?.remembered) return undefined
        for (const k of keys) pending.delete(k)
        return {
          message: `BILL answered ${UNTRUSTED} "Untrusted session." earlier and the client signed in again without MFA: the new session is untrusted too, so the operation fails again.`,
          fix: MFA_FIX[call.target.api],
        }
      }
      pending.set(who, call.answered)
      if (!call.sessionId || who.startsWith('session:')) pending.set(devKeyKey(call), call.answered)
      return undefined
    }
  },
}

export const EXPIRED_SESSION_REUSED: SequenceRule = {
  id: 'expired-session-reused',
  title: `Calls with a session BILL answered ${SESSION_INVALID} (session invalid) for`,
  help: `After ${SESSION_INVALID} "Session is invalid. Please log in." a session never works again: every later call with it fails the same way. Sign in again and use the new sessionId; any call within 35 minutes keeps a session alive.`,
  severity: 'warning',
  start() {
    const expired = new BoundedMap<number>()
    return (call) => {
      const id = call.sessionId
      if (!id || call.signIn) return undefined
      const since = expired.get(id)
      // Stryker disable next-line ConditionalExpression: undefined <= n is false already
      if (since !== undefined && since <= call.start) {
        return {
          message: `BILL answered ${SESSION_INVALID} for this session earlier, and the call reuses it: BILL refuses it again.`,
          fix: `On ${SESSION_INVALID}, sign in again and send the new sessionId; make any call at least every 35 minutes to keep a session alive.`,
        }
      }
      if (since === undefined && answered(call, 'session-expired')) expired.set(id, call.answered)
      return undefined
    }
  },
}

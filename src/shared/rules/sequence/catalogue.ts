import type { EndpointRole } from '../../bill/endpoints.ts'
import { CONCURRENT_REQUESTS_OVER_LIMIT, LOGIN_PER_CALL, MFA_TEXT_RATE } from './rate-rules.ts'
import type { SequenceRule } from './sequence-rule.ts'
import { EXPIRED_SESSION_REUSED, UNTRUSTED_SESSION_RELOGIN } from './session-rules.ts'

/** The rules that read a sequence of calls (evaluateSequence); single-request rules are in ../catalogue.ts. */
export const SEQUENCE_RULES: readonly SequenceRule[] = [
  UNTRUSTED_SESSION_RELOGIN,
  EXPIRED_SESSION_REUSED,
  LOGIN_PER_CALL,
  CONCURRENT_REQUESTS_OVER_LIMIT,
  MFA_TEXT_RATE,
]

/**
 * The sequence rules the every-tab watcher runs: it sees each request's body and start time (webRequest), not
 * its headers, answer or duration. So it counts sign-ins (login-per-call) and text-sending MFA calls
 * (mfa-text-rate); it cannot see BDC_1361 or BDC_1109 in an answer (untrusted-session-relogin,
 * expired-session-reused) nor when answers arrive and which dev key a v3 call carries in its headers
 * (concurrent-requests-over-limit).
 */
export const EVERY_TAB_SEQUENCE_RULES: readonly SequenceRule[] = [LOGIN_PER_CALL, MFA_TEXT_RATE]
/** The only calls those two rules read: the watcher feeds them nothing else. */
export const EVERY_TAB_SEQUENCE_ROLES: ReadonlySet<EndpointRole> = new Set(['sign-in', 'mfa-text'])

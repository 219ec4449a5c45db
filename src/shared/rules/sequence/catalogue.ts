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

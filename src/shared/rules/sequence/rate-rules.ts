import { BDC_CODES, codeOf, codeOfKind } from '../../bill/bdc-codes.ts'
import { CONCURRENT_REQUESTS_LIMIT, SIGN_INS_PER_HOUR, TEXT_CALLS_PER_MINUTE } from '../../bill/limits.ts'
import { BoundedMap, WindowCounter } from './bounded.ts'
import type { Call } from './call.ts'
import type { SequenceRule } from './sequence-rule.ts'
import { devKeyKey, userOrgKey } from './sessions.ts'

// Our threshold (INF): a client that keeps its session signs in a few times a day; one that signs in per
// call passes 10 in 10 minutes at once, long before BILL's hourly limit refuses it.
const SIGN_INS_LIMIT = 10
const SIGN_IN_WINDOW_MS = 10 * 60_000
const TEXT_WINDOW_MS = 60_000
// The code BILL refuses a request over the concurrency limit with (BDC_1144, the hourly one, shares its kind).
const TOO_MANY_AT_ONCE = codeOf(BDC_CODES.BDC_1322)
const SESSION_INVALID = codeOfKind('session-expired')

const orgOf = (call: Call, org: string | undefined) =>
  `${devKeyKey(call)} ${org ? `org:${org}` : `session:${call.sessionId ?? '?'}`}`
const inOrg = (org: string | undefined) => (org ? ` for organization ${org}` : '')

export const LOGIN_PER_CALL: SequenceRule = {
  id: 'login-per-call',
  title: `More than ${SIGN_INS_LIMIT} sign-ins for one user and organization within 10 minutes`,
  help: `A BILL session lasts while it is used (35 idle minutes) and sign-ins are limited to ${SIGN_INS_PER_HOUR} an hour per developer key. Signing in before each call burns that limit and adds a round trip: sign in once, reuse the sessionId, and sign in again only on ${SESSION_INVALID}.`,
  severity: 'warning',
  start() {
    const signIns = new WindowCounter(SIGN_INS_LIMIT, SIGN_IN_WINDOW_MS)
    return (call, sessions) => {
      if (!call.signIn || Number.isNaN(call.start)) return undefined
      const who = sessions.who(call)
      if (!signIns.add(userOrgKey(call, who), call.sent)) return undefined
      return {
        message: `Sign-in number ${SIGN_INS_LIMIT + 1} within 10 minutes for one user${inOrg(who.org)}: the client signs in per call instead of reusing its session (BILL allows ${SIGN_INS_PER_HOUR} sign-ins an hour per developer key).`,
        fix: `Sign in once and reuse the sessionId for every call; sign in again only when BILL answers ${SESSION_INVALID}.`,
      }
    }
  },
}

export const MFA_TEXT_RATE: SequenceRule = {
  id: 'mfa-text-rate',
  title: `More than ${TEXT_CALLS_PER_MINUTE} text-sending MFA calls for one user within 60 seconds`,
  help: `BILL allows ${TEXT_CALLS_PER_MINUTE} calls a minute to endpoints that send a text (POST /v3/mfa/challenge, /v3/mfa/setup, MFAChallenge.json); more are refused, and each one texts the user. Ask for one challenge, validate it, and remember the device (rememberMe) so later sign-ins need no text.`,
  severity: 'warning',
  start() {
    const texts = new WindowCounter(TEXT_CALLS_PER_MINUTE, TEXT_WINDOW_MS)
    return (call, sessions) => {
      // Stryker disable next-line OptionalChaining: a call without an endpoint is not mfa-text, and a throw skips it just the same
      if (call.target.endpoint?.role !== 'mfa-text' || Number.isNaN(call.start)) return undefined
      const who = sessions.who(call)
      const key = who.user ? `user:${who.user}` : userOrgKey(call, who)
      if (!texts.add(key, call.sent)) return undefined
      return {
        message: `Text-sending MFA call number ${TEXT_CALLS_PER_MINUTE + 1} within 60 seconds for one user: BILL allows ${TEXT_CALLS_PER_MINUTE} a minute and refuses the rest.`,
        fix: 'Send one challenge and wait for its code (codes last minutes); back off before asking again, and use rememberMe so later sign-ins need no text.',
      }
    }
  },
}

/** The latest answer times of the requests in flight, at most CONCURRENT_REQUESTS_LIMIT of them, descending. */
function inFlightAfter(ends: number[], sent: number, answered: number): number {
  let i = ends.length
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at i = 0, ends[-1] is undefined and undefined <= n is false
  while (i > 0 && (ends[i - 1] as number) <= sent) i--
  ends.length = i
  const busy = ends.length
  // Keep only the latest answers: CONCURRENT_REQUESTS_LIMIT of them decide whether the next is over.
  // Stryker disable next-line EqualityOperator: an answer equal to one kept goes before or after an equal value: the same list
  let at = ends.findIndex((e) => e < answered)
  if (at < 0) at = ends.length
  ends.splice(at, 0, answered)
  // Stryker disable next-line EqualityOperator: cutting a list of exactly the limit to the limit changes nothing
  if (ends.length > CONCURRENT_REQUESTS_LIMIT) ends.length = CONCURRENT_REQUESTS_LIMIT
  return busy
}

export const CONCURRENT_REQUESTS_OVER_LIMIT: SequenceRule = {
  id: 'concurrent-requests-over-limit',
  title: `More than ${CONCURRENT_REQUESTS_LIMIT} requests at once for one developer key and organization`,
  help: `BILL runs at most ${CONCURRENT_REQUESTS_LIMIT} requests at once per developer key and organization; it refuses the rest with ${TOO_MANY_AT_ONCE}, and keeps refusing until one of them completes. Send BILL calls one after another (or through a queue of at most ${CONCURRENT_REQUESTS_LIMIT}), and retry ${TOO_MANY_AT_ONCE} with exponential backoff.`,
  severity: 'warning',
  start() {
    const inFlight = new BoundedMap<number[]>()
    return (call, sessions) => {
      const refused = call.errors().some((e) => e.code.toUpperCase() === TOO_MANY_AT_ONCE)
      let busy = 0
      // BILL counts per developer key: a call without one (or without a time) cannot be placed.
      if (call.devKey && !Number.isNaN(call.start)) {
        const org = sessions.who(call).org
        const key = orgOf(call, org)
        const ends = inFlight.get(key) ?? []
        inFlight.set(key, ends)
        busy = inFlightAfter(ends, call.sent, call.answered)
      }
      const fix = `Send BILL calls one after another or through a queue of at most ${CONCURRENT_REQUESTS_LIMIT}; retry ${TOO_MANY_AT_ONCE} with exponential backoff.`
      if (busy >= CONCURRENT_REQUESTS_LIMIT)
        return {
          message: `This request started while at least ${busy} others for the same developer key and organization were still running: BILL allows ${CONCURRENT_REQUESTS_LIMIT} at once and refuses the rest with ${TOO_MANY_AT_ONCE}.`,
          fix,
        }
      if (refused)
        return {
          message: `BILL answered ${TOO_MANY_AT_ONCE}: more than ${CONCURRENT_REQUESTS_LIMIT} requests were running at once for this developer key and organization.`,
          fix,
        }
      return undefined
    }
  },
}

import { bdcNextStep, codeOfKind } from './bdc-codes.ts'
import { type DeprecatedMfaUse, PRIMARY_PHONE_ONLY_SINCE } from './deprecations.ts'
import type { BillErrorKind } from './error-kinds.ts'

const UNTRUSTED = codeOfKind('untrusted-session')

// The human message of each kind: what happened, then what to do next.
export interface MessageFacts {
  billMessage?: string | undefined
  deprecatedUse?: DeprecatedMfaUse | undefined
  timeoutMs?: number | undefined
  host?: string | undefined
  /** Where a refused redirect pointed, when the browser lets us see it. */
  target?: string | undefined
  httpStatus?: number | undefined
  /** BILL's code, when it sent one: some codes of a kind need their own next step. */
  code?: string | undefined
}

/** The next step BILL's code calls for, or the kind's general advice. */
const nextStepOr = (code: string | undefined, general: string) =>
  (code !== undefined && bdcNextStep(code)) || general

export function describeFailure(kind: BillErrorKind, f: MessageFacts = {}): string {
  switch (kind) {
    case 'invalid-credentials':
      return 'BILL did not accept the user name, password or organization id. Check them, and that they belong to this environment (sandbox or production).'
    case 'bad-dev-key':
      return 'BILL did not accept the developer key. Sandbox and production keys differ: check that the key belongs to this environment.'
    case 'session-expired':
      return 'The BILL session has ended (35 idle minutes, or signed out). Sign in again.'
    case 'untrusted-session':
      return `This operation needs an MFA-trusted session. ${bdcNextStep(UNTRUSTED)}`
    case 'mfa-no-phone':
      return 'No MFA phone is set up for this user. Add and validate a phone first.'
    case 'mfa-wrong-code':
      return 'That code is not right. Check the latest text message and try again.'
    case 'mfa-code-expired':
      return 'The code has expired or was already used. Request a new challenge.'
    case 'mfa-too-many-attempts':
      return 'Too many wrong codes for this challenge. Wait a few minutes, then request a new one.'
    case 'rate-limited':
      return `BILL is limiting requests (5 text messages a minute, 3 at a time, 20,000 requests and 200 sign-ins an hour per dev key). ${nextStepOr(f.code, 'Wait a minute, then try again.')}`
    case 'rejected-deprecated-field':
      return `BILL refused ${f.deprecatedUse ?? 'a removed MFA option'}: since ${PRIMARY_PHONE_ONLY_SINCE} only the primary phone can be used. Drop the field, or send useBackup:false / primary:true.`
    case 'network':
      return `Could not reach BILL${f.host ? ` at ${f.host}` : ''}. Check the network connection and the base URL.`
    case 'redirected':
      return `${f.host ?? 'The server'} answered with a redirect${f.target ? ` to ${f.target}` : ''}. BILL's API never redirects, so it was not followed and nothing was sent there. Check the profile's base URL.`
    case 'host-not-granted':
      return `The extension has no access to ${f.host ?? 'this host'}, so nothing was sent. Grant access to the profile's hosts in the settings first.`
    case 'timeout':
      return `BILL did not answer within ${Math.round((f.timeoutMs ?? 0) / 1000)} s. Try again; the sandbox is sometimes slow.`
    case 'server':
      return `BILL had a server error${f.httpStatus ? ` (HTTP ${f.httpStatus})` : ''}. The sandbox has no uptime guarantee: try again in a few minutes.`
    case 'malformed-response':
      return 'BILL answered with something that is not a BILL response (an HTML page, an empty or broken body). Check the base URL; if it is right, try again later.'
    case 'unknown':
      return f.billMessage
        ? `BILL refused the request: ${f.billMessage}`
        : 'BILL refused the request without saying why. Check the request and try again.'
  }
}

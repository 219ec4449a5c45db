// Every refusal the sandbox can give, with BILL's code and the HTTP status v3 uses (v2 always answers 200).
// Tags as in docs/bill-api.md: codes marked INF are the sandbox's own choice.
export interface Failure {
  code: string
  message: string
  /** v3 HTTP status. */
  status: 400 | 401 | 403 | 404 | 429
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure }

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value })
export const refuse = <T = never>(failure: Failure): Outcome<T> => ({ ok: false, failure })

import { BDC_CODES, type BdcCodeId } from '../../src/shared/bill/bdc-codes.ts'
import { BACKUP_PHONE_CHALLENGE, SECONDARY_PHONE_SETUP } from '../../src/shared/bill/deprecations.ts'
import { SIGN_INS_PER_HOUR } from '../../src/shared/bill/limits.ts'

/** A refusal with a code of BILL's table (bdc-codes.ts), in BILL's words unless the sandbox says more. */
const f = (
  code: BdcCodeId,
  status: Failure['status'],
  message: string = BDC_CODES[code].message,
): Failure => ({
  code,
  status,
  message,
})

export const FAILURES = {
  // DOC FAQ. The 401 for a refused sign-in is INF.
  invalidCredentials: f('BDC_1101', 401),
  // DOC FAQ; 401 per the gateway's "invalid devKey" rule (DOC webhook-api-error-responses).
  badDevKey: f('BDC_1102', 401),
  // DOC; v3 samples have two spaces after the period, v2 one: match on the code, not the text.
  sessionInvalid: f('BDC_1109', 401),
  // DOC FAQ: wrong path or capitalization.
  notSupported: f('BDC_1121', 404),
  // DOC-OLD (v2); reused for a v3 body that is not JSON (INF).
  badJson: f('BDC_1122', 400),
  // DOC-OLD / OBS.
  noPhone: f('BDC_1354', 400),
  // INF: BILL's code for a wrong code is not published.
  wrongCode: f('BDC_1355', 400, 'Invalid 2-Step Verification token. Check the code and try again.'),
  // OBS (BDC_1374 is the CODE-tagged alternative; the client accepts both).
  codeExpired: f('BDC_1356', 400, 'The 2-Step Verification token has expired. Request a new one.'),
  // CODE/OBS; the 3-attempt limit is unconfirmed (INF).
  tooManyAttempts: f('BDC_1358', 400),
  // OBS (stage sandbox).
  untrusted: f('BDC_1361', 403),
  // INF: BDC_1144 is BILL's hourly limit; the 5-texts-per-minute limit (DOC) has no published code.
  textRateLimit: f('BDC_1144', 429, 'Max number of allowed text messages per minute reached: 5.'),
  // DOC api-rate-limits (code and text); the 429 is INF.
  requestsPerHour: f('BDC_1144', 429),
  // INF: the 200 sign-ins an hour are DOC; their code and text are not published.
  signInsPerHour: f('BDC_1144', 429, `Max number of allowed logins per hour reached: ${SIGN_INS_PER_HOUR}.`),
  // DOC FAQ (code and text); the 429 is INF.
  tooManyConcurrent: f('BDC_1322', 429),
  // INF: BILL published the HTTP 400 but not the code or the text.
  backupPhoneRemoved: f('BDC_1380', 400, BACKUP_PHONE_CHALLENGE.sandboxMessage),
  secondaryPhoneRemoved: f('BDC_1380', 400, SECONDARY_PHONE_SETUP.sandboxMessage),
} satisfies Record<string, Failure>

/** DOC-OLD BDC_1108. */
export function missingField(name: string): Failure {
  return f('BDC_1108', 400, `Missing parameter value for parameter: ${name}.`)
}

/** INF: BILL's code for a badly typed value is not published; BDC_1001 is its generic one (DOC). */
export function invalidField(name: string, expected: string): Failure {
  return f('BDC_1001', 400, `Invalid value for parameter: ${name}. Expected ${expected}.`)
}

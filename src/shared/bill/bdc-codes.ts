import type { BillErrorKind } from './error-kinds.ts'

// BILL's error codes (docs/bill-api.md §12): the one table that says what each means, which of our error
// kinds it is reported as, and whether it has a cause of its own. BILL has over 500 codes (POST /v2/Errors.json);
// these are the auth and MFA ones, plus the two the local sandbox uses where BILL has published none.

export interface BdcCode {
  /** BILL's message as seen. */
  message: string
  meaning: string
  /** How the client reports a failure with this code; without one, the HTTP status and our request decide. */
  kind?: BillErrorKind
  /**
   * True when the code names a cause of its own (session, trust, keys, limits, enrolment): a refusal carrying
   * only such codes is not blamed on a removed MFA value in the request.
   */
  ownCause: boolean
  /** What a client (or the user) should do next, for the codes where the obvious reaction is the wrong one. */
  nextStep?: string
}

const code = (
  message: string,
  meaning: string,
  ownCause: boolean,
  kind?: BillErrorKind,
  nextStep?: string,
): BdcCode => ({
  message,
  meaning,
  ownCause,
  ...(kind ? { kind } : {}),
  ...(nextStep ? { nextStep } : {}),
})

const BAD_BODY = 'Often a misspelled parameter or a badly formed body.'

export const BDC_CODES = {
  BDC_1001: code('System error occurred.', BAD_BODY, false),
  BDC_1002: code('Unknown error occurred.', BAD_BODY, false),
  BDC_1101: code(
    'User name and/or password do not match our records.',
    'Wrong credentials, or credentials of the other environment (sandbox vs production).',
    true,
    'invalid-credentials',
  ),
  BDC_1102: code(
    'Developer key is invalid.',
    'Wrong developer key, or a key of the other environment (sandbox vs production).',
    true,
    'bad-dev-key',
  ),
  BDC_1103: code('Developer key is inactive.', 'The developer key was deactivated.', true, 'bad-dev-key'),
  BDC_1107: code('Organization is locked out.', 'Too many sign-ins or failures; wait 5–15 minutes.', true),
  BDC_1108: code('Missing parameter value.', 'A required field is missing from the request.', false),
  BDC_1109: code(
    'Session is invalid. Please log in.',
    'The session expired after 35 idle minutes, was signed out, or belongs to the other environment. Sign in again.',
    true,
    'session-expired',
  ),
  BDC_1110: code('Login is locked.', 'Sign-in is locked for this user; wait before retrying.', true),
  BDC_1113: code('Login error.', 'BILL refused the sign-in.', false),
  BDC_1121: code('API not supported.', 'Wrong path or capitalization (HTTP 404 on v3).', false),
  BDC_1122: code(
    'Error Parsing Json Object. Please check your request.',
    'The v2 `data` field is not valid JSON.',
    false,
  ),
  BDC_1144: code(
    'Max number of allowed requests per hour reached: 20000.',
    'Hourly limit of the developer key (20,000 requests, 200 sign-ins); wait until the next hour.',
    true,
    'rate-limited',
    'Wait before retrying (after a text-sending MFA call, a minute; otherwise until the hour turns): retries now are refused too. Reuse one session instead of signing in per call, and send one MFA text at a time.',
  ),
  // DOC (FAQ, rate limits): every later request fails until one of the running ones completes.
  BDC_1322: code(
    'Max number of concurrent requests per organization reached.',
    'More than 3 requests at once for this organization; send them one after another.',
    true,
    'rate-limited',
    'Wait for a running request to complete, then retry with backoff; keep at most 3 calls in flight per developer key and organization (a queue).',
  ),
  BDC_1354: code(
    'Specified 2-Step Verification phone is not setup or is invalid',
    'No MFA phone is set up: run MFA setup (primary phone) first.',
    true,
    'mfa-no-phone',
  ),
  // INF: the local sandbox's answer to a wrong code; BILL has not published its code for that.
  BDC_1355: code(
    'Invalid 2-Step Verification token.',
    'The SMS code is wrong (the local sandbox’s code: BILL has not published one).',
    true,
    'mfa-wrong-code',
  ),
  // OBS says BDC_1356, one CODE source BDC_1374: both mean an expired code.
  BDC_1356: code(
    'The code expired.',
    'The SMS code expired: request a new challenge.',
    true,
    'mfa-code-expired',
  ),
  // CODE: observed, unofficial (BILL's public error pages do not list it), as are BDC_1361 and BDC_1374.
  BDC_1358: code(
    '2-Step Verification too many token response attempts.',
    'Too many wrong codes: wait 5–10 minutes and request a new challenge.',
    true,
    'mfa-too-many-attempts',
  ),
  BDC_1361: code(
    'Untrusted session.',
    'The operation needs an MFA-trusted session: complete the MFA challenge or step up first.',
    true,
    'untrusted-session',
    'Trust this session: complete MFA (challenge, then validate the code) or step up with a remembered device. Never sign in again instead: a new session is just as untrusted, and sign-ins count against the 200-an-hour limit.',
  ),
  BDC_1374: code(
    'Expired token',
    'The SMS code expired (reported alternative to BDC_1356).',
    true,
    'mfa-code-expired',
  ),
  // INF: the local sandbox's refusal of a removed MFA value; BILL published the HTTP 400, not its code.
  BDC_1380: code(
    'Backup phone MFA was removed.',
    'A removed MFA value was refused (the local sandbox’s code: BILL has not published one).',
    false,
  ),
  BDC_1570: code('Shield Service Errors', 'BILL’s risk service rejected the request.', true),
  BDC_5324: code('Mfa action blocked', 'MFA setup refused: a device is already enrolled.', true),
} as const satisfies Readonly<Record<string, BdcCode>>

/** A code this table knows: the sandbox answers only with these. */
export type BdcCodeId = keyof typeof BDC_CODES

function entry(code: string): BdcCode | undefined {
  return (BDC_CODES as Readonly<Record<string, BdcCode>>)[code.toUpperCase()]
}

/** Text shaped like a BILL error code (BDC_ and 3 to 5 digits), known to this table or not. */
export const isBdcCode = (text: string): boolean => /^BDC_\d{3,5}$/.test(text)

/** What a BILL code means, or undefined for a code this table does not know. */
export function bdcMeaning(code: string): string | undefined {
  return entry(code)?.meaning
}

/** The kind a failure with this code is reported as, if the code alone decides it. */
export function bdcKind(code: string): BillErrorKind | undefined {
  return entry(code)?.kind
}

/** True for a code with a known cause of its own (see BdcCode.ownCause). */
export function bdcHasOwnCause(code: string): boolean {
  return entry(code)?.ownCause ?? false
}

/** The first code of the table reported as `kind`, for titles such as "session is invalid (BDC_1109)". */
export function codeOfKind(kind: BillErrorKind): BdcCodeId {
  const found = (Object.keys(BDC_CODES) as BdcCodeId[]).find((c) => bdcKind(c) === kind)
  if (!found) throw new Error(`No BILL code of kind ${kind}`)
  return found
}

/** The code of a table entry, for rules about one code rather than a kind: codeOf(BDC_CODES.BDC_1322). */
export function codeOf(wanted: BdcCode): BdcCodeId {
  const found = (Object.keys(BDC_CODES) as BdcCodeId[]).find((c) => BDC_CODES[c] === wanted)
  if (!found) throw new Error('Not an entry of BDC_CODES')
  return found
}

/** What to do after this code, for the codes whose obvious reaction is wrong (BDC_1361, BDC_1322, BDC_1144). */
export function bdcNextStep(code: string): string | undefined {
  return entry(code)?.nextStep
}

/** One error of a BILL answer, with what it means and what to do next when the code is known. */
export interface ExplainedBillError {
  code: string
  message?: string
  meaning?: string
  nextStep?: string
}

export function explainBillErrors(
  errors: readonly { code: string; message?: string }[],
): ExplainedBillError[] {
  return errors.map((e) => {
    const meaning = bdcMeaning(e.code)
    const nextStep = bdcNextStep(e.code)
    return { ...e, ...(meaning ? { meaning } : {}), ...(nextStep ? { nextStep } : {}) }
  })
}

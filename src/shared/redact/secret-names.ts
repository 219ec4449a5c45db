// The one decision "is a value under this name secret?", for every place a name can stand: headers, query and
// form fields, cookies, JSON members, XML elements and attributes, multipart parts, {name, value} pairs.
import { BDC_CODES, isBdcCode } from '../bill/bdc-codes.ts'
import { BILL_SECRET_FIELDS } from '../bill/redact.ts'

// Stryker disable next-line Regex: unanchored, it also drops an `x-` inside a name, which changes no verdict unless the x ends a word of the lists (none does) or dropping it joins two (`userx-code`)
const X_PREFIX = /^x[-_]/

/**
 * A name reduced to its letters and digits, lower-cased, without an `x-` header prefix: `session_id`,
 * `SessionID`, `x-session-id` and `Session-Id` all become `sessionid`.
 */
function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(X_PREFIX, '')
    .replace(/[^a-z0-9]/g, '')
}

// BILL's secret fields, plus the transport credentials browsers add, normalised.
const EXACT = new Set<string>([
  ...BILL_SECRET_FIELDS,
  'apikey',
  'username',
  'authorization',
  'proxyauthorization',
  'cookie',
  'cookies',
  'setcookie',
  'secret',
  'passwd',
  'pwd',
])

// Any name that ends like a credential (accessToken, newPassword, clientSecret, billSessionId).
const SUFFIXES = [
  'token',
  'password',
  'passwd',
  'secret',
  'sessionid',
  'devkey',
  'apikey',
  'mfaid',
  'remembermeid',
]

// One-time codes (SMS, voice, authenticator) as integrations name them: `code`, `otp`, `pin`, `passcode`, and
// `code` or `pin` after a word that says what it is for (`mfaCode`, `sms_code`, `verificationCode`, `authPin`).
// `errorCode`, `countryCode` and `statusCode` say something else and stay readable.
const ONE_TIME_CODE =
  /^(?:.*(?:mfa|sms|otp|2fa|twofa|twofactor|2step|twostep|verification|verify|auth|authentication|security|confirmation|confirm|onetime|challenge|access|login|signin|reset|text|voice|phone|device|user))?(?:code|pin)$|(?:otp|passcode)$/

// A capture repeats a few hundred names (headers, JSON keys) thousands of times: each is judged once.
// Bounded in count (cleared when full) and bytes (long names are judged, not kept), so odd inputs cannot grow it.
const MAX_CACHED = 4096
const MAX_CACHED_NAME = 128
const judged = new Map<string, boolean>()

export function isSecretName(name: string): boolean {
  let secret = judged.get(name)
  // Stryker disable next-line ConditionalExpression: judging a name again gives the same verdict (the cache saves time only)
  if (secret === undefined) {
    // An empty name (only separators) matches none of these.
    const n = normaliseName(name)
    secret = EXACT.has(n) || SUFFIXES.some((s) => n.endsWith(s)) || ONE_TIME_CODE.test(n)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound: caching a long name or not gives the same verdict
    if (name.length > MAX_CACHED_NAME) return secret
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound: clearing sooner, later or never gives the same verdicts
    if (judged.size >= MAX_CACHED) judged.clear()
    judged.set(name, secret)
  }
  return secret
}

// BILL's error codes (BDC_ and digits) sit under `code` in v3 errors: what QA reads first, never a secret.

/** A value that is public whatever name it is under. */
const isPublicValue = (value: unknown) => typeof value === 'string' && isBdcCode(value.trim())

// A phone in international form: a + and 7 to 15 digits (E.164) with the usual separators.
const INTERNATIONAL = /^\+\d[\d\s().-]{5,22}\d$/
// A North American number, bare or formatted: area code and exchange never start with 0 or 1, which keeps
// epoch timestamps (1733560000), dates and amounts out.
const NANP = /^(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]?\d{4}$/

/** A value that reads as a phone number, whatever field it is in: phones are redacted by value too. */
export function looksLikePhone(value: string): boolean {
  const v = value.trim()
  if (NANP.test(v)) return true
  if (!INTERNATIONAL.test(v)) return false
  const digits = v.replace(/\D/g, '').length
  return digits >= 7 && digits <= 15
}

/**
 * Names whose values are credentials worth remembering for this capture (then masked wherever they appear).
 * SMS codes, phones, user names and BILL's error `code` are hidden by name only: short or common values.
 */
export function isCredentialName(name: string): boolean {
  const n = normaliseName(name)
  return SUFFIXES.some((s) => n.endsWith(s)) || CREDENTIAL_EXACT.includes(n)
}

const CREDENTIAL_EXACT = ['authorization', 'appkey', 'cookie']

// A cheap and exact pre-check, so that the many texts that name no secret are not read through: a name is
// judged by its letters and digits, lower-cased, so a secret name in a text leaves one of these words in the
// text's own letters and digits, unless it is spelled through an escape (JSON's \u, percent, entities).
const SPELLED_OTHERWISE = /[\\%&]/
// One pattern per list of words, each word's letters with anything but letters and digits between them:
// on the lower-cased text, the same as finding the word in its letters and digits, without building them.
const anyOf = (words: readonly string[]) =>
  new RegExp([...new Set(words)].map((w) => [...w].join('[^a-z0-9]*')).join('|'))
const CREDENTIAL_WORDS = anyOf([...SUFFIXES, ...CREDENTIAL_EXACT])
// Every secret name holds one of these: the exact names, the suffixes, and what one-time codes end in.
const SECRET_WORDS = anyOf([...EXACT, ...SUFFIXES, 'code', 'pin', 'otp'])
// Digits and what separates them in a phone: every phone holds 7 digits in such a run.
const PHONE_DIGITS = /\d(?:[\s().+-]*\d){6}/

const mayHoldWord = (text: string, words: RegExp) =>
  SPELLED_OTHERWISE.test(text) || words.test(text.toLowerCase())

/** False when no credential name can stand in the text, so reading it by name finds no credential. */
export const mayNameCredential = (text: string): boolean => mayHoldWord(text, CREDENTIAL_WORDS)

/** False when the text can hold neither a secret name nor a phone: redaction by name and shape hides nothing. */
export const mayHoldSecret = (text: string): boolean =>
  PHONE_DIGITS.test(text) || mayHoldWord(text, SECRET_WORDS)

/** True when a value under this name must be hidden (a BILL error code under `code` is not). */
export function isSecretValue(name: string, value: unknown): boolean {
  if (isPublicValue(value)) return false
  return isSecretName(name) || (typeof value === 'string' && looksLikePhone(value))
}

// BILL's own error messages name secrets ("User name and/or password do not match our records.") but hold none.
const BILL_MESSAGES = Object.values(BDC_CODES).map((c) => c.message)

/** Words of a free text that name a secret ("password: …", "session_id=…"): such text is risky. */
export function mentionsSecretName(text: string): boolean {
  const rest = BILL_MESSAGES.reduce((t, m) => (t.includes(m) ? t.split(m).join(' ') : t), text)
  return rest.match(/[A-Za-z][A-Za-z0-9_-]*/g)?.some(isSecretName) ?? false
}

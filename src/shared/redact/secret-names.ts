// The one decision "is a value under this name secret?", for every place a name can stand: headers, query and
// form fields, cookies, JSON members, XML elements and attributes, multipart parts, {name, value} pairs.
import { BILL_SECRET_FIELDS } from '../bill/redact.ts'

/**
 * A name reduced to its letters and digits, lower-cased, without an `x-` header prefix: `session_id`,
 * `SessionID`, `x-session-id` and `Session-Id` all become `sessionid`.
 */
export function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^x[-_]/, '')
    .replace(/[^a-z0-9]/g, '')
}

// BILL's secret fields, plus one-time codes and the transport credentials browsers add, normalised.
const EXACT = new Set<string>([
  ...BILL_SECRET_FIELDS,
  'apikey',
  'code',
  'otp',
  'username',
  'authorization',
  'proxyauthorization',
  'cookie',
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

export function isSecretName(name: string): boolean {
  const n = normaliseName(name)
  return n !== '' && (EXACT.has(n) || SUFFIXES.some((s) => n.endsWith(s)))
}

// Digits with the usual phone separators, 7 to 15 digits (E.164 allows 15), optionally with a leading +.
const PHONE = /^\+?[\d\s().-]{7,24}$/
// Dates have the same look ("2024-08-31") and are no secret.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A value that reads as a phone number, whatever field it is in: phones are redacted by value too. */
export function looksLikePhone(value: string): boolean {
  if (!PHONE.test(value.trim()) || ISO_DATE.test(value.trim())) return false
  const digits = value.replace(/\D/g, '').length
  return digits >= 7 && digits <= 15
}

/**
 * Names whose values are credentials worth remembering for this capture (then masked wherever they appear).
 * SMS codes, phones, user names and BILL's error `code` are hidden by name only: short or common values.
 */
export function isCredentialName(name: string): boolean {
  const n = normaliseName(name)
  return SUFFIXES.some((s) => n.endsWith(s)) || n === 'authorization' || n === 'appkey' || n === 'cookie'
}

/** True when a value under this name must be hidden. */
export function isSecretValue(name: string, value: unknown): boolean {
  return isSecretName(name) || (typeof value === 'string' && looksLikePhone(value))
}

/** Words of a free text that name a secret ("password: …", "session_id=…"): such text is risky. */
export function mentionsSecretName(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []
  return words.some(isSecretName)
}

import { isSecretKey } from '../bill/redact.ts'

// The names whose values never leave the panel unredacted: BILL's own secret fields (bill/redact.ts) plus
// the SMS code, the user name and the transport credentials browsers add (cookies, Authorization).
const EXTRA_SECRET_NAMES = new Set([
  'code',
  'otp',
  'username',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
])

export function isSecretName(name: string): boolean {
  return isSecretKey(name) || EXTRA_SECRET_NAMES.has(name.toLowerCase())
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

/** True when a value under this name must be hidden. */
export function isSecretValue(name: string, value: unknown): boolean {
  return isSecretName(name) || (typeof value === 'string' && looksLikePhone(value))
}

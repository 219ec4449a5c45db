// Every failure of a BILL call is reported as exactly one of these kinds (see BillError in ./errors.ts).
export const BILL_ERROR_KINDS = [
  'invalid-credentials',
  'bad-dev-key',
  'session-expired',
  'untrusted-session',
  'mfa-no-phone',
  'mfa-wrong-code',
  'mfa-code-expired',
  'mfa-too-many-attempts',
  'rate-limited',
  'rejected-deprecated-field',
  'network',
  'redirected',
  'host-not-granted',
  'timeout',
  'server',
  'malformed-response',
  'unknown',
] as const

export type BillErrorKind = (typeof BILL_ERROR_KINDS)[number]

// BILL's own secret fields and the mask that replaces them; the redaction itself is src/shared/redact.

export const REDACTED = '[redacted]'

/** BILL's own secret fields, lower-cased (src/shared/redact/secret-names.ts extends them). */
export const BILL_SECRET_FIELDS = [
  'sessionid',
  'devkey',
  'password',
  'token',
  'mfaid',
  'remembermeid',
  'phone',
  'consoleapitoken',
  'apitoken',
  'appkey',
] as const

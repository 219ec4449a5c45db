// Hides secrets in BILL payloads before they are logged or shown (sessions, keys, passwords, codes, phones).

export const REDACTED = '[redacted]'

/** BILL's own secret fields, lower-cased. Logs keep everything else, such as an error's `code`. */
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

const SECRET_KEYS: ReadonlySet<string> = new Set(BILL_SECRET_FIELDS)

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase())
}

/** A deep copy with secret fields replaced; v2 `data` (a JSON string) is redacted inside too. */
export function redactBillPayload(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactBillPayload)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (isSecretKey(key)) out[key] = REDACTED
    else if (key === 'data' && typeof v === 'string') out[key] = redactJsonString(v)
    else out[key] = redactBillPayload(v)
  }
  return out
}

/** A form body (v2) as a redacted plain object. */
export function redactForm(params: URLSearchParams): Record<string, unknown> {
  return redactBillPayload(Object.fromEntries(params)) as Record<string, unknown>
}

/** A request or response body of unknown encoding, redacted: JSON, then form, else only its length. */
export function redactBody(text: string, contentType: string): unknown {
  if (text === '') return undefined
  // Clients often send JSON with a wrong content type (curl -d defaults to a form).
  if (contentType.includes('json') || /^\s*[[{]/.test(text)) return redactJsonString(text)
  if (contentType.includes('form')) return redactForm(new URLSearchParams(text))
  return `[${text.length} characters]`
}

function redactJsonString(text: string): unknown {
  try {
    return redactBillPayload(JSON.parse(text))
  } catch {
    return `[unparseable, ${text.length} characters]`
  }
}

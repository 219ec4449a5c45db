import { REDACTED } from '../bill/redact.ts'
import { isSecretName, looksLikePhone } from './secret-names.ts'

/** A deep copy with secret members and phone-like strings replaced; a JSON string under `data` (v2) too. */
export function redactJsonValue(value: unknown): unknown {
  if (typeof value === 'string') return looksLikePhone(value) ? REDACTED : value
  if (Array.isArray(value)) return value.map(redactJsonValue)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (isSecretName(key)) out[key] = REDACTED
    else if (key === 'data' && typeof v === 'string') out[key] = redactJsonText(v) ?? redactOpaque(v)
    else out[key] = redactJsonValue(v)
  }
  return out
}

/** The JSON text redacted (re-serialized compactly), or undefined when the text is not JSON. */
export function redactJsonText(text: string): string | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return undefined
  }
  return JSON.stringify(redactJsonValue(parsed))
}

/**
 * Text that could not be parsed: kept when it mentions no secret name, replaced whole otherwise, since
 * its secrets cannot be located reliably.
 */
export function redactOpaque(text: string): string {
  const words = text.match(/[A-Za-z][A-Za-z-]*/g) ?? []
  const risky = words.some(isSecretName) || /\+?\d[\d\s().-]{6,}\d/.test(text)
  return risky ? `[redacted: ${text.length} characters]` : text
}

import { REDACTED } from '../bill/redact.ts'
import { parseForm } from '../rules/parse-body.ts'
import { redactJsonText, redactOpaque } from './redact-json.ts'
import { isSecretValue } from './secret-names.ts'

/** One form (or query) field's value, redacted: secrets and phones replaced, the v2 `data` JSON inside. */
export function redactFieldValue(name: string, value: string): string {
  if (isSecretValue(name, value)) return REDACTED
  if (name === 'data') return redactJsonText(value) ?? redactOpaque(value)
  return value
}

/** An application/x-www-form-urlencoded body, redacted and re-encoded. */
export function redactFormText(text: string): string {
  return parseForm(text)
    .map((f) => `${encodeURIComponent(f.name)}=${encodeURIComponent(redactFieldValue(f.name, f.value))}`)
    .join('&')
}

import { redactFormText } from './redact-form.ts'
import { redactJsonText, redactOpaque } from './redact-json.ts'

const looksLikeForm = (text: string) => /^[^\s=&{}[\]"]+=/.test(text)

/** A request or response body, redacted in its own format: JSON, form, else whole when it looks risky. */
export function redactBodyText(text: string, mimeType = ''): string {
  if (text === '') return text
  const mime = mimeType.toLowerCase()
  if (!mime.includes('x-www-form-urlencoded')) {
    const json = redactJsonText(text)
    if (json !== undefined) return json
  }
  if (mime.includes('x-www-form-urlencoded') || looksLikeForm(text)) return redactFormText(text)
  return redactOpaque(text)
}

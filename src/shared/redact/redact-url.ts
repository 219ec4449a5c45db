import { formDecode } from '../har/form-value.ts'
import { redactFieldValue } from './redact-form.ts'

/** The URL with secret query values replaced; the rest of the URL is kept as written. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?')
  if (q < 0) return url
  const hash = url.indexOf('#', q)
  const end = hash < 0 ? url.length : hash
  const query = url
    .slice(q + 1, end)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=')
      if (eq < 0) return part
      const name = formDecode(part.slice(0, eq))
      const value = formDecode(part.slice(eq + 1))
      const redacted = redactFieldValue(name, value)
      return redacted === value ? part : `${part.slice(0, eq)}=${encodeURIComponent(redacted)}`
    })
    .join('&')
  return `${url.slice(0, q + 1)}${query}${url.slice(end)}`
}

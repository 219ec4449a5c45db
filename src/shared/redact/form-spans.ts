import { REDACTED } from '../bill/redact.ts'
import { formDecode } from '../har/form-value.ts'
import type { NestedRedact } from './json-spans.ts'
import { isCredentialName, isSecretValue } from './secret-names.ts'
import type { SecretSpan } from './spans.ts'

const ENCODED_REDACTED = encodeURIComponent(REDACTED)

/**
 * Secrets in `name=value` pairs separated by `&` or `;` (forms, queries, fragments, cookies, matrix
 * parameters), between `from` and `to`: a secret name or a phone hides the value; a value holding a text of
 * its own (JSON in a field) is redacted inside and re-encoded.
 */
export function pairSpans(text: string, nested: NestedRedact, from = 0, to = text.length): SecretSpan[] {
  const spans: SecretSpan[] = []
  let start = from
  // Stryker disable next-line EqualityOperator: at start === to the pair is empty: no `=`, nothing read
  while (start < to) {
    let stop = start
    while (stop < to && text[stop] !== '&' && text[stop] !== ';') stop++
    let eq = start
    // Stryker disable next-line EqualityOperator: text[stop] is a separator or past the end, never `=`
    while (eq < stop && text[eq] !== '=') eq++
    if (eq < stop) {
      // Stryker disable next-line MethodExpression: names are trimmed again when judged (normaliseName)
      const name = formDecode(text.slice(start, eq).trim())
      const value = formDecode(text.slice(eq + 1, stop))
      if (isSecretValue(name, value))
        spans.push({
          start: eq + 1,
          end: stop,
          replacement: ENCODED_REDACTED,
          ...(isCredentialName(name) ? { value } : {}),
        })
      else {
        const redacted = nested(value)
        if (redacted !== value)
          spans.push({ start: eq + 1, end: stop, replacement: encodeURIComponent(redacted) })
      }
    }
    start = stop + 1
  }
  return spans
}

const URL_START = /^[a-z][a-z0-9+.-]*:\/\/[^\s]*$|^\/[^\s]*$/i

/** A URL or an absolute path (one line, no spaces). */
export const looksLikeUrl = (text: string) => URL_START.test(text)

/** Secrets in a URL: query (`&` or `;`), fragment (`#access_token=...`) and `;` path parameters. */
export function urlSpans(url: string, nested: NestedRedact): SecretSpan[] {
  const hash = url.indexOf('#')
  const end = hash < 0 ? url.length : hash
  const q = url.indexOf('?')
  const pathEnd = q >= 0 && q < end ? q : end
  const spans: SecretSpan[] = []
  for (let semi = url.indexOf(';'); semi >= 0 && semi < pathEnd; semi = url.indexOf(';', semi + 1)) {
    const slash = url.indexOf('/', semi)
    // Stryker disable next-line ArithmeticOperator: from the character before the `;` it reads one more pair with no `=`
    spans.push(...pairSpans(url, nested, semi + 1, slash >= 0 && slash < pathEnd ? slash : pathEnd))
  }
  // Without a query, pathEnd === end: the range is empty.
  spans.push(...pairSpans(url, nested, pathEnd + 1, end))
  if (hash >= 0) spans.push(...pairSpans(url, nested, hash + 1, url.length))
  return spans
}

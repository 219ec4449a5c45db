// Decoding of application/x-www-form-urlencoded values.

/** Characters that survive form encoding unchanged; anything else means the value was never encoded. */
const ENCODED_FORM_VALUE = /^[A-Za-z0-9*\-._~!'()%+]*$/

/** Form-decodes a value ("+" is a space), returning it unchanged when its percent-escapes are malformed. */
export function formDecode(value: string): string {
  const spaced = value.includes('+') ? value.replace(/\+/g, ' ') : value
  if (!spaced.includes('%')) return spaced
  // Most malformed escapes are seen here; throwing is slow on long captures.
  if (/%(?![0-9a-fA-F]{2})/.test(spaced)) return value
  try {
    return decodeURIComponent(spaced)
  } catch {
    return value
  }
}

/**
 * HAR params differ by browser: Chrome keeps the values percent-encoded, Firefox decodes them. A value
 * made only of characters a form encoder leaves alone is taken as encoded (JSON such as {"a":1} never is).
 * The one ambiguity, a raw value such as "a+b", is read as "a b".
 */
export function decodeHarParamValue(value: string): string {
  return ENCODED_FORM_VALUE.test(value) && /[%+]/.test(value) ? formDecode(value) : value
}

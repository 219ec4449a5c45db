import { isSecretKey, REDACTED, redactBody } from '../../src/shared/bill/redact.ts'

// What one request leaves in the log: plain, bounded text, so that no request (huge, deeply nested, cut off)
// can make the log large or GET /__sandbox/requests fail to serialize.

/** Characters of a redacted body kept per request. */
export const BODY_TEXT_MAX = 2048
/** Characters of a path (with its redacted query) kept per request. */
export const PATH_TEXT_MAX = 512

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length} characters in all]`
}

export function redactedPath(url: URL): string {
  const params = new URLSearchParams(url.search)
  for (const key of [...params.keys()]) if (isSecretKey(key)) params.set(key, REDACTED)
  const query = params.toString()
  return clip(query ? `${url.pathname}?${query}` : url.pathname, PATH_TEXT_MAX)
}

/** The body with secrets redacted, as text of at most about BODY_TEXT_MAX characters. */
export function bodyText(
  body: { text: string; bytes: number; complete: boolean; broken: boolean },
  contentType: string,
): string | undefined {
  if (body.broken) return `[body cut off after ${body.bytes} bytes]`
  if (!body.complete) return `[${body.bytes} bytes, over the sandbox's limit: not read]`
  if (body.text === '') return undefined
  try {
    const redacted = redactBody(body.text, contentType)
    return clip(typeof redacted === 'string' ? redacted : JSON.stringify(redacted), BODY_TEXT_MAX)
  } catch {
    return `[unprintable, ${body.text.length} characters]`
  }
}

import { redactText, redactUrl } from '../../src/shared/redact/index.ts'

// What one request leaves in the log: plain, bounded text, so that no request (huge, deeply nested, cut off)
// can make the log large or GET /__sandbox/requests fail to serialize. Secrets are masked by the same
// redaction as the panel, exports and the CLI (src/shared/redact): one list of names, BILL's codes readable.

/** Characters of a redacted body kept per request. */
const BODY_TEXT_MAX = 2048
/** Characters of a path (with its redacted query) kept per request. */
const PATH_TEXT_MAX = 512

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length} characters in all]`
}

export function redactedPath(url: URL): string {
  return clip(redactUrl(`${url.pathname}${url.search}`), PATH_TEXT_MAX)
}

/** The body with secrets redacted (its shape read from the text, not the content type), at most about BODY_TEXT_MAX characters. */
export function bodyText(body: {
  text: string
  bytes: number
  complete: boolean
  broken: boolean
}): string | undefined {
  if (body.broken) return `[body cut off after ${body.bytes} bytes]`
  if (!body.complete) return `[${body.bytes} bytes, over the sandbox's limit: not read]`
  if (body.text === '') return undefined
  return clip(redactText(body.text), BODY_TEXT_MAX)
}

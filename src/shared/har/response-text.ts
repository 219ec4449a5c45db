import { decodeContentText } from './content-text.ts'
import type { NormalizedResponse } from './request.ts'

/** The response body as text, decoding HAR's base64 content; undefined when absent or undecodable. */
export function responseText(response: NormalizedResponse | undefined): string | undefined {
  const body = response?.body
  return body && decodeContentText(body.text, body.encoding)
}

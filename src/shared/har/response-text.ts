import type { NormalizedResponse } from './request.ts'

/** The response body as text, decoding HAR's base64 content; undefined when absent or undecodable. */
export function responseText(response: NormalizedResponse | undefined): string | undefined {
  const body = response?.body
  if (!body) return undefined
  if (body.encoding?.toLowerCase() !== 'base64') return body.text
  try {
    const binary = atob(body.text.replace(/\s+/g, ''))
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return new TextDecoder().decode(bytes)
  } catch {
    return undefined
  }
}

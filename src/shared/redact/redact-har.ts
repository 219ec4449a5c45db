import { REDACTED } from '../bill/redact.ts'
import { responseText } from '../har/response-text.ts'
import { redactBodyText } from './redact-body.ts'
import { redactFieldValue } from './redact-form.ts'
import { redactUrl } from './redact-url.ts'
import { isSecretName } from './secret-names.ts'

/** A HAR entry in the shape the panel exports (HAR 1.2, the fields browsers fill). */
export interface HarNameValuePair {
  name: string
  value: string
}

export interface ExportedHarEntry {
  startedDateTime: string
  time: number
  request: {
    method: string
    url: string
    httpVersion: string
    headers: HarNameValuePair[]
    queryString: HarNameValuePair[]
    cookies: HarNameValuePair[]
    headersSize: number
    bodySize: number
    postData?: { mimeType: string; text: string; params?: HarNameValuePair[] }
  }
  response: {
    status: number
    statusText: string
    httpVersion: string
    headers: HarNameValuePair[]
    cookies: HarNameValuePair[]
    content: { size: number; mimeType: string; text?: string; encoding?: string }
    redirectURL: string
    headersSize: number
    bodySize: number
  }
  cache: Record<string, never>
  timings: { send: number; wait: number; receive: number }
}

// Headers whose value is a URL (HTTP/2's :path carries the query string).
const URL_HEADERS = new Set([':path', 'referer', 'location', 'content-location'])

export function redactHeaders(headers: readonly HarNameValuePair[]): HarNameValuePair[] {
  return headers.map((h) => {
    if (isSecretName(h.name)) return { name: h.name, value: REDACTED }
    if (URL_HEADERS.has(h.name.toLowerCase())) return { name: h.name, value: redactUrl(h.value) }
    return { ...h }
  })
}

const redactPairs = (pairs: readonly HarNameValuePair[]) =>
  pairs.map((p) => ({ name: p.name, value: redactFieldValue(p.name, p.value) }))

/** A copy with every secret replaced: headers, cookies, query, form fields, JSON and v2 `data`, responses. */
export function redactHarEntry(entry: ExportedHarEntry): ExportedHarEntry {
  const { request, response } = entry
  const postData = request.postData && {
    mimeType: request.postData.mimeType,
    text: redactBodyText(request.postData.text, request.postData.mimeType),
    ...(request.postData.params ? { params: redactPairs(request.postData.params) } : {}),
  }
  // Base64 content is decoded first so its secrets can be found; it is exported as text.
  const text = responseText({
    status: response.status,
    ...(response.content.text !== undefined
      ? {
          body: {
            text: response.content.text,
            ...(response.content.encoding ? { encoding: response.content.encoding } : {}),
          },
        }
      : {}),
  })
  const { encoding: _dropped, text: _raw, ...content } = response.content
  return {
    ...entry,
    request: {
      ...request,
      url: redactUrl(request.url),
      headers: redactHeaders(request.headers),
      queryString: redactPairs(request.queryString),
      cookies: request.cookies.map((c) => ({ name: c.name, value: REDACTED })),
      ...(postData ? { postData } : {}),
    },
    response: {
      ...response,
      headers: redactHeaders(response.headers),
      cookies: response.cookies.map((c) => ({ name: c.name, value: REDACTED })),
      content: {
        ...content,
        ...(text !== undefined ? { text: redactBodyText(text, response.content.mimeType) } : {}),
      },
    },
  }
}

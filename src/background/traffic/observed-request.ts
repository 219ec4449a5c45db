import type { NameValue, NormalizedRequest } from '../../shared/har/request.ts'

// webRequest.onBeforeRequest's view of a request (Chrome and Firefox share it): the body comes as parsed
// form fields (urlencoded and multipart posts) or as raw bytes (JSON and everything else).

export interface ObservedDetails {
  method: string
  url: string
  timeStamp: number
  /** Chrome: the page's origin. */
  initiator?: string
  /** Firefox: the URL of the page (or worker) that made the request. */
  originUrl?: string
  documentUrl?: string
  requestBody?: {
    formData?: Record<string, string[]>
    raw?: { bytes?: ArrayBuffer }[]
    error?: string
  } | null
}

const utf8 = new TextDecoder('utf-8', { fatal: false })

function rawText(raw: readonly { bytes?: ArrayBuffer }[]): string | undefined {
  const parts = raw.flatMap((r) => (r.bytes ? [r.bytes] : []))
  if (parts.length === 0) return undefined
  // Decoded part by part (a character may span two parts): no copy of the whole body first.
  return parts.map((p, i) => utf8.decode(p, { stream: i < parts.length - 1 })).join('')
}

/** The request as the rules engine reads it. The content type is not known before headers are sent. */
export function observedToRequest(d: ObservedDetails): NormalizedRequest {
  const request: NormalizedRequest = { method: d.method, url: d.url, headers: [] }
  const form = d.requestBody?.formData
  if (form) {
    const params: NameValue[] = Object.entries(form).flatMap(([name, values]) =>
      values.map((value) => ({ name, value })),
    )
    return { ...request, body: { mimeType: 'application/x-www-form-urlencoded', params } }
  }
  const text = d.requestBody?.raw ? rawText(d.requestBody.raw) : undefined
  return text === undefined ? request : { ...request, body: { text } }
}

function originOf(from: string): string | undefined {
  try {
    const origin = new URL(from).origin
    return origin === 'null' ? undefined : origin
  } catch {
    return undefined
  }
}

// A page sends its requests from one URL: the last answer is kept, so a burst parses it once.
let last: { from: string; origin: string | undefined } | undefined

/** The origin of the page behind a request: nothing else of its URL is kept. */
export function pageOriginOf(d: ObservedDetails): string | undefined {
  const from = d.initiator ?? d.documentUrl ?? d.originUrl
  if (!from || from === 'null') return undefined
  if (last?.from !== from) last = { from, origin: originOf(from) }
  return last.origin
}

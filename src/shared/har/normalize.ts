import { decodeHarParamValue } from './form-value.ts'
import type { NameValue, NormalizedRequest, NormalizedResponse, RequestBody } from './request.ts'

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined

function nameValues(list: unknown, decode: (v: string) => string = (v) => v): NameValue[] {
  if (!Array.isArray(list)) return []
  const out: NameValue[] = []
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue
    const { name, value } = item as { name?: unknown; value?: unknown }
    if (typeof name !== 'string') continue
    out.push({ name: decode(name), value: decode(typeof value === 'string' ? value : '') })
  }
  return out
}

function body(raw: unknown): RequestBody | undefined {
  const postData = record(raw)
  if (!postData) return undefined
  const mimeType = str(postData.mimeType)
  const text = str(postData.text)
  const out: RequestBody = {}
  if (mimeType) out.mimeType = mimeType
  // The text is what was sent; params are a browser-specific re-reading of it, so text wins.
  if (text !== undefined && text !== '') out.text = text
  else {
    const params = nameValues(postData.params, decodeHarParamValue)
    if (params.length > 0) out.params = params
    else if (text === undefined) return undefined
    else out.text = text
  }
  return out
}

function response(raw: unknown): NormalizedResponse | undefined {
  const res = record(raw)
  if (!res || typeof res.status !== 'number') return undefined
  // Chrome writes status 0 for requests that never got an answer.
  if (res.status <= 0) return undefined
  const content = record(res.content) ?? {}
  const text = str(content.text)
  const encoding = str(content.encoding)
  const out: NormalizedResponse = { status: res.status }
  if (text !== undefined) out.body = encoding ? { text, encoding } : { text }
  return out
}

/** A HAR entry as the rules engine reads it, or undefined when the entry has no usable request. */
export function harEntryToRequest(entry: unknown): NormalizedRequest | undefined {
  const e = record(entry)
  const req = record(e?.request)
  if (!e || !req) return undefined
  const url = str(req.url)
  if (url === undefined) return undefined
  const request: NormalizedRequest = {
    method: (str(req.method) ?? 'GET').toUpperCase(),
    url,
    headers: nameValues(req.headers),
  }
  // Assigned, not spread: this runs for every BILL entry of a large capture.
  const b = body(req.postData)
  if (b) request.body = b
  const time = str(e.startedDateTime)
  if (time) request.time = time
  const res = response(e.response)
  if (res) request.response = res
  return request
}

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
  // The text is what was sent; params are a browser-specific re-reading of it, so text wins.
  if (text !== undefined && text !== '') return { ...(mimeType ? { mimeType } : {}), text }
  const params = nameValues(postData.params, decodeHarParamValue)
  if (params.length > 0) return { ...(mimeType ? { mimeType } : {}), params }
  return text === undefined ? undefined : { ...(mimeType ? { mimeType } : {}), text }
}

function response(raw: unknown): NormalizedResponse | undefined {
  const res = record(raw)
  if (!res || typeof res.status !== 'number') return undefined
  // Chrome writes status 0 for requests that never got an answer.
  if (res.status <= 0) return undefined
  const content = record(res.content) ?? {}
  const text = str(content.text)
  const encoding = str(content.encoding)
  return {
    status: res.status,
    ...(text !== undefined ? { body: { text, ...(encoding ? { encoding } : {}) } } : {}),
  }
}

/** A HAR entry as the rules engine reads it, or undefined when the entry has no usable request. */
export function harEntryToRequest(entry: unknown): NormalizedRequest | undefined {
  const e = record(entry)
  const req = record(e?.request)
  if (!e || !req) return undefined
  const url = str(req.url)
  if (url === undefined) return undefined
  const b = body(req.postData)
  const res = response(e.response)
  const time = str(e.startedDateTime)
  return {
    method: (str(req.method) ?? 'GET').toUpperCase(),
    url,
    headers: nameValues(req.headers),
    ...(b ? { body: b } : {}),
    ...(time ? { time } : {}),
    ...(res ? { response: res } : {}),
  }
}

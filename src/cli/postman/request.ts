import type { NameValue, NormalizedRequest, RequestBody } from '../../shared/har/request.ts'
import type { Resolve } from './variables.ts'

// A Postman v2.0 / v2.1 request as the rules engine reads it. Collections are edited by hand and by
// tools: every field is checked, a malformed part is skipped and reported as a defect, never thrown.

export type Defect = (reason: string) => void

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** Enabled key/value pairs of a header, query, urlencoded or formdata list. */
function pairs(list: unknown, what: string, defect: Defect, resolve: Resolve): NameValue[] {
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) {
    defect(`${what} is not a list`)
    return []
  }
  const out: NameValue[] = []
  for (const [i, p] of list.entries()) {
    const problem = !isObject(p)
      ? 'is not an object'
      : p.disabled === true || p.type === 'file'
        ? 'off'
        : typeof p.key !== 'string'
          ? `has a ${p.key === null ? 'null' : typeof p.key} key, not text`
          : scalar(p.value) === undefined
            ? `("${p.key}") has an object value, not text`
            : undefined
    if (problem === undefined && isObject(p))
      out.push({ name: resolve(p.key as string), value: resolve(scalar(p.value) ?? '') })
    else if (problem !== 'off') defect(`${what} ${i + 1} ${problem}`)
  }
  return out
}

/** "Key: value" lines, Postman's other way of writing headers. */
function headerLines(text: string, resolve: Resolve): NameValue[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const colon = line.indexOf(':')
    return colon > 0
      ? [{ name: resolve(line.slice(0, colon).trim()), value: resolve(line.slice(colon + 1).trim()) }]
      : []
  })
}

function segments(part: unknown, join: string): string | undefined {
  if (typeof part === 'string') return part
  if (!Array.isArray(part)) return undefined
  return part
    .map((s) => (typeof s === 'string' ? s : isObject(s) && typeof s.value === 'string' ? s.value : ''))
    .join(join)
}

/** The URL as written (variables unresolved): rebuilt from its parts as Postman sends it, else `raw`. */
function rawUrl(url: unknown, defect: Defect): string | undefined {
  if (typeof url === 'string') return url
  if (!isObject(url)) {
    defect(url === undefined ? 'the request has no URL' : 'the URL is neither text nor an object')
    return undefined
  }
  const host = segments(url.host, '.')
  const path = segments(url.path, '/')
  if (host === undefined && path === undefined) {
    if (typeof url.raw === 'string') return url.raw
    defect('the URL has no raw text, host or path')
    return undefined
  }
  const protocol = typeof url.protocol === 'string' && url.protocol ? `${url.protocol}://` : ''
  const port = scalar(url.port) ? `:${scalar(url.port)}` : ''
  const slashPath = path ? (path.startsWith('/') ? path : `/${path}`) : ''
  const query = pairs(url.query, 'query parameter', defect, (s) => s)
    .map((q) => (q.value === '' ? q.name : `${q.name}=${q.value}`))
    .join('&')
  const hash = typeof url.hash === 'string' && url.hash ? `#${url.hash}` : ''
  return `${protocol}${host ?? ''}${port}${slashPath}${query ? `?${query}` : ''}${hash}`
}

function body(
  raw: unknown,
  contentType: string | undefined,
  defect: Defect,
  resolve: Resolve,
): RequestBody | undefined {
  if (raw === undefined || raw === null) return undefined
  if (!isObject(raw)) {
    defect('the body is not an object')
    return undefined
  }
  if (raw.disabled === true || raw.mode === undefined) return undefined
  if (typeof raw.mode !== 'string') {
    defect(`the body mode is a ${typeof raw.mode}, not text`)
    return undefined
  }
  if (raw.mode === 'raw') {
    if (typeof raw.raw !== 'string') {
      if (raw.raw !== undefined) defect('the raw body is not text')
      return undefined
    }
    const options = isObject(raw.options) && isObject(raw.options.raw) ? raw.options.raw : {}
    const mimeType = contentType ?? (options.language === 'json' ? 'application/json' : undefined)
    // {{variables}} are resolved before the JSON is parsed, as Postman does before sending.
    return { ...(mimeType ? { mimeType } : {}), text: resolve(raw.raw) }
  }
  if (raw.mode === 'urlencoded' || raw.mode === 'formdata') {
    const params = pairs(raw[raw.mode], `${raw.mode} field`, defect, resolve)
    return { mimeType: 'application/x-www-form-urlencoded', params }
  }
  return undefined
}

export interface PostmanRequest {
  request: NormalizedRequest
  /** The URL before variables were resolved: a variable host is recognised by the path alone. */
  writtenUrl: string
}

/** Reads one item's `request`; undefined (with a defect) when it has no usable URL. */
export function toRequest(raw: unknown, defect: Defect, resolve: Resolve): PostmanRequest | undefined {
  if (typeof raw === 'string')
    return { request: { method: 'GET', url: resolve(raw), headers: [] }, writtenUrl: raw }
  if (!isObject(raw)) {
    defect('the request is neither a URL nor an object')
    return undefined
  }
  const writtenUrl = rawUrl(raw.url, defect)
  if (writtenUrl === undefined) return undefined
  if (raw.method !== undefined && typeof raw.method !== 'string') defect('the method is not text')
  const method = typeof raw.method === 'string' && raw.method ? raw.method.toUpperCase() : 'GET'
  const headers =
    typeof raw.header === 'string'
      ? headerLines(raw.header, resolve)
      : pairs(raw.header, 'header', defect, resolve)
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value
  const b = body(raw.body, contentType, defect, resolve)
  return { request: { method, url: resolve(writtenUrl), headers, ...(b ? { body: b } : {}) }, writtenUrl }
}

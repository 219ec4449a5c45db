import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import type { Entry } from 'har-format'
import type { NameValue, NormalizedRequest } from '../../shared/har/request.ts'

// One call through the proxy, as recorded: what the client sent and what the target answered.

export interface Exchange {
  startedAt: number
  /** Milliseconds from the request's arrival to the response's last byte. */
  ms: number
  method: string
  /** The URL the target received. */
  url: string
  requestHeaders: NameValue[]
  /** The request body, when it was small enough to keep (see MAX_RECORDED_BYTES). */
  requestBody?: Buffer
  status: number
  statusText: string
  responseHeaders: NameValue[]
  responseBody?: Buffer
}

/** Bodies above this size are forwarded in full but neither linted nor written to the HAR. */
export const MAX_RECORDED_BYTES = 4 * 1024 * 1024

const header = (headers: readonly NameValue[], name: string) =>
  headers.find((h) => h.name.toLowerCase() === name)?.value

type Decoder = (b: Buffer) => Buffer
const DECODERS: Record<string, Decoder | undefined> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
}

/** The body as text, undoing content-encoding (forwarded as sent; decoded only for linting and the HAR). */
export function bodyText(body: Buffer | undefined, headers: readonly NameValue[]): string | undefined {
  if (!body || body.length === 0) return undefined
  let bytes = body
  const encodings = (header(headers, 'content-encoding') ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity')
  try {
    for (const e of encodings.reverse()) {
      const decode = DECODERS[e]
      if (!decode) return undefined
      bytes = decode(bytes)
    }
  } catch {
    return undefined
  }
  return bytes.toString('utf8')
}

/** The exchange as the rules engine reads it. */
export function toNormalizedRequest(x: Exchange): NormalizedRequest {
  const requestText = bodyText(x.requestBody, x.requestHeaders)
  const responseText = bodyText(x.responseBody, x.responseHeaders)
  const mimeType = header(x.requestHeaders, 'content-type')
  return {
    method: x.method,
    url: x.url,
    headers: x.requestHeaders,
    time: new Date(x.startedAt).toISOString(),
    ...(requestText !== undefined ? { body: { text: requestText, ...(mimeType ? { mimeType } : {}) } } : {}),
    response: { status: x.status, ...(responseText !== undefined ? { body: { text: responseText } } : {}) },
  }
}

function queryOf(url: string): NameValue[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }))
  } catch {
    return []
  }
}

/** The exchange as a HAR 1.2 entry, as sent: redactHar masks it when the file is written. */
export function toHarEntry(x: Exchange): Entry {
  const requestText = bodyText(x.requestBody, x.requestHeaders)
  const responseText = bodyText(x.responseBody, x.responseHeaders)
  const requestMime = header(x.requestHeaders, 'content-type') ?? ''
  return {
    startedDateTime: new Date(x.startedAt).toISOString(),
    time: x.ms,
    request: {
      method: x.method,
      url: x.url,
      httpVersion: 'HTTP/1.1',
      headers: x.requestHeaders,
      queryString: queryOf(x.url),
      cookies: [],
      headersSize: -1,
      bodySize: x.requestBody?.length ?? 0,
      ...(requestText !== undefined ? { postData: { mimeType: requestMime, text: requestText } } : {}),
    },
    response: {
      status: x.status,
      statusText: x.statusText,
      httpVersion: 'HTTP/1.1',
      headers: x.responseHeaders,
      cookies: [],
      content: {
        size: responseText?.length ?? 0,
        mimeType: header(x.responseHeaders, 'content-type') ?? '',
        ...(responseText !== undefined ? { text: responseText } : {}),
      },
      redirectURL: header(x.responseHeaders, 'location') ?? '',
      headersSize: -1,
      bodySize: x.responseBody?.length ?? 0,
    },
    cache: {},
    timings: { send: 0, wait: x.ms, receive: 0 },
  }
}

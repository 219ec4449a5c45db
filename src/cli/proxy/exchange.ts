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
  /** The request body as recorded (see RecordedBody). */
  requestBody?: RecordedBody
  status: number
  statusText: string
  responseHeaders: NameValue[]
  responseBody?: RecordedBody
}

/** Bodies above this size, as sent or once decoded, are forwarded in full but neither linted nor recorded. */
export const MAX_RECORDED_BYTES = 4 * 1024 * 1024

/** A body's bytes as sent, or the number of bytes that went by when there were too many to keep. */
export type RecordedBody = Buffer | { tooLarge: number }

/** A body as the rules and the HAR read it: its text, or why there is none. */
export type BodyText = { text: string } | { omitted: string }

const header = (headers: readonly NameValue[], name: string) =>
  headers.find((h) => h.name.toLowerCase() === name)?.value

// Each decoding step stops at MAX_RECORDED_BYTES: a small gzip bomb must not become a huge buffer or string.
const bounded = { maxOutputLength: MAX_RECORDED_BYTES }
type Decoder = (b: Buffer) => Buffer
const DECODERS: Record<string, Decoder | undefined> = {
  gzip: (b) => gunzipSync(b, bounded),
  'x-gzip': (b) => gunzipSync(b, bounded),
  deflate: (b) => inflateSync(b, bounded),
  br: (b) => brotliDecompressSync(b, bounded),
}

const MIB = 1024 * 1024
const tooLarge = (what: string): BodyText => ({
  omitted: `body too large (${what}, over ${MAX_RECORDED_BYTES / MIB} MiB): forwarded in full, neither linted nor recorded`,
})

/** The body as text, undoing content-encoding (forwarded as sent; decoded only for linting and the HAR). */
export function bodyText(
  body: RecordedBody | undefined,
  headers: readonly NameValue[],
): BodyText | undefined {
  if (!body) return undefined
  if (!Buffer.isBuffer(body)) return tooLarge(`${body.tooLarge} bytes`)
  if (body.length === 0) return undefined
  let bytes = body
  const encodings = (header(headers, 'content-encoding') ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity')
  try {
    for (const e of encodings.reverse()) {
      const decode = DECODERS[e]
      // Stryker disable next-line ConditionalExpression: calling a missing decoder throws, and the catch gives undefined too
      if (!decode) return undefined
      bytes = decode(bytes)
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      return tooLarge(`${body.length} bytes that decode to more`)
    return undefined
  }
  return { text: bytes.toString('utf8') }
}

const textOf = (b: BodyText | undefined) => (b && 'text' in b ? b.text : undefined)
const sizeOf = (b: RecordedBody | undefined) =>
  b === undefined ? 0 : Buffer.isBuffer(b) ? b.length : b.tooLarge

/** Both bodies of an exchange, decoded once for the rules, the printed line and the HAR. */
export interface DecodedBodies {
  request?: BodyText | undefined
  response?: BodyText | undefined
}

export const decodeBodies = (x: Exchange): DecodedBodies => ({
  request: bodyText(x.requestBody, x.requestHeaders),
  response: bodyText(x.responseBody, x.responseHeaders),
})

/** The exchange as the rules engine reads it. */
export function toNormalizedRequest(x: Exchange, bodies = decodeBodies(x)): NormalizedRequest {
  const requestText = textOf(bodies.request)
  const responseText = textOf(bodies.response)
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
export function toHarEntry(x: Exchange, bodies = decodeBodies(x)): Entry {
  const { request, response } = bodies
  const responseText = textOf(response)
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
      bodySize: sizeOf(x.requestBody),
      ...(request
        ? {
            postData: {
              mimeType: requestMime,
              ...('text' in request ? request : { text: '', comment: request.omitted }),
            },
          }
        : {}),
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
        ...(response ? ('text' in response ? response : { comment: response.omitted }) : {}),
      },
      redirectURL: header(x.responseHeaders, 'location') ?? '',
      headersSize: -1,
      bodySize: sizeOf(x.responseBody),
    },
    cache: {},
    timings: { send: 0, wait: x.ms, receive: 0 },
  }
}

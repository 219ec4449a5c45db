import type { Entry, Header } from 'har-format'
import { methodProblem } from '../../shared/har/http-method.ts'
import { harEntryToRequest } from '../../shared/har/normalize.ts'
import type { NormalizedRequest } from '../../shared/har/request.ts'
import { startedAtMs } from '../../shared/har/started-at.ts'
import { collectSecrets } from '../../shared/redact/index.ts'
import { t } from '../../ui/i18n/t.ts'
import type { ContentBody } from './content.ts'

/** One finished request as the panel keeps it: the engine's view plus the HAR entry to export. */
export interface CapturedRequest {
  /** The same request seen live and again in getHAR() has the same key. */
  key: string
  /** Arrival order, for stable sorting of requests that started in the same millisecond. */
  seq: number
  request: NormalizedRequest
  /** As captured, secrets included: redacted only when exported or shown. */
  har: Entry
  /** The credentials this request reveals by name, masked wherever they appear in the capture. */
  secrets: readonly string[]
  /** Epoch ms; NaN-free (0 when the browser gave no start time). */
  startedAt: number
  durationMs?: number
  /** 0 when no response arrived. */
  status: number
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback)
const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}

/** Name/value pairs with a name, in one pass (five lists per entry of a 50 MB file: no array between). */
function pairs(list: unknown): Header[] {
  const out: Header[] = []
  if (!Array.isArray(list)) return out
  for (const item of list) {
    const name = (item as { name?: unknown } | null)?.name
    if (typeof name === 'string') out.push({ name, value: str((item as { value?: unknown }).value) })
  }
  return out
}

/** The body as sent: its text when there is one (params are a browser's re-reading of it), else params. */
function postData(post: Record<string, unknown>): Entry['request']['postData'] {
  const mimeType = str(post.mimeType)
  const text = str(post.text)
  if (text === '' && Array.isArray(post.params)) return { mimeType, params: pairs(post.params) }
  return { mimeType, text }
}

/**
 * The HAR 1.2 fields both browsers fill, copied out of the browser's object (which carries methods) or a
 * HAR file's entry: the one conversion each captured entry goes through.
 */
function exportedEntry(entry: unknown, content: ContentBody | undefined, method: string): Entry {
  const e = record(entry)
  const req = record(e.request)
  const res = record(e.response)
  const resContent = record(res.content)
  const timings = record(e.timings)
  return {
    startedDateTime: str(e.startedDateTime),
    time: num(e.time, 0),
    request: {
      method: method.toUpperCase(),
      url: str(req.url),
      httpVersion: str(req.httpVersion),
      headers: pairs(req.headers),
      queryString: pairs(req.queryString),
      cookies: pairs(req.cookies),
      headersSize: num(req.headersSize, -1),
      bodySize: num(req.bodySize, -1),
      ...(req.postData === undefined ? {} : { postData: postData(record(req.postData)) }),
    },
    response: {
      status: num(res.status, 0),
      statusText: str(res.statusText),
      httpVersion: str(res.httpVersion),
      headers: pairs(res.headers),
      cookies: pairs(res.cookies),
      content: {
        size: num(resContent.size, 0),
        mimeType: str(resContent.mimeType),
        ...(content
          ? { text: content.text, ...(content.encoding ? { encoding: content.encoding } : {}) }
          : {}),
      },
      redirectURL: str(res.redirectURL),
      headersSize: num(res.headersSize, -1),
      bodySize: num(res.bodySize, -1),
    },
    cache: {},
    timings: {
      // The phases before sending place a request among concurrent ones (the sequence rules read them).
      ...optionalPhases(timings),
      send: num(timings.send, 0),
      wait: num(timings.wait, 0),
      receive: num(timings.receive, 0),
    },
  }
}

const PHASES_BEFORE_SENDING = ['blocked', 'dns', 'connect'] as const

function optionalPhases(
  timings: Record<string, unknown>,
): Partial<Record<(typeof PHASES_BEFORE_SENDING)[number], number>> {
  const out: Partial<Record<(typeof PHASES_BEFORE_SENDING)[number], number>> = {}
  for (const phase of PHASES_BEFORE_SENDING) {
    const v = timings[phase]
    if (typeof v === 'number' && Number.isFinite(v)) out[phase] = v
  }
  return out
}

/**
 * The duration tells apart calls a page sends at once (same millisecond, method and URL: a burst of
 * concurrent requests); the live event and getHAR() give one request the same duration.
 */
function captureKey(har: Pick<Entry, 'startedDateTime' | 'request' | 'time'>): string {
  return `${har.startedDateTime}|${har.time}|${har.request.method}|${har.request.url}`
}

/** An entry that is not kept, and why (one sentence for the user). */
export interface Refusal {
  refused: string
}

/**
 * A captured request without the rules' view of it (`request`), whose texts are its HAR entry's: what
 * crosses from the HAR reader's worker to the page, where withRequest rebuilds that view (sharing the
 * entry's strings) instead of a structured clone carrying every header and body twice.
 */
export type CapturedEntry = Omit<CapturedRequest, 'request'>

const methodOf = (entry: unknown) => str(record(record(entry).request).method, 'GET')

/**
 * The HAR entry of a request accepted before (captureEntryOrRefuse), converted again from the same JSON:
 * the HAR inspector's page converts a row's entry from its text when the row is first read.
 */
export const keptEntry = (entry: unknown, content: ContentBody | undefined): Entry =>
  exportedEntry(entry, content, methodOf(entry))

/** A browser's HAR entry (either browser's shape) with its response body, or why it is unusable. */
export function captureEntryOrRefuse(
  entry: unknown,
  content: ContentBody | undefined,
  seq: number,
): CapturedEntry | Refusal {
  // Checked as written, before upper-casing (which turns "poſt" into "POST").
  const method = methodOf(entry)
  const refused = methodProblem(method)
  if (refused) return { refused }
  const har = exportedEntry(entry, content, method)
  if (har.request.url === '') return { refused: t('entryNoUrl') }
  const time = record(entry).time
  return {
    key: captureKey(har),
    seq,
    har,
    secrets: collectSecrets(har),
    startedAt: startedAtMs(har.startedDateTime),
    ...(typeof time === 'number' && time >= 0 ? { durationMs: time } : {}),
    status: har.response.status,
  }
}

/** The rules' view of a HAR entry as the panel keeps it (exportedEntry always has a request and a URL). */
export const requestOf = (har: Entry): NormalizedRequest =>
  harEntryToRequest(har) ?? { method: har.request.method, url: har.request.url, headers: [] }

/** The captured request with the rules' view of its entry, added in place (no copy of the row). */
export function withRequest(captured: CapturedEntry): CapturedRequest {
  const full = captured as CapturedRequest
  full.request = requestOf(captured.har)
  return full
}

/** A browser's HAR entry with its response body, as the panel keeps it, or why it is unusable. */
export function captureOrRefuse(
  entry: unknown,
  content: ContentBody | undefined,
  seq: number,
): CapturedRequest | Refusal {
  const captured = captureEntryOrRefuse(entry, content, seq)
  return 'refused' in captured ? captured : withRequest(captured)
}

/** The entry as kept by the panel, or undefined when unusable (captureOrRefuse says why). */
export function captureEntry(
  entry: unknown,
  content: ContentBody | undefined,
  seq: number,
): CapturedRequest | undefined {
  const captured = captureOrRefuse(entry, content, seq)
  return 'refused' in captured ? undefined : captured
}

import type { MiddlewareHandler } from 'hono'
import pc from 'picocolors'
import type { RequestRecord, SandboxState } from '../state.ts'
import { FAULT_HEADER } from './faults.ts'
import { bodyText, redactedPath } from './log-entry.ts'
import { readBody } from './read-body.ts'

// One line per request (method, path, status, ms) and a bounded history for GET /__sandbox/requests.
// Secrets never reach either: bodies and query strings are redacted first. Every body is read here, once,
// for every route; the routes read the same text from Hono's cache.

/** The history keeps at most this many requests and about this many characters, dropping the oldest. */
const LOG_MAX_REQUESTS = 200
const LOG_MAX_CHARS = 256 * 1024
/** BILL's requests are small; a bigger body is refused (413) after being read and dropped. */
const MAX_BODY_BYTES = 1024 * 1024

function colorStatus(status: number): string {
  const s = String(status)
  if (status >= 500) return pc.red(s)
  if (status >= 400) return pc.yellow(s)
  return pc.green(s)
}

const sizeOf = (r: RequestRecord) => r.path.length + (r.body?.length ?? 0) + 100

function remember(state: SandboxState, record: RequestRecord): void {
  state.requests.push(record)
  let chars = state.requests.reduce((sum, r) => sum + sizeOf(r), 0)
  while (state.requests.length > LOG_MAX_REQUESTS || (chars > LOG_MAX_CHARS && state.requests.length > 1)) {
    chars -= sizeOf(state.requests.shift() as RequestRecord)
  }
}

export function requestLog(state: SandboxState): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    const url = new URL(c.req.url)
    const path = redactedPath(url)
    const body = await readBody(c.req.raw, MAX_BODY_BYTES)
    // Hono keeps the promise of the text here (typed as the text itself): c.req.text()/json() reuse it.
    ;(c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(body.text)
    if (!body.complete) c.res = c.text(`Request body over ${MAX_BODY_BYTES} bytes.`, 413)
    else if (body.broken) c.res = c.text('Request body cut off.', 400)
    else await next()
    const ms = Math.round(performance.now() - started)
    const fault = c.res.headers.get(FAULT_HEADER) ?? undefined
    if (!url.pathname.startsWith('/__sandbox')) {
      const text = bodyText(body)
      remember(state, {
        at: new Date(state.clock.now()).toISOString(),
        method: c.req.method,
        path,
        status: c.res.status,
        ms,
        ...(text !== undefined ? { body: text } : {}),
        ...(fault ? { fault } : {}),
      })
    }
    if (!state.options.quiet) {
      const note = fault ? pc.magenta(` [fault: ${fault}]`) : ''
      state.options.log(`${c.req.method} ${path} ${colorStatus(c.res.status)} ${ms}ms${note}`)
    }
  }
}

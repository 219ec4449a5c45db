import type { MiddlewareHandler } from 'hono'
import pc from 'picocolors'
import { isSecretKey, REDACTED, redactBody } from '../../src/shared/bill/redact.ts'
import type { SandboxState } from '../state.ts'
import { FAULT_HEADER } from './faults.ts'

// One line per request (method, path, status, ms) and a short history for GET /__sandbox/requests.
// Secrets never reach either: bodies and query strings are redacted first.
const KEEP_REQUESTS = 200

function redactedPath(url: URL): string {
  const params = new URLSearchParams(url.search)
  for (const key of [...params.keys()]) if (isSecretKey(key)) params.set(key, REDACTED)
  const query = params.toString()
  return query ? `${url.pathname}?${query}` : url.pathname
}

function colorStatus(status: number): string {
  const s = String(status)
  if (status >= 500) return pc.red(s)
  if (status >= 400) return pc.yellow(s)
  return pc.green(s)
}

export function requestLog(state: SandboxState): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    const url = new URL(c.req.url)
    const path = redactedPath(url)
    const raw = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text()
    await next()
    const ms = Math.round(performance.now() - started)
    const fault = c.res.headers.get(FAULT_HEADER) ?? undefined
    if (!url.pathname.startsWith('/__sandbox')) {
      state.requests.push({
        at: new Date(state.clock.now()).toISOString(),
        method: c.req.method,
        path,
        status: c.res.status,
        ms,
        body: redactBody(raw, c.req.header('content-type') ?? ''),
        ...(fault ? { fault } : {}),
      })
      if (state.requests.length > KEEP_REQUESTS)
        state.requests.splice(0, state.requests.length - KEEP_REQUESTS)
    }
    if (!state.options.quiet) {
      const note = fault ? pc.magenta(` [fault: ${fault}]`) : ''
      state.options.log(`${c.req.method} ${path} ${colorStatus(c.res.status)} ${ms}ms${note}`)
    }
  }
}

import type { HttpBindings } from '@hono/node-server'
import type { Context, MiddlewareHandler } from 'hono'
import { type Failure, invalidField } from '../domain/failures.ts'
import { isFields } from '../fields.ts'
import type { Fault, SandboxState } from '../state.ts'
import { parseFaultPath, pathMatches } from './fault-path.ts'

// Injected failures for the next N matching BILL requests: what a flaky sandbox or a proxy can do.

const FAULT_MODES = ['http500', 'html502', 'malformed-json', 'delay', 'drop'] as const
export const FAULT_HEADER = 'x-sandbox-fault'

/** Parses a POST /__sandbox/faults body. `path` is a prefix or a safe pattern (fault-path.ts). */
export function parseFault(body: unknown): { ok: true; fault: Fault } | { ok: false; failure: Failure } {
  if (!isFields(body)) return { ok: false, failure: invalidField('body', 'a JSON object') }
  const { path, mode, delayMs = 1000, count = 1 } = body
  if (typeof path !== 'string' || path === '') return { ok: false, failure: invalidField('path', 'a string') }
  const parsed = parseFaultPath(path)
  if (!parsed.ok)
    return { ok: false, failure: invalidField('path', `a prefix or a ^(a|b)$ pattern (${parsed.reason})`) }
  if (!FAULT_MODES.includes(mode as Fault['mode']))
    return { ok: false, failure: invalidField('mode', FAULT_MODES.join(', ')) }
  if (typeof delayMs !== 'number' || delayMs < 0) return { ok: false, failure: invalidField('delayMs', 'ms') }
  if (!Number.isInteger(count) || (count as number) < 1)
    return { ok: false, failure: invalidField('count', 'a positive integer') }
  const fault = { path, mode: mode as Fault['mode'], delayMs, remaining: count as number }
  return { ok: true, fault: { ...fault, matcher: parsed.matcher } }
}

function takeFault(state: SandboxState, path: string): Fault | undefined {
  const fault = state.faults.find((f) => pathMatches(f.matcher, path))
  if (!fault) return undefined
  fault.remaining -= 1
  if (fault.remaining === 0) state.faults = state.faults.filter((f) => f !== fault)
  return fault
}

function serverError(path: string): Response {
  const headers = { 'content-type': 'application/json', [FAULT_HEADER]: 'http500' }
  const problem = { code: 'BDC_1001', message: 'System error occurred.' }
  const body = path.startsWith('/api/v2')
    ? {
        response_status: 1,
        response_message: 'Error',
        response_data: { error_code: problem.code, error_message: problem.message },
      }
    : [{ ...problem, severity: 'ERROR', category: 'SERVER', params: {} }]
  return new Response(JSON.stringify(body), { status: 500, headers })
}

const BAD_GATEWAY_PAGE =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>'

/** Over HTTP the socket is destroyed (fetch rejects); in-process the body stream fails instead. */
function drop(c: Context): Response {
  const headers = { [FAULT_HEADER]: 'drop' }
  const socket = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket
  if (socket) {
    socket.destroy()
    return new Response(null, { headers })
  }
  const failing = new ReadableStream({
    start(controller) {
      controller.error(new TypeError('connection dropped by the sandbox'))
    },
  })
  return new Response(failing, { headers })
}

function sleep(ms: number, shutdown: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    shutdown.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

export function faults(state: SandboxState, shutdown: AbortSignal): MiddlewareHandler {
  return async (c, next) => {
    const path = new URL(c.req.url).pathname
    const fault = path.startsWith('/__sandbox') ? undefined : takeFault(state, path)
    if (!fault) return next()
    switch (fault.mode) {
      case 'http500':
        return serverError(path)
      case 'html502':
        return new Response(BAD_GATEWAY_PAGE, {
          status: 502,
          headers: { 'content-type': 'text/html', [FAULT_HEADER]: 'html502' },
        })
      case 'malformed-json':
        return new Response('{"response_status":0,"response_data":{"sessionId":', {
          headers: { 'content-type': 'application/json', [FAULT_HEADER]: 'malformed-json' },
        })
      case 'drop':
        return drop(c)
      case 'delay':
        await sleep(fault.delayMs, shutdown)
        await next()
        c.res.headers.set(FAULT_HEADER, 'delay')
    }
  }
}

import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http'
import { PassThrough } from 'node:stream'
import { Pool } from 'undici'
import type { NameValue } from '../../shared/har/request.ts'
import { type Exchange, MAX_RECORDED_BYTES, type RecordedBody } from './exchange.ts'
import { type Route, resolvedPath, routeFor, upstreamUrl } from './routes.ts'

// Forwarding with undici (keep-alive pools, raw streaming, no redirect following, no decompression): the
// request and the answer pass through unchanged, except Host (the target's) and the hop-by-hop headers a
// proxy must not forward (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
  'host',
])

function pairs(raw: readonly (string | Buffer)[]): NameValue[] {
  const out: NameValue[] = []
  // Raw headers come as name, value, name, value...: an even count.
  for (let i = 0; i < raw.length; i += 2) out.push({ name: String(raw[i]), value: String(raw[i + 1]) })
  return out
}

function endToEnd(headers: readonly NameValue[]): NameValue[] {
  const named = new Set(
    headers
      .filter((h) => h.name.toLowerCase() === 'connection')
      .flatMap((h) => h.value.split(',').map((v) => v.trim().toLowerCase())),
  )
  return headers.filter((h) => !HOP_BY_HOP.has(h.name.toLowerCase()) && !named.has(h.name.toLowerCase()))
}

const flat = (headers: readonly NameValue[]) => headers.flatMap((h) => [h.name, h.value])

/** Keeps a copy of the chunks passing through, up to MAX_RECORDED_BYTES (then gives up the copy, counting on). */
class Recording {
  private chunks: Buffer[] = []
  private size = 0
  add(chunk: Buffer): void {
    this.size += chunk.length
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: dropping the copy only frees memory, body() then gives the size alone
    if (this.size > MAX_RECORDED_BYTES) this.chunks = []
    else this.chunks.push(chunk)
  }
  body(): RecordedBody | undefined {
    if (this.size > MAX_RECORDED_BYTES) return { tooLarge: this.size }
    return this.size > 0 ? Buffer.concat(this.chunks) : undefined
  }
}

export interface Forwarder {
  handle(req: IncomingMessage, res: ServerResponse): void
  close(): Promise<void>
}

export function createForwarder(
  routes: readonly Route[],
  onExchange: (x: Exchange) => void,
  onProblem: (line: string) => void,
): Forwarder {
  const pools = new Map<string, Pool>()
  const poolFor = (origin: string) => {
    let pool = pools.get(origin)
    if (!pool) {
      pool = new Pool(origin, { connections: 16, pipelining: 1 })
      pools.set(origin, pool)
    }
    return pool
  }

  // Recording runs in a socket event: a failure there must cost one call's record, never the process.
  function record(x: Exchange) {
    try {
      onExchange(x)
    } catch (e) {
      onProblem(`${x.method} ${new URL(x.url).pathname}: not recorded (${(e as Error).message})`)
    }
  }

  function fail(res: ServerResponse, status: number, message: string) {
    // Stryker disable next-line ConditionalExpression: fail() runs only before the answer's head (404, or the target's error)
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(`bill-mfa-lint proxy: ${message}\n`)
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const startedAt = Date.now()
    const started = performance.now()
    // Stryker disable next-line StringLiteral: a server's request always has a url (undefined only on a client's answer)
    const path = resolvedPath(req.url ?? '/')
    const route = path === undefined ? undefined : routeFor(routes, path)
    // Stryker disable next-line ConditionalExpression: no route without a path; the second test narrows the type
    if (!route || path === undefined) {
      const prefixes = routes.map((r) => r.prefix).join(', ')
      fail(res, 404, `no target for this path; BILL_PROXY_URL replaces the base URL (${prefixes})`)
      return
    }
    const url = upstreamUrl(route, path)
    const requestHeaders = endToEnd(pairs(req.rawHeaders))
    const sent = new Recording()
    const got = new Recording()
    const abort = new AbortController()
    res.on('close', () => {
      // Stryker disable next-line ConditionalExpression: once the answer is finished there is no call left to abort
      if (!res.writableFinished) abort.abort()
    })
    // Every method's body is forwarded (a GET may carry one too, RFC 9110 §9.3.1); without one, undici sends
    // no body framing for a GET or HEAD, as the client did not.
    const tap = new PassThrough()
    // pipe() rather than pipeline(): pipeline costs an AbortController (and a DOMException) per call.
    req.on('data', (c: Buffer) => sent.add(c))
    // Stryker disable next-line StringLiteral,ArrowFunction: a client's hang-up also closes res, whose handler aborts the call
    req.on('error', (e) => tap.destroy(e))
    req.pipe(tap)
    poolFor(route.origin)
      .request({
        path: `${route.basePath}${path}`,
        method: (req.method ?? 'GET') as 'GET',
        headers: flat(requestHeaders),
        body: tap,
        responseHeaders: 'raw',
        signal: abort.signal,
      })
      .then(({ statusCode, headers, body }) => {
        const responseHeaders = endToEnd(pairs(headers as unknown as Buffer[]))
        res.writeHead(statusCode, flat(responseHeaders))
        body.on('data', (c: Buffer) => got.add(c))
        body.on('error', () => res.destroy())
        body.pipe(res)
        res.once('finish', () => {
          const requestBody = sent.body()
          const responseBody = got.body()
          record({
            startedAt,
            ms: performance.now() - started,
            // Stryker disable next-line StringLiteral: a server's request always has a method
            method: req.method ?? 'GET',
            url,
            requestHeaders,
            ...(requestBody ? { requestBody } : {}),
            status: statusCode,
            statusText: STATUS_CODES[statusCode] ?? '',
            responseHeaders,
            ...(responseBody ? { responseBody } : {}),
          })
        })
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return
        const code = (error as { code?: string }).code ?? (error as Error).message
        onProblem(`${req.method} ${new URL(url).pathname} → ${route.origin} failed: ${code}`)
        fail(res, 502, `the target ${route.origin} did not answer (${code})`)
      })
  }

  return {
    handle,
    close: async () => {
      await Promise.all([...pools.values()].map((p) => p.close()))
    },
  }
}

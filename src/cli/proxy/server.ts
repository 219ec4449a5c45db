import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isLoopbackHost, isLoopbackOrigin } from '../../shared/net/loopback.ts'
import type { Exchange } from './exchange.ts'
import { createForwarder } from './forward.ts'
import type { Route } from './routes.ts'

export interface LintProxy {
  /** http://127.0.0.1:PORT */
  url: string
  /** Stops accepting, waits for the calls under way, and closes the upstream connections. */
  close(): Promise<void>
}

export interface LintProxyOptions {
  routes: readonly Route[]
  /** 0 picks any free port. */
  port: number
  onExchange(x: Exchange): void
  onProblem(line: string): void
}

/**
 * Why a request is refused, if it is: a Host other than the proxy's own (a DNS-rebinding page reading BILL's
 * answers) or an Origin header of a page on another site (a page posting through the proxy).
 */
function refusal(req: IncomingMessage, port: number): string | undefined {
  const host = req.headers.host
  if (!isLoopbackHost(host, port))
    return `refused: the Host must be 127.0.0.1:${port} or localhost:${port}, not ${host ?? 'missing'}`
  const origin = req.headers.origin
  if (origin !== undefined && !isLoopbackOrigin(origin))
    return `refused: a request from a page on ${origin} (only pages on 127.0.0.1 or localhost may use the proxy)`
  return undefined
}

/** The proxy's HTTP server, on the loopback interface only: nothing else on the network can reach it. */
export function startLintProxy(options: LintProxyOptions): Promise<LintProxy> {
  const forwarder = createForwarder(options.routes, options.onExchange, options.onProblem)
  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    const refused = refusal(req, (server.address() as AddressInfo).port)
    if (!refused) return forwarder.handle(req, res)
    options.onProblem(`${req.method} ${refused}`)
    res
      .writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
      .end(`bill-mfa-lint proxy: ${refused}\n`)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      // Stryker disable next-line StringLiteral: once listening, the promise is settled and a stale reject does nothing
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void forwarder.close().then(done, done))
            server.closeIdleConnections()
          }),
      })
    })
  })
}

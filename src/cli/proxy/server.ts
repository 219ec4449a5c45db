import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
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

/** The proxy's HTTP server, on the loopback interface only: nothing else on the network can reach it. */
export function startLintProxy(options: LintProxyOptions): Promise<LintProxy> {
  const forwarder = createForwarder(options.routes, options.onExchange, options.onProblem)
  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => forwarder.handle(req, res))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
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

import { createServer, type IncomingHttpHeaders, type RequestListener, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Exchange } from '../../../../src/cli/proxy/exchange.ts'
import { routesFor } from '../../../../src/cli/proxy/routes.ts'
import { type LintProxy, startLintProxy } from '../../../../src/cli/proxy/server.ts'

// A local target (http.createServer on port 0) with the lint proxy in front of it, and a client call through
// it over real HTTP, for the forwarder's tests.

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export function send(url: string, method: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = ''
      res.on('data', (c: Buffer) => {
        text += c
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

export interface InFront {
  proxy: LintProxy
  /** The target's origin, `http://127.0.0.1:PORT`. */
  origin: string
  exchanges: Exchange[]
  problems: string[]
  close(): Promise<void>
}

/** Starts `target` and a proxy whose every prefix goes to it; records its exchanges and problem lines. */
export async function proxyInFront(target: RequestListener): Promise<InFront> {
  const server = createServer(target)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const exchanges: Exchange[] = []
  const problems: string[] = []
  const proxy = await startLintProxy({
    routes: routesFor([origin]),
    port: 0,
    onExchange: (x) => exchanges.push(x),
    onProblem: (line) => problems.push(line),
  })
  return {
    proxy,
    origin,
    exchanges,
    problems,
    close: async () => {
      await proxy.close()
      server.close()
    },
  }
}

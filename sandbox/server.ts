import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { SEED_ACCOUNTS, type SeedAccount } from './accounts.ts'
import { createSandboxApp, V2_PREFIX, V3_PREFIX } from './app.ts'
import type { SandboxOptions } from './options.ts'
import type { SandboxState } from './state.ts'

// The sandbox over real HTTP, for the CLI, the e2e harness and tests of real connections.

export interface StartSandboxOptions extends SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
}

export interface RunningSandbox {
  port: number
  origin: string
  v2Base: string
  v3Base: string
  accounts: readonly SeedAccount[]
  state: SandboxState
  close(): Promise<void>
}

/**
 * A client gets this long to send its request headers, and this long for the whole request: a connection that
 * dribbles its headers (or a body) is closed instead of being held open. Node checks every second.
 */
export const HEADERS_TIMEOUT_MS = 10_000
const REQUEST_TIMEOUT_MS = 30_000
const SERVER_OPTIONS = {
  headersTimeout: HEADERS_TIMEOUT_MS,
  requestTimeout: REQUEST_TIMEOUT_MS,
  connectionsCheckingInterval: 1_000,
}

function originOf(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
}

export async function startSandbox(opts: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandboxApp(opts)
  const host = opts.host ?? '127.0.0.1'
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      { fetch: sandbox.app.fetch, port: opts.port ?? 0, hostname: host, serverOptions: SERVER_OPTIONS },
      () => resolve(s as Server),
    )
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  const origin = originOf(host, port)
  return {
    port,
    origin,
    v2Base: `${origin}${V2_PREFIX}`,
    v3Base: `${origin}${V3_PREFIX}`,
    accounts: SEED_ACCOUNTS,
    state: sandbox.state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        sandbox.shutdown()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

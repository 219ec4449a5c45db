import { Hono } from 'hono'
import { billCors } from './control/cors.ts'
import { faults } from './control/faults.ts'
import { controlGuard } from './control/guard.ts'
import { requestLog } from './control/request-log.ts'
import { controlRoutes } from './control/routes.ts'
import { FAILURES } from './domain/failures.ts'
import { inProcessFetch } from './in-process-fetch.ts'
import { productionLimits } from './limits/production-limits.ts'
import { resolveOptions, type SandboxOptions } from './options.ts'
import { createState, type SandboxState } from './state.ts'
import { v2Failure } from './v2/envelope.ts'
import { v2Routes } from './v2/routes.ts'
import { v3Failure } from './v3/respond.ts'
import { v3Routes } from './v3/routes.ts'

// The sandbox as a Hono app: BILL's paths (only the base URL differs) plus the /__sandbox control API.

export const V3_PREFIX = '/connect'
export const V2_PREFIX = '/api/v2'

export interface SandboxApp {
  app: Hono
  state: SandboxState
  /** A fetch that calls the app in-process (origin http://sandbox.local). */
  fetch: typeof fetch
  v2Base: string
  v3Base: string
  /** Ends pending delay faults, so nothing keeps the process alive. */
  shutdown(): void
}

const IN_PROCESS_ORIGIN = 'http://sandbox.local'

export function createSandboxApp(opts: SandboxOptions = {}): SandboxApp {
  const state = createState(resolveOptions(opts))
  const stop = new AbortController()
  const app = new Hono()
  app.use('*', requestLog(state))
  if (state.options.cors) {
    app.use(`${V3_PREFIX}/*`, billCors())
    app.use(`${V2_PREFIX}/*`, billCors())
  }
  app.use('*', productionLimits(state))
  app.use('*', faults(state, stop.signal))
  app.use('/__sandbox/*', controlGuard())
  app.route('/__sandbox', controlRoutes(state))
  app.route(V3_PREFIX, v3Routes(state))
  app.route(V2_PREFIX, v2Routes(state))
  app.notFound((c) => {
    const path = c.req.path
    if (path.startsWith(`${V3_PREFIX}/`)) return v3Failure(c, FAILURES.notSupported, state.clock.now())
    if (path.startsWith(`${V2_PREFIX}/`)) return v2Failure(c, FAILURES.notSupported)
    return c.text(
      'Not found. BILL v3 is under /connect/v3, v2 under /api/v2, the sandbox under /__sandbox.',
      404,
    )
  })
  return {
    app,
    state,
    fetch: inProcessFetch(app),
    v2Base: `${IN_PROCESS_ORIGIN}${V2_PREFIX}`,
    v3Base: `${IN_PROCESS_ORIGIN}${V3_PREFIX}`,
    shutdown: () => stop.abort(),
  }
}

import type { MiddlewareHandler } from 'hono'
import { CONCURRENT_REQUESTS_LIMIT } from '../../src/shared/bill/limits.ts'
import { FAILURES } from '../domain/failures.ts'
import type { SandboxState } from '../state.ts'
import { v2Failure } from '../v2/envelope.ts'
import { v3Failure } from '../v3/respond.ts'
import { callerOf } from './caller.ts'
import { admitHourly } from './hourly.ts'

// BILL's request limits, in `production` parity only: the hourly ones per dev key, and at most 3 requests in
// flight per dev key and organization (DOC api-rate-limits, FAQ). It runs before the fault injector, so a request
// held by a `delay` fault is in flight.

const inFlightKey = (devKey: string, organizationId: string) => `${devKey} ${organizationId}`

export function productionLimits(state: SandboxState): MiddlewareHandler {
  return async (c, next) => {
    const path = new URL(c.req.url).pathname
    if (state.parity !== 'production' || path.startsWith('/__sandbox')) return next()
    const caller = await callerOf(state, c)
    if (!caller) return next()
    const refuse = (failure: typeof FAILURES.tooManyConcurrent) =>
      path.startsWith('/api/v2/') ? v2Failure(c, failure) : v3Failure(c, failure, state.clock.now())
    const key = caller.organizationId && inFlightKey(caller.devKey, caller.organizationId)
    const running = key ? (state.inFlight.get(key) ?? 0) : 0
    if (running >= CONCURRENT_REQUESTS_LIMIT) return refuse(FAILURES.tooManyConcurrent)
    const hourly = admitHourly(state, caller.devKey, caller.signIn)
    if (hourly) return refuse(hourly)
    if (!key) return next()
    state.inFlight.set(key, running + 1)
    try {
      await next()
    } finally {
      const left = (state.inFlight.get(key) ?? 1) - 1
      if (left > 0) state.inFlight.set(key, left)
      else state.inFlight.delete(key)
    }
  }
}

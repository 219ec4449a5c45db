import { REQUESTS_PER_HOUR, SIGN_INS_PER_HOUR } from '../../src/shared/bill/limits.ts'
import { HOUR_MS } from '../clock.ts'
import { FAILURES, type Failure } from '../domain/failures.ts'
import type { HourUsage, SandboxState } from '../state.ts'

// BILL's hourly limits per dev key (DOC api-rate-limits): 20,000 requests, 200 sign-ins, refused "until the next
// hour starts". Counted per clock hour of the sandbox clock, so moving the clock past the hour frees the key.
// One counter per key: constant work per request.

/** This hour's counts for a key (a new hour starts from zero). */
export function usageOf(state: SandboxState, devKey: string): HourUsage {
  const hour = Math.floor(state.clock.now() / HOUR_MS)
  const usage = state.usage.get(devKey)
  if (usage?.hour === hour) return usage
  const fresh = { hour, requests: 0, signIns: 0 }
  state.usage.set(devKey, fresh)
  return fresh
}

/** Counts the request, or returns the refusal when it would go over a limit (a refused one is not counted). */
export function admitHourly(state: SandboxState, devKey: string, signIn: boolean): Failure | undefined {
  const usage = usageOf(state, devKey)
  if (usage.requests >= REQUESTS_PER_HOUR) return FAILURES.requestsPerHour
  if (signIn && usage.signIns >= SIGN_INS_PER_HOUR) return FAILURES.signInsPerHour
  usage.requests += 1
  if (signIn) usage.signIns += 1
  return undefined
}

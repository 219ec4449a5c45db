import type { Hono } from 'hono'
import {
  CONCURRENT_REQUESTS_LIMIT,
  REQUESTS_PER_HOUR,
  SIGN_INS_PER_HOUR,
} from '../../src/shared/bill/limits.ts'
import { isKnownDevKey, MFA_BYPASS_DEV_KEY } from '../accounts.ts'
import { HOUR_MS } from '../clock.ts'
import { isFields } from '../fields.ts'
import { usageOf } from '../limits/hourly.ts'
import { isParity, PARITIES, parseTokenLifetime, tokenLifetime } from '../parity.ts'
import type { SandboxState } from '../state.ts'

// The control API's view of production parity: read it, switch it, and set this hour's counts so a test can
// reach the 20,000th request without sending 20,000.

function status(state: SandboxState) {
  return {
    parity: state.parity,
    tokenLifetimeHours: tokenLifetime(state),
    mfaBypassDevKey: MFA_BYPASS_DEV_KEY,
    mfaBypassActive: state.parity === 'sandbox',
    limits: {
      concurrentRequests: CONCURRENT_REQUESTS_LIMIT,
      requestsPerHour: REQUESTS_PER_HOUR,
      signInsPerHour: SIGN_INS_PER_HOUR,
      enforced: state.parity === 'production',
    },
    usage: [...state.usage.entries()].map(([devKey, u]) => ({
      devKey,
      hourStarted: new Date(u.hour * HOUR_MS).toISOString(),
      requests: u.requests,
      signIns: u.signIns,
    })),
  }
}

const count = (v: unknown, max: number) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max

export function parityRoutes(r: Hono, state: SandboxState): void {
  r.get('/status', (c) => c.json(status(state)))

  r.post('/parity', async (c) => {
    const body = await c.req.json().catch(() => undefined)
    if (!isFields(body) || (body.parity === undefined && body.tokenLifetimeHours === undefined))
      return c.json(
        { error: 'Send {"parity": "sandbox"|"production"} and/or {"tokenLifetimeHours": <hours>|"never"}.' },
        400,
      )
    if (body.parity !== undefined && !isParity(body.parity))
      return c.json({ error: `parity must be one of ${PARITIES.join(', ')}.` }, 400)
    const lifetime = parseTokenLifetime(body.tokenLifetimeHours)
    if (body.tokenLifetimeHours !== undefined && lifetime === undefined)
      return c.json({ error: 'tokenLifetimeHours must be a positive number of hours or "never".' }, 400)
    if (isParity(body.parity)) state.parity = body.parity
    if (lifetime !== undefined) state.tokenLifetimeHours = lifetime
    return c.json(status(state))
  })

  r.post('/usage', async (c) => {
    const body = await c.req.json().catch(() => undefined)
    if (!isFields(body) || typeof body.devKey !== 'string' || !isKnownDevKey(body.devKey))
      return c.json({ error: 'Send {"devKey": <a seeded dev key>, "requests"?: n, "signIns"?: n}.' }, 400)
    const { requests, signIns } = body
    if (requests !== undefined && !count(requests, REQUESTS_PER_HOUR))
      return c.json({ error: `requests must be a whole number from 0 to ${REQUESTS_PER_HOUR}.` }, 400)
    if (signIns !== undefined && !count(signIns, SIGN_INS_PER_HOUR))
      return c.json({ error: `signIns must be a whole number from 0 to ${SIGN_INS_PER_HOUR}.` }, 400)
    const usage = usageOf(state, body.devKey)
    if (requests !== undefined) usage.requests = requests as number
    if (signIns !== undefined) usage.signIns = signIns as number
    return c.json(status(state))
  })
}

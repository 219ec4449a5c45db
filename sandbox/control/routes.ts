import { readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { SEED_ACCOUNTS } from '../accounts.ts'
import type { SandboxState } from '../state.ts'
import { parseFault } from './faults.ts'
import { parityRoutes } from './parity-routes.ts'

// The control API under /__sandbox: not BILL's, it lets tests and QA see texts, move time and break things.

const listFaults = (state: SandboxState) =>
  state.faults.map(({ path, mode, delayMs, remaining }) => ({ path, mode, delayMs, remaining }))

const demoFile = (name: string) => readFileSync(new URL(`../demo/${name}`, import.meta.url), 'utf8')

export function controlRoutes(state: SandboxState): Hono {
  const r = new Hono()

  r.get('/accounts', (c) =>
    c.json(
      SEED_ACCOUNTS.map((seed) => ({
        username: seed.username,
        password: seed.password,
        organizationId: seed.organizationId,
        userId: seed.userId,
        devKey: seed.devKey,
        phone: state.accounts.find((a) => a.seed === seed)?.phones.find((p) => p.primary)?.number ?? null,
        ...(seed.syncToken ? { syncToken: seed.syncToken } : {}),
      })),
    ),
  )

  r.get('/sms', (c) => {
    const to = c.req.query('to')
    return c.json(to ? state.texts.filter((t) => t.to === to) : state.texts)
  })

  r.post('/clock', async (c) => {
    const body = await c.req.json().catch(() => undefined)
    const advanceMs = body?.advanceMs
    const setTo = body?.now
    if (typeof advanceMs === 'number' && Number.isFinite(advanceMs)) state.clock.advance(advanceMs)
    else if (typeof setTo === 'string' && !Number.isNaN(Date.parse(setTo))) state.clock.set(Date.parse(setTo))
    else return c.json({ error: 'Send {"advanceMs": <ms>} or {"now": "<ISO date>"}.' }, 400)
    const now = state.clock.now()
    return c.json({ now: new Date(now).toISOString(), epochMs: now })
  })
  r.get('/clock', (c) => {
    const now = state.clock.now()
    return c.json({ now: new Date(now).toISOString(), epochMs: now })
  })

  r.post('/faults', async (c) => {
    const parsed = parseFault(await c.req.json().catch(() => undefined))
    if (!parsed.ok) return c.json({ error: parsed.failure.message }, 400)
    state.faults.push(parsed.fault)
    return c.json({ faults: listFaults(state) })
  })
  r.get('/faults', (c) => c.json({ faults: listFaults(state) }))

  r.post('/reset', (c) => {
    state.reset()
    return c.json({ reset: true })
  })

  r.get('/requests', (c) => c.json(state.requests))
  parityRoutes(r, state)

  r.get('/demo', (c) => c.html(demoFile('demo.html')))
  r.get('/demo.js', (c) =>
    c.body(demoFile('demo.js'), 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  )
  r.get('/demo.css', (c) => c.body(demoFile('demo.css'), 200, { 'content-type': 'text/css; charset=utf-8' }))
  return r
}

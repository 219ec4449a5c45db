import { afterEach, beforeEach, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../../src/shared/preferences.ts'
import { ALARMS, KEEP_ALIVE_LEAD_MS } from '../../../../src/shared/session/schedule.ts'
import { harness, IDLE_S, qa } from '../../session-harness.ts'

// When the keep-alive alarm pings BILL (src/background/session/keep-alive.ts): only when turned on, with pings
// left, and due; a session BILL already ended is ended here too.

let sandbox: SandboxApp
beforeEach(() => {
  sandbox = createSandboxApp({ quiet: true })
})
afterEach(() => sandbox.shutdown())

async function signedIn(prefs: Partial<Preferences>) {
  const h = harness(sandbox)
  h.ports.getPreferences = async () => ({ ...DEFAULT_PREFERENCES, keepAliveEnabled: true, ...prefs })
  const service = createSessionService(h.ports)
  await service.signIn('p1', qa.password)
  /** Puts both clocks `ms` before the session's current end. */
  const leave = (ms: number) =>
    sandbox.state.clock.set((h.state.record?.clock.lastActivityAt ?? 0) + IDLE_S * 1000 - ms)
  const pings = () => h.state.events.filter((e) => e === 'keep-alive').length
  return { ...h, service, leave, pings }
}

it('pings once due, and not while the end is further than its lead', async () => {
  const s = await signedIn({})
  s.leave(KEEP_ALIVE_LEAD_MS + 10_000)
  const plans = s.state.alarms.length
  await s.service.onAlarm(ALARMS.keepAlive)
  expect(s.pings()).toBe(0)
  expect(s.state.alarms.length).toBe(plans + 1)
  s.leave(KEEP_ALIVE_LEAD_MS)
  await s.service.onAlarm(ALARMS.keepAlive)
  expect(s.pings()).toBe(1)
  expect(s.state.record?.keepAlivePings).toBe(1)
})

it('does not ping when turned off, or once the pings allowed in a row are used', async () => {
  const off = await signedIn({ keepAliveEnabled: false })
  off.leave(1_000)
  await off.service.onAlarm(ALARMS.keepAlive)
  expect(off.pings()).toBe(0)

  const two = await signedIn({ keepAliveMaxPings: 2 })
  for (let i = 0; i < 3; i++) {
    two.leave(1_000)
    await two.service.onAlarm(ALARMS.keepAlive)
  }
  expect(two.pings()).toBe(2)
})

it('a ping BILL refuses (session invalid) ends the session, and is not logged as a ping', async () => {
  const s = await signedIn({})
  // BILL's own 35-minute timeout ran out while the extension's alarm did not fire.
  sandbox.state.clock.advance(36 * 60_000)
  await s.service.onAlarm(ALARMS.keepAlive)
  expect(await s.service.getView()).toMatchObject({ state: 'expired', expiredReason: 'rejected-by-bill' })
  expect(s.pings()).toBe(0)
})

it('does nothing once signed out', async () => {
  const s = await signedIn({})
  await s.service.signOut()
  s.leave(1_000)
  await s.service.onAlarm(ALARMS.keepAlive)
  expect(s.pings()).toBe(0)
})

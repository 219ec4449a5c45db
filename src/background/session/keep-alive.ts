import { remainingMs } from '../../shared/session/clock.ts'
import { KEEP_ALIVE_LEAD_MS } from '../../shared/session/schedule.ts'
import type { createIdleClock } from './idle.ts'
import type { Owner } from './owner.ts'

// The optional keep-alive: one cheap authenticated call shortly before the session would idle out, at most
// keepAliveMaxPings in a row (real activity resets the count).

export function createKeepAlive(owner: Owner, idle: ReturnType<typeof createIdleClock>) {
  const { ports } = owner
  return {
    async onAlarm(): Promise<void> {
      const r = owner.record()
      if (r?.status !== 'active' || !r.sessionId) return
      const prefs = await ports.getPreferences()
      if (!prefs.keepAliveEnabled || r.keepAlivePings >= prefs.keepAliveMaxPings) return
      // Set before later activity moved the end: not due yet, so only re-plan.
      const left = remainingMs(r.clock, ports.now())
      if (left !== undefined && left > KEEP_ALIVE_LEAD_MS + 5_000) return owner.update((x) => x)
      const at = ports.now()
      const ping = await owner.clientOf(r).sessionInfo(r.sessionId)
      await idle.afterCall(
        r,
        ping.ok,
        ping.ok ? undefined : ping.error,
        true,
        ping.ok ? ping.value : undefined,
      )
      if (ping.ok) await ports.appendEvent({ kind: 'keep-alive', at, profileId: r.profileId, api: r.api })
    },
  }
}

import type { BillError } from '../../shared/bill/errors.ts'
import { isExpired, remainingMs, touch } from '../../shared/session/clock.ts'
import { INITIAL_MFA } from '../../shared/session/mfa-machine.ts'
import { ALARMS } from '../../shared/session/schedule.ts'
import type { Owner } from './owner.ts'

// The idle clock: activity moves the end, the expiry alarm ends the session, the warning alarm warns once.

export function createIdleClock(owner: Owner) {
  const { ports } = owner

  async function expire(reason: 'idle' | 'rejected-by-bill'): Promise<void> {
    const r = owner.record()
    if (r?.status !== 'active') return
    const now = ports.now()
    const { sessionId: _dropped, ...rest } = r
    await owner.commit({
      ...rest,
      status: 'expired',
      trusted: false,
      expiredAt: now,
      expiredReason: reason,
      mfa: INITIAL_MFA,
    })
    await ports.appendEvent({ kind: 'session-expired', at: now, profileId: r.profileId, api: r.api })
    const prefs = await ports.getPreferences()
    if (prefs.notificationsEnabled) {
      await ports.notify(
        'expired',
        'BILL session expired',
        `${r.profileName}: BILL signed the session out after ${reason === 'idle' ? 'the idle timeout' : 'rejecting it'}. Click to sign in again.`,
      )
    }
  }

  return {
    /** Ends the session now (call inside serialized()). */
    expire,

    /** The result of one authenticated BILL call: activity on success, expiry when BILL ended the session. */
    async afterCall(ok: boolean, error: BillError | undefined, keepAlive = false): Promise<void> {
      if (ok) {
        const at = ports.now()
        await owner.update(
          (r) => ({ ...r, clock: touch(r.clock, at), keepAlivePings: keepAlive ? r.keepAlivePings + 1 : 0 }),
          undefined,
          // The first activity after keep-alive pings re-enables them: that changes the plan.
          keepAlive || owner.record()?.keepAlivePings ? 'state' : 'activity',
        )
      } else if (error?.kind === 'session-expired') {
        await owner.serialized(() => expire('rejected-by-bill'))
      }
    },

    /** A tab's request carrying this session's id: BILL reset its timer too. */
    async noteTabActivity(sessionId: string, at: number): Promise<void> {
      const r = owner.record()
      if (r?.status !== 'active' || r.sessionId !== sessionId) return
      await owner.update(
        (x) => ({ ...x, clock: touch(x.clock, at), keepAlivePings: 0 }),
        undefined,
        r.keepAlivePings ? 'state' : 'activity',
      )
    },

    /** The expiry, warning and badge alarms. An alarm set before later activity re-plans instead. */
    async onAlarm(name: string): Promise<void> {
      const r = owner.record()
      const now = ports.now()
      if (r?.status !== 'active') return
      if (name === ALARMS.expiry) {
        if (isExpired(r.clock, now)) await owner.serialized(() => expire('idle'))
        else await owner.update((x) => x)
      } else if (name === ALARMS.warning) {
        const left = remainingMs(r.clock, now)
        const prefs = await ports.getPreferences()
        if (left === undefined) return
        if (left > prefs.warnMinutesBefore * 60_000 + 1000) return owner.update((x) => x)
        const end = now + left
        if (r.warnedForExpiry === end) return
        await ports.notify(
          'warning',
          'BILL session ending soon',
          `${r.profileName}: about ${Math.max(1, Math.round(left / 60_000))} min left before BILL signs you out.`,
        )
        await owner.update((x) => ({ ...x, warnedForExpiry: end }))
      } else if (name === ALARMS.badge) {
        await owner.refreshBadge()
      }
    },
  }
}

import type { BillError } from '../../shared/bill/errors.ts'
import { isExpired, remainingMs, touch } from '../../shared/session/clock.ts'
import { type ExpiredReason, endedBecause } from '../../shared/session/end-reason.ts'
import { INITIAL_MFA } from '../../shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import { ALARMS } from '../../shared/session/schedule.ts'
import type { TabAnswer } from '../../shared/session/tab-activity.ts'
import type { Owner } from './owner.ts'

// The idle clock: activity moves the end, the expiry alarm ends the session, the warning alarm warns once.

export function createIdleClock(owner: Owner) {
  const { ports } = owner

  /** Ends the session now (call inside serialized()); with `sessionId`, only if it is still that session. */
  async function expire(reason: ExpiredReason, code?: string, sessionId?: string): Promise<void> {
    const r = owner.record()
    if (r?.status !== 'active' || (sessionId !== undefined && r.sessionId !== sessionId)) return
    const now = ports.now()
    const { sessionId: _dropped, ...rest } = r
    await owner.commit({
      ...rest,
      status: 'expired',
      trusted: false,
      expiredAt: now,
      expiredReason: reason,
      ...(code ? { expiredCode: code } : {}),
      mfa: INITIAL_MFA,
    })
    await ports.appendEvent({ kind: 'session-expired', at: now, profileId: r.profileId, api: r.api })
    const prefs = await ports.getPreferences()
    if (prefs.notificationsEnabled) {
      await ports.notify(
        'expired',
        'BILL session expired',
        `${r.profileName}: the session ended: ${endedBecause(reason, code)}. Click to sign in again.`,
      )
    }
  }

  return {
    expire,

    /**
     * The result of one authenticated BILL call made with the session `made`: activity on success, the end
     * when BILL says the session is gone. A late answer for an earlier session changes nothing.
     */
    async afterCall(
      made: SessionRecord,
      ok: boolean,
      error: BillError | undefined,
      keepAlive = false,
      /** What a session-details answer said (the org's MFA bypass for this dev key). */
      info?: { mfaBypass?: boolean },
    ): Promise<void> {
      if (ok) {
        const at = ports.now()
        const bypass = info?.mfaBypass
        await owner.update(
          (r) => ({
            ...r,
            clock: touch(r.clock, at),
            keepAlivePings: keepAlive ? r.keepAlivePings + 1 : 0,
            ...(bypass !== undefined ? { mfaBypass: bypass } : {}),
          }),
          made,
          // The first activity after keep-alive pings re-enables them: that changes the plan.
          keepAlive || owner.record()?.keepAlivePings ? 'state' : 'activity',
        )
      } else if (error?.kind === 'session-expired') {
        await owner.serialized(() => expire('rejected-by-bill', error.code, made.sessionId))
      }
    },

    /** BILL's answer to a tab's request carrying this session's id (see tabAnswer). */
    async noteTabAnswer(sessionId: string, answer: TabAnswer, at: number): Promise<void> {
      const r = owner.record()
      if (r?.status !== 'active' || r.sessionId !== sessionId) return
      if (answer !== 'activity') return owner.serialized(() => expire(answer, undefined, sessionId))
      await owner.update(
        (x) => ({ ...x, clock: touch(x.clock, at), keepAlivePings: 0 }),
        r,
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

import { needsConfirmation } from '../../shared/session/confirm.ts'
import type { SessionView } from '../../shared/session/view.ts'
import type { createIdleClock } from './idle.ts'
import type { Owner } from './owner.ts'

// As the popup opens: a session BILL has not confirmed for a while is checked with one session-details call,
// so one ended outside the extension (Postman, curl) shows as ended, with BILL's reason.

export function createConfirm(owner: Owner, idle: ReturnType<typeof createIdleClock>) {
  const { ports } = owner
  return {
    async confirm(): Promise<SessionView> {
      const r = owner.record()
      const prefs = await ports.getPreferences()
      if (!r?.sessionId || !needsConfirmation(r, ports.now(), prefs.confirmSessionOnOpen)) return owner.view()
      const answer = await owner.clientOf(r).sessionInfo(r.sessionId)
      // Signed out or in again meanwhile: afterCall leaves the newer session alone.
      await idle.afterCall(
        r,
        answer.ok,
        answer.ok ? undefined : answer.error,
        false,
        answer.ok ? answer.value : undefined,
      )
      return owner.view()
    },
  }
}

import { endedBecause } from '../shared/session/end-reason.ts'
import type { SessionView } from '../shared/session/view.ts'
import { t } from '../ui/i18n/t.ts'

type Ended = Exclude<SessionView, { state: 'signed-out' }>

/** The one banner for a session that ended: whose, and why (BILL's code when it gave one). */
export function EndedNote({ view }: { view: Ended }) {
  // The popup's own clock may pass the end before the background's alarm fires: that is the idle timeout.
  const reason = view.state === 'expired' ? (view.expiredReason ?? 'idle') : 'idle'
  return (
    <p class="note note-warn" role="status" data-testid="session-ended" data-reason={reason}>
      {t('endedNoteBefore')} <strong>{view.profileName}</strong>{' '}
      {t('endedNoteAfter', {
        reason: endedBecause(reason, view.state === 'expired' ? view.expiredCode : undefined),
      })}
    </p>
  )
}

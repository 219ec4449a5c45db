import type { AppError } from '../shared/protocol/index.ts'
import { t } from '../ui/i18n/t.ts'

interface ErrorNoteProps {
  error: AppError
  testId?: string
  /** The next step for errors fixed in the settings (ungranted host, redirecting base URL). */
  onGrantAccess?: () => void
  onOpenSettings?: () => void
}

/** One failed action: BILL's code when there is one, the message, and the next step when it is a click. */
export function ErrorNote({ error, testId = 'error', onGrantAccess, onOpenSettings }: ErrorNoteProps) {
  return (
    <div class="note note-error" role="alert" data-testid={testId} data-kind={error.kind}>
      <p>{error.message}</p>
      {error.bill?.code ? <p class="muted small">{t('billSaid', { code: error.bill.code })}</p> : null}
      {error.kind === 'host-not-granted' && onGrantAccess ? (
        <button type="button" class="primary" data-testid="error-grant-access" onClick={onGrantAccess}>
          {t('grantAccess')}
        </button>
      ) : null}
      {error.kind === 'redirected' && onOpenSettings ? (
        <button type="button" data-testid="error-open-settings" onClick={onOpenSettings}>
          {t('checkBaseUrl')}
        </button>
      ) : null}
    </div>
  )
}

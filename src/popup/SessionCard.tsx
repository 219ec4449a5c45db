import { useState } from 'preact/hooks'
import { formatCountdown } from '../shared/session/clock.ts'
import type { SessionView } from '../shared/session/view.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import type { SessionHook } from './useSession.ts'

type Live = Exclude<SessionView, { state: 'signed-out' }>

/** Who is signed in, the live countdown, trust, and the session's actions. */
export function SessionCard({ view, session, now }: { view: Live; session: SessionHook; now: number }) {
  const client = useClient()
  const [copied, setCopied] = useState<string>()
  // `now` ticks once a second, so it may lag a fresh view: the time left never exceeds the idle timeout.
  const left =
    view.expiresAt !== undefined
      ? Math.max(0, Math.min(view.idleTimeoutMs ?? Number.POSITIVE_INFINITY, view.expiresAt - now))
      : undefined
  const tone = left === undefined ? 'ok' : left <= 2 * 60_000 ? 'urgent' : left <= 5 * 60_000 ? 'soon' : 'ok'

  const copySessionId = async () => {
    const sure = confirm(t('copySessionIdConfirm'))
    if (!sure) return
    const reply = await client.call('revealSessionId', undefined)
    if (!reply.ok) return setCopied(reply.error.message)
    await navigator.clipboard.writeText(reply.result.sessionId)
    setCopied(t('sessionIdCopied'))
  }

  return (
    <section class="stack" aria-label={t('sessionLabel')}>
      <dl class="facts">
        <dt>{t('profile')}</dt>
        <dd>{view.profileName}</dd>
        <dt>{t('organization')}</dt>
        <dd>{view.organizationId}</dd>
        <dt>{t('user')}</dt>
        <dd>{view.username}</dd>
        <dt>{t('api')}</dt>
        <dd>{view.api}</dd>
      </dl>
      {left === undefined ? (
        <p data-testid="session-countdown" data-token="true">
          {t('tokenSession')}
        </p>
      ) : (
        <div class={`countdown tone-${tone}`}>
          <span class="muted small">{t('idleTimeoutIn')}</span>
          <span data-testid="session-countdown" role="timer" aria-live="off">
            {formatCountdown(left)}
          </span>
        </div>
      )}
      <p
        data-testid="session-trusted"
        data-trusted={String(view.trusted)}
        class={view.trusted ? 'ok' : 'warn'}
      >
        {t(
          !view.trusted
            ? 'notMfaTrusted'
            : view.trustedVia === 'remembered-device'
              ? 'mfaTrustedRemembered'
              : 'mfaTrusted',
        )}
      </p>
      {view.mfaBypass ? (
        <p data-testid="session-mfa-bypass" class="warn">
          MFA is bypassed for this organization with this developer key: BILL skips the MFA checks here, but
          it will not bypass them in production. Test the MFA steps (challenge, validate, remembered device)
          before go-live.
        </p>
      ) : null}
      <div class="row">
        <button type="button" data-testid="copy-session-id" onClick={copySessionId}>
          {t('copySessionId')}
        </button>
        <button
          type="button"
          data-testid="signout"
          disabled={session.busy}
          onClick={() => session.run(() => client.call('signOut', undefined))}
        >
          {t('signOut')}
        </button>
      </div>
      {copied ? (
        <p class="muted small" role="status">
          {copied}
        </p>
      ) : null}
    </section>
  )
}

import { useEffect, useRef, useState } from 'preact/hooks'
import { PRIMARY_PHONE_ONLY_SINCE } from '../shared/bill/deprecations.ts'
import { formatCountdown } from '../shared/session/clock.ts'
import type { MfaView } from '../shared/session/view.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import type { SessionHook } from './useSession.ts'

const NEXT_STEP: Record<NonNullable<MfaView['error']>, string> = {
  'wrong-code': t('mfaNextWrongCode'),
  'code-expired': t('mfaNextCodeExpired'),
  'too-many-attempts': t('mfaNextTooManyAttempts'),
  'no-phone': t('mfaNextNoPhone', { date: PRIMARY_PHONE_ONLY_SINCE }),
  'rate-limited': t('mfaNextRateLimited'),
  other: t('mfaNextOther'),
}

/** The SMS walk-through. Every step lives in the background, so closing the popup loses nothing. */
export function MfaPanel({ mfa, session, now }: { mfa: MfaView; session: SessionHook; now: number }) {
  const client = useClient()
  const [code, setCode] = useState('')
  const [remember, setRemember] = useState(true)
  const codeInput = useRef<HTMLInputElement>(null)
  const answerable = mfa.canEnterCode
  const waitMs = mfa.canSendAt !== undefined ? mfa.canSendAt - now : 0
  const busy = session.busy || mfa.step === 'sending' || mfa.step === 'verifying'

  // The field is disabled while the send is in flight: focus it once it can take the focus.
  useEffect(() => {
    if (answerable && !busy) codeInput.current?.focus()
  }, [answerable, busy])

  const send = () => session.run(() => client.call('sendMfaChallenge', undefined)).then(() => setCode(''))
  const verify = async (value: string) => {
    const ok = await session.run(() => client.call('verifyMfaCode', { code: value, remember }))
    if (!ok || value) setCode('')
  }
  const onCode = (raw: string) => {
    const digits = raw.replace(/\D/g, '').slice(0, 6)
    setCode(digits)
    // Auto-submit on the sixth digit (typed, pasted or filled from the SMS by the browser).
    if (digits.length === 6 && !busy) void verify(digits)
  }

  return (
    <section class="stack mfa" aria-labelledby="mfa-title">
      <h2 id="mfa-title">{t('mfaTitle')}</h2>
      {mfa.step === 'error' && mfa.error ? (
        <div class="note note-error" role="alert" data-testid="mfa-error" data-kind={mfa.errorKind}>
          <p>{mfa.message}</p>
          <p class="small">{NEXT_STEP[mfa.error]}</p>
        </div>
      ) : null}
      {mfa.step === 'idle' ? <p class="muted small">{t('mfaIntro')}</p> : null}
      {answerable ? (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault()
            void verify(code)
          }}
        >
          <label class="field">
            <span>{t('mfaCodeLabel')}</span>
            <input
              ref={codeInput}
              data-testid="mfa-code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={7}
              placeholder="123456"
              value={code}
              disabled={busy}
              onInput={(e) => onCode((e.target as HTMLInputElement).value)}
            />
          </label>
          <label class="check">
            <input
              data-testid="mfa-remember"
              type="checkbox"
              checked={remember}
              onChange={(e) => setRemember((e.target as HTMLInputElement).checked)}
            />
            {t('mfaRemember')}
          </label>
          <div class="row">
            <button
              type="submit"
              class="primary"
              data-testid="mfa-verify"
              disabled={busy || code.length !== 6}
            >
              {t(mfa.step === 'verifying' ? 'verifying' : 'verify')}
            </button>
            <button type="button" data-testid="mfa-resend" disabled={busy || waitMs > 0} onClick={send}>
              {waitMs > 0 ? t('resendIn', { time: formatCountdown(waitMs) }) : t('sendNewCode')}
            </button>
          </div>
          {mfa.sentAt ? (
            <p class="muted small">{t('codeSentAt', { time: new Date(mfa.sentAt).toLocaleTimeString() })}</p>
          ) : null}
        </form>
      ) : (
        <button
          type="button"
          class="primary"
          data-testid="mfa-send"
          disabled={busy || waitMs > 0}
          onClick={send}
        >
          {mfa.step === 'sending'
            ? t('sending')
            : waitMs > 0
              ? t('sendCodeIn', { time: formatCountdown(waitMs) })
              : t('sendCodeBySms')}
        </button>
      )}
    </section>
  )
}

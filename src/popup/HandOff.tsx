import { useEffect, useRef, useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'
import { type MessageKey, t } from '../ui/i18n/t.ts'

type Format = 'postman' | 'curl'
const LABEL: Record<Format, MessageKey> = { postman: 'handOffPostman', curl: 'handOffCurl' }

/**
 * "Copy for Postman" and "Copy as curl": the live session for other tools. Both carry a credential, so each asks
 * first, and says what the extension's clock cannot see.
 */
export function HandOff({ username }: { username: string }) {
  const client = useClient()
  const [pending, setPending] = useState<Format>()
  const [status, setStatus] = useState<string>()
  const [keepAlive, setKeepAlive] = useState<boolean>()
  const confirmButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!pending) return
    confirmButton.current?.focus()
    void client.call('getPreferences', undefined).then((r) => r.ok && setKeepAlive(r.result.keepAliveEnabled))
  }, [pending, client])

  const ask = (format: Format) => {
    setStatus(undefined)
    setPending(format)
  }
  const copy = async () => {
    if (!pending) return
    const reply = await client.call('sessionHandOff', { format: pending })
    setPending(undefined)
    if (!reply.ok) return setStatus(reply.error.message)
    await navigator.clipboard.writeText(reply.result.text)
    setStatus(t('handOffCopied', { what: t(LABEL[pending]) }))
  }
  const toggleKeepAlive = async (on: boolean) => {
    const reply = await client.call('setPreferences', { keepAliveEnabled: on })
    if (reply.ok) setKeepAlive(reply.result.keepAliveEnabled)
  }

  return (
    <div class="stack">
      <div class="row">
        <button type="button" data-testid="copy-postman-env" onClick={() => ask('postman')}>
          {t('copyForPostman')}
        </button>
        <button type="button" data-testid="copy-curl" onClick={() => ask('curl')}>
          {t('copyAsCurl')}
        </button>
      </div>
      {pending ? (
        <section class="note note-warn stack" aria-labelledby="handoff-title" data-testid="handoff-ask">
          <p id="handoff-title">
            <strong>{t('handOffAsk', { what: t(LABEL[pending]) })}</strong>{' '}
            {t('handOffWarning', { user: username })}
          </p>
          <p class="small">{t('handOffClock')}</p>
          <label class="check">
            <input
              type="checkbox"
              data-testid="handoff-keep-alive"
              checked={keepAlive === true}
              disabled={keepAlive === undefined}
              onChange={(e) => void toggleKeepAlive((e.target as HTMLInputElement).checked)}
            />
            {t('handOffKeepAlive')}
          </label>
          <div class="row">
            <button
              ref={confirmButton}
              type="button"
              class="primary"
              data-testid="handoff-confirm"
              onClick={() => void copy()}
            >
              {t('copy')}
            </button>
            <button type="button" data-testid="handoff-cancel" onClick={() => setPending(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </section>
      ) : null}
      {/* Always present, so that screen readers announce what is put in it. */}
      <p class="muted small" role="status" data-testid="handoff-status">
        {status ?? ''}
      </p>
    </div>
  )
}

import { useEffect, useRef, useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'

interface DeleteAllDataProps {
  announce: (message: string) => void
  onDeleted: () => void
}

/** Wipes profiles, devices, history, preferences and the running session, after an explicit second click. */
export function DeleteAllData({ announce, onDeleted }: DeleteAllDataProps) {
  const client = useClient()
  const [confirming, setConfirming] = useState(false)
  const cancelRef = useRef<HTMLButtonElement>(null)
  // The button that was clicked is replaced: keep keyboard focus on the safe choice.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus()
  }, [confirming])
  async function deleteAll() {
    const reply = await client.call('deleteAllData', undefined)
    setConfirming(false)
    announce(reply.ok ? t('allDataDeleted') : reply.error.message)
    if (reply.ok) onDeleted()
  }
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('deleteAllDataTitle')}</h2>
      <p class="muted">{t('deleteAllDataIntro')}</p>
      {confirming ? (
        <fieldset class="banner danger-zone">
          <legend>{t('deleteEverythingAsk')}</legend>
          <p>{t('deleteEverythingWarning')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="delete-all-data-confirm"
              onClick={() => void deleteAll()}
            >
              {t('deleteEverythingConfirm')}
            </button>
            <button
              type="button"
              ref={cancelRef}
              data-testid="delete-all-data-cancel"
              onClick={() => setConfirming(false)}
            >
              {t('cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          class="danger"
          data-testid="delete-all-data"
          onClick={() => setConfirming(true)}
        >
          {t('deleteAllDataOpen')}
        </button>
      )}
    </section>
  )
}

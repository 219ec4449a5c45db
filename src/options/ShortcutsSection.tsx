import { useEffect, useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import type { Shortcut } from '../ui/shortcuts.ts'

/** The keyboard commands with the keys the browser gives them now, and the way to the page that changes them. */
export function ShortcutsSection() {
  const client = useClient()
  const [shortcuts, setShortcuts] = useState<Shortcut[]>()
  useEffect(() => {
    void client.shortcuts().then(setShortcuts, () => setShortcuts([]))
  }, [client])

  return (
    <section aria-labelledby="shortcuts-heading" data-testid="shortcuts">
      <h2 id="shortcuts-heading">{t('shortcutsTitle')}</h2>
      {shortcuts?.length ? (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcutAction')}</th>
              <th scope="col">{t('shortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name} data-testid="shortcut" data-command={s.name}>
                <td>{s.description}</td>
                <td>
                  {s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">{t('shortcutNotSet')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="muted">{t('shortcutsIntro')}</p>
      <button
        type="button"
        data-testid="open-shortcut-settings"
        onClick={() => client.openShortcutSettings()}
      >
        {t('changeShortcuts')}
      </button>
    </section>
  )
}

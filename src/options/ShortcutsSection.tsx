import { useEffect, useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'
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
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {shortcuts?.length ? (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name} data-testid="shortcut" data-command={s.name}>
                <td>{s.description}</td>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="muted">
        The browser assigns these keys, and leaves one unset if another extension already uses it. Change them
        on the browser’s shortcuts page (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons Manager, gear
        menu, Manage Extension Shortcuts).
      </p>
      <button
        type="button"
        data-testid="open-shortcut-settings"
        onClick={() => client.openShortcutSettings()}
      >
        Change shortcuts…
      </button>
    </section>
  )
}

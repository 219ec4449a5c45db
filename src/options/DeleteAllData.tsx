import { useEffect, useRef, useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'

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
    announce(reply.ok ? 'All data deleted.' : reply.error.message)
    if (reply.ok) onDeleted()
  }
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Delete all data</h2>
      <p class="muted">
        Deletes every profile, trusted device, preference and the history, and signs out of the running
        session.
      </p>
      {confirming ? (
        <fieldset class="banner danger-zone">
          <legend>Delete everything?</legend>
          <p>This cannot be undone. Export your profiles first if you need them.</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="delete-all-data-confirm"
              onClick={() => void deleteAll()}
            >
              Yes, delete everything
            </button>
            <button
              type="button"
              ref={cancelRef}
              data-testid="delete-all-data-cancel"
              onClick={() => setConfirming(false)}
            >
              Cancel
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
          Delete all data…
        </button>
      )}
    </section>
  )
}

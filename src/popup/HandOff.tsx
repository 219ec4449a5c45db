import { useEffect, useRef, useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'

type Format = 'postman' | 'curl'
const LABEL: Record<Format, string> = { postman: 'a Postman environment', curl: 'a curl command' }

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
    setStatus(`Copied ${LABEL[pending]} with the session id and dev key. Treat it like a password.`)
  }
  const toggleKeepAlive = async (on: boolean) => {
    const reply = await client.call('setPreferences', { keepAliveEnabled: on })
    if (reply.ok) setKeepAlive(reply.result.keepAliveEnabled)
  }

  return (
    <div class="stack">
      <div class="row">
        <button type="button" data-testid="copy-postman-env" onClick={() => ask('postman')}>
          Copy for Postman
        </button>
        <button type="button" data-testid="copy-curl" onClick={() => ask('curl')}>
          Copy as curl
        </button>
      </div>
      {pending ? (
        <section class="note note-warn stack" aria-labelledby="handoff-title" data-testid="handoff-ask">
          <p id="handoff-title">
            <strong>Copy {LABEL[pending]}?</strong> It holds the live session id and dev key: anyone with them
            can act as {username} in BILL until the session ends.
          </p>
          <p class="small">
            The countdown here counts only calls the extension can see. Calls from Postman or curl keep BILL’s
            session alive, but not this clock, so it may say “expired” early. Keep-alive pings BILL before the
            countdown ends.
          </p>
          <label class="check">
            <input
              type="checkbox"
              data-testid="handoff-keep-alive"
              checked={keepAlive === true}
              disabled={keepAlive === undefined}
              onChange={(e) => void toggleKeepAlive((e.target as HTMLInputElement).checked)}
            />
            Keep the session alive (keep-alive preference)
          </label>
          <div class="row">
            <button
              ref={confirmButton}
              type="button"
              class="primary"
              data-testid="handoff-confirm"
              onClick={() => void copy()}
            >
              Copy
            </button>
            <button type="button" data-testid="handoff-cancel" onClick={() => setPending(undefined)}>
              Cancel
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

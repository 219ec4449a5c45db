import { useCallback, useEffect, useState } from 'preact/hooks'
import type { AppError, Reply } from '../shared/protocol/index.ts'
import type { SessionView } from '../shared/session/view.ts'
import { useClient } from '../ui/client.ts'

export interface SessionHook {
  view: SessionView | undefined
  /** The last failed action, shown until the next action. */
  error: AppError | undefined
  busy: boolean
  /** Runs an action that answers with the new view; a failure becomes `error`, never an exception. */
  run(action: () => Promise<Reply<'getSession'>>): Promise<boolean>
  clearError(): void
}

/**
 * The session as the background sees it, kept current while the popup is open: shown at once from what the
 * background stored, confirmed by one `confirmSession`, then every `sessionChanged` event carries the new view,
 * so no change costs another round trip.
 */
export function useSession(): SessionHook {
  const client = useClient()
  const [view, setView] = useState<SessionView>()
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(
    async (name: 'getSession' | 'confirmSession' = 'getSession') => {
      const reply = await client.call(name, undefined)
      if (reply.ok) setView(reply.result)
      else setError(reply.error)
    },
    [client],
  )

  useEffect(() => {
    const stop = client.on('sessionChanged', setView)
    // First paint from storage.session, with no message: the worker may be stopped and take a while to
    // wake. Anything the background says (event or reply) is newer, so the stored view never overwrites it.
    void client.storedSession().then((stored) => stored && setView((shown) => shown ?? stored))
    // As the popup opens, the background may first check with BILL a session it has not heard of for a while.
    void refresh('confirmSession')
    return stop
  }, [client, refresh])

  const run = useCallback(
    async (action: () => Promise<Reply<'getSession'>>) => {
      setBusy(true)
      setError(undefined)
      const reply = await action()
      setBusy(false)
      if (reply.ok) setView(reply.result)
      else {
        setError(reply.error)
        await refresh()
      }
      return reply.ok
    },
    [refresh],
  )

  return { view, error, busy, run, clearError: () => setError(undefined) }
}

import { useCallback, useEffect, useState } from 'preact/hooks'
import type { AppError } from '../shared/protocol/index.ts'
import { SESSION_CHANGED } from '../shared/protocol/session.ts'
import type { SessionView } from '../shared/session/view.ts'
import { call } from '../ui/rpc.ts'

export interface SessionHook {
  view: SessionView | undefined
  /** The last failed action, shown until the next action. */
  error: AppError | undefined
  busy: boolean
  /** Runs an action that answers with the new view; a failure becomes `error`, never an exception. */
  run(action: () => ReturnType<typeof call<'getSession'>>): Promise<boolean>
  clearError(): void
}

/** The session as the background sees it, kept current while the popup is open. */
export function useSession(): SessionHook {
  const [view, setView] = useState<SessionView>()
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    const reply = await call('getSession', undefined)
    if (reply.ok) setView(reply.result)
    else setError(reply.error)
  }, [])

  useEffect(() => {
    void refresh()
    const onMessage = (message: unknown) => {
      if ((message as { event?: string })?.event === SESSION_CHANGED.event) void refresh()
    }
    chrome.runtime.onMessage.addListener(onMessage)
    return () => chrome.runtime.onMessage.removeListener(onMessage)
  }, [refresh])

  const run = useCallback(
    async (action: () => ReturnType<typeof call<'getSession'>>) => {
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

import { useCallback, useEffect, useState } from 'preact/hooks'
import type { AppError } from '../shared/protocol/index.ts'
import { FLAGGED_CHANGED, type FlaggedList } from '../shared/protocol/traffic.ts'
import { call } from '../ui/rpc.ts'

export interface FlaggedHook {
  list: FlaggedList | undefined
  error: AppError | undefined
  clear(): Promise<void>
}

/** The findings on tab traffic, kept current while the popup is open; showing them marks them seen. */
export function useFlaggedRequests(): FlaggedHook {
  const [list, setList] = useState<FlaggedList>()
  const [error, setError] = useState<AppError>()

  const refresh = useCallback(async () => {
    const reply = await call('listFlaggedRequests', undefined)
    if (!reply.ok) return setError(reply.error)
    setList(reply.result)
    // The popup is open and shows them: the badge mark goes.
    if (reply.result.unseen > 0) await call('markFlaggedRequestsSeen', undefined)
  }, [])

  useEffect(() => {
    void refresh()
    const onMessage = (message: unknown) => {
      if ((message as { event?: string })?.event === FLAGGED_CHANGED.event) void refresh()
    }
    chrome.runtime.onMessage.addListener(onMessage)
    return () => chrome.runtime.onMessage.removeListener(onMessage)
  }, [refresh])

  const clear = useCallback(async () => {
    const reply = await call('clearFlaggedRequests', undefined)
    if (reply.ok) setList(reply.result)
    else setError(reply.error)
  }, [])

  return { list, error, clear }
}

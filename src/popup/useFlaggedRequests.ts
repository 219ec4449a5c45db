import { useCallback, useEffect, useState } from 'preact/hooks'
import type { AppError } from '../shared/protocol/index.ts'
import type { FlaggedList } from '../shared/protocol/traffic.ts'
import { useClient } from '../ui/client.ts'

export interface FlaggedHook {
  list: FlaggedList | undefined
  error: AppError | undefined
  clear(): Promise<void>
}

/** The findings on tab traffic, kept current while the popup is open; showing them marks them seen. */
export function useFlaggedRequests(): FlaggedHook {
  const client = useClient()
  const [list, setList] = useState<FlaggedList>()
  const [error, setError] = useState<AppError>()

  const show = useCallback(
    async (shown: FlaggedList) => {
      setList(shown)
      // The popup is open and shows them: the badge mark goes.
      if (shown.unseen > 0) await client.call('markFlaggedRequestsSeen', undefined)
    },
    [client],
  )

  useEffect(() => {
    const stop = client.on('flaggedChanged', (changed) => void show(changed))
    void client
      .call('listFlaggedRequests', undefined)
      .then((reply) => (reply.ok ? show(reply.result) : setError(reply.error)))
    return stop
  }, [client, show])

  const clear = useCallback(async () => {
    const reply = await client.call('clearFlaggedRequests', undefined)
    if (reply.ok) setList(reply.result)
    else setError(reply.error)
  }, [client])

  return { list, error, clear }
}

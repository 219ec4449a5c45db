import { useEffect, useState } from 'preact/hooks'
import type { AppError, Result } from '../shared/protocol/index.ts'
import { useClient } from './client.ts'

export type BackgroundStatus =
  | { state: 'connecting' }
  | { state: 'connected'; info: Result<'ping'> }
  | { state: 'failed'; error: AppError }

/** Pings the background once on mount: every page shows whether the background answers. */
export function useBackgroundStatus(): BackgroundStatus {
  const client = useClient()
  const [status, setStatus] = useState<BackgroundStatus>({ state: 'connecting' })
  useEffect(() => {
    void client
      .call('ping', undefined)
      .then((reply) =>
        setStatus(
          reply.ok ? { state: 'connected', info: reply.result } : { state: 'failed', error: reply.error },
        ),
      )
  }, [client])
  return status
}

import { useCallback, useEffect, useState } from 'preact/hooks'
import type { Result } from '../shared/protocol/index.ts'
import { useClient } from '../ui/client.ts'

export type ProfilesState =
  | { state: 'loading' }
  | { state: 'loaded'; data: Result<'listProfiles'> }
  | { state: 'failed'; message: string }

/** The saved profiles and the active one, reloaded after every change. */
export function useProfiles(): [ProfilesState, () => Promise<void>] {
  const client = useClient()
  const [profiles, setProfiles] = useState<ProfilesState>({ state: 'loading' })
  const reload = useCallback(async () => {
    const reply = await client.call('listProfiles', undefined)
    setProfiles(
      reply.ok ? { state: 'loaded', data: reply.result } : { state: 'failed', message: reply.error.message },
    )
  }, [client])
  useEffect(() => {
    void reload()
  }, [reload])
  return [profiles, reload]
}

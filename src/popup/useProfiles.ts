import { useEffect, useState } from 'preact/hooks'
import type { ProfileChoice } from '../shared/profiles/summary.ts'
import { useClient } from '../ui/client.ts'

export type ProfileList = ProfileChoice

/**
 * The profiles and the active one: painted at once from the summary the background keeps in storage.local
 * (no message: the worker may be stopped), then replaced by `listProfiles`' answer and kept current by
 * `activeProfileChanged`. Anything the background says is newer, so the stored summary never overwrites it.
 */
export function useProfiles(): ProfileList | undefined {
  const client = useClient()
  const [list, setList] = useState<ProfileList>()
  useEffect(() => {
    const stop = client.on('activeProfileChanged', ({ activeProfileId }) =>
      setList((shown) => shown && { ...shown, activeProfileId }),
    )
    void client.storedProfiles().then((stored) => stored && setList((shown) => shown ?? stored))
    void client.call('listProfiles', undefined).then((r) => r.ok && setList(r.result))
    return stop
  }, [client])
  return list
}

import { useEffect, useState } from 'preact/hooks'
import type { Result } from '../shared/protocol/index.ts'
import { useClient } from '../ui/client.ts'

export type ProfileList = Result<'listProfiles'>

/** The profiles, loaded once, and the active profile as the background says it is now (it pushes changes). */
export function useProfiles(): ProfileList | undefined {
  const client = useClient()
  const [list, setList] = useState<ProfileList>()
  useEffect(() => {
    const stop = client.on('activeProfileChanged', ({ activeProfileId }) =>
      setList((shown) => shown && { ...shown, activeProfileId }),
    )
    void client.call('listProfiles', undefined).then((r) => r.ok && setList(r.result))
    return stop
  }, [client])
  return list
}

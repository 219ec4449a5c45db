import { useEffect, useState } from 'preact/hooks'
import { profileBaseUrls } from '../../shared/profiles/base-urls.ts'
import { useClient } from '../../ui/client.ts'
import { hostOf } from '../capture/bill-scope.ts'

const NONE: readonly string[] = []

/**
 * The hosts of the active profile's base URLs (custom environments: mock servers, proxies), which count
 * as BILL's besides BILL's own hosts. Empty when there is no active profile or the background is away.
 */
export function useProfileHosts(): readonly string[] {
  const client = useClient()
  const [hosts, setHosts] = useState(NONE)
  useEffect(() => {
    void client.call('listProfiles', undefined).then((reply) => {
      if (!reply.ok) return
      const active = reply.result.profiles.find((p) => p.id === reply.result.activeProfileId)
      if (!active) return
      const urls = profileBaseUrls(active)
      const found = [hostOf(urls.v3), hostOf(urls.v2)].filter((h): h is string => h !== undefined)
      if (found.length > 0) setHosts([...new Set(found)])
    })
  }, [client])
  return hosts
}

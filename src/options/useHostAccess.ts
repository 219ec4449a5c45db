import { useCallback, useEffect, useState } from 'preact/hooks'
import { profileHostOrigins } from '../shared/profiles/base-urls.ts'
import type { ProfileView } from '../shared/profiles/types.ts'
import { useClient } from '../ui/client.ts'
import { accessProblem } from '../ui/host-access.ts'

/**
 * Whether the browser lets the extension reach a saved profile's hosts (an imported production or custom
 * profile may not), and a grant() to call from a click.
 */
export function useHostAccess(profile: ProfileView) {
  const client = useClient()
  const origins = profileHostOrigins(profile)
  const key = origins.join(' ')
  const [granted, setGranted] = useState<boolean | undefined>(undefined)
  const [problem, setProblem] = useState('')
  useEffect(() => {
    let current = true
    void client.hasHostAccess(key.split(' ')).then((g) => current && setGranted(g))
    return () => {
      current = false
    }
  }, [client, key])
  const grant = useCallback(() => {
    const list = key.split(' ')
    void client.requestHostAccess(list).then((r) => {
      setGranted(r.granted)
      setProblem(r.granted ? '' : accessProblem(r.reason, list))
    })
  }, [client, key])
  return { granted, problem, grant }
}

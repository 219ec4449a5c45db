// The thin adapter over the permissions API, reached by components through the client (ui/client.ts).
// requestHostAccess must be called straight from a click or submit handler, before any await: both browsers
// require a user gesture to show the prompt.
import { t } from './i18n/t.ts'

/** The settings page's address suffix that scrolls to the active profile's "Grant access" button. */
export const GRANT_HASH = '#grant'

export async function hasHostAccess(origins: string[]): Promise<boolean> {
  try {
    return await chrome.permissions.contains({ origins })
  } catch {
    return false
  }
}

export type AccessRequest = { granted: true } | { granted: false; reason: 'denied' | 'not-allowed' }

export async function requestHostAccess(origins: string[]): Promise<AccessRequest> {
  try {
    return (await chrome.permissions.request({ origins }))
      ? { granted: true }
      : { granted: false, reason: 'denied' }
  } catch {
    // The browser refuses origins the manifest does not list (e.g. an arbitrary custom host).
    return { granted: false, reason: 'not-allowed' }
  }
}

export function accessProblem(reason: 'denied' | 'not-allowed', origins: string[]): string {
  const hosts = origins.join(t('and'))
  return t(reason === 'denied' ? 'accessDenied' : 'accessNotAllowed', { hosts })
}

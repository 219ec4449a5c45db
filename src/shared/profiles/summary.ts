import { profileBaseUrls } from './base-urls.ts'
import type { Profile, ProfileView } from './types.ts'

/**
 * The storage.local key of the profiles summary: what the popup paints before the worker answers, and the
 * hosts the every-tab observer watches. The background writes it whenever profiles change.
 */
export const PROFILES_SUMMARY_KEY = 'profilesSummary'
/** The storage.local key of the active profile's id (background state; pages read it for their first paint). */
export const ACTIVE_PROFILE_KEY = 'activeProfileId'

/** What the sign-in form shows of a profile. No dev key, not even masked: the summary sits in storage.local. */
export type ProfileSummary = Pick<
  ProfileView,
  'id' | 'name' | 'api' | 'environment' | 'username' | 'organizationId' | 'authMethod'
>

/** What the popup's sign-in form needs: the profiles and which one is active. */
export interface ProfileChoice {
  profiles: ProfileSummary[]
  activeProfileId: string | null
}

export interface ProfilesSummary {
  /** Sorted as listProfiles sorts them. */
  profiles: ProfileSummary[]
  /** Every profile's v2 and v3 base-URL hosts, each once. */
  hosts: string[]
}

function hostOf(url: string): string[] {
  try {
    return [new URL(url).host]
  } catch {
    return []
  }
}

export function profilesSummary(profiles: readonly Profile[]): ProfilesSummary {
  const hosts = profiles.flatMap((p) => {
    const urls = profileBaseUrls(p)
    return [...hostOf(urls.v3), ...hostOf(urls.v2)]
  })
  return {
    profiles: profiles.map(({ id, name, api, environment, username, organizationId, authMethod }) => ({
      id,
      name,
      api,
      environment,
      username,
      organizationId,
      authMethod,
    })),
    hosts: [...new Set(hosts)],
  }
}

/** A stored value read back: undefined unless it has the summary's shape (an older or damaged entry). */
export function readProfilesSummary(stored: unknown): ProfilesSummary | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined
  const { profiles, hosts } = stored as Partial<ProfilesSummary>
  return Array.isArray(profiles) && Array.isArray(hosts) ? { profiles, hosts } : undefined
}

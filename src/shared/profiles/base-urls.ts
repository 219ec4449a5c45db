import { BASE_URLS, type BaseUrls, originPattern } from '../bill/hosts.ts'
import type { ProfileInput } from './types.ts'

/** The v2 and v3 base URLs a profile signs in to. */
export function profileBaseUrls(profile: Pick<ProfileInput, 'environment' | 'customBaseUrls'>): BaseUrls {
  if (profile.environment === 'custom' && profile.customBaseUrls) return profile.customBaseUrls
  return profile.environment === 'production' ? BASE_URLS.production : BASE_URLS.sandbox
}

/** The host permission patterns a profile needs, without duplicates (v2 and v3 may share a host). */
export function profileHostOrigins(profile: Pick<ProfileInput, 'environment' | 'customBaseUrls'>): string[] {
  const urls = profileBaseUrls(profile)
  return [...new Set([originPattern(urls.v3), originPattern(urls.v2)])]
}

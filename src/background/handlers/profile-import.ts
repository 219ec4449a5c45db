import { profileBaseUrls } from '../../shared/profiles/base-urls.ts'
import type { ImportedProfile } from '../../shared/profiles/exchange.ts'
import type { Profile, ProfileInput } from '../../shared/profiles/types.ts'
import { createProfile, getProfile, updateProfile } from '../store/index.ts'

function sameHosts(a: ProfileInput, b: ProfileInput): boolean {
  const [x, y] = [profileBaseUrls(a), profileBaseUrls(b)]
  return x.v3 === y.v3 && x.v2 === y.v2
}

/**
 * Merges by id: importing a file again updates the profiles it made (a file without dev keys keeps the stored
 * ones). A file naming an existing profile with other hosts adds a new profile instead, so no file can send
 * a stored dev key to another host.
 */
export async function importProfile(
  entry: ImportedProfile,
  now: number,
): Promise<{ profile: Profile; updated: boolean }> {
  const existing = entry.id ? await getProfile(entry.id) : undefined
  if (existing && sameHosts(existing, entry.input)) {
    const input = entry.input.devKey === '' ? { ...entry.input, devKey: existing.devKey } : entry.input
    const saved = await updateProfile(existing.id, input, now)
    if (saved) return { profile: saved, updated: true }
  }
  return { profile: await createProfile(entry.input, now, existing ? undefined : entry.id), updated: false }
}

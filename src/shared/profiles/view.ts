import { maskDevKey } from './mask.ts'
import type { Profile, ProfileView } from './types.ts'

/** The page-safe view of a profile: everything but the dev key, which is masked. */
export function toProfileView(profile: Profile): ProfileView {
  const { devKey, ...rest } = profile
  return { ...rest, devKeyMasked: maskDevKey(devKey), hasDevKey: devKey !== '' }
}

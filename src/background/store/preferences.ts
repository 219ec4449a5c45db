import { normalizePreferences, type Preferences } from '../../shared/preferences.ts'
import { readLocal, writeLocal } from './local-storage.ts'

/** The user's preferences, with defaults for anything missing. */
export async function getPreferences(): Promise<Preferences> {
  return normalizePreferences(await readLocal('preferences'))
}

/** Stores preferences; validate a change with applyPreferenceChange first. */
export async function savePreferences(preferences: Preferences): Promise<void> {
  await writeLocal('preferences', preferences)
}

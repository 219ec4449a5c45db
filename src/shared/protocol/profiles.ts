import type { HistoryEvent } from '../history.ts'
import type { Preferences } from '../preferences.ts'
import type { TrustedDeviceExport, TrustedDeviceView } from '../profiles/devices.ts'
import type { ImportProblem } from '../profiles/exchange.ts'
import type { ProfileInput, ProfileView } from '../profiles/types.ts'

/**
 * Profiles, trusted devices, preferences and the event history (the options page). The background is the only
 * writer; pages never receive a dev key, only masked or derived values, nor a remembered MFA id except through
 * `exportTrustedDevice`, which the user asks for.
 * Invalid input fails with an `invalid-input` AppError whose `fields` are keyed by ProfileField / preference.
 */
export interface ProfilesProtocol {
  listProfiles: { params: undefined; result: { profiles: ProfileView[]; activeProfileId: string | null } }
  /** Creates (no id) or updates a profile. On update an empty devKey keeps the stored one. */
  saveProfile: { params: { id?: string; input: ProfileInput }; result: ProfileView }
  /** A copy named “… (copy)”, dev key included, which is not made active. */
  duplicateProfile: { params: { id: string }; result: ProfileView }
  /** Also forgets the profile's trusted devices; clears the active profile if it was this one. */
  deleteProfile: { params: { id: string }; result: { activeProfileId: string | null } }
  setActiveProfile: { params: { id: string | null }; result: { activeProfileId: string | null } }
  /** JSON text for a file. Dev keys only with includeDevKeys; never passwords or remembered ids. */
  exportProfiles: { params: { includeDevKeys: boolean }; result: { json: string; count: number } }
  /**
   * Adds the valid profiles and reports each invalid one. Merges by id: `updated` are the profiles a
   * former import of the same file made (same id, same hosts), `imported` the new ones. `needsAccess`: the
   * ids of those whose hosts the browser has not granted yet (nothing is sent there until it is). Files over
   * IMPORT_LIMITS (exchange.ts) fail as a whole with one `invalid-input` message.
   */
  importProfiles: {
    params: { json: string }
    result: {
      imported: ProfileView[]
      updated: ProfileView[]
      problems: ImportProblem[]
      needsAccess: string[]
    }
  }
  /** Prunes expired devices first. */
  listTrustedDevices: { params: undefined; result: TrustedDeviceView[] }
  forgetTrustedDevice: { params: { id: string }; result: { forgotten: boolean } }
  /**
   * The remembered id and device name, for an unattended integration to sign in trusted. The only request that
   * lets a remembered id leave the background: the options page sends it after the user confirmed.
   */
  exportTrustedDevice: { params: { id: string }; result: TrustedDeviceExport }
  getPreferences: { params: undefined; result: Preferences }
  /** Changes some preferences; returns them all. */
  setPreferences: { params: Partial<Preferences>; result: Preferences }
  /** Newest first. */
  listEvents: { params: { limit?: number; profileId?: string }; result: HistoryEvent[] }
  /** Wipes IndexedDB, storage.local and storage.session. */
  deleteAllData: { params: undefined; result: { deletedAt: number } }
}

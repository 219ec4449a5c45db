import type { DeviceIdentity } from '../../shared/profiles/devices.ts'
import type { ExpiryWarnings } from '../../shared/profiles/expiry-warning.ts'
import type {
  ACTIVE_PROFILE_KEY,
  PROFILES_SUMMARY_KEY,
  ProfilesSummary,
} from '../../shared/profiles/summary.ts'
import type { StoreUpgrade } from './upgrade.ts'

// The thin adapter over storage.local (small settings) and storage.session (the running session's secrets,
// owned by the session code: here only cleared).

export interface LocalSettings {
  [ACTIVE_PROFILE_KEY]: string | null
  /** Stored raw: read through normalizePreferences. */
  preferences: unknown
  deviceIdentity: DeviceIdentity
  /** Remembered devices already warned about, one entry per existing device. */
  deviceExpiryWarnings: ExpiryWarnings
  /** Page-safe: read by the popup's first paint and the every-tab observer (shared/profiles/summary.ts). */
  [PROFILES_SUMMARY_KEY]: ProfilesSummary
  /** The last update's upgrade (store/upgrade.ts). */
  storeUpgrade: StoreUpgrade
}

export async function readLocal<K extends keyof LocalSettings>(
  key: K,
): Promise<LocalSettings[K] | undefined> {
  const stored = await chrome.storage.local.get(key)
  return stored[key] as LocalSettings[K] | undefined
}

export async function writeLocal<K extends keyof LocalSettings>(
  key: K,
  value: LocalSettings[K],
): Promise<void> {
  await chrome.storage.local.set({ [key]: value })
}

export async function clearExtensionStorage(): Promise<void> {
  await Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()])
}

/** The browser this background runs in, from its own URL scheme. */
export function runtimeBrowser(): 'chrome' | 'firefox' {
  return chrome.runtime.getURL('/').startsWith('moz-extension:') ? 'firefox' : 'chrome'
}

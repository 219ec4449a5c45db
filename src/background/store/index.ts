// The store's public API for the rest of the background (handlers, session code). The background is the only
// writer: pages reach these functions through the protocol (handlers/profiles.ts and friends).
export { findTrustedDevice, forgetTrustedDevice, listTrustedDevices, recordTrustedDevice } from './devices.ts'
export { appendEvent, listEvents } from './events.ts'
export { getDeviceIdentity } from './identity.ts'
export { deleteAllData, pruneExpiredData } from './maintenance.ts'
export { getPreferences, savePreferences } from './preferences.ts'
export {
  createProfile,
  deleteProfile,
  getActiveProfileId,
  getProfile,
  listProfiles,
  setActiveProfileId,
  updateProfile,
  writeProfilesSummary,
} from './profiles.ts'
export { upgradeStore } from './upgrade.ts'

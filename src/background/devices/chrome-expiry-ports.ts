import { getPreferences, listProfiles, listTrustedDevices } from '../store/index.ts'
import { readLocal, writeLocal } from '../store/local-storage.ts'
import { DEVICE_EXPIRY_ALARM, type ExpiryPorts } from './expiry-warning.ts'

// The browser side of the expiry warning: IndexedDB, storage.local, chrome.notifications and chrome.alarms.
export const chromeExpiryPorts: ExpiryPorts = {
  now: () => Date.now(),
  devices: listTrustedDevices,
  profileName: async (id) => (await listProfiles()).find((p) => p.id === id)?.name,
  notificationsEnabled: async () => (await getPreferences()).notificationsEnabled,
  loadWarnings: () => readLocal('deviceExpiryWarnings'),
  saveWarnings: (warned) => writeLocal('deviceExpiryWarnings', warned),
  async notify(id, title, message) {
    await chrome.notifications.create(id, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title,
      message,
    })
  },
  async scheduleAt(when) {
    if (when === undefined) await chrome.alarms.clear(DEVICE_EXPIRY_ALARM)
    else await chrome.alarms.create(DEVICE_EXPIRY_ALARM, { when })
  },
}

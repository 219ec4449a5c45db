import type { TrustedDeviceView } from '../shared/profiles/devices.ts'
import { t } from '../ui/i18n/t.ts'

/** Whose remembered device this is, in words: "QA local (v3)", or the deleted profile's. */
export const deviceOwner = (device: TrustedDeviceView): string =>
  device.profileName === undefined || device.profileName === null
    ? t('deviceOwnerDeleted', { api: device.api })
    : t('deviceOwner', { profile: device.profileName, api: device.api })

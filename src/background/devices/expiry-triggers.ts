import type { UpkeepTriggers } from '../upkeep-triggers.ts'
import { checkDeviceExpiry, DEVICE_EXPIRY_ALARM, type ExpiryPorts } from './expiry-warning.ts'

// The remembered-devices check reads storage and IndexedDB, so it runs only when its answer can have changed:
// the browser starts, the extension is installed or updated, its alarm fires (set for the next device due), or a
// device is remembered. Not at every wake: the worker wakes for every message, alarm and watched request.

/** Registers the triggers (synchronously, at the worker's top level); returns the check to run after a device is remembered. */
export function watchDeviceExpiry(
  triggers: UpkeepTriggers,
  ports: ExpiryPorts,
  onError: (error: unknown) => void,
): () => Promise<void> {
  const check = () => checkDeviceExpiry(ports).catch(onError)
  triggers.onStartup.addListener(() => void check())
  triggers.onInstalled.addListener(() => void check())
  triggers.onAlarm.addListener((alarm) => {
    if (alarm.name === DEVICE_EXPIRY_ALARM) void check()
  })
  return check
}

import { checkDeviceExpiry, DEVICE_EXPIRY_ALARM, type ExpiryPorts } from './expiry-warning.ts'

// The remembered-devices check reads storage and IndexedDB, so it runs only when its answer can have changed:
// the browser starts, the extension is installed or updated, its alarm fires (set for the next device due), or a
// device is remembered. Not at every wake: the worker wakes for every message, alarm and watched request.

interface Event<L> {
  addListener(listener: L): void
}
export interface ExpiryTriggers {
  onStartup: Event<() => void>
  onInstalled: Event<() => void>
  onAlarm: Event<(alarm: { name: string }) => void>
}

/** Registers the triggers (synchronously, at the worker's top level); returns the check to run after a device is remembered. */
export function watchDeviceExpiry(
  triggers: ExpiryTriggers,
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

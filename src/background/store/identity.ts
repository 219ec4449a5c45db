import { type DeviceIdentity, machineNameFor } from '../../shared/profiles/devices.ts'
import { readLocal, runtimeBrowser, writeLocal } from './local-storage.ts'

/**
 * This install's identity for MFA "remember me": created once, then stable (v2 requires the same deviceId on
 * every later sign-in with the mfaId). "Delete all data" resets it, together with the devices it was used for.
 */
export async function getDeviceIdentity(): Promise<DeviceIdentity> {
  const stored = await readLocal('deviceIdentity')
  if (stored && typeof stored.deviceId === 'string' && typeof stored.machineName === 'string') return stored
  const identity: DeviceIdentity = {
    deviceId: crypto.randomUUID(),
    machineName: machineNameFor(runtimeBrowser()),
  }
  await writeLocal('deviceIdentity', identity)
  return identity
}

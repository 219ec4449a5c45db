import { daysLeft, type TrustedDevice } from '../../shared/profiles/devices.ts'
import { type ExpiryWarnings, planExpiryWarnings } from '../../shared/profiles/expiry-warning.ts'

// Run at browser start, install or update, on its alarm and when a device is remembered (expiry-triggers.ts):
// notifies each remembered device 3 days before its trust ends (once per expiry, remembered in storage.local),
// then sets the alarm for the next one.

export const DEVICE_EXPIRY_ALARM = 'device-expiry'
export const DEVICE_EXPIRY_NOTIFICATION = 'device-expiry:'

export interface ExpiryPorts {
  now(): number
  devices(now: number): Promise<TrustedDevice[]>
  profileName(profileId: string): Promise<string | undefined>
  notificationsEnabled(): Promise<boolean>
  loadWarnings(): Promise<ExpiryWarnings | undefined>
  saveWarnings(warned: ExpiryWarnings): Promise<void>
  notify(id: string, title: string, message: string): Promise<void>
  /** Sets the alarm at this time, or clears it. */
  scheduleAt(when: number | undefined): Promise<void>
}

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10)

function sameWarnings(a: ExpiryWarnings, b: ExpiryWarnings): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

export async function checkDeviceExpiry(ports: ExpiryPorts): Promise<void> {
  const now = ports.now()
  const before = (await ports.loadWarnings()) ?? {}
  const plan = planExpiryWarnings(await ports.devices(now), before, now)
  if (plan.due.length > 0 && (await ports.notificationsEnabled())) {
    for (const d of plan.due) {
      const left = daysLeft(d, now)
      const who = `${(await ports.profileName(d.profileId)) ?? 'a deleted profile'} (${d.api})`
      await ports.notify(
        `${DEVICE_EXPIRY_NOTIFICATION}${d.id}`,
        `Trusted device ends in ${left === 1 ? '1 day' : `${left} days`}`,
        `BILL trusts this browser for ${who} until ${date(d.expiresAt)}; then it asks for an SMS code again, and an exported device stops working. Sign in with MFA and “remember this browser”, then export it again.`,
      )
    }
  }
  // Written only when it changed: most wakes leave storage.local untouched.
  if (!sameWarnings(before, plan.warned)) await ports.saveWarnings(plan.warned)
  await ports.scheduleAt(plan.nextAt)
}

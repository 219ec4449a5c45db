import type { BillApi } from '../bill/hosts.ts'

/** BILL trusts a remembered device for 30 days (docs/bill-api.md §4, §6). */
export const TRUST_DAYS = 30
export const DAY_MS = 86_400_000

/**
 * A browser BILL remembers after MFA with "remember me": sign-ins for this profile and API can skip the SMS
 * until expiresAt.
 */
export interface TrustedDevice {
  id: string
  profileId: string
  api: BillApi
  /** v2 `mfaId` or v3 `rememberMeId`. Never leaves the background. */
  rememberId: string
  /** What was sent with it and must be sent again: v2 `deviceId`, v3 `device` name. */
  device: string
  machineName: string
  issuedAt: number
  expiresAt: number
}

export type NewTrustedDevice = Omit<TrustedDevice, 'id' | 'expiresAt'>

/** What the options page exports for an unattended integration, after the user confirmed (docs/options.md). */
export type TrustedDeviceExport = Pick<TrustedDevice, 'api' | 'rememberId' | 'device' | 'expiresAt'>

/** What pages see: no remembered id. */
export type TrustedDeviceView = Omit<TrustedDevice, 'rememberId'> & { profileName: string | null }

/** This install's stable identity, sent to BILL with MFA "remember me". */
export interface DeviceIdentity {
  deviceId: string
  machineName: string
}

export function isExpired(device: Pick<TrustedDevice, 'expiresAt'>, now: number): boolean {
  return device.expiresAt <= now
}

/** Whole days left, rounded up: "1 day left" until the very end. */
export function daysLeft(device: Pick<TrustedDevice, 'expiresAt'>, now: number): number {
  return Math.max(0, Math.ceil((device.expiresAt - now) / DAY_MS))
}

export function machineNameFor(browser: 'chrome' | 'firefox'): string {
  return `BILL Sandbox Companion on ${browser === 'firefox' ? 'Firefox' : 'Chrome'}`
}

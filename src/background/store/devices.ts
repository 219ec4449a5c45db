import type { BillApi } from '../../shared/bill/hosts.ts'
import {
  DAY_MS,
  isExpired,
  type NewTrustedDevice,
  TRUST_DAYS,
  type TrustedDevice,
} from '../../shared/profiles/devices.ts'
import { db } from './database.ts'

/**
 * Remembers a device BILL now trusts for 30 days from issuedAt. It replaces any earlier one of the same
 * profile and API: only the newest remembered id is worth sending.
 */
export async function recordTrustedDevice(input: NewTrustedDevice): Promise<TrustedDevice> {
  const device: TrustedDevice = {
    id: crypto.randomUUID(),
    profileId: input.profileId,
    api: input.api,
    rememberId: input.rememberId,
    device: input.device,
    machineName: input.machineName,
    issuedAt: input.issuedAt,
    expiresAt: input.issuedAt + TRUST_DAYS * DAY_MS,
  }
  const tx = (await db()).transaction('devices', 'readwrite')
  for (const old of await tx.store.index('by-profile').getAll(input.profileId))
    if (old.api === input.api) await tx.store.delete(old.id)
  await Promise.all([tx.store.add(device), tx.done])
  return device
}

/** The unexpired remembered device to send at sign-in for this profile and API, if any. */
export async function findTrustedDevice(
  profileId: string,
  api: BillApi,
  now: number,
): Promise<TrustedDevice | undefined> {
  const candidates = await (await db()).getAllFromIndex('devices', 'by-profile', profileId)
  return candidates
    .filter((d) => d.api === api && !isExpired(d, now))
    .sort((a, b) => b.issuedAt - a.issuedAt)[0]
}

/** Every unexpired device, soonest expiry first; expired ones are deleted on the way. */
export async function listTrustedDevices(now: number): Promise<TrustedDevice[]> {
  await pruneExpiredDevices(now)
  return (await db()).getAllFromIndex('devices', 'by-expiry')
}

/** Deletes one device; returns it, or undefined if there was none. */
export async function forgetTrustedDevice(id: string): Promise<TrustedDevice | undefined> {
  const tx = (await db()).transaction('devices', 'readwrite')
  const device = await tx.store.get(id)
  if (device) await tx.store.delete(id)
  await tx.done
  return device
}

/** Deletes devices whose trust has ended; returns how many. */
export async function pruneExpiredDevices(now: number): Promise<number> {
  const tx = (await db()).transaction('devices', 'readwrite')
  const expired = await tx.store.index('by-expiry').getAllKeys(IDBKeyRange.upperBound(now))
  for (const key of expired) await tx.store.delete(key)
  await tx.done
  return expired.length
}

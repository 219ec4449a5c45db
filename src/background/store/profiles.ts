import { PROFILES_SUMMARY_KEY, profilesSummary } from '../../shared/profiles/summary.ts'
import type { Profile, ProfileInput } from '../../shared/profiles/types.ts'
import { db } from './database.ts'
import { readLocal, writeLocal } from './local-storage.ts'

/** All profiles, sorted by name. */
export async function listProfiles(): Promise<Profile[]> {
  const all = await (await db()).getAll('profiles')
  return all.sort((a, b) => a.name.localeCompare(b.name) || a.createdAt - b.createdAt)
}

export async function getProfile(id: string): Promise<Profile | undefined> {
  return (await db()).get('profiles', id)
}

/**
 * Stores a new profile under a fresh id (or, for an import, the id it had where it was exported). The input
 * must already be validated.
 */
export async function createProfile(
  input: ProfileInput,
  now: number,
  id: string = crypto.randomUUID(),
): Promise<Profile> {
  const profile: Profile = { ...input, id, createdAt: now, updatedAt: now }
  await (await db()).add('profiles', profile)
  await writeProfilesSummary()
  return profile
}

/** Replaces a profile's settings; undefined if there is no such profile. The input must already be validated. */
export async function updateProfile(
  id: string,
  input: ProfileInput,
  now: number,
): Promise<Profile | undefined> {
  const tx = (await db()).transaction('profiles', 'readwrite')
  const existing = await tx.store.get(id)
  if (!existing) return undefined
  const profile: Profile = { ...input, id, createdAt: existing.createdAt, updatedAt: now }
  await Promise.all([tx.store.put(profile), tx.done])
  await writeProfilesSummary()
  return profile
}

/** Deletes a profile and its trusted devices; clears the active profile if it was this one. */
export async function deleteProfile(id: string): Promise<boolean> {
  const tx = (await db()).transaction(['profiles', 'devices'], 'readwrite')
  const existed = (await tx.objectStore('profiles').count(id)) > 0
  await tx.objectStore('profiles').delete(id)
  const devices = tx.objectStore('devices')
  for (const key of await devices.index('by-profile').getAllKeys(id)) await devices.delete(key)
  await tx.done
  await writeProfilesSummary()
  if ((await getActiveProfileId()) === id) await writeLocal('activeProfileId', null)
  return existed
}

export async function getActiveProfileId(): Promise<string | null> {
  return (await readLocal('activeProfileId')) ?? null
}

export async function setActiveProfileId(id: string | null): Promise<void> {
  await writeLocal('activeProfileId', id)
}

/** The profile sign-in uses; undefined when none is chosen or it was deleted. */
export async function getActiveProfile(): Promise<Profile | undefined> {
  const id = await getActiveProfileId()
  return id === null ? undefined : getProfile(id)
}

let summaryWritten: Promise<void> = Promise.resolve()

/**
 * Rewrites the page-safe summary from the database: after every profile write, at install and update, and
 * after all data is deleted, so the popup can paint the sign-in form without waking the worker. One write at
 * a time, each listing the profiles when its turn comes: the last one written follows the last change.
 */
export function writeProfilesSummary(): Promise<void> {
  const write = async () => writeLocal(PROFILES_SUMMARY_KEY, profilesSummary(await listProfiles()))
  summaryWritten = summaryWritten.then(write, write)
  return summaryWritten
}

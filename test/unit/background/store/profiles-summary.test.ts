import { fakeBrowser } from '@webext-core/fake-browser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deleteAllData } from '../../../../src/background/store/maintenance.ts'
import {
  createProfile,
  deleteProfile,
  listProfiles,
  updateProfile,
  writeProfilesSummary,
} from '../../../../src/background/store/profiles.ts'
import { profileBaseUrls } from '../../../../src/shared/profiles/base-urls.ts'
import {
  PROFILES_SUMMARY_KEY,
  profilesSummary,
  readProfilesSummary,
} from '../../../../src/shared/profiles/summary.ts'
import { localSandboxInput, validProfileInput } from '../../profiles/arbitraries.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

useFreshDatabase()

const now = Date.UTC(2026, 3, 1)
const stored = async () =>
  readProfilesSummary((await fakeBrowser.storage.local.get(PROFILES_SUMMARY_KEY))[PROFILES_SUMMARY_KEY])

describe('the profiles summary in storage.local (what the popup paints first)', () => {
  it('follows every profile write: create, update, delete', async () => {
    const a = await createProfile({ ...localSandboxInput, name: 'A' }, now)
    expect((await stored())?.profiles.map((p) => p.name)).toEqual(['A'])
    await updateProfile(a.id, { ...localSandboxInput, name: 'B', environment: 'sandbox' }, now + 1)
    expect((await stored())?.profiles.map((p) => p.name)).toEqual(['B'])
    expect((await stored())?.hosts).not.toContain('127.0.0.1:4010')
    await deleteProfile(a.id)
    expect(await stored()).toEqual({ profiles: [], hosts: [] })
  })

  it('says "no profiles" after all data is deleted, and is rebuilt from the database on install', async () => {
    await createProfile(localSandboxInput, now)
    await deleteAllData()
    expect(await stored()).toEqual({ profiles: [], hosts: [] })
    await createProfile(localSandboxInput, now)
    await fakeBrowser.storage.local.clear()
    await writeProfilesSummary()
    expect((await stored())?.hosts).toEqual(['127.0.0.1:4010'])
  })

  it('holds the form fields and hosts of every profile, never a dev key', () => {
    fc.assert(
      fc.property(fc.array(validProfileInput, { maxLength: 5 }), (inputs) => {
        const profiles = inputs.map((input, i) => ({ ...input, id: `p${i}`, createdAt: i, updatedAt: i }))
        const summary = profilesSummary(profiles)
        const text = JSON.stringify(summary)
        for (const p of profiles) {
          if (p.devKey.length >= 8) expect(text).not.toContain(p.devKey)
          for (const url of Object.values(profileBaseUrls(p)))
            expect(summary.hosts).toContain(new URL(url).host)
        }
        expect(text).not.toMatch(/devKey/)
        expect(summary.profiles.map((p) => p.id)).toEqual(profiles.map((p) => p.id))
        expect(new Set(summary.hosts).size).toBe(summary.hosts.length)
      }),
    )
  })

  it('matches the database after a mix of writes', async () => {
    const a = await createProfile({ ...localSandboxInput, name: 'Z' }, now)
    await createProfile({ ...localSandboxInput, name: 'Y', environment: 'production' }, now)
    await updateProfile(a.id, { ...localSandboxInput, name: 'X' }, now)
    expect(await stored()).toEqual(profilesSummary(await listProfiles()))
  })
})

import { profileBaseUrls } from '../../shared/profiles/base-urls.ts'
import { buildProfilesExport, parseProfilesExport } from '../../shared/profiles/exchange.ts'
import type { ProfileInput, ProfileView } from '../../shared/profiles/types.ts'
import { validateProfileInput } from '../../shared/profiles/validate.ts'
import { toProfileView } from '../../shared/profiles/view.ts'
import { appError } from '../../shared/protocol/index.ts'
import type { Handlers } from '../router.ts'
import {
  createProfile,
  deleteProfile,
  getActiveProfileId,
  getProfile,
  listProfiles,
  setActiveProfileId,
  updateProfile,
} from '../store/index.ts'
import { importProfile } from './profile-import.ts'

export interface StoreHandlerDeps {
  now: () => number
  /** The local build also accepts http://127.0.0.1 and http://localhost base URLs. */
  allowLocalHttp: boolean
  /** Whether a granted host permission covers this URL (the platform adapter; faked in unit tests). */
  hostAllowed: (url: string) => Promise<boolean>
}

type ProfileRequests =
  | 'listProfiles'
  | 'saveProfile'
  | 'duplicateProfile'
  | 'deleteProfile'
  | 'setActiveProfile'
  | 'exportProfiles'
  | 'importProfiles'

async function allGranted(deps: StoreHandlerDeps, input: ProfileInput): Promise<boolean> {
  const urls = profileBaseUrls(input)
  return (await deps.hostAllowed(urls.v3)) && (await deps.hostAllowed(urls.v2))
}

const COPY_SUFFIX = ' (copy)'
const NAME_MAX = 60

export function profileHandlers(deps: StoreHandlerDeps): Pick<Handlers, ProfileRequests> {
  return {
    listProfiles: async () => ({
      profiles: (await listProfiles()).map(toProfileView),
      activeProfileId: await getActiveProfileId(),
    }),

    saveProfile: async ({ id, input }) => {
      const existing = id === undefined ? undefined : await getProfile(id)
      if (id !== undefined && !existing) throw appError('not-found', 'This profile no longer exists.')
      // An update may leave the dev key empty to keep the stored one (pages only ever see it masked).
      const raw = existing && input.devKey?.trim() === '' ? { ...input, devKey: existing.devKey } : input
      const checked = validateProfileInput(raw, { devKeyRequired: true, allowLocalHttp: deps.allowLocalHttp })
      if (!checked.ok)
        throw appError('invalid-input', 'Some fields need attention.', { fields: { ...checked.errors } })
      const saved = existing
        ? await updateProfile(existing.id, checked.value, deps.now())
        : await createProfile(checked.value, deps.now())
      if (!saved) throw appError('not-found', 'This profile no longer exists.')
      // With no active profile (the first one saved), the popup would have nothing to sign in with.
      if (!existing && (await getActiveProfileId()) === null) await setActiveProfileId(saved.id)
      return toProfileView(saved)
    },

    duplicateProfile: async ({ id }) => {
      const source = await getProfile(id)
      if (!source) throw appError('not-found', 'This profile no longer exists.')
      const { id: _id, createdAt: _c, updatedAt: _u, ...input } = source
      const copy: ProfileInput = {
        ...input,
        name: source.name.slice(0, NAME_MAX - COPY_SUFFIX.length) + COPY_SUFFIX,
      }
      return toProfileView(await createProfile(copy, deps.now()))
    },

    deleteProfile: async ({ id }) => {
      if (!(await deleteProfile(id))) throw appError('not-found', 'This profile no longer exists.')
      return { activeProfileId: await getActiveProfileId() }
    },

    setActiveProfile: async ({ id }) => {
      if (id !== null && !(await getProfile(id)))
        throw appError('not-found', 'This profile no longer exists.')
      await setActiveProfileId(id)
      return { activeProfileId: id }
    },

    exportProfiles: async ({ includeDevKeys }) => {
      const profiles = await listProfiles()
      const file = buildProfilesExport(profiles, { includeDevKeys: includeDevKeys === true, now: deps.now() })
      return { json: JSON.stringify(file, null, 2), count: profiles.length }
    },

    importProfiles: async ({ json }) => {
      const parsed = parseProfilesExport(typeof json === 'string' ? json : '', {
        allowLocalHttp: deps.allowLocalHttp,
      })
      if (!parsed.ok) throw appError('invalid-input', parsed.message)
      const imported: ProfileView[] = []
      const updated: ProfileView[] = []
      // Kept even when the browser has not granted their hosts: the list marks them "needs access", and the
      // background refuses to send anything there until the user grants it.
      const needsAccess: string[] = []
      for (const entry of parsed.profiles) {
        const { profile, updated: merged } = await importProfile(entry, deps.now())
        const view = toProfileView(profile)
        ;(merged ? updated : imported).push(view)
        if (!(await allGranted(deps, profile))) needsAccess.push(view.id)
      }
      return { imported, updated, problems: parsed.problems, needsAccess }
    },
  }
}

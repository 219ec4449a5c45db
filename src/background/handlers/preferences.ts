import { applyPreferenceChange } from '../../shared/preferences.ts'
import { appError } from '../../shared/protocol/index.ts'
import type { Handlers } from '../router.ts'
import { deleteAllData, getPreferences, listEvents, savePreferences } from '../store/index.ts'
import type { StoreHandlerDeps } from './profiles.ts'

const EVENTS_LIMIT = 500

export function preferenceHandlers(
  deps: StoreHandlerDeps,
): Pick<Handlers, 'getPreferences' | 'setPreferences' | 'listEvents' | 'deleteAllData'> {
  return {
    getPreferences: () => getPreferences(),

    setPreferences: async (change) => {
      const applied = applyPreferenceChange(await getPreferences(), change)
      if (!applied.ok)
        throw appError('invalid-input', 'Some preferences need attention.', { fields: { ...applied.errors } })
      await savePreferences(applied.value)
      return applied.value
    },

    listEvents: (params) =>
      listEvents({
        ...(typeof params?.profileId === 'string' ? { profileId: params.profileId } : {}),
        limit: Math.min(Math.max(Math.trunc(Number(params?.limit) || EVENTS_LIMIT), 1), EVENTS_LIMIT),
      }),

    deleteAllData: async () => {
      await deleteAllData()
      return { deletedAt: deps.now() }
    },
  }
}

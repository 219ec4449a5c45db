import type { ProfilesProtocol } from '../../shared/protocol/profiles.ts'
import type { Handlers } from '../router.ts'
import { deviceHandlers } from './devices.ts'
import { preferenceHandlers } from './preferences.ts'
import { profileHandlers, type StoreHandlerDeps } from './profiles.ts'

/** Every request of ProfilesProtocol: profiles, trusted devices, preferences, history, delete-all. */
export function storeHandlers(deps: StoreHandlerDeps): Pick<Handlers, keyof ProfilesProtocol> {
  return { ...profileHandlers(deps), ...deviceHandlers(deps), ...preferenceHandlers(deps) }
}

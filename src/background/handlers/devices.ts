import type { TrustedDeviceView } from '../../shared/profiles/devices.ts'
import { appError } from '../../shared/protocol/errors.ts'
import type { Handlers } from '../router.ts'
import { appendEvent, forgetTrustedDevice, listProfiles, listTrustedDevices } from '../store/index.ts'
import type { StoreHandlerDeps } from './profiles.ts'

export function deviceHandlers(
  deps: StoreHandlerDeps,
): Pick<Handlers, 'listTrustedDevices' | 'forgetTrustedDevice' | 'exportTrustedDevice'> {
  return {
    listTrustedDevices: async () => {
      const [devices, profiles] = await Promise.all([listTrustedDevices(deps.now()), listProfiles()])
      const names = new Map(profiles.map((p) => [p.id, p.name]))
      // The remembered id stays in the background.
      return devices.map(
        ({ rememberId: _secret, ...device }): TrustedDeviceView => ({
          ...device,
          profileName: names.get(device.profileId) ?? null,
        }),
      )
    },

    // Asked for by the user after a confirmation that says what it grants; an expired device is not exported.
    exportTrustedDevice: async ({ id }) => {
      const device = (await listTrustedDevices(deps.now())).find((d) => d.id === id)
      if (!device) throw appError('not-found', 'This trusted device has expired or was forgotten.')
      const { api, rememberId, device: name, expiresAt } = device
      return { api, rememberId, device: name, expiresAt }
    },

    forgetTrustedDevice: async ({ id }) => {
      const device = await forgetTrustedDevice(id)
      if (device)
        await appendEvent({
          kind: 'device-forgotten',
          at: deps.now(),
          profileId: device.profileId,
          api: device.api,
        })
      return { forgotten: device !== undefined }
    },
  }
}

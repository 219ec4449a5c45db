// The sign-in fields v3 renamed (docs/bill-api.md §5, §14.6): each v2 name has exactly one v3 name, so a
// body written in the other API's dialect can be fixed by renaming. password and devKey are spelled alike.
export const V3_NAME_OF_V2_LOGIN_FIELD = {
  userName: 'username',
  orgId: 'organizationId',
  mfaId: 'rememberMeId',
  deviceId: 'device',
} as const

export type V2LoginField = keyof typeof V3_NAME_OF_V2_LOGIN_FIELD
export type V3LoginField = (typeof V3_NAME_OF_V2_LOGIN_FIELD)[V2LoginField]

export const V2_NAME_OF_V3_LOGIN_FIELD = Object.fromEntries(
  Object.entries(V3_NAME_OF_V2_LOGIN_FIELD).map(([v2, v3]) => [v3, v2]),
) as Record<V3LoginField, V2LoginField>

/** The other API's name of a renamed sign-in field (`userName` <-> `username`), or undefined. */
export function otherLoginFieldName(name: string): string | undefined {
  if (Object.hasOwn(V3_NAME_OF_V2_LOGIN_FIELD, name)) return V3_NAME_OF_V2_LOGIN_FIELD[name as V2LoginField]
  if (Object.hasOwn(V2_NAME_OF_V3_LOGIN_FIELD, name)) return V2_NAME_OF_V3_LOGIN_FIELD[name as V3LoginField]
  return undefined
}

/** The fields that make a sign-in use a remembered (MFA-trusted) device, per API. */
export const REMEMBERED_DEVICE_FIELDS = {
  v2: ['mfaId', 'deviceId'],
  v3: ['rememberMeId', 'device'],
} as const

// The 2026-03-30 change (shared/reference/bill-api.md §9): BILL removed backup-phone MFA from the API.
// Shared by the sandbox (to refuse these values) and the client (to explain a 400 it caused).

/** 2026-03-30T00:00Z, from when `primary:false` and `useBackup:true` are refused. */
export const BACKUP_PHONE_REMOVED_AT = Date.UTC(2026, 2, 30)

/** BILL booleans arrive as booleans or strings: BILL's own Postman collection sends "false". */
export function billBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  const v = value.trim().toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  return undefined
}

export type DeprecatedMfaUse = 'useBackup:true' | 'primary:false'

/** The removed MFA option a request asks for, if any, by endpoint id (see endpoints.ts). */
export function deprecatedMfaUse(endpointId: string, body: unknown): DeprecatedMfaUse | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const fields = body as Record<string, unknown>
  if (
    (endpointId === 'v3.mfa.challenge' || endpointId === 'v2.mfa.challenge') &&
    billBoolean(fields.useBackup)
  )
    return 'useBackup:true'
  if (endpointId === 'v3.mfa.setup' && billBoolean(fields.primary) === false) return 'primary:false'
  return undefined
}

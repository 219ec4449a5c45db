import {
  DEPRECATIONS,
  type DeprecatedMfaUse,
  deprecatedUseOf,
  PRIMARY_PHONE_ONLY_SINCE,
} from './deprecations.ts'

// The client's guard on the deprecations table (./deprecations.ts), shared by the sandbox (to refuse these
// values) and the client (to explain a 400 it caused).
export type { DeprecatedMfaUse } from './deprecations.ts'

/** UTC midnight of the removal day, from when `primary:false` and `useBackup:true` are refused. */
export const BACKUP_PHONE_REMOVED_AT = Date.parse(`${PRIMARY_PHONE_ONLY_SINCE}T00:00:00Z`)

/** BILL booleans arrive as booleans or strings: BILL's own Postman collection sends "false". */
export function billBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  const v = value.trim().toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  return undefined
}

/** The removed MFA option a request asks for, if any, by endpoint id (see endpoints.ts). */
export function deprecatedMfaUse(endpointId: string, body: unknown): DeprecatedMfaUse | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const fields = body as Record<string, unknown>
  const hit = DEPRECATIONS.find(
    (d) =>
      (d.endpoints as readonly string[]).includes(endpointId) && billBoolean(fields[d.field]) === d.refused,
  )
  return hit ? deprecatedUseOf(hit) : undefined
}

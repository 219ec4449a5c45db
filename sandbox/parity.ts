import { TOKEN_SESSION_HOURS } from '../src/shared/bill/limits.ts'

// Which BILL environment the sandbox imitates. `sandbox` is BILL's stage sandbox as observed (a dev key may
// bypass MFA; the limits are not enforced). `production` adds what BILL's docs say production does: every
// MFA-protected operation needs a trusted session, no dev key bypasses MFA, and the request limits apply.
export const PARITIES = ['sandbox', 'production'] as const
export type Parity = (typeof PARITIES)[number]

export function isParity(value: unknown): value is Parity {
  return PARITIES.includes(value as Parity)
}

/** A token session's lifetime: hours, or `never` (the docs say both; docs/bill-api.md §14). */
export type TokenLifetime = number | 'never'

/** Reads `never` or a positive number of hours; undefined when it is neither. */
export function parseTokenLifetime(value: unknown): TokenLifetime | undefined {
  if (value === 'never') return 'never'
  const hours = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof hours === 'number' && Number.isFinite(hours) && hours > 0 ? hours : undefined
}

/** The token lifetime in force: the setting, or the parity's default (48 hours in production, else never). */
export function tokenLifetime(settings: {
  parity: Parity
  tokenLifetimeHours: TokenLifetime | undefined
}): TokenLifetime {
  return settings.tokenLifetimeHours ?? (settings.parity === 'production' ? TOKEN_SESSION_HOURS : 'never')
}

// User preferences, kept in storage.local. Pure: defaults, validation of a change, and normalization of
// whatever was stored (older or hand-edited data falls back to the default field by field).

/** `minutes`: the badge always shows the time left ("34m"); `warning-only`: only inside the warning window. */
export type BadgeFormat = 'minutes' | 'warning-only'
const BADGE_FORMATS: readonly BadgeFormat[] = ['minutes', 'warning-only']

export interface Preferences {
  badgeEnabled: boolean
  badgeFormat: BadgeFormat
  /** Warn this many minutes before the session idles out. */
  warnMinutesBefore: number
  notificationsEnabled: boolean
  /** When on, the background pings BILL before the session idles out, at most keepAliveMaxPings times in a row. */
  keepAliveEnabled: boolean
  keepAliveMaxPings: number
  /**
   * When on, opening the popup checks with BILL a session it has not confirmed for a few minutes (one
   * session-details call, which BILL counts as activity), so one ended outside the extension shows as ended.
   */
  confirmSessionOnOpen: boolean
  /** Events older than this are deleted. */
  historyRetentionDays: number
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  badgeEnabled: true,
  badgeFormat: 'minutes',
  warnMinutesBefore: 5,
  notificationsEnabled: true,
  keepAliveEnabled: false,
  keepAliveMaxPings: 3,
  confirmSessionOnOpen: true,
  historyRetentionDays: 30,
})

const PREFERENCE_RANGES = {
  warnMinutesBefore: { min: 1, max: 30 },
  keepAliveMaxPings: { min: 1, max: 20 },
  historyRetentionDays: { min: 1, max: 365 },
} as const

type NumberPreference = keyof typeof PREFERENCE_RANGES
export type BooleanPreference =
  | 'badgeEnabled'
  | 'notificationsEnabled'
  | 'keepAliveEnabled'
  | 'confirmSessionOnOpen'
const BOOLEAN_PREFERENCES: readonly BooleanPreference[] = [
  'badgeEnabled',
  'notificationsEnabled',
  'keepAliveEnabled',
  'confirmSessionOnOpen',
]
const NUMBER_PREFERENCES = Object.keys(PREFERENCE_RANGES) as NumberPreference[]

export type PreferenceErrors = Partial<Record<keyof Preferences, string>>

/** Reads stored preferences: every missing or invalid field takes its default. */
export function normalizePreferences(raw: unknown): Preferences {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const prefs: Preferences = { ...DEFAULT_PREFERENCES }
  for (const key of BOOLEAN_PREFERENCES) if (typeof r[key] === 'boolean') prefs[key] = r[key]
  for (const key of NUMBER_PREFERENCES)
    if (numberError(key, r[key]) === undefined) prefs[key] = r[key] as number
  const format = BADGE_FORMATS.find((f) => f === r.badgeFormat)
  if (format) prefs.badgeFormat = format
  return prefs
}

/** Applies a change from the options page, or says which fields are wrong. Unknown keys are refused. */
export function applyPreferenceChange(
  current: Preferences,
  change: unknown,
): { ok: true; value: Preferences } | { ok: false; errors: PreferenceErrors } {
  const c = (typeof change === 'object' && change !== null ? change : {}) as Record<string, unknown>
  const errors: PreferenceErrors = {}
  const next: Preferences = { ...current }
  for (const [key, value] of Object.entries(c)) {
    if ((BOOLEAN_PREFERENCES as readonly string[]).includes(key)) {
      if (typeof value === 'boolean') next[key as BooleanPreference] = value
      else errors[key as BooleanPreference] = 'Choose on or off.'
    } else if ((NUMBER_PREFERENCES as readonly string[]).includes(key)) {
      const error = numberError(key as NumberPreference, value)
      if (error) errors[key as NumberPreference] = error
      else next[key as NumberPreference] = value as number
    } else if (key === 'badgeFormat') {
      const format = BADGE_FORMATS.find((f) => f === value)
      if (format) next.badgeFormat = format
      else errors.badgeFormat = 'Choose “minutes” or “warning only”.'
    } else {
      return { ok: false, errors: { [key]: `Unknown preference “${key}”.` } as PreferenceErrors }
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: next }
}

function numberError(key: NumberPreference, value: unknown): string | undefined {
  const { min, max } = PREFERENCE_RANGES[key]
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    return `Enter a whole number from ${min} to ${max}.`
  return undefined
}

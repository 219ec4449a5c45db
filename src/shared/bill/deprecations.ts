// BILL's removal of backup (secondary) MFA phones (docs/bill-api.md §9): the one place that writes its date,
// fields and wording. The rules engine, the CLI, the client guards, the popup, the panel's replay and the
// local sandbox all read this table. A new field deprecation of the same shape is one more entry below.

/** The day (UTC) from which BILL refuses a backup phone: announced 2026-02-06, confirmed done 2026-04-03. */
export const PRIMARY_PHONE_ONLY_SINCE = '2026-03-30'

export interface Deprecation {
  /** Id of the rule that flags the refused value (rules engine, CLI, panel). */
  ruleId: string
  /** Endpoint ids (endpoints.ts) that take the field. */
  endpoints: readonly string[]
  /** A top-level boolean of the body (v3 JSON, or v2's `data` object). */
  field: string
  /** The value BILL refuses; the other value is the only one allowed, and the field is optional. */
  refused: boolean
  /** YYYY-MM-DD (UTC) from which BILL refuses the value. */
  since: string
  title: string
  help: string
  /** What the refused value asks BILL to do, as one phrase. */
  effect: string
  fix: string
  /** The refusal the local sandbox answers (INF: BILL published the HTTP 400 but not its text). */
  sandboxMessage: string
}

export const SECONDARY_PHONE_SETUP = {
  ruleId: 'mfa-setup-secondary-phone',
  endpoints: ['v3.mfa.setup'],
  field: 'primary',
  refused: false,
  since: PRIMARY_PHONE_ONLY_SINCE,
  title: 'MFA setup asks for a secondary (backup) phone',
  effect: 'sets up a secondary MFA phone',
  help: `POST /v3/mfa/setup with "primary": false adds a secondary MFA phone. BILL removed secondary phones on ${PRIMARY_PHONE_ONLY_SINCE}: the value is rejected with HTTP 400. Set "primary" to true or leave it out.`,
  fix: 'Set "primary" to true or remove the field: only a primary phone can be set up.',
  sandboxMessage: `Secondary MFA phones were removed on ${PRIMARY_PHONE_ONLY_SINCE}: only a primary phone can be added. Drop primary or set it to true.`,
} as const satisfies Deprecation

export const BACKUP_PHONE_CHALLENGE = {
  ruleId: 'mfa-challenge-backup-phone',
  endpoints: ['v3.mfa.challenge', 'v2.mfa.challenge'],
  field: 'useBackup',
  refused: true,
  since: PRIMARY_PHONE_ONLY_SINCE,
  title: 'MFA challenge sends the code to the backup phone',
  effect: 'sends the MFA code to the backup phone',
  help: `"useBackup": true on POST /v3/mfa/challenge or /v2/MFAChallenge.json sends the code to the backup phone. BILL removed backup phones on ${PRIMARY_PHONE_ONLY_SINCE}: v3 answers HTTP 400, v2 an error response. Set "useBackup" to false or leave it out.`,
  fix: 'Set "useBackup" to false or remove the field: codes go to the primary phone only.',
  sandboxMessage: `Backup phone MFA was removed on ${PRIMARY_PHONE_ONLY_SINCE}: only the primary phone can be used. Drop useBackup or set it to false.`,
} as const satisfies Deprecation

export const DEPRECATIONS = [SECONDARY_PHONE_SETUP, BACKUP_PHONE_CHALLENGE] as const

type UseOf<D> = D extends { field: infer F extends string; refused: infer R extends boolean }
  ? `${F}:${R}`
  : never

/** A refused value as messages name it: "useBackup:true" or "primary:false". */
export type DeprecatedMfaUse = UseOf<(typeof DEPRECATIONS)[number]>

export const deprecatedUseOf = <D extends Deprecation>(d: D): UseOf<D> =>
  `${d.field}:${d.refused}` as UseOf<D>

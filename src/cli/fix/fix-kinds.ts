// Whether applying a rule's fix keeps what the call does. Only a fix that keeps it is "safe": --fix
// applies it. A fix that changes it is a "suggestion": shown in the report (and in SARIF's `fixes`,
// marked as such), never written by --fix.

export type FixKind = 'safe' | 'suggestion'

/** The rules whose fix rewrites one literal: the field, its deprecated value, and the kind of fix. */
export const REWRITES: Readonly<Record<string, { field: string; bad: boolean; kind: FixKind }>> = {
  // BILL sends every code to the primary phone since the removal: `useBackup: false` asks for what the
  // call now gets anyway.
  'mfa-challenge-backup-phone': { field: 'useBackup', bad: true, kind: 'safe' },
  // `primary: true` in a call that adds a backup phone makes BILL replace the user's primary MFA phone:
  // the call does something else. Someone has to decide (usually: stop adding a second phone).
  'mfa-setup-secondary-phone': { field: 'primary', bad: false, kind: 'suggestion' },
}

/**
 * The rules whose fix renames a field of a request body (in a Postman collection's requests). Safe: the
 * other API's name for the same field (`userName` -> `username` on /v3/login) makes BILL read the value
 * the call meant to send.
 */
export const RENAMES: Readonly<Record<string, FixKind>> = { 'v3-login-v2-fields': 'safe' }

/** The kind of a rule's rewrite, or undefined when the rule has no rewrite (its fix is advice). */
export const fixKind = (ruleId: string): FixKind | undefined => REWRITES[ruleId]?.kind ?? RENAMES[ruleId]

/** Whether --fix applies the rule's fix. */
export const isSafeFix = (ruleId: string): boolean => fixKind(ruleId) === 'safe'

/** The rewrites --fix applies. */
export const SAFE_REWRITES = Object.fromEntries(
  Object.entries(REWRITES).filter(([, r]) => r.kind === 'safe'),
) as typeof REWRITES

import { type FieldRule, fieldRule, showValue } from './field-rule.ts'

// BILL changelog 2026-02-06 / 2026-04-03 (shared/reference/bill-api.md §9): from 2026-03-30 MFA works
// with the primary phone only. A new deprecation of this kind is one more fieldRule() below.
export const MFA_PHONE_DEADLINE = '2026-03-30'

const BREAKING = { before: 'warning', from: MFA_PHONE_DEADLINE, onwards: 'error' } as const

const rejection = (api: string | undefined, passed: boolean) => {
  const how =
    api === 'v2' ? 'an error response' : api === 'v3' ? 'HTTP 400' : 'HTTP 400 (v3) or an error response (v2)'
  return passed
    ? `BILL rejects it with ${how} since ${MFA_PHONE_DEADLINE}`
    : `BILL will reject it with ${how} from ${MFA_PHONE_DEADLINE}`
}

export const MFA_SETUP_SECONDARY_PHONE: FieldRule = fieldRule({
  id: 'mfa-setup-secondary-phone',
  title: 'MFA setup asks for a secondary (backup) phone',
  help: `POST /v3/mfa/setup with "primary": false adds a secondary MFA phone. BILL removed secondary phones on ${MFA_PHONE_DEADLINE}: the value is rejected with HTTP 400. Set "primary" to true or leave it out.`,
  severity: BREAKING,
  deadline: MFA_PHONE_DEADLINE,
  targets: [{ endpoints: ['v3.mfa.setup'], field: 'primary', flagged: false }],
  message: ({ value, api, passed }) =>
    `"primary": ${showValue(value)} sets up a secondary MFA phone; ${rejection(api, passed)}.`,
  fix: () => 'Set "primary" to true or remove the field: only a primary phone can be set up.',
})

export const MFA_CHALLENGE_BACKUP_PHONE: FieldRule = fieldRule({
  id: 'mfa-challenge-backup-phone',
  title: 'MFA challenge sends the code to the backup phone',
  help: `"useBackup": true on POST /v3/mfa/challenge or /v2/MFAChallenge.json sends the code to the backup phone. BILL removed backup phones on ${MFA_PHONE_DEADLINE}: v3 answers HTTP 400, v2 an error response. Set "useBackup" to false or leave it out.`,
  severity: BREAKING,
  deadline: MFA_PHONE_DEADLINE,
  targets: [{ endpoints: ['v3.mfa.challenge', 'v2.mfa.challenge'], field: 'useBackup', flagged: true }],
  message: ({ value, api, passed }) =>
    `"useBackup": ${showValue(value)} sends the MFA code to the backup phone; ${rejection(api, passed)}.`,
  fix: () => 'Set "useBackup" to false or remove the field: codes go to the primary phone only.',
})

export const MFA_OPTIONAL_FIELD: FieldRule = fieldRule({
  id: 'mfa-optional-field',
  title: 'Deprecated MFA field with its only allowed value: it can be removed',
  help: `Since ${MFA_PHONE_DEADLINE} "primary" (POST /v3/mfa/setup) may only be true and "useBackup" (MFA challenge) only false, and both are optional. Sending them is harmless; removing them keeps the request clean.`,
  severity: 'info',
  deadline: MFA_PHONE_DEADLINE,
  targets: [
    { endpoints: ['v3.mfa.setup'], field: 'primary', flagged: true },
    { endpoints: ['v3.mfa.challenge', 'v2.mfa.challenge'], field: 'useBackup', flagged: false },
  ],
  message: ({ field, value, passed }) =>
    passed
      ? `"${field}": ${showValue(value)} is the only value BILL accepts since ${MFA_PHONE_DEADLINE}, and the field is optional.`
      : `"${field}": ${showValue(value)} will be the only value BILL accepts from ${MFA_PHONE_DEADLINE}, when the field becomes optional.`,
  fix: ({ field }) => `Remove "${field}" (optional since ${MFA_PHONE_DEADLINE}).`,
})

export const MFA_FIELD_RULES: readonly FieldRule[] = [
  MFA_SETUP_SECONDARY_PHONE,
  MFA_CHALLENGE_BACKUP_PHONE,
  MFA_OPTIONAL_FIELD,
]

import {
  BACKUP_PHONE_CHALLENGE,
  DEPRECATIONS,
  type Deprecation,
  PRIMARY_PHONE_ONLY_SINCE,
  SECONDARY_PHONE_SETUP,
} from '../bill/deprecations.ts'
import { type FieldRule, fieldRule, showValue } from './field-rule.ts'

// One breaking rule per entry of the deprecations table (src/shared/bill/deprecations.ts, docs/bill-api.md §9),
// plus one info rule for the only value left allowed. A new deprecation is one more entry in that table.
export const MFA_PHONE_DEADLINE = PRIMARY_PHONE_ONLY_SINCE

const rejection = (api: string | undefined, since: string, passed: boolean) => {
  const how =
    api === 'v2' ? 'an error response' : api === 'v3' ? 'HTTP 400' : 'HTTP 400 (v3) or an error response (v2)'
  return passed
    ? `BILL rejects it with ${how} since ${since}`
    : `BILL will reject it with ${how} from ${since}`
}

function breakingRule(d: Deprecation): FieldRule {
  return fieldRule({
    id: d.ruleId,
    title: d.title,
    help: d.help,
    severity: { before: 'warning', from: d.since, onwards: 'error' },
    deadline: d.since,
    targets: [{ endpoints: d.endpoints, field: d.field, flagged: d.refused }],
    message: ({ value, api, passed }) =>
      `"${d.field}": ${showValue(value)} ${d.effect}; ${rejection(api, d.since, passed)}.`,
    fix: () => d.fix,
  })
}

export const MFA_SETUP_SECONDARY_PHONE: FieldRule = breakingRule(SECONDARY_PHONE_SETUP)
export const MFA_CHALLENGE_BACKUP_PHONE: FieldRule = breakingRule(BACKUP_PHONE_CHALLENGE)

const MFA_OPTIONAL_FIELD: FieldRule = fieldRule({
  id: 'mfa-optional-field',
  title: 'Deprecated MFA field with its only allowed value: it can be removed',
  help: `Since ${MFA_PHONE_DEADLINE} "primary" (POST /v3/mfa/setup) may only be true and "useBackup" (MFA challenge) only false, and both are optional. Sending them is harmless; removing them keeps the request clean.`,
  severity: 'info',
  deadline: MFA_PHONE_DEADLINE,
  targets: DEPRECATIONS.map((d) => ({ endpoints: d.endpoints, field: d.field, flagged: !d.refused })),
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

import { DEPRECATIONS } from '../bill/deprecations.ts'
import type { BillApi } from '../bill/hosts.ts'
import { MFA_PHONE_DEADLINE } from './mfa-rules.ts'
import type { FindingDraft, Rule } from './rule.ts'

// Found in source code only: a request carries values, never expressions, so check() has nothing to do.
// The deprecated value each field must never take, as the MFA field rules flag it.
const NEVER: Record<string, string> = Object.fromEntries(
  DEPRECATIONS.map((d) => [d.field, String(d.refused)]),
)

export interface RuntimeValueRule extends Rule {
  /** Message and fix for `field` set from an expression on an MFA challenge/setup request. */
  describe(field: string, api: BillApi | undefined): FindingDraft
}

export const MFA_FIELD_RUNTIME_VALUE: RuntimeValueRule = {
  id: 'mfa-field-runtime-value',
  title: 'Deprecated MFA field set from a value decided at run time',
  help: `"useBackup" (MFA challenge) and "primary" (POST /v3/mfa/setup) are set from a variable, expression or parameter. Since ${MFA_PHONE_DEADLINE} BILL rejects "useBackup": true and "primary": false: make sure the value can never be those, or remove the field.`,
  severity: 'warning',
  deadline: MFA_PHONE_DEADLINE,
  check: () => [],
  describe(field, api) {
    const never = NEVER[field] ?? 'the deprecated value'
    const where =
      field === 'primary' ? 'POST /v3/mfa/setup' : api === 'v2' ? 'MFAChallenge.json' : 'the MFA challenge'
    return {
      field,
      message: `"${field}" on ${where} is decided at run time: make sure it is never ${never}; BILL rejects ${never} since ${MFA_PHONE_DEADLINE}.`,
      fix: `Remove "${field}" (optional since ${MFA_PHONE_DEADLINE}) or make sure it is never ${never}.`,
      deadline: MFA_PHONE_DEADLINE,
    }
  },
}

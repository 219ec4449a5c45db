import { V3_NAME_OF_V2_LOGIN_FIELD } from '../bill/login-fields.ts'
import { MFA_FIELD_RULES } from './mfa-rules.ts'

/**
 * Every body field a request rule reads (catalogue.ts): the deprecated MFA fields and the sign-in fields of
 * both API versions. The other request rules read only the URL; the response rules need a response.
 */
export const BODY_RULE_FIELDS: readonly string[] = [
  ...new Set([
    ...MFA_FIELD_RULES.flatMap((rule) => rule.targets.map((t) => t.field)),
    ...Object.entries(V3_NAME_OF_V2_LOGIN_FIELD).flat(),
  ]),
]

/**
 * Whether a rule may find anything in this body text, checked before any parsing: false when it holds none
 * of BODY_RULE_FIELDS as written, no backslash (a JSON key may spell a name with \u escapes) and no percent
 * sign (a form field's name may be percent-encoded). Names are matched case-sensitively, as the rules do.
 */
export function mayHoldRuleField(text: string): boolean {
  return text.includes('\\') || text.includes('%') || BODY_RULE_FIELDS.some((name) => text.includes(name))
}

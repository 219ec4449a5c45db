import { V3_NAME_OF_V2_LOGIN_FIELD } from '../bill/login-fields.ts'
import { MFA_FIELD_RULES } from './mfa-rules.ts'

/** What a body must hold, as written, for one request rule to flag it. */
interface BodyNeedle {
  /** A field name, matched case-sensitively as the rules match it. */
  field: string
  /** The flagged value's literal (true, false) in any case: BILL reads the string "TRUE" as true. */
  value?: RegExp
}

// The request rules that read a body (catalogue.ts) and can flag above info: the breaking MFA field rules and
// the sign-in field names of both API versions. The other request rules read only the URL; the response rules
// need a response; mfa-optional-field (info) flags only what the every-tab list drops. A dated severity changes
// level, so it is above info on one side at least.
const NEEDLES: readonly BodyNeedle[] = [
  ...MFA_FIELD_RULES.filter((rule) => rule.severity !== 'info').flatMap((rule) =>
    // Non-unicode /i: no character outside ASCII folds onto these letters, as with billBoolean's toLowerCase.
    rule.targets.map((t) => ({ field: t.field, value: new RegExp(String(t.flagged), 'i') })),
  ),
  ...Object.entries(V3_NAME_OF_V2_LOGIN_FIELD)
    .flat()
    .map((field) => ({ field })),
]

/**
 * Whether a request rule may flag this body text with a warning or an error, checked before any parsing.
 * False when no such rule's field name is written together with the value it flags, and the text has no
 * backslash (a JSON string may spell a name or value with \u escapes) and no percent sign (a form field may
 * percent-encode them).
 */
export function mayFlagAboveInfo(text: string): boolean {
  if (text.includes('\\') || text.includes('%')) return true
  return NEEDLES.some((n) => text.includes(n.field) && (n.value === undefined || n.value.test(text)))
}

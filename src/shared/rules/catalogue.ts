import { V3_LOGIN_V2_FIELDS } from './login-dialect.ts'
import { MFA_FIELD_RULES } from './mfa-rules.ts'
import { CREDENTIALS_IN_QUERY, SUNSET_HOST } from './request-rules.ts'
import { DEPRECATED_FIELD_REJECTED, SESSION_EXPIRED, UNTRUSTED_SESSION } from './response-rules.ts'
import type { Rule } from './rule.ts'
import { MFA_FIELD_RUNTIME_VALUE } from './runtime-value-rule.ts'
import { SEQUENCE_RULES } from './sequence/catalogue.ts'

/** Every rule, in evaluation order: request rules first, then the response rules that build on them. */
export const RULES: readonly Rule[] = [
  ...MFA_FIELD_RULES,
  CREDENTIALS_IN_QUERY,
  SUNSET_HOST,
  V3_LOGIN_V2_FIELDS,
  SESSION_EXPIRED,
  UNTRUSTED_SESSION,
  DEPRECATED_FIELD_REJECTED,
  // Source code only (an expression, never a request value): listed for SARIF and --rule names.
  MFA_FIELD_RUNTIME_VALUE,
]

/** What lists of rules show (SARIF, --select, docs): a rule of either kind. */
export type RuleInfo = Pick<Rule, 'id' | 'title' | 'help' | 'severity'>

/** The single-request rules, then those that read a sequence of calls (sequence/catalogue.ts). */
export const ALL_RULES: readonly RuleInfo[] = [...RULES, ...SEQUENCE_RULES]

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id)

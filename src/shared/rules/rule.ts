import type { NormalizedRequest } from '../har/request.ts'
import type { BodyFields } from './body-fields.ts'
import type { DateInput, RuleSeverity } from './dates.ts'
import type { ParsedBody } from './parse-body.ts'
import type { BillError } from './response-errors.ts'
import type { BillTarget, Finding } from './types.ts'

/**
 * What a rule sees of one request. Body views and response errors are computed on first use and shared
 * by all rules.
 */
export interface RuleContext {
  request: NormalizedRequest
  target: BillTarget
  now: DateInput
  body(): ParsedBody
  /** Top-level fields of the v3 JSON body or of the v2 `data` JSON. */
  fields(): BodyFields | undefined
  /** The BILL errors in the response (none without one). */
  errors(): readonly BillError[]
  /** Findings of the rules that ran before (response rules build on request rules). */
  earlier: readonly Finding[]
}

/** A finding before the engine stamps the rule id and the severity for the date. */
export type FindingDraft = Omit<Finding, 'ruleId' | 'severity'>

export interface Rule {
  id: string
  /** One line, for rule lists (SARIF shortDescription). */
  title: string
  /** Why it matters and what to do (SARIF help). */
  help: string
  severity: RuleSeverity
  deadline?: string
  check(ctx: RuleContext): FindingDraft[]
}

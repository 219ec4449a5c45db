import { billBoolean } from '../bill/deprecated-fields.ts'
import type { BillApi } from '../bill/hosts.ts'
import { fieldOccurrences } from './body-fields.ts'
import { type DateInput, type RuleSeverity, reached } from './dates.ts'
import type { FindingDraft, Rule } from './rule.ts'

/** Which value of which field, on which endpoints (ids from src/shared/bill/endpoints.ts), a rule flags. */
interface FieldTarget {
  endpoints: readonly string[]
  field: string
  flagged: boolean
}

/** What a message can depend on. `passed` is true once the rule's deadline is reached. */
interface FieldMessageInput {
  field: string
  value: unknown
  api: BillApi | undefined
  passed: boolean
}

export interface FieldRuleSpec {
  id: string
  title: string
  help: string
  severity: RuleSeverity
  deadline: string
  targets: readonly FieldTarget[]
  message(input: FieldMessageInput): string
  fix(input: FieldMessageInput): string
}

export interface FieldRule extends Rule {
  targets: readonly FieldTarget[]
  /** Message, fix and deadline for a flagged value found outside a request (e.g. in source code). */
  describe(field: string, value: unknown, api: BillApi | undefined, now: DateInput): FindingDraft
}

/** Shows a value the way it was written: true, or "true" for the string form. */
export const showValue = (value: unknown): string => JSON.stringify(value)

/** A rule that flags one boolean value of a top-level body field: the usual shape of a BILL deprecation. */
export function fieldRule(spec: FieldRuleSpec): FieldRule {
  const describe = (
    field: string,
    value: unknown,
    api: BillApi | undefined,
    now: DateInput,
  ): FindingDraft => {
    const input = { field, value, api, passed: reached(spec.deadline, now) }
    return { field, value, message: spec.message(input), fix: spec.fix(input), deadline: spec.deadline }
  }
  return {
    id: spec.id,
    title: spec.title,
    help: spec.help,
    severity: spec.severity,
    deadline: spec.deadline,
    targets: spec.targets,
    describe,
    check(ctx) {
      const endpoint = ctx.target.endpoint?.id
      // Stryker disable next-line ConditionalExpression: a shortcut; no target lists an unknown endpoint either
      if (!endpoint) return []
      const drafts: FindingDraft[] = []
      for (const t of spec.targets) {
        if (!t.endpoints.includes(endpoint)) continue
        for (const o of fieldOccurrences(ctx.fields(), t.field)) {
          if (billBoolean(o.value) !== t.flagged) continue
          drafts.push({ ...describe(t.field, o.value, ctx.target.api, ctx.now), location: o.location })
        }
      }
      return drafts
    },
  }
}

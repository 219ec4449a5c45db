import { billBoolean } from '../../shared/bill/deprecated-fields.ts'
import type { BillApi } from '../../shared/bill/hosts.ts'
import { severityAt } from '../../shared/rules/dates.ts'
import type { FieldRule } from '../../shared/rules/field-rule.ts'
import { MFA_FIELD_RULES } from '../../shared/rules/mfa-rules.ts'
import { MFA_FIELD_RUNTIME_VALUE } from '../../shared/rules/runtime-value-rule.ts'
import { fixKind } from '../fix/fix-kinds.ts'
import { endpointFor, type MfaField, type MfaKind } from './evidence.ts'
import type { SourceEdit, SourceFinding } from './types.ts'

/** A BILL MFA field set in code: where its name and value are, and where the analysis says it goes. */
export interface FieldUse {
  field: MfaField
  /** [start, end) offsets of the whole use (name to value) in the scanned text. */
  start: number
  end: number
  value: { literal: true; written: unknown; start: number; end: number } | { literal: false }
  /** Endpoints named by the call, the function or a call site; undefined when nothing was found there. */
  kinds?: ReadonlySet<MfaKind>
  analysis: 'structural' | 'text'
}

export interface JudgeContext {
  now: Date
  /** The MFA endpoints the whole file (or the Markdown section) names: the last resort. */
  fileKinds: ReadonlySet<MfaKind>
  /** Literal values may be rewritten (JS/TS/Python). */
  fixable: boolean
  text: string
}

export type OffsetFinding = Omit<SourceFinding, 'line' | 'column' | 'endLine' | 'endColumn'> & {
  start: number
  end: number
}

// Stryker disable next-line StringLiteral: every endpoint id starts with v2. or v3., so v3 is also "any other"
const apiOf = (endpoint: string | undefined): BillApi | undefined =>
  endpoint?.startsWith('v2.') ? 'v2' : endpoint?.startsWith('v3.') ? 'v3' : undefined

/** The same word with the other boolean, keeping its case (True -> False, "TRUE" -> "FALSE"). */
function flipped(written: string): string {
  return written.replace(/true|false/i, (w) => {
    // Stryker disable next-line Regex: only "true" has a t
    const to = /^t/i.test(w) ? 'false' : 'true'
    if (w === w.toUpperCase()) return to.toUpperCase()
    return w.charAt(0) === w.charAt(0).toUpperCase() ? to.charAt(0).toUpperCase() + to.slice(1) : to
  })
}

/** The rule for a field's value where it goes; none for a value that is not a boolean. */
function ruleFor(
  field: MfaField,
  endpoint: string | undefined,
  value: boolean | undefined,
): FieldRule | undefined {
  return MFA_FIELD_RULES.find((r) =>
    r.targets.some(
      (t) =>
        t.field === field &&
        t.flagged === value &&
        // Stryker disable next-line MethodExpression: a target's endpoints are all challenges, or none is
        (endpoint ? t.endpoints.includes(endpoint) : t.endpoints.some((e) => e.includes('challenge'))),
    ),
  )
}

/** Turns a field use into a finding, or nothing when it does not go to a BILL MFA endpoint. */
export function judge(use: FieldUse, ctx: JudgeContext): OffsetFinding | undefined {
  // An endpoint named nearby decides; a use that goes elsewhere (useBackup on /mfa/setup) is not ours.
  const kinds = use.kinds ?? ctx.fileKinds
  const endpoint = endpointFor(use.field, kinds)
  // With no endpoint named at all, a literal flag is guessed to be the challenge's (ruleFor has no rule for
  // primary there); where the file names endpoints and none takes it (login, another API's challenge), it is not.
  const guess = use.kinds === undefined && kinds.size === 0
  if (!endpoint && (!guess || !use.value.literal)) return undefined
  const base = { start: use.start, end: use.end, field: use.field, analysis: use.analysis, endpoint }
  if (!use.value.literal) {
    const draft = MFA_FIELD_RUNTIME_VALUE.describe(use.field, apiOf(endpoint))
    return { ...base, ...draft, ruleId: MFA_FIELD_RUNTIME_VALUE.id, severity: 'warning' }
  }
  const rule = ruleFor(use.field, endpoint, billBoolean(use.value.written))
  if (!rule) return undefined
  const draft = rule.describe(use.field, use.value.written, apiOf(endpoint), ctx.now)
  const { start, end } = use.value
  // Only the rules of the deprecated values have a rewrite (fix-kinds.ts).
  const kind = fixKind(rule.id)
  const edit: SourceEdit | undefined =
    ctx.fixable && kind ? { start, end, text: flipped(ctx.text.slice(start, end)), kind } : undefined
  return {
    ...base,
    ...draft,
    field: use.field,
    ruleId: rule.id,
    severity: severityAt(rule.severity, ctx.now),
    ...(edit ? { edit } : {}),
  }
}

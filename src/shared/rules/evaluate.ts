import type { NormalizedRequest } from '../har/request.ts'
import { type BodyFields, bodyFields } from './body-fields.ts'
import { RULES } from './catalogue.ts'
import { type DateInput, severityAt } from './dates.ts'
import { type ParsedBody, parseBody } from './parse-body.ts'
import { type BillError, billErrors } from './response-errors.ts'
import type { Rule, RuleContext } from './rule.ts'
import { billTarget } from './target.ts'
import type { BillTarget, Finding } from './types.ts'

export interface EvaluateOptions {
  /** Extra hosts whose requests count as BILL's, e.g. a mock server "127.0.0.1:4010" or "localhost". */
  hosts?: readonly string[]
  /** The moment date-aware rules are evaluated at (default: now). */
  now?: DateInput
  /** The rules to run (default: all of RULES). */
  rules?: readonly Rule[]
}

export interface Evaluation {
  /** Undefined when the request is not BILL's: then there are no findings and the body was not read. */
  target?: BillTarget
  /** The parsed body, when a rule needed it (for excerpts and highlighting). */
  body?: ParsedBody
  findings: Finding[]
}

/** What the rules see of one request: body views and response errors are computed on first use, once. */
class RequestContext implements RuleContext {
  readonly earlier: Finding[] = []
  private parsed: ParsedBody | undefined
  private fieldsRead = false
  private topFields: BodyFields | undefined
  private responseErrors: readonly BillError[] | undefined

  constructor(
    readonly request: NormalizedRequest,
    readonly target: BillTarget,
    readonly now: DateInput,
  ) {}

  body(): ParsedBody {
    this.parsed ??= parseBody(this.request)
    return this.parsed
  }

  fields(): BodyFields | undefined {
    if (!this.fieldsRead) {
      this.topFields = bodyFields(this.body())
      this.fieldsRead = true
    }
    return this.topFields
  }

  errors(): readonly BillError[] {
    this.responseErrors ??= billErrors(this.request.response)
    return this.responseErrors
  }
}

/** Runs the rules on one request. Never throws: a rule that fails on odd input is skipped. */
export function evaluate(request: NormalizedRequest, options: EvaluateOptions = {}): Evaluation {
  let target: BillTarget | undefined
  try {
    target = billTarget(request.method, request.url, options.hosts)
  } catch {
    // A URL that cannot be read is not BILL's: target stays undefined.
  }
  if (!target) return { findings: [] }
  const now = options.now ?? new Date()
  const ctx = new RequestContext(request, target, now)
  const findings = ctx.earlier
  for (const rule of options.rules ?? RULES) {
    let drafts: ReturnType<Rule['check']>
    try {
      drafts = rule.check(ctx)
    } catch {
      continue
    }
    // Stryker disable next-line ConditionalExpression: a shortcut; without it an empty list adds nothing either
    if (drafts.length === 0) continue
    const severity = severityAt(rule.severity, now)
    for (const d of drafts) findings.push({ ruleId: rule.id, severity, ...d })
  }
  const located = findings.some((f) => f.location && f.location.in !== 'url')
  return { target, ...(located ? { body: ctx.body() } : {}), findings }
}

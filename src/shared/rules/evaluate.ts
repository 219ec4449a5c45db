import type { NormalizedRequest } from '../har/request.ts'
import { type BodyFields, bodyFields } from './body-fields.ts'
import { RULES } from './catalogue.ts'
import { type DateInput, severityAt } from './dates.ts'
import { type ParsedBody, parseBody } from './parse-body.ts'
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

function once<T>(make: () => T): () => T {
  let cached: { value: T } | undefined
  return () => {
    cached ??= { value: make() }
    return cached.value
  }
}

/** Runs the rules on one request. Never throws: a rule that fails on odd input is skipped. */
export function evaluate(request: NormalizedRequest, options: EvaluateOptions = {}): Evaluation {
  let target: BillTarget | undefined
  try {
    target = billTarget(request.method, request.url, options.hosts)
  } catch {
    return { findings: [] }
  }
  if (!target) return { findings: [] }
  const now = options.now ?? new Date()
  const body = once(() => parseBody(request))
  const fields = once((): BodyFields | undefined => bodyFields(body()))
  const findings: Finding[] = []
  for (const rule of options.rules ?? RULES) {
    const ctx: RuleContext = { request, target, now, body, fields, earlier: findings }
    let drafts: ReturnType<Rule['check']>
    try {
      drafts = rule.check(ctx)
    } catch {
      continue
    }
    const severity = severityAt(rule.severity, now)
    for (const d of drafts) findings.push({ ruleId: rule.id, severity, ...d })
  }
  const located = findings.some((f) => f.location && f.location.in !== 'url')
  return { target, ...(located ? { body: body() } : {}), findings }
}

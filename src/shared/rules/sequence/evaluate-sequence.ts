import { type DateInput, severityAt } from '../dates.ts'
import { billTarget } from '../target.ts'
import type { BillTarget, Finding } from '../types.ts'
import { type Call, readCall, type SequenceRequest } from './call.ts'
import { SEQUENCE_RULES } from './catalogue.ts'
import type { SequenceCheck, SequenceRule } from './sequence-rule.ts'
import { Sessions } from './sessions.ts'

export interface SequenceOptions {
  /** Extra hosts whose requests count as BILL's (as for evaluate). */
  hosts?: readonly string[]
  /** The moment date-aware severities are read at (default: now). */
  now?: DateInput
  /** The rules to run (default: all of SEQUENCE_RULES). */
  rules?: readonly SequenceRule[]
}

/** A finding of a sequence rule, on the request at `index` of the input (the call that shows the pattern). */
export interface SequenceFinding {
  index: number
  finding: Finding
}

function safeTarget(request: SequenceRequest, hosts: readonly string[] | undefined): BillTarget | undefined {
  try {
    return billTarget(request.method, request.url, hosts)
  } catch {
    return undefined
  }
}

/**
 * BILL's calls in the order they reached the network. A request without a usable start time takes the one
 * before it in the input, so it keeps its place among its neighbours; the sort is stable.
 */
function callsInOrder(requests: readonly SequenceRequest[], hosts: readonly string[] | undefined): Call[] {
  const calls: Call[] = []
  let previous = Number.NaN
  requests.forEach((request, index) => {
    const parsed = request.time === undefined ? Number.NaN : Date.parse(request.time)
    const start = Number.isNaN(parsed) ? previous : parsed
    previous = start
    const target = safeTarget(request, hosts)
    if (target) calls.push(readCall(index, request, target, start))
  })
  // NaN (no time at all yet) sorts first, as the input had it.
  const at = (c: Call) => (Number.isNaN(c.sent) ? Number.NEGATIVE_INFINITY : c.sent)
  return calls.sort((a, b) => at(a) - at(b) || a.index - b.index)
}

/**
 * Runs the sequence rules over a capture (HAR entries, the panel's requests). Linear after one sort; state is
 * bounded per rule. Never throws: a rule that fails on a call skips that call. Findings come by input index.
 */
export function evaluateSequence(
  requests: readonly SequenceRequest[],
  options: SequenceOptions = {},
): SequenceFinding[] {
  const now = options.now ?? new Date()
  const rules = (options.rules ?? SEQUENCE_RULES).map((rule) => ({
    rule,
    check: rule.start() as SequenceCheck,
    severity: severityAt(rule.severity, now),
  }))
  const sessions = new Sessions()
  const out: SequenceFinding[] = []
  for (const call of callsInOrder(requests, options.hosts)) {
    for (const { rule, check, severity } of rules) {
      try {
        const draft = check(call, sessions)
        if (draft) out.push({ index: call.index, finding: { ruleId: rule.id, severity, ...draft } })
      } catch {
        // Odd input in one call must not stop the rule for the others.
      }
    }
    sessions.learn(call)
  }
  return out.sort((a, b) => a.index - b.index)
}

import { severityAt } from '../dates.ts'
import { billTarget } from '../target.ts'
import type { BillTarget } from '../types.ts'
import { type Call, readCall, type SequenceRequest } from './call.ts'
import { SEQUENCE_RULES } from './catalogue.ts'
import type { SequenceCheck, SequenceRule } from './sequence-rule.ts'
import { Sessions } from './sessions.ts'
import type { SequenceFinding, SequenceOptions } from './types.ts'

function safeTarget(request: SequenceRequest, hosts: readonly string[] | undefined): BillTarget | undefined {
  try {
    return billTarget(request.method, request.url, hosts)
    // Stryker disable next-line BlockStatement: an empty catch returns undefined too
  } catch {
    return undefined
  }
}

/**
 * The sequence rules over calls fed one at a time, for the paths that see traffic live (the lint proxy, the
 * every-tab watcher): each call is read once, the state is bounded per rule (see bounded.ts). Fed in start
 * order it finds what evaluateSequence finds; live paths feed calls as they complete.
 */
export class SequenceStream {
  private readonly checks: {
    rule: SequenceRule
    check: SequenceCheck
    severity: ReturnType<typeof severityAt>
  }[]
  private readonly sessions = new Sessions()
  private previousStart = Number.NaN
  private count = 0

  constructor(private readonly options: SequenceOptions = {}) {
    const now = options.now ?? new Date()
    this.checks = (options.rules ?? SEQUENCE_RULES).map((rule) => ({
      rule,
      check: rule.start() as SequenceCheck,
      severity: severityAt(rule.severity, now),
    }))
  }

  /**
   * The call a request is, or undefined when it is not BILL's. A request without a usable start time takes
   * the one before it, so it keeps its place among its neighbours.
   */
  read(request: SequenceRequest, index = this.count++, hosts = this.options.hosts): Call | undefined {
    // Stryker disable next-line ConditionalExpression: Date.parse(undefined) is NaN too; the test skips the call
    const parsed = request.time === undefined ? Number.NaN : Date.parse(request.time)
    const start = Number.isNaN(parsed) ? this.previousStart : parsed
    this.previousStart = start
    const target = safeTarget(request, hosts)
    return target ? readCall(index, request, target, start) : undefined
  }

  /** Runs every rule on the next call. Never throws: a rule that fails on a call skips that call. */
  check(call: Call): SequenceFinding[] {
    const out: SequenceFinding[] = []
    for (const { rule, check, severity } of this.checks) {
      try {
        const draft = check(call, this.sessions)
        if (draft) out.push({ index: call.index, finding: { ruleId: rule.id, severity, ...draft } })
      } catch {
        // Odd input in one call must not stop the rule for the others.
      }
    }
    this.sessions.learn(call)
    return out
  }

  /**
   * Reads and checks the next request: the findings on it (none when it is not BILL's). `hosts` replaces the
   * extra BILL hosts for this request (the every-tab watcher's change with the profiles).
   */
  add(request: SequenceRequest, hosts = this.options.hosts): SequenceFinding[] {
    const call = this.read(request, this.count++, hosts)
    return call ? this.check(call) : []
  }
}

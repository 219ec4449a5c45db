import type { RuleSeverity } from '../dates.ts'
import type { FindingDraft } from '../rule.ts'
import type { Call } from './call.ts'
import type { Sessions } from './sessions.ts'

/** Looks at one call with what the rule remembers of the earlier ones. */
export type SequenceCheck = (call: Call, sessions: Sessions) => FindingDraft | undefined

/** A rule that reads a sequence of calls (sign-ins, MFA, limits) rather than one request. */
export interface SequenceRule {
  id: string
  title: string
  help: string
  severity: RuleSeverity
  /**
   * A fresh check for one sequence. It sees every BILL call in start order, once, and keeps bounded state
   * (sliding windows, one entry per session or user), so a capture is read in linear time.
   */
  start(): SequenceCheck
}

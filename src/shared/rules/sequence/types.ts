import type { DateInput } from '../dates.ts'
import type { Finding } from '../types.ts'
import type { SequenceRule } from './sequence-rule.ts'

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

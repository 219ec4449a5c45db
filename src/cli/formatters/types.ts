import type { Colors } from 'picocolors/types'
import type { LintReport } from '../../shared/rules/report.ts'
import type { RunFinding } from '../run-finding.ts'

/** What every formatter is given: the run's findings (all of them) and its report; it returns text. */
export interface FormatInput {
  /** Every finding, suppressed and baselined ones included (see `counts`). */
  findings: readonly RunFinding[]
  /** The JSON report of the run (`formatters/json.ts`), in the same order as `findings`. */
  report: LintReport
  /** The date the date-dependent rules were evaluated at. */
  now: Date
  /** Inputs named on the command line that could not be used: no success mark when there are any. */
  unusable: number
  colors: Colors
}

export type Formatter = (run: FormatInput) => string

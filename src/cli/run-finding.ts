import type { CliFinding } from './cli-finding.ts'

/** A finding with what the run learnt about it: its fingerprint, and whether it counts. */
export interface RunFinding extends CliFinding {
  fingerprint: string
  /** Set when a --baseline was given: "unchanged" findings are in it and do not fail the run. */
  baselineState?: 'new' | 'unchanged'
}

/** Suppressed and baselined findings stay in the JSON and SARIF reports but never count. */
export const counts = (f: RunFinding) => !f.suppressed && f.baselineState !== 'unchanged'

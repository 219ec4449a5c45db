import type { ReportFinding } from '../shared/rules/report.ts'

/** A report finding plus what the text output shows under it (the offending line or body excerpt). */
export interface CliFinding {
  report: ReportFinding
  excerpt?: string
}

export interface FileResult {
  requests: number
  findings: CliFinding[]
}

export interface LintSettings {
  hosts: readonly string[]
  now: Date
}

import { buildReport, type LintReport, type ReportFinding } from '../../shared/rules/report.ts'
import { type FixKind, fixKind } from '../fix/fix-kinds.ts'
import { counts, type RunFinding } from '../run-finding.ts'
import type { Formatter } from './types.ts'

/** Names the report as this tool's: a walked directory never reads it back as input. */
export const TOOL_NAME = 'bill-mfa-lint'

type JsonFinding = ReportFinding & {
  fingerprint: string
  analysis?: 'structural' | 'text'
  endpoint?: string
  /** `safe`: --fix applies it; `suggestion`: it changes what the call does, review it. */
  fixKind?: FixKind
  suppressed?: { reason: string }
  baselineState?: 'new' | 'unchanged'
}

/**
 * The report (schema version 1): every finding, suppressed and baselined ones marked as such; the
 * summary counts only the findings that count, plus `suppressed` / `baselined` when there are any.
 */
export function runReport(
  files: number,
  requests: number,
  findings: readonly RunFinding[],
): LintReport & { tool: typeof TOOL_NAME } {
  const report = buildReport({ files, requests, findings: findings.filter(counts).map((f) => f.report) })
  const all: JsonFinding[] = findings.map((f) => {
    const kind = f.report.fix ? fixKind(f.report.ruleId) : undefined
    return {
      ...f.report,
      fingerprint: f.fingerprint,
      ...(f.source ? { analysis: f.source.analysis } : {}),
      ...(f.source?.endpoint ? { endpoint: f.source.endpoint } : {}),
      ...(kind ? { fixKind: kind } : {}),
      ...(f.suppressed ? { suppressed: f.suppressed } : {}),
      ...(f.baselineState ? { baselineState: f.baselineState } : {}),
    }
  })
  const suppressed = findings.filter((f) => f.suppressed).length
  const baselined = findings.filter((f) => !f.suppressed && f.baselineState === 'unchanged').length
  return {
    version: 1,
    tool: TOOL_NAME,
    findings: all,
    summary: {
      ...report.summary,
      ...(suppressed ? { suppressed } : {}),
      ...(baselined ? { baselined } : {}),
    },
  }
}

export const formatJson: Formatter = ({ report }) => `${JSON.stringify(report, null, 2)}\n`

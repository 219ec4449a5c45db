import { toReportFinding } from '../shared/rules/report.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import { scanSource } from './source/index.ts'

const MAX_SHOWN_LINE = 160

/** Source findings for the report; suppressed ones are kept and marked (the report and SARIF carry them). */
export function lintSource(text: string, file: string, settings: LintSettings): FileResult {
  const lines = text.split('\n')
  const findings = scanSource({ path: file, text }, { now: settings.now }).findings.map((f) => {
    const line = (lines[f.line - 1] ?? '').trim()
    const { ruleId, severity, message, field, value, fix } = f
    return {
      report: toReportFinding(
        { ruleId, severity, message, field, value, fix },
        { file, location: { line: f.line, column: f.column } },
      ),
      excerpt: line.length > MAX_SHOWN_LINE ? `${line.slice(0, MAX_SHOWN_LINE)}…` : line,
      ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    }
  })
  return { requests: 0, findings }
}

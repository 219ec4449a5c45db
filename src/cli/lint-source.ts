import { toReportFinding } from '../shared/rules/report.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import { scanSource } from './source/index.ts'

const MAX_SHOWN_LINE = 160

/** Source findings for the report. Suppressed findings are left out here until the report carries them. */
export function lintSource(text: string, file: string, settings: LintSettings): FileResult {
  const lines = text.split('\n')
  const findings = scanSource({ path: file, text }, { now: settings.now })
    .findings.filter((f) => !f.suppressed)
    .map((f) => {
      const line = (lines[f.line - 1] ?? '').trim()
      const { ruleId, severity, message, field, value, fix } = f
      return {
        report: toReportFinding(
          { ruleId, severity, message, field, value, fix },
          { file, location: { line: f.line, column: f.column } },
        ),
        excerpt: line.length > MAX_SHOWN_LINE ? `${line.slice(0, MAX_SHOWN_LINE)}…` : line,
      }
    })
  return { requests: 0, findings }
}
